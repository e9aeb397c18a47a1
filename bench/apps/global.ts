// One producer per process feeding every session: a single timer makes BK_STREAM_K rows every
// BK_PERIOD_MS and streams the same rows into each open session's source, each through that
// session's own task queue. Measures the fan-out of one data feed to N independent documents
// (each document has its own model ids, so each session serializes its own patch).
import { clearInterval, setInterval } from "node:timers"
import { ColumnDataSource, type Document } from "../../document/index.ts"
import type { ServerContext } from "../../server/index.ts"
import { envFlag, envNumber } from "./env.ts"
import { linePlot } from "./plot.ts"

const PERIOD_MS = Math.max(1, envNumber("BK_PERIOD_MS", 100))
const K = Math.max(1, Math.round(envNumber("BK_STREAM_K", 10)))
const ROLLOVER = Math.round(envNumber("BK_ROLLOVER", 1000))
const PLOT = envFlag("BK_PLOT", true)

let producer: ReturnType<typeof setInterval> | null = null

export function onServerLoaded(server: ServerContext): void {
  let n = 0
  let level = 0
  producer = setInterval(() => {
    const x = new Float64Array(K)
    const y = new Float64Array(K)
    const ts = new Float64Array(K).fill(Date.now())
    for (let i = 0; i < K; i++, n++) {
      x[i] = n
      level += Math.random() - 0.5
      y[i] = level
    }
    for (const session of server.sessions) {
      void session.withLockedDocument((doc) => {
        // stream() copies the rows into the session's own columns
        ;(doc.getModelByName("stream") as ColumnDataSource).stream({ x, y, ts }, ROLLOVER)
      })
    }
  }, PERIOD_MS)
}

export function onServerUnloaded(): void {
  if (producer != null) clearInterval(producer)
  producer = null
}

export default function global(doc: Document): void {
  const source = new ColumnDataSource({
    name: "stream",
    data: { x: new Float64Array(0), y: new Float64Array(0), ts: new Float64Array(0) },
  })
  doc.title = "global"
  doc.addRoot(PLOT ? linePlot(source, "x", "y", "one producer, every session") : source)
}
