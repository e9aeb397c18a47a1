// Gallery: filled areas (varea, harea, stacked areas, steps) and wedges (pie and donut).
import { ColumnDataSource, type DataRange1d } from "../../document/index.ts"
import { figure, type Figure } from "../figure.ts"
import { Category20c_6, Viridis5 } from "../palettes.ts"
import { cumsum } from "../transform.ts"
import { linspace, map, normals, rng } from "./data.ts"

// varea() between two curves, harea() along y, and their step variants.
export function areas(): Figure {
  const x = linspace(0, 10, 80)
  const p = figure({ title: "varea(), harea() and their steps", width: 700, height: 420 })
  p.varea({ x, y1: map(x, (v) => Math.sin(v) + 3), y2: map(x, (v) => Math.sin(v) * 0.5 + 5), fillColor: "#a6cee3", fillAlpha: 0.8, legendLabel: "varea" })
  const y = linspace(0, 2, 40)
  p.harea({ y, x1: map(y, (v) => 1 + v * v), x2: map(y, (v) => 3 + v), fillColor: "#fb9a99", legendLabel: "harea" })
  const xs = [5, 6, 7, 8, 9, 10]
  p.vareaStep({ x: xs, y1: [0, 0.5, 0.2, 0.8, 0.4, 0.6], y2: [1, 1.5, 1.4, 1.6, 1.2, 1.9], stepMode: "after", fillColor: "#b2df8a", legendLabel: "varea_step" })
  p.hareaStep({ y: [0.2, 0.8, 1.4, 2], x1: [6, 6, 6, 6], x2: [7, 8, 7.5, 9], stepMode: "before", fillColor: "#fdbf6f", legendLabel: "harea_step" })
  p.legend.location = "top_left"
  return p
}

// vareaStack() and vlineStack(): a stacked area chart with its boundary lines.
export function stackedAreas(): Figure {
  const random = rng(5)
  const names = ["y0", "y1", "y2", "y3", "y4"]
  const x = linspace(0, 20, 40)
  const data: Record<string, Float64Array> = { x }
  for (const name of names) data[name] = map(normals(random, x.length, 3, 1), (v) => Math.abs(v))
  const source = new ColumnDataSource({ data })
  const p = figure({ title: "Stacked areas", width: 700, height: 420, xRange: [0, 20] })
  p.vareaStack(names, { x: "x", color: Viridis5, source, legendLabel: names, fillAlpha: 0.85 })
  p.vlineStack(names, { x: "x", color: "black", lineWidth: 0.8, source })
  p.legend.location = "top_left"
  ;(p.yRange as DataRange1d).start = 0
  return p
}

const BROWSERS = ["Chrome", "Safari", "Edge", "Firefox", "Samsung", "Other"]
const SHARES = [64.7, 18.6, 5.2, 2.8, 2.6, 6.1]

function shareSource(): ColumnDataSource {
  const total = SHARES.reduce((a, b) => a + b, 0)
  return new ColumnDataSource({
    data: { browser: BROWSERS, share: SHARES, angle: SHARES.map((s) => (s / total) * 2 * Math.PI), color: [...Category20c_6] },
  })
}

// wedge(): a pie chart, angles accumulated with cumsum().
export function pie(): Figure {
  const p = figure({ title: "Browser share (pie)", width: 520, height: 420, toolbarLocation: null, tools: "hover", tooltips: "@browser: @share%", xRange: [-0.5, 1.0] })
  p.wedge({
    x: 0, y: 1, radius: 0.4, startAngle: cumsum("angle", true), endAngle: cumsum("angle"),
    lineColor: "white", fillColor: "color", legendField: "browser", source: shareSource(),
  })
  p.axis.axisLabel = null
  p.axis.visible = false
  p.grid.gridLineColor = null
  return p
}

// annular_wedge(): a donut chart with angles in degrees, one legend item per browser
// (legendGroup).
export function donut(): Figure {
  const total = SHARES.reduce((a, b) => a + b, 0)
  let at = 90
  const start: number[] = [], end: number[] = []
  for (const s of SHARES) {
    start.push(at)
    at -= (s / total) * 360
    end.push(at)
  }
  const p = figure({ title: "Browser share (donut)", width: 520, height: 420, xRange: [-1.5, 1.5], yRange: [-1.2, 1.2], matchAspect: true })
  const source = new ColumnDataSource({ data: { browser: BROWSERS, start: end, end: start, color: [...Category20c_6] } })
  p.annularWedge({
    x: 0, y: 0, innerRadius: 0.45, outerRadius: 0.9, startAngle: "start", endAngle: "end", startAngleUnits: "deg", endAngleUnits: "deg",
    fillColor: "color", lineColor: "white", lineWidth: 2, legendGroup: "browser", source,
  })
  p.text({ x: [0], y: [0], text: ["2024"], textAlign: "center", textBaseline: "middle", textFontSize: "20px" })
  p.axis.visible = false
  p.grid.visible = false
  return p
}
