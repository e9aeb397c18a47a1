// Small helpers shared by the plotting API: names, error wording, structural equality.
import { isModel, NDArray, isTypedArray } from "../document/index.ts"

// "lineColor" → "line_color", "x0" → "x0" (wire names never put "_" before a digit)
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value == null || typeof value !== "object") return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

export function quote(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.length} items]`
  if (isTypedArray(value)) return `${value.constructor.name}(${value.length})`
  if (value instanceof NDArray) return `NDArray(${value.shape.join("×")})`
  if (isModel(value)) return String(value)
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

// "a", "a and b", "a, b and c"
export function niceJoin(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("")
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`
}

function bigrams(s: string): Set<string> {
  const lower = s.toLowerCase()
  return new Set(Array.from({ length: Math.max(0, lower.length - 1) }, (_, i) => lower.slice(i, i + 2)))
}

// Names close to `name` (shared-bigram ratio), best first: "lineColour" suggests "lineColor".
export function similarNames(name: string, candidates: Iterable<string>, limit = 5): string[] {
  const mine = bigrams(name)
  const scored: Array<[string, number]> = []
  for (const candidate of candidates) {
    const theirs = bigrams(candidate)
    if (mine.size === 0 || theirs.size === 0) continue
    let shared = 0
    for (const gram of mine) if (theirs.has(gram)) shared++
    const score = (2 * shared) / (mine.size + theirs.size)
    if (score >= 0.5) scored.push([candidate, score])
  }
  return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([n]) => n)
}

export function unknownOptionMessage(where: string, name: string, known: Iterable<string>): string {
  const similar = similarNames(name, known)
  const hint = similar.length > 0 ? `; did you mean ${niceJoin(similar.map((s) => `'${s}'`), "or")}?` : ""
  return `${where}: unexpected option '${name}'${hint}`
}

// Structural equality for property values: models by identity, containers by content.
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (a == null || b == null || typeof a !== "object" || typeof b !== "object") return false
  if (isModel(a) || isModel(b)) return false
  if (Array.isArray(a) || isTypedArray(a)) {
    if (!(Array.isArray(b) || isTypedArray(b)) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], (b as ArrayLike<unknown>)[i])) return false
    return true
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false
    for (const [k, v] of a) if (!b.has(k) || !deepEqual(v, b.get(k))) return false
    return true
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set && b instanceof Set) || a.size !== b.size) return false
    for (const v of a) if (!b.has(v)) return false
    return true
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  const ka = Object.keys(a), kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  }
  return true
}
