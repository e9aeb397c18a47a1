// Hexagonal binning in the axial (q, r) coordinates HexTile draws: a tile's center is at
// x = size·√3·(q + r/2) / aspectScale, y = −size·(3/2)·r for "pointytop", and
// x = size·(3/2)·q, y = −size·√3·(r + q/2)·aspectScale for "flattop".
import { ValueError } from "../document/index.ts"

export type HexOrientation = "pointytop" | "flattop"

export interface HexBins {
  readonly q: Int32Array
  readonly r: Int32Array
  readonly counts: Int32Array
}

// Fractional axial coordinates → the hexagon containing them (rounding in cube coordinates).
function roundHex(q: number, r: number): [number, number] {
  const s = -q - r
  let rq = Math.round(q), rr = Math.round(r)
  const rs = Math.round(s)
  const dq = Math.abs(rq - q), dr = Math.abs(rr - r), ds = Math.abs(rs - s)
  if (dq > dr && dq > ds) rq = -rr - rs
  else if (dr > ds) rr = -rq - rs
  return [rq, rr]
}

export function cartesianToAxial(x: number, y: number, size: number, orientation: HexOrientation = "pointytop", aspectScale = 1): [number, number] {
  if (orientation === "pointytop") {
    const r = -y / (1.5 * size)
    const q = (x * aspectScale) / (Math.sqrt(3) * size) - r / 2
    return roundHex(q, r)
  }
  const q = x / (1.5 * size)
  const r = -y / (aspectScale * Math.sqrt(3) * size) - q / 2
  return roundHex(q, r)
}

export function axialToCartesian(q: number, r: number, size: number, orientation: HexOrientation = "pointytop", aspectScale = 1): [number, number] {
  if (orientation === "pointytop") return [(size * Math.sqrt(3) * (q + r / 2)) / aspectScale, -size * 1.5 * r]
  return [size * 1.5 * q, -size * Math.sqrt(3) * (r + q / 2) * aspectScale]
}

// Counts points per hexagon; tiles come sorted by q, then r.
export function hexbin(x: ArrayLike<number>, y: ArrayLike<number>, size: number, orientation: HexOrientation = "pointytop", aspectScale = 1): HexBins {
  if (x.length !== y.length) throw new ValueError(`hexbin: x and y must have the same length, got ${x.length} and ${y.length}`)
  if (!(size > 0)) throw new ValueError(`hexbin: size must be positive, got ${size}`)
  const counts = new Map<string, { q: number; r: number; n: number }>()
  for (let i = 0; i < x.length; i++) {
    const [q, r] = cartesianToAxial(x[i]!, y[i]!, size, orientation, aspectScale)
    const key = `${q},${r}`
    const bin = counts.get(key)
    if (bin != null) bin.n++
    else counts.set(key, { q, r, n: 1 })
  }
  const bins = [...counts.values()].sort((a, b) => a.q - b.q || a.r - b.r)
  return {
    q: Int32Array.from(bins, (b) => b.q),
    r: Int32Array.from(bins, (b) => b.r),
    counts: Int32Array.from(bins, (b) => b.n),
  }
}
