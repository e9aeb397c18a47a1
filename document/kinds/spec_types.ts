// TypeScript value types of BokehJS spec properties (NumberSpec, ColorSpec, …). A spec holds a
// constant, a column name, or an object with value/field/expr plus optional transform and units.
import type { NDArray, TypedArray } from "../ndarray.ts"

export type ColorValue = string | readonly [number, number, number] | readonly [number, number, number, number]

// Models used as transforms/expressions; typed loosely here to keep this file free of the
// generated model classes (which import it).
type ModelLike = { readonly id: string }

export type SpecObject<T> =
  | { readonly value: T; readonly transform?: ModelLike; readonly units?: string }
  | { readonly field: string; readonly transform?: ModelLike; readonly units?: string }
  | { readonly expr: ModelLike; readonly transform?: ModelLike; readonly units?: string }

// A plain string means a column name (field), except where the value kind is itself a string
// that the string matches (a color, a marker name, a font size, …), as in Python Bokeh.
export type Spec<T> = T | string | SpecObject<T>

type Factor = string | readonly [string, string] | readonly [string, string, string]
type Coordinate = number | Factor | Date

export interface SpecValueTypes {
  NumberSpec: number
  IntSpec: number
  ScreenSizeSpec: number
  BooleanSpec: boolean
  AngleSpec: number
  DistanceSpec: number
  NullDistanceSpec: number | null
  ColorSpec: ColorValue | null
  StringSpec: string
  NullStringSpec: string | null
  FontSpec: string
  FontSizeSpec: string
  FontStyleSpec: "normal" | "italic" | "bold" | "bold italic"
  TextAlignSpec: "left" | "right" | "center"
  TextBaselineSpec: "top" | "middle" | "bottom" | "alphabetic" | "hanging" | "ideographic"
  TextAnchorSpec: unknown
  OutlineShapeSpec: string
  LineJoinSpec: "miter" | "round" | "bevel"
  LineCapSpec: "butt" | "round" | "square"
  LineDashSpec: string | readonly number[]
  MarkerSpec: string
  XCoordinateSpec: Coordinate
  YCoordinateSpec: Coordinate
  XOrYCoordinateSpec: Coordinate
  XCoordinateSeqSpec: readonly Coordinate[] | TypedArray
  YCoordinateSeqSpec: readonly Coordinate[] | TypedArray
  XCoordinateSeqSeqSeqSpec: readonly (readonly (readonly Coordinate[])[])[]
  YCoordinateSeqSeqSeqSpec: readonly (readonly (readonly Coordinate[])[])[]
  NDArraySpec: NDArray | TypedArray | readonly unknown[]
  AnySpec: unknown
  ArraySpec: readonly unknown[] | TypedArray
  // scalar specs: a value or an expression, never a column
  ColorScalar: ColorValue | null
  NumberScalar: number
  NullStringScalar: string | null
  StringScalar: string
  LineJoinScalar: "miter" | "round" | "bevel"
  LineCapScalar: "butt" | "round" | "square"
  LineDashScalar: string | readonly number[]
  DictScalar: Readonly<Record<string, unknown>>
  AnyScalar: unknown
  ArrayScalar: readonly unknown[]
  FontScalar: string
  FontSizeScalar: string
  FontStyleScalar: "normal" | "italic" | "bold" | "bold italic"
  TextAlignScalar: "left" | "right" | "center"
  TextBaselineScalar: "top" | "middle" | "bottom" | "alphabetic" | "hanging" | "ideographic"
}

export type SpecName = keyof SpecValueTypes
export type SpecValue<S extends SpecName> = Spec<SpecValueTypes[S]>
