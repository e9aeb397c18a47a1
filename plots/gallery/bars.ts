// Gallery: bars on categorical ranges, stacked, grouped and dodged bars, a histogram.
import { ColumnDataSource, FactorRange, Legend, type DataRange1d } from "../../document/index.ts"
import { figure, type Figure } from "../figure.ts"
import { factorCmap } from "../mappers.ts"
import { Bright6, Category10_3, Spectral6 } from "../palettes.ts"
import { dodge } from "../transform.ts"
import { FRUITS, HARVEST, YEARS, histogram, linspace, map, normals, rng } from "./data.ts"

// vbar() on a categorical x range, colored by factor, legend from a column.
export function barsCategorical(): Figure {
  const source = new ColumnDataSource({ data: { fruits: FRUITS, counts: [5, 3, 4, 2, 4, 6] } })
  const p = figure({ title: "Fruit counts", xRange: FRUITS, yRange: [0, 9], width: 650, height: 380, toolbarLocation: null, tools: "" })
  p.vbar({ x: "fruits", top: "counts", width: 0.9, source, legendField: "fruits", lineColor: "white", fillColor: factorCmap("fruits", Spectral6, FRUITS) })
  p.xgrid.gridLineColor = null
  p.legend.orientation = "horizontal"
  p.legend.location = "top_center"
  return p
}

// hbar() on a categorical y range, with value labels.
export function hbarSorted(): Figure {
  const counts = [5, 3, 4, 2, 4, 6]
  const order = FRUITS.map((f, i) => [f, counts[i]!] as const).sort((a, b) => a[1] - b[1])
  const source = new ColumnDataSource({ data: { fruit: order.map(([f]) => f), count: order.map(([, c]) => c), label: order.map(([, c]) => `${c}`) } })
  const p = figure({ title: "Sorted horizontal bars", yRange: order.map(([f]) => f), xRange: [0, 7], width: 600, height: 360, tools: "save" })
  p.hbar({ y: "fruit", right: "count", height: 0.7, source, color: "#3182bd" })
  p.text({ x: "count", y: "fruit", text: "label", source, xOffset: 5, textBaseline: "middle", textFontSize: "12px" })
  p.ygrid.gridLineColor = null
  p.xaxis.axisLabel = "count"
  return p
}

// vbarStack(): one bar segment per year, legend outside on the right.
export function vbarStack(): Figure {
  const source = new ColumnDataSource({ data: { fruits: FRUITS, ...HARVEST } })
  const p = figure({ title: "Harvest by year (stacked)", xRange: FRUITS, width: 700, height: 400, tools: "hover", tooltips: "$name @fruits: @$name" })
  p.addLayout(new Legend({ location: "top_left" }), "right")
  p.vbarStack(YEARS, { x: "fruits", width: 0.9, color: Category10_3, source, legendLabel: YEARS })
  ;(p.yRange as DataRange1d).start = 0
  p.xgrid.gridLineColor = null
  p.axis.minorTickLineColor = null
  return p
}

// hbarStack(): stacked horizontal bars, legend below the plot.
export function hbarStack(): Figure {
  const source = new ColumnDataSource({ data: { fruits: FRUITS, ...HARVEST } })
  const p = figure({ title: "Harvest by year (stacked horizontally)", yRange: FRUITS, width: 700, height: 420, toolbarLocation: "above" })
  p.addLayout(new Legend({ orientation: "horizontal", location: "center" }), "below")
  p.hbarStack(YEARS, { y: "fruits", height: 0.8, color: ["#c9d9d3", "#718dbf", "#e84d60"], source, legendLabel: YEARS.map((y) => `harvest ${y}`) })
  p.ygrid.gridLineColor = null
  return p
}

// Nested categories: (fruit, year) factors, colored by the year level of the factor.
export function groupedBars(): Figure {
  const factors = FRUITS.flatMap((f) => YEARS.map((y) => [f, y] as [string, string]))
  const counts = FRUITS.flatMap((_, i) => YEARS.map((y) => HARVEST[y]![i]!))
  const source = new ColumnDataSource({ data: { x: factors, counts } })
  const p = figure({ title: "Grouped bars (nested factors)", xRange: new FactorRange({ factors, rangePadding: 0.1 }), width: 800, height: 380 })
  p.vbar({ x: "x", top: "counts", width: 0.9, source, lineColor: "white", fillColor: factorCmap("x", Category10_3, YEARS, { start: 1, end: 2 }) })
  ;(p.yRange as DataRange1d).start = 0
  p.xaxis.majorLabelOrientation = 1
  p.xgrid.gridLineColor = null
  return p
}

// dodge(): side-by-side bars on one categorical axis.
export function dodgedBars(): Figure {
  const source = new ColumnDataSource({ data: { fruits: FRUITS, ...HARVEST } })
  const p = figure({ title: "Dodged bars", xRange: FRUITS, yRange: [0, 7], width: 700, height: 380 })
  const colors = ["#c9d9d3", "#718dbf", "#e84d60"]
  YEARS.forEach((year, i) => {
    p.vbar({ x: dodge("fruits", -0.25 + i * 0.25, p.xRange), top: year, width: 0.2, source, color: colors[i], legendLabel: year })
  })
  p.legend.location = "top_left"
  p.legend.orientation = "horizontal"
  return p
}

// quad() histogram of seeded normal draws, with the density curve.
export function histogramQuad(): Figure {
  const draws = normals(rng(42), 2000, 0, 1)
  const { left, right, counts } = histogram(draws, 40, -4, 4)
  const width = 8 / 40
  const density = map(counts, (c) => c / (draws.length * width))
  const p = figure({ title: "Normal distribution (n = 2000)", width: 650, height: 400, backgroundFillColor: "#fafafa", yRange: [0, 0.5] })
  p.quad({ top: density, bottom: 0, left, right, fillColor: Bright6[0], lineColor: "white", alpha: 0.6, legendLabel: "histogram" })
  const x = linspace(-4, 4, 200)
  p.line(x, map(x, (v) => Math.exp(-v * v / 2) / Math.sqrt(2 * Math.PI)), { lineColor: "#ff8888", lineWidth: 3, legendLabel: "pdf" })
  p.xaxis.axisLabel = "x"
  p.yaxis.axisLabel = "density"
  return p
}
