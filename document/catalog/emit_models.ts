// Emits document/generated/models.ts: one typed class (and constructor-attributes interface)
// per catalog class, with camelCase accessors over the wire-named properties.
import type { Kind } from "../kinds/kind.ts"
import type { AliasDef, ModelDef, PropDef } from "../model/catalog_types.ts"
import { STRICT } from "../kinds/strict.ts"
import type { Introspection } from "./introspect.ts"
import { header, propertyKey } from "./emit.ts"

// Members of the hand-written base Model (document/model/model.ts) that generated accessors
// must not shadow; an accessor that would gets a trailing "_".
export const RESERVED = new Set([
  "id", "document", "type", "constructor", "toString", "select", "selectOne", "references",
  "onChange", "onEvent", "getv", "setv", "attributes", "properties",
  "schema", "getValue", "setValue", "isSet", "checkValue", "removeOnChange", "removeOnEvent",
  "jsOnChange", "jsOnEvent", "jsLink",
])

// Same rule as the runtime schema (document/model/schema.ts), so accessor names agree.
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

// TypeScript identifier for a catalog name: "bokeh.models.dom.Div" → "dom_Div".
export function classIdent(name: string): string {
  return name.replace(/^bokeh\.models\./, "").replace(/\./g, "_")
}

// Names the generated module itself uses; a model with one of these names would shadow it.
const USED_GLOBALS = ["Readonly", "Record", "ReadonlyMap", "ReadonlySet", "Uint8Array", "ArrayBuffer",
  "TypedArray", "ColorValue", "SpecValue", "BaseModel", "E", "modelClasses", "DictOf", "MapOf", "SetOf", "ArrayableOf"]

export interface EmittedModels {
  readonly text: string
  // accessors renamed to avoid clashing with base-class members, as "Class.wire → accessor"
  readonly collisions: readonly string[]
}

const isAlias = (prop: PropDef | AliasDef): prop is AliasDef => "alias" in prop

export function emitModels(data: Introspection): EmittedModels {
  const defs = new Map(data.models.map((m) => [m.name, m]))
  const idents = new Map<string, string>()
  for (const model of data.models) {
    const ident = classIdent(model.name)
    if ([...idents.values()].includes(ident) || USED_GLOBALS.includes(ident) || defs.has(`${ident}Attrs`)) {
      throw new Error(`class identifier ${ident} (for ${model.name}) is ambiguous`)
    }
    idents.set(model.name, ident)
  }
  const ident = (name: string): string => {
    const id = idents.get(name)
    if (id == null) throw new Error(`reference to unknown model ${name}`)
    return id
  }
  const typeOf = (kind: Kind): string => tsType(kind, ident)
  const readTypeOf = (kind: Kind): string => tsType(kind, ident, "read")
  // the property definition a wire name resolves to, following the inheritance chain
  const lookup = (model: ModelDef, wire: string): PropDef => {
    for (let m: ModelDef | undefined = model; m != null; m = m.base == null ? undefined : defs.get(m.base)) {
      const prop = m.props[wire]
      if (prop != null) return isAlias(prop) ? lookup(model, prop.alias) : prop
    }
    throw new Error(`${model.name}: unknown property ${wire}`)
  }

  const collisions: string[] = []
  const memberNames = new Map<string, Map<string, string>>() // class → accessor → wire name
  const body: string[] = []
  for (const model of data.models) {
    const id = ident(model.name)
    const baseId = model.base == null ? "BaseModel" : ident(model.base)
    const inherited = model.base == null ? new Map<string, string>() : memberNames.get(model.base)!
    const members = new Map(inherited)
    const attrs: string[] = []
    const accessors: string[] = []
    const renamed: string[] = []
    for (const [wire, prop] of Object.entries(model.props)) {
      let name = camelCase(wire)
      const override = inherited.get(name) === wire
      while (RESERVED.has(name) || (members.has(name) && members.get(name) !== wire)) name += "_"
      if (name !== camelCase(wire)) {
        renamed.push(`${wire} → ${name}`)
        collisions.push(`${model.name}.${wire} → ${name}`)
      }
      members.set(name, wire)
      const target = isAlias(prop) ? prop.alias : wire
      const def = lookup(model, target)
      const type = typeOf(def.kind)
      const read = readTypeOf(def.kind)
      const key = propertyKey(name)
      const mod = override ? "override " : ""
      accessors.push(`  ${mod}get ${key}(): ${read} { return this.getv(${JSON.stringify(target)}) as ${paren(read)} }`)
      if (def.readonly) continue
      attrs.push(`  ${key}?: ${type}`)
      accessors.push(`  ${mod}set ${key}(value: ${type}) { this.setv(${JSON.stringify(target)}, value) }`)
    }
    // Python-strict kinds (kinds/strict.ts) narrow inherited Any-typed accessors per class
    for (const [key, kind] of Object.entries(STRICT)) {
      const [owner, wire] = key.split(".") as [string, string]
      if (owner !== model.name) continue
      const name = camelCase(wire)
      const own = wire in model.props
      const type = typeOf(kind)
      const read = readTypeOf(kind)
      const def = lookup(model, wire)
      const mod = own ? "" : "override "
      const at = accessors.findIndex((a) => a.includes(`get ${propertyKey(name)}(`))
      if (at >= 0) accessors.splice(at, def.readonly ? 1 : 2)
      accessors.push(`  ${mod}get ${propertyKey(name)}(): ${read} { return this.getv(${JSON.stringify(wire)}) as ${paren(read)} }`)
      if (def.readonly) continue
      const field = attrs.findIndex((a) => a.startsWith(`  ${propertyKey(name)}?:`))
      if (field >= 0) attrs.splice(field, 1)
      attrs.push(`  ${propertyKey(name)}?: ${type}`)
      accessors.push(`  ${mod}set ${propertyKey(name)}(value: ${type}) { this.setv(${JSON.stringify(wire)}, value) }`)
    }
    memberNames.set(model.name, members)

    body.push("")
    const baseAttrs = model.base == null ? "" : ` extends ${baseId}Attrs`
    body.push(attrs.length == 0 ? `export interface ${id}Attrs${baseAttrs} {}` : `export interface ${id}Attrs${baseAttrs} {`, ...attrs)
    if (attrs.length != 0) body.push("}")
    if (model.abstract) body.push("/** Abstract in BokehJS: not registered, so never created from JSON. */")
    body.push(`export class ${id} extends ${baseId} {`)
    if (renamed.length != 0) body.push(`  // renamed to avoid clashing with base-class members: ${renamed.join(", ")}`)
    body.push(`  static override readonly __name__: string = ${JSON.stringify(model.name)}`)
    body.push(`  constructor(attrs?: ${id}Attrs) { super(attrs) }`)
    body.push(...accessors, "}")
  }

  const text = [
    header(data.version),
    "// Typed classes for every BokehJS model. Accessors are camelCase; getv/setv take wire names.",
    collisions.length == 0
      ? "// No accessor had to be renamed to avoid base-class members."
      : `// Accessors renamed to avoid base-class members: ${collisions.join(", ")}.`,
    `import { Model as BaseModel } from "../model/model.ts"`,
    `import type { ColorValue, SpecValue } from "../kinds/spec_types.ts"`,
    `import type { TypedArray } from "../ndarray.ts"`,
    `import type * as E from "./enums.ts"`,
    "",
    "// Container shapes the accessors accept (plain objects or Maps, arrays or Sets, typed arrays).",
    "export type DictOf<T> = Readonly<Record<string, T>> | ReadonlyMap<string, T>",
    "export type MapOf<K, V> = ReadonlyMap<K, V> | Readonly<Record<string, V>>",
    "export type SetOf<T> = ReadonlySet<T> | readonly T[]",
    "export type ArrayableOf<T> = readonly T[] | TypedArray",
    ...body,
    "",
    "// Every class by its BokehJS name, so the runtime can find a class from a type name.",
    "export const modelClasses = {",
    ...data.models.map((m) => `  ${propertyKey(m.name)}: ${ident(m.name)},`),
    "} as const",
    "",
  ].join("\n")
  return { text, collisions }
}

// ---- kinds as TypeScript types

function paren(type: string): string {
  return /^[\w$.]+(<[^<>]*>)?$/.test(type) ? type : `(${type})`
}

function arrayOf(item: string): string {
  return `readonly ${paren(item)}[]`
}

function union(members: string[]): string {
  const parts: string[] = []
  for (const member of members) for (const part of splitUnion(member)) if (!parts.includes(part)) parts.push(part)
  return parts.includes("unknown") ? "unknown" : parts.join(" | ")
}

// top-level members of a union type string
function splitUnion(type: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < type.length; i++) {
    const c = type[i]!
    if ("([{<".includes(c)) depth++
    else if (")]}>".includes(c)) depth--
    else if (c === "|" && depth == 0) {
      parts.push(type.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(type.slice(start).trim())
  return parts
}

// "write" types accept every shape a setter takes; "read" types are what a getter returns
// (the model stores Set kinds as Sets and Dict kinds as plain objects).
export function tsType(kind: Kind, ident: (model: string) => string, mode: "read" | "write" = "write"): string {
  const t = (k: Kind): string => tsType(k, ident, mode)
  switch (kind.type) {
    case "Any": case "Unknown": case "Node": case "Func": return "unknown"
    case "Bool": return "boolean"
    case "Float": case "Int": case "Percent": return "number"
    case "NonNegative": case "Positive": return t(kind.base)
    case "Str": case "PrefixedStr": case "Regex": case "CSSLength": return "string"
    case "Null": return "null"
    case "Bytes": return mode === "read" ? "ArrayBuffer" : "Uint8Array | ArrayBuffer"
    case "Date": return "Date"
    case "Color": return "ColorValue"
    case "AnyRef": return ident("Model")
    case "Ref": return ident(kind.model)
    case "Enum": return kind.name != null ? `E.${kind.name}` : union(kind.values.map((v) => JSON.stringify(v)))
    case "Nullable": return union([t(kind.base), "null"])
    case "Opt": return union([t(kind.base), "undefined"])
    case "Or": return union(kind.types.map(t))
    case "And": return kind.types.map((k) => paren(t(k))).join(" & ")
    case "Tuple": {
      // trailing Opt elements may be left out: [child, row, col] is a valid GridBox child
      let required = kind.types.length
      while (required > 0 && kind.types[required - 1]!.type === "Opt") required--
      const items = kind.types.map((k, i) => i < required ? t(k) : `${paren(t((k as { base: Kind }).base))}?`)
      return `readonly [${items.join(", ")}]`
    }
    case "List": case "NonEmptyList": case "Iterable": return arrayOf(t(kind.item))
    case "Arrayable": return `ArrayableOf<${t(kind.item)}>`
    case "Set": return mode === "read" ? `ReadonlySet<${t(kind.item)}>` : `SetOf<${t(kind.item)}>`
    // KeyVal keys are strings on the wire whatever their kind
    case "Dict": case "KeyVal": return mode === "read" ? `Readonly<Record<string, ${t(kind.item)}>>` : `DictOf<${t(kind.item)}>`
    case "Mapping": return `MapOf<${t(kind.key)}, ${t(kind.item)}>`
    case "Struct": case "PartialStruct": {
      // Opt fields of a Struct may be left out, like every field of a PartialStruct
      const fields = Object.entries(kind.fields).map(([key, k]) => {
        const opt = kind.type === "PartialStruct" || k.type === "Opt" ? "?" : ""
        return `readonly ${propertyKey(key)}${opt}: ${t(k)}`
      })
      return `{ ${fields.join("; ")} }`
    }
    case "Spec": return `SpecValue<${JSON.stringify(kind.spec)}>`
  }
}
