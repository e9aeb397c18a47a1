// What the streaming benchmark apps share: their settings (from the environment), the empty
// three-column source, and a random walk that makes BK_STREAM_K rows at a time with `ts` = the
// server's clock when they were made.
import { ColumnDataSource } from "../../document/index.ts"
import { envFlag, envNumber } from "./env.ts"

export const PERIOD_MS = envNumber("BK_PERIOD_MS", 100)
export const K = Math.max(1, Math.round(envNumber("BK_STREAM_K", 10)))
export const ROLLOVER = Math.round(envNumber("BK_ROLLOVER", 1000))
export const PLOT = envFlag("BK_PLOT", true)

export type Rows = { x: Float64Array; y: Float64Array; ts: Float64Array }

export function streamSource(): ColumnDataSource {
  return new ColumnDataSource({
    name: "stream",
    data: { x: new Float64Array(0), y: new Float64Array(0), ts: new Float64Array(0) },
  })
}

// Each call gives the next K rows of one walk.
export function randomWalk(): () => Rows {
  let n = 0
  let level = 0
  return () => {
    const x = new Float64Array(K)
    const y = new Float64Array(K)
    const ts = new Float64Array(K).fill(Date.now())
    for (let i = 0; i < K; i++, n++) {
      x[i] = n
      level += Math.random() - 0.5
      y[i] = level
    }
    return { x, y, ts }
  }
}
