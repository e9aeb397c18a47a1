// A streaming line plot: a noisy signal and its moving average, appended every 100 ms and
// scrolled by an x range that follows the newest points. Open http://localhost:5006/stream.
import type { Document } from "../document/index.ts"
import {
  ColumnDataSource, DataRange1d, GlyphRenderer, Grid, Line, LinearAxis, PanTool, Plot, ResetTool,
  SaveTool, Scatter, Title, Toolbar, WheelZoomTool,
} from "../document/index.ts"

const PERIOD_MS = 100
const ROLLOVER = 600        // rows kept in the browser: one minute at 10 points a second
const WINDOW_S = 20         // seconds of signal on screen
const AVERAGE_OVER = 10     // points in the moving average

export default function stream(doc: Document): void {
  const source = new ColumnDataSource({
    name: "stream_source",
    data: { t: new Float64Array(0), value: new Float64Array(0), average: new Float64Array(0) },
  })

  const xAxis = new LinearAxis({ axisLabel: "time (s)" })
  const yAxis = new LinearAxis({ axisLabel: "value" })
  const raw = new GlyphRenderer({
    dataSource: source,
    glyph: new Scatter({ x: "t", y: "value", size: 4, fillColor: "#9ecae1", lineColor: null }),
  })
  const smooth = new GlyphRenderer({
    dataSource: source,
    glyph: new Line({ x: "t", y: "average", lineColor: "#08519c", lineWidth: 2 }),
  })
  const plot = new Plot({
    name: "stream_plot",
    title: new Title({ text: "Streaming signal: raw samples and moving average", textFontSize: "14px" }),
    width: 900,
    height: 420,
    // following the end keeps the newest WINDOW_S seconds in view while data arrives
    xRange: new DataRange1d({ follow: "end", followInterval: WINDOW_S, rangePadding: 0 }),
    yRange: new DataRange1d(),
    below: [xAxis],
    left: [yAxis],
    center: [new Grid({ dimension: 0, axis: xAxis }), new Grid({ dimension: 1, axis: yAxis })],
    renderers: [raw, smooth],
    toolbar: new Toolbar({ tools: [new PanTool(), new WheelZoomTool(), new ResetTool(), new SaveTool()] }),
  })
  doc.title = "bokeh-ts: streaming"
  doc.addRoot(plot)

  // A random walk pulled back towards a slow sine, so the picture keeps moving but stays bounded.
  let step = 0
  let level = 0
  const recent: number[] = []
  doc.addPeriodicCallback(() => {
    const t = step * (PERIOD_MS / 1000)
    level += 0.3 * (Math.sin(t / 4) * 3 - level) + (Math.random() - 0.5)
    recent.push(level)
    if (recent.length > AVERAGE_OVER) recent.shift()
    const average = recent.reduce((a, b) => a + b, 0) / recent.length
    source.stream({
      t: new Float64Array([t]),
      value: new Float64Array([level]),
      average: new Float64Array([average]),
    }, ROLLOVER)
    step += 1
  }, PERIOD_MS)
}
