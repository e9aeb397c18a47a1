// Spec properties (NumberSpec, ColorSpec, …, *Scalar): BokehJS types them as Any at run time,
// so what each accepts is written out here. A stored spec value is a plain value, a plain
// field-name string (data specs only), or an object with one of value/field/expr plus optional
// transform and units.
import type { Kind } from "./kind.ts"
import type { SpecName } from "./spec_types.ts"
import { isColorString } from "./color.ts"
import * as enums from "../generated/enums.ts"
import { isPlainObject, niceJoin, pyRepr, pyStr, pyTypeName } from "./describe.ts"
import { instanceMessage, isValid, validate, type RefCheck } from "./validate.ts"

export interface SpecDef {
  // the kind of a constant value
  readonly value: Kind
  // a column (field) is allowed: DataSpec; false for *Scalar
  readonly field: boolean
  readonly units?: { readonly default: string; readonly valid: readonly string[] }
  // Python's rule: a plain string is a field name unless the value kind, without its plain
  // String part, accepts it (a color, an enum member, a dash pattern, a font size)
  readonly stringIsValue?: (s: string) => boolean
  // constants the Kind union cannot express (Date objects as coordinates)
  readonly acceptsValue?: (value: unknown) => boolean
  // a message for a string that is malformed even though the kind might take it; asValue is
  // false for a plain string that will be read as a field name
  readonly stringError?: (s: string, asValue: boolean) => string | null
}

// --- kinds ---------------------------------------------------------------------------------------

const Any: Kind = { type: "Any" }
const Float: Kind = { type: "Float" }
const Int: Kind = { type: "Int" }
const Bool: Kind = { type: "Bool" }
const Str: Kind = { type: "Str" }
const Color: Kind = { type: "Color" }
const Percent: Kind = { type: "Percent" }
const Nullable = (base: Kind): Kind => ({ type: "Nullable", base })
const NonNegative = (base: Kind): Kind => ({ type: "NonNegative", base })
const Or = (...types: Kind[]): Kind => ({ type: "Or", types })
const Tuple = (...types: Kind[]): Kind => ({ type: "Tuple", types })
const List = (item: Kind): Kind => ({ type: "List", item })
const Arrayable = (item: Kind): Kind => ({ type: "Arrayable", item })
const Dict = (item: Kind): Kind => ({ type: "Dict", item })
const Enum = (name: string, values: readonly string[]): Kind => ({ type: "Enum", name, values })

// value sets from BokehJS's core/enums, as the catalog generator extracted them
const FONT_STYLE = enums.FontStyle
const TEXT_ALIGN = enums.TextAlign
const TEXT_BASELINE = enums.TextBaseline
const LINE_JOIN = enums.LineJoin
const LINE_CAP = enums.LineCap
const LINE_DASH: readonly string[] = enums.LineDash
const MARKER_TYPE: readonly string[] = enums.MarkerType
const ANCHOR: readonly string[] = enums.Anchor
const OUTLINE_SHAPE = enums.OutlineShapeName
const ANGLE_UNITS = { default: "rad", valid: enums.AngleUnits }
const SPATIAL_UNITS = { default: "data", valid: enums.SpatialUnits }

// BokehJS models/common/kinds: TextAnchor = Or(Anchor, Tuple(HAnchor, VAnchor), "auto")
const H_ANCHOR = Or(Enum("Align", enums.Align), Enum("HAlign", enums.HAlign), Percent)
const V_ANCHOR = Or(Enum("Align", enums.Align), Enum("VAlign", enums.VAlign), Percent)
const TEXT_ANCHOR = Or(Enum("Anchor", ANCHOR), Tuple(H_ANCHOR, V_ANCHOR), Enum("Auto", ["auto"]))

// A dash is a named pattern, a string of space-separated lengths ("" is solid), or a list.
const DASH_PATTERN = /^(\d+(\s+\d+)*)?$/
const LINE_DASH_KIND = Or(Enum("LineDash", LINE_DASH), { type: "Regex", pattern: DASH_PATTERN.source, flags: "" }, Arrayable(Int))

// a CSS length with a unit, as Python's FontSize accepts (it refuses keywords like "large")
const FONT_SIZE = /^\d+(\.\d+)?(%|em|ex|ch|ic|rem|lh|rlh|vw|vh|vi|vb|vmin|vmax|cm|mm|q|in|pc|pt|px)$/i
const FONT_SIZE_KIND: Kind = { type: "Regex", pattern: FONT_SIZE.source, flags: "i" }

// Categorical coordinates: a factor with up to three levels, optionally with a numeric offset.
const FACTOR = Or(Str, Tuple(Str, Str), Tuple(Str, Str, Str), Tuple(Str, Float), Tuple(Str, Str, Float), Tuple(Str, Str, Str, Float))
const COORDINATE = Or(Float, FACTOR)
const COORDINATE_SEQ = Or(Arrayable(Float), List(COORDINATE))

const isDate = (v: unknown): boolean => v instanceof Date && !isNaN(v.getTime())
const member = (values: readonly string[]) => (s: string) => values.includes(s)

function data(value: Kind, extra: Partial<SpecDef> = {}): SpecDef {
  return { value, field: true, ...extra }
}
function scalar(value: Kind, extra: Partial<SpecDef> = {}): SpecDef {
  return { value, field: false, ...extra }
}
function enumSpec(name: string, values: readonly string[], field: boolean): SpecDef {
  return { value: Enum(name, values), field, stringIsValue: member(values) }
}
function coordinate(value: Kind): SpecDef {
  return data(value, { acceptsValue: isDate })
}

export const SPECS: Readonly<Record<SpecName, SpecDef>> = {
  NumberSpec: data(Float),
  IntSpec: data(Int),
  ScreenSizeSpec: data(NonNegative(Float)),
  BooleanSpec: data(Bool),
  AngleSpec: data(Float, { units: ANGLE_UNITS }),
  DistanceSpec: data(NonNegative(Float), { units: SPATIAL_UNITS }),
  NullDistanceSpec: data(Nullable(NonNegative(Float)), { units: SPATIAL_UNITS }),
  ColorSpec: data(Nullable(Color), { stringIsValue: isColorString }),
  StringSpec: data(Str),
  NullStringSpec: data(Nullable(Str)),
  FontSpec: data(Str),
  FontSizeSpec: data(FONT_SIZE_KIND, { stringIsValue: (s) => FONT_SIZE.test(s), stringError: fontSizeError }),
  FontStyleSpec: enumSpec("FontStyle", FONT_STYLE, true),
  TextAlignSpec: enumSpec("TextAlign", TEXT_ALIGN, true),
  TextBaselineSpec: enumSpec("TextBaseline", TEXT_BASELINE, true),
  TextAnchorSpec: data(TEXT_ANCHOR, { stringIsValue: (s) => s === "auto" || ANCHOR.includes(s) }),
  OutlineShapeSpec: enumSpec("OutlineShapeName", OUTLINE_SHAPE, true),
  LineJoinSpec: enumSpec("LineJoin", LINE_JOIN, true),
  LineCapSpec: enumSpec("LineCap", LINE_CAP, true),
  LineDashSpec: data(LINE_DASH_KIND, { stringIsValue: isDashString }),
  // BokehJS also draws "@name" custom markers; Python only knows the enum as a value
  MarkerSpec: data(Or(Enum("MarkerType", MARKER_TYPE), { type: "PrefixedStr", prefix: "@" }), { stringIsValue: member(MARKER_TYPE) }),
  XCoordinateSpec: coordinate(COORDINATE),
  YCoordinateSpec: coordinate(COORDINATE),
  XOrYCoordinateSpec: coordinate(COORDINATE),
  XCoordinateSeqSpec: data(COORDINATE_SEQ),
  YCoordinateSeqSpec: data(COORDINATE_SEQ),
  XCoordinateSeqSeqSeqSpec: data(List(List(COORDINATE_SEQ))),
  YCoordinateSeqSeqSeqSpec: data(List(List(COORDINATE_SEQ))),
  NDArraySpec: data(Any),
  AnySpec: data(Any),
  ArraySpec: data(Arrayable(Any)),
  ColorScalar: scalar(Nullable(Color)),
  NumberScalar: scalar(Float),
  NullStringScalar: scalar(Nullable(Str)),
  StringScalar: scalar(Str),
  LineJoinScalar: enumSpec("LineJoin", LINE_JOIN, false),
  LineCapScalar: enumSpec("LineCap", LINE_CAP, false),
  LineDashScalar: scalar(LINE_DASH_KIND),
  DictScalar: scalar(Dict(Any)),
  AnyScalar: scalar(Any),
  ArrayScalar: scalar(Arrayable(Any)),
  FontScalar: scalar(Str),
  FontSizeScalar: scalar(FONT_SIZE_KIND, { stringError: fontSizeError }),
  FontStyleScalar: enumSpec("FontStyle", FONT_STYLE, false),
  TextAlignScalar: enumSpec("TextAlign", TEXT_ALIGN, false),
  TextBaselineScalar: enumSpec("TextBaseline", TEXT_BASELINE, false),
}

function isDashString(s: string): boolean {
  return LINE_DASH.includes(s) || DASH_PATTERN.test(s)
}

// Python's messages: a font size value must be a CSS length; a plain string that would be a
// field name is still refused when empty or digit-led ("6", "10 px"), being surely a typo.
function fontSizeError(s: string, asValue: boolean): string | null {
  if (asValue && s === "") return "empty string is not a valid font size value"
  const bad = asValue ? !FONT_SIZE.test(s) : s === "" || (/^\d/.test(s) && !FONT_SIZE.test(s))
  return bad ? `${pyRepr(s)} is not a valid font size value` : null
}

// Unknown spec names (a newer BokehJS) are accepted like AnySpec rather than breaking documents.
const FALLBACK: SpecDef = data(Any)

function specDef(spec: string): SpecDef {
  return Object.hasOwn(SPECS, spec) ? SPECS[spec as SpecName] : FALLBACK
}

// --- validation ------------------------------------------------------------------------------

type SpecObject = Record<string, unknown>

const OBJECT_KEYS = new Set(["value", "field", "expr", "transform", "units", "type"])

// An object holding value/field/expr (BokehJS's isSpec, but counting a null value as present).
export function isSpecObject(value: unknown): value is SpecObject {
  return isPlainObject(value) && (value.value !== undefined || value.field !== undefined || value.expr !== undefined)
}

function isFieldString(def: SpecDef, value: unknown): value is string {
  return typeof value === "string" && def.field && !(def.stringIsValue?.(value) ?? false)
}

export function validateSpec(spec: string, value: unknown, refs: RefCheck): string | null {
  const def = specDef(spec)
  if (isSpecObject(value)) return validateSpecObject(spec, def, value, refs)
  if (typeof value === "string") {
    const field = isFieldString(def, value)
    const error = def.stringError?.(value, !field)
    if (error != null) return error
    if (field) return null
  }
  if (def.acceptsValue?.(value) || isValid(def.value, value, refs)) return null
  if (isPlainObject(value) && (value.transform !== undefined || value.units !== undefined)) {
    return `invalid ${spec} object ${pyRepr(value, refs)}: expected exactly one of 'value', 'field' or 'expr'`
  }
  return validate(def.value, value, refs)
}

function validateSpecObject(spec: string, def: SpecDef, obj: SpecObject, refs: RefCheck): string | null {
  const invalid = (why: string) => `invalid ${spec} object ${pyRepr(obj, refs)}: ${why}`
  for (const key in obj) {
    if (!OBJECT_KEYS.has(key) && obj[key] !== undefined) return invalid(`unexpected key ${pyRepr(key)}`)
  }
  const present = (["value", "field", "expr"] as const).filter((k) => obj[k] !== undefined)
  if (present.length !== 1) return invalid("expected exactly one of 'value', 'field' or 'expr'")
  const which = present[0]!
  if (obj.type !== undefined && obj.type !== which) return invalid(`type ${pyRepr(obj.type)} does not match its '${which}' key`)

  if (which === "field") {
    if (!def.field) return `${spec} takes a value or an expression, not a field; got ${pyRepr(obj, refs)}`
    if (typeof obj.field !== "string") {
      return `expected a field name of type str, got ${pyStr(obj.field, refs)} of type ${pyTypeName(obj.field, refs)}`
    }
  } else if (which === "value") {
    const error = typeof obj.value === "string" ? def.stringError?.(obj.value, true) : null
    if (error != null) return error
    const kindError = def.acceptsValue?.(obj.value) ? null : validate(def.value, obj.value, refs)
    if (kindError != null) return kindError
  } else {
    // BokehJS evaluates data-spec expressions with v_compute (Expression) and scalar ones
    // with compute (ScalarExpression); the two model families are unrelated.
    const base = def.field ? "Expression" : "ScalarExpression"
    if (!isModel(obj.expr, base, refs)) return instanceMessage(base, obj.expr, refs)
  }
  if (obj.transform != null && !isModel(obj.transform, "Transform", refs)) {
    return instanceMessage("Transform", obj.transform, refs)
  }
  if (obj.units != null) {
    if (def.units == null) return `${spec} does not take units, got units ${pyRepr(obj.units, refs)}`
    if (!def.units.valid.includes(obj.units as string)) {
      return `invalid units: ${pyRepr(obj.units, refs)}; allowed values are ${niceJoin(def.units.valid)}`
    }
  }
  return null
}

function isModel(value: unknown, base: string, refs: RefCheck): boolean {
  const name = refs.modelName(value)
  return name != null && (name === base || refs.isSubtype(name, base))
}

// --- wire form -------------------------------------------------------------------------------

export type WireSpec =
  ({ value: unknown } | { field: string } | { expr: unknown }) & { transform?: unknown; units?: string }

export interface IncomingSpec {
  value?: unknown
  field?: string
  expr?: unknown
  transform?: unknown
  units?: string
}

// The object form BokehJS expects: plain values become {value}, field-name strings {field}.
export function specToWire(spec: string, value: unknown): WireSpec {
  if (isSpecObject(value)) return cleanObject(value)
  if (isFieldString(specDef(spec), value)) return { field: value }
  return { value }
}

function cleanObject(obj: SpecObject | IncomingSpec): WireSpec {
  const o = obj as SpecObject
  const out: Record<string, unknown> =
    o.value !== undefined ? { value: o.value } : o.field !== undefined ? { field: o.field } : { expr: o.expr }
  if (o.transform != null) out.transform = o.transform
  if (o.units != null) out.units = o.units
  return out as WireSpec
}

// The value to store when a spec arrives from JSON (spec §3.3): keep the current format where
// the incoming object carries nothing the plain form would lose; units persist until changed.
export function specFromWire(spec: string, current: unknown, incoming: IncomingSpec): unknown {
  const def = specDef(spec)
  let units = incoming.units ?? undefined
  if (units === undefined && def.units != null && isSpecObject(current) && current.units != null) {
    units = current.units as string
  }
  const transform = incoming.transform ?? undefined
  if (transform === undefined && units === undefined) {
    const { value, field, expr } = incoming
    if (value !== undefined && field === undefined && expr === undefined) {
      const currentIsPlainValue = current !== undefined && !isSpecObject(current) && !isFieldString(def, current)
      // a plain value that would read back as a field name or a spec object must stay wrapped
      if (currentIsPlainValue && !isSpecObject(value) && !isFieldString(def, value)) return value
    }
    if (field !== undefined && value === undefined && expr === undefined &&
        isFieldString(def, current) && isFieldString(def, field)) {
      return field
    }
  }
  return cleanObject({ ...incoming, transform, units })
}
