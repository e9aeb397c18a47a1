// A random walk streamed into a line every 100 ms, with a slider for the update period.
// Open http://localhost:5006/random_walk.
import { ColumnDataSource, DataRange1d, Div, Slider, column, figure, type Document, type PeriodicCallback } from "../plots/index.ts"

const ROLLOVER = 500 // points kept, in the server's source and in the browser

export default function randomWalk(doc: Document): void {
  const source = new ColumnDataSource({ name: "walk", data: { step: new Float64Array(0), value: new Float64Array(0) } })
  const p = figure({
    title: "Random walk", height: 400, sizingMode: "stretch_width",
    // the x range follows the newest points, so the line scrolls as it grows
    xRange: new DataRange1d({ follow: "end", followInterval: ROLLOVER, rangePadding: 0 }),
    xAxisLabel: "step", yAxisLabel: "value",
  })
  p.line({ x: "step", y: "value", source, lineWidth: 2, color: "#1f77b4" })

  const period = new Slider({ name: "period", title: "Update period (ms)", start: 20, end: 1000, step: 10, value: 100, width: 400 })
  const status = new Div({ name: "status", text: "updating every 100 ms" })

  let step = 0
  let value = 0
  const tick = () => {
    value += Math.random() - 0.5
    source.stream({ step: new Float64Array([step++]), value: new Float64Array([value]) }, ROLLOVER)
  }

  // a periodic callback's period is fixed; changing it means replacing the callback
  let callback: PeriodicCallback = doc.addPeriodicCallback(tick, period.value)
  period.onChange("value", (_attr, _old, ms) => {
    doc.removePeriodicCallback(callback)
    callback = doc.addPeriodicCallback(tick, ms as number)
    status.text = `updating every ${ms} ms`
  })

  doc.title = "bokeh-ts: random walk"
  doc.addRoot(column([period, status, p], { sizingMode: "stretch_width" }))
}
