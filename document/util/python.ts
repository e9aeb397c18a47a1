// Python-flavoured rendering of JS values for error messages that must read like upstream's:
// repr(), str(), type(x).__name__, number formatting, "a, b or c" joins, sorted names.
import { isNDArray, isTypedArray } from "../ndarray.ts"
import { isPlainObject } from "./plain.ts"

// Values that know their Python repr (e.g. Slice → "slice(1, None, None)").
export const PY_REPR = Symbol("pyRepr")
export interface PyReprable {
  [PY_REPR](): string
}

// The part of RefCheck that rendering needs: models print as Class(id='…', ...).
export interface ModelNames {
  modelName(value: unknown): string | null
}

const ITEMS_SHOWN = 20
const STRING_SHOWN = 200
const REPR_LIMIT = 500
const DEPTH_LIMIT = 4

export function niceJoin(items: readonly string[], conjunction = "or"): string {
  if (items.length <= 1) return items.join(", ")
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`
}

// The unqualified class name, as Python's type(value).__name__ prints it.
export function shortName(qualified: string): string {
  const dot = qualified.lastIndexOf(".")
  return dot === -1 ? qualified : qualified.slice(dot + 1)
}


export function pyTypeName(value: unknown, refs?: ModelNames): string {
  switch (typeof value) {
    case "string": return "str"
    case "number": return Number.isInteger(value) ? "int" : "float"
    case "boolean": return "bool"
    case "undefined": return "NoneType"
    case "bigint": return "int"
    case "function": return "function"
    case "symbol": return "symbol"
  }
  if (value === null) return "NoneType"
  const model = refs?.modelName(value)
  if (model != null) return shortName(model)
  if (Array.isArray(value)) return "list"
  if (isTypedArray(value) || isNDArray(value)) return "ndarray"
  if (value instanceof Map || isPlainObject(value)) return "dict"
  if (value instanceof Set) return "set"
  if (value instanceof ArrayBuffer) return "bytes"
  if (value instanceof Date) return "datetime"
  return (value as object).constructor?.name ?? "object"
}

// Python's str(): like repr() except that a top-level string is printed bare.
export function pyStr(value: unknown, refs?: ModelNames): string {
  if (typeof value === "string") {
    return value.length > REPR_LIMIT ? `${value.slice(0, REPR_LIMIT)}...` : value
  }
  return pyRepr(value, refs)
}

export function pyRepr(value: unknown, refs?: ModelNames): string {
  const out = repr(value, refs, 0)
  return out.length > REPR_LIMIT ? `${out.slice(0, REPR_LIMIT)}...` : out
}

function repr(value: unknown, refs: ModelNames | undefined, depth: number): string {
  switch (typeof value) {
    case "string": return pyQuote(value, STRING_SHOWN)
    case "number": return pyNumber(value)
    case "boolean": return value ? "True" : "False"
    case "undefined": return "None"
    case "bigint": return value.toString()
    case "function": return `<function ${value.name || "<anonymous>"}>`
    case "symbol": return value.toString()
  }
  if (value === null) return "None"
  if (typeof (value as Partial<PyReprable>)[PY_REPR] === "function") return (value as PyReprable)[PY_REPR]()
  const model = refs?.modelName(value)
  if (model != null) {
    const id = (value as { id?: unknown }).id
    return `${shortName(model)}(id=${typeof id === "string" ? pyQuote(id) : "?"}, ...)`
  }
  if (depth >= DEPTH_LIMIT) return "..."
  const inner = (v: unknown) => repr(v, refs, depth + 1)
  if (Array.isArray(value)) return `[${items(value, value.length, inner)}]`
  if (isTypedArray(value)) return `array([${items(value, value.length, inner)}])`
  if (isNDArray(value)) return `array([${items(value.array, value.array.length, inner)}])`
  if (value instanceof Set) return value.size === 0 ? "set()" : `{${items(value, value.size, inner)}}`
  if (value instanceof Map) {
    return `{${items(value, value.size, ([k, v]: [unknown, unknown]) => `${inner(k)}: ${inner(v)}`)}}`
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
    return `{${items(keys, keys.length, (k: string) => `${pyQuote(k, STRING_SHOWN)}: ${inner(value[k])}`)}}`
  }
  if (value instanceof ArrayBuffer) return bytesRepr(new Uint8Array(value))
  if (value instanceof Date) return `datetime(${pyQuote(isNaN(value.getTime()) ? "NaT" : value.toISOString())})`
  return `<${(value as object).constructor?.name ?? "object"} object>`
}

// The first ITEMS_SHOWN items of a collection, then "...": never walks a big array.
function items<T>(collection: Iterable<T>, size: number, show: (item: T) => string): string {
  const parts: string[] = []
  for (const item of collection) {
    if (parts.length === ITEMS_SHOWN) break
    parts.push(show(item))
  }
  if (size > ITEMS_SHOWN) parts.push("...")
  return parts.join(", ")
}

// Python float/int repr: 1, 1.5, nan, inf, 1e-05.
export function pyNumber(value: number): string {
  if (Number.isNaN(value)) return "nan"
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf"
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString()
  // Python switches to exponent notation below 1e-4 and always prints two exponent digits.
  const text = Math.abs(value) < 1e-4 ? value.toExponential() : String(value)
  return text.replace(/e([+-])(\d)$/, "e$10$2")
}

// Python's repr() of a str: single quotes unless only double quotes avoid escaping.
export function pyQuote(text: string, limit = Infinity): string {
  const shown = text.length > limit ? `${text.slice(0, limit)}...` : text
  const q = shown.includes("'") && !shown.includes('"') ? '"' : "'"
  let out = q
  for (const ch of shown) {
    const code = ch.codePointAt(0)!
    if (ch === "\\") out += "\\\\"
    else if (ch === q) out += `\\${q}`
    else if (ch === "\n") out += "\\n"
    else if (ch === "\r") out += "\\r"
    else if (ch === "\t") out += "\\t"
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`
    else out += ch
  }
  return out + q
}

function bytesRepr(bytes: Uint8Array): string {
  let out = ""
  const n = Math.min(bytes.length, STRING_SHOWN)
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    out += b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`
  }
  return `b'${out}${bytes.length > n ? "..." : ""}'`
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
