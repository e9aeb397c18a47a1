// What every glyph method does (Bokeh's create_renderer): read positional values and options,
// turn inline arrays into columns of a new source, resolve strings to fields or values, build
// the glyph and its state glyphs (nonselection, selection, hover, muted) with Bokeh's visual
// cascade, wrap them in a GlyphRenderer on the plot, and file it in the legend.
import {
  ColumnDataSource, FactorRange, GlyphRenderer, Image, LinearColorMapper, ValidationError, ValueError,
  type ColumnarDataSource, type Glyph, type Plot,
} from "../document/index.ts"
import type { GlyphClass } from "./glyph_types.ts"
import { addToLegend, type LegendOptions } from "./legend.ts"
import { resolvePalette, type PaletteLike } from "./palettes.ts"
import {
  NewColumns, checkField, checkLengths, columnNamesOf, isColumnValues, isDataSpec, isNDArray, isSpecObject,
  propertyInfo, resolveString, toSource, type SourceLike,
} from "./sources.ts"
import { camelCase, isPlainObject, niceJoin, quote, snakeCase, unknownOptionMessage } from "./util.ts"
import { STATES, hasStateOptions, popVisuals, shorthandTraits, type State } from "./visuals.ts"

const RENDERER_ARGS = ["name", "coordinates", "x_range_name", "y_range_name", "level", "view", "visible", "muted"]
const LEGEND_ARGS = ["legend_label", "legend_field", "legend_group"]

// Splits `p.line(x, y, {opts})` into one options object keyed by property name.
export function parseArgs(where: string, positional: readonly string[], args: readonly unknown[]): Record<string, unknown> {
  let values = args
  let options: Record<string, unknown> = {}
  const last = args[args.length - 1]
  if (args.length > 0 && (last === undefined || (isPlainObject(last) && !isSpecObject(last)))) {
    options = (last as Record<string, unknown> | undefined) ?? {}
    values = args.slice(0, -1)
  }
  if (values.length > positional.length) {
    throw new ValueError(`${where} takes up to ${positional.length} positional values (${positional.join(", ")}) and an options object, got ${values.length} values`)
  }
  const result: Record<string, unknown> = {}
  values.forEach((value, i) => {
    const name = positional[i]!
    if (isPlainObject(value) && !isSpecObject(value)) {
      throw new ValueError(`${where}: the options object must come last; positional value ${i + 1} (${name}) is ${quote(value)}`)
    }
    if (Object.hasOwn(options, name) && options[name] !== undefined) throw new ValueError(`${where}: '${name}' is given both positionally and as an option`)
    result[name] = value
  })
  return { ...result, ...options }
}

export interface CreateOptions {
  // the method name shown in errors, e.g. "line()"
  readonly where: string
}

// Builds the renderer for glyph class `cls` from camelCase (or wire-named) options.
export function createRenderer<G extends Glyph>(plot: Plot, cls: GlyphClass<G>, options: Readonly<Record<string, unknown>>, { where }: CreateOptions): GlyphRenderer {
  const glyph = new (cls as unknown as new () => G)()
  const props = new Set(glyph.schema.props.keys())
  // wire name → the name the caller used, for messages
  const shown = new Map<string, string>()
  const given = new Map<string, unknown>()
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue
    const wire = glyph.schema.lookup.get(key) ?? snakeCase(key)
    if (given.has(wire)) throw new ValueError(`${where}: '${key}' and '${shown.get(wire)}' name the same option`)
    given.set(wire, value)
    shown.set(wire, key)
  }
  const show = (wire: string) => shown.get(wire) ?? camelCase(wire)

  const userSource = given.has("source") ? toSource(given.get("source") as SourceLike, where) : null
  given.delete("source")
  const legend = takeLegendOptions(given)
  const rendererArgs = new Map<string, unknown>()
  for (const name of RENDERER_ARGS) {
    if (given.has(name)) rendererArgs.set(name, given.get(name))
    given.delete(name)
  }
  if (glyph instanceof Image) takePalette(given, where)
  const units = takeUnits(glyph, given)

  const columns = new NewColumns()
  const incompatible: string[] = []
  const inlineColumns = (values: Map<string, unknown>) => {
    for (const [wire, value] of values) {
      if (!props.has(wire)) continue
      const info = propertyInfo(glyph, wire)
      if (!isDataSpec(info)) continue
      let column = value
      if (isNDArray(value)) {
        if (value.ndim !== 1) throw new ValueError(`${where}: ${show(wire)} is a ${value.ndim}-D array; columns are 1-D (put images in a list: ${show(wire)}: [image])`)
        column = value.array
      }
      if (!isColumnValues(column)) continue
      if (userSource == null) values.set(wire, columns.add(wire, column))
      else {
        // name the option as given ("color" rather than each color property it set)
        const key = Object.keys(options).find((k) => options[k] === value) ?? show(wire)
        if (!incompatible.includes(key)) incompatible.push(key)
      }
    }
  }

  // an array given as a shorthand ("color") is one column named after it, not one per property
  if (userSource == null) {
    for (const trait of shorthandTraits(props)) {
      const value = given.get(trait)
      if (isColumnValues(value)) columns.add(trait, value)
    }
  }
  // the main glyph's visuals, then its columns, so that state glyphs inherit field names
  const visuals = popVisuals(props, given, "")
  inlineColumns(given)
  inlineColumns(visuals)
  if (incompatible.length > 0) {
    throw new ValueError(
      `${where}: expected ${niceJoin(incompatible.map((n) => `'${n}'`))} to name columns of the given source. ` +
      "With `source`, give column names (\"x\") or spec objects; without it, every column may be given as an array.")
  }
  const stateVisuals = new Map<State, Map<string, unknown>>()
  for (const state of STATES) {
    const always = state === "nonselection" || state === "muted"
    if (!always && !hasStateOptions(given, state)) continue
    const overrides = state === "nonselection" ? { alpha: 0.1 } : state === "muted" ? { alpha: 0.2 } : {}
    const values = popVisuals(props, given, `${state}_`, visuals, overrides)
    inlineColumns(values)
    stateVisuals.set(state, values)
  }

  for (const wire of given.keys()) {
    if (!props.has(wire)) throw new ValueError(unknownOptionMessage(where, show(wire), knownOptions(glyph)))
  }

  const source: ColumnarDataSource = userSource ?? new ColumnDataSource({ data: checked(columns.data, where) })
  // the columns of a source made here are known exactly; a given source's may be filled later
  const names = userSource != null ? columnNamesOf(userSource) : Object.keys(columns.data)
  const factorsAllowed = factorCheck(plot, rendererArgs)
  const build = (target: G, values: ReadonlyMap<string, unknown>) => {
    for (const [wire, value] of values) assign(target, wire, value, names, where, show(wire), factorsAllowed, units.get(wire))
    for (const [wire, unit] of units) {
      if (!values.has(wire)) assign(target, wire, target.getValue(wire), names, where, show(wire), factorsAllowed, unit)
    }
    return target
  }
  build(glyph, new Map([...given, ...visuals]))
  const glyphFor = (state: State) => {
    const values = stateVisuals.get(state)
    return values == null ? null : build(new (cls as unknown as new () => G)(), new Map([...given, ...values]))
  }
  const renderer = new GlyphRenderer({
    dataSource: source,
    glyph,
    nonselectionGlyph: glyphFor("nonselection") ?? "auto",
    selectionGlyph: glyphFor("selection") ?? "auto",
    hoverGlyph: glyphFor("hover"),
    mutedGlyph: glyphFor("muted") ?? "auto",
  })
  for (const [wire, value] of rendererArgs) {
    try {
      renderer.setValue(wire, value)
    } catch (error) {
      throw rethrow(error, where, show(wire))
    }
  }
  plot.renderers = [...plot.renderers, renderer]
  addToLegend(plot, legend, renderer, where)
  return renderer
}

// x coordinates may be factors when the renderer's x range is a FactorRange; same for y.
function factorCheck(plot: Plot, rendererArgs: ReadonlyMap<string, unknown>): FactorCheck {
  const categorical = (dim: "x" | "y") => {
    const name = rendererArgs.get(`${dim}_range_name`) as string | undefined
    const range = name == null || name === "default" ? plot[`${dim}Range`] : (plot[`extra${dim.toUpperCase() as "X" | "Y"}Ranges`] as Readonly<Record<string, unknown>>)[name]
    return range instanceof FactorRange
  }
  return (spec) => {
    if (spec.startsWith("XCoordinate")) return categorical("x")
    if (spec.startsWith("YCoordinate")) return categorical("y")
    if (spec === "XOrYCoordinateSpec") return categorical("x") || categorical("y")
    return true
  }
}

function checked(data: NewColumns["data"], where: string): NewColumns["data"] {
  checkLengths(data, where)
  return data
}

function takeLegendOptions(given: Map<string, unknown>): LegendOptions {
  const legend: Record<string, unknown> = {}
  for (const name of LEGEND_ARGS) {
    if (given.has(name)) legend[camelCase(name)] = given.get(name)
    given.delete(name)
  }
  return legend as LegendOptions
}

// Angles and distances take units ("deg", "screen", …) as `<name>Units` options, as in Bokeh.
const UNITS_SPECS = new Set(["AngleSpec", "DistanceSpec", "NullDistanceSpec"])

function takeUnits(glyph: Glyph, given: Map<string, unknown>): Map<string, unknown> {
  const units = new Map<string, unknown>()
  for (const prop of glyph.schema.props.values()) {
    const key = `${prop.name}_units`
    if (prop.kind.type !== "Spec" || !UNITS_SPECS.has(prop.kind.spec) || !given.has(key)) continue
    units.set(prop.name, given.get(key))
    given.delete(key)
  }
  return units
}

// Image's `palette` option builds its LinearColorMapper, as in Bokeh.
function takePalette(given: Map<string, unknown>, where: string): void {
  if (!given.has("palette")) return
  if (given.has("color_mapper")) throw new ValueError(`${where}: give either palette or colorMapper, not both`)
  given.set("color_mapper", new LinearColorMapper({ palette: resolvePalette(given.get("palette") as PaletteLike) }))
  given.delete("palette")
}

// Whether a coordinate property may hold a plain factor: only on a categorical range.
export type FactorCheck = (spec: string) => boolean

function assign(glyph: Glyph, wire: string, value: unknown, columns: readonly string[] | null, where: string, shown: string, factors: FactorCheck, unit?: unknown): void {
  let resolved = value
  const info = propertyInfo(glyph, wire)
  if (info.spec != null) {
    if (typeof value === "string") resolved = resolveString(glyph, info, value, columns, where, shown, factors(info.spec))
    else if (isSpecObject(value) && isDataSpec(info)) checkField(value, columns, where, shown)
  }
  if (unit !== undefined) resolved = isSpecObject(resolved) ? { ...resolved, units: unit } : { value: resolved, units: unit }
  try {
    glyph.setValue(wire, resolved)
  } catch (error) {
    throw rethrow(error, where, shown)
  }
}

function rethrow(error: unknown, where: string, shown: string): unknown {
  if (error instanceof ValidationError) return new ValueError(`${where}: invalid ${shown}: ${error.message}`)
  return error
}

// The camelCase options a glyph method accepts, for "did you mean" hints.
function knownOptions(glyph: Glyph): string[] {
  const props = new Set(glyph.schema.props.keys())
  const names = new Set<string>([...props].map(camelCase))
  const traits = [...shorthandTraits(props)].map(camelCase)
  for (const trait of traits) names.add(trait)
  for (const state of STATES) {
    for (const name of [...props].filter((p) => /^(line|fill|hatch|text|global)_/.test(p)).map(camelCase).concat(traits)) {
      names.add(`${state}${name[0]!.toUpperCase()}${name.slice(1)}`)
    }
  }
  for (const name of [...RENDERER_ARGS, ...LEGEND_ARGS, "source"]) names.add(camelCase(name))
  if (glyph instanceof Image) names.add("palette")
  for (const prop of glyph.schema.props.values()) {
    if (prop.kind.type === "Spec" && UNITS_SPECS.has(prop.kind.spec)) names.add(`${prop.camel}Units`)
  }
  return [...names]
}
