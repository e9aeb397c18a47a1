// Legend entries from glyph methods: `legendLabel` (renderers with the same label share one
// item), `legendField` (labels read from a column, per row in the browser) and `legendGroup`
// (one item per distinct value of a column, computed here), as Bokeh's legend_* arguments.
import {
  ColumnDataSource, Legend, LegendItem, RuntimeError, ValueError,
  type GlyphRenderer, type Plot,
} from "../document/index.ts"
import { deepEqual, niceJoin } from "./util.ts"

export interface LegendOptions {
  // a fixed label; renderers with equal labels share a legend item
  readonly legendLabel?: string
  // a column whose values label the rows (evaluated by BokehJS)
  readonly legendField?: string
  // a column whose distinct values each get an item (evaluated here, once)
  readonly legendGroup?: string
}

type Side = "above" | "below" | "left" | "right" | "center"
export const SIDES: readonly Side[] = ["above", "below", "left", "right", "center"]

export function legendsOf(plot: Plot): Legend[] {
  return SIDES.flatMap((side) => plot[side]).filter((m): m is Legend => m instanceof Legend)
}

// The plot's one legend, created in the plot area if there is none yet. Put a Legend on a
// side panel first (p.addLayout(new Legend(), "right")) to have glyph legends land there.
export function legendFor(plot: Plot): Legend {
  const legends = legendsOf(plot)
  if (legends.length > 1) {
    throw new RuntimeError(`${plot} has ${legends.length} legends; legendLabel/legendField/legendGroup need exactly one (add items to a legend yourself instead)`)
  }
  if (legends.length === 1) return legends[0]!
  const legend = new Legend()
  plot.center = [...plot.center, legend]
  return legend
}

// Adds `renderer` to the plot's legend as the options ask; no-op without a legend option.
export function addToLegend(plot: Plot, options: LegendOptions, renderer: GlyphRenderer, where: string): void {
  const given = (["legendLabel", "legendField", "legendGroup"] as const).filter((k) => options[k] != null)
  if (given.length === 0) return
  if (given.length > 1) throw new ValueError(`${where}: only one of legendLabel, legendField and legendGroup may be given, got ${niceJoin(given)}`)
  const kind = given[0]!
  const name = options[kind]!
  if (typeof name !== "string") throw new ValueError(`${where}: ${kind} must be a string, got ${typeof name}`)
  if (kind === "legendGroup") {
    addGroups(plot, name, renderer, where)
    return
  }
  const label = kind === "legendLabel" ? { value: name } : { field: name }
  const legend = legendFor(plot)
  const item = legend.items.find((it) => deepEqual(it.label, label))
  if (item != null) item.renderers = [...item.renderers, renderer]
  else legend.items = [...legend.items, new LegendItem({ label, renderers: [renderer] })]
}

function addGroups(plot: Plot, column: string, renderer: GlyphRenderer, where: string): void {
  const source = renderer.dataSource
  const values = source instanceof ColumnDataSource && source.columnNames.includes(column) ? source.data[column] : undefined
  if (values == null) throw new ValueError(`${where}: legendGroup column '${column}' is not in the glyph's data source`)
  // distinct values in sorted order, each with the row where it first appears
  const first = new Map<unknown, number>()
  Array.from(values as ArrayLike<unknown>).forEach((v, i) => { if (!first.has(v)) first.set(v, i) })
  const distinct = [...first.keys()].sort(compareValues)
  const legend = legendFor(plot)
  const items = distinct.map((v) => new LegendItem({ label: { value: String(v) }, renderers: [renderer], index: first.get(v)! }))
  legend.items = [...legend.items, ...items]
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b
  const sa = String(a), sb = String(b)
  return sa < sb ? -1 : sa > sb ? 1 : 0
}
