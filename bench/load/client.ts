// A light Bokeh protocol client for load tests: connects like bokeh.client (unsigned token
// minted locally, no Origin header), pulls the document once, then only counts PATCH-DOCs and
// measures the delivery latency of ColumnsStreamed events from their `ts` column (server wall
// clock ms). Up to ~1000 of these run in one process, so the per-message path allocates
// nothing beyond what the frame decoding needs and latencies go into a shared histogram.
import { randomInt } from "node:crypto"
import WebSocket from "ws"
import { decodeInline } from "../../document/serialization/bytes.ts"
import type { Message } from "../../server/protocol/message.ts"
import { MSG, messages } from "../../server/protocol/messages.ts"
import { Receiver } from "../../server/protocol/receiver.ts"

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// 44 characters from [A-Za-z0-9], CSPRNG (spec §2.1).
export function newSessionId(): string {
  let id = ""
  for (let i = 0; i < 44; i++) id += ALNUM[randomInt(ALNUM.length)]
  return id
}

// Unsigned token (spec §2.2), with Python's json.dumps spacing as bokeh.client sends it.
export function mintToken(sessionId: string, expirySeconds = 300): string {
  const expiry = Math.floor(Date.now() / 1000) + expirySeconds
  const payload = `{"session_id": ${JSON.stringify(sessionId)}, "session_expiry": ${expiry}}`
  return Buffer.from(payload, "utf8").toString("base64url")
}

// http(s)://host/app → ws(s)://host/app/ws; a ws(s):// URL ending in /ws is kept.
export function wsUrlOf(url: string): string {
  const u = new URL(url)
  if (u.protocol === "http:") u.protocol = "ws:"
  else if (u.protocol === "https:") u.protocol = "wss:"
  if (!u.pathname.endsWith("/ws")) u.pathname = u.pathname.replace(/\/+$/, "") + "/ws"
  return u.toString()
}

// Wall-clock ms with sub-ms resolution: Date.now() only has whole ms, which would bias every
// latency by up to 1 ms. The offset is taken at a Date.now() tick edge, so it is exact to µs.
let clockOffset = NaN
export function wallNow(): number {
  if (Number.isNaN(clockOffset)) {
    const start = Date.now()
    let now = start
    while (now === start) now = Date.now()
    clockOffset = now - performance.now()
  }
  return clockOffset + performance.now()
}

// Counts per 0.1 ms bucket up to `capMs`; above it only the count and the exact max are kept.
export class LatencyHistogram {
  static readonly BUCKET_MS = 0.1
  private readonly counts: Uint32Array
  count = 0
  sum = 0
  max = -Infinity
  negative = 0 // receipt before ts: clock skew (other host) or sub-ms jitter; counted as 0

  constructor(readonly capMs = 60_000) {
    this.counts = new Uint32Array(Math.ceil(capMs / LatencyHistogram.BUCKET_MS) + 1)
  }

  record(ms: number): void {
    if (ms < 0) this.negative++
    const clamped = ms < 0 ? 0 : ms
    const i = Math.floor(clamped / LatencyHistogram.BUCKET_MS)
    this.counts[i < this.counts.length ? i : this.counts.length - 1]!++
    this.count++
    this.sum += clamped
    if (ms > this.max) this.max = ms
  }

  // Upper edge of the bucket holding the q-quantile (conservative by ≤ 0.1 ms).
  percentile(q: number): number {
    if (this.count === 0) return NaN
    const rank = Math.max(1, Math.ceil(q * this.count))
    let seen = 0
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]!
      if (seen >= rank) return i === this.counts.length - 1 ? this.max : Math.min((i + 1) * LatencyHistogram.BUCKET_MS, this.max)
    }
    return this.max
  }

  reset(): void {
    this.counts.fill(0)
    this.count = 0
    this.sum = 0
    this.max = -Infinity
    this.negative = 0
  }

  summary(): { p50: number; p90: number; p99: number; max: number; mean: number; samples: number; negative: number } {
    const r = (v: number) => Math.round(v * 100) / 100
    return {
      p50: r(this.percentile(0.5)), p90: r(this.percentile(0.9)), p99: r(this.percentile(0.99)),
      max: r(this.max), mean: r(this.count > 0 ? this.sum / this.count : NaN), samples: this.count, negative: this.negative,
    }
  }
}

// Shared by every client of a run; nothing is counted while `recording` is false (warm-up).
export class LoadStats {
  recording = false
  patches = 0
  updates = 0 // ColumnsStreamed events
  missingTs = 0 // ColumnsStreamed events without a readable `ts` column
  readonly latency: LatencyHistogram

  constructor(capMs?: number) {
    this.latency = new LatencyHistogram(capMs)
  }

  reset(): void {
    this.patches = 0
    this.updates = 0
    this.missingTs = 0
    this.latency.reset()
  }
}

type Rep = Record<string, unknown>
const isObject = (v: unknown): v is Rep => v !== null && typeof v === "object" && !Array.isArray(v)

function maxOfList(list: readonly unknown[]): number {
  let max = -Infinity
  for (const v of list) if (typeof v === "number" && v > max) max = v
  return max
}

const ELEMENT: Record<string, [number, (d: DataView, at: number, le: boolean) => number]> = {
  float64: [8, (d, at, le) => d.getFloat64(at, le)],
  float32: [4, (d, at, le) => d.getFloat32(at, le)],
  int32: [4, (d, at, le) => d.getInt32(at, le)],
  uint32: [4, (d, at, le) => d.getUint32(at, le)],
  int16: [2, (d, at, le) => d.getInt16(at, le)],
  uint16: [2, (d, at, le) => d.getUint16(at, le)],
  int8: [1, (d, at) => d.getInt8(at)],
  uint8: [1, (d, at) => d.getUint8(at)],
}

// Reads the bytes in place (ws payloads may be unaligned slices of a pooled buffer).
function maxOfBytes(bytes: Uint8Array, dtype: string, order: unknown): number {
  const element = ELEMENT[dtype]
  if (element == null) return -Infinity
  const [size, get] = element
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const le = order !== "big"
  let max = -Infinity
  for (let at = 0; at + size <= bytes.byteLength; at += size) {
    const v = get(view, at, le)
    if (v > max) max = v
  }
  return max
}

// The largest value of one column rep: a JSON list, {"type":"array"}, or an ndarray /
// typed_array whose bytes are a buffer of `message` or inline base64(gzip). -Infinity if none.
export function maxOfColumn(rep: unknown, buffers: Message["buffers"]): number {
  if (Array.isArray(rep)) return maxOfList(rep)
  if (!isObject(rep)) return -Infinity
  if (rep.type === "array" && Array.isArray(rep.entries)) return maxOfList(rep.entries)
  if (rep.type !== "ndarray" && rep.type !== "typed_array") return -Infinity
  const array = rep.array
  if (Array.isArray(array)) return maxOfList(array) // dtype "object"
  if (!isObject(array) || array.type !== "bytes") return -Infinity
  const data = array.data
  let bytes: Uint8Array | undefined
  if (typeof data === "string") bytes = decodeInline(data)
  else if (isObject(data)) {
    for (const b of buffers) if (b.id === data.id) { bytes = b.data; break }
  }
  return bytes == null ? -Infinity : maxOfBytes(bytes, String(rep.dtype), rep.order)
}

// The `ts` column of a ColumnsStreamed `data` rep (a map rep, or a plain object).
export function tsColumn(data: unknown, column = "ts"): unknown {
  if (!isObject(data)) return undefined
  if (data.type === "map" && Array.isArray(data.entries)) {
    for (const entry of data.entries as unknown[][]) if (entry[0] === column) return entry[1]
    return undefined
  }
  return data[column]
}

export type ClientState = "connecting" | "acked" | "pulled" | "closed" | "failed"

export interface ClientOptions {
  readonly stats: LoadStats
  readonly timeoutMs?: number // until pulled
  readonly tsColumn?: string
  // keeps the PULL-DOC-REPLY (clients that must find models in the document)
  readonly keepPull?: boolean
  // every PATCH-DOC after the pull, recording or not (round-trip clients)
  readonly onPatch?: (message: Message) => void
}

export class LoadClient {
  readonly sessionId = newSessionId()
  state: ClientState = "connecting"
  error: string | null = null
  updates = 0 // this session's ColumnsStreamed events while recording
  connectMs = NaN // open → PULL-DOC-REPLY
  pullReply: Message | null = null // with keepPull
  pullMs = NaN // PULL-DOC-REQ sent → PULL-DOC-REPLY received (session already created)
  private pullSentAt = NaN
  private readonly receiver = new Receiver()
  private readonly ws: WebSocket
  private pullId = ""
  private closing = false
  private readonly pulled: Promise<void>
  private settle!: (error: string | null) => void
  private readonly closedPromise: Promise<void>

  constructor(readonly url: string, private readonly options: ClientOptions) {
    const started = performance.now()
    this.pulled = new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(`no PULL-DOC-REPLY within ${options.timeoutMs ?? 60_000} ms`), options.timeoutMs ?? 60_000)
      this.settle = (error) => {
        clearTimeout(timer)
        if (error == null) {
          this.connectMs = performance.now() - started
          resolve()
        } else reject(new Error(error))
      }
    })
    this.pulled.catch(() => {}) // callers that ignore the promise read `state`/`error`
    this.ws = new WebSocket(wsUrlOf(url), ["bokeh", mintToken(this.sessionId)], {
      perMessageDeflate: false, skipUTF8Validation: true, maxPayload: 20 * 2 ** 20,
    })
    this.closedPromise = new Promise((resolve) => this.ws.once("close", () => resolve()))
    this.ws.on("message", (data: WebSocket.RawData, isBinary: boolean) => this.onFrame(data as Buffer, isBinary))
    this.ws.on("error", (e) => this.fail(e.message))
    this.ws.on("close", (code, reason) => {
      if (!this.closing) this.fail(`closed ${code} ${reason.toString()}`.trim())
      else if (this.state !== "failed") this.state = "closed"
    })
  }

  // Resolves once the document has been pulled; rejects on any failure before that.
  ready(): Promise<void> {
    return this.pulled
  }

  send(message: Message): void {
    for (const frame of message.frames()) this.ws.send(frame)
  }

  // Normal close (1000), as bokeh.client does; terminates if the server does not answer.
  async close(timeoutMs = 5000): Promise<void> {
    this.closing = true
    if (this.ws.readyState === WebSocket.CLOSED) return
    if (this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate()
    else this.ws.close(1000)
    const timer = setTimeout(() => this.ws.terminate(), timeoutMs)
    await this.closedPromise
    clearTimeout(timer)
  }

  // Before the pull: the session failed. After it: closed early (`error` says why).
  private fail(error: string): void {
    if (this.state === "pulled") {
      this.error ??= error
      this.state = "closed"
      return
    }
    if (this.state === "failed" || this.state === "closed") return
    this.state = "failed"
    this.error = error
    this.settle(error)
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate()
  }

  private onFrame(data: Buffer, isBinary: boolean): void {
    let message: Message | null
    try {
      message = this.receiver.consume(isBinary ? data : data.toString("utf8"))
    } catch (e) {
      this.fail(`bad frame: ${(e as Error).message}`)
      return
    }
    if (message != null) this.onMessage(message)
  }

  private onMessage(message: Message): void {
    const type = message.msgtype
    if (this.state === "pulled") {
      if (type === MSG.PATCH_DOC) {
        this.options.onPatch?.(message)
        this.onPatch(message)
      }
      return
    }
    if (this.state === "connecting") {
      if (type !== MSG.ACK) return this.fail(`first message was ${type}, not ACK`)
      this.state = "acked"
      const request = messages.pullDocReq()
      this.pullId = request.msgid
      this.pullSentAt = performance.now()
      this.send(request)
      return
    }
    if (this.state !== "acked" || message.header.reqid !== this.pullId) return // e.g. early PATCH-DOCs: dropped, as BokehJS does
    if (type === MSG.PULL_DOC_REPLY) {
      this.pullMs = performance.now() - this.pullSentAt
      if (this.options.keepPull === true) this.pullReply = message
      this.state = "pulled"
      this.settle(null)
    } else {
      this.fail(`PULL-DOC-REQ answered with ${type}: ${JSON.stringify(message.content).slice(0, 200)}`)
    }
  }

  private onPatch(message: Message): void {
    const stats = this.options.stats
    if (!stats.recording) return
    const now = wallNow() // once per message: the receipt time of all its events
    stats.patches++
    const events = (message.content as { events?: unknown }).events
    if (!Array.isArray(events)) return
    for (const event of events) {
      if (!isObject(event) || event.kind !== "ColumnsStreamed") continue
      stats.updates++
      this.updates++
      const ts = maxOfColumn(tsColumn(event.data, this.options.tsColumn), message.buffers)
      if (ts === -Infinity || Number.isNaN(ts)) stats.missingTs++
      else stats.latency.record(now - ts)
    }
  }
}
