// figure()'s `tools`, `tooltips` and `active*` options: tool names as Bokeh knows them
// ("pan,wheel_zoom,box_zoom,save,reset,help"), a HoverTool for tooltips, and which tool of
// each gesture starts active.
import {
  BoxEditTool, BoxSelectTool, BoxZoomTool, ClickPanTool, CopyTool, CrosshairTool, ExamineTool,
  FreehandDrawTool, FullscreenTool, GestureTool, HelpTool, HoverTool, LassoSelectTool, LineEditTool,
  PanTool, PointDrawTool, PolyDrawTool, PolyEditTool, PolySelectTool, RedoTool, ResetTool, SaveTool,
  TapTool, Tool, ToolProxy, UndoTool, ValueError, WheelPanTool, WheelZoomTool, ZoomInTool, ZoomOutTool,
  type dom_DOMElement, type InspectTool, type Toolbar,
} from "../document/index.ts"
import { niceJoin, quote, similarNames } from "./util.ts"

export const DEFAULT_TOOLS = "pan,wheel_zoom,box_zoom,save,reset,help"

// HoverTool tooltips: a template string ("@x: @y"), [label, template] pairs, or a DOM template.
export type Tooltips = string | readonly (readonly [string, string])[] | dom_DOMElement

export type ToolsLike = string | readonly (string | Tool)[]

const ALIASES: Readonly<Record<string, () => Tool>> = {
  pan: () => new PanTool({ dimensions: "both" }),
  xpan: () => new PanTool({ dimensions: "width" }),
  ypan: () => new PanTool({ dimensions: "height" }),
  pan_left: () => new ClickPanTool({ direction: "left" }),
  pan_right: () => new ClickPanTool({ direction: "right" }),
  pan_up: () => new ClickPanTool({ direction: "up" }),
  pan_down: () => new ClickPanTool({ direction: "down" }),
  pan_west: () => new ClickPanTool({ direction: "west" }),
  pan_east: () => new ClickPanTool({ direction: "east" }),
  pan_north: () => new ClickPanTool({ direction: "north" }),
  pan_south: () => new ClickPanTool({ direction: "south" }),
  xwheel_pan: () => new WheelPanTool({ dimension: "width" }),
  ywheel_pan: () => new WheelPanTool({ dimension: "height" }),
  wheel_zoom: () => new WheelZoomTool({ dimensions: "both" }),
  xwheel_zoom: () => new WheelZoomTool({ dimensions: "width" }),
  ywheel_zoom: () => new WheelZoomTool({ dimensions: "height" }),
  zoom_in: () => new ZoomInTool({ dimensions: "both" }),
  xzoom_in: () => new ZoomInTool({ dimensions: "width" }),
  yzoom_in: () => new ZoomInTool({ dimensions: "height" }),
  zoom_out: () => new ZoomOutTool({ dimensions: "both" }),
  xzoom_out: () => new ZoomOutTool({ dimensions: "width" }),
  yzoom_out: () => new ZoomOutTool({ dimensions: "height" }),
  click: () => new TapTool({ behavior: "inspect" }),
  tap: () => new TapTool(),
  doubletap: () => new TapTool({ gesture: "doubletap" }),
  crosshair: () => new CrosshairTool(),
  xcrosshair: () => new CrosshairTool({ dimensions: "width" }),
  ycrosshair: () => new CrosshairTool({ dimensions: "height" }),
  box_select: () => new BoxSelectTool(),
  xbox_select: () => new BoxSelectTool({ dimensions: "width" }),
  ybox_select: () => new BoxSelectTool({ dimensions: "height" }),
  poly_select: () => new PolySelectTool(),
  lasso_select: () => new LassoSelectTool(),
  box_zoom: () => new BoxZoomTool({ dimensions: "both" }),
  xbox_zoom: () => new BoxZoomTool({ dimensions: "width" }),
  ybox_zoom: () => new BoxZoomTool({ dimensions: "height" }),
  auto_box_zoom: () => new BoxZoomTool({ dimensions: "auto" }),
  save: () => new SaveTool(),
  copy: () => new CopyTool(),
  undo: () => new UndoTool(),
  redo: () => new RedoTool(),
  reset: () => new ResetTool(),
  help: () => new HelpTool(),
  examine: () => new ExamineTool(),
  fullscreen: () => new FullscreenTool(),
  box_edit: () => new BoxEditTool(),
  line_edit: () => new LineEditTool(),
  point_draw: () => new PointDrawTool(),
  poly_draw: () => new PolyDrawTool(),
  poly_edit: () => new PolyEditTool(),
  freehand_draw: () => new FreehandDrawTool(),
  hover: () => new HoverTool({ tooltips: [["index", "$index"], ["data (x, y)", "($x, $y)"], ["screen (x, y)", "($sx, $sy)"]] }),
}

export function toolNames(): string[] {
  return Object.keys(ALIASES)
}

// A tool from its Bokeh name ("wheel_zoom", "xpan", "hover", …).
export function toolFromString(name: string): Tool {
  const make = ALIASES[name]
  if (make != null) return make()
  const similar = similarNames(name, toolNames(), 3)
  const hint = similar.length > 0 ? `; did you mean ${niceJoin(similar.map((s) => `'${s}'`), "or")}?` : ""
  throw new ValueError(`unknown tool name '${name}'${hint}`)
}

// The tools for `tools` (names in a string or list, or Tool instances) plus a HoverTool for
// `tooltips` (the given hover tool's, if any), and the named ones by name for active*.
export function resolveTools(tools: ToolsLike, tooltips: Tooltips | null | undefined): { tools: Tool[]; byName: Map<string, Tool> } {
  const result: Tool[] = []
  const byName = new Map<string, Tool>()
  const names: string[] = []
  for (const item of typeof tools === "string" ? [tools] : tools) {
    if (item instanceof Tool) result.push(item)
    else if (typeof item === "string") names.push(...item.split(",").map((s) => s.trim()).filter((s) => s !== ""))
    else throw new ValueError(`tools must be names or Tool instances, got ${quote(item)}`)
  }
  for (const name of names) {
    const tool = toolFromString(name)
    result.push(tool)
    byName.set(name, tool)
  }
  if (tooltips != null) {
    const hover = result.find((tool): tool is HoverTool => tool instanceof HoverTool)
    if (hover != null) hover.tooltips = tooltips
    else result.push(new HoverTool({ tooltips }))
  }
  return { tools: result, byName }
}

export interface ActiveTools {
  readonly activeDrag?: GestureTool | ToolProxy | string | "auto" | null
  readonly activeInspect?: InspectTool | readonly InspectTool[] | ToolProxy | string | "auto" | null
  readonly activeScroll?: GestureTool | ToolProxy | string | "auto" | null
  readonly activeTap?: GestureTool | ToolProxy | string | "auto" | null
  readonly activeMulti?: GestureTool | ToolProxy | string | "auto" | null
}

const ACTIVE = {
  activeDrag: "active_drag",
  activeInspect: "active_inspect",
  activeScroll: "active_scroll",
  activeTap: "active_tap",
  activeMulti: "active_multi",
} as const

// Sets the toolbar's active tools; a string must be a name listed in `tools`.
export function setActiveTools(toolbar: Toolbar, byName: ReadonlyMap<string, Tool>, active: ActiveTools): void {
  for (const [option, wire] of Object.entries(ACTIVE) as Array<[keyof ActiveTools, string]>) {
    const value = active[option]
    if (value === undefined || value === "auto") continue
    if (typeof value === "string") {
      const tool = byName.get(value)
      if (tool == null) {
        const listed = byName.size > 0 ? `the names given are ${niceJoin([...byName.keys()].map((n) => `'${n}'`))}` : "no tool was given by name"
        throw new ValueError(`${option}: '${value}' is not one of the tools named in 'tools' (${listed})`)
      }
      toolbar.setValue(wire, tool)
    } else {
      toolbar.setValue(wire, value)
    }
  }
}
