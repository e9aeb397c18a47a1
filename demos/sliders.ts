// A sine wave shaped by sliders: y = offset + amplitude · sin(frequency · x + phase). Every
// slider change reaches the server, which recomputes the curve and sends the new column.
// Open http://localhost:5006/sliders.
import { ColumnDataSource, Slider, TextInput, column, figure, row, type Document } from "../plots/index.ts"

const N = 200
const X = Float64Array.from({ length: N }, (_, i) => (4 * Math.PI * i) / (N - 1))

export default function sliders(doc: Document): void {
  const source = new ColumnDataSource({ name: "wave", data: { x: X, y: new Float64Array(N) } })
  const p = figure({ name: "plot", title: "my sine wave", height: 400, width: 600, xRange: [0, 4 * Math.PI], yRange: [-2.5, 2.5], tools: "crosshair,pan,reset,save,wheel_zoom" })
  p.line({ x: "x", y: "y", source, lineWidth: 3, lineAlpha: 0.6 })

  const title = new TextInput({ name: "title", title: "title", value: "my sine wave" })
  const offset = new Slider({ name: "offset", title: "offset", value: 0, start: -2, end: 2, step: 0.1 })
  const amplitude = new Slider({ name: "amplitude", title: "amplitude", value: 1, start: -2, end: 2, step: 0.1 })
  const phase = new Slider({ name: "phase", title: "phase", value: 0, start: 0, end: 2 * Math.PI, step: 0.1 })
  const frequency = new Slider({ name: "frequency", title: "frequency", value: 1, start: 0.1, end: 5.1, step: 0.1 })

  const update = () => {
    const y = new Float64Array(N)
    for (let i = 0; i < N; i++) y[i] = offset.value + amplitude.value * Math.sin(frequency.value * X[i]! + phase.value)
    source.data = { x: X, y }
  }
  for (const slider of [offset, amplitude, phase, frequency]) slider.onChange("value", update)
  title.onChange("value", () => { p.title.text = title.value })
  update()

  doc.title = "bokeh-ts: sliders"
  doc.addRoot(row([column([title, offset, amplitude, phase, frequency]), p]))
}
