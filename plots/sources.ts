// Data for glyph methods: inline arrays become columns of a new ColumnDataSource (or an error
// when the caller gave a source, as in Bokeh), and a plain string names a column when the
// source has one by that name, else it is a value.
import {
  ColumnDataSource, ColumnarDataSource, NDArray, ValueError, WebDataSource, isModel, isTypedArray,
  type Model, type TypedArray,
} from "../document/index.ts"
import { isPlainObject, niceJoin, quote } from "./util.ts"

// A column given inline: a list (numbers, strings, Dates, nested lists, images) or a typed array.
export type ColumnValues = readonly unknown[] | TypedArray
// What `source:` accepts: a source model, or columns by name.
export type SourceLike = ColumnarDataSource | Readonly<Record<string, ColumnValues>>

export function isColumnValues(value: unknown): value is ColumnValues {
  return Array.isArray(value) || isTypedArray(value)
}

// A spec object: {field}, {value} or {expr}, optionally with transform/units.
export function isSpecObject(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && ("field" in value || "value" in value || "expr" in value)
}

// Dates become milliseconds since the epoch, Bokeh's datetime representation on the wire.
export function toColumn(values: ColumnValues): ColumnValues {
  if (isTypedArray(values)) return values
  if (values.length > 0 && values.every((v) => v instanceof Date)) {
    return Float64Array.from(values as readonly Date[], (d) => d.getTime())
  }
  return values
}

export function toSource(input: SourceLike, where: string): ColumnarDataSource {
  if (input instanceof ColumnarDataSource) return input
  if (isModel(input)) throw new ValueError(`${where}: source must be a ColumnDataSource or columns by name, got ${input}`)
  if (!isPlainObject(input)) throw new ValueError(`${where}: source must be a ColumnDataSource or columns by name, got ${quote(input)}`)
  const data: Record<string, ColumnValues> = {}
  for (const [name, values] of Object.entries(input)) {
    if (!isColumnValues(values)) throw new ValueError(`${where}: column '${name}' must be an array or a typed array, got ${quote(values)}`)
    data[name] = toColumn(values)
  }
  checkLengths(data, where)
  return new ColumnDataSource({ data })
}

export function checkLengths(data: Readonly<Record<string, ColumnValues>>, where: string): void {
  const lengths = Object.entries(data).map(([name, values]) => [name, values.length] as const)
  if (new Set(lengths.map(([, n]) => n)).size > 1) {
    const detail = niceJoin(lengths.map(([name, n]) => `'${name}' has ${n}`))
    throw new ValueError(`${where}: columns must all have the same length, but ${detail}`)
  }
}

// The source's columns, or null when they are not known yet: web sources fill theirs in the
// browser, and an empty source is usually filled later (a server app's callback). Strings are
// then taken as column names, as Bokeh does.
export function columnNamesOf(source: ColumnarDataSource): string[] | null {
  if (!(source instanceof ColumnDataSource) || source instanceof WebDataSource) return null
  const names = source.columnNames
  return names.length > 0 ? names : null
}

// Columns collected for a source the glyph method creates itself. The same array given for
// two properties (as `color` gives to fill and line) is stored once.
export class NewColumns {
  readonly data: Record<string, ColumnValues> = {}
  private readonly byArray = new Map<unknown, string>()

  add(name: string, values: ColumnValues): string {
    const known = this.byArray.get(values)
    if (known != null) return known
    let column = name
    for (let i = 1; Object.hasOwn(this.data, column); i++) column = `${name}_${i}`
    this.data[column] = toColumn(values)
    this.byArray.set(values, column)
    return column
  }
}

// How a model's property reads a given value: which spec (if any) and whether it may be a field.
export interface PropertyInfo {
  readonly wire: string
  // the spec name for spec properties ("NumberSpec", "ColorScalar", …), else null
  readonly spec: string | null
}

export function propertyInfo(model: Model, wire: string): PropertyInfo {
  const kind = model.schema.props.get(wire)!.kind
  return { wire, spec: kind.type === "Spec" ? kind.spec : null }
}

// Data specs take a field; *Scalar specs only a value or an expression.
export function isDataSpec(info: PropertyInfo): boolean {
  return info.spec != null && !info.spec.endsWith("Scalar")
}

// Resolves a plain string given for a spec property of `model`: a column of the source is a
// field; otherwise a value when the property accepts it (and `valueAllowed`, false for a
// coordinate on a numeric range, where a stray string is surely a mistyped column name);
// otherwise a clear error.
export function resolveString(model: Model, info: PropertyInfo, text: string, columns: readonly string[] | null, where: string, shown: string, valueAllowed = true): unknown {
  // unknown columns: leave the string to the property, which reads it as Python Bokeh does (a
  // field, unless it is a color, enum member, … the property takes as a value)
  if (columns == null) return text
  if (isDataSpec(info) && columns.includes(text)) return { field: text }
  const problem = validationProblem(model, info.wire, { value: text })
  if (problem == null && valueAllowed) return { value: text }
  if (!isDataSpec(info)) throw new ValueError(`${where}: ${shown}=${quote(text)} is not a valid value: ${problem}`)
  const known = columns.length > 0 ? `the source's columns are ${niceJoin(columns.map((c) => `'${c}'`))}` : "the source has no columns"
  const asValue = problem == null ? "a factor (the range is not categorical)" : `a valid ${info.spec} value`
  throw new ValueError(`${where}: ${shown}=${quote(text)} is neither a column of the data source (${known}) nor ${asValue}`)
}

// Checks that {field: name} objects name existing columns.
export function checkField(spec: Record<string, unknown>, columns: readonly string[] | null, where: string, shown: string): void {
  const field = spec.field
  if (typeof field === "string" && columns != null && !columns.includes(field)) {
    const known = columns.length > 0 ? `its columns are ${niceJoin(columns.map((c) => `'${c}'`))}` : "it has no columns"
    throw new ValueError(`${where}: ${shown} refers to column '${field}', which is not in the data source (${known})`)
  }
}

function validationProblem(model: Model, wire: string, value: unknown): string | null {
  try {
    model.checkValue(wire, value)
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

export function isNDArray(value: unknown): value is NDArray {
  return value instanceof NDArray
}
