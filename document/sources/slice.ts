// Python-style slices (as used in ColumnDataSource patches) and the small amount of Python
// value formatting that the normative error messages of spec §11.2 need.

import { isNDArray, isTypedArray } from "../ndarray.ts"
import { pyQuote } from "../errors.ts"

// A slice as it travels in a ColumnsPatched event: `{"type":"slice","start":…,"stop":…,"step":…}`.
// `null` means "not given" (Python `None`).
export class Slice {
  constructor(
    readonly start: number | null = null,
    readonly stop: number | null = null,
    readonly step: number | null = null,
  ) {}

  // Python form, e.g. `slice(10, 1, None)`.
  toString(): string {
    return `slice(${pyBound(this.start)}, ${pyBound(this.stop)}, ${pyBound(this.step)})`
  }

  // The defaults a patch uses (and BokehJS's `slice()`): start 0, stop `length`, step 1.
  // No clamping and no negative-index wrapping: patch validation rejects those cases first.
  resolve(length: number): ResolvedSlice {
    const start = this.start ?? 0
    const stop = this.stop ?? length
    const step = this.step ?? 1
    return { start, stop, step, count: sliceCount(start, stop, step) }
  }
}

export type ResolvedSlice = { readonly start: number, readonly stop: number, readonly step: number, readonly count: number }

// Number of positions start, start+step, … that are < stop (step > 0).
export function sliceCount(start: number, stop: number, step: number): number {
  return stop > start ? Math.ceil((stop - start) / step) : 0
}

export function isSlice(value: unknown): value is Slice {
  return value instanceof Slice
}

function pyBound(value: number | null): string {
  return value == null ? "None" : pyRepr(value)
}

// ---------------------------------------------------------------------------------------------
// Python formatting helpers

// `str(x)` in Python: strings print bare, everything else as its repr.
export function pyStr(value: unknown): string {
  return typeof value === "string" ? value : pyRepr(value)
}

// An approximation of Python's `repr(x)` for the values that can reach our error messages.
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return "None"
  switch (typeof value) {
    case "boolean": return value ? "True" : "False"
    case "number": return pyNumber(value)
    case "bigint": return value.toString()
    case "string": return pyQuote(value)
  }
  if (value instanceof Slice) return value.toString()
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`
  if (isTypedArray(value)) return `array(${pyRepr(Array.from(value))})`
  if (isNDArray(value)) {
    return `array(${pyRepr(Array.from(value.array as ArrayLike<unknown>))}, shape=${pyTuple(value.shape)})`
  }
  if (value instanceof Map) {
    return `{${Array.from(value, ([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(", ")}}`
  }
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value)
    if (proto === Object.prototype || proto === null) {
      return `{${Object.entries(value).map(([k, v]) => `${pyQuote(k)}: ${pyRepr(v)}`).join(", ")}}`
    }
  }
  return String(value)
}

export function pyNumber(value: number): string {
  if (Number.isNaN(value)) return "nan"
  if (value === Infinity) return "inf"
  if (value === -Infinity) return "-inf"
  return String(value)
}

// A Python tuple of numbers: `()`, `(3,)`, `(2, 3)`.
export function pyTuple(items: readonly number[]): string {
  return items.length === 1 ? `(${pyNumber(items[0]!)},)` : `(${items.map(pyNumber).join(", ")})`
}

// Python's string ordering: by code point (JS `<` compares UTF-16 code units, which differs
// for astral characters against U+E000..U+FFFF).
export function pyCompare(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i)!
    const cb = b.codePointAt(j)!
    if (ca !== cb) return ca < cb ? -1 : 1
    i += ca > 0xffff ? 2 : 1
    j += cb > 0xffff ? 2 : 1
  }
  return (a.length - i) - (b.length - j)
}

export function pySorted(items: Iterable<string>): string[] {
  return Array.from(items).sort(pyCompare)
}
