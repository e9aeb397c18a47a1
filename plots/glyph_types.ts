// Option types of the glyph methods, derived from the generated model classes: every glyph
// property (a spec property also takes an inline column), the `color`/`alpha` shorthands,
// state-prefixed visuals (hoverFillColor, mutedAlpha, …), renderer and legend options.
import type {
  CDSView, CoordinateMapping, Glyph, GlyphAttrs, GlyphRenderer, Image, NDArray, SpecValue,
} from "../document/index.ts"
import type { AngleUnits, RenderLevel, SpatialUnits } from "../document/generated/enums.ts"
import type { LegendOptions } from "./legend.ts"
import type { PaletteLike } from "./palettes.ts"
import type { ColumnValues, SourceLike } from "./sources.ts"
import type { State } from "./visuals.ts"

// a glyph model class, to be instantiated without arguments
export type GlyphClass<G extends Glyph = Glyph> = new (attrs?: never) => G

export type AttrsOf<C> = C extends new (attrs?: infer A) => unknown ? NonNullable<A> : never

// Spec properties (those that accept {field}/{value}/{expr}) also take a column inline.
type IsSpec<V> = [Extract<V, { readonly field: string }>] extends [never] ? false : true
export type GlyphValue<V> = IsSpec<V> extends true ? V | ColumnValues | NDArray : V

type BaseKeys = keyof GlyphAttrs

type VisualKey<A> = Extract<Exclude<keyof A, BaseKeys>, `line${string}` | `fill${string}` | `hatch${string}` | `text${string}` | "globalAlpha">

export type ColorArg = GlyphValue<SpecValue<"ColorSpec">>
export type AlphaArg = GlyphValue<SpecValue<"NumberSpec">>

export interface Shorthands {
  // sets every *Color of the glyph (fill, line, hatch, text) not given on its own
  readonly color?: ColorArg
  // sets every *Alpha of the glyph not given on its own
  readonly alpha?: AlphaArg
}

type StateValue<A, K> = K extends keyof A ? GlyphValue<A[K]> : K extends "color" ? ColorArg : AlphaArg
type StateVisuals<A> = {
  readonly [K in VisualKey<A> | "color" | "alpha" as `${State}${Capitalize<K & string>}`]?: StateValue<A, K>
}

export type GlyphProps<A> = { readonly [K in Exclude<keyof A, BaseKeys>]?: GlyphValue<A[K]> }

export interface RendererOptions extends LegendOptions {
  // the data: a ColumnDataSource or columns by name (then every column must come from it)
  readonly source?: SourceLike
  // the GlyphRenderer's name (hover's $name, select({name}))
  readonly name?: string
  readonly xRangeName?: string
  readonly yRangeName?: string
  readonly level?: RenderLevel
  readonly visible?: boolean
  readonly muted?: boolean
  readonly view?: CDSView
  readonly coordinates?: CoordinateMapping | null
}

// `angleUnits: "deg"`, `radiusUnits: "screen"`, …: units of the angle and distance properties
type AngleProp = "angle" | "startAngle" | "endAngle"
type DistanceProp = "radius" | "innerRadius" | "outerRadius" | "width" | "height" | "length" | "dw" | "dh" | "w" | "h"
type UnitsOptions<A> =
  & { readonly [K in Extract<keyof A, AngleProp> as `${K}Units`]?: AngleUnits }
  & { readonly [K in Extract<keyof A, DistanceProp> as `${K}Units`]?: SpatialUnits }

// image() also takes a palette (name or colors) for a LinearColorMapper, as in Bokeh
type ImageOptions<C> = C extends typeof Image ? { readonly palette?: PaletteLike } : unknown

export type GlyphOptions<C> =
  GlyphProps<AttrsOf<C>> & Shorthands & StateVisuals<AttrsOf<C>> & UnitsOptions<AttrsOf<C>> & ImageOptions<C> & RendererOptions

type Positional<A, P extends readonly string[]> = { [I in keyof P]: P[I] extends keyof A ? GlyphValue<A[P[I]]> : never }
// [], [a], [a, b], … : positional values may stop early, the rest going in the options
type Prefixes<T extends readonly unknown[]> = T extends readonly [...infer Init, unknown] ? T | Prefixes<Init> : T

// A GlyphRenderer whose glyph has the method's glyph type.
export type RendererOf<C> = GlyphRenderer & { glyph: C extends new (attrs?: never) => infer G ? G : Glyph }

export type GlyphMethod<C, P extends readonly string[]> = (
  ...args: [...Prefixes<Positional<AttrsOf<C>, P>>, GlyphOptions<C>?] | [GlyphOptions<C>?]
) => RendererOf<C>
