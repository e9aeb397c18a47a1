// The load generator's app: every BK_PERIOD_MS it streams BK_STREAM_K rows with rollover
// BK_ROLLOVER; `ts` holds the server's Date.now() when the rows were made, so a client can
// measure end-to-end latency. BK_PERIOD_MS=0 streams nothing (an idle session, for memory).
// BK_PLOT=0 serves the bare source instead of a figure with a line on it. bench/apps/stream.py
// is the same app for Python's server.
import type { Document } from "../../document/index.ts"
import { linePlot } from "./plot.ts"
import { PERIOD_MS, PLOT, ROLLOVER, randomWalk, streamSource } from "./walk.ts"

export default function stream(doc: Document): void {
  const source = streamSource()
  doc.title = "stream"
  doc.addRoot(PLOT ? linePlot(source, "x", "y", "stream") : source)
  if (PERIOD_MS === 0) return
  const next = randomWalk()
  doc.addPeriodicCallback(() => source.stream(next(), ROLLOVER), PERIOD_MS)
}
