// Color palettes: the data generated from the pinned BokehJS (plots/generated/palettes.ts) and
// the helpers Bokeh users know (linearPalette, viridis(n), …). A palette is a list of CSS
// colors; where a palette is expected, its name ("Viridis256", "Category10_10") works too.
import { ValueError, type ColorValue } from "../document/index.ts"
import * as generated from "./generated/palettes.ts"
import { PALETTES, type Palette } from "./generated/palettes.ts"
import { similarNames } from "./util.ts"

export * from "./generated/palettes.ts"

export type PaletteLike = readonly ColorValue[] | string

export function paletteNames(): string[] {
  return Object.keys(PALETTES)
}

// A palette given by name or as colors; an unknown name is an error naming close matches.
export function resolvePalette(palette: PaletteLike): readonly ColorValue[] {
  if (typeof palette !== "string") return palette
  const found = PALETTES[palette]
  if (found != null) return found
  const similar = similarNames(palette, paletteNames(), 3)
  throw new ValueError(`unknown palette '${palette}'${similar.length > 0 ? `; did you mean ${similar.map((s) => `'${s}'`).join(" or ")}?` : ""}`)
}

// `n` colors picked evenly from `palette` (which must have at least `n`).
export function linearPalette<T>(palette: readonly T[], n: number): T[] {
  if (!Number.isInteger(n) || n < 0) throw new ValueError(`palette length must be a non-negative integer, got ${n}`)
  if (n > palette.length) throw new ValueError(`requested ${n} colors from a palette of ${palette.length}`)
  if (n === 1) return [palette[0]!]
  // evenly spaced float positions, floored, the last exactly at the end (as numpy's linspace,
  // so the picks match Python's linear_palette)
  const step = (palette.length - 1) / (n - 1)
  return Array.from({ length: n }, (_, i) => palette[i === n - 1 ? palette.length - 1 : Math.floor(i * step)]!)
}

// `n` colors interpolated in RGBA between the colors of `palette` (any n, even more colors).
export function interpPalette(palette: readonly string[], n: number): string[] {
  if (palette.length === 0) throw new ValueError("palette must contain at least one color")
  if (!Number.isInteger(n) || n < 0) throw new ValueError(`palette length must be a non-negative integer, got ${n}`)
  const rgba = palette.map(parseHex)
  return Array.from({ length: n }, (_, i) => {
    const at = n === 1 ? 0 : (i * (palette.length - 1)) / (n - 1)
    const lo = Math.floor(at), hi = Math.min(lo + 1, palette.length - 1), t = at - lo
    const mix = rgba[lo]!.map((c, k) => Math.round(c + (rgba[hi]![k]! - c) * t))
    return toHex(mix)
  })
}

function parseHex(color: string): number[] {
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(color)
  if (m == null) throw new ValueError(`interpPalette needs #rrggbb or #rrggbbaa colors, got '${color}'`)
  const v = parseInt(m[1]!, 16)
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255, m[2] != null ? parseInt(m[2], 16) : 255]
}

function toHex([r, g, b, a]: number[]): string {
  const hex = (c: number) => c.toString(16).padStart(2, "0")
  return `#${hex(r!)}${hex(g!)}${hex(b!)}${a === 255 ? "" : hex(a!)}`
}

export const magma = (n: number): string[] => linearPalette(generated.Magma256, n)
export const inferno = (n: number): string[] => linearPalette(generated.Inferno256, n)
export const plasma = (n: number): string[] => linearPalette(generated.Plasma256, n)
export const viridis = (n: number): string[] => linearPalette(generated.Viridis256, n)
export const cividis = (n: number): string[] => linearPalette(generated.Cividis256, n)
export const turbo = (n: number): string[] => linearPalette(generated.Turbo256, n)
export const grey = (n: number): string[] => linearPalette(generated.Greys256, n)

export type { Palette }
