// The load client and runLoad against a tiny fake Bokeh server (ws on 127.0.0.1:0) that sends
// ACK, PULL-DOC-REPLY, then PATCH-DOCs whose ColumnsStreamed `ts` column comes as a JSON list,
// as a binary ndarray buffer and as inline base64(gzip), with a known age.
import assert from "node:assert/strict"
import type { AddressInfo } from "node:net"
import { after, before, test } from "node:test"
import { WebSocketServer, type WebSocket } from "ws"
import type { DocJson, PatchJson } from "../../../document/index.ts"
import { encodeInline } from "../../../document/serialization/bytes.ts"
import type { Buffer as Bytes } from "../../../document/serialization/bytes.ts"
import type { Message } from "../../../server/protocol/message.ts"
import { MSG, messages } from "../../../server/protocol/messages.ts"
import { Receiver } from "../../../server/protocol/receiver.ts"
import { LatencyHistogram, LoadClient, LoadStats, mintToken, wallNow, wsUrlOf } from "../client.ts"
import { runLoad } from "../loadgen.ts"

const AGE_MS = 40 // how old `ts` is when the server sends a batch
const DOC: DocJson = { version: "3.10.0", title: "fake", roots: [] }

type Encoding = "list" | "binary" | "inline"
const ENCODINGS: readonly Encoding[] = ["list", "binary", "inline"]

function f64Bytes(values: number[]): Uint8Array {
  return new Uint8Array(new Float64Array(values).buffer)
}

// One ColumnsStreamed whose newest ts is AGE_MS old (an older row checks that max(ts) is used).
function streamed(encoding: Encoding): Message {
  const now = wallNow()
  const ts = [now - AGE_MS - 500, now - AGE_MS]
  const buffers: Bytes[] = []
  let tsRep: unknown = ts
  if (encoding !== "list") {
    const data = encoding === "binary" ? { id: "p77" } : encodeInline(f64Bytes(ts))
    if (encoding === "binary") buffers.push({ id: "p77", data: f64Bytes(ts) })
    tsRep = { type: "ndarray", array: { type: "bytes", data }, shape: [2], dtype: "float64", order: "little" }
  }
  const event = {
    kind: "ColumnsStreamed", model: { id: "p1" }, attr: "data", rollover: 1000,
    data: { type: "map", entries: [["x", [1, 2]], ["ts", tsRep]] },
  }
  return messages.patchDoc({ events: [event] } as PatchJson, buffers)
}

const modelChanged = () =>
  messages.patchDoc({ events: [{ kind: "ModelChanged", model: { id: "p1" }, attr: "name", new: "n" }] }, [])

interface FakeServer {
  readonly url: string
  readonly tokens: string[]
  close(): Promise<void>
}

// afterPull(send) runs once per connection after its PULL-DOC-REPLY; returns a stop function.
async function fakeServer(afterPull: (send: (m: Message) => void) => () => void): Promise<FakeServer> {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, handleProtocols: (set) => (set.has("bokeh") ? "bokeh" : false) })
  const tokens: string[] = []
  const stops: Array<() => void> = []
  wss.on("connection", (ws: WebSocket, req) => {
    tokens.push(String(req.headers["sec-websocket-protocol"]))
    const send = (m: Message) => {
      if (ws.readyState === ws.OPEN) for (const frame of m.frames()) ws.send(frame)
    }
    const receiver = new Receiver()
    send(messages.ack())
    send(streamed("list")) // before the pull: the client must drop it
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      const m = receiver.consume(isBinary ? data : data.toString("utf8"))
      if (m?.msgtype !== MSG.PULL_DOC_REQ) return
      send(messages.pullDocReply(m.msgid, DOC, []))
      const stop = afterPull(send)
      stops.push(stop)
      ws.on("close", stop)
    })
  })
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()))
  const { port } = wss.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/stream`,
    tokens,
    close: () => {
      for (const stop of stops) stop()
      for (const ws of wss.clients) ws.terminate()
      return new Promise((resolve) => wss.close(() => resolve()))
    },
  }
}

test("tokens, URLs and the histogram", () => {
  const token = mintToken("a".repeat(44), 300)
  assert.match(token, /^[A-Za-z0-9_-]+$/)
  const payload = JSON.parse(Buffer.from(token, "base64url").toString("utf8"))
  assert.equal(payload.session_id, "a".repeat(44))
  assert.ok(Math.abs(payload.session_expiry - (Date.now() / 1000 + 300)) < 2)
  assert.equal(wsUrlOf("http://h:1/stream"), "ws://h:1/stream/ws")
  assert.equal(wsUrlOf("https://h/a/b/"), "wss://h/a/b/ws")
  assert.equal(wsUrlOf("ws://h:1/stream/ws"), "ws://h:1/stream/ws")

  const h = new LatencyHistogram(100)
  for (let i = 1; i <= 100; i++) h.record(i) // 1 … 100 ms
  h.record(-0.3)
  h.record(5000) // above the cap: counted, max exact
  assert.equal(h.count, 102)
  assert.equal(h.negative, 1)
  assert.equal(h.max, 5000)
  assert.ok(Math.abs(h.percentile(0.5) - 50.1) < 0.11, String(h.percentile(0.5)))
  assert.equal(h.percentile(1), 5000)
})

let server: FakeServer
const BURST = 2 // per encoding, sent at once after each pull

before(async () => {
  server = await fakeServer((send) => {
    for (const encoding of ENCODINGS) for (let i = 0; i < BURST; i++) send(streamed(encoding))
    send(modelChanged()) // a PATCH-DOC without ColumnsStreamed
    return () => {}
  })
})
after(() => server.close())

test("three clients pull, drop early patches, and time every ts encoding", async () => {
  const stats = new LoadStats()
  stats.recording = true
  const clients = [0, 1, 2].map(() => new LoadClient(server.url, { stats, timeoutMs: 5000 }))
  await Promise.all(clients.map((c) => c.ready()))
  assert.deepEqual(clients.map((c) => c.state), ["pulled", "pulled", "pulled"])
  const perClient = ENCODINGS.length * BURST
  const deadline = Date.now() + 5000
  while (stats.patches < 3 * (perClient + 1) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5))
  assert.equal(stats.patches, 3 * (perClient + 1))
  assert.equal(stats.updates, 3 * perClient)
  assert.deepEqual(clients.map((c) => c.updates), [perClient, perClient, perClient])
  assert.equal(stats.missingTs, 0)
  assert.equal(stats.latency.count, 3 * perClient)
  // the newest row is AGE_MS old; the older row (AGE_MS + 500) must not be the one measured
  assert.ok(stats.latency.percentile(0) >= AGE_MS, `min ${stats.latency.percentile(0)}`)
  assert.ok(stats.latency.max < AGE_MS + 100, `max ${stats.latency.max}`)

  // the offered subprotocols: "bokeh" and an unsigned token for a 44-char alnum session id
  for (const header of server.tokens.slice(-3)) {
    const [proto, token] = header.split(/,\s*/)
    assert.equal(proto, "bokeh")
    const payload = JSON.parse(Buffer.from(token!, "base64url").toString("utf8"))
    assert.match(payload.session_id, /^[A-Za-z0-9]{44}$/)
  }
  await Promise.all(clients.map((c) => c.close()))
  assert.deepEqual(clients.map((c) => c.state), ["closed", "closed", "closed"])
  assert.deepEqual(clients.map((c) => c.error), [null, null, null])
})

test("runLoad: N=3 at 50 Hz counts the expected rate and latency, and samples a pid", async () => {
  const periodic = await fakeServer((send) => {
    let i = 0
    const timer = setInterval(() => send(streamed(ENCODINGS[i++ % ENCODINGS.length]!)), 20)
    return () => clearInterval(timer)
  })
  try {
    const result = await runLoad({
      url: periodic.url, sessions: 3, durationMs: 1000, warmupMs: 200, rampMs: 30, expectedHz: 50, pid: process.pid,
    })
    assert.equal(result.connected, 3)
    assert.equal(result.failed, 0)
    assert.equal(result.closedEarly, 0)
    assert.equal(result.expectedPerSec, 150)
    assert.ok(result.deliveredRatio > 0.75 && result.deliveredRatio < 1.1, `ratio ${result.deliveredRatio}`)
    assert.equal(result.latency.missingTs, 0)
    assert.equal(result.latency.samples, result.updates)
    assert.ok(result.latency.p50 >= AGE_MS && result.latency.p50 < AGE_MS + 20, `p50 ${result.latency.p50}`)
    assert.ok(result.perSessionHz.min > 30, `min ${result.perSessionHz.min}`)
    assert.ok(result.server != null && result.server.pids.includes(process.pid))
    assert.ok(result.server.rssPeakMB > 10 && result.server.cpuPercent > 0, JSON.stringify(result.server))
    assert.deepEqual(result.errors, {})
  } finally {
    await periodic.close()
  }
})

test("a server that does not ACK fails the session, not the run", async () => {
  const { WebSocketServer: Wss } = await import("ws")
  const wss = new Wss({ host: "127.0.0.1", port: 0, handleProtocols: () => "bokeh" })
  wss.on("connection", (ws) => {
    for (const frame of messages.ok("x").frames()) ws.send(frame)
  })
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()))
  try {
    const { port } = wss.address() as AddressInfo
    const result = await runLoad({ url: `http://127.0.0.1:${port}/x`, sessions: 2, durationMs: 50, warmupMs: 0, rampMs: 0 })
    assert.equal(result.connected, 0)
    assert.equal(result.failed, 2)
    assert.deepEqual(result.errors, { "first message was OK, not ACK": 2 })
    assert.ok(Number.isNaN(result.deliveredRatio))
  } finally {
    await new Promise((resolve) => wss.close(resolve))
  }
})
