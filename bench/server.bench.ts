// Micro-benchmarks of the server's hot path (mitata), without sockets: one session task that
// streams 10 rows, its batch serialized once and fanned out to N connections. The cost per
// extra connection is one send of the same frames (here a no-op socket that counts them).
import { bench, group } from "mitata"
import { ColumnDataSource, Document } from "../document/index.ts"
import { ServerConnection } from "../server/connection.ts"
import type { Frame } from "../server/protocol/message.ts"
import { ServerSession } from "../server/session/server_session.ts"
import type { Socket } from "../server/transport/socket.ts"

class CountingSocket implements Socket {
  frames = 0
  readonly open = true
  send(frames: readonly Frame[]): void { this.frames += frames.length }
  close(): void {}
  ping(): void {}
}

function session(connections: number): { session: ServerSession; source: ColumnDataSource } {
  const doc = new Document()
  const source = new ColumnDataSource({ data: { x: new Float64Array(0), y: new Float64Array(0), ts: new Float64Array(0) } })
  doc.addRoot(source)
  const s = new ServerSession(`bench-${connections}`, doc, "bench")
  for (let i = 0; i < connections; i++) {
    const c = new ServerConnection(new CountingSocket(), s)
    s.addConnection(c)
    s.pull(c, "r")
  }
  return { session: s, source }
}

export function registerServerBenchmarks(): void {
  group("session task: stream 10 rows → one PATCH-DOC → N connections", () => {
    for (const n of [1, 10, 100]) {
      const { session: s, source } = session(n)
      const x = new Float64Array(10)
      const ts = new Float64Array(10)
      bench(`${n} connection${n === 1 ? "" : "s"}`, async () => {
        await s.execute(() => {
          ts.fill(Date.now())
          source.stream({ x, y: x, ts }, 1000)
        })
      })
    }
  })
}

// What the server does for a PULL-DOC-REQ on a document with a big Float64 source: serialize
// the document (the columns go as binary buffers, not copied) and build the reply's frames.
// This is the server-side cost; the client-measured pull (bench/load) adds the transfer.
export function registerPullBenchmarks(): void {
  group("PULL-DOC-REPLY of a Float64 source (x, y), server side", () => {
    for (const points of [100_000, 1_000_000]) {
      const doc = new Document()
      const x = new Float64Array(points).map((_, i) => i)
      const y = new Float64Array(points).map((_, i) => Math.sin(i / 1000))
      doc.addRoot(new ColumnDataSource({ data: { x, y } }))
      const s = new ServerSession(`pull-${points}`, doc, "bench")
      const c = new ServerConnection(new CountingSocket(), s)
      s.addConnection(c)
      bench(`PULL-DOC-REPLY, ${points.toLocaleString("en-US")} points`, () => s.pull(c, "r").frames())
    }
  })
}
