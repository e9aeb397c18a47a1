// Color (and marker, hatch) mapping, as bokeh.transform's linear_cmap / log_cmap / eqhist_cmap
// / factor_cmap / factor_mark / factor_hatch, and the ColorBar for a mapped glyph
// (GlyphRenderer.construct_color_bar). Palettes may be given by name.
import {
  CategoricalColorMapper, CategoricalMarkerMapper, CategoricalPatternMapper, ColorBar, ColorMapper,
  EqHistColorMapper, GlyphRenderer, LinearColorMapper, LogColorMapper, ValueError,
  type CategoricalColorMapperAttrs, type ColorBarAttrs, type ColorValue,
} from "../document/index.ts"
import type { HatchPatternType, MarkerType } from "../document/generated/enums.ts"
import { resolvePalette, type PaletteLike } from "./palettes.ts"
import type { FieldSpec } from "./transform.ts"

// Categorical factors: all one level ("a"), or all nested (["2020", "Q1"], up to three levels).
export type Factors = NonNullable<CategoricalColorMapperAttrs["factors"]>

export interface ContinuousCmapOptions {
  // color for values below `low` / above `high` (default: the first / last palette color)
  readonly lowColor?: ColorValue | null
  readonly highColor?: ColorValue | null
  // color for NaN and missing values (default "gray")
  readonly nanColor?: ColorValue
}

export interface FactorMapOptions {
  // which level of nested factors to map: a slice start..end of the factor tuple
  readonly start?: number
  readonly end?: number | null
}

function continuous(options: ContinuousCmapOptions) {
  return { nanColor: options.nanColor ?? "gray", lowColor: options.lowColor ?? null, highColor: options.highColor ?? null }
}

function checkBounds(name: string, low: number | null, high: number | null): void {
  if (low != null && high != null && !(low <= high)) {
    throw new ValueError(`${name}: low (${low}) must not be greater than high (${high})`)
  }
}

// Maps a numeric column onto a palette, linearly between low and high (null: the data's range).
export function linearCmap(fieldName: string, palette: PaletteLike, low: number | null, high: number | null, options: ContinuousCmapOptions = {}): FieldSpec {
  checkBounds("linearCmap", low, high)
  return { field: fieldName, transform: new LinearColorMapper({ palette: resolvePalette(palette), low, high, ...continuous(options) }) }
}

// As linearCmap, on a log scale: low and high must be positive.
export function logCmap(fieldName: string, palette: PaletteLike, low: number | null, high: number | null, options: ContinuousCmapOptions = {}): FieldSpec {
  checkBounds("logCmap", low, high)
  if ((low != null && low <= 0) || (high != null && high <= 0)) throw new ValueError(`logCmap: low and high must be positive, got ${low} and ${high}`)
  return { field: fieldName, transform: new LogColorMapper({ palette: resolvePalette(palette), low, high, ...continuous(options) }) }
}

// Histogram-equalized mapping: each palette color covers about as many points.
export function eqHistCmap(fieldName: string, palette: PaletteLike, low: number | null, high: number | null, options: ContinuousCmapOptions = {}): FieldSpec {
  checkBounds("eqHistCmap", low, high)
  return { field: fieldName, transform: new EqHistColorMapper({ palette: resolvePalette(palette), low, high, ...continuous(options) }) }
}

// Maps a categorical column to palette colors, factor i → palette[i]; other values (and factors
// beyond the palette's length) get nanColor.
export function factorCmap(fieldName: string, palette: PaletteLike, factors: Factors, options: FactorMapOptions & { nanColor?: ColorValue } = {}): FieldSpec {
  const colors = resolvePalette(palette)
  return {
    field: fieldName,
    transform: new CategoricalColorMapper({
      palette: colors, factors, start: options.start ?? 0, end: options.end ?? null, nanColor: options.nanColor ?? "gray",
    }),
  }
}

// Maps a categorical column to marker types (for scatter's `marker`).
export function factorMark(fieldName: string, markers: readonly MarkerType[], factors: Factors, options: FactorMapOptions = {}): FieldSpec {
  return {
    field: fieldName,
    transform: new CategoricalMarkerMapper({ markers, factors, start: options.start ?? 0, end: options.end ?? null }),
  }
}

// Maps a categorical column to hatch patterns (for `hatchPattern`).
export function factorHatch(fieldName: string, patterns: readonly HatchPatternType[], factors: Factors, options: FactorMapOptions = {}): FieldSpec {
  return {
    field: fieldName,
    transform: new CategoricalPatternMapper({ patterns, factors, start: options.start ?? 0, end: options.end ?? null }),
  }
}

// The mapper behind a glyph's colors: an image's colorMapper, else the transform of its
// fill, line or text color (in that order, as Bokeh looks for them).
export function colorMapperOf(renderer: GlyphRenderer): ColorMapper {
  const glyph = renderer.glyph
  const schema = glyph.schema
  if (schema.props.has("color_mapper")) return glyph.getValue("color_mapper") as ColorMapper
  for (const prop of ["fill_color", "line_color", "text_color"]) {
    if (!schema.props.has(prop)) continue
    const spec = glyph.getValue(prop) as { field?: unknown; transform?: unknown } | null
    if (spec != null && typeof spec === "object" && spec.transform instanceof ColorMapper) return spec.transform
    throw new ValueError(`colorBar: expected ${glyph.type}.${prop} to be a field with a color mapper transform (use linearCmap, logCmap or factorCmap)`)
  }
  throw new ValueError(`colorBar: ${glyph.type} glyphs have no color to map`)
}

// A ColorBar for a mapped renderer or for a mapper; place it with p.addLayout(bar, "right").
export function colorBar(from: GlyphRenderer | ColorMapper, options: Omit<ColorBarAttrs, "colorMapper"> = {}): ColorBar {
  const colorMapper = from instanceof GlyphRenderer ? colorMapperOf(from) : from
  return new ColorBar({ ...options, colorMapper })
}
