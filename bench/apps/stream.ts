// The load generator's app: every BK_PERIOD_MS it streams BK_STREAM_K rows with rollover
// BK_ROLLOVER; `ts` holds the server's Date.now() when the rows were made, so a client can
// measure end-to-end latency. bench/load/stream_app.py is the same app for Python's server.
import process from "node:process"
import { ColumnDataSource, type Document } from "../../document/index.ts"

const env = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback)
  if (!(value > 0)) throw new Error(`${name} must be a positive number, got ${process.env[name]}`)
  return value
}

const PERIOD_MS = env("BK_PERIOD_MS", 100)
const K = Math.round(env("BK_STREAM_K", 10))
const ROLLOVER = Math.round(env("BK_ROLLOVER", 1000))

export default function stream(doc: Document): void {
  const source = new ColumnDataSource({
    name: "stream",
    data: { x: new Float64Array(0), y: new Float64Array(0), ts: new Float64Array(0) },
  })
  doc.addRoot(source)
  let n = 0
  doc.addPeriodicCallback(() => {
    const x = new Float64Array(K)
    const y = new Float64Array(K)
    const ts = new Float64Array(K).fill(Date.now())
    for (let i = 0; i < K; i++, n++) {
      x[i] = n
      y[i] = Math.sin(n / 10)
    }
    source.stream({ x, y, ts }, ROLLOVER)
  }, PERIOD_MS)
}
