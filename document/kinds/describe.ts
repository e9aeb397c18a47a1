// Python-flavoured rendering for validation messages: kind names as Python Bokeh prints its
// properties, values as Python's repr()/str() and type(value).__name__ would show them.
import type { Kind } from "./kind.ts"
import { pyRepr, shortName } from "../util/python.ts"

export { isPlainObject } from "../util/plain.ts"
export { niceJoin, pyNumber, pyRepr, pyStr, pyTypeName, shortName, type ModelNames } from "../util/python.ts"

const ENUM_SHOWN = 10

export function describeKind(kind: Kind): string {
  switch (kind.type) {
    case "Any": case "Unknown": return "Any"
    case "Str": case "CSSLength": return "String"
    case "AnyRef": return "Instance(Model)"
    case "Bool": case "Float": case "Int": case "Percent": case "Null": case "Bytes": case "Date":
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
