// Reads the model registry of the real BokehJS (loaded in-process by the oracle) into plain
// catalog data: classes, own properties with kind descriptors, defaults and named enums.
// Everything BokehJS-shaped is typed `any` here on purpose: this is the only place that sees it.
import type { EnumValue, Kind } from "../kinds/kind.ts"
import type { AliasDef, DefaultRep, ModelDef, PropDef } from "../model/catalog_types.ts"
import type { BokehGlobal } from "../oracle/bokehjs.ts"

export interface EnumDef {
  readonly name: string
  readonly values: readonly EnumValue[]
  // other names core/enums exports for the very same enum object
  readonly aliases: readonly string[]
}

export interface Introspection {
  readonly version: string
  readonly models: readonly ModelDef[]
  readonly registered: readonly string[]
  readonly enums: readonly EnumDef[]
  // things that could not be represented exactly, for the generator's report
  readonly notes: readonly string[]
}

type Cls = any
type Entry = { type: any; default_value: (obj: any) => unknown; options: { internal?: boolean; readonly?: boolean } }

export function introspect(Bokeh: BokehGlobal): Introspection {
  const k = Bokeh.require("core/kinds")
  const p = Bokeh.require("core/properties")
  const { HasProps } = Bokeh.require("core/has_props")
  const { Serializer } = Bokeh.require("core/serialization")
  const known: Map<string, Cls> = Bokeh.require("base").default_resolver._known_models
  const notes = new Set<string>()

  // ---- classes: registered models plus every base in their prototype chains
  const order: Cls[] = []
  const included = new Set<Cls>()
  const parentOf = (cls: Cls): Cls | null => {
    const parent = Object.getPrototypeOf(cls)
    return parent === HasProps ? null : parent
  }
  const include = (cls: Cls): void => {
    if (included.has(cls)) return
    const parent = parentOf(cls)
    if (parent != null) include(parent)
    included.add(cls)
    order.push(cls)
  }
  for (const cls of known.values()) include(cls)
  const registered = new Set<Cls>(known.values())
  const names = nameClasses(order, registered, parentOf, notes)

  // ---- enums: every Enum kind exported by core/enums; one object may carry several names
  const enumNames = new Map<any, string[]>()
  const enumsModule = Bokeh.require("core/enums")
  for (const name of Object.keys(enumsModule).sort()) {
    const value = enumsModule[name]
    if (!(value instanceof k.Kinds.Enum)) continue
    enumNames.set(value, [...(enumNames.get(value) ?? []), name])
  }
  const enums: EnumDef[] = [...enumNames].map(([kind, [name, ...aliases]]) => ({ name: name!, values: [...kind.values], aliases }))
  enums.sort((a, b) => a.name < b.name ? -1 : 1)
  const enumName = (kind: any): string | undefined => {
    const direct = enumNames.get(kind)
    if (direct != null) return direct[0]
    // not the exported object itself: accept an exact match on the values, if unambiguous
    const values: EnumValue[] = [...kind.values]
    const ordered = enums.filter((e) => sameList(e.values, values))
    if (ordered.length == 1) return ordered[0]!.name
    const unordered = enums.filter((e) => sameSet(e.values, values))
    return unordered.length == 1 ? unordered[0]!.name : undefined
  }

  // ---- kinds
  const K = k.Kinds
  const isDomNode = (t: any) => t === globalThis.Node || t?.prototype instanceof (globalThis as any).Node
  const convert = (kind: any, where: string): Kind => {
    const c = kind.constructor
    switch (c) {
      case K.Any: return { type: "Any" }
      case K.Unknown: return { type: "Unknown" }
      case K.Bool: return { type: "Bool" }
      case K.Float: return { type: "Float" }
      case K.Int: return { type: "Int" }
      case K.Percent: return { type: "Percent" }
      case K.Str: return { type: "Str" }
      case K.Null: return { type: "Null" }
      case K.Bytes: return { type: "Bytes" }
      case K.Color: return { type: "Color" }
      case K.CSSLength: return { type: "CSSLength" }
      case K.Node: return { type: "Node" }
      case K.Func: return { type: "Func" }
      case K.AnyRef: return { type: "AnyRef" }
      case K.PrefixedStr: return { type: "PrefixedStr", prefix: kind.prefix }
      case K.Regex: return { type: "Regex", pattern: kind.regex.source, flags: kind.regex.flags }
      case K.Enum: {
        const name = enumName(kind)
        return name != null ? { type: "Enum", name, values: [...kind.values] } : { type: "Enum", values: [...kind.values] }
      }
      case K.Nullable: case K.Opt: case K.NonNegative: case K.Positive:
        return { type: c.name, base: convert(kind.base_type, where) }
      case K.Or: case K.Tuple: case K.And:
        return { type: c.name, types: kind.types.map((t: any) => convert(t, where)) }
      case K.List: case K.NonEmptyList: case K.Arrayable: case K.Iterable: case K.Set: case K.Dict:
        return { type: c.name, item: convert(kind.item_type, where) }
      case K.KeyVal: case K.Mapping:
        return { type: c.name, key: convert(kind.key_type, where), item: convert(kind.item_type, where) }
      case K.Struct: case K.PartialStruct: {
        const fields: Record<string, Kind> = {}
        for (const [key, t] of Object.entries(kind.struct_type)) fields[key] = convert(t, where)
        return { type: c.name, fields }
      }
      case K.Ref: {
        const target = kind.obj_type
        const model = names.get(target)
        if (model != null) return { type: "Ref", model }
        // non-model references that syncable properties use
        if (target === HasProps) return { type: "Ref", model: "Model" }
        if (isDomNode(target)) return { type: "Node" }
        if (target === Date) return { type: "Date" }
        throw new Error(`${where}: Ref to unknown class ${target?.name}`)
      }
    }
    throw new Error(`${where}: unsupported kind ${String(kind)}`)
  }
  const propKind = (entry: Entry, where: string): Kind => {
    const t = entry.type
    if (t instanceof k.Kind) return convert(t, where)
    // Font is a primitive property holding a font name, not a spec
    if (t === p.Font) return { type: "Str" }
    if (t.prototype instanceof p.VectorSpec || t.prototype instanceof p.ScalarSpec) return { type: "Spec", spec: t.name }
    throw new Error(`${where}: unsupported property type ${t?.name}`)
  }

  // ---- defaults, read from instances. Objects are created deferred (id only) and only their
  // properties are initialized: `initialize()` would need browser APIs or required attributes
  // for a few models, and some (RangeTool) adjust nested defaults there from runtime state.
  const instances = new Map<Cls, any>()
  const instanceOf = (cls: Cls): any => {
    let obj = instances.get(cls)
    if (obj === undefined) {
      obj = new cls({ id: "catalog" })
      for (const prop of Object.values<any>(obj.properties)) if (prop.syncable) prop.initialize()
      instances.set(cls, obj)
    }
    return obj
  }
  const serialize = (value: unknown, where: string): DefaultRep => {
    const rep = new Serializer({ include_defaults: false, binary: false }).encode(value)
    return stripIds(JSON.parse(JSON.stringify(rep)), where)
  }
  // the instance to read `cls`'s default for `attr` from: itself if registered, else the first
  // registered descendant sharing that default, else a deferred instance of the class itself
  const holderOf = (cls: Cls, attr: string): any => {
    if (registered.has(cls)) return instanceOf(cls)
    const fn = (cls.prototype._props[attr] as Entry).default_value
    for (const sub of order) {
      if (registered.has(sub) && sub.prototype instanceof cls && sub.prototype._props[attr]?.default_value === fn) return instanceOf(sub)
    }
    return instanceOf(cls)
  }
  const defaultOf = (cls: Cls, attr: string, where: string): { value?: DefaultRep } => {
    const prop = holderOf(cls, attr).properties[attr]
    return prop.is_unset ? {} : { value: serialize(prop.get_value(), where) }
  }

  // ---- own properties and overrides
  const models: ModelDef[] = []
  for (const cls of order) {
    const name = names.get(cls)!
    const parent = parentOf(cls)
    const own: Record<string, Entry> = cls.prototype._props
    const inherited: Record<string, Entry> = parent?.prototype._props ?? {}
    const props: Record<string, PropDef | AliasDef> = {}
    const overrides: Record<string, DefaultRep> = {}
    for (const [attr, entry] of Object.entries(own)) {
      const where = `${name}.${attr}`
      const prev = inherited[attr]
      if (entry.options.internal) continue
      const isOwn = prev == null || prev.options.internal || prev.type !== entry.type || !!prev.options.readonly !== !!entry.options.readonly
      if (entry.type instanceof p.PropertyAlias) {
        if (isOwn) props[attr] = { alias: entry.type.attr }
        continue
      }
      if (isOwn) {
        const def: { kind: Kind; default?: DefaultRep; readonly?: true } = { kind: propKind(entry, where) }
        const d = defaultOf(cls, attr, where)
        if ("value" in d) def.default = d.value
        if (entry.options.readonly) def.readonly = true
        props[attr] = def
      } else if (prev.default_value !== entry.default_value) {
        const d = defaultOf(cls, attr, where)
        if ("value" in d) overrides[attr] = d.value
        else notes.add(`${where}: override makes the property unset; not representable, left out`)
      }
    }
    const def: { -readonly [K in keyof ModelDef]: ModelDef[K] } = { name, base: parent == null ? null : names.get(parent)!, props }
    if (!registered.has(cls)) def.abstract = true
    if (Object.keys(overrides).length > 0) def.overrides = overrides
    models.push(def)
  }

  checkEffectiveDefaults(models, order, registered, instanceOf, serialize, notes)
  return { version: Bokeh.version, models, registered: [...known.keys()], enums, notes: [...notes] }
}

// Catalog names are BokehJS qualified names. One unregistered base shares its name with a
// registered model (the HTML flavour of TextAnnotation); it takes its subclasses' common prefix.
function nameClasses(order: Cls[], registered: Set<Cls>, parentOf: (c: Cls) => Cls | null, notes: Set<string>): Map<Cls, string> {
  const byName = new Map<string, Cls[]>()
  for (const cls of order) byName.set(cls.__qualified__, [...(byName.get(cls.__qualified__) ?? []), cls])
  const names = new Map<Cls, string>()
  for (const [name, classes] of byName) {
    for (const cls of classes) {
      if (classes.length == 1 || registered.has(cls)) {
        names.set(cls, name)
        continue
      }
      const subs = order.filter((c) => parentOf(c) === cls).map((c) => c.__qualified__ as string)
      const prefix = commonPrefix(subs)
      const renamed = prefix + name
      if (prefix === "" || byName.has(renamed)) throw new Error(`cannot disambiguate class name ${name}`)
      notes.add(`unregistered base ${name} (of ${subs.join(", ")}) clashes with a registered model; named ${renamed}`)
      names.set(cls, renamed)
    }
  }
  return names
}

// Defaults that BokehJS computes from the instance (DaysTicker.interval, …) can differ per
// subclass without an `override`; record those as overrides so the catalog stays exact.
function checkEffectiveDefaults(models: ModelDef[], order: Cls[], registered: Set<Cls>,
  instanceOf: (c: Cls) => any, serialize: (v: unknown, w: string) => DefaultRep, notes: Set<string>): void {
  const byName = new Map(models.map((m) => [m.name, m]))
  order.forEach((cls, i) => {
    if (!registered.has(cls)) return
    const model = models[i]!
    const obj = instanceOf(cls)
    for (const prop of Object.values<any>(obj.properties)) {
      if (!prop.syncable) continue
      const attr: string = prop.attr
      let expected: { value?: DefaultRep } | undefined
      for (let m: ModelDef | undefined = model; m != null && expected == null; m = m.base == null ? undefined : byName.get(m.base)) {
        if (m.overrides != null && attr in m.overrides) expected = { value: m.overrides[attr] }
        else if (attr in m.props) {
          const def = m.props[attr] as PropDef
          expected = "default" in def ? { value: def.default } : {}
        }
      }
      if (expected == null) continue
      const actual = prop.is_unset ? {} : { value: serialize(prop.get_value(), `${model.name}.${attr}`) }
      if (JSON.stringify(actual) === JSON.stringify(expected)) continue
      if (!("value" in actual)) {
        notes.add(`${model.name}.${attr}: unset here but inherits a default; not representable`)
        continue
      }
      const overrides = ((model as { overrides?: Record<string, DefaultRep> }).overrides ??= {})
      overrides[attr] = actual.value
      notes.add(`${model.name}.${attr}: default computed from the instance differs from the base's; added as an override`)
    }
  })
}

// Nested models in defaults stand for fresh instances: their ids mean nothing.
function stripIds(rep: any, where: string): any {
  if (Array.isArray(rep)) return rep.map((item) => stripIds(item, where))
  if (rep == null || typeof rep !== "object") return rep
  const keys = Object.keys(rep)
  if (keys.length == 1 && keys[0] === "id") throw new Error(`${where}: default refers to one model twice`)
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(rep)) {
    if (key === "id" && rep.type === "object") continue
    out[key] = stripIds(value, where)
  }
  return out
}

function commonPrefix(names: string[]): string {
  if (names.length == 0) return ""
  let prefix = names[0]!
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}

function sameList(a: readonly EnumValue[], b: readonly EnumValue[]): boolean {
  return a.length == b.length && a.every((v, i) => v === b[i])
}

function sameSet(a: readonly EnumValue[], b: readonly EnumValue[]): boolean {
  const set = new Set(a)
  return a.length == b.length && b.every((v) => set.has(v))
}
