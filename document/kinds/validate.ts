// Property validation against Kind descriptors, with Python Bokeh's messages.
// Two passes: a compiled boolean predicate (cached per Kind object, allocation-free, so big
// arrays validate quickly), and only when that fails, `explain` builds the message.
import type { Kind } from "./kind.ts"
import { isColor } from "./color.ts"
import { describeKind, isPlainObject, niceJoin, pyRepr, pyStr, pyTypeName, shortName } from "./describe.ts"
import { isNDArray, isTypedArray } from "../ndarray.ts"
import { validateSpec } from "./specs.ts"

export { describeKind, pyRepr, pyTypeName } from "./describe.ts"

export interface RefCheck {
  // qualified model class name, or null if value is not a model
  modelName(value: unknown): string | null
  isSubtype(name: string, base: string): boolean
}

type Pred = (value: unknown, refs: RefCheck) => boolean

const NO_REFS: RefCheck = { modelName: () => null, isSubtype: () => false }

export function validate(kind: Kind, value: unknown, refs: RefCheck): string | null {
  if (kind.type === "Spec") return validateSpec(kind.spec, value, refs)
  return predicate(kind)(value, refs) ? null : explain(kind, value, refs)
}

export function isValid(kind: Kind, value: unknown, refs: RefCheck): boolean {
  return predicate(kind)(value, refs)
}

const compiled = new WeakMap<Kind, Pred>()

function predicate(kind: Kind): Pred {
  let pred = compiled.get(kind)
  if (pred === undefined) {
    pred = compile(kind)
    compiled.set(kind, pred)
  }
  return pred
}

// Python quirk: bool is an int, so Float and Int accept booleans.
const isFloat = (v: unknown): boolean => typeof v === "number" || typeof v === "boolean"
const isInt = (v: unknown): boolean => typeof v === "boolean" || Number.isInteger(v)
const isString = (v: unknown): boolean => typeof v === "string"

// Plain-object keys are strings; a numeric key kind (Mapping(Int, …)) matches "1" as 1.
const NUMERIC_KEY = /^-?\d+(?:\.\d+)?$/

function compile(kind: Kind): Pred {
  switch (kind.type) {
    case "Any": case "Unknown": return ACCEPT_ALL
    case "Bool": return (v) => typeof v === "boolean"
    case "Float": return isFloat
    case "Int": return isInt
    case "Percent": return (v) => isFloat(v) && Number(v) >= 0 && Number(v) <= 1
    case "Str": case "CSSLength": return isString
    case "Null": return (v) => v === null
    case "Bytes": return (v) => v instanceof Uint8Array || v instanceof ArrayBuffer
    case "Date": return (v) => v instanceof Date && !Number.isNaN(v.getTime())
    case "Color": return isColor
    // nothing on the server can hold a JS function or a DOM node
    case "Node": case "Func": return () => false
    case "AnyRef": return (v, refs) => refs.modelName(v) != null
    case "PrefixedStr": {
      const { prefix } = kind
      return (v) => typeof v === "string" && v.startsWith(prefix)
    }
    case "Regex": {
      const re = regex(kind.pattern, kind.flags)
      return (v) => typeof v === "string" && re.test(v)
    }
    case "Enum": {
      const values = new Set<unknown>(kind.values)
      return (v) => values.has(v)
    }
    case "Nullable": {
      const base = predicate(kind.base)
      return (v, refs) => v === null || base(v, refs)
    }
    case "Opt": {
      const base = predicate(kind.base)
      return (v, refs) => v === undefined || base(v, refs)
    }
    case "NonNegative": {
      const base = predicate(kind.base)
      return (v, refs) => base(v, refs) && Number(v) >= 0
    }
    case "Positive": {
      const base = predicate(kind.base)
      return (v, refs) => base(v, refs) && Number(v) > 0
    }
    case "Or": {
      const preds = kind.types.map(predicate)
      return (v, refs) => preds.some((p) => p(v, refs))
    }
    case "And": {
      const preds = kind.types.map(predicate)
      return (v, refs) => preds.every((p) => p(v, refs))
    }
    case "Tuple": {
      const preds = kind.types.map(predicate)
      const optional = kind.types.map((t) => t.type === "Opt")
      return (v, refs) => {
        if (!Array.isArray(v) || v.length > preds.length) return false
        for (let i = 0; i < preds.length; i++) {
          if (i >= v.length ? !optional[i] : !preds[i]!(v[i], refs)) return false
        }
        return true
      }
    }
    case "List": {
      const item = predicate(kind.item)
      return (v, refs) => Array.isArray(v) && everyItem(v, item, refs)
    }
    case "NonEmptyList": {
      const item = predicate(kind.item)
      return (v, refs) => Array.isArray(v) && v.length > 0 && everyItem(v, item, refs)
    }
    case "Arrayable": case "Iterable": {
      const item = predicate(kind.item)
      // typed arrays are only checked for element type, never element by element
      // (a bool item kind takes them too: bool ndarrays arrive as Uint8Array)
      const numeric = item(0, NO_REFS) || item(true, NO_REFS)
      const iterable = kind.type === "Iterable"
      return (v, refs) => {
        if (Array.isArray(v)) return everyItem(v, item, refs)
        if (isTypedArray(v)) return numeric
        if (isNDArray(v)) return isTypedArray(v.array) ? numeric : everyItem(v.array, item, refs)
        if (iterable && v instanceof Set) return everyIn(v, item, refs)
        return false
      }
    }
    case "Set": {
      const item = predicate(kind.item)
      return (v, refs) => v instanceof Set ? everyIn(v, item, refs) : Array.isArray(v) && everyItem(v, item, refs)
    }
    case "Dict": return mapping(isString, predicate(kind.item))
    case "KeyVal": case "Mapping": return mapping(predicate(kind.key), predicate(kind.item))
    case "Struct": case "PartialStruct": {
      const fields = Object.entries(kind.fields).map(([name, k]) => ({ name, pred: predicate(k), opt: k.type === "Opt" }))
      const partial = kind.type === "PartialStruct"
      const known = kind.fields
      return (v, refs) => {
        if (!isPlainObject(v)) return false
        for (const key in v) if (!Object.hasOwn(known, key)) return false
        for (const { name, pred, opt } of fields) {
          const item = v[name]
          if (item === undefined ? !(partial || opt) : !pred(item, refs)) return false
        }
        return true
      }
    }
    case "Ref": {
      const { model } = kind
      return (v, refs) => isModelOf(v, model, refs)
    }
    case "Spec": {
      const { spec } = kind
      return (v, refs) => validateSpec(spec, v, refs) === null
    }
  }
}

function regex(pattern: string, flags: string): RegExp {
  // test() with g/y is stateful; validation must not be
  return new RegExp(pattern, flags.replace(/[gy]/g, ""))
}

// Accepts anything; containers of it need no walk (a million-row list column of Any).
const ACCEPT_ALL: Pred = () => true

function everyItem(items: readonly unknown[], item: Pred, refs: RefCheck): boolean {
  if (item === ACCEPT_ALL) return true
  for (let i = 0; i < items.length; i++) if (!item(items[i], refs)) return false
  return true
}

function everyIn(items: Iterable<unknown>, item: Pred, refs: RefCheck): boolean {
  if (item === ACCEPT_ALL) return true
  for (const x of items) if (!item(x, refs)) return false
  return true
}

function keyOk(key: Pred, k: unknown, refs: RefCheck): boolean {
  return key(k, refs) || (typeof k === "string" && NUMERIC_KEY.test(k) && key(Number(k), refs))
}

function mapping(key: Pred, item: Pred): Pred {
  return (v, refs) => {
    if (v instanceof Map) {
      for (const [k, x] of v) if (!key(k, refs) || !item(x, refs)) return false
      return true
    }
    if (!isPlainObject(v)) return false
    for (const k in v) if (!keyOk(key, k, refs) || !item(v[k], refs)) return false
    return true
  }
}

function isModelOf(value: unknown, model: string, refs: RefCheck): boolean {
  const name = refs.modelName(value)
  return name != null && (name === model || refs.isSubtype(name, model))
}

// --- messages --------------------------------------------------------------------------------

function primitive(expected: string, value: unknown, refs: RefCheck): string {
  return `expected a value of type ${expected}, got ${pyStr(value, refs)} of type ${pyTypeName(value, refs)}`
}

export function instanceMessage(model: string, value: unknown, refs: RefCheck): string {
  // Python prints str(value) here, not repr()
  return `expected an instance of type ${shortName(model)}, got ${pyStr(value, refs)} of type ${pyTypeName(value, refs)}`
}

export const COLOR_EXPECTED =
  "expected a color (named CSS color, #RRGGBB[AA], #RGB[A], rgb()/rgba()/hsl()/hsla() string, or an (r, g, b[, a]) tuple)"

// The detail text for a value that `kind` rejects.
function explain(kind: Kind, value: unknown, refs: RefCheck): string {
  const got = () => pyRepr(value, refs)
  switch (kind.type) {
    case "Any": case "Unknown": return `unexpected value ${got()}`
    case "Float": return primitive("Real", value, refs)
    case "Int": return primitive("Integral", value, refs)
    case "Str": case "CSSLength": return primitive("str", value, refs)
    case "Bool": return primitive("bool or bool_", value, refs)
    case "Bytes": return primitive("bytes", value, refs)
    case "Date": return primitive("Date", value, refs)
    case "Null": return `expected None, got ${got()}`
    case "Percent":
      return isFloat(value) ? `expected a value in range [0, 1], got ${got()}` : primitive("Real", value, refs)
    case "NonNegative": case "Positive": {
      if (!isValid(kind.base, value, refs)) return explain(kind.base, value, refs)
      return `expected a ${kind.type === "Positive" ? "positive" : "non-negative"} number, got ${got()}`
    }
    case "Nullable": return `expected either None or a value of type ${describeKind(kind.base)}, got ${got()}`
    case "Opt": return explain(kind.base, value, refs)
    case "Enum": return `invalid value: ${got()}; allowed values are ${niceJoin(kind.values.map(String))}`
    case "Or": return `expected an element of either ${niceJoin(kind.types.map(describeKind))}, got ${got()}`
    case "Color": return `${COLOR_EXPECTED}, got ${got()}`
    case "Ref": return instanceMessage(kind.model, value, refs)
    case "AnyRef": return instanceMessage("Model", value, refs)
    case "PrefixedStr":
      if (typeof value !== "string") return primitive("str", value, refs)
      return `expected a string starting with ${pyRepr(kind.prefix)}, got ${got()}`
    case "Regex":
      if (typeof value !== "string") return primitive("str", value, refs)
      return `expected a string matching ${pyRepr(kind.pattern)} pattern, got ${got()}`
    case "Func": return `a JavaScript function cannot be held by a server-side document, got ${got()}`
    case "Node": return `a DOM node cannot be held by a server-side document, got ${got()}`
    case "Spec": return validateSpec(kind.spec, value, refs) ?? `expected an element of ${kind.spec}, got ${got()}`
    default: return `expected an element of ${describeKind(kind)}, got ${got()}${containerDetail(kind, value, refs)}`
  }
}

// Which part of a container failed: ": item 1: …", ": key 'a': …", ": missing field 'end'".
function containerDetail(kind: Kind, value: unknown, refs: RefCheck): string {
  switch (kind.type) {
    case "List": case "NonEmptyList": case "Arrayable": case "Iterable": case "Set": {
      const items = Array.isArray(value) ? value : value instanceof Set ? [...value] : null
      return items == null ? "" : itemDetail(items, () => kind.item, refs)
    }
    case "Tuple": {
      if (!Array.isArray(value)) return ""
      if (value.length > kind.types.length) return `: expected at most ${kind.types.length} items, got ${value.length}`
      for (let i = value.length; i < kind.types.length; i++) {
        if (kind.types[i]!.type !== "Opt") return `: item ${i} is missing`
      }
      return itemDetail(value, (i) => kind.types[i]!, refs)
    }
    case "Dict": case "KeyVal": case "Mapping": {
      const key: Kind = kind.type === "KeyVal" || kind.type === "Mapping" ? kind.key : { type: "Str" }
      const entries = value instanceof Map ? value.entries() : isPlainObject(value) ? Object.entries(value) : null
      if (entries == null) return ""
      const keyPred = predicate(key)
      for (const [k, x] of entries) {
        if (value instanceof Map ? !keyPred(k, refs) : !keyOk(keyPred, k, refs)) {
          return `: invalid key ${pyRepr(k, refs)}: ${explain(key, k, refs)}`
        }
        if (!isValid(kind.item, x, refs)) return `: key ${pyRepr(k, refs)}: ${explain(kind.item, x, refs)}`
      }
      return ""
    }
    case "Struct": case "PartialStruct": {
      if (!isPlainObject(value)) return ""
      for (const key in value) if (!Object.hasOwn(kind.fields, key)) return `: unexpected field ${pyRepr(key)}`
      for (const [name, field] of Object.entries(kind.fields)) {
        const item = value[name]
        if (item === undefined) {
          if (kind.type === "Struct" && field.type !== "Opt") return `: missing field ${pyRepr(name)}`
        } else if (!isValid(field, item, refs)) {
          return `: field ${pyRepr(name)}: ${explain(field, item, refs)}`
        }
      }
      return ""
    }
    default: return ""
  }
}

function itemDetail(items: readonly unknown[], kindAt: (i: number) => Kind, refs: RefCheck): string {
  for (let i = 0; i < items.length; i++) {
    const k = kindAt(i)
    if (!isValid(k, items[i], refs)) return `: item ${i}: ${explain(k, items[i], refs)}`
  }
  return ""
}
