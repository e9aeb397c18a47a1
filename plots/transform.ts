// Spec helpers, as bokeh.core.properties (field, value) and bokeh.transform (stack, cumsum,
// dodge, jitter): each returns the {field}/{value}/{expr} object a glyph property takes.
import { CumSum, Dodge, Jitter, Stack, type Expression, type Range, type Transform } from "../document/index.ts"

export interface FieldSpec {
  readonly field: string
  readonly transform?: Transform
  readonly units?: string
}
export interface ValueSpec<T = unknown> {
  readonly value: T
  readonly transform?: Transform
  readonly units?: string
}
export interface ExprSpec {
  readonly expr: Expression
  readonly transform?: Transform
}

// A column of the data source, optionally transformed.
export function field(name: string, transform?: Transform): FieldSpec {
  return transform == null ? { field: name } : { field: name, transform }
}

// A constant for every row, even when a column has the same name.
export function value<T>(value: T, transform?: Transform): ValueSpec<T> {
  return transform == null ? { value } : { value, transform }
}

export function expr(expression: Expression, transform?: Transform): ExprSpec {
  return transform == null ? { expr: expression } : { expr: expression, transform }
}

// A column with any transform: transform("x", new Dodge({ value: 0.2 }))
export function transform(name: string, transform: Transform): FieldSpec {
  return { field: name, transform }
}

// The row-wise sum of the named columns (the stack height after them).
export function stack(...fields: string[]): ExprSpec {
  return { expr: new Stack({ fields }) }
}

// The running total of a column; with includeZero it starts at 0 (wedge start angles).
export function cumsum(fieldName: string, includeZero = false): ExprSpec {
  return { expr: new CumSum({ field: fieldName, includeZero }) }
}

// Shifts a (categorical) coordinate by `value`, for side-by-side bars.
export function dodge(fieldName: string, value: number, range?: Range): FieldSpec {
  return { field: fieldName, transform: new Dodge({ value, ...(range != null ? { range } : {}) }) }
}

export interface JitterOptions {
  readonly mean?: number
  readonly distribution?: "uniform" | "normal"
  readonly range?: Range
}

// Random offsets of the given width around each coordinate, drawn in the browser.
export function jitter(fieldName: string, width: number, options: JitterOptions = {}): FieldSpec {
  return { field: fieldName, transform: new Jitter({ width, ...options }) }
}
