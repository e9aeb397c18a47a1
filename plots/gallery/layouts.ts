// Gallery: row, column, gridplot and layout, widgets beside plots, and a DataTable.
import { ColumnDataSource, type Column, type GridPlot, type Row } from "../../document/index.ts"
import { figure } from "../figure.ts"
import { column, gridplot, layout, row } from "../layouts.ts"
import { Category10_4 } from "../palettes.ts"
import {
  Button, CheckboxGroup, DataTable, Div, NumberFormatter, RadioButtonGroup, RangeSlider, Select, Slider,
  StringFormatter, TableColumn, TextInput, Toggle,
} from "../widgets.ts"
import { FRUITS, linspace, map, normals, rng } from "./data.ts"

// row(): two plots sharing the x range (panning one pans the other).
export function rowLayout(): Row {
  const x = linspace(0, 6 * Math.PI, 200)
  const left = figure({ title: "sin", width: 380, height: 300 })
  left.line(x, map(x, Math.sin), { color: "#1b9e77", lineWidth: 2 })
  const right = figure({ title: "cos (shared x range)", width: 380, height: 300, xRange: left.xRange })
  right.line(x, map(x, Math.cos), { color: "#d95f02", lineWidth: 2 })
  return row([left, right])
}

// column(): stacked plots sharing a source (box-select in one selects in both).
export function columnLayout(): Column {
  const random = rng(77)
  const source = new ColumnDataSource({ data: { x: normals(random, 150), y: normals(random, 150), z: normals(random, 150) } })
  const tools = "box_select,lasso_select,reset"
  const top = figure({ title: "x vs y", width: 420, height: 260, tools })
  top.scatter({ x: "x", y: "y", source, size: 6, alpha: 0.6, selectionColor: "firebrick", nonselectionAlpha: 0.1 })
  const bottom = figure({ title: "x vs z", width: 420, height: 260, tools, xRange: top.xRange })
  bottom.scatter({ x: "x", y: "z", source, size: 6, alpha: 0.6, color: "#756bb1", selectionColor: "firebrick" })
  return column([top, bottom])
}

// gridplot(): 2×2 with an empty cell; one toolbar with the plots' tools merged.
export function gridplotLayout(): GridPlot {
  const random = rng(55)
  const plots = [0, 1, 2].map((i) => {
    const p = figure({ title: `panel ${i + 1}`, tools: "pan,wheel_zoom,box_zoom,reset,save" })
    p.scatter(normals(random, 80), normals(random, 80), { size: 7, color: Category10_4[i]!, alpha: 0.6, marker: (["circle", "square", "triangle"] as const)[i] })
    return p
  })
  return gridplot([[plots[0]!, plots[1]!], [null, plots[2]!]], { width: 300, height: 260 })
}

// layout(): widgets in a column beside a plot, a title row above (nested lists).
export function widgetsLayout(): Column {
  const x = linspace(0, 10, 200)
  const p = figure({ title: "A plot with widgets", width: 520, height: 360 })
  p.line(x, map(x, (v) => Math.sin(v) * Math.exp(-v / 8)), { lineWidth: 2 })
  const controls = [
    new Slider({ start: 0, end: 10, value: 1, step: 0.1, title: "Frequency" }),
    new RangeSlider({ start: 0, end: 10, value: [2, 8], step: 0.5, title: "Window" }),
    new Select({ title: "Shape", value: "sine", options: ["sine", "square", "saw"] }),
    new TextInput({ title: "Label", value: "damped wave" }),
    new CheckboxGroup({ labels: ["grid", "legend", "markers"], active: [0] }),
    new RadioButtonGroup({ labels: ["linear", "log"], active: 0 }),
    new Toggle({ label: "Animate", active: false }),
    new Button({ label: "Reset", buttonType: "success" }),
  ]
  const heading = new Div({ text: "<b>Widgets</b> built with <code>plots/widgets.ts</code>", width: 800 })
  return layout([[heading], [column(controls, { width: 260 }), p]])
}

// A DataTable of the source a bar chart draws (the tables bundle loads for it).
export function dataTable(): Row {
  const source = new ColumnDataSource({ data: { fruit: FRUITS, count: [5, 3, 4, 2, 4, 6], price: [1.2, 2.5, 3.1, 0.8, 4.2, 5.6] } })
  const table = new DataTable({
    source, width: 360, height: 260,
    columns: [
      new TableColumn({ field: "fruit", title: "Fruit", formatter: new StringFormatter({ fontStyle: "bold" }) }),
      new TableColumn({ field: "count", title: "Count" }),
      new TableColumn({ field: "price", title: "Price", formatter: new NumberFormatter({ format: "$0.00" }) }),
    ],
  })
  const p = figure({ title: "Counts", xRange: FRUITS, width: 420, height: 300, toolbarLocation: null, tools: "" })
  p.vbar({ x: "fruit", top: "count", width: 0.8, source, color: "#3182bd" })
  p.xaxis.majorLabelOrientation = 0.8
  return row([table, p])
}
