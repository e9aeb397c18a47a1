// One producer per process feeding every session: a single timer makes BK_STREAM_K rows every
// BK_PERIOD_MS and streams the same rows into each open session's source, each through that
// session's own task queue. Measures the fan-out of one data feed to N independent documents
// (each document has its own model ids, so each session serializes its own patch).
import { clearInterval, setInterval } from "node:timers"
import type { ColumnDataSource, Document } from "../../document/index.ts"
import type { ServerContext } from "../../server/index.ts"
import { linePlot } from "./plot.ts"
import { PERIOD_MS, PLOT, ROLLOVER, randomWalk, streamSource } from "./walk.ts"

let producer: ReturnType<typeof setInterval> | null = null

export function onServerLoaded(server: ServerContext): void {
  const next = randomWalk()
  producer = setInterval(() => {
    const rows = next()
    for (const session of server.sessions) {
      void session.withLockedDocument((doc) => {
        // stream() copies the rows into the session's own columns
        ;(doc.getModelByName("stream") as ColumnDataSource).stream(rows, ROLLOVER)
      })
    }
  }, Math.max(1, PERIOD_MS))
}

export function onServerUnloaded(): void {
  if (producer != null) clearInterval(producer)
  producer = null
}

export default function global(doc: Document): void {
  const source = streamSource()
  doc.title = "global"
  doc.addRoot(PLOT ? linePlot(source, "x", "y", "one producer, every session") : source)
}
