// Resolved per-class property tables, built lazily from the generated catalog: the whole
// inheritance chain flattened once, so a property lookup is one Map access.
import type { AliasDef, ModelDef, PropDef } from "./catalog_types.ts"
import { catalog } from "../generated/catalog.ts"
import type { Kind } from "../kinds/kind.ts"
import { STRICT } from "../kinds/strict.ts"
import { RULES, type PropertyRule } from "./overlay.ts"

export interface PropSchema {
  readonly name: string // wire (snake_case) name
  readonly camel: string // TypeScript accessor name
  readonly kind: Kind
  readonly hasDefault: boolean
  readonly defaultRep: unknown
  readonly readonly: boolean
  // the default holds a model: every instance needs its own, and it is always serialized so
  // that client and server agree on its id (Python's "unstable" defaults)
  readonly unstable: boolean
  // a hand-written rule (overlay.ts) BokehJS applies in code
  readonly rule?: PropertyRule
}

export interface ModelSchema {
  readonly name: string
  readonly base: ModelSchema | null
  readonly abstract: boolean
  readonly props: ReadonlyMap<string, PropSchema>
  readonly aliases: ReadonlyMap<string, string>
  // accessor (camelCase) and wire names → wire name
  readonly lookup: ReadonlyMap<string, string>
  readonly ancestors: ReadonlySet<string>
}

const defs = new Map<string, ModelDef>(catalog.map((def) => [def.name, def]))
const schemas = new Map<string, ModelSchema>()

export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

export function hasModelDef(name: string): boolean {
  return defs.has(name)
}

export function allModelNames(): string[] {
  return [...defs.keys()]
}

export function schemaOf(name: string): ModelSchema {
  let schema = schemas.get(name)
  if (schema == null) {
    const def = defs.get(name)
    if (def == null) throw new Error(`unknown model type '${name}'`)
    schema = build(def)
    schemas.set(name, schema)
  }
  return schema
}

export function isSubtype(name: string, base: string): boolean {
  return name === base || (defs.has(name) && schemaOf(name).ancestors.has(base))
}

function isAlias(prop: PropDef | AliasDef): prop is AliasDef {
  return "alias" in prop
}

function containsModelTemplate(rep: unknown): boolean {
  if (Array.isArray(rep)) return rep.some(containsModelTemplate)
  if (rep != null && typeof rep === "object") {
    if ((rep as { type?: unknown }).type === "object") return true
    return Object.values(rep).some(containsModelTemplate)
  }
  return false
}

function build(def: ModelDef): ModelSchema {
  const base = def.base == null ? null : schemaOf(def.base)
  const props = new Map<string, PropSchema>(base?.props ?? [])
  const aliases = new Map<string, string>(base?.aliases ?? [])
  for (const [name, prop] of Object.entries(def.props)) {
    if (isAlias(prop)) {
      aliases.set(name, prop.alias)
      continue
    }
    props.set(name, {
      name,
      camel: camelCase(name),
      kind: prop.kind,
      hasDefault: "default" in prop,
      defaultRep: prop.default,
      readonly: prop.readonly === true,
      unstable: containsModelTemplate(prop.default),
    })
  }
  for (const [name, rep] of Object.entries(def.overrides ?? {})) {
    const prop = props.get(name)
    if (prop == null) continue
    props.set(name, { ...prop, hasDefault: true, defaultRep: rep, unstable: containsModelTemplate(rep) })
  }
  // Python-strict kinds where BokehJS is loose (Slider.value is a number, not Any)
  for (const [key, kind] of Object.entries(STRICT)) {
    const [model, name] = key.split(".") as [string, string]
    const prop = props.get(name)
    if (model === def.name && prop != null) props.set(name, { ...prop, kind })
  }
  for (const [key, rule] of Object.entries(RULES)) {
    const [model, name] = key.split(".") as [string, string]
    const prop = props.get(name)
    if (prop != null && (model === def.name || base?.ancestors.has(model) || base?.name === model)) props.set(name, { ...prop, rule })
  }
  const lookup = new Map<string, string>()
  for (const prop of props.values()) {
    lookup.set(prop.name, prop.name)
    lookup.set(prop.camel, prop.name)
  }
  for (const [alias, target] of aliases) {
    lookup.set(alias, target)
    lookup.set(camelCase(alias), target)
  }
  const ancestors = new Set<string>(base?.ancestors ?? [])
  if (base != null) ancestors.add(base.name)
  return { name: def.name, base, abstract: def.abstract === true, props, aliases, lookup, ancestors }
}
