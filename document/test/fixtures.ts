// A broad set of documents built with the model API, for conformance and serializer tests.
import {
  Button, CategoricalAxis, CategoricalScale, Column, ColumnDataSource, CustomJS,
  DataTable, DatetimeAxis, Div, Document, FactorRange, GlyphRenderer, Grid, GridBox, HoverTool,
  Image, Legend, LegendItem, Line, LinearAxis, LinearColorMapper, LinearScale, MultiLine, NDArray,
  PanTool, Plot, Quad, Range1d, Row, Scatter, Select, Slider, TableColumn, TextInput, Title, Toolbar,
  VBar, WheelZoomTool, DataRange1d, Patches, Span, BoxAnnotation, Label, ColorBar, LogScale, LogAxis,
} from "../index.ts"

function plot(title: string): Plot {
  const xAxis = new LinearAxis({ axisLabel: "x" })
  const yAxis = new LinearAxis({ axisLabel: "y" })
  return new Plot({
    title: new Title({ text: title }),
    xRange: new DataRange1d(),
    yRange: new DataRange1d(),
    xScale: new LinearScale(),
    yScale: new LinearScale(),
    below: [xAxis],
    left: [yAxis],
    center: [new Grid({ dimension: 0, ticker: xAxis.ticker }), new Grid({ dimension: 1, ticker: yAxis.ticker })],
    toolbar: new Toolbar({ tools: [new PanTool(), new WheelZoomTool()] }),
    width: 400,
    height: 300,
  })
}

function glyphsPlot(): Plot {
  const p = plot("glyphs")
  const source = new ColumnDataSource({
    data: {
      x: new Float64Array([1, 2, 3, 4, 5]),
      y: [2, NaN, 4, 1, Infinity],
      size: new Int32Array([5, 10, 15, 20, 25]),
      label: ["a", "b", "c", "d", "e"],
      color: ["red", "#00ff00", "rgb(0, 0, 255)", "navy", "transparent"],
    },
  })
  const mapper = new LinearColorMapper({ palette: ["#440154", "#21908d", "#fde725"], low: 0, high: 30 })
  const scatter = new GlyphRenderer({
    dataSource: source,
    glyph: new Scatter({ x: "x", y: { field: "y" }, size: "size", marker: "triangle", fillColor: { field: "size", transform: mapper } }),
  })
  const line = new GlyphRenderer({ dataSource: source, glyph: new Line({ x: "x", y: "y", lineColor: "firebrick", lineWidth: 2, lineDash: "dashed" }) })
  const bars = new GlyphRenderer({
    dataSource: new ColumnDataSource({ data: { x: [1, 2, 3], top: new Float32Array([1.5, 2.5, 3.5]) } }),
    glyph: new VBar({ x: "x", top: "top", width: 0.5, fillColor: { value: "#1f77b4" }, fillAlpha: 0.4 }),
  })
  const quads = new GlyphRenderer({
    dataSource: new ColumnDataSource({ data: { l: [0, 1], r: [1, 2], b: [0, 0], t: [3, 4] } }),
    glyph: new Quad({ left: "l", right: "r", bottom: "b", top: "t", hatchPattern: "/" }),
  })
  const multi = new GlyphRenderer({
    dataSource: new ColumnDataSource({ data: { xs: [[1, 2, 3], new Float64Array([4, 5])], ys: [[1, 4, 9], [2, NaN]] } }),
    glyph: new MultiLine({ xs: "xs", ys: "ys", lineAlpha: 0.5 }),
  })
  const patches = new GlyphRenderer({
    dataSource: new ColumnDataSource({ data: { xs: [[0, 1, 1]], ys: [[0, 0, 1]] } }),
    glyph: new Patches({ xs: "xs", ys: "ys", fillColor: [10, 20, 30, 0.5] }),
  })
  p.renderers = [scatter, line, bars, quads, multi, patches]
  p.center = [...p.center, new Span({ location: 2, dimension: "height" }), new BoxAnnotation({ left: 1, right: 2 }), new Label({ x: 1, y: 1, text: "label" })]
  const legend = new Legend({ items: [new LegendItem({ label: { value: "scatter" }, renderers: [scatter] }), new LegendItem({ label: "label", renderers: [line] })] })
  p.right = [legend, new ColorBar({ colorMapper: mapper })]
  const hover = new HoverTool({ tooltips: [["x", "@x"], ["y", "@y{0.00}"]], renderers: [scatter] })
  p.toolbar.tools = [...p.toolbar.tools, hover]
  return p
}

function imagePlot(): Plot {
  const p = plot("image")
  const pixels = new Float64Array(6 * 4).map((_, i) => Math.sin(i))
  const source = new ColumnDataSource({ data: { image: [new NDArray(pixels, [4, 6])], x: [0], y: [0], dw: [6], dh: [4] } })
  const mapper = new LinearColorMapper({ palette: ["#000000", "#ffffff"], nanColor: "red" })
  p.renderers = [new GlyphRenderer({ dataSource: source, glyph: new Image({ image: "image", x: "x", y: "y", dw: "dw", dh: "dh", colorMapper: mapper }) })]
  return p
}

function categoricalPlot(): Plot {
  const factors = ["apples", "pears", "nectarines"]
  const p = new Plot({
    xRange: new FactorRange({ factors }),
    yRange: new Range1d({ start: 1, end: 1000 }),
    xScale: new CategoricalScale(),
    yScale: new LogScale(),
    below: [new CategoricalAxis()],
    left: [new LogAxis()],
    above: [new DatetimeAxis()],
  })
  const source = new ColumnDataSource({ data: { fruit: factors, counts: [5, 300, 40] } })
  p.renderers = [new GlyphRenderer({ dataSource: source, glyph: new VBar({ x: "fruit", top: "counts", width: 0.9 }) })]
  return p
}

function widgets(): Column {
  const div = new Div({ text: "<b>hello</b>", name: "status" })
  const slider = new Slider({ start: 0, end: 10, value: 3, step: 0.5, title: "amplitude" })
  const button = new Button({ label: "Go", buttonType: "success" })
  button.onEvent("button_click", () => {})
  const select = new Select({ options: ["a", "b", ["c", "C"]], value: "a" })
  const input = new TextInput({ value: "typed", placeholder: "type" })
  const tableSource = new ColumnDataSource({ data: { a: [1, 2], b: ["x", "y"] } })
  const table = new DataTable({ source: tableSource, columns: [new TableColumn({ field: "a", title: "A" }), new TableColumn({ field: "b" })] })
  const js = new CustomJS({ args: { div, slider }, code: "div.text = String(slider.value)" })
  slider.jsPropertyCallbacks = { "change:value": [js] }
  return new Column({ children: [div, new Row({ children: [slider, button] }), select, input, table], sizingMode: "stretch_width" })
}

export const documents: Record<string, () => Document> = {
  "glyphs plot": () => {
    const doc = new Document({ title: "glyphs" })
    doc.addRoot(glyphsPlot())
    return doc
  },
  "image plot": () => {
    const doc = new Document()
    doc.addRoot(imagePlot())
    return doc
  },
  "categorical plot": () => {
    const doc = new Document()
    doc.addRoot(categoricalPlot())
    return doc
  },
  "widgets and layouts": () => {
    const doc = new Document({ title: "widgets" })
    doc.addRoot(widgets())
    doc.jsOnEvent("document_ready", new CustomJS({ code: "console.log('ready')" }))
    return doc
  },
  "grid of several roots": () => {
    const doc = new Document({ title: "multi" })
    const a = glyphsPlot(), b = categoricalPlot()
    doc.addRoot(new GridBox({ children: [[a, 0, 0], [b, 0, 1]] }))
    doc.addRoot(new Div({ text: "second root" }))
    doc.addRoot(widgets())
    return doc
  },
}
