// The load generator's app: every BK_PERIOD_MS it streams BK_STREAM_K rows with rollover
// BK_ROLLOVER; `ts` holds the server's Date.now() when the rows were made, so a client can
// measure end-to-end latency. BK_PERIOD_MS=0 streams nothing (an idle session, for memory).
// BK_PLOT=0 serves the bare source instead of a figure with a line on it. bench/apps/stream.py
// is the same app for Python's server.
import { ColumnDataSource, type Document } from "../../document/index.ts"
import { envFlag, envNumber } from "./env.ts"
import { linePlot } from "./plot.ts"

const PERIOD_MS = envNumber("BK_PERIOD_MS", 100)
const K = Math.max(1, Math.round(envNumber("BK_STREAM_K", 10)))
const ROLLOVER = Math.round(envNumber("BK_ROLLOVER", 1000))
const PLOT = envFlag("BK_PLOT", true)

export default function stream(doc: Document): void {
  const source = new ColumnDataSource({
    name: "stream",
    data: { x: new Float64Array(0), y: new Float64Array(0), ts: new Float64Array(0) },
  })
  doc.title = "stream"
  doc.addRoot(PLOT ? linePlot(source, "x", "y", "stream") : source)
  if (PERIOD_MS === 0) return
  let n = 0
  let level = 0
  doc.addPeriodicCallback(() => {
    const x = new Float64Array(K)
    const y = new Float64Array(K)
    const ts = new Float64Array(K).fill(Date.now())
    for (let i = 0; i < K; i++, n++) {
      x[i] = n
      level += Math.random() - 0.5
      y[i] = level
    }
    source.stream({ x, y, ts }, ROLLOVER)
  }, PERIOD_MS)
}
