// Deterministic data for the gallery: a seeded generator (so every run draws the same
// figures, which the PNG renderer will use as references) and small made-up datasets.

// mulberry32: a tiny, well-mixed 32-bit generator; rng(seed)() is uniform in [0, 1).
export function rng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Standard normal draws (Box–Muller) from a uniform generator.
export function normals(random: () => number, n: number, mean = 0, sd = 1): Float64Array {
  const out = new Float64Array(n)
  for (let i = 0; i < n; i += 2) {
    const u = 1 - random(), v = random()
    const radius = Math.sqrt(-2 * Math.log(u))
    out[i] = mean + sd * radius * Math.cos(2 * Math.PI * v)
    if (i + 1 < n) out[i + 1] = mean + sd * radius * Math.sin(2 * Math.PI * v)
  }
  return out
}

export function linspace(start: number, end: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (n === 1 ? start : start + ((end - start) * i) / (n - 1)))
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i)
}

export function map(values: ArrayLike<number>, fn: (v: number, i: number) => number): Float64Array {
  return Float64Array.from(values, fn)
}

// Counts of `values` in `bins` equal-width bins over [lo, hi): edges and counts.
export function histogram(values: ArrayLike<number>, bins: number, lo: number, hi: number): { left: Float64Array; right: Float64Array; counts: Float64Array } {
  const counts = new Float64Array(bins)
  const width = (hi - lo) / bins
  for (let i = 0; i < values.length; i++) {
    const k = Math.floor((values[i]! - lo) / width)
    if (k >= 0 && k < bins) counts[k]! += 1
  }
  return { left: map(range(bins), (i) => lo + i * width), right: map(range(bins), (i) => lo + (i + 1) * width), counts }
}

export const FRUITS = ["Apples", "Pears", "Nectarines", "Plums", "Grapes", "Strawberries"]
export const YEARS = ["2015", "2016", "2017"]
// made-up harvests per fruit and year
export const HARVEST: Readonly<Record<string, readonly number[]>> = {
  "2015": [2, 1, 4, 3, 2, 4],
  "2016": [5, 3, 3, 2, 4, 6],
  "2017": [3, 2, 4, 4, 5, 3],
}

// A day-by-day series from 2024-01-01 (UTC), a random walk around a slow seasonal wave.
export function dailySeries(days: number, seed: number): { dates: Date[]; values: Float64Array } {
  const random = rng(seed)
  const start = Date.UTC(2024, 0, 1)
  const dates = Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000))
  const values = new Float64Array(days)
  let level = 100
  for (let i = 0; i < days; i++) {
    level += (random() - 0.5) * 4 + Math.sin((2 * Math.PI * i) / 90) * 0.8
    values[i] = level
  }
  return { dates, values }
}
