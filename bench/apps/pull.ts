// A session whose document holds one Float64 source of BK_PULL_POINTS points (x and y, so
// 2 × 8 bytes × points), for timing PULL-DOC: the columns go as binary buffers.
import { ColumnDataSource, type Document } from "../../document/index.ts"
import { envNumber } from "./env.ts"

const POINTS = Math.round(envNumber("BK_PULL_POINTS", 1_000_000))

export default function pull(doc: Document): void {
  const x = new Float64Array(POINTS)
  const y = new Float64Array(POINTS)
  for (let i = 0; i < POINTS; i++) {
    x[i] = i
    y[i] = Math.sin(i / 1000)
  }
  doc.title = "pull"
  doc.addRoot(new ColumnDataSource({ name: "points", data: { x, y } }))
}
