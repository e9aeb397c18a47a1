// figure(): a Plot (wire type "Figure") with ranges, scales, axes, grids and tools chosen from
// the options Bokeh users know, glyph methods (glyph_api.ts), stacked glyphs, hexbin, and the
// p.xaxis / p.yaxis / p.grid / p.legend / p.hover accessors for styling.
import {
  Axis, ColumnDataSource, GlyphRenderer, Grid, HoverTool, Legend, Title, ValueError,
  type BaseText, type Glyph, type Model, type Tool,
} from "../document/index.ts"
import { addAxisAndGrid, type AxisLocation } from "./axes.ts"
import { GlyphAPI, callGlyphMethod, type GlyphMethodName, type GlyphOptionsOf, type RendererOfMethod } from "./glyph_api.ts"
import type { AttrsOf, RendererOptions } from "./glyph_types.ts"
import { hexbin, type HexBins, type HexOrientation } from "./hex.ts"
import { SIDES, legendsOf } from "./legend.ts"
import { linearCmap } from "./mappers.ts"
import type { PaletteLike } from "./palettes.ts"
import { getRange, getScale, isDateRange, type AxisType, type RangeLike } from "./ranges.ts"
import { splat, type Splat } from "./splat.ts"
import { doubleStack, singleStack } from "./stacks.ts"
import { DEFAULT_TOOLS, resolveTools, setActiveTools, type ActiveTools, type Tooltips, type ToolsLike } from "./tools.ts"
import { unknownOptionMessage } from "./util.ts"

type PlotAttrs = AttrsOf<typeof GlyphAPI>

export interface FigureExtras extends ActiveTools {
  // nothing: fit the data (DataRange1d); [start, end]: fixed (Range1d); factors: FactorRange
  readonly xRange?: RangeLike
  readonly yRange?: RangeLike
  readonly xAxisType?: AxisType
  readonly yAxisType?: AxisType
  readonly xAxisLocation?: Extract<AxisLocation, "above" | "below"> | null
  readonly yAxisLocation?: Extract<AxisLocation, "left" | "right"> | null
  readonly xAxisLabel?: string | BaseText | null
  readonly yAxisLabel?: string | BaseText | null
  readonly xMinorTicks?: number | "auto" | null
  readonly yMinorTicks?: number | "auto" | null
  // tool names ("pan,wheel_zoom") and/or Tool instances; default DEFAULT_TOOLS
  readonly tools?: ToolsLike
  // tooltips for the figure's HoverTool (one is added if `tools` has none)
  readonly tooltips?: Tooltips | null
  readonly title?: string | Title | null
}

export type FigureOptions = Omit<PlotAttrs, keyof FigureExtras> & FigureExtras

const EXTRA_KEYS = [
  "xRange", "yRange", "xAxisType", "yAxisType", "xAxisLocation", "yAxisLocation", "xAxisLabel", "yAxisLabel",
  "xMinorTicks", "yMinorTicks", "tools", "tooltips", "title",
  "activeDrag", "activeInspect", "activeScroll", "activeTap", "activeMulti",
] as const

// Per-stacker options: a plain array gives one value per stacker.
export type StackOptions<M extends GlyphMethodName> = {
  readonly [K in keyof GlyphOptionsOf<M>]?: GlyphOptionsOf<M>[K] | readonly NonNullable<GlyphOptionsOf<M>[K]>[]
}

export type LayoutPlace = "above" | "below" | "left" | "right" | "center"

export interface HexbinOptions extends Omit<GlyphOptionsOf<"hexTile">, "q" | "r" | "size" | "source"> {
  readonly orientation?: HexOrientation
  // colors the tiles by count when fillColor is not given (default "Viridis256")
  readonly palette?: PaletteLike
}

export class Figure extends GlyphAPI {
  constructor(options: FigureOptions = {}) {
    const extras: Record<string, unknown> = {}
    const attrs: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(options)) {
      if (value === undefined) continue
      if ((EXTRA_KEYS as readonly string[]).includes(key)) extras[key] = value
      else attrs[key] = value
    }
    super()
    const opts = extras as FigureExtras
    for (const [key, value] of Object.entries(attrs)) {
      if (!this.schema.lookup.has(key)) throw new ValueError(unknownOptionMessage("figure()", key, [...EXTRA_KEYS, ...[...this.schema.props.values()].map((p) => p.camel)]))
      this.setValue(key, value)
    }
    if (opts.title !== undefined) this.title = opts.title

    this.xRange = getRange(opts.xRange, "xRange")
    this.yRange = getRange(opts.yRange, "yRange")
    const xAxisType = opts.xAxisType === undefined ? "auto" : opts.xAxisType
    const yAxisType = opts.yAxisType === undefined ? "auto" : opts.yAxisType
    if (attrs.xScale === undefined) this.xScale = getScale(this.xRange, xAxisType)
    if (attrs.yScale === undefined) this.yScale = getScale(this.yRange, yAxisType)
    addAxisAndGrid(this, {
      type: xAxisType, location: opts.xAxisLocation === undefined ? "below" : opts.xAxisLocation,
      minorTicks: opts.xMinorTicks === undefined ? "auto" : opts.xMinorTicks, label: opts.xAxisLabel ?? null, dateRange: isDateRange(opts.xRange),
    }, this.xRange, 0)
    addAxisAndGrid(this, {
      type: yAxisType, location: opts.yAxisLocation === undefined ? "left" : opts.yAxisLocation,
      minorTicks: opts.yMinorTicks === undefined ? "auto" : opts.yMinorTicks, label: opts.yAxisLabel ?? null, dateRange: isDateRange(opts.yRange),
    }, this.yRange, 1)

    if (attrs.toolbar !== undefined && opts.tools !== undefined) throw new ValueError("figure(): give either tools or toolbar, not both")
    const tools = opts.tools ?? (attrs.toolbar !== undefined ? [] : DEFAULT_TOOLS)
    const { tools: resolved, byName } = resolveTools(tools, opts.tooltips)
    this.addTools(...resolved)
    setActiveTools(this.toolbar, byName, opts)
  }

  // A string becomes a Title model, so that p.title.text / p.title.align can be styled.
  override get title(): Title {
    const title = super.title
    if (title == null) throw new ValueError("this figure's title is null; set it to a string or a Title first")
    return title as Title
  }
  override set title(value: Title | string | null) {
    super.title = typeof value === "string" ? new Title({ text: value }) : value
  }

  get xaxes(): Axis[] { return [...this.below, ...this.above].filter((m): m is Axis => m instanceof Axis) }
  get yaxes(): Axis[] { return [...this.left, ...this.right].filter((m): m is Axis => m instanceof Axis) }
  get axes(): Axis[] { return [...this.xaxes, ...this.yaxes] }
  get xaxis(): Splat<Axis> { return splat(this.xaxes, "p.xaxis") }
  get yaxis(): Splat<Axis> { return splat(this.yaxes, "p.yaxis") }
  get axis(): Splat<Axis> { return splat(this.axes, "p.axis") }

  get grids(): Grid[] { return this.center.filter((m): m is Grid => m instanceof Grid) }
  get xgrid(): Splat<Grid> { return splat(this.grids.filter((g) => g.dimension === 0), "p.xgrid") }
  get ygrid(): Splat<Grid> { return splat(this.grids.filter((g) => g.dimension === 1), "p.ygrid") }
  get grid(): Splat<Grid> { return splat(this.grids, "p.grid") }

  // The figure's legends; one is created in the plot area when there is none yet.
  get legend(): Splat<Legend> {
    if (legendsOf(this).length === 0) this.center = [...this.center, new Legend()]
    return splat(legendsOf(this), "p.legend")
  }

  get hover(): Splat<HoverTool> {
    return splat(this.toolbar.tools.filter((t): t is HoverTool => t instanceof HoverTool), "p.hover")
  }

  // Puts an annotation, axis, legend or color bar on a side (or in the plot area), moving it
  // from wherever it was on this figure.
  addLayout(model: Model, place: LayoutPlace = "center"): void {
    if (!SIDES.includes(place)) throw new ValueError(`addLayout: place must be one of ${SIDES.map((s) => `"${s}"`).join(", ")}, got "${place}"`)
    for (const side of SIDES) {
      if (side !== place && this[side].includes(model as never)) this[side] = this[side].filter((m) => m !== model)
    }
    if (!this[place].includes(model as never)) this.setValue(place, [...this[place], model])
  }

  addTools(...tools: Tool[]): void {
    this.toolbar.tools = [...this.toolbar.tools, ...tools]
  }

  // A renderer for a glyph model you built yourself (Bokeh's add_glyph).
  addGlyph<G extends Glyph>(glyph: G, options: Omit<RendererOptions, "legendField" | "legendGroup" | "legendLabel"> & { readonly source?: ColumnDataSource } = {}): GlyphRenderer & { glyph: G } {
    const { source, ...rest } = options
    const renderer = new GlyphRenderer({ dataSource: source ?? new ColumnDataSource(), glyph })
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) renderer.setValue(key, value)
    this.renderers = [...this.renderers, renderer]
    return renderer as GlyphRenderer & { glyph: G }
  }

  vbarStack(stackers: readonly string[], options: StackOptions<"vbar">): RendererOfMethod<"vbar">[] {
    return doubleStack(stackers, "bottom", "top", options, "vbarStack()").map((o) => callGlyphMethod(this, "vbar", [o]) as RendererOfMethod<"vbar">)
  }
  hbarStack(stackers: readonly string[], options: StackOptions<"hbar">): RendererOfMethod<"hbar">[] {
    return doubleStack(stackers, "left", "right", options, "hbarStack()").map((o) => callGlyphMethod(this, "hbar", [o]) as RendererOfMethod<"hbar">)
  }
  vareaStack(stackers: readonly string[], options: StackOptions<"varea">): RendererOfMethod<"varea">[] {
    return doubleStack(stackers, "y1", "y2", options, "vareaStack()").map((o) => callGlyphMethod(this, "varea", [o]) as RendererOfMethod<"varea">)
  }
  hareaStack(stackers: readonly string[], options: StackOptions<"harea">): RendererOfMethod<"harea">[] {
    return doubleStack(stackers, "x1", "x2", options, "hareaStack()").map((o) => callGlyphMethod(this, "harea", [o]) as RendererOfMethod<"harea">)
  }
  vlineStack(stackers: readonly string[], options: StackOptions<"line">): RendererOfMethod<"line">[] {
    return singleStack(stackers, "y", options, "vlineStack()").map((o) => callGlyphMethod(this, "line", [o]) as RendererOfMethod<"line">)
  }
  hlineStack(stackers: readonly string[], options: StackOptions<"line">): RendererOfMethod<"line">[] {
    return singleStack(stackers, "x", options, "hlineStack()").map((o) => callGlyphMethod(this, "line", [o]) as RendererOfMethod<"line">)
  }

  // Bins points into hexagons of `size` and draws them as hex tiles colored by count (column
  // "c", with "q" and "r" the axial coordinates); returns the renderer and the bins.
  hexbin(x: ArrayLike<number>, y: ArrayLike<number>, size: number, options: HexbinOptions = {}): [RendererOfMethod<"hexTile">, HexBins] {
    const { orientation = "pointytop", palette = "Viridis256", aspectScale = 1, ...rest } = options
    const bins = hexbin(x, y, size, orientation, aspectScale)
    const max = bins.counts.reduce((a, b) => Math.max(a, b), 0)
    const source = new ColumnDataSource({ data: { q: bins.q, r: bins.r, c: bins.counts } })
    const renderer = callGlyphMethod(this, "hexTile", [{
      lineColor: null, fillColor: linearCmap("c", palette, 0, max), ...rest,
      q: "q", r: "r", size, orientation, aspectScale, source,
    }]) as RendererOfMethod<"hexTile">
    return [renderer, bins]
  }
}

// A new figure; see FigureOptions (Bokeh's figure() arguments, camelCase).
export function figure(options: FigureOptions = {}): Figure {
  return new Figure(options)
}

