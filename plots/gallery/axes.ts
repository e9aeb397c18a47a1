// Gallery: axis types (datetime, log, mercator, timedelta), fixed ranges and axis placement,
// sizing modes, styling through p.xaxis / p.grid / p.title, and math text.
import { DatetimeTickFormatter, HoverTool, NumeralTickFormatter, WheelZoomTool } from "../../document/index.ts"
import { figure, type Figure } from "../figure.ts"
import { colorBar, logCmap } from "../mappers.ts"
import { dailySeries, linspace, map, normals, range, rng } from "./data.ts"

// A datetime x axis from Date values, hover showing formatted dates.
export function datetimeAxis(): Figure {
  const { dates, values } = dailySeries(365, 17)
  const hover = new HoverTool({ tooltips: [["date", "@x{%F}"], ["value", "@y{0.0}"]], formatters: { "@x": "datetime" }, mode: "vline" })
  const p = figure({ title: "A year of daily values", xAxisType: "datetime", width: 800, height: 350, tools: ["pan", "xwheel_zoom", "reset", hover], activeScroll: "xwheel_zoom" })
  p.line(dates, values, { color: "#2b8cbe", lineWidth: 1.5 })
  p.xaxis.formatter = new DatetimeTickFormatter({ months: "%b %Y" })
  p.yaxis.axisLabel = "value"
  return p
}

// A log y axis over five decades; points colored by a log color map, with its color bar.
export function logAxis(): Figure {
  const x = linspace(0.1, 5, 60)
  const p = figure({ title: "Log axis", yAxisType: "log", yRange: [1e-1, 1e5], width: 650, height: 450, xAxisLabel: "x", yAxisLabel: "10^x" })
  const r = p.scatter({ x, y: map(x, (v) => 10 ** v), size: 9, fillColor: logCmap("y", "Plasma256", 1, 1e5), lineColor: null })
  p.line(x, map(x, (v) => 10 ** (v * 0.8)), { legendLabel: "10^(0.8x)", color: "gray", lineDash: [6, 3] })
  p.addLayout(colorBar(r, { title: "y (log)" }), "right")
  p.legend.location = "top_left"
  return p
}

// Fixed ranges, axes above and right, custom minor ticks, toolbar above, fills and styling.
export function rangesAndAxes(): Figure {
  const random = rng(9)
  const x = map(range(40), () => random() * 8 + 1)
  const y = map(range(40), () => random() * 800 + 100)
  const p = figure({
    title: "Axes above and right, fixed ranges", xRange: [0, 10], yRange: [0, 1000],
    xAxisLocation: "above", yAxisLocation: "right", xMinorTicks: 4, yMinorTicks: 2,
    xAxisLabel: "above", yAxisLabel: "right", toolbarLocation: "above", tools: "pan,box_zoom,wheel_zoom,reset,save",
    activeDrag: "box_zoom", width: 620, height: 420,
    backgroundFillColor: "#f4f4f8", borderFillColor: "#e8e8f0", outlineLineColor: "#556", minBorder: 30,
  })
  p.scatter(x, y, { size: 12, marker: "diamond", color: "#6a51a3", alpha: 0.75 })
  p.title.textFontSize = "16px"
  p.title.align = "center"
  p.yaxis.formatter = new NumeralTickFormatter({ format: "0,0" })
  p.xgrid.gridLineDash = [6, 4]
  p.ygrid.bandFillColor = "#ddddee"
  p.ygrid.bandFillAlpha = 0.4
  p.axis.majorLabelTextColor = "#333366"
  return p
}

// Web-mercator axes: coordinates in meters, labelled as longitude and latitude.
export function mercatorAxes(): Figure {
  const lonLat = [[-0.1276, 51.5072], [2.3522, 48.8566], [13.405, 52.52], [12.4964, 41.9028], [-3.7038, 40.4168]]
  const toMercator = ([lon, lat]: number[]) => [lon! * 20037508.34 / 180, Math.log(Math.tan((90 + lat!) * Math.PI / 360)) * 6378137]
  const xy = lonLat.map(toMercator)
  const p = figure({ title: "Mercator axes", xAxisType: "mercator", yAxisType: "mercator", xRange: [-1.2e6, 2.0e6], yRange: [4.6e6, 7.2e6], width: 560, height: 480 })
  p.scatter({ x: xy.map(([x]) => x!), y: xy.map(([, y]) => y!), size: 14, color: "#e6550d", alpha: 0.8 })
  p.text({ x: xy.map(([x]) => x!), y: xy.map(([, y]) => y!), text: ["London", "Paris", "Berlin", "Rome", "Madrid"], xOffset: 9, textFontSize: "12px", textBaseline: "middle" })
  return p
}

// sizing_mode "stretch_width" and a timedelta x axis (milliseconds as durations).
export function stretchWidth(): Figure {
  const random = rng(13)
  const t = map(range(100), (i) => i * 36_000)
  const p = figure({ title: "stretch_width with a timedelta axis", sizingMode: "stretch_width", height: 260, xAxisType: "timedelta" })
  p.varea({ x: t, y1: 0, y2: map(normals(random, 100, 5, 1), (v) => Math.max(0, v)), color: "#9ecae1", alpha: 0.8 })
  p.toolbar.tools.filter((tool) => tool instanceof WheelZoomTool).forEach((tool) => { tool.dimensions = "width" })
  return p
}

// TeX in a title and axis labels, the tex() and mathml() glyphs (typeset by MathJax in the
// browser).
export function mathText(): Figure {
  const x = linspace(-3, 3, 100)
  const p = figure({ title: "Math text: $$e^{-x^2/2}$$", width: 600, height: 400, xAxisLabel: "$$x$$", yAxisLabel: "$$\\varphi(x)$$" })
  p.line(x, map(x, (v) => Math.exp(-v * v / 2) / Math.sqrt(2 * Math.PI)), { lineWidth: 2 })
  p.tex({ x: [1.2], y: [0.3], text: ["\\varphi(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}"], textFontSize: "14px" })
  p.mathml({ x: [-2.8], y: [0.3], text: ["<math><mrow><msup><mi>e</mi><mi>x</mi></msup></mrow></math>"], textFontSize: "14px" })
  return p
}
