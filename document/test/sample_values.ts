// Deterministic sample values for property kinds: for each Kind a valid value that differs
// from the property's default where the kind allows it. Used by every_property.test.ts to set
// every property of every registered model and compare the result with BokehJS.
import "../model/classes.ts"
import type { Kind } from "../kinds/kind.ts"
import { SPECS, type SpecDef } from "../kinds/specs.ts"
import type { SpecName } from "../kinds/spec_types.ts"
import { validate } from "../kinds/validate.ts"
import { refCheck, type Model } from "../model/model.ts"
import { hasModelClass, modelClass } from "../model/registry.ts"
import { allModelNames, isSubtype, schemaOf } from "../model/schema.ts"
import { isEqual } from "../model/values.ts"

// BokehJS models that cannot be created without arguments; both sides get the same ones.
export const REQUIRED: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  AjaxDataSource: { data_url: "http://127.0.0.1/data" },
  ServerSentDataSource: { data_url: "http://127.0.0.1/data" },
  WebDataSource: { data_url: "http://127.0.0.1/data" },
  GeoJSONDataSource: { geojson: "{}" },
  ImageURLTexture: { url: "http://127.0.0.1/t.png" },
}

// A kind for which no value can be produced (a JS function, a DOM node): an Or tries its
// next member; otherwise the property is left out and reported with `reason`.
export class Unsampleable extends Error {
  constructor(readonly reason: string) {
    super(reason)
  }
}

export interface SampleContext {
  // the property's decoded default (what a fresh instance reads), when it has one
  readonly default?: unknown
  readonly hasDefault?: boolean
  // 0 for the primary sample; higher numbers pick other primitives (used when the primary
  // sample equals the default, and for a second pass with other forms)
  readonly variant?: number
  // "primary": data specs as {field}, scalar specs as plain values, the first fitting Or
  // member, plain objects for mappings. "alternate": data specs as plain values (and
  // {value, units} where units are allowed), scalar specs as {value}, the next Or member,
  // Maps for mappings, typed arrays for numeric arrayables, bytes as a Uint8Array (the
  // primary form gives an ArrayBuffer).
  readonly form?: "primary" | "alternate"
}

// --- models ----------------------------------------------------------------------------------

const registered = (): string[] => allModelNames().filter((n) => !schemaOf(n).abstract && hasModelClass(n))

// a model that has no default for some property is created with unset values: avoid it as a
// nested instance when a subclass with complete defaults exists
function complete(name: string): boolean {
  for (const prop of schemaOf(name).props.values()) {
    if (!prop.hasDefault && !(prop.name in (REQUIRED[name] ?? {}))) return false
  }
  return true
}

// BokehJS registers some bases that Python keeps abstract and that do not work on their own
// (ColumnarDataSource has no `data`): a concrete class stands in for them.
const PREFERRED: Readonly<Record<string, string>> = {
  DataSource: "ColumnDataSource",
  ColumnarDataSource: "ColumnDataSource",
  WebDataSource: "AjaxDataSource",
}

const choices = new Map<string, string | null>()

// The choices made so far (Ref base → class), for reports.
export function refChoices(): ReadonlyMap<string, string | null> {
  return choices
}

// The class instantiated for Ref(base): a PREFERRED stand-in, else base itself when it can be
// created, else the first creatable registered subclass in catalog order (bases before
// subclasses), complete ones first. Cached per base.
export function refChoice(base: string): string | null {
  if (choices.has(base)) return choices.get(base)!
  const candidates = registered().filter((n) => n === base || isSubtype(n, base))
  const creatable = candidates.filter((n) => {
    try {
      create(n)
      return true
    } catch {
      return false
    }
  })
  const preferred = PREFERRED[base]
  const choice = preferred != null && creatable.includes(preferred) ? preferred
    : creatable.includes(base) ? base
    : creatable.find(complete) ?? creatable[0] ?? null
  choices.set(base, choice)
  return choice
}

function create(name: string): Model {
  return new (modelClass(name))(REQUIRED[name] ?? {})
}

// Nested instances below this depth get no values of their own (guards against a cycle of
// required references).
const MAX_DEPTH = 4
let depth = 0

// A fresh instance of the cached choice for `base`. Its own properties keep their defaults;
// only properties without a default (which BokehJS cannot leave unset) get samples, so
// nesting stays shallow.
export function sampleModel(base: string): Model {
  const choice = refChoice(base)
  if (choice == null) throw new Unsampleable(`no creatable subclass of ${base}`)
  const model = create(choice)
  if (depth >= MAX_DEPTH) return model
  depth++
  try {
    for (const prop of model.schema.props.values()) {
      if (prop.hasDefault || model.isSet(prop.name)) continue
      const sample = sampleProperty(prop.kind, { has: false })
      if (sample.ok) model.setValue(prop.name, sample.value, { fromJson: true })
    }
  } finally {
    depth--
  }
  return model
}

// --- primitives ------------------------------------------------------------------------------

const FLOATS = [1.5, 2.5, 3.5, 4.5]
const INTS = [3, 4, 5, 6]
const PERCENTS = [0.25, 0.75, 0.5, 0.125]
const STRINGS = ["sample", "sample2", "sample3", "sample4"]
const COLORS = ["#123456", "#654321", "#abcdef", "#fedcba"]
const CSS_LENGTHS = ["10px", "2em", "50%", "3pt"]

// strings tried against a Regex kind, in order (ISO dates, font sizes, dash patterns, …)
const REGEX_CANDIDATES = [
  "2024-01-02", "2024-01-02T03:04:05Z", "12px", "1.5em", "4 2", "5 3 1", "sample", "10", "", "a",
]

const pick = <T>(values: readonly T[], variant: number): T => values[variant % values.length]!

function differentFrom<T>(values: readonly T[], variant: number, ctx: SampleContext): T {
  for (let i = 0; i < values.length; i++) {
    const v = pick(values, variant + i)
    if (!ctx.hasDefault || !isEqual(v, ctx.default)) return v
  }
  return pick(values, variant)
}

// Models and containers holding models get one item; plain data two.
function holdsModels(kind: Kind): boolean {
  switch (kind.type) {
    case "Ref": case "AnyRef": return true
    case "Nullable": case "Opt": case "NonNegative": case "Positive": return holdsModels(kind.base)
    case "Or": case "Tuple": case "And": return kind.types.some(holdsModels)
    case "List": case "NonEmptyList": case "Arrayable": case "Iterable": case "Set": case "Dict": return holdsModels(kind.item)
    case "KeyVal": case "Mapping": return holdsModels(kind.key) || holdsModels(kind.item)
    case "Struct": case "PartialStruct": return Object.values(kind.fields).some(holdsModels)
    default: return false
  }
}

function isNumeric(kind: Kind): boolean {
  switch (kind.type) {
    case "Float": case "Int": case "Percent": return true
    case "NonNegative": case "Positive": return isNumeric(kind.base)
    default: return false
  }
}

// --- sampling ---------------------------------------------------------------------------------

const sub = (ctx: SampleContext, def?: unknown, hasDefault = def !== undefined): SampleContext =>
  ({ variant: ctx.variant, form: ctx.form, default: def, hasDefault })

function items(kind: Kind, ctx: SampleContext): unknown[] {
  const first = sampleValue(kind, sub(ctx))
  if (holdsModels(kind)) return [first]
  const second = sampleValue(kind, { ...sub(ctx), variant: (ctx.variant ?? 0) + 1 })
  return isEqual(first, second) ? [first] : [first, second]
}

// A key for a mapping kind: as given to a Map (alternate form) or as a plain-object key.
function sampleKey(kind: Kind, ctx: SampleContext): unknown {
  const key = sampleValue(kind, sub(ctx))
  if (ctx.form === "alternate") return key
  if (typeof key === "string" || typeof key === "number") return String(key)
  throw new Unsampleable(`a ${kind.type} key cannot be a plain-object key`)
}

export function sampleValue(kind: Kind, ctx: SampleContext = {}): unknown {
  const variant = ctx.variant ?? 0
  switch (kind.type) {
    case "Any": case "Unknown": return [1, 2 + variant]
    case "Bool": return typeof ctx.default === "boolean" ? !ctx.default : variant % 2 === 0
    case "Float": return differentFrom(FLOATS, variant, ctx)
    case "Int": return differentFrom(INTS, variant, ctx)
    case "Percent": return differentFrom(PERCENTS, variant, ctx)
    case "Str": return differentFrom(STRINGS, variant, ctx)
    case "CSSLength": return differentFrom(CSS_LENGTHS, variant, ctx)
    case "Color": return differentFrom(COLORS, variant, ctx)
    case "Null": return null
    case "Bytes": {
      const bytes = new TextEncoder().encode(pick(STRINGS, variant))
      return ctx.form === "alternate" ? bytes : bytes.buffer
    }
    case "Node": throw new Unsampleable("Node: a DOM node cannot be held by a server-side document")
    case "Func": throw new Unsampleable("Func: a JavaScript function cannot be held by a server-side document")
    case "AnyRef": return sampleModel("Div")
    case "Ref": return sampleModel(kind.model)
    case "PrefixedStr": return differentFrom(STRINGS.map((s) => kind.prefix + s), variant, ctx)
    case "Regex": {
      const re = new RegExp(kind.pattern, kind.flags.replace(/[gy]/g, ""))
      const matching = REGEX_CANDIDATES.filter((s) => re.test(s))
      if (matching.length === 0) throw new Unsampleable(`no known string matches /${kind.pattern}/`)
      return differentFrom(matching, variant, ctx)
    }
    case "Enum": return differentFrom(kind.values, variant, ctx)
    case "Nullable": case "Opt": case "NonNegative": case "Positive":
      return sampleValue(kind.base, ctx)
    case "Or": return sampleOr(kind, kind.types, ctx)
    case "And": {
      // the first member's sample that every member accepts
      for (const t of kind.types) {
        const value = sampleValue(t, ctx)
        if (validate(kind, value, refCheck) == null) return value
      }
      throw new Unsampleable("no member sample satisfies every member of the And")
    }
    case "Tuple": {
      const defaults = Array.isArray(ctx.default) ? ctx.default : []
      // items differ where they can: (1.5, 2.5), not (1.5, 1.5)
      return kind.types.map((t, i) => sampleValue(t, { ...sub(ctx, defaults[i]), variant: (ctx.variant ?? 0) + i }))
    }
    case "Struct": case "PartialStruct": {
      const defaults = ctx.default != null && typeof ctx.default === "object" ? ctx.default as Record<string, unknown> : {}
      const out: Record<string, unknown> = {}
      for (const [name, field] of Object.entries(kind.fields)) out[name] = sampleValue(field, sub(ctx, defaults[name]))
      return out
    }
    case "List": case "NonEmptyList": case "Iterable": return items(kind.item, ctx)
    case "Arrayable": {
      const values = items(kind.item, ctx)
      if (ctx.form === "alternate" && isNumeric(kind.item)) {
        return kind.item.type === "Int" ? new Int32Array(values as number[]) : new Float64Array(values as number[])
      }
      return values
    }
    case "Set": return new Set(items(kind.item, ctx))
    case "Dict": return { [sampleKey({ type: "Str" }, { ...ctx, form: "primary" }) as string]: sampleValue(kind.item, sub(ctx)) }
    case "KeyVal": case "Mapping": {
      const key = sampleKey(kind.key, ctx)
      const value = sampleValue(kind.item, sub(ctx))
      return ctx.form === "alternate" && kind.type === "Mapping" ? new Map([[key, value]]) : { [String(key)]: value }
    }
    case "Spec": return sampleSpec(kind.spec, ctx)
  }
}

// The first member (in the alternate form: the next one after that) whose sample is valid
// and not the default; failing that, the first valid sample.
function sampleOr(kind: Kind, types: readonly Kind[], ctx: SampleContext): unknown {
  const valid: unknown[] = []
  const reasons: string[] = []
  for (const t of types) {
    try {
      const value = sampleValue(t, ctx)
      if (validate(kind, value, refCheck) == null) valid.push(value)
    } catch (e) {
      if (!(e instanceof Unsampleable)) throw e
      reasons.push(e.reason)
    }
  }
  if (valid.length === 0) throw new Unsampleable(reasons.join("; ") || "no member of the Or has a valid sample")
  const fresh = valid.filter((v) => !ctx.hasDefault || !isEqual(v, ctx.default))
  if (fresh.length === 0) return valid[0]
  return ctx.form === "alternate" && fresh.length > 1 ? fresh[1] : fresh[0]
}

function specDef(spec: string): SpecDef {
  if (!Object.hasOwn(SPECS, spec)) throw new Unsampleable(`unknown spec ${spec}`)
  return SPECS[spec as SpecName]
}

// Data specs: {field: "col"} first; then a plain value, or {value, units} where units apply.
// Scalar specs: a plain value first, then {value}.
function sampleSpec(spec: string, ctx: SampleContext): unknown {
  const def = specDef(spec)
  const plainDefault = ctx.default != null && typeof ctx.default === "object" && !Array.isArray(ctx.default) && "value" in ctx.default
    ? (ctx.default as { value: unknown }).value
    : ctx.default
  const value = () => sampleValue(def.value, { variant: ctx.variant, form: "primary", default: plainDefault, hasDefault: ctx.hasDefault })
  if (ctx.form !== "alternate") return def.field ? { field: "col" } : value()
  if (def.units != null) {
    const units = def.units.valid.find((u) => u !== def.units!.default) ?? def.units.default
    return { value: value(), units }
  }
  return def.field ? value() : { value: value() }
}

// --- properties --------------------------------------------------------------------------------

export type PropertySample =
  | { readonly ok: true; readonly value: unknown; readonly isDefault: boolean }
  | { readonly ok: false; readonly reason: string; readonly rejected?: boolean }

// A sample for one property: not equal to `defaultValue` where possible, and accepted by our
// validator (a rejection is reported, never hidden: it is a bug in this sampler or in
// validate()).
export function sampleProperty(kind: Kind, defaultValue: { readonly value?: unknown; readonly has: boolean }, form: SampleContext["form"] = "primary"): PropertySample {
  let value: unknown
  let isDefault = false
  try {
    for (let variant = 0; ; variant++) {
      value = sampleValue(kind, { default: defaultValue.value, hasDefault: defaultValue.has, variant, form })
      isDefault = defaultValue.has && isEqual(value, defaultValue.value)
      if (!isDefault || variant >= 3) break
    }
  } catch (e) {
    if (e instanceof Unsampleable) return { ok: false, reason: e.reason }
    throw e
  }
  const error = validate(kind, value, refCheck)
  if (error != null) return { ok: false, reason: `our validator rejects the sample: ${error}`, rejected: true }
  return { ok: true, value, isDefault }
}
