// Gallery: lines, markers, circles, text and the simple vector glyphs.
import { ColumnDataSource } from "../../document/index.ts"
import { MarkerType } from "../../document/generated/enums.ts"
import { figure, type Figure } from "../figure.ts"
import { linearCmap } from "../mappers.ts"
import { Category10_10, Spectral6 } from "../palettes.ts"
import { linspace, map, normals, range, rng } from "./data.ts"

// line() with widths, dashes and legend labels; step() in its three modes.
export function lines(): Figure {
  const x = linspace(0, 4 * Math.PI, 120)
  const p = figure({ title: "Lines and steps", width: 700, height: 380, xAxisLabel: "x", yAxisLabel: "f(x)", tooltips: [["x", "$x{0.00}"], ["y", "$y{0.00}"]] })
  p.line(x, map(x, Math.sin), { legendLabel: "sin(x)", lineWidth: 2, color: "#1f77b4" })
  p.line(x, map(x, (v) => Math.cos(v) * 0.8), { legendLabel: "0.8 cos(x)", lineWidth: 2, lineDash: "dashed", color: "#ff7f0e" })
  const steps = linspace(0, 4 * Math.PI, 13)
  const modes = ["before", "center", "after"] as const
  modes.forEach((mode, i) => {
    p.step(steps, map(steps, (v) => Math.sin(v) * 0.5 - 1.6 - i * 0.25), { mode, legendLabel: `step ${mode}`, color: Category10_10[i + 2], lineWidth: 1.5 })
  })
  p.legend.location = "bottom_left"
  p.legend.clickPolicy = "hide"
  p.hover.mode = "vline"
  return p
}

// scatter() with every marker type BokehJS knows, labelled.
export function markers(): Figure {
  const names = [...MarkerType]
  const cols = 7
  const x = names.map((_, i) => i % cols)
  const rows = Math.ceil(names.length / cols)
  const y = names.map((_, i) => rows - 1 - Math.floor(i / cols))
  const source = new ColumnDataSource({ data: { x, y, marker: names, label: names } })
  const p = figure({ title: "scatter(): every marker", width: 760, height: 420, xRange: [-0.6, cols - 0.4], yRange: [-0.6, rows - 0.4], tools: "hover,save,reset", tooltips: "@marker" })
  p.scatter({ x: "x", y: "y", marker: "marker", size: 22, fillColor: "#99d8c9", lineColor: "#2c7fb8", lineWidth: 1.5, source })
  p.text({ x: "x", y: "y", text: "label", source, textFontSize: "10px", textAlign: "center", textBaseline: "top", yOffset: 16 })
  p.axis.visible = false
  p.grid.visible = false
  return p
}

// circle() sized in data units, colored by a linear color map, with hover tooltips.
export function circles(): Figure {
  const random = rng(7)
  const n = 60
  const x = map(range(n), () => random() * 100)
  const y = map(range(n), () => random() * 100)
  const radius = map(range(n), () => 1.5 + random() * 4)
  const p = figure({ title: "circle() with a linear color map", width: 600, height: 500, matchAspect: true, tools: "pan,wheel_zoom,box_select,hover,reset,save" })
  p.circle(x, y, radius, { fillColor: linearCmap("y", Spectral6, 0, 100), fillAlpha: 0.7, lineColor: "white" })
  p.hover.tooltips = [["(x, y)", "(@x{0.0}, @y{0.0})"], ["radius", "@radius{0.00}"]]
  return p
}

// text() with angles, alignments, fonts and colors from columns.
export function text(): Figure {
  const words = ["Bokeh", "in", "TypeScript", "draws", "text", "too"]
  const source = new ColumnDataSource({
    data: {
      x: [1, 2, 3, 4, 5, 6], y: [1, 3, 2, 4, 3, 5], word: words,
      angle: [0, 0.3, -0.3, 0.6, -0.6, 0], color: ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"],
    },
  })
  const p = figure({ title: "text()", width: 600, height: 400, xRange: [0, 7], yRange: [0, 6] })
  p.text({ x: "x", y: "y", text: "word", angle: "angle", textColor: "color", textFontSize: "24px", textFontStyle: "bold", textAlign: "center", textBaseline: "middle", source })
  p.scatter({ x: "x", y: "y", size: 5, color: "gray", source })
  p.text(0.3, 5.5, { text: { value: "a fixed label" }, textFontStyle: "italic", textColor: "#444444" })
  return p
}

// segment() and ray().
export function segmentsAndRays(): Figure {
  const p = figure({ title: "segment() and ray()", width: 600, height: 400, xRange: [-1, 11], yRange: [-1, 11] })
  const i = range(10)
  p.segment({ x0: i, y0: i.map(() => 0), x1: i.map((v) => v + 1), y1: i.map((v) => v + 1), color: Category10_10, lineWidth: 3, legendLabel: "segments" })
  p.ray({ x: [2, 5, 8], y: [8, 8, 8], length: 0, angle: [0.5, 1.5, 2.5], lineWidth: 2, color: "#d62728", legendLabel: "rays (infinite)" })
  p.ray({ x: [2, 5, 8], y: [3, 3, 3], length: [1.5, 2, 2.5], angle: [-0.4, -1, -1.6], angleUnits: "rad", lineWidth: 2, color: "#9467bd", legendLabel: "rays (length)" })
  p.legend.location = "top_left"
  return p
}

// patch() (one polygon) and patches() (several, colored by column).
export function patches(): Figure {
  const p = figure({ title: "patch() and patches()", width: 600, height: 450 })
  const t = linspace(0, 2 * Math.PI, 40)
  p.patch(map(t, (v) => 3 + 2 * Math.cos(v)), map(t, (v) => 3 + Math.sin(2 * v) + 1.2 * Math.sin(v)), { alpha: 0.4, lineWidth: 2, color: "#2ca02c", legendLabel: "patch" })
  p.patches({
    xs: [[7, 9, 8], [7, 9, 9, 7], [10, 12, 11.5, 10.5]],
    ys: [[1, 1, 3], [4, 4, 6, 6], [1, 1, 4, 4]],
    fillColor: ["#fdae61", "#abd9e9", "#d7191c"], lineColor: "black", fillAlpha: 0.8, legendLabel: "patches",
  })
  return p
}

// multi_line(): several lines of different lengths in one glyph.
export function multiLine(): Figure {
  const random = rng(11)
  const xs: Float64Array[] = [], ys: Float64Array[] = []
  for (let k = 0; k < 5; k++) {
    const x = linspace(0, 10, 20 + k * 10)
    const noise = normals(random, x.length, 0, 0.15)
    xs.push(x)
    ys.push(map(x, (v, i) => Math.sin(v + k) + k * 1.2 + noise[i]!))
  }
  const source = new ColumnDataSource({ data: { xs, ys, color: Category10_10.slice(0, 5), name: ["a", "b", "c", "d", "e"] } })
  const p = figure({ title: "multi_line()", width: 650, height: 420, tools: "pan,wheel_zoom,reset,hover", tooltips: [["series", "@name"]] })
  p.multiLine({ xs: "xs", ys: "ys", lineColor: "color", lineWidth: 2, source, legendField: "name", hoverLineWidth: 4 })
  p.legend.location = "top_left"
  return p
}

// The other glyphs: annulus, arc, bezier, quadratic, ellipse, ngon, block, spline,
// multi_polygons, and spans and strips.
export function otherGlyphs(): Figure {
  const p = figure({ title: "More glyphs", width: 760, height: 520, xRange: [0, 16], yRange: [0, 12] })
  p.vstrip({ x0: [0.2], x1: [0.8], color: "#eeeeee" })
  p.hstrip({ y0: [11.2], y1: [11.8], color: "#eeeeee" })
  p.vspan({ x: [15.5], lineColor: "#888888", lineDash: "dotted" })
  p.hspan({ y: [0.5], lineColor: "#888888", lineDash: "dotted" })
  p.annulus({ x: [2], y: [9], innerRadius: 0.6, outerRadius: 1.2, color: "#7fc97f", alpha: 0.8 })
  p.arc({ x: [5.5], y: [9], radius: 1.2, startAngle: 0.4, endAngle: 4.5, lineWidth: 3, color: "#beaed4" })
  p.bezier({ x0: [8], y0: [8], x1: [11], y1: [8], cx0: [8.5], cy0: [11], cx1: [10.5], cy1: [5.5], lineWidth: 3, color: "#fdc086" })
  p.quadratic({ x0: [12], y0: [8], x1: [15], y1: [8], cx: [13.5], cy: [11.5], lineWidth: 3, color: "#386cb0" })
  p.ellipse({ x: [2.5], y: [5], width: 3, height: 1.5, angle: 0.4, color: "#f0027f", alpha: 0.6 })
  p.ngon({ x: [6, 8, 10], y: [5, 5, 5], radius: 0.8, n: [3, 5, 8], color: "#bf5b17", alpha: 0.7 })
  p.block({ x: [11.5], y: [4.2], width: 2.5, height: 1.6, color: "#666666", alpha: 0.5, lineColor: "black" })
  p.spline({ x: [1, 3, 5, 7, 9, 11, 13, 15], y: [1.5, 3, 1.5, 3, 1.5, 3, 1.5, 3], lineWidth: 2, color: "#1f78b4", tension: 0.5 })
  p.multiPolygons({
    xs: [[[[13, 15, 15, 13], [13.5, 14.5, 14.5, 13.5]]]],
    ys: [[[[4, 4, 6, 6], [4.5, 4.5, 5.5, 5.5]]]],
    color: "#33a02c", alpha: 0.6,
  })
  return p
}
