// Python-flavoured rendering for validation messages: kind names as Python Bokeh prints its
// properties, values as Python's repr()/str() and type(value).__name__ would show them.
import type { Kind } from "./kind.ts"
import { isNDArray, isTypedArray } from "../ndarray.ts"

// The part of RefCheck that rendering needs (validate.ts re-exports the full interface).
export interface ModelNames {
  modelName(value: unknown): string | null
}

const ENUM_SHOWN = 10
const ITEMS_SHOWN = 20
const STRING_SHOWN = 200
const REPR_LIMIT = 500
const DEPTH_LIMIT = 4

export function describeKind(kind: Kind): string {
  switch (kind.type) {
    case "Any": case "Unknown": return "Any"
    case "Str": case "CSSLength": return "String"
    case "AnyRef": return "Instance(Model)"
    case "Bool": case "Float": case "Int": case "Percent": case "Null": case "Bytes":
    case "Color": case "Node": case "Func":
      return kind.type
    case "PrefixedStr": return `PrefixedStr(${pyRepr(kind.prefix)})`
    case "Regex": return `Regex(${pyRepr(kind.pattern)})`
    case "Enum": {
      const shown = kind.values.slice(0, ENUM_SHOWN).map((v) => pyRepr(v))
      if (kind.values.length > ENUM_SHOWN) shown.push("...")
      return `Enum(${shown.join(", ")})`
    }
    case "Nullable": case "NonNegative": case "Positive": return `${kind.type}(${describeKind(kind.base)})`
    case "Opt": return `Optional(${describeKind(kind.base)})`
    case "Or": return `Either(${kind.types.map(describeKind).join(", ")})`
    case "And": case "Tuple": return `${kind.type}(${kind.types.map(describeKind).join(", ")})`
    case "List": case "Set": return `${kind.type}(${describeKind(kind.item)})`
    case "NonEmptyList": return `NonEmpty(List(${describeKind(kind.item)}))`
    case "Arrayable": case "Iterable": return `Seq(${describeKind(kind.item)})`
    case "Dict": return `Dict(String, ${describeKind(kind.item)})`
    case "KeyVal": case "Mapping": return `Dict(${describeKind(kind.key)}, ${describeKind(kind.item)})`
    case "Struct": case "PartialStruct": {
      const fields = Object.entries(kind.fields).map(([k, v]) => `${k}=${describeKind(v)}`)
      return `${kind.type}(${fields.join(", ")})`
    }
    case "Ref": return `Instance(${shortName(kind.model)})`
    case "Spec": return kind.spec
  }
}

// Python's nice_join: "a, b or c".
export function niceJoin(items: readonly string[], conjunction = "or"): string {
  if (items.length <= 1) return items.join(", ")
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`
}

// The unqualified class name, as Python's type(value).__name__ prints it.
export function shortName(qualified: string): string {
  const dot = qualified.lastIndexOf(".")
  return dot === -1 ? qualified : qualified.slice(dot + 1)
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
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
    case "string": return quote(value)
    case "number": return pyNumber(value)
    case "boolean": return value ? "True" : "False"
    case "undefined": return "None"
    case "bigint": return value.toString()
    case "function": return `<function ${value.name || "<anonymous>"}>`
    case "symbol": return value.toString()
  }
  if (value === null) return "None"
  const model = refs?.modelName(value)
  if (model != null) {
    const id = (value as { id?: unknown }).id
    return `${shortName(model)}(id=${typeof id === "string" ? quote(id) : "?"}, ...)`
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
    return `{${items(keys, keys.length, (k: string) => `${quote(k)}: ${inner(value[k])}`)}}`
  }
  if (value instanceof ArrayBuffer) return bytesRepr(new Uint8Array(value))
  if (value instanceof Date) return `datetime(${quote(isNaN(value.getTime()) ? "NaT" : value.toISOString())})`
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
function quote(text: string): string {
  const shown = text.length > STRING_SHOWN ? `${text.slice(0, STRING_SHOWN)}...` : text
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
