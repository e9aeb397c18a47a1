// Layout functions as bokeh.layouts: row, column, layout (nested lists → columns of rows) and
// gridplot (plots on a grid sharing one toolbar whose like tools are merged).
import {
  Column, CopyTool, ExamineTool, FullscreenTool, GridPlot, LayoutDOM, Plot, Row, SaveTool, Tool, ToolProxy,
  Toolbar, UIElement, ValueError,
  type ColumnAttrs, type GridPlotAttrs, type Model, type RowAttrs, type ToolbarAttrs,
} from "../document/index.ts"
import type { SizingMode } from "../document/generated/enums.ts"
import { deepEqual, quote } from "./util.ts"

export type RowOptions = Omit<RowAttrs, "children">
export type ColumnOptions = Omit<ColumnAttrs, "children">

function checkChildren(children: readonly unknown[], where: string): UIElement[] {
  return children.map((child, i) => {
    if (!(child instanceof UIElement)) throw new ValueError(`${where}: child ${i} must be a UIElement (a plot, widget or layout), got ${quote(child)}`)
    return child
  })
}

// A child with no sizing of its own follows the layout's sizing mode.
function propagateSizing(children: readonly UIElement[], sizingMode: SizingMode | null | undefined): void {
  if (sizingMode == null) return
  for (const child of children) {
    if (child instanceof LayoutDOM && child.sizingMode == null && child.widthPolicy === "auto" && child.heightPolicy === "auto") {
      child.sizingMode = sizingMode
    }
  }
}

export function row(children: readonly UIElement[], options: RowOptions = {}): Row {
  const items = checkChildren(children, "row()")
  propagateSizing(items, options.sizingMode)
  return new Row({ ...options, children: items })
}

export function column(children: readonly UIElement[], options: ColumnOptions = {}): Column {
  const items = checkChildren(children, "column()")
  propagateSizing(items, options.sizingMode)
  return new Column({ ...options, children: items })
}

export type NestedLayout = readonly (UIElement | NestedLayout)[]

// Nested lists: the outer list is a column, its lists rows, their lists columns, and so on.
export function layout(children: NestedLayout, options: ColumnOptions = {}): Column {
  const build = (items: NestedLayout, depth: number): Row | Column => {
    const built = items.map((item) => (Array.isArray(item) ? build(item as NestedLayout, depth + 1) : item))
    const checked = checkChildren(built, "layout()")
    propagateSizing(checked, options.sizingMode)
    const sizing = options.sizingMode != null ? { sizingMode: options.sizingMode } : {}
    return depth % 2 === 0 ? new Column({ ...(depth === 0 ? options : sizing), children: checked }) : new Row({ ...sizing, children: checked })
  }
  return build(children, 0) as Column
}

export interface GridplotOptions {
  // with a flat list of plots: how many per row
  readonly ncols?: number
  // set on every child
  readonly width?: number
  readonly height?: number
  readonly sizingMode?: SizingMode | null
  // where the shared toolbar goes (default "above"); null: none
  readonly toolbarLocation?: GridPlotAttrs["toolbarLocation"]
  readonly toolbarOptions?: Pick<ToolbarAttrs, "logo" | "autohide" | "activeDrag" | "activeInspect" | "activeScroll" | "activeTap" | "activeMulti">
  // merge the plots' tools into one toolbar (default true)
  readonly mergeTools?: boolean
}

// Plots on a grid (null leaves a cell empty), their tools merged into one toolbar: tools of one
// kind with equal settings become one ToolProxy; save/copy/examine/fullscreen become one tool.
export function gridplot(children: readonly (UIElement | null)[] | readonly (readonly (UIElement | null)[])[], options: GridplotOptions = {}): GridPlot {
  const { ncols, width, height, sizingMode, toolbarLocation = "above", toolbarOptions = {}, mergeTools = true } = options
  const nested = children.some(Array.isArray)
  if (ncols != null && nested) throw new ValueError("gridplot(): with ncols, give a flat list of plots, not rows")
  if (ncols == null && !nested && children.length > 0) throw new ValueError("gridplot(): give rows (a list of lists) or a flat list with ncols")
  if (ncols != null && !(Number.isInteger(ncols) && ncols > 0)) throw new ValueError(`gridplot(): ncols must be a positive integer, got ${ncols}`)
  const rows: (UIElement | null)[][] = nested
    ? (children as readonly (readonly (UIElement | null)[])[]).map((r) => [...r])
    : chunks(children as readonly (UIElement | null)[], ncols ?? 1)

  const toolbars: Toolbar[] = []
  const items: Array<readonly [UIElement, number, number]> = []
  rows.forEach((cells, y) => cells.forEach((item, x) => {
    if (item == null) return
    if (!(item instanceof UIElement)) throw new ValueError(`gridplot(): cell (${y}, ${x}) must be a UIElement or null, got ${quote(item)}`)
    if (item instanceof LayoutDOM) {
      if (mergeTools) {
        for (const plot of item.select({ type: Plot }) as Plot[]) {
          toolbars.push(plot.toolbar)
          plot.toolbarLocation = null
        }
      }
      if (width != null) item.width = width
      if (height != null) item.height = height
      propagateSizing([item], sizingMode)
    }
    items.push([item, y, x])
  }))

  let tools: (Tool | ToolProxy)[] = toolbars.flatMap((tb) => tb.tools)
  if (mergeTools) tools = groupTools(tools)
  const proxyFor = (active: unknown): unknown => {
    if (active instanceof Tool) return tools.find((t) => t instanceof ToolProxy && t.tools.includes(active)) ?? active
    return active
  }
  const shared = (name: keyof NonNullable<GridplotOptions["toolbarOptions"]>, values: unknown[]): Record<string, unknown> => {
    if (toolbarOptions[name] !== undefined) return { [name]: toolbarOptions[name] }
    return values.length > 0 ? { [name]: values[values.length - 1] } : {}
  }
  const toolbar = new Toolbar({
    tools,
    ...shared("logo", toolbars.map((tb) => tb.logo)),
    ...shared("autohide", toolbars.map((tb) => tb.autohide)),
    ...shared("activeDrag", toolbars.map((tb) => proxyFor(tb.activeDrag))),
    ...shared("activeInspect", toolbars.map((tb) => proxyFor(tb.activeInspect))),
    ...shared("activeScroll", toolbars.map((tb) => proxyFor(tb.activeScroll))),
    ...shared("activeTap", toolbars.map((tb) => proxyFor(tb.activeTap))),
    ...shared("activeMulti", toolbars.map((tb) => proxyFor(tb.activeMulti))),
  })
  return new GridPlot({ children: items, toolbar, toolbarLocation, ...(sizingMode != null ? { sizingMode } : {}) })
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

const SINGLETONS = [SaveTool, CopyTool, ExamineTool, FullscreenTool]
// the overlay (a per-tool annotation) and renderers do not make tools different
const IGNORED = new Set(["overlay", "renderers"])

function settings(tool: Model): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const name of tool.schema.props.keys()) if (!IGNORED.has(name)) out.set(name, tool.getValue(name))
  return out
}

// Groups tools of one class with equal settings into ToolProxies, in first-seen order.
export function groupTools(tools: readonly (Tool | ToolProxy)[]): (Tool | ToolProxy)[] {
  const result: (Tool | ToolProxy)[] = []
  const byClass = new Map<Function, Tool[]>()
  for (const tool of tools) {
    if (tool instanceof ToolProxy) result.push(tool)
    else byClass.set(tool.constructor, [...(byClass.get(tool.constructor) ?? []), tool])
  }
  for (const [cls, group] of byClass) {
    const single = SINGLETONS.find((s) => s === cls)
    if (single != null) {
      result.push(new single())
      continue
    }
    const pending = group.map((tool) => ({ tool, props: settings(tool) }))
    while (pending.length > 0) {
      const head = pending.shift()!
      const same = pending.filter((other) => deepEqual(other.props, head.props))
      for (const other of same) pending.splice(pending.indexOf(other), 1)
      result.push(new ToolProxy({ tools: [head.tool, ...same.map((o) => o.tool)] }))
    }
  }
  return result
}
