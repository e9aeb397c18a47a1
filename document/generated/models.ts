// Generated from @bokeh/bokehjs 3.10.0 by document/catalog/generate.ts.
// Do not edit by hand: regenerate with `npm run catalog`.

// Typed classes for every BokehJS model. Accessors are camelCase; getv/setv take wire names.
// No accessor had to be renamed to avoid base-class members.
import { Model as BaseModel } from "../model/model.ts"
import type { ColorValue, SpecValue } from "../kinds/spec_types.ts"
import type { TypedArray } from "../ndarray.ts"
import type * as E from "./enums.ts"

// Container shapes the accessors accept (plain objects or Maps, arrays or Sets, typed arrays).
export type DictOf<T> = Readonly<Record<string, T>> | ReadonlyMap<string, T>
export type MapOf<K, V> = ReadonlyMap<K, V> | Readonly<Record<string, V>>
export type SetOf<T> = ReadonlySet<T> | readonly T[]
export type ArrayableOf<T> = readonly T[] | TypedArray

export interface ModelAttrs {
  tags?: readonly unknown[]
  name?: string | null
  jsPropertyCallbacks?: DictOf<readonly unknown[]>
  jsEventCallbacks?: DictOf<readonly unknown[]>
  subscribedEvents?: SetOf<string>
  syncable?: boolean
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Model extends BaseModel {
  static override readonly __name__: string = "Model"
  constructor(attrs?: ModelAttrs) { super(attrs) }
  get tags(): readonly unknown[] { return this.getv("tags") as (readonly unknown[]) }
  set tags(value: readonly unknown[]) { this.setv("tags", value) }
  get name(): string | null { return this.getv("name") as (string | null) }
  set name(value: string | null) { this.setv("name", value) }
  get jsPropertyCallbacks(): Readonly<Record<string, readonly unknown[]>> { return this.getv("js_property_callbacks") as (Readonly<Record<string, readonly unknown[]>>) }
  set jsPropertyCallbacks(value: DictOf<readonly unknown[]>) { this.setv("js_property_callbacks", value) }
  get jsEventCallbacks(): Readonly<Record<string, readonly unknown[]>> { return this.getv("js_event_callbacks") as (Readonly<Record<string, readonly unknown[]>>) }
  set jsEventCallbacks(value: DictOf<readonly unknown[]>) { this.setv("js_event_callbacks", value) }
  get subscribedEvents(): ReadonlySet<string> { return this.getv("subscribed_events") as ReadonlySet<string> }
  set subscribedEvents(value: SetOf<string>) { this.setv("subscribed_events", value) }
  get syncable(): boolean { return this.getv("syncable") as boolean }
  set syncable(value: boolean) { this.setv("syncable", value) }
}

export interface DocumentConfigAttrs extends ModelAttrs {
  reconnectSession?: boolean
  notifyConnectionStatus?: boolean
  notifications?: Notifications | null
}
export class DocumentConfig extends Model {
  static override readonly __name__: string = "DocumentConfig"
  constructor(attrs?: DocumentConfigAttrs) { super(attrs) }
  get reconnectSession(): boolean { return this.getv("reconnect_session") as boolean }
  set reconnectSession(value: boolean) { this.setv("reconnect_session", value) }
  get notifyConnectionStatus(): boolean { return this.getv("notify_connection_status") as boolean }
  set notifyConnectionStatus(value: boolean) { this.setv("notify_connection_status", value) }
  get notifications(): Notifications | null { return this.getv("notifications") as (Notifications | null) }
  set notifications(value: Notifications | null) { this.setv("notifications", value) }
}

export interface AreaVisualsAttrs extends ModelAttrs {
  lineColor?: ColorValue | null
  lineAlpha?: number
  lineWidth?: number
  lineJoin?: E.LineJoin
  lineCap?: E.LineCap
  lineDash?: E.LineDash | readonly number[]
  lineDashOffset?: number
  fillColor?: ColorValue | null
  fillAlpha?: number
  hatchColor?: ColorValue | null
  hatchAlpha?: number
  hatchScale?: number
  hatchPattern?: E.HatchPatternType | string | null
  hatchWeight?: number
  hatchExtra?: DictOf<Model>
  hoverLineColor?: ColorValue | null
  hoverLineAlpha?: number
  hoverLineWidth?: number
  hoverLineJoin?: E.LineJoin
  hoverLineCap?: E.LineCap
  hoverLineDash?: E.LineDash | readonly number[]
  hoverLineDashOffset?: number
  hoverFillColor?: ColorValue | null
  hoverFillAlpha?: number
  hoverHatchColor?: ColorValue | null
  hoverHatchAlpha?: number
  hoverHatchScale?: number
  hoverHatchPattern?: E.HatchPatternType | string | null
  hoverHatchWeight?: number
  hoverHatchExtra?: DictOf<Model>
}
export class AreaVisuals extends Model {
  static override readonly __name__: string = "AreaVisuals"
  constructor(attrs?: AreaVisualsAttrs) { super(attrs) }
  get lineColor(): ColorValue | null { return this.getv("line_color") as (ColorValue | null) }
  set lineColor(value: ColorValue | null) { this.setv("line_color", value) }
  get lineAlpha(): number { return this.getv("line_alpha") as number }
  set lineAlpha(value: number) { this.setv("line_alpha", value) }
  get lineWidth(): number { return this.getv("line_width") as number }
  set lineWidth(value: number) { this.setv("line_width", value) }
  get lineJoin(): E.LineJoin { return this.getv("line_join") as E.LineJoin }
  set lineJoin(value: E.LineJoin) { this.setv("line_join", value) }
  get lineCap(): E.LineCap { return this.getv("line_cap") as E.LineCap }
  set lineCap(value: E.LineCap) { this.setv("line_cap", value) }
  get lineDash(): E.LineDash | readonly number[] { return this.getv("line_dash") as (E.LineDash | readonly number[]) }
  set lineDash(value: E.LineDash | readonly number[]) { this.setv("line_dash", value) }
  get lineDashOffset(): number { return this.getv("line_dash_offset") as number }
  set lineDashOffset(value: number) { this.setv("line_dash_offset", value) }
  get fillColor(): ColorValue | null { return this.getv("fill_color") as (ColorValue | null) }
  set fillColor(value: ColorValue | null) { this.setv("fill_color", value) }
  get fillAlpha(): number { return this.getv("fill_alpha") as number }
  set fillAlpha(value: number) { this.setv("fill_alpha", value) }
  get hatchColor(): ColorValue | null { return this.getv("hatch_color") as (ColorValue | null) }
  set hatchColor(value: ColorValue | null) { this.setv("hatch_color", value) }
  get hatchAlpha(): number { return this.getv("hatch_alpha") as number }
  set hatchAlpha(value: number) { this.setv("hatch_alpha", value) }
  get hatchScale(): number { return this.getv("hatch_scale") as number }
  set hatchScale(value: number) { this.setv("hatch_scale", value) }
  get hatchPattern(): E.HatchPatternType | string | null { return this.getv("hatch_pattern") as (E.HatchPatternType | string | null) }
  set hatchPattern(value: E.HatchPatternType | string | null) { this.setv("hatch_pattern", value) }
  get hatchWeight(): number { return this.getv("hatch_weight") as number }
  set hatchWeight(value: number) { this.setv("hatch_weight", value) }
  get hatchExtra(): Readonly<Record<string, Model>> { return this.getv("hatch_extra") as (Readonly<Record<string, Model>>) }
  set hatchExtra(value: DictOf<Model>) { this.setv("hatch_extra", value) }
  get hoverLineColor(): ColorValue | null { return this.getv("hover_line_color") as (ColorValue | null) }
  set hoverLineColor(value: ColorValue | null) { this.setv("hover_line_color", value) }
  get hoverLineAlpha(): number { return this.getv("hover_line_alpha") as number }
  set hoverLineAlpha(value: number) { this.setv("hover_line_alpha", value) }
  get hoverLineWidth(): number { return this.getv("hover_line_width") as number }
  set hoverLineWidth(value: number) { this.setv("hover_line_width", value) }
  get hoverLineJoin(): E.LineJoin { return this.getv("hover_line_join") as E.LineJoin }
  set hoverLineJoin(value: E.LineJoin) { this.setv("hover_line_join", value) }
  get hoverLineCap(): E.LineCap { return this.getv("hover_line_cap") as E.LineCap }
  set hoverLineCap(value: E.LineCap) { this.setv("hover_line_cap", value) }
  get hoverLineDash(): E.LineDash | readonly number[] { return this.getv("hover_line_dash") as (E.LineDash | readonly number[]) }
  set hoverLineDash(value: E.LineDash | readonly number[]) { this.setv("hover_line_dash", value) }
  get hoverLineDashOffset(): number { return this.getv("hover_line_dash_offset") as number }
  set hoverLineDashOffset(value: number) { this.setv("hover_line_dash_offset", value) }
  get hoverFillColor(): ColorValue | null { return this.getv("hover_fill_color") as (ColorValue | null) }
  set hoverFillColor(value: ColorValue | null) { this.setv("hover_fill_color", value) }
  get hoverFillAlpha(): number { return this.getv("hover_fill_alpha") as number }
  set hoverFillAlpha(value: number) { this.setv("hover_fill_alpha", value) }
  get hoverHatchColor(): ColorValue | null { return this.getv("hover_hatch_color") as (ColorValue | null) }
  set hoverHatchColor(value: ColorValue | null) { this.setv("hover_hatch_color", value) }
  get hoverHatchAlpha(): number { return this.getv("hover_hatch_alpha") as number }
  set hoverHatchAlpha(value: number) { this.setv("hover_hatch_alpha", value) }
  get hoverHatchScale(): number { return this.getv("hover_hatch_scale") as number }
  set hoverHatchScale(value: number) { this.setv("hover_hatch_scale", value) }
  get hoverHatchPattern(): E.HatchPatternType | string | null { return this.getv("hover_hatch_pattern") as (E.HatchPatternType | string | null) }
  set hoverHatchPattern(value: E.HatchPatternType | string | null) { this.setv("hover_hatch_pattern", value) }
  get hoverHatchWeight(): number { return this.getv("hover_hatch_weight") as number }
  set hoverHatchWeight(value: number) { this.setv("hover_hatch_weight", value) }
  get hoverHatchExtra(): Readonly<Record<string, Model>> { return this.getv("hover_hatch_extra") as (Readonly<Record<string, Model>>) }
  set hoverHatchExtra(value: DictOf<Model>) { this.setv("hover_hatch_extra", value) }
}

export interface StyledElementAttrs extends ModelAttrs {
  htmlAttributes?: DictOf<string>
  htmlId?: string | null
  cssClasses?: readonly string[]
  cssVariables?: DictOf<Node | string>
  styles?: DictOf<string | null> | Styles
  stylesheets?: readonly (StyleSheet | string | DictOf<DictOf<string | null> | Styles>)[]
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class StyledElement extends Model {
  static override readonly __name__: string = "StyledElement"
  constructor(attrs?: StyledElementAttrs) { super(attrs) }
  get htmlAttributes(): Readonly<Record<string, string>> { return this.getv("html_attributes") as (Readonly<Record<string, string>>) }
  set htmlAttributes(value: DictOf<string>) { this.setv("html_attributes", value) }
  get htmlId(): string | null { return this.getv("html_id") as (string | null) }
  set htmlId(value: string | null) { this.setv("html_id", value) }
  get cssClasses(): readonly string[] { return this.getv("css_classes") as (readonly string[]) }
  set cssClasses(value: readonly string[]) { this.setv("css_classes", value) }
  get cssVariables(): Readonly<Record<string, Node | string>> { return this.getv("css_variables") as (Readonly<Record<string, Node | string>>) }
  set cssVariables(value: DictOf<Node | string>) { this.setv("css_variables", value) }
  get styles(): Readonly<Record<string, string | null>> | Styles { return this.getv("styles") as (Readonly<Record<string, string | null>> | Styles) }
  set styles(value: DictOf<string | null> | Styles) { this.setv("styles", value) }
  get stylesheets(): readonly (StyleSheet | string | Readonly<Record<string, Readonly<Record<string, string | null>> | Styles>>)[] { return this.getv("stylesheets") as (readonly (StyleSheet | string | Readonly<Record<string, Readonly<Record<string, string | null>> | Styles>>)[]) }
  set stylesheets(value: readonly (StyleSheet | string | DictOf<DictOf<string | null> | Styles>)[]) { this.setv("stylesheets", value) }
}

export interface RendererAttrs extends StyledElementAttrs {
  group?: RendererGroup | null
  level?: E.RenderLevel
  visible?: boolean
  xRangeName?: string
  yRangeName?: string
  coordinates?: CoordinateMapping | null
  propagateHover?: boolean
  contextMenu?: Menu | null
}
export class Renderer extends StyledElement {
  static override readonly __name__: string = "Renderer"
  constructor(attrs?: RendererAttrs) { super(attrs) }
  get group(): RendererGroup | null { return this.getv("group") as (RendererGroup | null) }
  set group(value: RendererGroup | null) { this.setv("group", value) }
  get level(): E.RenderLevel { return this.getv("level") as E.RenderLevel }
  set level(value: E.RenderLevel) { this.setv("level", value) }
  get visible(): boolean { return this.getv("visible") as boolean }
  set visible(value: boolean) { this.setv("visible", value) }
  get xRangeName(): string { return this.getv("x_range_name") as string }
  set xRangeName(value: string) { this.setv("x_range_name", value) }
  get yRangeName(): string { return this.getv("y_range_name") as string }
  set yRangeName(value: string) { this.setv("y_range_name", value) }
  get coordinates(): CoordinateMapping | null { return this.getv("coordinates") as (CoordinateMapping | null) }
  set coordinates(value: CoordinateMapping | null) { this.setv("coordinates", value) }
  get propagateHover(): boolean { return this.getv("propagate_hover") as boolean }
  set propagateHover(value: boolean) { this.setv("propagate_hover", value) }
  get contextMenu(): Menu | null { return this.getv("context_menu") as (Menu | null) }
  set contextMenu(value: Menu | null) { this.setv("context_menu", value) }
}

export interface CompositeRendererAttrs extends RendererAttrs {
  renderers?: readonly Renderer[]
  elements?: readonly (UIElement | dom_DOMNode)[]
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class CompositeRenderer extends Renderer {
  static override readonly __name__: string = "CompositeRenderer"
  constructor(attrs?: CompositeRendererAttrs) { super(attrs) }
  get renderers(): readonly Renderer[] { return this.getv("renderers") as (readonly Renderer[]) }
  set renderers(value: readonly Renderer[]) { this.setv("renderers", value) }
  get elements(): readonly (UIElement | dom_DOMNode)[] { return this.getv("elements") as (readonly (UIElement | dom_DOMNode)[]) }
  set elements(value: readonly (UIElement | dom_DOMNode)[]) { this.setv("elements", value) }
}

export interface AnnotationAttrs extends CompositeRendererAttrs {}
export class Annotation extends CompositeRenderer {
  static override readonly __name__: string = "Annotation"
  constructor(attrs?: AnnotationAttrs) { super(attrs) }
}

export interface DataAnnotationAttrs extends AnnotationAttrs {
  source?: ColumnarDataSource
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class DataAnnotation extends Annotation {
  static override readonly __name__: string = "DataAnnotation"
  constructor(attrs?: DataAnnotationAttrs) { super(attrs) }
  get source(): ColumnarDataSource { return this.getv("source") as ColumnarDataSource }
  set source(value: ColumnarDataSource) { this.setv("source", value) }
}

export interface ArrowAttrs extends DataAnnotationAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  xStart?: SpecValue<"XCoordinateSpec">
  yStart?: SpecValue<"YCoordinateSpec">
  startUnits?: E.CoordinateUnits
  start?: ArrowHead | null
  xEnd?: SpecValue<"XCoordinateSpec">
  yEnd?: SpecValue<"YCoordinateSpec">
  endUnits?: E.CoordinateUnits
  end?: ArrowHead | null
}
export class Arrow extends DataAnnotation {
  static override readonly __name__: string = "Arrow"
  constructor(attrs?: ArrowAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get xStart(): SpecValue<"XCoordinateSpec"> { return this.getv("x_start") as SpecValue<"XCoordinateSpec"> }
  set xStart(value: SpecValue<"XCoordinateSpec">) { this.setv("x_start", value) }
  get yStart(): SpecValue<"YCoordinateSpec"> { return this.getv("y_start") as SpecValue<"YCoordinateSpec"> }
  set yStart(value: SpecValue<"YCoordinateSpec">) { this.setv("y_start", value) }
  get startUnits(): E.CoordinateUnits { return this.getv("start_units") as E.CoordinateUnits }
  set startUnits(value: E.CoordinateUnits) { this.setv("start_units", value) }
  get start(): ArrowHead | null { return this.getv("start") as (ArrowHead | null) }
  set start(value: ArrowHead | null) { this.setv("start", value) }
  get xEnd(): SpecValue<"XCoordinateSpec"> { return this.getv("x_end") as SpecValue<"XCoordinateSpec"> }
  set xEnd(value: SpecValue<"XCoordinateSpec">) { this.setv("x_end", value) }
  get yEnd(): SpecValue<"YCoordinateSpec"> { return this.getv("y_end") as SpecValue<"YCoordinateSpec"> }
  set yEnd(value: SpecValue<"YCoordinateSpec">) { this.setv("y_end", value) }
  get endUnits(): E.CoordinateUnits { return this.getv("end_units") as E.CoordinateUnits }
  set endUnits(value: E.CoordinateUnits) { this.setv("end_units", value) }
  get end(): ArrowHead | null { return this.getv("end") as (ArrowHead | null) }
  set end(value: ArrowHead | null) { this.setv("end", value) }
}

export interface MarkingAttrs extends ModelAttrs {}
export class Marking extends Model {
  static override readonly __name__: string = "Marking"
  constructor(attrs?: MarkingAttrs) { super(attrs) }
}

export interface ArrowHeadAttrs extends MarkingAttrs {
  size?: SpecValue<"NumberSpec">
}
export class ArrowHead extends Marking {
  static override readonly __name__: string = "ArrowHead"
  constructor(attrs?: ArrowHeadAttrs) { super(attrs) }
  get size(): SpecValue<"NumberSpec"> { return this.getv("size") as SpecValue<"NumberSpec"> }
  set size(value: SpecValue<"NumberSpec">) { this.setv("size", value) }
}

export interface OpenHeadAttrs extends ArrowHeadAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
}
export class OpenHead extends ArrowHead {
  static override readonly __name__: string = "OpenHead"
  constructor(attrs?: OpenHeadAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
}

export interface NormalHeadAttrs extends ArrowHeadAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
}
export class NormalHead extends ArrowHead {
  static override readonly __name__: string = "NormalHead"
  constructor(attrs?: NormalHeadAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
}

export interface TeeHeadAttrs extends ArrowHeadAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
}
export class TeeHead extends ArrowHead {
  static override readonly __name__: string = "TeeHead"
  constructor(attrs?: TeeHeadAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
}

export interface VeeHeadAttrs extends ArrowHeadAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
}
export class VeeHead extends ArrowHead {
  static override readonly __name__: string = "VeeHead"
  constructor(attrs?: VeeHeadAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
}

export interface BaseColorBarAttrs extends AnnotationAttrs {
  majorLabelTextColor?: ColorValue | null
  majorLabelTextOutlineColor?: ColorValue | null
  majorLabelTextOutlineWidth?: number
  majorLabelTextAlpha?: number
  majorLabelTextFont?: string
  majorLabelTextFontSize?: string
  majorLabelTextFontStyle?: E.FontStyle
  majorLabelTextAlign?: E.TextAlign
  majorLabelTextBaseline?: E.TextBaseline
  majorLabelTextLineHeight?: number
  titleTextColor?: ColorValue | null
  titleTextOutlineColor?: ColorValue | null
  titleTextOutlineWidth?: number
  titleTextAlpha?: number
  titleTextFont?: string
  titleTextFontSize?: string
  titleTextFontStyle?: E.FontStyle
  titleTextAlign?: E.TextAlign
  titleTextBaseline?: E.TextBaseline
  titleTextLineHeight?: number
  majorTickLineColor?: ColorValue | null
  majorTickLineAlpha?: number
  majorTickLineWidth?: number
  majorTickLineJoin?: E.LineJoin
  majorTickLineCap?: E.LineCap
  majorTickLineDash?: E.LineDash | readonly number[]
  majorTickLineDashOffset?: number
  minorTickLineColor?: ColorValue | null
  minorTickLineAlpha?: number
  minorTickLineWidth?: number
  minorTickLineJoin?: E.LineJoin
  minorTickLineCap?: E.LineCap
  minorTickLineDash?: E.LineDash | readonly number[]
  minorTickLineDashOffset?: number
  borderLineColor?: ColorValue | null
  borderLineAlpha?: number
  borderLineWidth?: number
  borderLineJoin?: E.LineJoin
  borderLineCap?: E.LineCap
  borderLineDash?: E.LineDash | readonly number[]
  borderLineDashOffset?: number
  barLineColor?: ColorValue | null
  barLineAlpha?: number
  barLineWidth?: number
  barLineJoin?: E.LineJoin
  barLineCap?: E.LineCap
  barLineDash?: E.LineDash | readonly number[]
  barLineDashOffset?: number
  backgroundFillColor?: ColorValue | null
  backgroundFillAlpha?: number
  backgroundHatchColor?: ColorValue | null
  backgroundHatchAlpha?: number
  backgroundHatchScale?: number
  backgroundHatchPattern?: E.HatchPatternType | string | null
  backgroundHatchWeight?: number
  backgroundHatchExtra?: DictOf<Model>
  location?: E.Anchor | readonly [number, number]
  orientation?: E.Orientation | "auto"
  title?: string | BaseText | null
  titleStandoff?: number
  width?: number | "auto"
  height?: number | "auto"
  ticker?: Ticker | "auto"
  formatter?: TickFormatter | "auto"
  majorLabelOverrides?: DictOf<string | BaseText> | MapOf<string | number, string | BaseText>
  majorLabelPolicy?: LabelingPolicy
  labelStandoff?: number
  margin?: number
  padding?: number
  majorTickIn?: number
  majorTickOut?: number
  minorTickIn?: number
  minorTickOut?: number
}
export class BaseColorBar extends Annotation {
  static override readonly __name__: string = "BaseColorBar"
  constructor(attrs?: BaseColorBarAttrs) { super(attrs) }
  get majorLabelTextColor(): ColorValue | null { return this.getv("major_label_text_color") as (ColorValue | null) }
  set majorLabelTextColor(value: ColorValue | null) { this.setv("major_label_text_color", value) }
  get majorLabelTextOutlineColor(): ColorValue | null { return this.getv("major_label_text_outline_color") as (ColorValue | null) }
  set majorLabelTextOutlineColor(value: ColorValue | null) { this.setv("major_label_text_outline_color", value) }
  get majorLabelTextOutlineWidth(): number { return this.getv("major_label_text_outline_width") as number }
  set majorLabelTextOutlineWidth(value: number) { this.setv("major_label_text_outline_width", value) }
  get majorLabelTextAlpha(): number { return this.getv("major_label_text_alpha") as number }
  set majorLabelTextAlpha(value: number) { this.setv("major_label_text_alpha", value) }
  get majorLabelTextFont(): string { return this.getv("major_label_text_font") as string }
  set majorLabelTextFont(value: string) { this.setv("major_label_text_font", value) }
  get majorLabelTextFontSize(): string { return this.getv("major_label_text_font_size") as string }
  set majorLabelTextFontSize(value: string) { this.setv("major_label_text_font_size", value) }
  get majorLabelTextFontStyle(): E.FontStyle { return this.getv("major_label_text_font_style") as E.FontStyle }
  set majorLabelTextFontStyle(value: E.FontStyle) { this.setv("major_label_text_font_style", value) }
  get majorLabelTextAlign(): E.TextAlign { return this.getv("major_label_text_align") as E.TextAlign }
  set majorLabelTextAlign(value: E.TextAlign) { this.setv("major_label_text_align", value) }
  get majorLabelTextBaseline(): E.TextBaseline { return this.getv("major_label_text_baseline") as E.TextBaseline }
  set majorLabelTextBaseline(value: E.TextBaseline) { this.setv("major_label_text_baseline", value) }
  get majorLabelTextLineHeight(): number { return this.getv("major_label_text_line_height") as number }
  set majorLabelTextLineHeight(value: number) { this.setv("major_label_text_line_height", value) }
  get titleTextColor(): ColorValue | null { return this.getv("title_text_color") as (ColorValue | null) }
  set titleTextColor(value: ColorValue | null) { this.setv("title_text_color", value) }
  get titleTextOutlineColor(): ColorValue | null { return this.getv("title_text_outline_color") as (ColorValue | null) }
  set titleTextOutlineColor(value: ColorValue | null) { this.setv("title_text_outline_color", value) }
  get titleTextOutlineWidth(): number { return this.getv("title_text_outline_width") as number }
  set titleTextOutlineWidth(value: number) { this.setv("title_text_outline_width", value) }
  get titleTextAlpha(): number { return this.getv("title_text_alpha") as number }
  set titleTextAlpha(value: number) { this.setv("title_text_alpha", value) }
  get titleTextFont(): string { return this.getv("title_text_font") as string }
  set titleTextFont(value: string) { this.setv("title_text_font", value) }
  get titleTextFontSize(): string { return this.getv("title_text_font_size") as string }
  set titleTextFontSize(value: string) { this.setv("title_text_font_size", value) }
  get titleTextFontStyle(): E.FontStyle { return this.getv("title_text_font_style") as E.FontStyle }
  set titleTextFontStyle(value: E.FontStyle) { this.setv("title_text_font_style", value) }
  get titleTextAlign(): E.TextAlign { return this.getv("title_text_align") as E.TextAlign }
  set titleTextAlign(value: E.TextAlign) { this.setv("title_text_align", value) }
  get titleTextBaseline(): E.TextBaseline { return this.getv("title_text_baseline") as E.TextBaseline }
  set titleTextBaseline(value: E.TextBaseline) { this.setv("title_text_baseline", value) }
  get titleTextLineHeight(): number { return this.getv("title_text_line_height") as number }
  set titleTextLineHeight(value: number) { this.setv("title_text_line_height", value) }
  get majorTickLineColor(): ColorValue | null { return this.getv("major_tick_line_color") as (ColorValue | null) }
  set majorTickLineColor(value: ColorValue | null) { this.setv("major_tick_line_color", value) }
  get majorTickLineAlpha(): number { return this.getv("major_tick_line_alpha") as number }
  set majorTickLineAlpha(value: number) { this.setv("major_tick_line_alpha", value) }
  get majorTickLineWidth(): number { return this.getv("major_tick_line_width") as number }
  set majorTickLineWidth(value: number) { this.setv("major_tick_line_width", value) }
  get majorTickLineJoin(): E.LineJoin { return this.getv("major_tick_line_join") as E.LineJoin }
  set majorTickLineJoin(value: E.LineJoin) { this.setv("major_tick_line_join", value) }
  get majorTickLineCap(): E.LineCap { return this.getv("major_tick_line_cap") as E.LineCap }
  set majorTickLineCap(value: E.LineCap) { this.setv("major_tick_line_cap", value) }
  get majorTickLineDash(): E.LineDash | readonly number[] { return this.getv("major_tick_line_dash") as (E.LineDash | readonly number[]) }
  set majorTickLineDash(value: E.LineDash | readonly number[]) { this.setv("major_tick_line_dash", value) }
  get majorTickLineDashOffset(): number { return this.getv("major_tick_line_dash_offset") as number }
  set majorTickLineDashOffset(value: number) { this.setv("major_tick_line_dash_offset", value) }
  get minorTickLineColor(): ColorValue | null { return this.getv("minor_tick_line_color") as (ColorValue | null) }
  set minorTickLineColor(value: ColorValue | null) { this.setv("minor_tick_line_color", value) }
  get minorTickLineAlpha(): number { return this.getv("minor_tick_line_alpha") as number }
  set minorTickLineAlpha(value: number) { this.setv("minor_tick_line_alpha", value) }
  get minorTickLineWidth(): number { return this.getv("minor_tick_line_width") as number }
  set minorTickLineWidth(value: number) { this.setv("minor_tick_line_width", value) }
  get minorTickLineJoin(): E.LineJoin { return this.getv("minor_tick_line_join") as E.LineJoin }
  set minorTickLineJoin(value: E.LineJoin) { this.setv("minor_tick_line_join", value) }
  get minorTickLineCap(): E.LineCap { return this.getv("minor_tick_line_cap") as E.LineCap }
  set minorTickLineCap(value: E.LineCap) { this.setv("minor_tick_line_cap", value) }
  get minorTickLineDash(): E.LineDash | readonly number[] { return this.getv("minor_tick_line_dash") as (E.LineDash | readonly number[]) }
  set minorTickLineDash(value: E.LineDash | readonly number[]) { this.setv("minor_tick_line_dash", value) }
  get minorTickLineDashOffset(): number { return this.getv("minor_tick_line_dash_offset") as number }
  set minorTickLineDashOffset(value: number) { this.setv("minor_tick_line_dash_offset", value) }
  get borderLineColor(): ColorValue | null { return this.getv("border_line_color") as (ColorValue | null) }
  set borderLineColor(value: ColorValue | null) { this.setv("border_line_color", value) }
  get borderLineAlpha(): number { return this.getv("border_line_alpha") as number }
  set borderLineAlpha(value: number) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): number { return this.getv("border_line_width") as number }
  set borderLineWidth(value: number) { this.setv("border_line_width", value) }
  get borderLineJoin(): E.LineJoin { return this.getv("border_line_join") as E.LineJoin }
  set borderLineJoin(value: E.LineJoin) { this.setv("border_line_join", value) }
  get borderLineCap(): E.LineCap { return this.getv("border_line_cap") as E.LineCap }
  set borderLineCap(value: E.LineCap) { this.setv("border_line_cap", value) }
  get borderLineDash(): E.LineDash | readonly number[] { return this.getv("border_line_dash") as (E.LineDash | readonly number[]) }
  set borderLineDash(value: E.LineDash | readonly number[]) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): number { return this.getv("border_line_dash_offset") as number }
  set borderLineDashOffset(value: number) { this.setv("border_line_dash_offset", value) }
  get barLineColor(): ColorValue | null { return this.getv("bar_line_color") as (ColorValue | null) }
  set barLineColor(value: ColorValue | null) { this.setv("bar_line_color", value) }
  get barLineAlpha(): number { return this.getv("bar_line_alpha") as number }
  set barLineAlpha(value: number) { this.setv("bar_line_alpha", value) }
  get barLineWidth(): number { return this.getv("bar_line_width") as number }
  set barLineWidth(value: number) { this.setv("bar_line_width", value) }
  get barLineJoin(): E.LineJoin { return this.getv("bar_line_join") as E.LineJoin }
  set barLineJoin(value: E.LineJoin) { this.setv("bar_line_join", value) }
  get barLineCap(): E.LineCap { return this.getv("bar_line_cap") as E.LineCap }
  set barLineCap(value: E.LineCap) { this.setv("bar_line_cap", value) }
  get barLineDash(): E.LineDash | readonly number[] { return this.getv("bar_line_dash") as (E.LineDash | readonly number[]) }
  set barLineDash(value: E.LineDash | readonly number[]) { this.setv("bar_line_dash", value) }
  get barLineDashOffset(): number { return this.getv("bar_line_dash_offset") as number }
  set barLineDashOffset(value: number) { this.setv("bar_line_dash_offset", value) }
  get backgroundFillColor(): ColorValue | null { return this.getv("background_fill_color") as (ColorValue | null) }
  set backgroundFillColor(value: ColorValue | null) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): number { return this.getv("background_fill_alpha") as number }
  set backgroundFillAlpha(value: number) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): ColorValue | null { return this.getv("background_hatch_color") as (ColorValue | null) }
  set backgroundHatchColor(value: ColorValue | null) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): number { return this.getv("background_hatch_alpha") as number }
  set backgroundHatchAlpha(value: number) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): number { return this.getv("background_hatch_scale") as number }
  set backgroundHatchScale(value: number) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set backgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): number { return this.getv("background_hatch_weight") as number }
  set backgroundHatchWeight(value: number) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set backgroundHatchExtra(value: DictOf<Model>) { this.setv("background_hatch_extra", value) }
  get location(): E.Anchor | readonly [number, number] { return this.getv("location") as (E.Anchor | readonly [number, number]) }
  set location(value: E.Anchor | readonly [number, number]) { this.setv("location", value) }
  get orientation(): E.Orientation | "auto" { return this.getv("orientation") as (E.Orientation | "auto") }
  set orientation(value: E.Orientation | "auto") { this.setv("orientation", value) }
  get title(): string | BaseText | null { return this.getv("title") as (string | BaseText | null) }
  set title(value: string | BaseText | null) { this.setv("title", value) }
  get titleStandoff(): number { return this.getv("title_standoff") as number }
  set titleStandoff(value: number) { this.setv("title_standoff", value) }
  get width(): number | "auto" { return this.getv("width") as (number | "auto") }
  set width(value: number | "auto") { this.setv("width", value) }
  get height(): number | "auto" { return this.getv("height") as (number | "auto") }
  set height(value: number | "auto") { this.setv("height", value) }
  get ticker(): Ticker | "auto" { return this.getv("ticker") as (Ticker | "auto") }
  set ticker(value: Ticker | "auto") { this.setv("ticker", value) }
  get formatter(): TickFormatter | "auto" { return this.getv("formatter") as (TickFormatter | "auto") }
  set formatter(value: TickFormatter | "auto") { this.setv("formatter", value) }
  get majorLabelOverrides(): Readonly<Record<string, string | BaseText>> | MapOf<string | number, string | BaseText> { return this.getv("major_label_overrides") as (Readonly<Record<string, string | BaseText>> | MapOf<string | number, string | BaseText>) }
  set majorLabelOverrides(value: DictOf<string | BaseText> | MapOf<string | number, string | BaseText>) { this.setv("major_label_overrides", value) }
  get majorLabelPolicy(): LabelingPolicy { return this.getv("major_label_policy") as LabelingPolicy }
  set majorLabelPolicy(value: LabelingPolicy) { this.setv("major_label_policy", value) }
  get labelStandoff(): number { return this.getv("label_standoff") as number }
  set labelStandoff(value: number) { this.setv("label_standoff", value) }
  get margin(): number { return this.getv("margin") as number }
  set margin(value: number) { this.setv("margin", value) }
  get padding(): number { return this.getv("padding") as number }
  set padding(value: number) { this.setv("padding", value) }
  get majorTickIn(): number { return this.getv("major_tick_in") as number }
  set majorTickIn(value: number) { this.setv("major_tick_in", value) }
  get majorTickOut(): number { return this.getv("major_tick_out") as number }
  set majorTickOut(value: number) { this.setv("major_tick_out", value) }
  get minorTickIn(): number { return this.getv("minor_tick_in") as number }
  set minorTickIn(value: number) { this.setv("minor_tick_in", value) }
  get minorTickOut(): number { return this.getv("minor_tick_out") as number }
  set minorTickOut(value: number) { this.setv("minor_tick_out", value) }
}

export interface UpperLowerAttrs extends DataAnnotationAttrs {
  dimension?: E.Dimension
  lower?: SpecValue<"XOrYCoordinateSpec">
  upper?: SpecValue<"XOrYCoordinateSpec">
  base?: SpecValue<"XOrYCoordinateSpec">
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class UpperLower extends DataAnnotation {
  static override readonly __name__: string = "UpperLower"
  constructor(attrs?: UpperLowerAttrs) { super(attrs) }
  get dimension(): E.Dimension { return this.getv("dimension") as E.Dimension }
  set dimension(value: E.Dimension) { this.setv("dimension", value) }
  get lower(): SpecValue<"XOrYCoordinateSpec"> { return this.getv("lower") as SpecValue<"XOrYCoordinateSpec"> }
  set lower(value: SpecValue<"XOrYCoordinateSpec">) { this.setv("lower", value) }
  get upper(): SpecValue<"XOrYCoordinateSpec"> { return this.getv("upper") as SpecValue<"XOrYCoordinateSpec"> }
  set upper(value: SpecValue<"XOrYCoordinateSpec">) { this.setv("upper", value) }
  get base(): SpecValue<"XOrYCoordinateSpec"> { return this.getv("base") as SpecValue<"XOrYCoordinateSpec"> }
  set base(value: SpecValue<"XOrYCoordinateSpec">) { this.setv("base", value) }
}

export interface BandAttrs extends UpperLowerAttrs {
  lineColor?: ColorValue | null
  lineAlpha?: number
  lineWidth?: number
  lineJoin?: E.LineJoin
  lineCap?: E.LineCap
  lineDash?: E.LineDash | readonly number[]
  lineDashOffset?: number
  fillColor?: ColorValue | null
  fillAlpha?: number
  hatchColor?: ColorValue | null
  hatchAlpha?: number
  hatchScale?: number
  hatchPattern?: E.HatchPatternType | string | null
  hatchWeight?: number
  hatchExtra?: DictOf<Model>
}
export class Band extends UpperLower {
  static override readonly __name__: string = "Band"
  constructor(attrs?: BandAttrs) { super(attrs) }
  get lineColor(): ColorValue | null { return this.getv("line_color") as (ColorValue | null) }
  set lineColor(value: ColorValue | null) { this.setv("line_color", value) }
  get lineAlpha(): number { return this.getv("line_alpha") as number }
  set lineAlpha(value: number) { this.setv("line_alpha", value) }
  get lineWidth(): number { return this.getv("line_width") as number }
  set lineWidth(value: number) { this.setv("line_width", value) }
  get lineJoin(): E.LineJoin { return this.getv("line_join") as E.LineJoin }
  set lineJoin(value: E.LineJoin) { this.setv("line_join", value) }
  get lineCap(): E.LineCap { return this.getv("line_cap") as E.LineCap }
  set lineCap(value: E.LineCap) { this.setv("line_cap", value) }
  get lineDash(): E.LineDash | readonly number[] { return this.getv("line_dash") as (E.LineDash | readonly number[]) }
  set lineDash(value: E.LineDash | readonly number[]) { this.setv("line_dash", value) }
  get lineDashOffset(): number { return this.getv("line_dash_offset") as number }
  set lineDashOffset(value: number) { this.setv("line_dash_offset", value) }
  get fillColor(): ColorValue | null { return this.getv("fill_color") as (ColorValue | null) }
  set fillColor(value: ColorValue | null) { this.setv("fill_color", value) }
  get fillAlpha(): number { return this.getv("fill_alpha") as number }
  set fillAlpha(value: number) { this.setv("fill_alpha", value) }
  get hatchColor(): ColorValue | null { return this.getv("hatch_color") as (ColorValue | null) }
  set hatchColor(value: ColorValue | null) { this.setv("hatch_color", value) }
  get hatchAlpha(): number { return this.getv("hatch_alpha") as number }
  set hatchAlpha(value: number) { this.setv("hatch_alpha", value) }
  get hatchScale(): number { return this.getv("hatch_scale") as number }
  set hatchScale(value: number) { this.setv("hatch_scale", value) }
  get hatchPattern(): E.HatchPatternType | string | null { return this.getv("hatch_pattern") as (E.HatchPatternType | string | null) }
  set hatchPattern(value: E.HatchPatternType | string | null) { this.setv("hatch_pattern", value) }
  get hatchWeight(): number { return this.getv("hatch_weight") as number }
  set hatchWeight(value: number) { this.setv("hatch_weight", value) }
  get hatchExtra(): Readonly<Record<string, Model>> { return this.getv("hatch_extra") as (Readonly<Record<string, Model>>) }
  set hatchExtra(value: DictOf<Model>) { this.setv("hatch_extra", value) }
}

export interface BoxAnnotationAttrs extends AnnotationAttrs {
  lineColor?: ColorValue | null
  lineAlpha?: number
  lineWidth?: number
  lineJoin?: E.LineJoin
  lineCap?: E.LineCap
  lineDash?: E.LineDash | readonly number[]
  lineDashOffset?: number
  fillColor?: ColorValue | null
  fillAlpha?: number
  hatchColor?: ColorValue | null
  hatchAlpha?: number
  hatchScale?: number
  hatchPattern?: E.HatchPatternType | string | null
  hatchWeight?: number
  hatchExtra?: DictOf<Model>
  hoverLineColor?: ColorValue | null
  hoverLineAlpha?: number
  hoverLineWidth?: number
  hoverLineJoin?: E.LineJoin
  hoverLineCap?: E.LineCap
  hoverLineDash?: E.LineDash | readonly number[]
  hoverLineDashOffset?: number
  hoverFillColor?: ColorValue | null
  hoverFillAlpha?: number
  hoverHatchColor?: ColorValue | null
  hoverHatchAlpha?: number
  hoverHatchScale?: number
  hoverHatchPattern?: E.HatchPatternType | string | null
  hoverHatchWeight?: number
  hoverHatchExtra?: DictOf<Model>
  top?: number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate
  bottom?: number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate
  left?: number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate
  right?: number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate
  topUnits?: E.CoordinateUnits
  bottomUnits?: E.CoordinateUnits
  leftUnits?: E.CoordinateUnits
  rightUnits?: E.CoordinateUnits
  topLimit?: number | Node | null
  bottomLimit?: number | Node | null
  leftLimit?: number | Node | null
  rightLimit?: number | Node | null
  minWidth?: number
  minHeight?: number
  maxWidth?: number
  maxHeight?: number
  borderRadius?: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }
  editable?: boolean
  resizable?: "none" | "left" | "right" | "top" | "bottom" | "x" | "y" | "all"
  movable?: "none" | "x" | "y" | "both"
  symmetric?: boolean
  useHandles?: boolean
  handles?: BoxInteractionHandles
  inverted?: boolean
}
export class BoxAnnotation extends Annotation {
  static override readonly __name__: string = "BoxAnnotation"
  constructor(attrs?: BoxAnnotationAttrs) { super(attrs) }
  get lineColor(): ColorValue | null { return this.getv("line_color") as (ColorValue | null) }
  set lineColor(value: ColorValue | null) { this.setv("line_color", value) }
  get lineAlpha(): number { return this.getv("line_alpha") as number }
  set lineAlpha(value: number) { this.setv("line_alpha", value) }
  get lineWidth(): number { return this.getv("line_width") as number }
  set lineWidth(value: number) { this.setv("line_width", value) }
  get lineJoin(): E.LineJoin { return this.getv("line_join") as E.LineJoin }
  set lineJoin(value: E.LineJoin) { this.setv("line_join", value) }
  get lineCap(): E.LineCap { return this.getv("line_cap") as E.LineCap }
  set lineCap(value: E.LineCap) { this.setv("line_cap", value) }
  get lineDash(): E.LineDash | readonly number[] { return this.getv("line_dash") as (E.LineDash | readonly number[]) }
  set lineDash(value: E.LineDash | readonly number[]) { this.setv("line_dash", value) }
  get lineDashOffset(): number { return this.getv("line_dash_offset") as number }
  set lineDashOffset(value: number) { this.setv("line_dash_offset", value) }
  get fillColor(): ColorValue | null { return this.getv("fill_color") as (ColorValue | null) }
  set fillColor(value: ColorValue | null) { this.setv("fill_color", value) }
  get fillAlpha(): number { return this.getv("fill_alpha") as number }
  set fillAlpha(value: number) { this.setv("fill_alpha", value) }
  get hatchColor(): ColorValue | null { return this.getv("hatch_color") as (ColorValue | null) }
  set hatchColor(value: ColorValue | null) { this.setv("hatch_color", value) }
  get hatchAlpha(): number { return this.getv("hatch_alpha") as number }
  set hatchAlpha(value: number) { this.setv("hatch_alpha", value) }
  get hatchScale(): number { return this.getv("hatch_scale") as number }
  set hatchScale(value: number) { this.setv("hatch_scale", value) }
  get hatchPattern(): E.HatchPatternType | string | null { return this.getv("hatch_pattern") as (E.HatchPatternType | string | null) }
  set hatchPattern(value: E.HatchPatternType | string | null) { this.setv("hatch_pattern", value) }
  get hatchWeight(): number { return this.getv("hatch_weight") as number }
  set hatchWeight(value: number) { this.setv("hatch_weight", value) }
  get hatchExtra(): Readonly<Record<string, Model>> { return this.getv("hatch_extra") as (Readonly<Record<string, Model>>) }
  set hatchExtra(value: DictOf<Model>) { this.setv("hatch_extra", value) }
  get hoverLineColor(): ColorValue | null { return this.getv("hover_line_color") as (ColorValue | null) }
  set hoverLineColor(value: ColorValue | null) { this.setv("hover_line_color", value) }
  get hoverLineAlpha(): number { return this.getv("hover_line_alpha") as number }
  set hoverLineAlpha(value: number) { this.setv("hover_line_alpha", value) }
  get hoverLineWidth(): number { return this.getv("hover_line_width") as number }
  set hoverLineWidth(value: number) { this.setv("hover_line_width", value) }
  get hoverLineJoin(): E.LineJoin { return this.getv("hover_line_join") as E.LineJoin }
  set hoverLineJoin(value: E.LineJoin) { this.setv("hover_line_join", value) }
  get hoverLineCap(): E.LineCap { return this.getv("hover_line_cap") as E.LineCap }
  set hoverLineCap(value: E.LineCap) { this.setv("hover_line_cap", value) }
  get hoverLineDash(): E.LineDash | readonly number[] { return this.getv("hover_line_dash") as (E.LineDash | readonly number[]) }
  set hoverLineDash(value: E.LineDash | readonly number[]) { this.setv("hover_line_dash", value) }
  get hoverLineDashOffset(): number { return this.getv("hover_line_dash_offset") as number }
  set hoverLineDashOffset(value: number) { this.setv("hover_line_dash_offset", value) }
  get hoverFillColor(): ColorValue | null { return this.getv("hover_fill_color") as (ColorValue | null) }
  set hoverFillColor(value: ColorValue | null) { this.setv("hover_fill_color", value) }
  get hoverFillAlpha(): number { return this.getv("hover_fill_alpha") as number }
  set hoverFillAlpha(value: number) { this.setv("hover_fill_alpha", value) }
  get hoverHatchColor(): ColorValue | null { return this.getv("hover_hatch_color") as (ColorValue | null) }
  set hoverHatchColor(value: ColorValue | null) { this.setv("hover_hatch_color", value) }
  get hoverHatchAlpha(): number { return this.getv("hover_hatch_alpha") as number }
  set hoverHatchAlpha(value: number) { this.setv("hover_hatch_alpha", value) }
  get hoverHatchScale(): number { return this.getv("hover_hatch_scale") as number }
  set hoverHatchScale(value: number) { this.setv("hover_hatch_scale", value) }
  get hoverHatchPattern(): E.HatchPatternType | string | null { return this.getv("hover_hatch_pattern") as (E.HatchPatternType | string | null) }
  set hoverHatchPattern(value: E.HatchPatternType | string | null) { this.setv("hover_hatch_pattern", value) }
  get hoverHatchWeight(): number { return this.getv("hover_hatch_weight") as number }
  set hoverHatchWeight(value: number) { this.setv("hover_hatch_weight", value) }
  get hoverHatchExtra(): Readonly<Record<string, Model>> { return this.getv("hover_hatch_extra") as (Readonly<Record<string, Model>>) }
  set hoverHatchExtra(value: DictOf<Model>) { this.setv("hover_hatch_extra", value) }
  get top(): number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate { return this.getv("top") as (number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate) }
  set top(value: number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate) { this.setv("top", value) }
  get bottom(): number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate { return this.getv("bottom") as (number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate) }
  set bottom(value: number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate) { this.setv("bottom", value) }
  get left(): number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate { return this.getv("left") as (number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate) }
  set left(value: number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate) { this.setv("left", value) }
  get right(): number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate { return this.getv("right") as (number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate) }
  set right(value: number | string | readonly [string, string] | readonly [string, string, string] | readonly [string, number] | readonly [string, string, number] | readonly [string, string, string, number] | Coordinate) { this.setv("right", value) }
  get topUnits(): E.CoordinateUnits { return this.getv("top_units") as E.CoordinateUnits }
  set topUnits(value: E.CoordinateUnits) { this.setv("top_units", value) }
  get bottomUnits(): E.CoordinateUnits { return this.getv("bottom_units") as E.CoordinateUnits }
  set bottomUnits(value: E.CoordinateUnits) { this.setv("bottom_units", value) }
  get leftUnits(): E.CoordinateUnits { return this.getv("left_units") as E.CoordinateUnits }
  set leftUnits(value: E.CoordinateUnits) { this.setv("left_units", value) }
  get rightUnits(): E.CoordinateUnits { return this.getv("right_units") as E.CoordinateUnits }
  set rightUnits(value: E.CoordinateUnits) { this.setv("right_units", value) }
  get topLimit(): number | Node | null { return this.getv("top_limit") as (number | Node | null) }
  set topLimit(value: number | Node | null) { this.setv("top_limit", value) }
  get bottomLimit(): number | Node | null { return this.getv("bottom_limit") as (number | Node | null) }
  set bottomLimit(value: number | Node | null) { this.setv("bottom_limit", value) }
  get leftLimit(): number | Node | null { return this.getv("left_limit") as (number | Node | null) }
  set leftLimit(value: number | Node | null) { this.setv("left_limit", value) }
  get rightLimit(): number | Node | null { return this.getv("right_limit") as (number | Node | null) }
  set rightLimit(value: number | Node | null) { this.setv("right_limit", value) }
  get minWidth(): number { return this.getv("min_width") as number }
  set minWidth(value: number) { this.setv("min_width", value) }
  get minHeight(): number { return this.getv("min_height") as number }
  set minHeight(value: number) { this.setv("min_height", value) }
  get maxWidth(): number { return this.getv("max_width") as number }
  set maxWidth(value: number) { this.setv("max_width", value) }
  get maxHeight(): number { return this.getv("max_height") as number }
  set maxHeight(value: number) { this.setv("max_height", value) }
  get borderRadius(): number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number } { return this.getv("border_radius") as (number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) }
  set borderRadius(value: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) { this.setv("border_radius", value) }
  get editable(): boolean { return this.getv("editable") as boolean }
  set editable(value: boolean) { this.setv("editable", value) }
  get resizable(): "none" | "left" | "right" | "top" | "bottom" | "x" | "y" | "all" { return this.getv("resizable") as ("none" | "left" | "right" | "top" | "bottom" | "x" | "y" | "all") }
  set resizable(value: "none" | "left" | "right" | "top" | "bottom" | "x" | "y" | "all") { this.setv("resizable", value) }
  get movable(): "none" | "x" | "y" | "both" { return this.getv("movable") as ("none" | "x" | "y" | "both") }
  set movable(value: "none" | "x" | "y" | "both") { this.setv("movable", value) }
  get symmetric(): boolean { return this.getv("symmetric") as boolean }
  set symmetric(value: boolean) { this.setv("symmetric", value) }
  get useHandles(): boolean { return this.getv("use_handles") as boolean }
  set useHandles(value: boolean) { this.setv("use_handles", value) }
  get handles(): BoxInteractionHandles { return this.getv("handles") as BoxInteractionHandles }
  set handles(value: BoxInteractionHandles) { this.setv("handles", value) }
  get inverted(): boolean { return this.getv("inverted") as boolean }
  set inverted(value: boolean) { this.setv("inverted", value) }
}

export interface BoxInteractionHandlesAttrs extends ModelAttrs {
  all?: AreaVisuals
  move?: AreaVisuals | null
  resize?: AreaVisuals | null
  sides?: AreaVisuals | null
  corners?: AreaVisuals | null
  left?: AreaVisuals | null
  right?: AreaVisuals | null
  top?: AreaVisuals | null
  bottom?: AreaVisuals | null
  topLeft?: AreaVisuals | null
  topRight?: AreaVisuals | null
  bottomLeft?: AreaVisuals | null
  bottomRight?: AreaVisuals | null
}
export class BoxInteractionHandles extends Model {
  static override readonly __name__: string = "BoxInteractionHandles"
  constructor(attrs?: BoxInteractionHandlesAttrs) { super(attrs) }
  get all(): AreaVisuals { return this.getv("all") as AreaVisuals }
  set all(value: AreaVisuals) { this.setv("all", value) }
  get move(): AreaVisuals | null { return this.getv("move") as (AreaVisuals | null) }
  set move(value: AreaVisuals | null) { this.setv("move", value) }
  get resize(): AreaVisuals | null { return this.getv("resize") as (AreaVisuals | null) }
  set resize(value: AreaVisuals | null) { this.setv("resize", value) }
  get sides(): AreaVisuals | null { return this.getv("sides") as (AreaVisuals | null) }
  set sides(value: AreaVisuals | null) { this.setv("sides", value) }
  get corners(): AreaVisuals | null { return this.getv("corners") as (AreaVisuals | null) }
  set corners(value: AreaVisuals | null) { this.setv("corners", value) }
  get left(): AreaVisuals | null { return this.getv("left") as (AreaVisuals | null) }
  set left(value: AreaVisuals | null) { this.setv("left", value) }
  get right(): AreaVisuals | null { return this.getv("right") as (AreaVisuals | null) }
  set right(value: AreaVisuals | null) { this.setv("right", value) }
  get top(): AreaVisuals | null { return this.getv("top") as (AreaVisuals | null) }
  set top(value: AreaVisuals | null) { this.setv("top", value) }
  get bottom(): AreaVisuals | null { return this.getv("bottom") as (AreaVisuals | null) }
  set bottom(value: AreaVisuals | null) { this.setv("bottom", value) }
  get topLeft(): AreaVisuals | null { return this.getv("top_left") as (AreaVisuals | null) }
  set topLeft(value: AreaVisuals | null) { this.setv("top_left", value) }
  get topRight(): AreaVisuals | null { return this.getv("top_right") as (AreaVisuals | null) }
  set topRight(value: AreaVisuals | null) { this.setv("top_right", value) }
  get bottomLeft(): AreaVisuals | null { return this.getv("bottom_left") as (AreaVisuals | null) }
  set bottomLeft(value: AreaVisuals | null) { this.setv("bottom_left", value) }
  get bottomRight(): AreaVisuals | null { return this.getv("bottom_right") as (AreaVisuals | null) }
  set bottomRight(value: AreaVisuals | null) { this.setv("bottom_right", value) }
}

export interface ColorBarAttrs extends BaseColorBarAttrs {
  colorMapper?: ColorMapper
  displayLow?: number | null
  displayHigh?: number | null
  scaleAlpha?: number
}
export class ColorBar extends BaseColorBar {
  static override readonly __name__: string = "ColorBar"
  constructor(attrs?: ColorBarAttrs) { super(attrs) }
  get colorMapper(): ColorMapper { return this.getv("color_mapper") as ColorMapper }
  set colorMapper(value: ColorMapper) { this.setv("color_mapper", value) }
  get displayLow(): number | null { return this.getv("display_low") as (number | null) }
  set displayLow(value: number | null) { this.setv("display_low", value) }
  get displayHigh(): number | null { return this.getv("display_high") as (number | null) }
  set displayHigh(value: number | null) { this.setv("display_high", value) }
  get scaleAlpha(): number { return this.getv("scale_alpha") as number }
  set scaleAlpha(value: number) { this.setv("scale_alpha", value) }
}

export interface ContourColorBarAttrs extends BaseColorBarAttrs {
  fillRenderer?: GlyphRenderer
  lineRenderer?: GlyphRenderer
  levels?: readonly number[]
}
export class ContourColorBar extends BaseColorBar {
  static override readonly __name__: string = "ContourColorBar"
  constructor(attrs?: ContourColorBarAttrs) { super(attrs) }
  get fillRenderer(): GlyphRenderer { return this.getv("fill_renderer") as GlyphRenderer }
  set fillRenderer(value: GlyphRenderer) { this.setv("fill_renderer", value) }
  get lineRenderer(): GlyphRenderer { return this.getv("line_renderer") as GlyphRenderer }
  set lineRenderer(value: GlyphRenderer) { this.setv("line_renderer", value) }
  get levels(): readonly number[] { return this.getv("levels") as (readonly number[]) }
  set levels(value: readonly number[]) { this.setv("levels", value) }
}

export interface TextAnnotationAttrs extends AnnotationAttrs {
  textColor?: ColorValue | null
  textOutlineColor?: ColorValue | null
  textOutlineWidth?: number
  textAlpha?: number
  textFont?: string
  textFontSize?: string
  textFontStyle?: E.FontStyle
  textAlign?: E.TextAlign
  textBaseline?: E.TextBaseline
  textLineHeight?: number
  borderLineColor?: ColorValue | null
  borderLineAlpha?: number
  borderLineWidth?: number
  borderLineJoin?: E.LineJoin
  borderLineCap?: E.LineCap
  borderLineDash?: E.LineDash | readonly number[]
  borderLineDashOffset?: number
  backgroundFillColor?: ColorValue | null
  backgroundFillAlpha?: number
  backgroundHatchColor?: ColorValue | null
  backgroundHatchAlpha?: number
  backgroundHatchScale?: number
  backgroundHatchPattern?: E.HatchPatternType | string | null
  backgroundHatchWeight?: number
  backgroundHatchExtra?: DictOf<Model>
  text?: string | BaseText
  padding?: number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }
  borderRadius?: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }
}
export class TextAnnotation extends Annotation {
  static override readonly __name__: string = "TextAnnotation"
  constructor(attrs?: TextAnnotationAttrs) { super(attrs) }
  get textColor(): ColorValue | null { return this.getv("text_color") as (ColorValue | null) }
  set textColor(value: ColorValue | null) { this.setv("text_color", value) }
  get textOutlineColor(): ColorValue | null { return this.getv("text_outline_color") as (ColorValue | null) }
  set textOutlineColor(value: ColorValue | null) { this.setv("text_outline_color", value) }
  get textOutlineWidth(): number { return this.getv("text_outline_width") as number }
  set textOutlineWidth(value: number) { this.setv("text_outline_width", value) }
  get textAlpha(): number { return this.getv("text_alpha") as number }
  set textAlpha(value: number) { this.setv("text_alpha", value) }
  get textFont(): string { return this.getv("text_font") as string }
  set textFont(value: string) { this.setv("text_font", value) }
  get textFontSize(): string { return this.getv("text_font_size") as string }
  set textFontSize(value: string) { this.setv("text_font_size", value) }
  get textFontStyle(): E.FontStyle { return this.getv("text_font_style") as E.FontStyle }
  set textFontStyle(value: E.FontStyle) { this.setv("text_font_style", value) }
  get textAlign(): E.TextAlign { return this.getv("text_align") as E.TextAlign }
  set textAlign(value: E.TextAlign) { this.setv("text_align", value) }
  get textBaseline(): E.TextBaseline { return this.getv("text_baseline") as E.TextBaseline }
  set textBaseline(value: E.TextBaseline) { this.setv("text_baseline", value) }
  get textLineHeight(): number { return this.getv("text_line_height") as number }
  set textLineHeight(value: number) { this.setv("text_line_height", value) }
  get borderLineColor(): ColorValue | null { return this.getv("border_line_color") as (ColorValue | null) }
  set borderLineColor(value: ColorValue | null) { this.setv("border_line_color", value) }
  get borderLineAlpha(): number { return this.getv("border_line_alpha") as number }
  set borderLineAlpha(value: number) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): number { return this.getv("border_line_width") as number }
  set borderLineWidth(value: number) { this.setv("border_line_width", value) }
  get borderLineJoin(): E.LineJoin { return this.getv("border_line_join") as E.LineJoin }
  set borderLineJoin(value: E.LineJoin) { this.setv("border_line_join", value) }
  get borderLineCap(): E.LineCap { return this.getv("border_line_cap") as E.LineCap }
  set borderLineCap(value: E.LineCap) { this.setv("border_line_cap", value) }
  get borderLineDash(): E.LineDash | readonly number[] { return this.getv("border_line_dash") as (E.LineDash | readonly number[]) }
  set borderLineDash(value: E.LineDash | readonly number[]) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): number { return this.getv("border_line_dash_offset") as number }
  set borderLineDashOffset(value: number) { this.setv("border_line_dash_offset", value) }
  get backgroundFillColor(): ColorValue | null { return this.getv("background_fill_color") as (ColorValue | null) }
  set backgroundFillColor(value: ColorValue | null) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): number { return this.getv("background_fill_alpha") as number }
  set backgroundFillAlpha(value: number) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): ColorValue | null { return this.getv("background_hatch_color") as (ColorValue | null) }
  set backgroundHatchColor(value: ColorValue | null) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): number { return this.getv("background_hatch_alpha") as number }
  set backgroundHatchAlpha(value: number) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): number { return this.getv("background_hatch_scale") as number }
  set backgroundHatchScale(value: number) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set backgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): number { return this.getv("background_hatch_weight") as number }
  set backgroundHatchWeight(value: number) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set backgroundHatchExtra(value: DictOf<Model>) { this.setv("background_hatch_extra", value) }
  get text(): string | BaseText { return this.getv("text") as (string | BaseText) }
  set text(value: string | BaseText) { this.setv("text", value) }
  get padding(): number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number } { return this.getv("padding") as (number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }) }
  set padding(value: number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }) { this.setv("padding", value) }
  get borderRadius(): number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number } { return this.getv("border_radius") as (number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) }
  set borderRadius(value: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) { this.setv("border_radius", value) }
}

export interface LabelAttrs extends TextAnnotationAttrs {
  anchor?: E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number] | "auto"
  x?: number | Coordinate
  y?: number | Coordinate
  xUnits?: E.CoordinateUnits
  yUnits?: E.CoordinateUnits
  xOffset?: number
  yOffset?: number
  angle?: number
  angleUnits?: E.AngleUnits
  direction?: E.Direction
  editable?: boolean
}
export class Label extends TextAnnotation {
  static override readonly __name__: string = "Label"
  constructor(attrs?: LabelAttrs) { super(attrs) }
  get anchor(): E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number] | "auto" { return this.getv("anchor") as (E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number] | "auto") }
  set anchor(value: E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number] | "auto") { this.setv("anchor", value) }
  get x(): number | Coordinate { return this.getv("x") as (number | Coordinate) }
  set x(value: number | Coordinate) { this.setv("x", value) }
  get y(): number | Coordinate { return this.getv("y") as (number | Coordinate) }
  set y(value: number | Coordinate) { this.setv("y", value) }
  get xUnits(): E.CoordinateUnits { return this.getv("x_units") as E.CoordinateUnits }
  set xUnits(value: E.CoordinateUnits) { this.setv("x_units", value) }
  get yUnits(): E.CoordinateUnits { return this.getv("y_units") as E.CoordinateUnits }
  set yUnits(value: E.CoordinateUnits) { this.setv("y_units", value) }
  get xOffset(): number { return this.getv("x_offset") as number }
  set xOffset(value: number) { this.setv("x_offset", value) }
  get yOffset(): number { return this.getv("y_offset") as number }
  set yOffset(value: number) { this.setv("y_offset", value) }
  get angle(): number { return this.getv("angle") as number }
  set angle(value: number) { this.setv("angle", value) }
  get angleUnits(): E.AngleUnits { return this.getv("angle_units") as E.AngleUnits }
  set angleUnits(value: E.AngleUnits) { this.setv("angle_units", value) }
  get direction(): E.Direction { return this.getv("direction") as E.Direction }
  set direction(value: E.Direction) { this.setv("direction", value) }
  get editable(): boolean { return this.getv("editable") as boolean }
  set editable(value: boolean) { this.setv("editable", value) }
}

export interface LabelSetAttrs extends DataAnnotationAttrs {
  textColor?: SpecValue<"ColorSpec">
  textOutlineColor?: SpecValue<"ColorSpec">
  textOutlineWidth?: SpecValue<"NumberSpec">
  textAlpha?: SpecValue<"NumberSpec">
  textFont?: SpecValue<"FontSpec">
  textFontSize?: SpecValue<"FontSizeSpec">
  textFontStyle?: SpecValue<"FontStyleSpec">
  textAlign?: SpecValue<"TextAlignSpec">
  textBaseline?: SpecValue<"TextBaselineSpec">
  textLineHeight?: SpecValue<"NumberSpec">
  borderLineColor?: SpecValue<"ColorSpec">
  borderLineAlpha?: SpecValue<"NumberSpec">
  borderLineWidth?: SpecValue<"NumberSpec">
  borderLineJoin?: SpecValue<"LineJoinSpec">
  borderLineCap?: SpecValue<"LineCapSpec">
  borderLineDash?: SpecValue<"LineDashSpec">
  borderLineDashOffset?: SpecValue<"NumberSpec">
  backgroundFillColor?: SpecValue<"ColorSpec">
  backgroundFillAlpha?: SpecValue<"NumberSpec">
  backgroundHatchColor?: SpecValue<"ColorSpec">
  backgroundHatchAlpha?: SpecValue<"NumberSpec">
  backgroundHatchScale?: SpecValue<"NumberSpec">
  backgroundHatchPattern?: SpecValue<"NullStringSpec">
  backgroundHatchWeight?: SpecValue<"NumberSpec">
  backgroundHatchExtra?: SpecValue<"DictScalar">
  x?: SpecValue<"XCoordinateSpec">
  y?: SpecValue<"YCoordinateSpec">
  xUnits?: E.CoordinateUnits
  yUnits?: E.CoordinateUnits
  text?: SpecValue<"NullStringSpec">
  angle?: SpecValue<"AngleSpec">
  xOffset?: SpecValue<"NumberSpec">
  yOffset?: SpecValue<"NumberSpec">
}
export class LabelSet extends DataAnnotation {
  static override readonly __name__: string = "LabelSet"
  constructor(attrs?: LabelSetAttrs) { super(attrs) }
  get textColor(): SpecValue<"ColorSpec"> { return this.getv("text_color") as SpecValue<"ColorSpec"> }
  set textColor(value: SpecValue<"ColorSpec">) { this.setv("text_color", value) }
  get textOutlineColor(): SpecValue<"ColorSpec"> { return this.getv("text_outline_color") as SpecValue<"ColorSpec"> }
  set textOutlineColor(value: SpecValue<"ColorSpec">) { this.setv("text_outline_color", value) }
  get textOutlineWidth(): SpecValue<"NumberSpec"> { return this.getv("text_outline_width") as SpecValue<"NumberSpec"> }
  set textOutlineWidth(value: SpecValue<"NumberSpec">) { this.setv("text_outline_width", value) }
  get textAlpha(): SpecValue<"NumberSpec"> { return this.getv("text_alpha") as SpecValue<"NumberSpec"> }
  set textAlpha(value: SpecValue<"NumberSpec">) { this.setv("text_alpha", value) }
  get textFont(): SpecValue<"FontSpec"> { return this.getv("text_font") as SpecValue<"FontSpec"> }
  set textFont(value: SpecValue<"FontSpec">) { this.setv("text_font", value) }
  get textFontSize(): SpecValue<"FontSizeSpec"> { return this.getv("text_font_size") as SpecValue<"FontSizeSpec"> }
  set textFontSize(value: SpecValue<"FontSizeSpec">) { this.setv("text_font_size", value) }
  get textFontStyle(): SpecValue<"FontStyleSpec"> { return this.getv("text_font_style") as SpecValue<"FontStyleSpec"> }
  set textFontStyle(value: SpecValue<"FontStyleSpec">) { this.setv("text_font_style", value) }
  get textAlign(): SpecValue<"TextAlignSpec"> { return this.getv("text_align") as SpecValue<"TextAlignSpec"> }
  set textAlign(value: SpecValue<"TextAlignSpec">) { this.setv("text_align", value) }
  get textBaseline(): SpecValue<"TextBaselineSpec"> { return this.getv("text_baseline") as SpecValue<"TextBaselineSpec"> }
  set textBaseline(value: SpecValue<"TextBaselineSpec">) { this.setv("text_baseline", value) }
  get textLineHeight(): SpecValue<"NumberSpec"> { return this.getv("text_line_height") as SpecValue<"NumberSpec"> }
  set textLineHeight(value: SpecValue<"NumberSpec">) { this.setv("text_line_height", value) }
  get borderLineColor(): SpecValue<"ColorSpec"> { return this.getv("border_line_color") as SpecValue<"ColorSpec"> }
  set borderLineColor(value: SpecValue<"ColorSpec">) { this.setv("border_line_color", value) }
  get borderLineAlpha(): SpecValue<"NumberSpec"> { return this.getv("border_line_alpha") as SpecValue<"NumberSpec"> }
  set borderLineAlpha(value: SpecValue<"NumberSpec">) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): SpecValue<"NumberSpec"> { return this.getv("border_line_width") as SpecValue<"NumberSpec"> }
  set borderLineWidth(value: SpecValue<"NumberSpec">) { this.setv("border_line_width", value) }
  get borderLineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("border_line_join") as SpecValue<"LineJoinSpec"> }
  set borderLineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("border_line_join", value) }
  get borderLineCap(): SpecValue<"LineCapSpec"> { return this.getv("border_line_cap") as SpecValue<"LineCapSpec"> }
  set borderLineCap(value: SpecValue<"LineCapSpec">) { this.setv("border_line_cap", value) }
  get borderLineDash(): SpecValue<"LineDashSpec"> { return this.getv("border_line_dash") as SpecValue<"LineDashSpec"> }
  set borderLineDash(value: SpecValue<"LineDashSpec">) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("border_line_dash_offset") as SpecValue<"NumberSpec"> }
  set borderLineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("border_line_dash_offset", value) }
  get backgroundFillColor(): SpecValue<"ColorSpec"> { return this.getv("background_fill_color") as SpecValue<"ColorSpec"> }
  set backgroundFillColor(value: SpecValue<"ColorSpec">) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): SpecValue<"NumberSpec"> { return this.getv("background_fill_alpha") as SpecValue<"NumberSpec"> }
  set backgroundFillAlpha(value: SpecValue<"NumberSpec">) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): SpecValue<"ColorSpec"> { return this.getv("background_hatch_color") as SpecValue<"ColorSpec"> }
  set backgroundHatchColor(value: SpecValue<"ColorSpec">) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("background_hatch_alpha") as SpecValue<"NumberSpec"> }
  set backgroundHatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): SpecValue<"NumberSpec"> { return this.getv("background_hatch_scale") as SpecValue<"NumberSpec"> }
  set backgroundHatchScale(value: SpecValue<"NumberSpec">) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("background_hatch_pattern") as SpecValue<"NullStringSpec"> }
  set backgroundHatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): SpecValue<"NumberSpec"> { return this.getv("background_hatch_weight") as SpecValue<"NumberSpec"> }
  set backgroundHatchWeight(value: SpecValue<"NumberSpec">) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): SpecValue<"DictScalar"> { return this.getv("background_hatch_extra") as SpecValue<"DictScalar"> }
  set backgroundHatchExtra(value: SpecValue<"DictScalar">) { this.setv("background_hatch_extra", value) }
  get x(): SpecValue<"XCoordinateSpec"> { return this.getv("x") as SpecValue<"XCoordinateSpec"> }
  set x(value: SpecValue<"XCoordinateSpec">) { this.setv("x", value) }
  get y(): SpecValue<"YCoordinateSpec"> { return this.getv("y") as SpecValue<"YCoordinateSpec"> }
  set y(value: SpecValue<"YCoordinateSpec">) { this.setv("y", value) }
  get xUnits(): E.CoordinateUnits { return this.getv("x_units") as E.CoordinateUnits }
  set xUnits(value: E.CoordinateUnits) { this.setv("x_units", value) }
  get yUnits(): E.CoordinateUnits { return this.getv("y_units") as E.CoordinateUnits }
  set yUnits(value: E.CoordinateUnits) { this.setv("y_units", value) }
  get text(): SpecValue<"NullStringSpec"> { return this.getv("text") as SpecValue<"NullStringSpec"> }
  set text(value: SpecValue<"NullStringSpec">) { this.setv("text", value) }
  get angle(): SpecValue<"AngleSpec"> { return this.getv("angle") as SpecValue<"AngleSpec"> }
  set angle(value: SpecValue<"AngleSpec">) { this.setv("angle", value) }
  get xOffset(): SpecValue<"NumberSpec"> { return this.getv("x_offset") as SpecValue<"NumberSpec"> }
  set xOffset(value: SpecValue<"NumberSpec">) { this.setv("x_offset", value) }
  get yOffset(): SpecValue<"NumberSpec"> { return this.getv("y_offset") as SpecValue<"NumberSpec"> }
  set yOffset(value: SpecValue<"NumberSpec">) { this.setv("y_offset", value) }
}

export interface LegendAttrs extends AnnotationAttrs {
  labelTextColor?: ColorValue | null
  labelTextOutlineColor?: ColorValue | null
  labelTextOutlineWidth?: number
  labelTextAlpha?: number
  labelTextFont?: string
  labelTextFontSize?: string
  labelTextFontStyle?: E.FontStyle
  labelTextAlign?: E.TextAlign
  labelTextBaseline?: E.TextBaseline
  labelTextLineHeight?: number
  titleTextColor?: ColorValue | null
  titleTextOutlineColor?: ColorValue | null
  titleTextOutlineWidth?: number
  titleTextAlpha?: number
  titleTextFont?: string
  titleTextFontSize?: string
  titleTextFontStyle?: E.FontStyle
  titleTextAlign?: E.TextAlign
  titleTextBaseline?: E.TextBaseline
  titleTextLineHeight?: number
  inactiveFillColor?: ColorValue | null
  inactiveFillAlpha?: number
  inactiveHatchColor?: ColorValue | null
  inactiveHatchAlpha?: number
  inactiveHatchScale?: number
  inactiveHatchPattern?: E.HatchPatternType | string | null
  inactiveHatchWeight?: number
  inactiveHatchExtra?: DictOf<Model>
  borderLineColor?: ColorValue | null
  borderLineAlpha?: number
  borderLineWidth?: number
  borderLineJoin?: E.LineJoin
  borderLineCap?: E.LineCap
  borderLineDash?: E.LineDash | readonly number[]
  borderLineDashOffset?: number
  backgroundFillColor?: ColorValue | null
  backgroundFillAlpha?: number
  backgroundHatchColor?: ColorValue | null
  backgroundHatchAlpha?: number
  backgroundHatchScale?: number
  backgroundHatchPattern?: E.HatchPatternType | string | null
  backgroundHatchWeight?: number
  backgroundHatchExtra?: DictOf<Model>
  itemBackgroundFillColor?: ColorValue | null
  itemBackgroundFillAlpha?: number
  itemBackgroundHatchColor?: ColorValue | null
  itemBackgroundHatchAlpha?: number
  itemBackgroundHatchScale?: number
  itemBackgroundHatchPattern?: E.HatchPatternType | string | null
  itemBackgroundHatchWeight?: number
  itemBackgroundHatchExtra?: DictOf<Model>
  orientation?: E.Orientation
  ncols?: number | "auto"
  nrows?: number | "auto"
  location?: E.Anchor | readonly [number, number]
  title?: string | null
  titleLocation?: E.Location
  titleStandoff?: number
  labelStandoff?: number
  glyphWidth?: number
  glyphHeight?: number
  labelWidth?: number
  labelHeight?: number | "auto"
  margin?: number
  padding?: number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }
  borderRadius?: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }
  spacing?: number
  items?: readonly LegendItem[]
  clickPolicy?: E.LegendClickPolicy
  itemBackgroundPolicy?: E.AlternationPolicy
}
export class Legend extends Annotation {
  static override readonly __name__: string = "Legend"
  constructor(attrs?: LegendAttrs) { super(attrs) }
  get labelTextColor(): ColorValue | null { return this.getv("label_text_color") as (ColorValue | null) }
  set labelTextColor(value: ColorValue | null) { this.setv("label_text_color", value) }
  get labelTextOutlineColor(): ColorValue | null { return this.getv("label_text_outline_color") as (ColorValue | null) }
  set labelTextOutlineColor(value: ColorValue | null) { this.setv("label_text_outline_color", value) }
  get labelTextOutlineWidth(): number { return this.getv("label_text_outline_width") as number }
  set labelTextOutlineWidth(value: number) { this.setv("label_text_outline_width", value) }
  get labelTextAlpha(): number { return this.getv("label_text_alpha") as number }
  set labelTextAlpha(value: number) { this.setv("label_text_alpha", value) }
  get labelTextFont(): string { return this.getv("label_text_font") as string }
  set labelTextFont(value: string) { this.setv("label_text_font", value) }
  get labelTextFontSize(): string { return this.getv("label_text_font_size") as string }
  set labelTextFontSize(value: string) { this.setv("label_text_font_size", value) }
  get labelTextFontStyle(): E.FontStyle { return this.getv("label_text_font_style") as E.FontStyle }
  set labelTextFontStyle(value: E.FontStyle) { this.setv("label_text_font_style", value) }
  get labelTextAlign(): E.TextAlign { return this.getv("label_text_align") as E.TextAlign }
  set labelTextAlign(value: E.TextAlign) { this.setv("label_text_align", value) }
  get labelTextBaseline(): E.TextBaseline { return this.getv("label_text_baseline") as E.TextBaseline }
  set labelTextBaseline(value: E.TextBaseline) { this.setv("label_text_baseline", value) }
  get labelTextLineHeight(): number { return this.getv("label_text_line_height") as number }
  set labelTextLineHeight(value: number) { this.setv("label_text_line_height", value) }
  get titleTextColor(): ColorValue | null { return this.getv("title_text_color") as (ColorValue | null) }
  set titleTextColor(value: ColorValue | null) { this.setv("title_text_color", value) }
  get titleTextOutlineColor(): ColorValue | null { return this.getv("title_text_outline_color") as (ColorValue | null) }
  set titleTextOutlineColor(value: ColorValue | null) { this.setv("title_text_outline_color", value) }
  get titleTextOutlineWidth(): number { return this.getv("title_text_outline_width") as number }
  set titleTextOutlineWidth(value: number) { this.setv("title_text_outline_width", value) }
  get titleTextAlpha(): number { return this.getv("title_text_alpha") as number }
  set titleTextAlpha(value: number) { this.setv("title_text_alpha", value) }
  get titleTextFont(): string { return this.getv("title_text_font") as string }
  set titleTextFont(value: string) { this.setv("title_text_font", value) }
  get titleTextFontSize(): string { return this.getv("title_text_font_size") as string }
  set titleTextFontSize(value: string) { this.setv("title_text_font_size", value) }
  get titleTextFontStyle(): E.FontStyle { return this.getv("title_text_font_style") as E.FontStyle }
  set titleTextFontStyle(value: E.FontStyle) { this.setv("title_text_font_style", value) }
  get titleTextAlign(): E.TextAlign { return this.getv("title_text_align") as E.TextAlign }
  set titleTextAlign(value: E.TextAlign) { this.setv("title_text_align", value) }
  get titleTextBaseline(): E.TextBaseline { return this.getv("title_text_baseline") as E.TextBaseline }
  set titleTextBaseline(value: E.TextBaseline) { this.setv("title_text_baseline", value) }
  get titleTextLineHeight(): number { return this.getv("title_text_line_height") as number }
  set titleTextLineHeight(value: number) { this.setv("title_text_line_height", value) }
  get inactiveFillColor(): ColorValue | null { return this.getv("inactive_fill_color") as (ColorValue | null) }
  set inactiveFillColor(value: ColorValue | null) { this.setv("inactive_fill_color", value) }
  get inactiveFillAlpha(): number { return this.getv("inactive_fill_alpha") as number }
  set inactiveFillAlpha(value: number) { this.setv("inactive_fill_alpha", value) }
  get inactiveHatchColor(): ColorValue | null { return this.getv("inactive_hatch_color") as (ColorValue | null) }
  set inactiveHatchColor(value: ColorValue | null) { this.setv("inactive_hatch_color", value) }
  get inactiveHatchAlpha(): number { return this.getv("inactive_hatch_alpha") as number }
  set inactiveHatchAlpha(value: number) { this.setv("inactive_hatch_alpha", value) }
  get inactiveHatchScale(): number { return this.getv("inactive_hatch_scale") as number }
  set inactiveHatchScale(value: number) { this.setv("inactive_hatch_scale", value) }
  get inactiveHatchPattern(): E.HatchPatternType | string | null { return this.getv("inactive_hatch_pattern") as (E.HatchPatternType | string | null) }
  set inactiveHatchPattern(value: E.HatchPatternType | string | null) { this.setv("inactive_hatch_pattern", value) }
  get inactiveHatchWeight(): number { return this.getv("inactive_hatch_weight") as number }
  set inactiveHatchWeight(value: number) { this.setv("inactive_hatch_weight", value) }
  get inactiveHatchExtra(): Readonly<Record<string, Model>> { return this.getv("inactive_hatch_extra") as (Readonly<Record<string, Model>>) }
  set inactiveHatchExtra(value: DictOf<Model>) { this.setv("inactive_hatch_extra", value) }
  get borderLineColor(): ColorValue | null { return this.getv("border_line_color") as (ColorValue | null) }
  set borderLineColor(value: ColorValue | null) { this.setv("border_line_color", value) }
  get borderLineAlpha(): number { return this.getv("border_line_alpha") as number }
  set borderLineAlpha(value: number) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): number { return this.getv("border_line_width") as number }
  set borderLineWidth(value: number) { this.setv("border_line_width", value) }
  get borderLineJoin(): E.LineJoin { return this.getv("border_line_join") as E.LineJoin }
  set borderLineJoin(value: E.LineJoin) { this.setv("border_line_join", value) }
  get borderLineCap(): E.LineCap { return this.getv("border_line_cap") as E.LineCap }
  set borderLineCap(value: E.LineCap) { this.setv("border_line_cap", value) }
  get borderLineDash(): E.LineDash | readonly number[] { return this.getv("border_line_dash") as (E.LineDash | readonly number[]) }
  set borderLineDash(value: E.LineDash | readonly number[]) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): number { return this.getv("border_line_dash_offset") as number }
  set borderLineDashOffset(value: number) { this.setv("border_line_dash_offset", value) }
  get backgroundFillColor(): ColorValue | null { return this.getv("background_fill_color") as (ColorValue | null) }
  set backgroundFillColor(value: ColorValue | null) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): number { return this.getv("background_fill_alpha") as number }
  set backgroundFillAlpha(value: number) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): ColorValue | null { return this.getv("background_hatch_color") as (ColorValue | null) }
  set backgroundHatchColor(value: ColorValue | null) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): number { return this.getv("background_hatch_alpha") as number }
  set backgroundHatchAlpha(value: number) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): number { return this.getv("background_hatch_scale") as number }
  set backgroundHatchScale(value: number) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set backgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): number { return this.getv("background_hatch_weight") as number }
  set backgroundHatchWeight(value: number) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set backgroundHatchExtra(value: DictOf<Model>) { this.setv("background_hatch_extra", value) }
  get itemBackgroundFillColor(): ColorValue | null { return this.getv("item_background_fill_color") as (ColorValue | null) }
  set itemBackgroundFillColor(value: ColorValue | null) { this.setv("item_background_fill_color", value) }
  get itemBackgroundFillAlpha(): number { return this.getv("item_background_fill_alpha") as number }
  set itemBackgroundFillAlpha(value: number) { this.setv("item_background_fill_alpha", value) }
  get itemBackgroundHatchColor(): ColorValue | null { return this.getv("item_background_hatch_color") as (ColorValue | null) }
  set itemBackgroundHatchColor(value: ColorValue | null) { this.setv("item_background_hatch_color", value) }
  get itemBackgroundHatchAlpha(): number { return this.getv("item_background_hatch_alpha") as number }
  set itemBackgroundHatchAlpha(value: number) { this.setv("item_background_hatch_alpha", value) }
  get itemBackgroundHatchScale(): number { return this.getv("item_background_hatch_scale") as number }
  set itemBackgroundHatchScale(value: number) { this.setv("item_background_hatch_scale", value) }
  get itemBackgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("item_background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set itemBackgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("item_background_hatch_pattern", value) }
  get itemBackgroundHatchWeight(): number { return this.getv("item_background_hatch_weight") as number }
  set itemBackgroundHatchWeight(value: number) { this.setv("item_background_hatch_weight", value) }
  get itemBackgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("item_background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set itemBackgroundHatchExtra(value: DictOf<Model>) { this.setv("item_background_hatch_extra", value) }
  get orientation(): E.Orientation { return this.getv("orientation") as E.Orientation }
  set orientation(value: E.Orientation) { this.setv("orientation", value) }
  get ncols(): number | "auto" { return this.getv("ncols") as (number | "auto") }
  set ncols(value: number | "auto") { this.setv("ncols", value) }
  get nrows(): number | "auto" { return this.getv("nrows") as (number | "auto") }
  set nrows(value: number | "auto") { this.setv("nrows", value) }
  get location(): E.Anchor | readonly [number, number] { return this.getv("location") as (E.Anchor | readonly [number, number]) }
  set location(value: E.Anchor | readonly [number, number]) { this.setv("location", value) }
  get title(): string | null { return this.getv("title") as (string | null) }
  set title(value: string | null) { this.setv("title", value) }
  get titleLocation(): E.Location { return this.getv("title_location") as E.Location }
  set titleLocation(value: E.Location) { this.setv("title_location", value) }
  get titleStandoff(): number { return this.getv("title_standoff") as number }
  set titleStandoff(value: number) { this.setv("title_standoff", value) }
  get labelStandoff(): number { return this.getv("label_standoff") as number }
  set labelStandoff(value: number) { this.setv("label_standoff", value) }
  get glyphWidth(): number { return this.getv("glyph_width") as number }
  set glyphWidth(value: number) { this.setv("glyph_width", value) }
  get glyphHeight(): number { return this.getv("glyph_height") as number }
  set glyphHeight(value: number) { this.setv("glyph_height", value) }
  get labelWidth(): number { return this.getv("label_width") as number }
  set labelWidth(value: number) { this.setv("label_width", value) }
  get labelHeight(): number | "auto" { return this.getv("label_height") as (number | "auto") }
  set labelHeight(value: number | "auto") { this.setv("label_height", value) }
  get margin(): number { return this.getv("margin") as number }
  set margin(value: number) { this.setv("margin", value) }
  get padding(): number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number } { return this.getv("padding") as (number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }) }
  set padding(value: number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }) { this.setv("padding", value) }
  get borderRadius(): number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number } { return this.getv("border_radius") as (number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) }
  set borderRadius(value: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) { this.setv("border_radius", value) }
  get spacing(): number { return this.getv("spacing") as number }
  set spacing(value: number) { this.setv("spacing", value) }
  get items(): readonly LegendItem[] { return this.getv("items") as (readonly LegendItem[]) }
  set items(value: readonly LegendItem[]) { this.setv("items", value) }
  get clickPolicy(): E.LegendClickPolicy { return this.getv("click_policy") as E.LegendClickPolicy }
  set clickPolicy(value: E.LegendClickPolicy) { this.setv("click_policy", value) }
  get itemBackgroundPolicy(): E.AlternationPolicy { return this.getv("item_background_policy") as E.AlternationPolicy }
  set itemBackgroundPolicy(value: E.AlternationPolicy) { this.setv("item_background_policy", value) }
}

export interface LegendItemAttrs extends ModelAttrs {
  label?: SpecValue<"NullStringSpec">
  renderers?: readonly GlyphRenderer[]
  index?: number | null
  visible?: boolean
}
export class LegendItem extends Model {
  static override readonly __name__: string = "LegendItem"
  constructor(attrs?: LegendItemAttrs) { super(attrs) }
  get label(): SpecValue<"NullStringSpec"> { return this.getv("label") as SpecValue<"NullStringSpec"> }
  set label(value: SpecValue<"NullStringSpec">) { this.setv("label", value) }
  get renderers(): readonly GlyphRenderer[] { return this.getv("renderers") as (readonly GlyphRenderer[]) }
  set renderers(value: readonly GlyphRenderer[]) { this.setv("renderers", value) }
  get index(): number | null { return this.getv("index") as (number | null) }
  set index(value: number | null) { this.setv("index", value) }
  get visible(): boolean { return this.getv("visible") as boolean }
  set visible(value: boolean) { this.setv("visible", value) }
}

export interface PolyAnnotationAttrs extends AnnotationAttrs {
  lineColor?: ColorValue | null
  lineAlpha?: number
  lineWidth?: number
  lineJoin?: E.LineJoin
  lineCap?: E.LineCap
  lineDash?: E.LineDash | readonly number[]
  lineDashOffset?: number
  fillColor?: ColorValue | null
  fillAlpha?: number
  hatchColor?: ColorValue | null
  hatchAlpha?: number
  hatchScale?: number
  hatchPattern?: E.HatchPatternType | string | null
  hatchWeight?: number
  hatchExtra?: DictOf<Model>
  hoverLineColor?: ColorValue | null
  hoverLineAlpha?: number
  hoverLineWidth?: number
  hoverLineJoin?: E.LineJoin
  hoverLineCap?: E.LineCap
  hoverLineDash?: E.LineDash | readonly number[]
  hoverLineDashOffset?: number
  hoverFillColor?: ColorValue | null
  hoverFillAlpha?: number
  hoverHatchColor?: ColorValue | null
  hoverHatchAlpha?: number
  hoverHatchScale?: number
  hoverHatchPattern?: E.HatchPatternType | string | null
  hoverHatchWeight?: number
  hoverHatchExtra?: DictOf<Model>
  xs?: ArrayableOf<number>
  ys?: ArrayableOf<number>
  xsUnits?: E.CoordinateUnits
  ysUnits?: E.CoordinateUnits
  editable?: boolean
}
export class PolyAnnotation extends Annotation {
  static override readonly __name__: string = "PolyAnnotation"
  constructor(attrs?: PolyAnnotationAttrs) { super(attrs) }
  get lineColor(): ColorValue | null { return this.getv("line_color") as (ColorValue | null) }
  set lineColor(value: ColorValue | null) { this.setv("line_color", value) }
  get lineAlpha(): number { return this.getv("line_alpha") as number }
  set lineAlpha(value: number) { this.setv("line_alpha", value) }
  get lineWidth(): number { return this.getv("line_width") as number }
  set lineWidth(value: number) { this.setv("line_width", value) }
  get lineJoin(): E.LineJoin { return this.getv("line_join") as E.LineJoin }
  set lineJoin(value: E.LineJoin) { this.setv("line_join", value) }
  get lineCap(): E.LineCap { return this.getv("line_cap") as E.LineCap }
  set lineCap(value: E.LineCap) { this.setv("line_cap", value) }
  get lineDash(): E.LineDash | readonly number[] { return this.getv("line_dash") as (E.LineDash | readonly number[]) }
  set lineDash(value: E.LineDash | readonly number[]) { this.setv("line_dash", value) }
  get lineDashOffset(): number { return this.getv("line_dash_offset") as number }
  set lineDashOffset(value: number) { this.setv("line_dash_offset", value) }
  get fillColor(): ColorValue | null { return this.getv("fill_color") as (ColorValue | null) }
  set fillColor(value: ColorValue | null) { this.setv("fill_color", value) }
  get fillAlpha(): number { return this.getv("fill_alpha") as number }
  set fillAlpha(value: number) { this.setv("fill_alpha", value) }
  get hatchColor(): ColorValue | null { return this.getv("hatch_color") as (ColorValue | null) }
  set hatchColor(value: ColorValue | null) { this.setv("hatch_color", value) }
  get hatchAlpha(): number { return this.getv("hatch_alpha") as number }
  set hatchAlpha(value: number) { this.setv("hatch_alpha", value) }
  get hatchScale(): number { return this.getv("hatch_scale") as number }
  set hatchScale(value: number) { this.setv("hatch_scale", value) }
  get hatchPattern(): E.HatchPatternType | string | null { return this.getv("hatch_pattern") as (E.HatchPatternType | string | null) }
  set hatchPattern(value: E.HatchPatternType | string | null) { this.setv("hatch_pattern", value) }
  get hatchWeight(): number { return this.getv("hatch_weight") as number }
  set hatchWeight(value: number) { this.setv("hatch_weight", value) }
  get hatchExtra(): Readonly<Record<string, Model>> { return this.getv("hatch_extra") as (Readonly<Record<string, Model>>) }
  set hatchExtra(value: DictOf<Model>) { this.setv("hatch_extra", value) }
  get hoverLineColor(): ColorValue | null { return this.getv("hover_line_color") as (ColorValue | null) }
  set hoverLineColor(value: ColorValue | null) { this.setv("hover_line_color", value) }
  get hoverLineAlpha(): number { return this.getv("hover_line_alpha") as number }
  set hoverLineAlpha(value: number) { this.setv("hover_line_alpha", value) }
  get hoverLineWidth(): number { return this.getv("hover_line_width") as number }
  set hoverLineWidth(value: number) { this.setv("hover_line_width", value) }
  get hoverLineJoin(): E.LineJoin { return this.getv("hover_line_join") as E.LineJoin }
  set hoverLineJoin(value: E.LineJoin) { this.setv("hover_line_join", value) }
  get hoverLineCap(): E.LineCap { return this.getv("hover_line_cap") as E.LineCap }
  set hoverLineCap(value: E.LineCap) { this.setv("hover_line_cap", value) }
  get hoverLineDash(): E.LineDash | readonly number[] { return this.getv("hover_line_dash") as (E.LineDash | readonly number[]) }
  set hoverLineDash(value: E.LineDash | readonly number[]) { this.setv("hover_line_dash", value) }
  get hoverLineDashOffset(): number { return this.getv("hover_line_dash_offset") as number }
  set hoverLineDashOffset(value: number) { this.setv("hover_line_dash_offset", value) }
  get hoverFillColor(): ColorValue | null { return this.getv("hover_fill_color") as (ColorValue | null) }
  set hoverFillColor(value: ColorValue | null) { this.setv("hover_fill_color", value) }
  get hoverFillAlpha(): number { return this.getv("hover_fill_alpha") as number }
  set hoverFillAlpha(value: number) { this.setv("hover_fill_alpha", value) }
  get hoverHatchColor(): ColorValue | null { return this.getv("hover_hatch_color") as (ColorValue | null) }
  set hoverHatchColor(value: ColorValue | null) { this.setv("hover_hatch_color", value) }
  get hoverHatchAlpha(): number { return this.getv("hover_hatch_alpha") as number }
  set hoverHatchAlpha(value: number) { this.setv("hover_hatch_alpha", value) }
  get hoverHatchScale(): number { return this.getv("hover_hatch_scale") as number }
  set hoverHatchScale(value: number) { this.setv("hover_hatch_scale", value) }
  get hoverHatchPattern(): E.HatchPatternType | string | null { return this.getv("hover_hatch_pattern") as (E.HatchPatternType | string | null) }
  set hoverHatchPattern(value: E.HatchPatternType | string | null) { this.setv("hover_hatch_pattern", value) }
  get hoverHatchWeight(): number { return this.getv("hover_hatch_weight") as number }
  set hoverHatchWeight(value: number) { this.setv("hover_hatch_weight", value) }
  get hoverHatchExtra(): Readonly<Record<string, Model>> { return this.getv("hover_hatch_extra") as (Readonly<Record<string, Model>>) }
  set hoverHatchExtra(value: DictOf<Model>) { this.setv("hover_hatch_extra", value) }
  get xs(): ArrayableOf<number> { return this.getv("xs") as ArrayableOf<number> }
  set xs(value: ArrayableOf<number>) { this.setv("xs", value) }
  get ys(): ArrayableOf<number> { return this.getv("ys") as ArrayableOf<number> }
  set ys(value: ArrayableOf<number>) { this.setv("ys", value) }
  get xsUnits(): E.CoordinateUnits { return this.getv("xs_units") as E.CoordinateUnits }
  set xsUnits(value: E.CoordinateUnits) { this.setv("xs_units", value) }
  get ysUnits(): E.CoordinateUnits { return this.getv("ys_units") as E.CoordinateUnits }
  set ysUnits(value: E.CoordinateUnits) { this.setv("ys_units", value) }
  get editable(): boolean { return this.getv("editable") as boolean }
  set editable(value: boolean) { this.setv("editable", value) }
}

export interface ScaleBarAttrs extends AnnotationAttrs {
  backgroundFillColor?: ColorValue | null
  backgroundFillAlpha?: number
  backgroundHatchColor?: ColorValue | null
  backgroundHatchAlpha?: number
  backgroundHatchScale?: number
  backgroundHatchPattern?: E.HatchPatternType | string | null
  backgroundHatchWeight?: number
  backgroundHatchExtra?: DictOf<Model>
  barLineColor?: ColorValue | null
  barLineAlpha?: number
  barLineWidth?: number
  barLineJoin?: E.LineJoin
  barLineCap?: E.LineCap
  barLineDash?: E.LineDash | readonly number[]
  barLineDashOffset?: number
  borderLineColor?: ColorValue | null
  borderLineAlpha?: number
  borderLineWidth?: number
  borderLineJoin?: E.LineJoin
  borderLineCap?: E.LineCap
  borderLineDash?: E.LineDash | readonly number[]
  borderLineDashOffset?: number
  labelTextColor?: ColorValue | null
  labelTextOutlineColor?: ColorValue | null
  labelTextOutlineWidth?: number
  labelTextAlpha?: number
  labelTextFont?: string
  labelTextFontSize?: string
  labelTextFontStyle?: E.FontStyle
  labelTextAlign?: E.TextAlign
  labelTextBaseline?: E.TextBaseline
  labelTextLineHeight?: number
  titleTextColor?: ColorValue | null
  titleTextOutlineColor?: ColorValue | null
  titleTextOutlineWidth?: number
  titleTextAlpha?: number
  titleTextFont?: string
  titleTextFontSize?: string
  titleTextFontStyle?: E.FontStyle
  titleTextAlign?: E.TextAlign
  titleTextBaseline?: E.TextBaseline
  titleTextLineHeight?: number
  anchor?: "auto" | E.Anchor | readonly [E.Align | E.HAlign | number | "auto", E.Align | E.VAlign | number | "auto"]
  barLength?: number
  barLengthUnits?: "screen" | "data" | "percent"
  dimensional?: Dimensional
  label?: string
  labelAlign?: E.Align
  labelLocation?: E.Location
  labelStandoff?: number
  lengthSizing?: "adaptive" | "exact"
  location?: E.Anchor | readonly [number | string | readonly [string, string] | readonly [string, string, string] | E.HAlign, number | string | readonly [string, string] | readonly [string, string, string] | E.VAlign]
  margin?: number
  orientation?: E.Orientation
  padding?: number
  range?: Range | "auto"
  ticker?: Ticker
  title?: string
  titleAlign?: E.Align
  titleLocation?: E.Location
  titleStandoff?: number
  unit?: string
  xUnits?: "data" | "screen" | "view" | "percent"
  yUnits?: "data" | "screen" | "view" | "percent"
}
export class ScaleBar extends Annotation {
  static override readonly __name__: string = "ScaleBar"
  constructor(attrs?: ScaleBarAttrs) { super(attrs) }
  get backgroundFillColor(): ColorValue | null { return this.getv("background_fill_color") as (ColorValue | null) }
  set backgroundFillColor(value: ColorValue | null) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): number { return this.getv("background_fill_alpha") as number }
  set backgroundFillAlpha(value: number) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): ColorValue | null { return this.getv("background_hatch_color") as (ColorValue | null) }
  set backgroundHatchColor(value: ColorValue | null) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): number { return this.getv("background_hatch_alpha") as number }
  set backgroundHatchAlpha(value: number) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): number { return this.getv("background_hatch_scale") as number }
  set backgroundHatchScale(value: number) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set backgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): number { return this.getv("background_hatch_weight") as number }
  set backgroundHatchWeight(value: number) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set backgroundHatchExtra(value: DictOf<Model>) { this.setv("background_hatch_extra", value) }
  get barLineColor(): ColorValue | null { return this.getv("bar_line_color") as (ColorValue | null) }
  set barLineColor(value: ColorValue | null) { this.setv("bar_line_color", value) }
  get barLineAlpha(): number { return this.getv("bar_line_alpha") as number }
  set barLineAlpha(value: number) { this.setv("bar_line_alpha", value) }
  get barLineWidth(): number { return this.getv("bar_line_width") as number }
  set barLineWidth(value: number) { this.setv("bar_line_width", value) }
  get barLineJoin(): E.LineJoin { return this.getv("bar_line_join") as E.LineJoin }
  set barLineJoin(value: E.LineJoin) { this.setv("bar_line_join", value) }
  get barLineCap(): E.LineCap { return this.getv("bar_line_cap") as E.LineCap }
  set barLineCap(value: E.LineCap) { this.setv("bar_line_cap", value) }
  get barLineDash(): E.LineDash | readonly number[] { return this.getv("bar_line_dash") as (E.LineDash | readonly number[]) }
  set barLineDash(value: E.LineDash | readonly number[]) { this.setv("bar_line_dash", value) }
  get barLineDashOffset(): number { return this.getv("bar_line_dash_offset") as number }
  set barLineDashOffset(value: number) { this.setv("bar_line_dash_offset", value) }
  get borderLineColor(): ColorValue | null { return this.getv("border_line_color") as (ColorValue | null) }
  set borderLineColor(value: ColorValue | null) { this.setv("border_line_color", value) }
  get borderLineAlpha(): number { return this.getv("border_line_alpha") as number }
  set borderLineAlpha(value: number) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): number { return this.getv("border_line_width") as number }
  set borderLineWidth(value: number) { this.setv("border_line_width", value) }
  get borderLineJoin(): E.LineJoin { return this.getv("border_line_join") as E.LineJoin }
  set borderLineJoin(value: E.LineJoin) { this.setv("border_line_join", value) }
  get borderLineCap(): E.LineCap { return this.getv("border_line_cap") as E.LineCap }
  set borderLineCap(value: E.LineCap) { this.setv("border_line_cap", value) }
  get borderLineDash(): E.LineDash | readonly number[] { return this.getv("border_line_dash") as (E.LineDash | readonly number[]) }
  set borderLineDash(value: E.LineDash | readonly number[]) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): number { return this.getv("border_line_dash_offset") as number }
  set borderLineDashOffset(value: number) { this.setv("border_line_dash_offset", value) }
  get labelTextColor(): ColorValue | null { return this.getv("label_text_color") as (ColorValue | null) }
  set labelTextColor(value: ColorValue | null) { this.setv("label_text_color", value) }
  get labelTextOutlineColor(): ColorValue | null { return this.getv("label_text_outline_color") as (ColorValue | null) }
  set labelTextOutlineColor(value: ColorValue | null) { this.setv("label_text_outline_color", value) }
  get labelTextOutlineWidth(): number { return this.getv("label_text_outline_width") as number }
  set labelTextOutlineWidth(value: number) { this.setv("label_text_outline_width", value) }
  get labelTextAlpha(): number { return this.getv("label_text_alpha") as number }
  set labelTextAlpha(value: number) { this.setv("label_text_alpha", value) }
  get labelTextFont(): string { return this.getv("label_text_font") as string }
  set labelTextFont(value: string) { this.setv("label_text_font", value) }
  get labelTextFontSize(): string { return this.getv("label_text_font_size") as string }
  set labelTextFontSize(value: string) { this.setv("label_text_font_size", value) }
  get labelTextFontStyle(): E.FontStyle { return this.getv("label_text_font_style") as E.FontStyle }
  set labelTextFontStyle(value: E.FontStyle) { this.setv("label_text_font_style", value) }
  get labelTextAlign(): E.TextAlign { return this.getv("label_text_align") as E.TextAlign }
  set labelTextAlign(value: E.TextAlign) { this.setv("label_text_align", value) }
  get labelTextBaseline(): E.TextBaseline { return this.getv("label_text_baseline") as E.TextBaseline }
  set labelTextBaseline(value: E.TextBaseline) { this.setv("label_text_baseline", value) }
  get labelTextLineHeight(): number { return this.getv("label_text_line_height") as number }
  set labelTextLineHeight(value: number) { this.setv("label_text_line_height", value) }
  get titleTextColor(): ColorValue | null { return this.getv("title_text_color") as (ColorValue | null) }
  set titleTextColor(value: ColorValue | null) { this.setv("title_text_color", value) }
  get titleTextOutlineColor(): ColorValue | null { return this.getv("title_text_outline_color") as (ColorValue | null) }
  set titleTextOutlineColor(value: ColorValue | null) { this.setv("title_text_outline_color", value) }
  get titleTextOutlineWidth(): number { return this.getv("title_text_outline_width") as number }
  set titleTextOutlineWidth(value: number) { this.setv("title_text_outline_width", value) }
  get titleTextAlpha(): number { return this.getv("title_text_alpha") as number }
  set titleTextAlpha(value: number) { this.setv("title_text_alpha", value) }
  get titleTextFont(): string { return this.getv("title_text_font") as string }
  set titleTextFont(value: string) { this.setv("title_text_font", value) }
  get titleTextFontSize(): string { return this.getv("title_text_font_size") as string }
  set titleTextFontSize(value: string) { this.setv("title_text_font_size", value) }
  get titleTextFontStyle(): E.FontStyle { return this.getv("title_text_font_style") as E.FontStyle }
  set titleTextFontStyle(value: E.FontStyle) { this.setv("title_text_font_style", value) }
  get titleTextAlign(): E.TextAlign { return this.getv("title_text_align") as E.TextAlign }
  set titleTextAlign(value: E.TextAlign) { this.setv("title_text_align", value) }
  get titleTextBaseline(): E.TextBaseline { return this.getv("title_text_baseline") as E.TextBaseline }
  set titleTextBaseline(value: E.TextBaseline) { this.setv("title_text_baseline", value) }
  get titleTextLineHeight(): number { return this.getv("title_text_line_height") as number }
  set titleTextLineHeight(value: number) { this.setv("title_text_line_height", value) }
  get anchor(): "auto" | E.Anchor | readonly [E.Align | E.HAlign | number | "auto", E.Align | E.VAlign | number | "auto"] { return this.getv("anchor") as ("auto" | E.Anchor | readonly [E.Align | E.HAlign | number | "auto", E.Align | E.VAlign | number | "auto"]) }
  set anchor(value: "auto" | E.Anchor | readonly [E.Align | E.HAlign | number | "auto", E.Align | E.VAlign | number | "auto"]) { this.setv("anchor", value) }
  get barLength(): number { return this.getv("bar_length") as number }
  set barLength(value: number) { this.setv("bar_length", value) }
  get barLengthUnits(): "screen" | "data" | "percent" { return this.getv("bar_length_units") as ("screen" | "data" | "percent") }
  set barLengthUnits(value: "screen" | "data" | "percent") { this.setv("bar_length_units", value) }
  get dimensional(): Dimensional { return this.getv("dimensional") as Dimensional }
  set dimensional(value: Dimensional) { this.setv("dimensional", value) }
  get label(): string { return this.getv("label") as string }
  set label(value: string) { this.setv("label", value) }
  get labelAlign(): E.Align { return this.getv("label_align") as E.Align }
  set labelAlign(value: E.Align) { this.setv("label_align", value) }
  get labelLocation(): E.Location { return this.getv("label_location") as E.Location }
  set labelLocation(value: E.Location) { this.setv("label_location", value) }
  get labelStandoff(): number { return this.getv("label_standoff") as number }
  set labelStandoff(value: number) { this.setv("label_standoff", value) }
  get lengthSizing(): "adaptive" | "exact" { return this.getv("length_sizing") as ("adaptive" | "exact") }
  set lengthSizing(value: "adaptive" | "exact") { this.setv("length_sizing", value) }
  get location(): E.Anchor | readonly [number | string | readonly [string, string] | readonly [string, string, string] | E.HAlign, number | string | readonly [string, string] | readonly [string, string, string] | E.VAlign] { return this.getv("location") as (E.Anchor | readonly [number | string | readonly [string, string] | readonly [string, string, string] | E.HAlign, number | string | readonly [string, string] | readonly [string, string, string] | E.VAlign]) }
  set location(value: E.Anchor | readonly [number | string | readonly [string, string] | readonly [string, string, string] | E.HAlign, number | string | readonly [string, string] | readonly [string, string, string] | E.VAlign]) { this.setv("location", value) }
  get margin(): number { return this.getv("margin") as number }
  set margin(value: number) { this.setv("margin", value) }
  get orientation(): E.Orientation { return this.getv("orientation") as E.Orientation }
  set orientation(value: E.Orientation) { this.setv("orientation", value) }
  get padding(): number { return this.getv("padding") as number }
  set padding(value: number) { this.setv("padding", value) }
  get range(): Range | "auto" { return this.getv("range") as (Range | "auto") }
  set range(value: Range | "auto") { this.setv("range", value) }
  get ticker(): Ticker { return this.getv("ticker") as Ticker }
  set ticker(value: Ticker) { this.setv("ticker", value) }
  get title(): string { return this.getv("title") as string }
  set title(value: string) { this.setv("title", value) }
  get titleAlign(): E.Align { return this.getv("title_align") as E.Align }
  set titleAlign(value: E.Align) { this.setv("title_align", value) }
  get titleLocation(): E.Location { return this.getv("title_location") as E.Location }
  set titleLocation(value: E.Location) { this.setv("title_location", value) }
  get titleStandoff(): number { return this.getv("title_standoff") as number }
  set titleStandoff(value: number) { this.setv("title_standoff", value) }
  get unit(): string { return this.getv("unit") as string }
  set unit(value: string) { this.setv("unit", value) }
  get xUnits(): "data" | "screen" | "view" | "percent" { return this.getv("x_units") as ("data" | "screen" | "view" | "percent") }
  set xUnits(value: "data" | "screen" | "view" | "percent") { this.setv("x_units", value) }
  get yUnits(): "data" | "screen" | "view" | "percent" { return this.getv("y_units") as ("data" | "screen" | "view" | "percent") }
  set yUnits(value: "data" | "screen" | "view" | "percent") { this.setv("y_units", value) }
}

export interface DimensionalAttrs extends ModelAttrs {
  ticks?: readonly number[]
  include?: readonly string[] | null
  exclude?: readonly string[]
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Dimensional extends Model {
  static override readonly __name__: string = "Dimensional"
  constructor(attrs?: DimensionalAttrs) { super(attrs) }
  get ticks(): readonly number[] { return this.getv("ticks") as (readonly number[]) }
  set ticks(value: readonly number[]) { this.setv("ticks", value) }
  get include(): readonly string[] | null { return this.getv("include") as (readonly string[] | null) }
  set include(value: readonly string[] | null) { this.setv("include", value) }
  get exclude(): readonly string[] { return this.getv("exclude") as (readonly string[]) }
  set exclude(value: readonly string[]) { this.setv("exclude", value) }
}

export interface MetricAttrs extends DimensionalAttrs {
  baseUnit?: string
  fullUnit?: string | null
}
export class Metric extends Dimensional {
  static override readonly __name__: string = "Metric"
  constructor(attrs?: MetricAttrs) { super(attrs) }
  get baseUnit(): string { return this.getv("base_unit") as string }
  set baseUnit(value: string) { this.setv("base_unit", value) }
  get fullUnit(): string | null { return this.getv("full_unit") as (string | null) }
  set fullUnit(value: string | null) { this.setv("full_unit", value) }
}

export interface ReciprocalMetricAttrs extends MetricAttrs {}
export class ReciprocalMetric extends Metric {
  static override readonly __name__: string = "ReciprocalMetric"
  constructor(attrs?: ReciprocalMetricAttrs) { super(attrs) }
}

export interface MetricLengthAttrs extends MetricAttrs {}
export class MetricLength extends Metric {
  static override readonly __name__: string = "MetricLength"
  constructor(attrs?: MetricLengthAttrs) { super(attrs) }
}

export interface ReciprocalMetricLengthAttrs extends ReciprocalMetricAttrs {}
export class ReciprocalMetricLength extends ReciprocalMetric {
  static override readonly __name__: string = "ReciprocalMetricLength"
  constructor(attrs?: ReciprocalMetricLengthAttrs) { super(attrs) }
}

export interface CustomDimensionalAttrs extends DimensionalAttrs {
  basis?: DictOf<readonly [number, string] | readonly [number, string, string]>
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class CustomDimensional extends Dimensional {
  static override readonly __name__: string = "CustomDimensional"
  constructor(attrs?: CustomDimensionalAttrs) { super(attrs) }
  get basis(): Readonly<Record<string, readonly [number, string] | readonly [number, string, string]>> { return this.getv("basis") as (Readonly<Record<string, readonly [number, string] | readonly [number, string, string]>>) }
  set basis(value: DictOf<readonly [number, string] | readonly [number, string, string]>) { this.setv("basis", value) }
}

export interface ImperialLengthAttrs extends CustomDimensionalAttrs {}
export class ImperialLength extends CustomDimensional {
  static override readonly __name__: string = "ImperialLength"
  constructor(attrs?: ImperialLengthAttrs) { super(attrs) }
}

export interface AngularAttrs extends CustomDimensionalAttrs {}
export class Angular extends CustomDimensional {
  static override readonly __name__: string = "Angular"
  constructor(attrs?: AngularAttrs) { super(attrs) }
}

export interface BaseBarAttrs extends AnnotationAttrs {
  titleTextColor?: ColorValue | null
  titleTextOutlineColor?: ColorValue | null
  titleTextOutlineWidth?: number
  titleTextAlpha?: number
  titleTextFont?: string
  titleTextFontSize?: string
  titleTextFontStyle?: E.FontStyle
  titleTextAlign?: E.TextAlign
  titleTextBaseline?: E.TextBaseline
  titleTextLineHeight?: number
  majorLabelTextColor?: ColorValue | null
  majorLabelTextOutlineColor?: ColorValue | null
  majorLabelTextOutlineWidth?: number
  majorLabelTextAlpha?: number
  majorLabelTextFont?: string
  majorLabelTextFontSize?: string
  majorLabelTextFontStyle?: E.FontStyle
  majorLabelTextAlign?: E.TextAlign
  majorLabelTextBaseline?: E.TextBaseline
  majorLabelTextLineHeight?: number
  majorTickLineColor?: ColorValue | null
  majorTickLineAlpha?: number
  majorTickLineWidth?: number
  majorTickLineJoin?: E.LineJoin
  majorTickLineCap?: E.LineCap
  majorTickLineDash?: E.LineDash | readonly number[]
  majorTickLineDashOffset?: number
  minorTickLineColor?: ColorValue | null
  minorTickLineAlpha?: number
  minorTickLineWidth?: number
  minorTickLineJoin?: E.LineJoin
  minorTickLineCap?: E.LineCap
  minorTickLineDash?: E.LineDash | readonly number[]
  minorTickLineDashOffset?: number
  backgroundFillColor?: ColorValue | null
  backgroundFillAlpha?: number
  backgroundHatchColor?: ColorValue | null
  backgroundHatchAlpha?: number
  backgroundHatchScale?: number
  backgroundHatchPattern?: E.HatchPatternType | string | null
  backgroundHatchWeight?: number
  backgroundHatchExtra?: DictOf<Model>
  borderLineColor?: ColorValue | null
  borderLineAlpha?: number
  borderLineWidth?: number
  borderLineJoin?: E.LineJoin
  borderLineCap?: E.LineCap
  borderLineDash?: E.LineDash | readonly number[]
  borderLineDashOffset?: number
  barLineColor?: ColorValue | null
  barLineAlpha?: number
  barLineWidth?: number
  barLineJoin?: E.LineJoin
  barLineCap?: E.LineCap
  barLineDash?: E.LineDash | readonly number[]
  barLineDashOffset?: number
  location?: E.Anchor | readonly [number, number]
  orientation?: E.Orientation | "auto"
  width?: number | "max"
  height?: number | "max"
  margin?: number
  padding?: number
  title?: string | BaseText | null
  titleStandoff?: number
  ticker?: FixedTicker | "auto"
  formatter?: TickFormatter | "auto"
  majorLabelOverrides?: DictOf<string | BaseText> | MapOf<string | number, string | BaseText>
  majorLabelPolicy?: LabelingPolicy
  labelStandoff?: number
  majorTickIn?: number
  majorTickOut?: number
  minorTickIn?: number
  minorTickOut?: number
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class BaseBar extends Annotation {
  static override readonly __name__: string = "BaseBar"
  constructor(attrs?: BaseBarAttrs) { super(attrs) }
  get titleTextColor(): ColorValue | null { return this.getv("title_text_color") as (ColorValue | null) }
  set titleTextColor(value: ColorValue | null) { this.setv("title_text_color", value) }
  get titleTextOutlineColor(): ColorValue | null { return this.getv("title_text_outline_color") as (ColorValue | null) }
  set titleTextOutlineColor(value: ColorValue | null) { this.setv("title_text_outline_color", value) }
  get titleTextOutlineWidth(): number { return this.getv("title_text_outline_width") as number }
  set titleTextOutlineWidth(value: number) { this.setv("title_text_outline_width", value) }
  get titleTextAlpha(): number { return this.getv("title_text_alpha") as number }
  set titleTextAlpha(value: number) { this.setv("title_text_alpha", value) }
  get titleTextFont(): string { return this.getv("title_text_font") as string }
  set titleTextFont(value: string) { this.setv("title_text_font", value) }
  get titleTextFontSize(): string { return this.getv("title_text_font_size") as string }
  set titleTextFontSize(value: string) { this.setv("title_text_font_size", value) }
  get titleTextFontStyle(): E.FontStyle { return this.getv("title_text_font_style") as E.FontStyle }
  set titleTextFontStyle(value: E.FontStyle) { this.setv("title_text_font_style", value) }
  get titleTextAlign(): E.TextAlign { return this.getv("title_text_align") as E.TextAlign }
  set titleTextAlign(value: E.TextAlign) { this.setv("title_text_align", value) }
  get titleTextBaseline(): E.TextBaseline { return this.getv("title_text_baseline") as E.TextBaseline }
  set titleTextBaseline(value: E.TextBaseline) { this.setv("title_text_baseline", value) }
  get titleTextLineHeight(): number { return this.getv("title_text_line_height") as number }
  set titleTextLineHeight(value: number) { this.setv("title_text_line_height", value) }
  get majorLabelTextColor(): ColorValue | null { return this.getv("major_label_text_color") as (ColorValue | null) }
  set majorLabelTextColor(value: ColorValue | null) { this.setv("major_label_text_color", value) }
  get majorLabelTextOutlineColor(): ColorValue | null { return this.getv("major_label_text_outline_color") as (ColorValue | null) }
  set majorLabelTextOutlineColor(value: ColorValue | null) { this.setv("major_label_text_outline_color", value) }
  get majorLabelTextOutlineWidth(): number { return this.getv("major_label_text_outline_width") as number }
  set majorLabelTextOutlineWidth(value: number) { this.setv("major_label_text_outline_width", value) }
  get majorLabelTextAlpha(): number { return this.getv("major_label_text_alpha") as number }
  set majorLabelTextAlpha(value: number) { this.setv("major_label_text_alpha", value) }
  get majorLabelTextFont(): string { return this.getv("major_label_text_font") as string }
  set majorLabelTextFont(value: string) { this.setv("major_label_text_font", value) }
  get majorLabelTextFontSize(): string { return this.getv("major_label_text_font_size") as string }
  set majorLabelTextFontSize(value: string) { this.setv("major_label_text_font_size", value) }
  get majorLabelTextFontStyle(): E.FontStyle { return this.getv("major_label_text_font_style") as E.FontStyle }
  set majorLabelTextFontStyle(value: E.FontStyle) { this.setv("major_label_text_font_style", value) }
  get majorLabelTextAlign(): E.TextAlign { return this.getv("major_label_text_align") as E.TextAlign }
  set majorLabelTextAlign(value: E.TextAlign) { this.setv("major_label_text_align", value) }
  get majorLabelTextBaseline(): E.TextBaseline { return this.getv("major_label_text_baseline") as E.TextBaseline }
  set majorLabelTextBaseline(value: E.TextBaseline) { this.setv("major_label_text_baseline", value) }
  get majorLabelTextLineHeight(): number { return this.getv("major_label_text_line_height") as number }
  set majorLabelTextLineHeight(value: number) { this.setv("major_label_text_line_height", value) }
  get majorTickLineColor(): ColorValue | null { return this.getv("major_tick_line_color") as (ColorValue | null) }
  set majorTickLineColor(value: ColorValue | null) { this.setv("major_tick_line_color", value) }
  get majorTickLineAlpha(): number { return this.getv("major_tick_line_alpha") as number }
  set majorTickLineAlpha(value: number) { this.setv("major_tick_line_alpha", value) }
  get majorTickLineWidth(): number { return this.getv("major_tick_line_width") as number }
  set majorTickLineWidth(value: number) { this.setv("major_tick_line_width", value) }
  get majorTickLineJoin(): E.LineJoin { return this.getv("major_tick_line_join") as E.LineJoin }
  set majorTickLineJoin(value: E.LineJoin) { this.setv("major_tick_line_join", value) }
  get majorTickLineCap(): E.LineCap { return this.getv("major_tick_line_cap") as E.LineCap }
  set majorTickLineCap(value: E.LineCap) { this.setv("major_tick_line_cap", value) }
  get majorTickLineDash(): E.LineDash | readonly number[] { return this.getv("major_tick_line_dash") as (E.LineDash | readonly number[]) }
  set majorTickLineDash(value: E.LineDash | readonly number[]) { this.setv("major_tick_line_dash", value) }
  get majorTickLineDashOffset(): number { return this.getv("major_tick_line_dash_offset") as number }
  set majorTickLineDashOffset(value: number) { this.setv("major_tick_line_dash_offset", value) }
  get minorTickLineColor(): ColorValue | null { return this.getv("minor_tick_line_color") as (ColorValue | null) }
  set minorTickLineColor(value: ColorValue | null) { this.setv("minor_tick_line_color", value) }
  get minorTickLineAlpha(): number { return this.getv("minor_tick_line_alpha") as number }
  set minorTickLineAlpha(value: number) { this.setv("minor_tick_line_alpha", value) }
  get minorTickLineWidth(): number { return this.getv("minor_tick_line_width") as number }
  set minorTickLineWidth(value: number) { this.setv("minor_tick_line_width", value) }
  get minorTickLineJoin(): E.LineJoin { return this.getv("minor_tick_line_join") as E.LineJoin }
  set minorTickLineJoin(value: E.LineJoin) { this.setv("minor_tick_line_join", value) }
  get minorTickLineCap(): E.LineCap { return this.getv("minor_tick_line_cap") as E.LineCap }
  set minorTickLineCap(value: E.LineCap) { this.setv("minor_tick_line_cap", value) }
  get minorTickLineDash(): E.LineDash | readonly number[] { return this.getv("minor_tick_line_dash") as (E.LineDash | readonly number[]) }
  set minorTickLineDash(value: E.LineDash | readonly number[]) { this.setv("minor_tick_line_dash", value) }
  get minorTickLineDashOffset(): number { return this.getv("minor_tick_line_dash_offset") as number }
  set minorTickLineDashOffset(value: number) { this.setv("minor_tick_line_dash_offset", value) }
  get backgroundFillColor(): ColorValue | null { return this.getv("background_fill_color") as (ColorValue | null) }
  set backgroundFillColor(value: ColorValue | null) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): number { return this.getv("background_fill_alpha") as number }
  set backgroundFillAlpha(value: number) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): ColorValue | null { return this.getv("background_hatch_color") as (ColorValue | null) }
  set backgroundHatchColor(value: ColorValue | null) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): number { return this.getv("background_hatch_alpha") as number }
  set backgroundHatchAlpha(value: number) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): number { return this.getv("background_hatch_scale") as number }
  set backgroundHatchScale(value: number) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set backgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): number { return this.getv("background_hatch_weight") as number }
  set backgroundHatchWeight(value: number) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set backgroundHatchExtra(value: DictOf<Model>) { this.setv("background_hatch_extra", value) }
  get borderLineColor(): ColorValue | null { return this.getv("border_line_color") as (ColorValue | null) }
  set borderLineColor(value: ColorValue | null) { this.setv("border_line_color", value) }
  get borderLineAlpha(): number { return this.getv("border_line_alpha") as number }
  set borderLineAlpha(value: number) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): number { return this.getv("border_line_width") as number }
  set borderLineWidth(value: number) { this.setv("border_line_width", value) }
  get borderLineJoin(): E.LineJoin { return this.getv("border_line_join") as E.LineJoin }
  set borderLineJoin(value: E.LineJoin) { this.setv("border_line_join", value) }
  get borderLineCap(): E.LineCap { return this.getv("border_line_cap") as E.LineCap }
  set borderLineCap(value: E.LineCap) { this.setv("border_line_cap", value) }
  get borderLineDash(): E.LineDash | readonly number[] { return this.getv("border_line_dash") as (E.LineDash | readonly number[]) }
  set borderLineDash(value: E.LineDash | readonly number[]) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): number { return this.getv("border_line_dash_offset") as number }
  set borderLineDashOffset(value: number) { this.setv("border_line_dash_offset", value) }
  get barLineColor(): ColorValue | null { return this.getv("bar_line_color") as (ColorValue | null) }
  set barLineColor(value: ColorValue | null) { this.setv("bar_line_color", value) }
  get barLineAlpha(): number { return this.getv("bar_line_alpha") as number }
  set barLineAlpha(value: number) { this.setv("bar_line_alpha", value) }
  get barLineWidth(): number { return this.getv("bar_line_width") as number }
  set barLineWidth(value: number) { this.setv("bar_line_width", value) }
  get barLineJoin(): E.LineJoin { return this.getv("bar_line_join") as E.LineJoin }
  set barLineJoin(value: E.LineJoin) { this.setv("bar_line_join", value) }
  get barLineCap(): E.LineCap { return this.getv("bar_line_cap") as E.LineCap }
  set barLineCap(value: E.LineCap) { this.setv("bar_line_cap", value) }
  get barLineDash(): E.LineDash | readonly number[] { return this.getv("bar_line_dash") as (E.LineDash | readonly number[]) }
  set barLineDash(value: E.LineDash | readonly number[]) { this.setv("bar_line_dash", value) }
  get barLineDashOffset(): number { return this.getv("bar_line_dash_offset") as number }
  set barLineDashOffset(value: number) { this.setv("bar_line_dash_offset", value) }
  get location(): E.Anchor | readonly [number, number] { return this.getv("location") as (E.Anchor | readonly [number, number]) }
  set location(value: E.Anchor | readonly [number, number]) { this.setv("location", value) }
  get orientation(): E.Orientation | "auto" { return this.getv("orientation") as (E.Orientation | "auto") }
  set orientation(value: E.Orientation | "auto") { this.setv("orientation", value) }
  get width(): number | "max" { return this.getv("width") as (number | "max") }
  set width(value: number | "max") { this.setv("width", value) }
  get height(): number | "max" { return this.getv("height") as (number | "max") }
  set height(value: number | "max") { this.setv("height", value) }
  get margin(): number { return this.getv("margin") as number }
  set margin(value: number) { this.setv("margin", value) }
  get padding(): number { return this.getv("padding") as number }
  set padding(value: number) { this.setv("padding", value) }
  get title(): string | BaseText | null { return this.getv("title") as (string | BaseText | null) }
  set title(value: string | BaseText | null) { this.setv("title", value) }
  get titleStandoff(): number { return this.getv("title_standoff") as number }
  set titleStandoff(value: number) { this.setv("title_standoff", value) }
  get ticker(): FixedTicker | "auto" { return this.getv("ticker") as (FixedTicker | "auto") }
  set ticker(value: FixedTicker | "auto") { this.setv("ticker", value) }
  get formatter(): TickFormatter | "auto" { return this.getv("formatter") as (TickFormatter | "auto") }
  set formatter(value: TickFormatter | "auto") { this.setv("formatter", value) }
  get majorLabelOverrides(): Readonly<Record<string, string | BaseText>> | MapOf<string | number, string | BaseText> { return this.getv("major_label_overrides") as (Readonly<Record<string, string | BaseText>> | MapOf<string | number, string | BaseText>) }
  set majorLabelOverrides(value: DictOf<string | BaseText> | MapOf<string | number, string | BaseText>) { this.setv("major_label_overrides", value) }
  get majorLabelPolicy(): LabelingPolicy { return this.getv("major_label_policy") as LabelingPolicy }
  set majorLabelPolicy(value: LabelingPolicy) { this.setv("major_label_policy", value) }
  get labelStandoff(): number { return this.getv("label_standoff") as number }
  set labelStandoff(value: number) { this.setv("label_standoff", value) }
  get majorTickIn(): number { return this.getv("major_tick_in") as number }
  set majorTickIn(value: number) { this.setv("major_tick_in", value) }
  get majorTickOut(): number { return this.getv("major_tick_out") as number }
  set majorTickOut(value: number) { this.setv("major_tick_out", value) }
  get minorTickIn(): number { return this.getv("minor_tick_in") as number }
  set minorTickIn(value: number) { this.setv("minor_tick_in", value) }
  get minorTickOut(): number { return this.getv("minor_tick_out") as number }
  set minorTickOut(value: number) { this.setv("minor_tick_out", value) }
}

export interface SizeBarAttrs extends BaseBarAttrs {
  glyphLineColor?: SpecValue<"ColorSpec">
  glyphLineAlpha?: SpecValue<"NumberSpec">
  glyphLineWidth?: SpecValue<"NumberSpec">
  glyphLineJoin?: SpecValue<"LineJoinSpec">
  glyphLineCap?: SpecValue<"LineCapSpec">
  glyphLineDash?: SpecValue<"LineDashSpec">
  glyphLineDashOffset?: SpecValue<"NumberSpec">
  glyphFillColor?: SpecValue<"ColorSpec">
  glyphFillAlpha?: SpecValue<"NumberSpec">
  glyphHatchColor?: SpecValue<"ColorSpec">
  glyphHatchAlpha?: SpecValue<"NumberSpec">
  glyphHatchScale?: SpecValue<"NumberSpec">
  glyphHatchPattern?: SpecValue<"NullStringSpec">
  glyphHatchWeight?: SpecValue<"NumberSpec">
  glyphHatchExtra?: SpecValue<"DictScalar">
  renderer?: GlyphRenderer | "auto"
  bounds?: readonly [number, number] | "auto"
}
export class SizeBar extends BaseBar {
  static override readonly __name__: string = "SizeBar"
  constructor(attrs?: SizeBarAttrs) { super(attrs) }
  get glyphLineColor(): SpecValue<"ColorSpec"> { return this.getv("glyph_line_color") as SpecValue<"ColorSpec"> }
  set glyphLineColor(value: SpecValue<"ColorSpec">) { this.setv("glyph_line_color", value) }
  get glyphLineAlpha(): SpecValue<"NumberSpec"> { return this.getv("glyph_line_alpha") as SpecValue<"NumberSpec"> }
  set glyphLineAlpha(value: SpecValue<"NumberSpec">) { this.setv("glyph_line_alpha", value) }
  get glyphLineWidth(): SpecValue<"NumberSpec"> { return this.getv("glyph_line_width") as SpecValue<"NumberSpec"> }
  set glyphLineWidth(value: SpecValue<"NumberSpec">) { this.setv("glyph_line_width", value) }
  get glyphLineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("glyph_line_join") as SpecValue<"LineJoinSpec"> }
  set glyphLineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("glyph_line_join", value) }
  get glyphLineCap(): SpecValue<"LineCapSpec"> { return this.getv("glyph_line_cap") as SpecValue<"LineCapSpec"> }
  set glyphLineCap(value: SpecValue<"LineCapSpec">) { this.setv("glyph_line_cap", value) }
  get glyphLineDash(): SpecValue<"LineDashSpec"> { return this.getv("glyph_line_dash") as SpecValue<"LineDashSpec"> }
  set glyphLineDash(value: SpecValue<"LineDashSpec">) { this.setv("glyph_line_dash", value) }
  get glyphLineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("glyph_line_dash_offset") as SpecValue<"NumberSpec"> }
  set glyphLineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("glyph_line_dash_offset", value) }
  get glyphFillColor(): SpecValue<"ColorSpec"> { return this.getv("glyph_fill_color") as SpecValue<"ColorSpec"> }
  set glyphFillColor(value: SpecValue<"ColorSpec">) { this.setv("glyph_fill_color", value) }
  get glyphFillAlpha(): SpecValue<"NumberSpec"> { return this.getv("glyph_fill_alpha") as SpecValue<"NumberSpec"> }
  set glyphFillAlpha(value: SpecValue<"NumberSpec">) { this.setv("glyph_fill_alpha", value) }
  get glyphHatchColor(): SpecValue<"ColorSpec"> { return this.getv("glyph_hatch_color") as SpecValue<"ColorSpec"> }
  set glyphHatchColor(value: SpecValue<"ColorSpec">) { this.setv("glyph_hatch_color", value) }
  get glyphHatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("glyph_hatch_alpha") as SpecValue<"NumberSpec"> }
  set glyphHatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("glyph_hatch_alpha", value) }
  get glyphHatchScale(): SpecValue<"NumberSpec"> { return this.getv("glyph_hatch_scale") as SpecValue<"NumberSpec"> }
  set glyphHatchScale(value: SpecValue<"NumberSpec">) { this.setv("glyph_hatch_scale", value) }
  get glyphHatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("glyph_hatch_pattern") as SpecValue<"NullStringSpec"> }
  set glyphHatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("glyph_hatch_pattern", value) }
  get glyphHatchWeight(): SpecValue<"NumberSpec"> { return this.getv("glyph_hatch_weight") as SpecValue<"NumberSpec"> }
  set glyphHatchWeight(value: SpecValue<"NumberSpec">) { this.setv("glyph_hatch_weight", value) }
  get glyphHatchExtra(): SpecValue<"DictScalar"> { return this.getv("glyph_hatch_extra") as SpecValue<"DictScalar"> }
  set glyphHatchExtra(value: SpecValue<"DictScalar">) { this.setv("glyph_hatch_extra", value) }
  get renderer(): GlyphRenderer | "auto" { return this.getv("renderer") as (GlyphRenderer | "auto") }
  set renderer(value: GlyphRenderer | "auto") { this.setv("renderer", value) }
  get bounds(): readonly [number, number] | "auto" { return this.getv("bounds") as (readonly [number, number] | "auto") }
  set bounds(value: readonly [number, number] | "auto") { this.setv("bounds", value) }
}

export interface SlopeAttrs extends AnnotationAttrs {
  lineColor?: ColorValue | null
  lineAlpha?: number
  lineWidth?: number
  lineJoin?: E.LineJoin
  lineCap?: E.LineCap
  lineDash?: E.LineDash | readonly number[]
  lineDashOffset?: number
  aboveFillColor?: ColorValue | null
  aboveFillAlpha?: number
  aboveHatchColor?: ColorValue | null
  aboveHatchAlpha?: number
  aboveHatchScale?: number
  aboveHatchPattern?: E.HatchPatternType | string | null
  aboveHatchWeight?: number
  aboveHatchExtra?: DictOf<Model>
  belowFillColor?: ColorValue | null
  belowFillAlpha?: number
  belowHatchColor?: ColorValue | null
  belowHatchAlpha?: number
  belowHatchScale?: number
  belowHatchPattern?: E.HatchPatternType | string | null
  belowHatchWeight?: number
  belowHatchExtra?: DictOf<Model>
  gradient?: number | null
  yIntercept?: number | null
}
export class Slope extends Annotation {
  static override readonly __name__: string = "Slope"
  constructor(attrs?: SlopeAttrs) { super(attrs) }
  get lineColor(): ColorValue | null { return this.getv("line_color") as (ColorValue | null) }
  set lineColor(value: ColorValue | null) { this.setv("line_color", value) }
  get lineAlpha(): number { return this.getv("line_alpha") as number }
  set lineAlpha(value: number) { this.setv("line_alpha", value) }
  get lineWidth(): number { return this.getv("line_width") as number }
  set lineWidth(value: number) { this.setv("line_width", value) }
  get lineJoin(): E.LineJoin { return this.getv("line_join") as E.LineJoin }
  set lineJoin(value: E.LineJoin) { this.setv("line_join", value) }
  get lineCap(): E.LineCap { return this.getv("line_cap") as E.LineCap }
  set lineCap(value: E.LineCap) { this.setv("line_cap", value) }
  get lineDash(): E.LineDash | readonly number[] { return this.getv("line_dash") as (E.LineDash | readonly number[]) }
  set lineDash(value: E.LineDash | readonly number[]) { this.setv("line_dash", value) }
  get lineDashOffset(): number { return this.getv("line_dash_offset") as number }
  set lineDashOffset(value: number) { this.setv("line_dash_offset", value) }
  get aboveFillColor(): ColorValue | null { return this.getv("above_fill_color") as (ColorValue | null) }
  set aboveFillColor(value: ColorValue | null) { this.setv("above_fill_color", value) }
  get aboveFillAlpha(): number { return this.getv("above_fill_alpha") as number }
  set aboveFillAlpha(value: number) { this.setv("above_fill_alpha", value) }
  get aboveHatchColor(): ColorValue | null { return this.getv("above_hatch_color") as (ColorValue | null) }
  set aboveHatchColor(value: ColorValue | null) { this.setv("above_hatch_color", value) }
  get aboveHatchAlpha(): number { return this.getv("above_hatch_alpha") as number }
  set aboveHatchAlpha(value: number) { this.setv("above_hatch_alpha", value) }
  get aboveHatchScale(): number { return this.getv("above_hatch_scale") as number }
  set aboveHatchScale(value: number) { this.setv("above_hatch_scale", value) }
  get aboveHatchPattern(): E.HatchPatternType | string | null { return this.getv("above_hatch_pattern") as (E.HatchPatternType | string | null) }
  set aboveHatchPattern(value: E.HatchPatternType | string | null) { this.setv("above_hatch_pattern", value) }
  get aboveHatchWeight(): number { return this.getv("above_hatch_weight") as number }
  set aboveHatchWeight(value: number) { this.setv("above_hatch_weight", value) }
  get aboveHatchExtra(): Readonly<Record<string, Model>> { return this.getv("above_hatch_extra") as (Readonly<Record<string, Model>>) }
  set aboveHatchExtra(value: DictOf<Model>) { this.setv("above_hatch_extra", value) }
  get belowFillColor(): ColorValue | null { return this.getv("below_fill_color") as (ColorValue | null) }
  set belowFillColor(value: ColorValue | null) { this.setv("below_fill_color", value) }
  get belowFillAlpha(): number { return this.getv("below_fill_alpha") as number }
  set belowFillAlpha(value: number) { this.setv("below_fill_alpha", value) }
  get belowHatchColor(): ColorValue | null { return this.getv("below_hatch_color") as (ColorValue | null) }
  set belowHatchColor(value: ColorValue | null) { this.setv("below_hatch_color", value) }
  get belowHatchAlpha(): number { return this.getv("below_hatch_alpha") as number }
  set belowHatchAlpha(value: number) { this.setv("below_hatch_alpha", value) }
  get belowHatchScale(): number { return this.getv("below_hatch_scale") as number }
  set belowHatchScale(value: number) { this.setv("below_hatch_scale", value) }
  get belowHatchPattern(): E.HatchPatternType | string | null { return this.getv("below_hatch_pattern") as (E.HatchPatternType | string | null) }
  set belowHatchPattern(value: E.HatchPatternType | string | null) { this.setv("below_hatch_pattern", value) }
  get belowHatchWeight(): number { return this.getv("below_hatch_weight") as number }
  set belowHatchWeight(value: number) { this.setv("below_hatch_weight", value) }
  get belowHatchExtra(): Readonly<Record<string, Model>> { return this.getv("below_hatch_extra") as (Readonly<Record<string, Model>>) }
  set belowHatchExtra(value: DictOf<Model>) { this.setv("below_hatch_extra", value) }
  get gradient(): number | null { return this.getv("gradient") as (number | null) }
  set gradient(value: number | null) { this.setv("gradient", value) }
  get yIntercept(): number | null { return this.getv("y_intercept") as (number | null) }
  set yIntercept(value: number | null) { this.setv("y_intercept", value) }
}

export interface SpanAttrs extends AnnotationAttrs {
  lineColor?: ColorValue | null
  lineAlpha?: number
  lineWidth?: number
  lineJoin?: E.LineJoin
  lineCap?: E.LineCap
  lineDash?: E.LineDash | readonly number[]
  lineDashOffset?: number
  hoverLineColor?: ColorValue | null
  hoverLineAlpha?: number
  hoverLineWidth?: number
  hoverLineJoin?: E.LineJoin
  hoverLineCap?: E.LineCap
  hoverLineDash?: E.LineDash | readonly number[]
  hoverLineDashOffset?: number
  location?: number | null
  locationUnits?: E.CoordinateUnits
  dimension?: E.Dimension
  editable?: boolean
}
export class Span extends Annotation {
  static override readonly __name__: string = "Span"
  constructor(attrs?: SpanAttrs) { super(attrs) }
  get lineColor(): ColorValue | null { return this.getv("line_color") as (ColorValue | null) }
  set lineColor(value: ColorValue | null) { this.setv("line_color", value) }
  get lineAlpha(): number { return this.getv("line_alpha") as number }
  set lineAlpha(value: number) { this.setv("line_alpha", value) }
  get lineWidth(): number { return this.getv("line_width") as number }
  set lineWidth(value: number) { this.setv("line_width", value) }
  get lineJoin(): E.LineJoin { return this.getv("line_join") as E.LineJoin }
  set lineJoin(value: E.LineJoin) { this.setv("line_join", value) }
  get lineCap(): E.LineCap { return this.getv("line_cap") as E.LineCap }
  set lineCap(value: E.LineCap) { this.setv("line_cap", value) }
  get lineDash(): E.LineDash | readonly number[] { return this.getv("line_dash") as (E.LineDash | readonly number[]) }
  set lineDash(value: E.LineDash | readonly number[]) { this.setv("line_dash", value) }
  get lineDashOffset(): number { return this.getv("line_dash_offset") as number }
  set lineDashOffset(value: number) { this.setv("line_dash_offset", value) }
  get hoverLineColor(): ColorValue | null { return this.getv("hover_line_color") as (ColorValue | null) }
  set hoverLineColor(value: ColorValue | null) { this.setv("hover_line_color", value) }
  get hoverLineAlpha(): number { return this.getv("hover_line_alpha") as number }
  set hoverLineAlpha(value: number) { this.setv("hover_line_alpha", value) }
  get hoverLineWidth(): number { return this.getv("hover_line_width") as number }
  set hoverLineWidth(value: number) { this.setv("hover_line_width", value) }
  get hoverLineJoin(): E.LineJoin { return this.getv("hover_line_join") as E.LineJoin }
  set hoverLineJoin(value: E.LineJoin) { this.setv("hover_line_join", value) }
  get hoverLineCap(): E.LineCap { return this.getv("hover_line_cap") as E.LineCap }
  set hoverLineCap(value: E.LineCap) { this.setv("hover_line_cap", value) }
  get hoverLineDash(): E.LineDash | readonly number[] { return this.getv("hover_line_dash") as (E.LineDash | readonly number[]) }
  set hoverLineDash(value: E.LineDash | readonly number[]) { this.setv("hover_line_dash", value) }
  get hoverLineDashOffset(): number { return this.getv("hover_line_dash_offset") as number }
  set hoverLineDashOffset(value: number) { this.setv("hover_line_dash_offset", value) }
  get location(): number | null { return this.getv("location") as (number | null) }
  set location(value: number | null) { this.setv("location", value) }
  get locationUnits(): E.CoordinateUnits { return this.getv("location_units") as E.CoordinateUnits }
  set locationUnits(value: E.CoordinateUnits) { this.setv("location_units", value) }
  get dimension(): E.Dimension { return this.getv("dimension") as E.Dimension }
  set dimension(value: E.Dimension) { this.setv("dimension", value) }
  get editable(): boolean { return this.getv("editable") as boolean }
  set editable(value: boolean) { this.setv("editable", value) }
}

export interface TitleAttrs extends TextAnnotationAttrs {
  verticalAlign?: E.VerticalAlign
  align?: E.TextAlign
  offset?: number
  standoff?: number
}
export class Title extends TextAnnotation {
  static override readonly __name__: string = "Title"
  constructor(attrs?: TitleAttrs) { super(attrs) }
  get verticalAlign(): E.VerticalAlign { return this.getv("vertical_align") as E.VerticalAlign }
  set verticalAlign(value: E.VerticalAlign) { this.setv("vertical_align", value) }
  get align(): E.TextAlign { return this.getv("align") as E.TextAlign }
  set align(value: E.TextAlign) { this.setv("align", value) }
  get offset(): number { return this.getv("offset") as number }
  set offset(value: number) { this.setv("offset", value) }
  get standoff(): number { return this.getv("standoff") as number }
  set standoff(value: number) { this.setv("standoff", value) }
}

export interface ToolbarPanelAttrs extends AnnotationAttrs {
  toolbar?: Toolbar
}
export class ToolbarPanel extends Annotation {
  static override readonly __name__: string = "ToolbarPanel"
  constructor(attrs?: ToolbarPanelAttrs) { super(attrs) }
  get toolbar(): Toolbar { return this.getv("toolbar") as Toolbar }
  set toolbar(value: Toolbar) { this.setv("toolbar", value) }
}

export interface WhiskerAttrs extends UpperLowerAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  lowerHead?: ArrowHead | null
  upperHead?: ArrowHead | null
}
export class Whisker extends UpperLower {
  static override readonly __name__: string = "Whisker"
  constructor(attrs?: WhiskerAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get lowerHead(): ArrowHead | null { return this.getv("lower_head") as (ArrowHead | null) }
  set lowerHead(value: ArrowHead | null) { this.setv("lower_head", value) }
  get upperHead(): ArrowHead | null { return this.getv("upper_head") as (ArrowHead | null) }
  set upperHead(value: ArrowHead | null) { this.setv("upper_head", value) }
}

export interface HTMLTextAnnotationAttrs extends AnnotationAttrs {
  padding?: number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }
  borderRadius?: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class HTMLTextAnnotation extends Annotation {
  static override readonly __name__: string = "HTMLTextAnnotation"
  constructor(attrs?: HTMLTextAnnotationAttrs) { super(attrs) }
  get padding(): number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number } { return this.getv("padding") as (number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }) }
  set padding(value: number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }) { this.setv("padding", value) }
  get borderRadius(): number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number } { return this.getv("border_radius") as (number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) }
  set borderRadius(value: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) { this.setv("border_radius", value) }
}

export interface HTMLLabelAttrs extends HTMLTextAnnotationAttrs {
  textColor?: ColorValue | null
  textOutlineColor?: ColorValue | null
  textOutlineWidth?: number
  textAlpha?: number
  textFont?: string
  textFontSize?: string
  textFontStyle?: E.FontStyle
  textAlign?: E.TextAlign
  textBaseline?: E.TextBaseline
  textLineHeight?: number
  borderLineColor?: ColorValue | null
  borderLineAlpha?: number
  borderLineWidth?: number
  borderLineJoin?: E.LineJoin
  borderLineCap?: E.LineCap
  borderLineDash?: E.LineDash | readonly number[]
  borderLineDashOffset?: number
  backgroundFillColor?: ColorValue | null
  backgroundFillAlpha?: number
  backgroundHatchColor?: ColorValue | null
  backgroundHatchAlpha?: number
  backgroundHatchScale?: number
  backgroundHatchPattern?: E.HatchPatternType | string | null
  backgroundHatchWeight?: number
  backgroundHatchExtra?: DictOf<Model>
  x?: number
  xUnits?: E.CoordinateUnits
  y?: number
  yUnits?: E.CoordinateUnits
  text?: string
  angle?: number
  angleUnits?: E.AngleUnits
  xOffset?: number
  yOffset?: number
}
export class HTMLLabel extends HTMLTextAnnotation {
  static override readonly __name__: string = "HTMLLabel"
  constructor(attrs?: HTMLLabelAttrs) { super(attrs) }
  get textColor(): ColorValue | null { return this.getv("text_color") as (ColorValue | null) }
  set textColor(value: ColorValue | null) { this.setv("text_color", value) }
  get textOutlineColor(): ColorValue | null { return this.getv("text_outline_color") as (ColorValue | null) }
  set textOutlineColor(value: ColorValue | null) { this.setv("text_outline_color", value) }
  get textOutlineWidth(): number { return this.getv("text_outline_width") as number }
  set textOutlineWidth(value: number) { this.setv("text_outline_width", value) }
  get textAlpha(): number { return this.getv("text_alpha") as number }
  set textAlpha(value: number) { this.setv("text_alpha", value) }
  get textFont(): string { return this.getv("text_font") as string }
  set textFont(value: string) { this.setv("text_font", value) }
  get textFontSize(): string { return this.getv("text_font_size") as string }
  set textFontSize(value: string) { this.setv("text_font_size", value) }
  get textFontStyle(): E.FontStyle { return this.getv("text_font_style") as E.FontStyle }
  set textFontStyle(value: E.FontStyle) { this.setv("text_font_style", value) }
  get textAlign(): E.TextAlign { return this.getv("text_align") as E.TextAlign }
  set textAlign(value: E.TextAlign) { this.setv("text_align", value) }
  get textBaseline(): E.TextBaseline { return this.getv("text_baseline") as E.TextBaseline }
  set textBaseline(value: E.TextBaseline) { this.setv("text_baseline", value) }
  get textLineHeight(): number { return this.getv("text_line_height") as number }
  set textLineHeight(value: number) { this.setv("text_line_height", value) }
  get borderLineColor(): ColorValue | null { return this.getv("border_line_color") as (ColorValue | null) }
  set borderLineColor(value: ColorValue | null) { this.setv("border_line_color", value) }
  get borderLineAlpha(): number { return this.getv("border_line_alpha") as number }
  set borderLineAlpha(value: number) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): number { return this.getv("border_line_width") as number }
  set borderLineWidth(value: number) { this.setv("border_line_width", value) }
  get borderLineJoin(): E.LineJoin { return this.getv("border_line_join") as E.LineJoin }
  set borderLineJoin(value: E.LineJoin) { this.setv("border_line_join", value) }
  get borderLineCap(): E.LineCap { return this.getv("border_line_cap") as E.LineCap }
  set borderLineCap(value: E.LineCap) { this.setv("border_line_cap", value) }
  get borderLineDash(): E.LineDash | readonly number[] { return this.getv("border_line_dash") as (E.LineDash | readonly number[]) }
  set borderLineDash(value: E.LineDash | readonly number[]) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): number { return this.getv("border_line_dash_offset") as number }
  set borderLineDashOffset(value: number) { this.setv("border_line_dash_offset", value) }
  get backgroundFillColor(): ColorValue | null { return this.getv("background_fill_color") as (ColorValue | null) }
  set backgroundFillColor(value: ColorValue | null) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): number { return this.getv("background_fill_alpha") as number }
  set backgroundFillAlpha(value: number) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): ColorValue | null { return this.getv("background_hatch_color") as (ColorValue | null) }
  set backgroundHatchColor(value: ColorValue | null) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): number { return this.getv("background_hatch_alpha") as number }
  set backgroundHatchAlpha(value: number) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): number { return this.getv("background_hatch_scale") as number }
  set backgroundHatchScale(value: number) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set backgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): number { return this.getv("background_hatch_weight") as number }
  set backgroundHatchWeight(value: number) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set backgroundHatchExtra(value: DictOf<Model>) { this.setv("background_hatch_extra", value) }
  get x(): number { return this.getv("x") as number }
  set x(value: number) { this.setv("x", value) }
  get xUnits(): E.CoordinateUnits { return this.getv("x_units") as E.CoordinateUnits }
  set xUnits(value: E.CoordinateUnits) { this.setv("x_units", value) }
  get y(): number { return this.getv("y") as number }
  set y(value: number) { this.setv("y", value) }
  get yUnits(): E.CoordinateUnits { return this.getv("y_units") as E.CoordinateUnits }
  set yUnits(value: E.CoordinateUnits) { this.setv("y_units", value) }
  get text(): string { return this.getv("text") as string }
  set text(value: string) { this.setv("text", value) }
  get angle(): number { return this.getv("angle") as number }
  set angle(value: number) { this.setv("angle", value) }
  get angleUnits(): E.AngleUnits { return this.getv("angle_units") as E.AngleUnits }
  set angleUnits(value: E.AngleUnits) { this.setv("angle_units", value) }
  get xOffset(): number { return this.getv("x_offset") as number }
  set xOffset(value: number) { this.setv("x_offset", value) }
  get yOffset(): number { return this.getv("y_offset") as number }
  set yOffset(value: number) { this.setv("y_offset", value) }
}

export interface HTMLLabelSetAttrs extends DataAnnotationAttrs {
  textColor?: SpecValue<"ColorSpec">
  textOutlineColor?: SpecValue<"ColorSpec">
  textOutlineWidth?: SpecValue<"NumberSpec">
  textAlpha?: SpecValue<"NumberSpec">
  textFont?: SpecValue<"FontSpec">
  textFontSize?: SpecValue<"FontSizeSpec">
  textFontStyle?: SpecValue<"FontStyleSpec">
  textAlign?: SpecValue<"TextAlignSpec">
  textBaseline?: SpecValue<"TextBaselineSpec">
  textLineHeight?: SpecValue<"NumberSpec">
  borderLineColor?: SpecValue<"ColorSpec">
  borderLineAlpha?: SpecValue<"NumberSpec">
  borderLineWidth?: SpecValue<"NumberSpec">
  borderLineJoin?: SpecValue<"LineJoinSpec">
  borderLineCap?: SpecValue<"LineCapSpec">
  borderLineDash?: SpecValue<"LineDashSpec">
  borderLineDashOffset?: SpecValue<"NumberSpec">
  backgroundFillColor?: SpecValue<"ColorSpec">
  backgroundFillAlpha?: SpecValue<"NumberSpec">
  x?: SpecValue<"XCoordinateSpec">
  y?: SpecValue<"YCoordinateSpec">
  xUnits?: E.CoordinateUnits
  yUnits?: E.CoordinateUnits
  text?: SpecValue<"NullStringSpec">
  angle?: SpecValue<"AngleSpec">
  xOffset?: SpecValue<"NumberSpec">
  yOffset?: SpecValue<"NumberSpec">
}
export class HTMLLabelSet extends DataAnnotation {
  static override readonly __name__: string = "HTMLLabelSet"
  constructor(attrs?: HTMLLabelSetAttrs) { super(attrs) }
  get textColor(): SpecValue<"ColorSpec"> { return this.getv("text_color") as SpecValue<"ColorSpec"> }
  set textColor(value: SpecValue<"ColorSpec">) { this.setv("text_color", value) }
  get textOutlineColor(): SpecValue<"ColorSpec"> { return this.getv("text_outline_color") as SpecValue<"ColorSpec"> }
  set textOutlineColor(value: SpecValue<"ColorSpec">) { this.setv("text_outline_color", value) }
  get textOutlineWidth(): SpecValue<"NumberSpec"> { return this.getv("text_outline_width") as SpecValue<"NumberSpec"> }
  set textOutlineWidth(value: SpecValue<"NumberSpec">) { this.setv("text_outline_width", value) }
  get textAlpha(): SpecValue<"NumberSpec"> { return this.getv("text_alpha") as SpecValue<"NumberSpec"> }
  set textAlpha(value: SpecValue<"NumberSpec">) { this.setv("text_alpha", value) }
  get textFont(): SpecValue<"FontSpec"> { return this.getv("text_font") as SpecValue<"FontSpec"> }
  set textFont(value: SpecValue<"FontSpec">) { this.setv("text_font", value) }
  get textFontSize(): SpecValue<"FontSizeSpec"> { return this.getv("text_font_size") as SpecValue<"FontSizeSpec"> }
  set textFontSize(value: SpecValue<"FontSizeSpec">) { this.setv("text_font_size", value) }
  get textFontStyle(): SpecValue<"FontStyleSpec"> { return this.getv("text_font_style") as SpecValue<"FontStyleSpec"> }
  set textFontStyle(value: SpecValue<"FontStyleSpec">) { this.setv("text_font_style", value) }
  get textAlign(): SpecValue<"TextAlignSpec"> { return this.getv("text_align") as SpecValue<"TextAlignSpec"> }
  set textAlign(value: SpecValue<"TextAlignSpec">) { this.setv("text_align", value) }
  get textBaseline(): SpecValue<"TextBaselineSpec"> { return this.getv("text_baseline") as SpecValue<"TextBaselineSpec"> }
  set textBaseline(value: SpecValue<"TextBaselineSpec">) { this.setv("text_baseline", value) }
  get textLineHeight(): SpecValue<"NumberSpec"> { return this.getv("text_line_height") as SpecValue<"NumberSpec"> }
  set textLineHeight(value: SpecValue<"NumberSpec">) { this.setv("text_line_height", value) }
  get borderLineColor(): SpecValue<"ColorSpec"> { return this.getv("border_line_color") as SpecValue<"ColorSpec"> }
  set borderLineColor(value: SpecValue<"ColorSpec">) { this.setv("border_line_color", value) }
  get borderLineAlpha(): SpecValue<"NumberSpec"> { return this.getv("border_line_alpha") as SpecValue<"NumberSpec"> }
  set borderLineAlpha(value: SpecValue<"NumberSpec">) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): SpecValue<"NumberSpec"> { return this.getv("border_line_width") as SpecValue<"NumberSpec"> }
  set borderLineWidth(value: SpecValue<"NumberSpec">) { this.setv("border_line_width", value) }
  get borderLineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("border_line_join") as SpecValue<"LineJoinSpec"> }
  set borderLineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("border_line_join", value) }
  get borderLineCap(): SpecValue<"LineCapSpec"> { return this.getv("border_line_cap") as SpecValue<"LineCapSpec"> }
  set borderLineCap(value: SpecValue<"LineCapSpec">) { this.setv("border_line_cap", value) }
  get borderLineDash(): SpecValue<"LineDashSpec"> { return this.getv("border_line_dash") as SpecValue<"LineDashSpec"> }
  set borderLineDash(value: SpecValue<"LineDashSpec">) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("border_line_dash_offset") as SpecValue<"NumberSpec"> }
  set borderLineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("border_line_dash_offset", value) }
  get backgroundFillColor(): SpecValue<"ColorSpec"> { return this.getv("background_fill_color") as SpecValue<"ColorSpec"> }
  set backgroundFillColor(value: SpecValue<"ColorSpec">) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): SpecValue<"NumberSpec"> { return this.getv("background_fill_alpha") as SpecValue<"NumberSpec"> }
  set backgroundFillAlpha(value: SpecValue<"NumberSpec">) { this.setv("background_fill_alpha", value) }
  get x(): SpecValue<"XCoordinateSpec"> { return this.getv("x") as SpecValue<"XCoordinateSpec"> }
  set x(value: SpecValue<"XCoordinateSpec">) { this.setv("x", value) }
  get y(): SpecValue<"YCoordinateSpec"> { return this.getv("y") as SpecValue<"YCoordinateSpec"> }
  set y(value: SpecValue<"YCoordinateSpec">) { this.setv("y", value) }
  get xUnits(): E.CoordinateUnits { return this.getv("x_units") as E.CoordinateUnits }
  set xUnits(value: E.CoordinateUnits) { this.setv("x_units", value) }
  get yUnits(): E.CoordinateUnits { return this.getv("y_units") as E.CoordinateUnits }
  set yUnits(value: E.CoordinateUnits) { this.setv("y_units", value) }
  get text(): SpecValue<"NullStringSpec"> { return this.getv("text") as SpecValue<"NullStringSpec"> }
  set text(value: SpecValue<"NullStringSpec">) { this.setv("text", value) }
  get angle(): SpecValue<"AngleSpec"> { return this.getv("angle") as SpecValue<"AngleSpec"> }
  set angle(value: SpecValue<"AngleSpec">) { this.setv("angle", value) }
  get xOffset(): SpecValue<"NumberSpec"> { return this.getv("x_offset") as SpecValue<"NumberSpec"> }
  set xOffset(value: SpecValue<"NumberSpec">) { this.setv("x_offset", value) }
  get yOffset(): SpecValue<"NumberSpec"> { return this.getv("y_offset") as SpecValue<"NumberSpec"> }
  set yOffset(value: SpecValue<"NumberSpec">) { this.setv("y_offset", value) }
}

export interface HTMLTitleAttrs extends HTMLTextAnnotationAttrs {
  textColor?: ColorValue | null
  textOutlineColor?: ColorValue | null
  textOutlineWidth?: number
  textAlpha?: number
  textFont?: string
  textFontSize?: string
  textFontStyle?: E.FontStyle
  textLineHeight?: number
  borderLineColor?: ColorValue | null
  borderLineAlpha?: number
  borderLineWidth?: number
  borderLineJoin?: E.LineJoin
  borderLineCap?: E.LineCap
  borderLineDash?: E.LineDash | readonly number[]
  borderLineDashOffset?: number
  backgroundFillColor?: ColorValue | null
  backgroundFillAlpha?: number
  backgroundHatchColor?: ColorValue | null
  backgroundHatchAlpha?: number
  backgroundHatchScale?: number
  backgroundHatchPattern?: E.HatchPatternType | string | null
  backgroundHatchWeight?: number
  backgroundHatchExtra?: DictOf<Model>
  text?: string
  verticalAlign?: E.VerticalAlign
  align?: E.TextAlign
  offset?: number
  standoff?: number
}
export class HTMLTitle extends HTMLTextAnnotation {
  static override readonly __name__: string = "HTMLTitle"
  constructor(attrs?: HTMLTitleAttrs) { super(attrs) }
  get textColor(): ColorValue | null { return this.getv("text_color") as (ColorValue | null) }
  set textColor(value: ColorValue | null) { this.setv("text_color", value) }
  get textOutlineColor(): ColorValue | null { return this.getv("text_outline_color") as (ColorValue | null) }
  set textOutlineColor(value: ColorValue | null) { this.setv("text_outline_color", value) }
  get textOutlineWidth(): number { return this.getv("text_outline_width") as number }
  set textOutlineWidth(value: number) { this.setv("text_outline_width", value) }
  get textAlpha(): number { return this.getv("text_alpha") as number }
  set textAlpha(value: number) { this.setv("text_alpha", value) }
  get textFont(): string { return this.getv("text_font") as string }
  set textFont(value: string) { this.setv("text_font", value) }
  get textFontSize(): string { return this.getv("text_font_size") as string }
  set textFontSize(value: string) { this.setv("text_font_size", value) }
  get textFontStyle(): E.FontStyle { return this.getv("text_font_style") as E.FontStyle }
  set textFontStyle(value: E.FontStyle) { this.setv("text_font_style", value) }
  get textLineHeight(): number { return this.getv("text_line_height") as number }
  set textLineHeight(value: number) { this.setv("text_line_height", value) }
  get borderLineColor(): ColorValue | null { return this.getv("border_line_color") as (ColorValue | null) }
  set borderLineColor(value: ColorValue | null) { this.setv("border_line_color", value) }
  get borderLineAlpha(): number { return this.getv("border_line_alpha") as number }
  set borderLineAlpha(value: number) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): number { return this.getv("border_line_width") as number }
  set borderLineWidth(value: number) { this.setv("border_line_width", value) }
  get borderLineJoin(): E.LineJoin { return this.getv("border_line_join") as E.LineJoin }
  set borderLineJoin(value: E.LineJoin) { this.setv("border_line_join", value) }
  get borderLineCap(): E.LineCap { return this.getv("border_line_cap") as E.LineCap }
  set borderLineCap(value: E.LineCap) { this.setv("border_line_cap", value) }
  get borderLineDash(): E.LineDash | readonly number[] { return this.getv("border_line_dash") as (E.LineDash | readonly number[]) }
  set borderLineDash(value: E.LineDash | readonly number[]) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): number { return this.getv("border_line_dash_offset") as number }
  set borderLineDashOffset(value: number) { this.setv("border_line_dash_offset", value) }
  get backgroundFillColor(): ColorValue | null { return this.getv("background_fill_color") as (ColorValue | null) }
  set backgroundFillColor(value: ColorValue | null) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): number { return this.getv("background_fill_alpha") as number }
  set backgroundFillAlpha(value: number) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): ColorValue | null { return this.getv("background_hatch_color") as (ColorValue | null) }
  set backgroundHatchColor(value: ColorValue | null) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): number { return this.getv("background_hatch_alpha") as number }
  set backgroundHatchAlpha(value: number) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): number { return this.getv("background_hatch_scale") as number }
  set backgroundHatchScale(value: number) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set backgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): number { return this.getv("background_hatch_weight") as number }
  set backgroundHatchWeight(value: number) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set backgroundHatchExtra(value: DictOf<Model>) { this.setv("background_hatch_extra", value) }
  get text(): string { return this.getv("text") as string }
  set text(value: string) { this.setv("text", value) }
  get verticalAlign(): E.VerticalAlign { return this.getv("vertical_align") as E.VerticalAlign }
  set verticalAlign(value: E.VerticalAlign) { this.setv("vertical_align", value) }
  get align(): E.TextAlign { return this.getv("align") as E.TextAlign }
  set align(value: E.TextAlign) { this.setv("align", value) }
  get offset(): number { return this.getv("offset") as number }
  set offset(value: number) { this.setv("offset", value) }
  get standoff(): number { return this.getv("standoff") as number }
  set standoff(value: number) { this.setv("standoff", value) }
}

export interface GuideRendererAttrs extends RendererAttrs {}
export class GuideRenderer extends Renderer {
  static override readonly __name__: string = "GuideRenderer"
  constructor(attrs?: GuideRendererAttrs) { super(attrs) }
}

export interface AxisAttrs extends GuideRendererAttrs {
  axisLineColor?: ColorValue | null
  axisLineAlpha?: number
  axisLineWidth?: number
  axisLineJoin?: E.LineJoin
  axisLineCap?: E.LineCap
  axisLineDash?: E.LineDash | readonly number[]
  axisLineDashOffset?: number
  majorTickLineColor?: ColorValue | null
  majorTickLineAlpha?: number
  majorTickLineWidth?: number
  majorTickLineJoin?: E.LineJoin
  majorTickLineCap?: E.LineCap
  majorTickLineDash?: E.LineDash | readonly number[]
  majorTickLineDashOffset?: number
  minorTickLineColor?: ColorValue | null
  minorTickLineAlpha?: number
  minorTickLineWidth?: number
  minorTickLineJoin?: E.LineJoin
  minorTickLineCap?: E.LineCap
  minorTickLineDash?: E.LineDash | readonly number[]
  minorTickLineDashOffset?: number
  majorLabelTextColor?: ColorValue | null
  majorLabelTextOutlineColor?: ColorValue | null
  majorLabelTextOutlineWidth?: number
  majorLabelTextAlpha?: number
  majorLabelTextFont?: string
  majorLabelTextFontSize?: string
  majorLabelTextFontStyle?: E.FontStyle
  majorLabelTextAlign?: E.TextAlign
  majorLabelTextBaseline?: E.TextBaseline
  majorLabelTextLineHeight?: number
  axisLabelTextColor?: ColorValue | null
  axisLabelTextOutlineColor?: ColorValue | null
  axisLabelTextOutlineWidth?: number
  axisLabelTextAlpha?: number
  axisLabelTextFont?: string
  axisLabelTextFontSize?: string
  axisLabelTextFontStyle?: E.FontStyle
  axisLabelTextAlign?: E.TextAlign
  axisLabelTextBaseline?: E.TextBaseline
  axisLabelTextLineHeight?: number
  backgroundFillColor?: ColorValue | null
  backgroundFillAlpha?: number
  backgroundHatchColor?: ColorValue | null
  backgroundHatchAlpha?: number
  backgroundHatchScale?: number
  backgroundHatchPattern?: E.HatchPatternType | string | null
  backgroundHatchWeight?: number
  backgroundHatchExtra?: DictOf<Model>
  dimension?: 0 | 1 | "auto"
  face?: E.Face | "auto"
  bounds?: readonly [number, number] | "auto"
  ticker?: Ticker
  formatter?: TickFormatter
  axisLabel?: string | BaseText | null
  axisLabelStandoff?: number
  axisLabelStandoffMode?: E.AxisLabelStandoffMode
  axisLabelOrientation?: E.LabelOrientation | number
  axisLabelAlign?: E.Align
  majorLabelStandoff?: number
  majorLabelOrientation?: E.LabelOrientation | number
  majorLabelOverrides?: DictOf<string | BaseText> | MapOf<string | number, string | BaseText>
  majorLabelPolicy?: LabelingPolicy
  majorTickIn?: number
  majorTickOut?: number
  minorTickIn?: number
  minorTickOut?: number
  fixedLocation?: unknown
}
export class Axis extends GuideRenderer {
  static override readonly __name__: string = "Axis"
  constructor(attrs?: AxisAttrs) { super(attrs) }
  get axisLineColor(): ColorValue | null { return this.getv("axis_line_color") as (ColorValue | null) }
  set axisLineColor(value: ColorValue | null) { this.setv("axis_line_color", value) }
  get axisLineAlpha(): number { return this.getv("axis_line_alpha") as number }
  set axisLineAlpha(value: number) { this.setv("axis_line_alpha", value) }
  get axisLineWidth(): number { return this.getv("axis_line_width") as number }
  set axisLineWidth(value: number) { this.setv("axis_line_width", value) }
  get axisLineJoin(): E.LineJoin { return this.getv("axis_line_join") as E.LineJoin }
  set axisLineJoin(value: E.LineJoin) { this.setv("axis_line_join", value) }
  get axisLineCap(): E.LineCap { return this.getv("axis_line_cap") as E.LineCap }
  set axisLineCap(value: E.LineCap) { this.setv("axis_line_cap", value) }
  get axisLineDash(): E.LineDash | readonly number[] { return this.getv("axis_line_dash") as (E.LineDash | readonly number[]) }
  set axisLineDash(value: E.LineDash | readonly number[]) { this.setv("axis_line_dash", value) }
  get axisLineDashOffset(): number { return this.getv("axis_line_dash_offset") as number }
  set axisLineDashOffset(value: number) { this.setv("axis_line_dash_offset", value) }
  get majorTickLineColor(): ColorValue | null { return this.getv("major_tick_line_color") as (ColorValue | null) }
  set majorTickLineColor(value: ColorValue | null) { this.setv("major_tick_line_color", value) }
  get majorTickLineAlpha(): number { return this.getv("major_tick_line_alpha") as number }
  set majorTickLineAlpha(value: number) { this.setv("major_tick_line_alpha", value) }
  get majorTickLineWidth(): number { return this.getv("major_tick_line_width") as number }
  set majorTickLineWidth(value: number) { this.setv("major_tick_line_width", value) }
  get majorTickLineJoin(): E.LineJoin { return this.getv("major_tick_line_join") as E.LineJoin }
  set majorTickLineJoin(value: E.LineJoin) { this.setv("major_tick_line_join", value) }
  get majorTickLineCap(): E.LineCap { return this.getv("major_tick_line_cap") as E.LineCap }
  set majorTickLineCap(value: E.LineCap) { this.setv("major_tick_line_cap", value) }
  get majorTickLineDash(): E.LineDash | readonly number[] { return this.getv("major_tick_line_dash") as (E.LineDash | readonly number[]) }
  set majorTickLineDash(value: E.LineDash | readonly number[]) { this.setv("major_tick_line_dash", value) }
  get majorTickLineDashOffset(): number { return this.getv("major_tick_line_dash_offset") as number }
  set majorTickLineDashOffset(value: number) { this.setv("major_tick_line_dash_offset", value) }
  get minorTickLineColor(): ColorValue | null { return this.getv("minor_tick_line_color") as (ColorValue | null) }
  set minorTickLineColor(value: ColorValue | null) { this.setv("minor_tick_line_color", value) }
  get minorTickLineAlpha(): number { return this.getv("minor_tick_line_alpha") as number }
  set minorTickLineAlpha(value: number) { this.setv("minor_tick_line_alpha", value) }
  get minorTickLineWidth(): number { return this.getv("minor_tick_line_width") as number }
  set minorTickLineWidth(value: number) { this.setv("minor_tick_line_width", value) }
  get minorTickLineJoin(): E.LineJoin { return this.getv("minor_tick_line_join") as E.LineJoin }
  set minorTickLineJoin(value: E.LineJoin) { this.setv("minor_tick_line_join", value) }
  get minorTickLineCap(): E.LineCap { return this.getv("minor_tick_line_cap") as E.LineCap }
  set minorTickLineCap(value: E.LineCap) { this.setv("minor_tick_line_cap", value) }
  get minorTickLineDash(): E.LineDash | readonly number[] { return this.getv("minor_tick_line_dash") as (E.LineDash | readonly number[]) }
  set minorTickLineDash(value: E.LineDash | readonly number[]) { this.setv("minor_tick_line_dash", value) }
  get minorTickLineDashOffset(): number { return this.getv("minor_tick_line_dash_offset") as number }
  set minorTickLineDashOffset(value: number) { this.setv("minor_tick_line_dash_offset", value) }
  get majorLabelTextColor(): ColorValue | null { return this.getv("major_label_text_color") as (ColorValue | null) }
  set majorLabelTextColor(value: ColorValue | null) { this.setv("major_label_text_color", value) }
  get majorLabelTextOutlineColor(): ColorValue | null { return this.getv("major_label_text_outline_color") as (ColorValue | null) }
  set majorLabelTextOutlineColor(value: ColorValue | null) { this.setv("major_label_text_outline_color", value) }
  get majorLabelTextOutlineWidth(): number { return this.getv("major_label_text_outline_width") as number }
  set majorLabelTextOutlineWidth(value: number) { this.setv("major_label_text_outline_width", value) }
  get majorLabelTextAlpha(): number { return this.getv("major_label_text_alpha") as number }
  set majorLabelTextAlpha(value: number) { this.setv("major_label_text_alpha", value) }
  get majorLabelTextFont(): string { return this.getv("major_label_text_font") as string }
  set majorLabelTextFont(value: string) { this.setv("major_label_text_font", value) }
  get majorLabelTextFontSize(): string { return this.getv("major_label_text_font_size") as string }
  set majorLabelTextFontSize(value: string) { this.setv("major_label_text_font_size", value) }
  get majorLabelTextFontStyle(): E.FontStyle { return this.getv("major_label_text_font_style") as E.FontStyle }
  set majorLabelTextFontStyle(value: E.FontStyle) { this.setv("major_label_text_font_style", value) }
  get majorLabelTextAlign(): E.TextAlign { return this.getv("major_label_text_align") as E.TextAlign }
  set majorLabelTextAlign(value: E.TextAlign) { this.setv("major_label_text_align", value) }
  get majorLabelTextBaseline(): E.TextBaseline { return this.getv("major_label_text_baseline") as E.TextBaseline }
  set majorLabelTextBaseline(value: E.TextBaseline) { this.setv("major_label_text_baseline", value) }
  get majorLabelTextLineHeight(): number { return this.getv("major_label_text_line_height") as number }
  set majorLabelTextLineHeight(value: number) { this.setv("major_label_text_line_height", value) }
  get axisLabelTextColor(): ColorValue | null { return this.getv("axis_label_text_color") as (ColorValue | null) }
  set axisLabelTextColor(value: ColorValue | null) { this.setv("axis_label_text_color", value) }
  get axisLabelTextOutlineColor(): ColorValue | null { return this.getv("axis_label_text_outline_color") as (ColorValue | null) }
  set axisLabelTextOutlineColor(value: ColorValue | null) { this.setv("axis_label_text_outline_color", value) }
  get axisLabelTextOutlineWidth(): number { return this.getv("axis_label_text_outline_width") as number }
  set axisLabelTextOutlineWidth(value: number) { this.setv("axis_label_text_outline_width", value) }
  get axisLabelTextAlpha(): number { return this.getv("axis_label_text_alpha") as number }
  set axisLabelTextAlpha(value: number) { this.setv("axis_label_text_alpha", value) }
  get axisLabelTextFont(): string { return this.getv("axis_label_text_font") as string }
  set axisLabelTextFont(value: string) { this.setv("axis_label_text_font", value) }
  get axisLabelTextFontSize(): string { return this.getv("axis_label_text_font_size") as string }
  set axisLabelTextFontSize(value: string) { this.setv("axis_label_text_font_size", value) }
  get axisLabelTextFontStyle(): E.FontStyle { return this.getv("axis_label_text_font_style") as E.FontStyle }
  set axisLabelTextFontStyle(value: E.FontStyle) { this.setv("axis_label_text_font_style", value) }
  get axisLabelTextAlign(): E.TextAlign { return this.getv("axis_label_text_align") as E.TextAlign }
  set axisLabelTextAlign(value: E.TextAlign) { this.setv("axis_label_text_align", value) }
  get axisLabelTextBaseline(): E.TextBaseline { return this.getv("axis_label_text_baseline") as E.TextBaseline }
  set axisLabelTextBaseline(value: E.TextBaseline) { this.setv("axis_label_text_baseline", value) }
  get axisLabelTextLineHeight(): number { return this.getv("axis_label_text_line_height") as number }
  set axisLabelTextLineHeight(value: number) { this.setv("axis_label_text_line_height", value) }
  get backgroundFillColor(): ColorValue | null { return this.getv("background_fill_color") as (ColorValue | null) }
  set backgroundFillColor(value: ColorValue | null) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): number { return this.getv("background_fill_alpha") as number }
  set backgroundFillAlpha(value: number) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): ColorValue | null { return this.getv("background_hatch_color") as (ColorValue | null) }
  set backgroundHatchColor(value: ColorValue | null) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): number { return this.getv("background_hatch_alpha") as number }
  set backgroundHatchAlpha(value: number) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): number { return this.getv("background_hatch_scale") as number }
  set backgroundHatchScale(value: number) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set backgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): number { return this.getv("background_hatch_weight") as number }
  set backgroundHatchWeight(value: number) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set backgroundHatchExtra(value: DictOf<Model>) { this.setv("background_hatch_extra", value) }
  get dimension(): 0 | 1 | "auto" { return this.getv("dimension") as (0 | 1 | "auto") }
  set dimension(value: 0 | 1 | "auto") { this.setv("dimension", value) }
  get face(): E.Face | "auto" { return this.getv("face") as (E.Face | "auto") }
  set face(value: E.Face | "auto") { this.setv("face", value) }
  get bounds(): readonly [number, number] | "auto" { return this.getv("bounds") as (readonly [number, number] | "auto") }
  set bounds(value: readonly [number, number] | "auto") { this.setv("bounds", value) }
  get ticker(): Ticker { return this.getv("ticker") as Ticker }
  set ticker(value: Ticker) { this.setv("ticker", value) }
  get formatter(): TickFormatter { return this.getv("formatter") as TickFormatter }
  set formatter(value: TickFormatter) { this.setv("formatter", value) }
  get axisLabel(): string | BaseText | null { return this.getv("axis_label") as (string | BaseText | null) }
  set axisLabel(value: string | BaseText | null) { this.setv("axis_label", value) }
  get axisLabelStandoff(): number { return this.getv("axis_label_standoff") as number }
  set axisLabelStandoff(value: number) { this.setv("axis_label_standoff", value) }
  get axisLabelStandoffMode(): E.AxisLabelStandoffMode { return this.getv("axis_label_standoff_mode") as E.AxisLabelStandoffMode }
  set axisLabelStandoffMode(value: E.AxisLabelStandoffMode) { this.setv("axis_label_standoff_mode", value) }
  get axisLabelOrientation(): E.LabelOrientation | number { return this.getv("axis_label_orientation") as (E.LabelOrientation | number) }
  set axisLabelOrientation(value: E.LabelOrientation | number) { this.setv("axis_label_orientation", value) }
  get axisLabelAlign(): E.Align { return this.getv("axis_label_align") as E.Align }
  set axisLabelAlign(value: E.Align) { this.setv("axis_label_align", value) }
  get majorLabelStandoff(): number { return this.getv("major_label_standoff") as number }
  set majorLabelStandoff(value: number) { this.setv("major_label_standoff", value) }
  get majorLabelOrientation(): E.LabelOrientation | number { return this.getv("major_label_orientation") as (E.LabelOrientation | number) }
  set majorLabelOrientation(value: E.LabelOrientation | number) { this.setv("major_label_orientation", value) }
  get majorLabelOverrides(): Readonly<Record<string, string | BaseText>> | MapOf<string | number, string | BaseText> { return this.getv("major_label_overrides") as (Readonly<Record<string, string | BaseText>> | MapOf<string | number, string | BaseText>) }
  set majorLabelOverrides(value: DictOf<string | BaseText> | MapOf<string | number, string | BaseText>) { this.setv("major_label_overrides", value) }
  get majorLabelPolicy(): LabelingPolicy { return this.getv("major_label_policy") as LabelingPolicy }
  set majorLabelPolicy(value: LabelingPolicy) { this.setv("major_label_policy", value) }
  get majorTickIn(): number { return this.getv("major_tick_in") as number }
  set majorTickIn(value: number) { this.setv("major_tick_in", value) }
  get majorTickOut(): number { return this.getv("major_tick_out") as number }
  set majorTickOut(value: number) { this.setv("major_tick_out", value) }
  get minorTickIn(): number { return this.getv("minor_tick_in") as number }
  set minorTickIn(value: number) { this.setv("minor_tick_in", value) }
  get minorTickOut(): number { return this.getv("minor_tick_out") as number }
  set minorTickOut(value: number) { this.setv("minor_tick_out", value) }
  get fixedLocation(): unknown { return this.getv("fixed_location") as unknown }
  set fixedLocation(value: unknown) { this.setv("fixed_location", value) }
}

export interface CategoricalAxisAttrs extends AxisAttrs {
  separatorLineColor?: ColorValue | null
  separatorLineAlpha?: number
  separatorLineWidth?: number
  separatorLineJoin?: E.LineJoin
  separatorLineCap?: E.LineCap
  separatorLineDash?: E.LineDash | readonly number[]
  separatorLineDashOffset?: number
  groupTextColor?: ColorValue | null
  groupTextOutlineColor?: ColorValue | null
  groupTextOutlineWidth?: number
  groupTextAlpha?: number
  groupTextFont?: string
  groupTextFontSize?: string
  groupTextFontStyle?: E.FontStyle
  groupTextAlign?: E.TextAlign
  groupTextBaseline?: E.TextBaseline
  groupTextLineHeight?: number
  subgroupTextColor?: ColorValue | null
  subgroupTextOutlineColor?: ColorValue | null
  subgroupTextOutlineWidth?: number
  subgroupTextAlpha?: number
  subgroupTextFont?: string
  subgroupTextFontSize?: string
  subgroupTextFontStyle?: E.FontStyle
  subgroupTextAlign?: E.TextAlign
  subgroupTextBaseline?: E.TextBaseline
  subgroupTextLineHeight?: number
  groupLabelOrientation?: E.LabelOrientation | number
  subgroupLabelOrientation?: E.LabelOrientation | number
}
export class CategoricalAxis extends Axis {
  static override readonly __name__: string = "CategoricalAxis"
  constructor(attrs?: CategoricalAxisAttrs) { super(attrs) }
  get separatorLineColor(): ColorValue | null { return this.getv("separator_line_color") as (ColorValue | null) }
  set separatorLineColor(value: ColorValue | null) { this.setv("separator_line_color", value) }
  get separatorLineAlpha(): number { return this.getv("separator_line_alpha") as number }
  set separatorLineAlpha(value: number) { this.setv("separator_line_alpha", value) }
  get separatorLineWidth(): number { return this.getv("separator_line_width") as number }
  set separatorLineWidth(value: number) { this.setv("separator_line_width", value) }
  get separatorLineJoin(): E.LineJoin { return this.getv("separator_line_join") as E.LineJoin }
  set separatorLineJoin(value: E.LineJoin) { this.setv("separator_line_join", value) }
  get separatorLineCap(): E.LineCap { return this.getv("separator_line_cap") as E.LineCap }
  set separatorLineCap(value: E.LineCap) { this.setv("separator_line_cap", value) }
  get separatorLineDash(): E.LineDash | readonly number[] { return this.getv("separator_line_dash") as (E.LineDash | readonly number[]) }
  set separatorLineDash(value: E.LineDash | readonly number[]) { this.setv("separator_line_dash", value) }
  get separatorLineDashOffset(): number { return this.getv("separator_line_dash_offset") as number }
  set separatorLineDashOffset(value: number) { this.setv("separator_line_dash_offset", value) }
  get groupTextColor(): ColorValue | null { return this.getv("group_text_color") as (ColorValue | null) }
  set groupTextColor(value: ColorValue | null) { this.setv("group_text_color", value) }
  get groupTextOutlineColor(): ColorValue | null { return this.getv("group_text_outline_color") as (ColorValue | null) }
  set groupTextOutlineColor(value: ColorValue | null) { this.setv("group_text_outline_color", value) }
  get groupTextOutlineWidth(): number { return this.getv("group_text_outline_width") as number }
  set groupTextOutlineWidth(value: number) { this.setv("group_text_outline_width", value) }
  get groupTextAlpha(): number { return this.getv("group_text_alpha") as number }
  set groupTextAlpha(value: number) { this.setv("group_text_alpha", value) }
  get groupTextFont(): string { return this.getv("group_text_font") as string }
  set groupTextFont(value: string) { this.setv("group_text_font", value) }
  get groupTextFontSize(): string { return this.getv("group_text_font_size") as string }
  set groupTextFontSize(value: string) { this.setv("group_text_font_size", value) }
  get groupTextFontStyle(): E.FontStyle { return this.getv("group_text_font_style") as E.FontStyle }
  set groupTextFontStyle(value: E.FontStyle) { this.setv("group_text_font_style", value) }
  get groupTextAlign(): E.TextAlign { return this.getv("group_text_align") as E.TextAlign }
  set groupTextAlign(value: E.TextAlign) { this.setv("group_text_align", value) }
  get groupTextBaseline(): E.TextBaseline { return this.getv("group_text_baseline") as E.TextBaseline }
  set groupTextBaseline(value: E.TextBaseline) { this.setv("group_text_baseline", value) }
  get groupTextLineHeight(): number { return this.getv("group_text_line_height") as number }
  set groupTextLineHeight(value: number) { this.setv("group_text_line_height", value) }
  get subgroupTextColor(): ColorValue | null { return this.getv("subgroup_text_color") as (ColorValue | null) }
  set subgroupTextColor(value: ColorValue | null) { this.setv("subgroup_text_color", value) }
  get subgroupTextOutlineColor(): ColorValue | null { return this.getv("subgroup_text_outline_color") as (ColorValue | null) }
  set subgroupTextOutlineColor(value: ColorValue | null) { this.setv("subgroup_text_outline_color", value) }
  get subgroupTextOutlineWidth(): number { return this.getv("subgroup_text_outline_width") as number }
  set subgroupTextOutlineWidth(value: number) { this.setv("subgroup_text_outline_width", value) }
  get subgroupTextAlpha(): number { return this.getv("subgroup_text_alpha") as number }
  set subgroupTextAlpha(value: number) { this.setv("subgroup_text_alpha", value) }
  get subgroupTextFont(): string { return this.getv("subgroup_text_font") as string }
  set subgroupTextFont(value: string) { this.setv("subgroup_text_font", value) }
  get subgroupTextFontSize(): string { return this.getv("subgroup_text_font_size") as string }
  set subgroupTextFontSize(value: string) { this.setv("subgroup_text_font_size", value) }
  get subgroupTextFontStyle(): E.FontStyle { return this.getv("subgroup_text_font_style") as E.FontStyle }
  set subgroupTextFontStyle(value: E.FontStyle) { this.setv("subgroup_text_font_style", value) }
  get subgroupTextAlign(): E.TextAlign { return this.getv("subgroup_text_align") as E.TextAlign }
  set subgroupTextAlign(value: E.TextAlign) { this.setv("subgroup_text_align", value) }
  get subgroupTextBaseline(): E.TextBaseline { return this.getv("subgroup_text_baseline") as E.TextBaseline }
  set subgroupTextBaseline(value: E.TextBaseline) { this.setv("subgroup_text_baseline", value) }
  get subgroupTextLineHeight(): number { return this.getv("subgroup_text_line_height") as number }
  set subgroupTextLineHeight(value: number) { this.setv("subgroup_text_line_height", value) }
  get groupLabelOrientation(): E.LabelOrientation | number { return this.getv("group_label_orientation") as (E.LabelOrientation | number) }
  set groupLabelOrientation(value: E.LabelOrientation | number) { this.setv("group_label_orientation", value) }
  get subgroupLabelOrientation(): E.LabelOrientation | number { return this.getv("subgroup_label_orientation") as (E.LabelOrientation | number) }
  set subgroupLabelOrientation(value: E.LabelOrientation | number) { this.setv("subgroup_label_orientation", value) }
}

export interface ContinuousAxisAttrs extends AxisAttrs {}
export class ContinuousAxis extends Axis {
  static override readonly __name__: string = "ContinuousAxis"
  constructor(attrs?: ContinuousAxisAttrs) { super(attrs) }
}

export interface DatetimeAxisAttrs extends ContinuousAxisAttrs {}
export class DatetimeAxis extends ContinuousAxis {
  static override readonly __name__: string = "DatetimeAxis"
  constructor(attrs?: DatetimeAxisAttrs) { super(attrs) }
}

export interface LinearAxisAttrs extends ContinuousAxisAttrs {}
export class LinearAxis extends ContinuousAxis {
  static override readonly __name__: string = "LinearAxis"
  constructor(attrs?: LinearAxisAttrs) { super(attrs) }
}

export interface LogAxisAttrs extends ContinuousAxisAttrs {}
export class LogAxis extends ContinuousAxis {
  static override readonly __name__: string = "LogAxis"
  constructor(attrs?: LogAxisAttrs) { super(attrs) }
}

export interface MercatorAxisAttrs extends LinearAxisAttrs {}
export class MercatorAxis extends LinearAxis {
  static override readonly __name__: string = "MercatorAxis"
  constructor(attrs?: MercatorAxisAttrs) { super(attrs) }
}

export interface TimedeltaAxisAttrs extends ContinuousAxisAttrs {}
export class TimedeltaAxis extends ContinuousAxis {
  static override readonly __name__: string = "TimedeltaAxis"
  constructor(attrs?: TimedeltaAxisAttrs) { super(attrs) }
}

export interface CallbackAttrs extends ModelAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Callback extends Model {
  static override readonly __name__: string = "Callback"
  constructor(attrs?: CallbackAttrs) { super(attrs) }
}

export interface CustomJSAttrs extends CallbackAttrs {
  args?: DictOf<unknown>
  code?: string
  module?: "auto" | boolean
}
export class CustomJS extends Callback {
  static override readonly __name__: string = "CustomJS"
  constructor(attrs?: CustomJSAttrs) { super(attrs) }
  get args(): Readonly<Record<string, unknown>> { return this.getv("args") as (Readonly<Record<string, unknown>>) }
  set args(value: DictOf<unknown>) { this.setv("args", value) }
  get code(): string { return this.getv("code") as string }
  set code(value: string) { this.setv("code", value) }
  get module(): "auto" | boolean { return this.getv("module") as ("auto" | boolean) }
  set module(value: "auto" | boolean) { this.setv("module", value) }
}

export interface OpenURLAttrs extends CallbackAttrs {
  url?: string
  sameTab?: boolean
}
export class OpenURL extends Callback {
  static override readonly __name__: string = "OpenURL"
  constructor(attrs?: OpenURLAttrs) { super(attrs) }
  get url(): string { return this.getv("url") as string }
  set url(value: string) { this.setv("url", value) }
  get sameTab(): boolean { return this.getv("same_tab") as boolean }
  set sameTab(value: boolean) { this.setv("same_tab", value) }
}

export interface SetValueAttrs extends CallbackAttrs {
  obj?: Model
  attr?: string
  value?: unknown
}
export class SetValue extends Callback {
  static override readonly __name__: string = "SetValue"
  constructor(attrs?: SetValueAttrs) { super(attrs) }
  get obj(): Model { return this.getv("obj") as Model }
  set obj(value: Model) { this.setv("obj", value) }
  get attr(): string { return this.getv("attr") as string }
  set attr(value: string) { this.setv("attr", value) }
  get value(): unknown { return this.getv("value") as unknown }
  set value(value: unknown) { this.setv("value", value) }
}

export interface ToggleVisibilityAttrs extends CallbackAttrs {
  target?: UIElement
}
export class ToggleVisibility extends Callback {
  static override readonly __name__: string = "ToggleVisibility"
  constructor(attrs?: ToggleVisibilityAttrs) { super(attrs) }
  get target(): UIElement { return this.getv("target") as UIElement }
  set target(value: UIElement) { this.setv("target", value) }
}

export interface OpenDialogAttrs extends CallbackAttrs {
  dialog?: Dialog
}
export class OpenDialog extends Callback {
  static override readonly __name__: string = "OpenDialog"
  constructor(attrs?: OpenDialogAttrs) { super(attrs) }
  get dialog(): Dialog { return this.getv("dialog") as Dialog }
  set dialog(value: Dialog) { this.setv("dialog", value) }
}

export interface CloseDialogAttrs extends CallbackAttrs {
  dialog?: Dialog
}
export class CloseDialog extends Callback {
  static override readonly __name__: string = "CloseDialog"
  constructor(attrs?: CloseDialogAttrs) { super(attrs) }
  get dialog(): Dialog { return this.getv("dialog") as Dialog }
  set dialog(value: Dialog) { this.setv("dialog", value) }
}

export interface UIElementAttrs extends StyledElementAttrs {
  visible?: boolean
  contextMenu?: Model | "auto" | null
}
export class UIElement extends StyledElement {
  static override readonly __name__: string = "UIElement"
  constructor(attrs?: UIElementAttrs) { super(attrs) }
  get visible(): boolean { return this.getv("visible") as boolean }
  set visible(value: boolean) { this.setv("visible", value) }
  get contextMenu(): Model | "auto" | null { return this.getv("context_menu") as (Model | "auto" | null) }
  set contextMenu(value: Model | "auto" | null) { this.setv("context_menu", value) }
}

export interface CanvasAttrs extends UIElementAttrs {
  hidpi?: boolean
  outputBackend?: E.OutputBackend
}
export class Canvas extends UIElement {
  static override readonly __name__: string = "Canvas"
  constructor(attrs?: CanvasAttrs) { super(attrs) }
  get hidpi(): boolean { return this.getv("hidpi") as boolean }
  set hidpi(value: boolean) { this.setv("hidpi", value) }
  get outputBackend(): E.OutputBackend { return this.getv("output_backend") as E.OutputBackend }
  set outputBackend(value: E.OutputBackend) { this.setv("output_backend", value) }
}

export interface CanvasPanelAttrs extends StyledElementAttrs {
  place?: E.Place
  inner?: boolean
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class CanvasPanel extends StyledElement {
  static override readonly __name__: string = "CanvasPanel"
  constructor(attrs?: CanvasPanelAttrs) { super(attrs) }
  get place(): E.Place { return this.getv("place") as E.Place }
  set place(value: E.Place) { this.setv("place", value) }
  get inner(): boolean { return this.getv("inner") as boolean }
  set inner(value: boolean) { this.setv("inner", value) }
}

export interface CartesianFrameAttrs extends CanvasPanelAttrs {
  xRange?: Range
  yRange?: Range
  xScale?: Scale
  yScale?: Scale
  extraXRanges?: DictOf<Range>
  extraYRanges?: DictOf<Range>
  extraXScales?: DictOf<Scale>
  extraYScales?: DictOf<Scale>
  matchAspect?: boolean
  aspectScale?: number
}
export class CartesianFrame extends CanvasPanel {
  static override readonly __name__: string = "CartesianFrame"
  constructor(attrs?: CartesianFrameAttrs) { super(attrs) }
  get xRange(): Range { return this.getv("x_range") as Range }
  set xRange(value: Range) { this.setv("x_range", value) }
  get yRange(): Range { return this.getv("y_range") as Range }
  set yRange(value: Range) { this.setv("y_range", value) }
  get xScale(): Scale { return this.getv("x_scale") as Scale }
  set xScale(value: Scale) { this.setv("x_scale", value) }
  get yScale(): Scale { return this.getv("y_scale") as Scale }
  set yScale(value: Scale) { this.setv("y_scale", value) }
  get extraXRanges(): Readonly<Record<string, Range>> { return this.getv("extra_x_ranges") as (Readonly<Record<string, Range>>) }
  set extraXRanges(value: DictOf<Range>) { this.setv("extra_x_ranges", value) }
  get extraYRanges(): Readonly<Record<string, Range>> { return this.getv("extra_y_ranges") as (Readonly<Record<string, Range>>) }
  set extraYRanges(value: DictOf<Range>) { this.setv("extra_y_ranges", value) }
  get extraXScales(): Readonly<Record<string, Scale>> { return this.getv("extra_x_scales") as (Readonly<Record<string, Scale>>) }
  set extraXScales(value: DictOf<Scale>) { this.setv("extra_x_scales", value) }
  get extraYScales(): Readonly<Record<string, Scale>> { return this.getv("extra_y_scales") as (Readonly<Record<string, Scale>>) }
  set extraYScales(value: DictOf<Scale>) { this.setv("extra_y_scales", value) }
  get matchAspect(): boolean { return this.getv("match_aspect") as boolean }
  set matchAspect(value: boolean) { this.setv("match_aspect", value) }
  get aspectScale(): number { return this.getv("aspect_scale") as number }
  set aspectScale(value: number) { this.setv("aspect_scale", value) }
}

export interface ComparisonAttrs extends ModelAttrs {}
export class Comparison extends Model {
  static override readonly __name__: string = "Comparison"
  constructor(attrs?: ComparisonAttrs) { super(attrs) }
}

export interface CustomJSCompareAttrs extends ComparisonAttrs {
  args?: DictOf<unknown>
  code?: string
}
export class CustomJSCompare extends Comparison {
  static override readonly __name__: string = "CustomJSCompare"
  constructor(attrs?: CustomJSCompareAttrs) { super(attrs) }
  get args(): Readonly<Record<string, unknown>> { return this.getv("args") as (Readonly<Record<string, unknown>>) }
  set args(value: DictOf<unknown>) { this.setv("args", value) }
  get code(): string { return this.getv("code") as string }
  set code(value: string) { this.setv("code", value) }
}

export interface NanCompareAttrs extends ComparisonAttrs {
  ascendingFirst?: boolean
}
export class NanCompare extends Comparison {
  static override readonly __name__: string = "NanCompare"
  constructor(attrs?: NanCompareAttrs) { super(attrs) }
  get ascendingFirst(): boolean { return this.getv("ascending_first") as boolean }
  set ascendingFirst(value: boolean) { this.setv("ascending_first", value) }
}

export interface CoordinateMappingAttrs extends ModelAttrs {
  xSource?: Range
  ySource?: Range
  xScale?: Scale
  yScale?: Scale
  xTarget?: Range
  yTarget?: Range
}
export class CoordinateMapping extends Model {
  static override readonly __name__: string = "CoordinateMapping"
  constructor(attrs?: CoordinateMappingAttrs) { super(attrs) }
  get xSource(): Range { return this.getv("x_source") as Range }
  set xSource(value: Range) { this.setv("x_source", value) }
  get ySource(): Range { return this.getv("y_source") as Range }
  set ySource(value: Range) { this.setv("y_source", value) }
  get xScale(): Scale { return this.getv("x_scale") as Scale }
  set xScale(value: Scale) { this.setv("x_scale", value) }
  get yScale(): Scale { return this.getv("y_scale") as Scale }
  set yScale(value: Scale) { this.setv("y_scale", value) }
  get xTarget(): Range { return this.getv("x_target") as Range }
  set xTarget(value: Range) { this.setv("x_target", value) }
  get yTarget(): Range { return this.getv("y_target") as Range }
  set yTarget(value: Range) { this.setv("y_target", value) }
}

export interface CoordinateAttrs extends ModelAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Coordinate extends Model {
  static override readonly __name__: string = "Coordinate"
  constructor(attrs?: CoordinateAttrs) { super(attrs) }
}

export interface NodeAttrs extends CoordinateAttrs {
  target?: Model | "canvas" | "plot" | "frame" | "parent"
  symbol?: string
  offset?: number
}
export class Node extends Coordinate {
  static override readonly __name__: string = "Node"
  constructor(attrs?: NodeAttrs) { super(attrs) }
  get target(): Model | "canvas" | "plot" | "frame" | "parent" { return this.getv("target") as (Model | "canvas" | "plot" | "frame" | "parent") }
  set target(value: Model | "canvas" | "plot" | "frame" | "parent") { this.setv("target", value) }
  get symbol(): string { return this.getv("symbol") as string }
  set symbol(value: string) { this.setv("symbol", value) }
  get offset(): number { return this.getv("offset") as number }
  set offset(value: number) { this.setv("offset", value) }
}

export interface XYAttrs extends CoordinateAttrs {
  x?: number
  y?: number
}
export class XY extends Coordinate {
  static override readonly __name__: string = "XY"
  constructor(attrs?: XYAttrs) { super(attrs) }
  get x(): number { return this.getv("x") as number }
  set x(value: number) { this.setv("x", value) }
  get y(): number { return this.getv("y") as number }
  set y(value: number) { this.setv("y", value) }
}

export interface IndexedAttrs extends CoordinateAttrs {
  index?: number
  renderer?: Model
}
export class Indexed extends Coordinate {
  static override readonly __name__: string = "Indexed"
  constructor(attrs?: IndexedAttrs) { super(attrs) }
  get index(): number { return this.getv("index") as number }
  set index(value: number) { this.setv("index", value) }
  get renderer(): Model { return this.getv("renderer") as Model }
  set renderer(value: Model) { this.setv("renderer", value) }
}

export interface ExpressionAttrs extends ModelAttrs {}
export class Expression extends Model {
  static override readonly __name__: string = "Expression"
  constructor(attrs?: ExpressionAttrs) { super(attrs) }
}

export interface CustomJSExprAttrs extends ExpressionAttrs {
  args?: DictOf<unknown>
  code?: string
}
export class CustomJSExpr extends Expression {
  static override readonly __name__: string = "CustomJSExpr"
  constructor(attrs?: CustomJSExprAttrs) { super(attrs) }
  get args(): Readonly<Record<string, unknown>> { return this.getv("args") as (Readonly<Record<string, unknown>>) }
  set args(value: DictOf<unknown>) { this.setv("args", value) }
  get code(): string { return this.getv("code") as string }
  set code(value: string) { this.setv("code", value) }
}

export interface StackAttrs extends ExpressionAttrs {
  fields?: readonly string[]
}
export class Stack extends Expression {
  static override readonly __name__: string = "Stack"
  constructor(attrs?: StackAttrs) { super(attrs) }
  get fields(): readonly string[] { return this.getv("fields") as (readonly string[]) }
  set fields(value: readonly string[]) { this.setv("fields", value) }
}

export interface CumSumAttrs extends ExpressionAttrs {
  field?: string
  includeZero?: boolean
}
export class CumSum extends Expression {
  static override readonly __name__: string = "CumSum"
  constructor(attrs?: CumSumAttrs) { super(attrs) }
  get field(): string { return this.getv("field") as string }
  set field(value: string) { this.setv("field", value) }
  get includeZero(): boolean { return this.getv("include_zero") as boolean }
  set includeZero(value: boolean) { this.setv("include_zero", value) }
}

export interface ScalarExpressionAttrs extends ModelAttrs {}
export class ScalarExpression extends Model {
  static override readonly __name__: string = "ScalarExpression"
  constructor(attrs?: ScalarExpressionAttrs) { super(attrs) }
}

export interface MinimumAttrs extends ScalarExpressionAttrs {
  field?: string
  initial?: number
}
export class Minimum extends ScalarExpression {
  static override readonly __name__: string = "Minimum"
  constructor(attrs?: MinimumAttrs) { super(attrs) }
  get field(): string { return this.getv("field") as string }
  set field(value: string) { this.setv("field", value) }
  get initial(): number { return this.getv("initial") as number }
  set initial(value: number) { this.setv("initial", value) }
}

export interface MaximumAttrs extends ScalarExpressionAttrs {
  field?: string
  initial?: number
}
export class Maximum extends ScalarExpression {
  static override readonly __name__: string = "Maximum"
  constructor(attrs?: MaximumAttrs) { super(attrs) }
  get field(): string { return this.getv("field") as string }
  set field(value: string) { this.setv("field", value) }
  get initial(): number { return this.getv("initial") as number }
  set initial(value: number) { this.setv("initial", value) }
}

export interface XYComponentAttrs extends ExpressionAttrs {
  transform?: CoordinateTransform
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class XYComponent extends Expression {
  static override readonly __name__: string = "XYComponent"
  constructor(attrs?: XYComponentAttrs) { super(attrs) }
  get transform(): CoordinateTransform { return this.getv("transform") as CoordinateTransform }
  set transform(value: CoordinateTransform) { this.setv("transform", value) }
}

export interface XComponentAttrs extends XYComponentAttrs {}
export class XComponent extends XYComponent {
  static override readonly __name__: string = "XComponent"
  constructor(attrs?: XComponentAttrs) { super(attrs) }
}

export interface YComponentAttrs extends XYComponentAttrs {}
export class YComponent extends XYComponent {
  static override readonly __name__: string = "YComponent"
  constructor(attrs?: YComponentAttrs) { super(attrs) }
}

export interface CoordinateTransformAttrs extends ExpressionAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class CoordinateTransform extends Expression {
  static override readonly __name__: string = "CoordinateTransform"
  constructor(attrs?: CoordinateTransformAttrs) { super(attrs) }
}

export interface PolarTransformAttrs extends CoordinateTransformAttrs {
  radius?: SpecValue<"DistanceSpec">
  angle?: SpecValue<"AngleSpec">
  direction?: E.Direction
}
export class PolarTransform extends CoordinateTransform {
  static override readonly __name__: string = "PolarTransform"
  constructor(attrs?: PolarTransformAttrs) { super(attrs) }
  get radius(): SpecValue<"DistanceSpec"> { return this.getv("radius") as SpecValue<"DistanceSpec"> }
  set radius(value: SpecValue<"DistanceSpec">) { this.setv("radius", value) }
  get angle(): SpecValue<"AngleSpec"> { return this.getv("angle") as SpecValue<"AngleSpec"> }
  set angle(value: SpecValue<"AngleSpec">) { this.setv("angle", value) }
  get direction(): E.Direction { return this.getv("direction") as E.Direction }
  set direction(value: E.Direction) { this.setv("direction", value) }
}

export interface FilterAttrs extends ModelAttrs {}
export class Filter extends Model {
  static override readonly __name__: string = "Filter"
  constructor(attrs?: FilterAttrs) { super(attrs) }
}

export interface BooleanFilterAttrs extends FilterAttrs {
  booleans?: readonly boolean[] | null
}
export class BooleanFilter extends Filter {
  static override readonly __name__: string = "BooleanFilter"
  constructor(attrs?: BooleanFilterAttrs) { super(attrs) }
  get booleans(): readonly boolean[] | null { return this.getv("booleans") as (readonly boolean[] | null) }
  set booleans(value: readonly boolean[] | null) { this.setv("booleans", value) }
}

export interface CustomJSFilterAttrs extends FilterAttrs {
  args?: DictOf<unknown>
  code?: string
}
export class CustomJSFilter extends Filter {
  static override readonly __name__: string = "CustomJSFilter"
  constructor(attrs?: CustomJSFilterAttrs) { super(attrs) }
  get args(): Readonly<Record<string, unknown>> { return this.getv("args") as (Readonly<Record<string, unknown>>) }
  set args(value: DictOf<unknown>) { this.setv("args", value) }
  get code(): string { return this.getv("code") as string }
  set code(value: string) { this.setv("code", value) }
}

export interface GroupFilterAttrs extends FilterAttrs {
  columnName?: string
  group?: string
}
export class GroupFilter extends Filter {
  static override readonly __name__: string = "GroupFilter"
  constructor(attrs?: GroupFilterAttrs) { super(attrs) }
  get columnName(): string { return this.getv("column_name") as string }
  set columnName(value: string) { this.setv("column_name", value) }
  get group(): string { return this.getv("group") as string }
  set group(value: string) { this.setv("group", value) }
}

export interface IndexFilterAttrs extends FilterAttrs {
  indices?: readonly number[] | null
}
export class IndexFilter extends Filter {
  static override readonly __name__: string = "IndexFilter"
  constructor(attrs?: IndexFilterAttrs) { super(attrs) }
  get indices(): readonly number[] | null { return this.getv("indices") as (readonly number[] | null) }
  set indices(value: readonly number[] | null) { this.setv("indices", value) }
}

export interface AllIndicesAttrs extends FilterAttrs {}
export class AllIndices extends Filter {
  static override readonly __name__: string = "AllIndices"
  constructor(attrs?: AllIndicesAttrs) { super(attrs) }
}

export interface InversionFilterAttrs extends FilterAttrs {
  operand?: Filter
}
export class InversionFilter extends Filter {
  static override readonly __name__: string = "InversionFilter"
  constructor(attrs?: InversionFilterAttrs) { super(attrs) }
  get operand(): Filter { return this.getv("operand") as Filter }
  set operand(value: Filter) { this.setv("operand", value) }
}

export interface CompositeFilterAttrs extends FilterAttrs {
  operands?: readonly Filter[]
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class CompositeFilter extends Filter {
  static override readonly __name__: string = "CompositeFilter"
  constructor(attrs?: CompositeFilterAttrs) { super(attrs) }
  get operands(): readonly Filter[] { return this.getv("operands") as (readonly Filter[]) }
  set operands(value: readonly Filter[]) { this.setv("operands", value) }
}

export interface IntersectionFilterAttrs extends CompositeFilterAttrs {}
export class IntersectionFilter extends CompositeFilter {
  static override readonly __name__: string = "IntersectionFilter"
  constructor(attrs?: IntersectionFilterAttrs) { super(attrs) }
}

export interface UnionFilterAttrs extends CompositeFilterAttrs {}
export class UnionFilter extends CompositeFilter {
  static override readonly __name__: string = "UnionFilter"
  constructor(attrs?: UnionFilterAttrs) { super(attrs) }
}

export interface DifferenceFilterAttrs extends CompositeFilterAttrs {}
export class DifferenceFilter extends CompositeFilter {
  static override readonly __name__: string = "DifferenceFilter"
  constructor(attrs?: DifferenceFilterAttrs) { super(attrs) }
}

export interface SymmetricDifferenceFilterAttrs extends CompositeFilterAttrs {}
export class SymmetricDifferenceFilter extends CompositeFilter {
  static override readonly __name__: string = "SymmetricDifferenceFilter"
  constructor(attrs?: SymmetricDifferenceFilterAttrs) { super(attrs) }
}

export interface TickFormatterAttrs extends ModelAttrs {}
export class TickFormatter extends Model {
  static override readonly __name__: string = "TickFormatter"
  constructor(attrs?: TickFormatterAttrs) { super(attrs) }
}

export interface BasicTickFormatterAttrs extends TickFormatterAttrs {
  precision?: number | "auto"
  useScientific?: boolean
  powerLimitHigh?: number
  powerLimitLow?: number
}
export class BasicTickFormatter extends TickFormatter {
  static override readonly __name__: string = "BasicTickFormatter"
  constructor(attrs?: BasicTickFormatterAttrs) { super(attrs) }
  get precision(): number | "auto" { return this.getv("precision") as (number | "auto") }
  set precision(value: number | "auto") { this.setv("precision", value) }
  get useScientific(): boolean { return this.getv("use_scientific") as boolean }
  set useScientific(value: boolean) { this.setv("use_scientific", value) }
  get powerLimitHigh(): number { return this.getv("power_limit_high") as number }
  set powerLimitHigh(value: number) { this.setv("power_limit_high", value) }
  get powerLimitLow(): number { return this.getv("power_limit_low") as number }
  set powerLimitLow(value: number) { this.setv("power_limit_low", value) }
}

export interface CategoricalTickFormatterAttrs extends TickFormatterAttrs {}
export class CategoricalTickFormatter extends TickFormatter {
  static override readonly __name__: string = "CategoricalTickFormatter"
  constructor(attrs?: CategoricalTickFormatterAttrs) { super(attrs) }
}

export interface DatetimeTickFormatterAttrs extends TickFormatterAttrs {
  microseconds?: string
  milliseconds?: string
  seconds?: string
  minsec?: string
  minutes?: string
  hourmin?: string
  hours?: string
  days?: string
  months?: string
  years?: string
  stripLeadingZeros?: boolean | ArrayableOf<E.ResolutionType>
  boundaryScaling?: boolean
  hideRepeats?: boolean
  context?: string | DatetimeTickFormatter | null
  contextWhich?: E.ContextWhich
  contextLocation?: E.Location
}
export class DatetimeTickFormatter extends TickFormatter {
  static override readonly __name__: string = "DatetimeTickFormatter"
  constructor(attrs?: DatetimeTickFormatterAttrs) { super(attrs) }
  get microseconds(): string { return this.getv("microseconds") as string }
  set microseconds(value: string) { this.setv("microseconds", value) }
  get milliseconds(): string { return this.getv("milliseconds") as string }
  set milliseconds(value: string) { this.setv("milliseconds", value) }
  get seconds(): string { return this.getv("seconds") as string }
  set seconds(value: string) { this.setv("seconds", value) }
  get minsec(): string { return this.getv("minsec") as string }
  set minsec(value: string) { this.setv("minsec", value) }
  get minutes(): string { return this.getv("minutes") as string }
  set minutes(value: string) { this.setv("minutes", value) }
  get hourmin(): string { return this.getv("hourmin") as string }
  set hourmin(value: string) { this.setv("hourmin", value) }
  get hours(): string { return this.getv("hours") as string }
  set hours(value: string) { this.setv("hours", value) }
  get days(): string { return this.getv("days") as string }
  set days(value: string) { this.setv("days", value) }
  get months(): string { return this.getv("months") as string }
  set months(value: string) { this.setv("months", value) }
  get years(): string { return this.getv("years") as string }
  set years(value: string) { this.setv("years", value) }
  get stripLeadingZeros(): boolean | ArrayableOf<E.ResolutionType> { return this.getv("strip_leading_zeros") as (boolean | ArrayableOf<E.ResolutionType>) }
  set stripLeadingZeros(value: boolean | ArrayableOf<E.ResolutionType>) { this.setv("strip_leading_zeros", value) }
  get boundaryScaling(): boolean { return this.getv("boundary_scaling") as boolean }
  set boundaryScaling(value: boolean) { this.setv("boundary_scaling", value) }
  get hideRepeats(): boolean { return this.getv("hide_repeats") as boolean }
  set hideRepeats(value: boolean) { this.setv("hide_repeats", value) }
  get context(): string | DatetimeTickFormatter | null { return this.getv("context") as (string | DatetimeTickFormatter | null) }
  set context(value: string | DatetimeTickFormatter | null) { this.setv("context", value) }
  get contextWhich(): E.ContextWhich { return this.getv("context_which") as E.ContextWhich }
  set contextWhich(value: E.ContextWhich) { this.setv("context_which", value) }
  get contextLocation(): E.Location { return this.getv("context_location") as E.Location }
  set contextLocation(value: E.Location) { this.setv("context_location", value) }
}

export interface CustomJSTickFormatterAttrs extends TickFormatterAttrs {
  args?: DictOf<unknown>
  code?: string
}
export class CustomJSTickFormatter extends TickFormatter {
  static override readonly __name__: string = "CustomJSTickFormatter"
  constructor(attrs?: CustomJSTickFormatterAttrs) { super(attrs) }
  get args(): Readonly<Record<string, unknown>> { return this.getv("args") as (Readonly<Record<string, unknown>>) }
  set args(value: DictOf<unknown>) { this.setv("args", value) }
  get code(): string { return this.getv("code") as string }
  set code(value: string) { this.setv("code", value) }
}

export interface LogTickFormatterAttrs extends TickFormatterAttrs {
  ticker?: LogTicker | null
  minExponent?: number
}
export class LogTickFormatter extends TickFormatter {
  static override readonly __name__: string = "LogTickFormatter"
  constructor(attrs?: LogTickFormatterAttrs) { super(attrs) }
  get ticker(): LogTicker | null { return this.getv("ticker") as (LogTicker | null) }
  set ticker(value: LogTicker | null) { this.setv("ticker", value) }
  get minExponent(): number { return this.getv("min_exponent") as number }
  set minExponent(value: number) { this.setv("min_exponent", value) }
}

export interface MercatorTickFormatterAttrs extends BasicTickFormatterAttrs {
  dimension?: E.LatLon | null
}
export class MercatorTickFormatter extends BasicTickFormatter {
  static override readonly __name__: string = "MercatorTickFormatter"
  constructor(attrs?: MercatorTickFormatterAttrs) { super(attrs) }
  get dimension(): E.LatLon | null { return this.getv("dimension") as (E.LatLon | null) }
  set dimension(value: E.LatLon | null) { this.setv("dimension", value) }
}

export interface NumeralTickFormatterAttrs extends TickFormatterAttrs {
  format?: string
  language?: string
  rounding?: E.RoundingFunction
}
export class NumeralTickFormatter extends TickFormatter {
  static override readonly __name__: string = "NumeralTickFormatter"
  constructor(attrs?: NumeralTickFormatterAttrs) { super(attrs) }
  get format(): string { return this.getv("format") as string }
  set format(value: string) { this.setv("format", value) }
  get language(): string { return this.getv("language") as string }
  set language(value: string) { this.setv("language", value) }
  get rounding(): E.RoundingFunction { return this.getv("rounding") as E.RoundingFunction }
  set rounding(value: E.RoundingFunction) { this.setv("rounding", value) }
}

export interface PrintfTickFormatterAttrs extends TickFormatterAttrs {
  format?: string
}
export class PrintfTickFormatter extends TickFormatter {
  static override readonly __name__: string = "PrintfTickFormatter"
  constructor(attrs?: PrintfTickFormatterAttrs) { super(attrs) }
  get format(): string { return this.getv("format") as string }
  set format(value: string) { this.setv("format", value) }
}

export interface TimedeltaTickFormatterAttrs extends TickFormatterAttrs {
  nanoseconds?: string
  microseconds?: string
  milliseconds?: string
  seconds?: string
  minsec?: string
  minutes?: string
  hourmin?: string
  hours?: string
  days?: string
  stripLeadingZeros?: boolean | ArrayableOf<E.TimedeltaResolutionType>
  hideRepeats?: boolean
  context?: string | TimedeltaTickFormatter | null
  contextWhich?: E.ContextWhich
  contextLocation?: E.Location
}
export class TimedeltaTickFormatter extends TickFormatter {
  static override readonly __name__: string = "TimedeltaTickFormatter"
  constructor(attrs?: TimedeltaTickFormatterAttrs) { super(attrs) }
  get nanoseconds(): string { return this.getv("nanoseconds") as string }
  set nanoseconds(value: string) { this.setv("nanoseconds", value) }
  get microseconds(): string { return this.getv("microseconds") as string }
  set microseconds(value: string) { this.setv("microseconds", value) }
  get milliseconds(): string { return this.getv("milliseconds") as string }
  set milliseconds(value: string) { this.setv("milliseconds", value) }
  get seconds(): string { return this.getv("seconds") as string }
  set seconds(value: string) { this.setv("seconds", value) }
  get minsec(): string { return this.getv("minsec") as string }
  set minsec(value: string) { this.setv("minsec", value) }
  get minutes(): string { return this.getv("minutes") as string }
  set minutes(value: string) { this.setv("minutes", value) }
  get hourmin(): string { return this.getv("hourmin") as string }
  set hourmin(value: string) { this.setv("hourmin", value) }
  get hours(): string { return this.getv("hours") as string }
  set hours(value: string) { this.setv("hours", value) }
  get days(): string { return this.getv("days") as string }
  set days(value: string) { this.setv("days", value) }
  get stripLeadingZeros(): boolean | ArrayableOf<E.TimedeltaResolutionType> { return this.getv("strip_leading_zeros") as (boolean | ArrayableOf<E.TimedeltaResolutionType>) }
  set stripLeadingZeros(value: boolean | ArrayableOf<E.TimedeltaResolutionType>) { this.setv("strip_leading_zeros", value) }
  get hideRepeats(): boolean { return this.getv("hide_repeats") as boolean }
  set hideRepeats(value: boolean) { this.setv("hide_repeats", value) }
  get context(): string | TimedeltaTickFormatter | null { return this.getv("context") as (string | TimedeltaTickFormatter | null) }
  set context(value: string | TimedeltaTickFormatter | null) { this.setv("context", value) }
  get contextWhich(): E.ContextWhich { return this.getv("context_which") as E.ContextWhich }
  set contextWhich(value: E.ContextWhich) { this.setv("context_which", value) }
  get contextLocation(): E.Location { return this.getv("context_location") as E.Location }
  set contextLocation(value: E.Location) { this.setv("context_location", value) }
}

export interface GlyphAttrs extends ModelAttrs {
  decorations?: readonly Decoration[]
}
export class Glyph extends Model {
  static override readonly __name__: string = "Glyph"
  constructor(attrs?: GlyphAttrs) { super(attrs) }
  get decorations(): readonly Decoration[] { return this.getv("decorations") as (readonly Decoration[]) }
  set decorations(value: readonly Decoration[]) { this.setv("decorations", value) }
}

export interface XYGlyphAttrs extends GlyphAttrs {
  x?: SpecValue<"XCoordinateSpec">
  y?: SpecValue<"YCoordinateSpec">
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class XYGlyph extends Glyph {
  static override readonly __name__: string = "XYGlyph"
  constructor(attrs?: XYGlyphAttrs) { super(attrs) }
  get x(): SpecValue<"XCoordinateSpec"> { return this.getv("x") as SpecValue<"XCoordinateSpec"> }
  set x(value: SpecValue<"XCoordinateSpec">) { this.setv("x", value) }
  get y(): SpecValue<"YCoordinateSpec"> { return this.getv("y") as SpecValue<"YCoordinateSpec"> }
  set y(value: SpecValue<"YCoordinateSpec">) { this.setv("y", value) }
}

export interface AnnularWedgeAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  direction?: E.Direction
  innerRadius?: SpecValue<"DistanceSpec">
  outerRadius?: SpecValue<"DistanceSpec">
  startAngle?: SpecValue<"AngleSpec">
  endAngle?: SpecValue<"AngleSpec">
}
export class AnnularWedge extends XYGlyph {
  static override readonly __name__: string = "AnnularWedge"
  constructor(attrs?: AnnularWedgeAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get direction(): E.Direction { return this.getv("direction") as E.Direction }
  set direction(value: E.Direction) { this.setv("direction", value) }
  get innerRadius(): SpecValue<"DistanceSpec"> { return this.getv("inner_radius") as SpecValue<"DistanceSpec"> }
  set innerRadius(value: SpecValue<"DistanceSpec">) { this.setv("inner_radius", value) }
  get outerRadius(): SpecValue<"DistanceSpec"> { return this.getv("outer_radius") as SpecValue<"DistanceSpec"> }
  set outerRadius(value: SpecValue<"DistanceSpec">) { this.setv("outer_radius", value) }
  get startAngle(): SpecValue<"AngleSpec"> { return this.getv("start_angle") as SpecValue<"AngleSpec"> }
  set startAngle(value: SpecValue<"AngleSpec">) { this.setv("start_angle", value) }
  get endAngle(): SpecValue<"AngleSpec"> { return this.getv("end_angle") as SpecValue<"AngleSpec"> }
  set endAngle(value: SpecValue<"AngleSpec">) { this.setv("end_angle", value) }
}

export interface AnnulusAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  innerRadius?: SpecValue<"DistanceSpec">
  outerRadius?: SpecValue<"DistanceSpec">
}
export class Annulus extends XYGlyph {
  static override readonly __name__: string = "Annulus"
  constructor(attrs?: AnnulusAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get innerRadius(): SpecValue<"DistanceSpec"> { return this.getv("inner_radius") as SpecValue<"DistanceSpec"> }
  set innerRadius(value: SpecValue<"DistanceSpec">) { this.setv("inner_radius", value) }
  get outerRadius(): SpecValue<"DistanceSpec"> { return this.getv("outer_radius") as SpecValue<"DistanceSpec"> }
  set outerRadius(value: SpecValue<"DistanceSpec">) { this.setv("outer_radius", value) }
}

export interface ArcAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  direction?: E.Direction
  radius?: SpecValue<"DistanceSpec">
  startAngle?: SpecValue<"AngleSpec">
  endAngle?: SpecValue<"AngleSpec">
}
export class Arc extends XYGlyph {
  static override readonly __name__: string = "Arc"
  constructor(attrs?: ArcAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get direction(): E.Direction { return this.getv("direction") as E.Direction }
  set direction(value: E.Direction) { this.setv("direction", value) }
  get radius(): SpecValue<"DistanceSpec"> { return this.getv("radius") as SpecValue<"DistanceSpec"> }
  set radius(value: SpecValue<"DistanceSpec">) { this.setv("radius", value) }
  get startAngle(): SpecValue<"AngleSpec"> { return this.getv("start_angle") as SpecValue<"AngleSpec"> }
  set startAngle(value: SpecValue<"AngleSpec">) { this.setv("start_angle", value) }
  get endAngle(): SpecValue<"AngleSpec"> { return this.getv("end_angle") as SpecValue<"AngleSpec"> }
  set endAngle(value: SpecValue<"AngleSpec">) { this.setv("end_angle", value) }
}

export interface BezierAttrs extends GlyphAttrs {
  x0?: SpecValue<"XCoordinateSpec">
  y0?: SpecValue<"YCoordinateSpec">
  x1?: SpecValue<"XCoordinateSpec">
  y1?: SpecValue<"YCoordinateSpec">
  cx0?: SpecValue<"XCoordinateSpec">
  cy0?: SpecValue<"YCoordinateSpec">
  cx1?: SpecValue<"XCoordinateSpec">
  cy1?: SpecValue<"YCoordinateSpec">
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
}
export class Bezier extends Glyph {
  static override readonly __name__: string = "Bezier"
  constructor(attrs?: BezierAttrs) { super(attrs) }
  get x0(): SpecValue<"XCoordinateSpec"> { return this.getv("x0") as SpecValue<"XCoordinateSpec"> }
  set x0(value: SpecValue<"XCoordinateSpec">) { this.setv("x0", value) }
  get y0(): SpecValue<"YCoordinateSpec"> { return this.getv("y0") as SpecValue<"YCoordinateSpec"> }
  set y0(value: SpecValue<"YCoordinateSpec">) { this.setv("y0", value) }
  get x1(): SpecValue<"XCoordinateSpec"> { return this.getv("x1") as SpecValue<"XCoordinateSpec"> }
  set x1(value: SpecValue<"XCoordinateSpec">) { this.setv("x1", value) }
  get y1(): SpecValue<"YCoordinateSpec"> { return this.getv("y1") as SpecValue<"YCoordinateSpec"> }
  set y1(value: SpecValue<"YCoordinateSpec">) { this.setv("y1", value) }
  get cx0(): SpecValue<"XCoordinateSpec"> { return this.getv("cx0") as SpecValue<"XCoordinateSpec"> }
  set cx0(value: SpecValue<"XCoordinateSpec">) { this.setv("cx0", value) }
  get cy0(): SpecValue<"YCoordinateSpec"> { return this.getv("cy0") as SpecValue<"YCoordinateSpec"> }
  set cy0(value: SpecValue<"YCoordinateSpec">) { this.setv("cy0", value) }
  get cx1(): SpecValue<"XCoordinateSpec"> { return this.getv("cx1") as SpecValue<"XCoordinateSpec"> }
  set cx1(value: SpecValue<"XCoordinateSpec">) { this.setv("cx1", value) }
  get cy1(): SpecValue<"YCoordinateSpec"> { return this.getv("cy1") as SpecValue<"YCoordinateSpec"> }
  set cy1(value: SpecValue<"YCoordinateSpec">) { this.setv("cy1", value) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
}

export interface LRTBAttrs extends GlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  borderRadius?: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class LRTB extends Glyph {
  static override readonly __name__: string = "LRTB"
  constructor(attrs?: LRTBAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get borderRadius(): number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number } { return this.getv("border_radius") as (number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) }
  set borderRadius(value: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) { this.setv("border_radius", value) }
}

export interface BlockAttrs extends LRTBAttrs {
  x?: SpecValue<"XCoordinateSpec">
  y?: SpecValue<"YCoordinateSpec">
  width?: SpecValue<"DistanceSpec">
  height?: SpecValue<"DistanceSpec">
}
export class Block extends LRTB {
  static override readonly __name__: string = "Block"
  constructor(attrs?: BlockAttrs) { super(attrs) }
  get x(): SpecValue<"XCoordinateSpec"> { return this.getv("x") as SpecValue<"XCoordinateSpec"> }
  set x(value: SpecValue<"XCoordinateSpec">) { this.setv("x", value) }
  get y(): SpecValue<"YCoordinateSpec"> { return this.getv("y") as SpecValue<"YCoordinateSpec"> }
  set y(value: SpecValue<"YCoordinateSpec">) { this.setv("y", value) }
  get width(): SpecValue<"DistanceSpec"> { return this.getv("width") as SpecValue<"DistanceSpec"> }
  set width(value: SpecValue<"DistanceSpec">) { this.setv("width", value) }
  get height(): SpecValue<"DistanceSpec"> { return this.getv("height") as SpecValue<"DistanceSpec"> }
  set height(value: SpecValue<"DistanceSpec">) { this.setv("height", value) }
}

export interface RadialGlyphAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  radius?: SpecValue<"DistanceSpec">
  radiusDimension?: E.RadiusDimension
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class RadialGlyph extends XYGlyph {
  static override readonly __name__: string = "RadialGlyph"
  constructor(attrs?: RadialGlyphAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get radius(): SpecValue<"DistanceSpec"> { return this.getv("radius") as SpecValue<"DistanceSpec"> }
  set radius(value: SpecValue<"DistanceSpec">) { this.setv("radius", value) }
  get radiusDimension(): E.RadiusDimension { return this.getv("radius_dimension") as E.RadiusDimension }
  set radiusDimension(value: E.RadiusDimension) { this.setv("radius_dimension", value) }
}

export interface CircleAttrs extends RadialGlyphAttrs {
  hitDilation?: number
}
export class Circle extends RadialGlyph {
  static override readonly __name__: string = "Circle"
  constructor(attrs?: CircleAttrs) { super(attrs) }
  get hitDilation(): number { return this.getv("hit_dilation") as number }
  set hitDilation(value: number) { this.setv("hit_dilation", value) }
}

export interface CenterRotatableAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  angle?: SpecValue<"AngleSpec">
  width?: SpecValue<"DistanceSpec">
  height?: SpecValue<"DistanceSpec">
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class CenterRotatable extends XYGlyph {
  static override readonly __name__: string = "CenterRotatable"
  constructor(attrs?: CenterRotatableAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get angle(): SpecValue<"AngleSpec"> { return this.getv("angle") as SpecValue<"AngleSpec"> }
  set angle(value: SpecValue<"AngleSpec">) { this.setv("angle", value) }
  get width(): SpecValue<"DistanceSpec"> { return this.getv("width") as SpecValue<"DistanceSpec"> }
  set width(value: SpecValue<"DistanceSpec">) { this.setv("width", value) }
  get height(): SpecValue<"DistanceSpec"> { return this.getv("height") as SpecValue<"DistanceSpec"> }
  set height(value: SpecValue<"DistanceSpec">) { this.setv("height", value) }
}

export interface EllipseAttrs extends CenterRotatableAttrs {}
export class Ellipse extends CenterRotatable {
  static override readonly __name__: string = "Ellipse"
  constructor(attrs?: EllipseAttrs) { super(attrs) }
}

export interface AreaAttrs extends GlyphAttrs {
  fillColor?: SpecValue<"ColorScalar">
  fillAlpha?: SpecValue<"NumberScalar">
  hatchColor?: SpecValue<"ColorScalar">
  hatchAlpha?: SpecValue<"NumberScalar">
  hatchScale?: SpecValue<"NumberScalar">
  hatchPattern?: SpecValue<"NullStringScalar">
  hatchWeight?: SpecValue<"NumberScalar">
  hatchExtra?: SpecValue<"DictScalar">
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Area extends Glyph {
  static override readonly __name__: string = "Area"
  constructor(attrs?: AreaAttrs) { super(attrs) }
  get fillColor(): SpecValue<"ColorScalar"> { return this.getv("fill_color") as SpecValue<"ColorScalar"> }
  set fillColor(value: SpecValue<"ColorScalar">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberScalar"> { return this.getv("fill_alpha") as SpecValue<"NumberScalar"> }
  set fillAlpha(value: SpecValue<"NumberScalar">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorScalar"> { return this.getv("hatch_color") as SpecValue<"ColorScalar"> }
  set hatchColor(value: SpecValue<"ColorScalar">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberScalar"> { return this.getv("hatch_alpha") as SpecValue<"NumberScalar"> }
  set hatchAlpha(value: SpecValue<"NumberScalar">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberScalar"> { return this.getv("hatch_scale") as SpecValue<"NumberScalar"> }
  set hatchScale(value: SpecValue<"NumberScalar">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringScalar"> { return this.getv("hatch_pattern") as SpecValue<"NullStringScalar"> }
  set hatchPattern(value: SpecValue<"NullStringScalar">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberScalar"> { return this.getv("hatch_weight") as SpecValue<"NumberScalar"> }
  set hatchWeight(value: SpecValue<"NumberScalar">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
}

export interface HAreaAttrs extends AreaAttrs {
  x1?: SpecValue<"XCoordinateSpec">
  x2?: SpecValue<"XCoordinateSpec">
  y?: SpecValue<"YCoordinateSpec">
}
export class HArea extends Area {
  static override readonly __name__: string = "HArea"
  constructor(attrs?: HAreaAttrs) { super(attrs) }
  get x1(): SpecValue<"XCoordinateSpec"> { return this.getv("x1") as SpecValue<"XCoordinateSpec"> }
  set x1(value: SpecValue<"XCoordinateSpec">) { this.setv("x1", value) }
  get x2(): SpecValue<"XCoordinateSpec"> { return this.getv("x2") as SpecValue<"XCoordinateSpec"> }
  set x2(value: SpecValue<"XCoordinateSpec">) { this.setv("x2", value) }
  get y(): SpecValue<"YCoordinateSpec"> { return this.getv("y") as SpecValue<"YCoordinateSpec"> }
  set y(value: SpecValue<"YCoordinateSpec">) { this.setv("y", value) }
}

export interface HAreaStepAttrs extends AreaAttrs {
  x1?: SpecValue<"XCoordinateSpec">
  x2?: SpecValue<"XCoordinateSpec">
  y?: SpecValue<"YCoordinateSpec">
  stepMode?: E.StepMode
}
export class HAreaStep extends Area {
  static override readonly __name__: string = "HAreaStep"
  constructor(attrs?: HAreaStepAttrs) { super(attrs) }
  get x1(): SpecValue<"XCoordinateSpec"> { return this.getv("x1") as SpecValue<"XCoordinateSpec"> }
  set x1(value: SpecValue<"XCoordinateSpec">) { this.setv("x1", value) }
  get x2(): SpecValue<"XCoordinateSpec"> { return this.getv("x2") as SpecValue<"XCoordinateSpec"> }
  set x2(value: SpecValue<"XCoordinateSpec">) { this.setv("x2", value) }
  get y(): SpecValue<"YCoordinateSpec"> { return this.getv("y") as SpecValue<"YCoordinateSpec"> }
  set y(value: SpecValue<"YCoordinateSpec">) { this.setv("y", value) }
  get stepMode(): E.StepMode { return this.getv("step_mode") as E.StepMode }
  set stepMode(value: E.StepMode) { this.setv("step_mode", value) }
}

export interface HBarAttrs extends LRTBAttrs {
  left?: SpecValue<"XCoordinateSpec">
  y?: SpecValue<"YCoordinateSpec">
  height?: SpecValue<"DistanceSpec">
  right?: SpecValue<"XCoordinateSpec">
}
export class HBar extends LRTB {
  static override readonly __name__: string = "HBar"
  constructor(attrs?: HBarAttrs) { super(attrs) }
  get left(): SpecValue<"XCoordinateSpec"> { return this.getv("left") as SpecValue<"XCoordinateSpec"> }
  set left(value: SpecValue<"XCoordinateSpec">) { this.setv("left", value) }
  get y(): SpecValue<"YCoordinateSpec"> { return this.getv("y") as SpecValue<"YCoordinateSpec"> }
  set y(value: SpecValue<"YCoordinateSpec">) { this.setv("y", value) }
  get height(): SpecValue<"DistanceSpec"> { return this.getv("height") as SpecValue<"DistanceSpec"> }
  set height(value: SpecValue<"DistanceSpec">) { this.setv("height", value) }
  get right(): SpecValue<"XCoordinateSpec"> { return this.getv("right") as SpecValue<"XCoordinateSpec"> }
  set right(value: SpecValue<"XCoordinateSpec">) { this.setv("right", value) }
}

export interface HexTileAttrs extends GlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  r?: SpecValue<"NumberSpec">
  q?: SpecValue<"NumberSpec">
  scale?: SpecValue<"NumberSpec">
  size?: number
  aspectScale?: number
  orientation?: E.HexTileOrientation
}
export class HexTile extends Glyph {
  static override readonly __name__: string = "HexTile"
  constructor(attrs?: HexTileAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get r(): SpecValue<"NumberSpec"> { return this.getv("r") as SpecValue<"NumberSpec"> }
  set r(value: SpecValue<"NumberSpec">) { this.setv("r", value) }
  get q(): SpecValue<"NumberSpec"> { return this.getv("q") as SpecValue<"NumberSpec"> }
  set q(value: SpecValue<"NumberSpec">) { this.setv("q", value) }
  get scale(): SpecValue<"NumberSpec"> { return this.getv("scale") as SpecValue<"NumberSpec"> }
  set scale(value: SpecValue<"NumberSpec">) { this.setv("scale", value) }
  get size(): number { return this.getv("size") as number }
  set size(value: number) { this.setv("size", value) }
  get aspectScale(): number { return this.getv("aspect_scale") as number }
  set aspectScale(value: number) { this.setv("aspect_scale", value) }
  get orientation(): E.HexTileOrientation { return this.getv("orientation") as E.HexTileOrientation }
  set orientation(value: E.HexTileOrientation) { this.setv("orientation", value) }
}

export interface HSpanAttrs extends GlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  y?: SpecValue<"YCoordinateSpec">
}
export class HSpan extends Glyph {
  static override readonly __name__: string = "HSpan"
  constructor(attrs?: HSpanAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get y(): SpecValue<"YCoordinateSpec"> { return this.getv("y") as SpecValue<"YCoordinateSpec"> }
  set y(value: SpecValue<"YCoordinateSpec">) { this.setv("y", value) }
}

export interface HStripAttrs extends GlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  y0?: SpecValue<"YCoordinateSpec">
  y1?: SpecValue<"YCoordinateSpec">
}
export class HStrip extends Glyph {
  static override readonly __name__: string = "HStrip"
  constructor(attrs?: HStripAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get y0(): SpecValue<"YCoordinateSpec"> { return this.getv("y0") as SpecValue<"YCoordinateSpec"> }
  set y0(value: SpecValue<"YCoordinateSpec">) { this.setv("y0", value) }
  get y1(): SpecValue<"YCoordinateSpec"> { return this.getv("y1") as SpecValue<"YCoordinateSpec"> }
  set y1(value: SpecValue<"YCoordinateSpec">) { this.setv("y1", value) }
}

export interface ImageBaseAttrs extends XYGlyphAttrs {
  globalAlpha?: SpecValue<"NumberSpec">
  image?: SpecValue<"NDArraySpec">
  dw?: SpecValue<"DistanceSpec">
  dh?: SpecValue<"DistanceSpec">
  dilate?: boolean
  origin?: E.ImageOrigin
  anchor?: E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number]
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class ImageBase extends XYGlyph {
  static override readonly __name__: string = "ImageBase"
  constructor(attrs?: ImageBaseAttrs) { super(attrs) }
  get globalAlpha(): SpecValue<"NumberSpec"> { return this.getv("global_alpha") as SpecValue<"NumberSpec"> }
  set globalAlpha(value: SpecValue<"NumberSpec">) { this.setv("global_alpha", value) }
  get image(): SpecValue<"NDArraySpec"> { return this.getv("image") as SpecValue<"NDArraySpec"> }
  set image(value: SpecValue<"NDArraySpec">) { this.setv("image", value) }
  get dw(): SpecValue<"DistanceSpec"> { return this.getv("dw") as SpecValue<"DistanceSpec"> }
  set dw(value: SpecValue<"DistanceSpec">) { this.setv("dw", value) }
  get dh(): SpecValue<"DistanceSpec"> { return this.getv("dh") as SpecValue<"DistanceSpec"> }
  set dh(value: SpecValue<"DistanceSpec">) { this.setv("dh", value) }
  get dilate(): boolean { return this.getv("dilate") as boolean }
  set dilate(value: boolean) { this.setv("dilate", value) }
  get origin(): E.ImageOrigin { return this.getv("origin") as E.ImageOrigin }
  set origin(value: E.ImageOrigin) { this.setv("origin", value) }
  get anchor(): E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number] { return this.getv("anchor") as (E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number]) }
  set anchor(value: E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number]) { this.setv("anchor", value) }
}

export interface ImageAttrs extends ImageBaseAttrs {
  colorMapper?: ColorMapper
}
export class Image extends ImageBase {
  static override readonly __name__: string = "Image"
  constructor(attrs?: ImageAttrs) { super(attrs) }
  get colorMapper(): ColorMapper { return this.getv("color_mapper") as ColorMapper }
  set colorMapper(value: ColorMapper) { this.setv("color_mapper", value) }
}

export interface ImageRGBAAttrs extends ImageBaseAttrs {}
export class ImageRGBA extends ImageBase {
  static override readonly __name__: string = "ImageRGBA"
  constructor(attrs?: ImageRGBAAttrs) { super(attrs) }
}

export interface ImageStackAttrs extends ImageBaseAttrs {
  colorMapper?: StackColorMapper
}
export class ImageStack extends ImageBase {
  static override readonly __name__: string = "ImageStack"
  constructor(attrs?: ImageStackAttrs) { super(attrs) }
  get colorMapper(): StackColorMapper { return this.getv("color_mapper") as StackColorMapper }
  set colorMapper(value: StackColorMapper) { this.setv("color_mapper", value) }
}

export interface ImageURLAttrs extends XYGlyphAttrs {
  url?: SpecValue<"StringSpec">
  anchor?: E.Anchor
  globalAlpha?: SpecValue<"NumberSpec">
  angle?: SpecValue<"AngleSpec">
  w?: SpecValue<"NullDistanceSpec">
  h?: SpecValue<"NullDistanceSpec">
  dilate?: boolean
  retryAttempts?: number
  retryTimeout?: number
}
export class ImageURL extends XYGlyph {
  static override readonly __name__: string = "ImageURL"
  constructor(attrs?: ImageURLAttrs) { super(attrs) }
  get url(): SpecValue<"StringSpec"> { return this.getv("url") as SpecValue<"StringSpec"> }
  set url(value: SpecValue<"StringSpec">) { this.setv("url", value) }
  get anchor(): E.Anchor { return this.getv("anchor") as E.Anchor }
  set anchor(value: E.Anchor) { this.setv("anchor", value) }
  get globalAlpha(): SpecValue<"NumberSpec"> { return this.getv("global_alpha") as SpecValue<"NumberSpec"> }
  set globalAlpha(value: SpecValue<"NumberSpec">) { this.setv("global_alpha", value) }
  get angle(): SpecValue<"AngleSpec"> { return this.getv("angle") as SpecValue<"AngleSpec"> }
  set angle(value: SpecValue<"AngleSpec">) { this.setv("angle", value) }
  get w(): SpecValue<"NullDistanceSpec"> { return this.getv("w") as SpecValue<"NullDistanceSpec"> }
  set w(value: SpecValue<"NullDistanceSpec">) { this.setv("w", value) }
  get h(): SpecValue<"NullDistanceSpec"> { return this.getv("h") as SpecValue<"NullDistanceSpec"> }
  set h(value: SpecValue<"NullDistanceSpec">) { this.setv("h", value) }
  get dilate(): boolean { return this.getv("dilate") as boolean }
  set dilate(value: boolean) { this.setv("dilate", value) }
  get retryAttempts(): number { return this.getv("retry_attempts") as number }
  set retryAttempts(value: number) { this.setv("retry_attempts", value) }
  get retryTimeout(): number { return this.getv("retry_timeout") as number }
  set retryTimeout(value: number) { this.setv("retry_timeout", value) }
}

export interface LineAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorScalar">
  lineAlpha?: SpecValue<"NumberScalar">
  lineWidth?: SpecValue<"NumberScalar">
  lineJoin?: SpecValue<"LineJoinScalar">
  lineCap?: SpecValue<"LineCapScalar">
  lineDash?: SpecValue<"LineDashScalar">
  lineDashOffset?: SpecValue<"NumberScalar">
}
export class Line extends XYGlyph {
  static override readonly __name__: string = "Line"
  constructor(attrs?: LineAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorScalar"> { return this.getv("line_color") as SpecValue<"ColorScalar"> }
  set lineColor(value: SpecValue<"ColorScalar">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberScalar"> { return this.getv("line_alpha") as SpecValue<"NumberScalar"> }
  set lineAlpha(value: SpecValue<"NumberScalar">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberScalar"> { return this.getv("line_width") as SpecValue<"NumberScalar"> }
  set lineWidth(value: SpecValue<"NumberScalar">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinScalar"> { return this.getv("line_join") as SpecValue<"LineJoinScalar"> }
  set lineJoin(value: SpecValue<"LineJoinScalar">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapScalar"> { return this.getv("line_cap") as SpecValue<"LineCapScalar"> }
  set lineCap(value: SpecValue<"LineCapScalar">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashScalar"> { return this.getv("line_dash") as SpecValue<"LineDashScalar"> }
  set lineDash(value: SpecValue<"LineDashScalar">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberScalar"> { return this.getv("line_dash_offset") as SpecValue<"NumberScalar"> }
  set lineDashOffset(value: SpecValue<"NumberScalar">) { this.setv("line_dash_offset", value) }
}

export interface TextAttrs extends XYGlyphAttrs {
  textColor?: SpecValue<"ColorSpec">
  textOutlineColor?: SpecValue<"ColorSpec">
  textOutlineWidth?: SpecValue<"NumberSpec">
  textAlpha?: SpecValue<"NumberSpec">
  textFont?: SpecValue<"FontSpec">
  textFontSize?: SpecValue<"FontSizeSpec">
  textFontStyle?: SpecValue<"FontStyleSpec">
  textAlign?: SpecValue<"TextAlignSpec">
  textBaseline?: SpecValue<"TextBaselineSpec">
  textLineHeight?: SpecValue<"NumberSpec">
  borderLineColor?: SpecValue<"ColorSpec">
  borderLineAlpha?: SpecValue<"NumberSpec">
  borderLineWidth?: SpecValue<"NumberSpec">
  borderLineJoin?: SpecValue<"LineJoinSpec">
  borderLineCap?: SpecValue<"LineCapSpec">
  borderLineDash?: SpecValue<"LineDashSpec">
  borderLineDashOffset?: SpecValue<"NumberSpec">
  backgroundFillColor?: SpecValue<"ColorSpec">
  backgroundFillAlpha?: SpecValue<"NumberSpec">
  backgroundHatchColor?: SpecValue<"ColorSpec">
  backgroundHatchAlpha?: SpecValue<"NumberSpec">
  backgroundHatchScale?: SpecValue<"NumberSpec">
  backgroundHatchPattern?: SpecValue<"NullStringSpec">
  backgroundHatchWeight?: SpecValue<"NumberSpec">
  backgroundHatchExtra?: SpecValue<"DictScalar">
  text?: SpecValue<"NullStringSpec">
  angle?: SpecValue<"AngleSpec">
  xOffset?: SpecValue<"NumberSpec">
  yOffset?: SpecValue<"NumberSpec">
  anchor?: SpecValue<"TextAnchorSpec">
  padding?: number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }
  borderRadius?: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }
  outlineShape?: SpecValue<"OutlineShapeSpec">
}
export class Text extends XYGlyph {
  static override readonly __name__: string = "Text"
  constructor(attrs?: TextAttrs) { super(attrs) }
  get textColor(): SpecValue<"ColorSpec"> { return this.getv("text_color") as SpecValue<"ColorSpec"> }
  set textColor(value: SpecValue<"ColorSpec">) { this.setv("text_color", value) }
  get textOutlineColor(): SpecValue<"ColorSpec"> { return this.getv("text_outline_color") as SpecValue<"ColorSpec"> }
  set textOutlineColor(value: SpecValue<"ColorSpec">) { this.setv("text_outline_color", value) }
  get textOutlineWidth(): SpecValue<"NumberSpec"> { return this.getv("text_outline_width") as SpecValue<"NumberSpec"> }
  set textOutlineWidth(value: SpecValue<"NumberSpec">) { this.setv("text_outline_width", value) }
  get textAlpha(): SpecValue<"NumberSpec"> { return this.getv("text_alpha") as SpecValue<"NumberSpec"> }
  set textAlpha(value: SpecValue<"NumberSpec">) { this.setv("text_alpha", value) }
  get textFont(): SpecValue<"FontSpec"> { return this.getv("text_font") as SpecValue<"FontSpec"> }
  set textFont(value: SpecValue<"FontSpec">) { this.setv("text_font", value) }
  get textFontSize(): SpecValue<"FontSizeSpec"> { return this.getv("text_font_size") as SpecValue<"FontSizeSpec"> }
  set textFontSize(value: SpecValue<"FontSizeSpec">) { this.setv("text_font_size", value) }
  get textFontStyle(): SpecValue<"FontStyleSpec"> { return this.getv("text_font_style") as SpecValue<"FontStyleSpec"> }
  set textFontStyle(value: SpecValue<"FontStyleSpec">) { this.setv("text_font_style", value) }
  get textAlign(): SpecValue<"TextAlignSpec"> { return this.getv("text_align") as SpecValue<"TextAlignSpec"> }
  set textAlign(value: SpecValue<"TextAlignSpec">) { this.setv("text_align", value) }
  get textBaseline(): SpecValue<"TextBaselineSpec"> { return this.getv("text_baseline") as SpecValue<"TextBaselineSpec"> }
  set textBaseline(value: SpecValue<"TextBaselineSpec">) { this.setv("text_baseline", value) }
  get textLineHeight(): SpecValue<"NumberSpec"> { return this.getv("text_line_height") as SpecValue<"NumberSpec"> }
  set textLineHeight(value: SpecValue<"NumberSpec">) { this.setv("text_line_height", value) }
  get borderLineColor(): SpecValue<"ColorSpec"> { return this.getv("border_line_color") as SpecValue<"ColorSpec"> }
  set borderLineColor(value: SpecValue<"ColorSpec">) { this.setv("border_line_color", value) }
  get borderLineAlpha(): SpecValue<"NumberSpec"> { return this.getv("border_line_alpha") as SpecValue<"NumberSpec"> }
  set borderLineAlpha(value: SpecValue<"NumberSpec">) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): SpecValue<"NumberSpec"> { return this.getv("border_line_width") as SpecValue<"NumberSpec"> }
  set borderLineWidth(value: SpecValue<"NumberSpec">) { this.setv("border_line_width", value) }
  get borderLineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("border_line_join") as SpecValue<"LineJoinSpec"> }
  set borderLineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("border_line_join", value) }
  get borderLineCap(): SpecValue<"LineCapSpec"> { return this.getv("border_line_cap") as SpecValue<"LineCapSpec"> }
  set borderLineCap(value: SpecValue<"LineCapSpec">) { this.setv("border_line_cap", value) }
  get borderLineDash(): SpecValue<"LineDashSpec"> { return this.getv("border_line_dash") as SpecValue<"LineDashSpec"> }
  set borderLineDash(value: SpecValue<"LineDashSpec">) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("border_line_dash_offset") as SpecValue<"NumberSpec"> }
  set borderLineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("border_line_dash_offset", value) }
  get backgroundFillColor(): SpecValue<"ColorSpec"> { return this.getv("background_fill_color") as SpecValue<"ColorSpec"> }
  set backgroundFillColor(value: SpecValue<"ColorSpec">) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): SpecValue<"NumberSpec"> { return this.getv("background_fill_alpha") as SpecValue<"NumberSpec"> }
  set backgroundFillAlpha(value: SpecValue<"NumberSpec">) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): SpecValue<"ColorSpec"> { return this.getv("background_hatch_color") as SpecValue<"ColorSpec"> }
  set backgroundHatchColor(value: SpecValue<"ColorSpec">) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("background_hatch_alpha") as SpecValue<"NumberSpec"> }
  set backgroundHatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): SpecValue<"NumberSpec"> { return this.getv("background_hatch_scale") as SpecValue<"NumberSpec"> }
  set backgroundHatchScale(value: SpecValue<"NumberSpec">) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("background_hatch_pattern") as SpecValue<"NullStringSpec"> }
  set backgroundHatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): SpecValue<"NumberSpec"> { return this.getv("background_hatch_weight") as SpecValue<"NumberSpec"> }
  set backgroundHatchWeight(value: SpecValue<"NumberSpec">) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): SpecValue<"DictScalar"> { return this.getv("background_hatch_extra") as SpecValue<"DictScalar"> }
  set backgroundHatchExtra(value: SpecValue<"DictScalar">) { this.setv("background_hatch_extra", value) }
  get text(): SpecValue<"NullStringSpec"> { return this.getv("text") as SpecValue<"NullStringSpec"> }
  set text(value: SpecValue<"NullStringSpec">) { this.setv("text", value) }
  get angle(): SpecValue<"AngleSpec"> { return this.getv("angle") as SpecValue<"AngleSpec"> }
  set angle(value: SpecValue<"AngleSpec">) { this.setv("angle", value) }
  get xOffset(): SpecValue<"NumberSpec"> { return this.getv("x_offset") as SpecValue<"NumberSpec"> }
  set xOffset(value: SpecValue<"NumberSpec">) { this.setv("x_offset", value) }
  get yOffset(): SpecValue<"NumberSpec"> { return this.getv("y_offset") as SpecValue<"NumberSpec"> }
  set yOffset(value: SpecValue<"NumberSpec">) { this.setv("y_offset", value) }
  get anchor(): SpecValue<"TextAnchorSpec"> { return this.getv("anchor") as SpecValue<"TextAnchorSpec"> }
  set anchor(value: SpecValue<"TextAnchorSpec">) { this.setv("anchor", value) }
  get padding(): number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number } { return this.getv("padding") as (number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }) }
  set padding(value: number | readonly [number, number] | { readonly x?: number; readonly y?: number } | readonly [number, number, number, number] | { readonly left?: number; readonly right?: number; readonly top?: number; readonly bottom?: number }) { this.setv("padding", value) }
  get borderRadius(): number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number } { return this.getv("border_radius") as (number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) }
  set borderRadius(value: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) { this.setv("border_radius", value) }
  get outlineShape(): SpecValue<"OutlineShapeSpec"> { return this.getv("outline_shape") as SpecValue<"OutlineShapeSpec"> }
  set outlineShape(value: SpecValue<"OutlineShapeSpec">) { this.setv("outline_shape", value) }
}

export interface MathTextGlyphAttrs extends TextAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class MathTextGlyph extends Text {
  static override readonly __name__: string = "MathTextGlyph"
  constructor(attrs?: MathTextGlyphAttrs) { super(attrs) }
}

export interface MathMLGlyphAttrs extends MathTextGlyphAttrs {}
export class MathMLGlyph extends MathTextGlyph {
  static override readonly __name__: string = "MathMLGlyph"
  constructor(attrs?: MathMLGlyphAttrs) { super(attrs) }
}

export interface MultiLineAttrs extends GlyphAttrs {
  xs?: SpecValue<"XCoordinateSeqSpec">
  ys?: SpecValue<"YCoordinateSeqSpec">
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
}
export class MultiLine extends Glyph {
  static override readonly __name__: string = "MultiLine"
  constructor(attrs?: MultiLineAttrs) { super(attrs) }
  get xs(): SpecValue<"XCoordinateSeqSpec"> { return this.getv("xs") as SpecValue<"XCoordinateSeqSpec"> }
  set xs(value: SpecValue<"XCoordinateSeqSpec">) { this.setv("xs", value) }
  get ys(): SpecValue<"YCoordinateSeqSpec"> { return this.getv("ys") as SpecValue<"YCoordinateSeqSpec"> }
  set ys(value: SpecValue<"YCoordinateSeqSpec">) { this.setv("ys", value) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
}

export interface MultiPolygonsAttrs extends GlyphAttrs {
  xs?: SpecValue<"XCoordinateSeqSeqSeqSpec">
  ys?: SpecValue<"YCoordinateSeqSeqSeqSpec">
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
}
export class MultiPolygons extends Glyph {
  static override readonly __name__: string = "MultiPolygons"
  constructor(attrs?: MultiPolygonsAttrs) { super(attrs) }
  get xs(): SpecValue<"XCoordinateSeqSeqSeqSpec"> { return this.getv("xs") as SpecValue<"XCoordinateSeqSeqSeqSpec"> }
  set xs(value: SpecValue<"XCoordinateSeqSeqSeqSpec">) { this.setv("xs", value) }
  get ys(): SpecValue<"YCoordinateSeqSeqSeqSpec"> { return this.getv("ys") as SpecValue<"YCoordinateSeqSeqSeqSpec"> }
  set ys(value: SpecValue<"YCoordinateSeqSeqSeqSpec">) { this.setv("ys", value) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
}

export interface NgonAttrs extends RadialGlyphAttrs {
  angle?: SpecValue<"AngleSpec">
  n?: SpecValue<"NumberSpec">
}
export class Ngon extends RadialGlyph {
  static override readonly __name__: string = "Ngon"
  constructor(attrs?: NgonAttrs) { super(attrs) }
  get angle(): SpecValue<"AngleSpec"> { return this.getv("angle") as SpecValue<"AngleSpec"> }
  set angle(value: SpecValue<"AngleSpec">) { this.setv("angle", value) }
  get n(): SpecValue<"NumberSpec"> { return this.getv("n") as SpecValue<"NumberSpec"> }
  set n(value: SpecValue<"NumberSpec">) { this.setv("n", value) }
}

export interface PatchAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorScalar">
  lineAlpha?: SpecValue<"NumberScalar">
  lineWidth?: SpecValue<"NumberScalar">
  lineJoin?: SpecValue<"LineJoinScalar">
  lineCap?: SpecValue<"LineCapScalar">
  lineDash?: SpecValue<"LineDashScalar">
  lineDashOffset?: SpecValue<"NumberScalar">
  fillColor?: SpecValue<"ColorScalar">
  fillAlpha?: SpecValue<"NumberScalar">
  hatchColor?: SpecValue<"ColorScalar">
  hatchAlpha?: SpecValue<"NumberScalar">
  hatchScale?: SpecValue<"NumberScalar">
  hatchPattern?: SpecValue<"NullStringScalar">
  hatchWeight?: SpecValue<"NumberScalar">
  hatchExtra?: SpecValue<"DictScalar">
}
export class Patch extends XYGlyph {
  static override readonly __name__: string = "Patch"
  constructor(attrs?: PatchAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorScalar"> { return this.getv("line_color") as SpecValue<"ColorScalar"> }
  set lineColor(value: SpecValue<"ColorScalar">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberScalar"> { return this.getv("line_alpha") as SpecValue<"NumberScalar"> }
  set lineAlpha(value: SpecValue<"NumberScalar">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberScalar"> { return this.getv("line_width") as SpecValue<"NumberScalar"> }
  set lineWidth(value: SpecValue<"NumberScalar">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinScalar"> { return this.getv("line_join") as SpecValue<"LineJoinScalar"> }
  set lineJoin(value: SpecValue<"LineJoinScalar">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapScalar"> { return this.getv("line_cap") as SpecValue<"LineCapScalar"> }
  set lineCap(value: SpecValue<"LineCapScalar">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashScalar"> { return this.getv("line_dash") as SpecValue<"LineDashScalar"> }
  set lineDash(value: SpecValue<"LineDashScalar">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberScalar"> { return this.getv("line_dash_offset") as SpecValue<"NumberScalar"> }
  set lineDashOffset(value: SpecValue<"NumberScalar">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorScalar"> { return this.getv("fill_color") as SpecValue<"ColorScalar"> }
  set fillColor(value: SpecValue<"ColorScalar">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberScalar"> { return this.getv("fill_alpha") as SpecValue<"NumberScalar"> }
  set fillAlpha(value: SpecValue<"NumberScalar">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorScalar"> { return this.getv("hatch_color") as SpecValue<"ColorScalar"> }
  set hatchColor(value: SpecValue<"ColorScalar">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberScalar"> { return this.getv("hatch_alpha") as SpecValue<"NumberScalar"> }
  set hatchAlpha(value: SpecValue<"NumberScalar">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberScalar"> { return this.getv("hatch_scale") as SpecValue<"NumberScalar"> }
  set hatchScale(value: SpecValue<"NumberScalar">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringScalar"> { return this.getv("hatch_pattern") as SpecValue<"NullStringScalar"> }
  set hatchPattern(value: SpecValue<"NullStringScalar">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberScalar"> { return this.getv("hatch_weight") as SpecValue<"NumberScalar"> }
  set hatchWeight(value: SpecValue<"NumberScalar">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
}

export interface PatchesAttrs extends GlyphAttrs {
  xs?: SpecValue<"XCoordinateSeqSpec">
  ys?: SpecValue<"YCoordinateSeqSpec">
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
}
export class Patches extends Glyph {
  static override readonly __name__: string = "Patches"
  constructor(attrs?: PatchesAttrs) { super(attrs) }
  get xs(): SpecValue<"XCoordinateSeqSpec"> { return this.getv("xs") as SpecValue<"XCoordinateSeqSpec"> }
  set xs(value: SpecValue<"XCoordinateSeqSpec">) { this.setv("xs", value) }
  get ys(): SpecValue<"YCoordinateSeqSpec"> { return this.getv("ys") as SpecValue<"YCoordinateSeqSpec"> }
  set ys(value: SpecValue<"YCoordinateSeqSpec">) { this.setv("ys", value) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
}

export interface QuadAttrs extends LRTBAttrs {
  right?: SpecValue<"XCoordinateSpec">
  bottom?: SpecValue<"YCoordinateSpec">
  left?: SpecValue<"XCoordinateSpec">
  top?: SpecValue<"YCoordinateSpec">
}
export class Quad extends LRTB {
  static override readonly __name__: string = "Quad"
  constructor(attrs?: QuadAttrs) { super(attrs) }
  get right(): SpecValue<"XCoordinateSpec"> { return this.getv("right") as SpecValue<"XCoordinateSpec"> }
  set right(value: SpecValue<"XCoordinateSpec">) { this.setv("right", value) }
  get bottom(): SpecValue<"YCoordinateSpec"> { return this.getv("bottom") as SpecValue<"YCoordinateSpec"> }
  set bottom(value: SpecValue<"YCoordinateSpec">) { this.setv("bottom", value) }
  get left(): SpecValue<"XCoordinateSpec"> { return this.getv("left") as SpecValue<"XCoordinateSpec"> }
  set left(value: SpecValue<"XCoordinateSpec">) { this.setv("left", value) }
  get top(): SpecValue<"YCoordinateSpec"> { return this.getv("top") as SpecValue<"YCoordinateSpec"> }
  set top(value: SpecValue<"YCoordinateSpec">) { this.setv("top", value) }
}

export interface QuadraticAttrs extends GlyphAttrs {
  x0?: SpecValue<"XCoordinateSpec">
  y0?: SpecValue<"YCoordinateSpec">
  x1?: SpecValue<"XCoordinateSpec">
  y1?: SpecValue<"YCoordinateSpec">
  cx?: SpecValue<"XCoordinateSpec">
  cy?: SpecValue<"YCoordinateSpec">
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
}
export class Quadratic extends Glyph {
  static override readonly __name__: string = "Quadratic"
  constructor(attrs?: QuadraticAttrs) { super(attrs) }
  get x0(): SpecValue<"XCoordinateSpec"> { return this.getv("x0") as SpecValue<"XCoordinateSpec"> }
  set x0(value: SpecValue<"XCoordinateSpec">) { this.setv("x0", value) }
  get y0(): SpecValue<"YCoordinateSpec"> { return this.getv("y0") as SpecValue<"YCoordinateSpec"> }
  set y0(value: SpecValue<"YCoordinateSpec">) { this.setv("y0", value) }
  get x1(): SpecValue<"XCoordinateSpec"> { return this.getv("x1") as SpecValue<"XCoordinateSpec"> }
  set x1(value: SpecValue<"XCoordinateSpec">) { this.setv("x1", value) }
  get y1(): SpecValue<"YCoordinateSpec"> { return this.getv("y1") as SpecValue<"YCoordinateSpec"> }
  set y1(value: SpecValue<"YCoordinateSpec">) { this.setv("y1", value) }
  get cx(): SpecValue<"XCoordinateSpec"> { return this.getv("cx") as SpecValue<"XCoordinateSpec"> }
  set cx(value: SpecValue<"XCoordinateSpec">) { this.setv("cx", value) }
  get cy(): SpecValue<"YCoordinateSpec"> { return this.getv("cy") as SpecValue<"YCoordinateSpec"> }
  set cy(value: SpecValue<"YCoordinateSpec">) { this.setv("cy", value) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
}

export interface RayAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  length?: SpecValue<"DistanceSpec">
  angle?: SpecValue<"AngleSpec">
}
export class Ray extends XYGlyph {
  static override readonly __name__: string = "Ray"
  constructor(attrs?: RayAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get length(): SpecValue<"DistanceSpec"> { return this.getv("length") as SpecValue<"DistanceSpec"> }
  set length(value: SpecValue<"DistanceSpec">) { this.setv("length", value) }
  get angle(): SpecValue<"AngleSpec"> { return this.getv("angle") as SpecValue<"AngleSpec"> }
  set angle(value: SpecValue<"AngleSpec">) { this.setv("angle", value) }
}

export interface RectAttrs extends CenterRotatableAttrs {
  borderRadius?: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }
  dilate?: boolean
}
export class Rect extends CenterRotatable {
  static override readonly __name__: string = "Rect"
  constructor(attrs?: RectAttrs) { super(attrs) }
  get borderRadius(): number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number } { return this.getv("border_radius") as (number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) }
  set borderRadius(value: number | readonly [number, number, number, number] | { readonly top_left?: number; readonly top_right?: number; readonly bottom_right?: number; readonly bottom_left?: number }) { this.setv("border_radius", value) }
  get dilate(): boolean { return this.getv("dilate") as boolean }
  set dilate(value: boolean) { this.setv("dilate", value) }
}

export interface MarkerAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  size?: SpecValue<"ScreenSizeSpec">
  angle?: SpecValue<"AngleSpec">
  hitDilation?: number
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Marker extends XYGlyph {
  static override readonly __name__: string = "Marker"
  constructor(attrs?: MarkerAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get size(): SpecValue<"ScreenSizeSpec"> { return this.getv("size") as SpecValue<"ScreenSizeSpec"> }
  set size(value: SpecValue<"ScreenSizeSpec">) { this.setv("size", value) }
  get angle(): SpecValue<"AngleSpec"> { return this.getv("angle") as SpecValue<"AngleSpec"> }
  set angle(value: SpecValue<"AngleSpec">) { this.setv("angle", value) }
  get hitDilation(): number { return this.getv("hit_dilation") as number }
  set hitDilation(value: number) { this.setv("hit_dilation", value) }
}

export interface ScatterAttrs extends MarkerAttrs {
  marker?: SpecValue<"MarkerSpec">
  defs?: DictOf<unknown>
}
export class Scatter extends Marker {
  static override readonly __name__: string = "Scatter"
  constructor(attrs?: ScatterAttrs) { super(attrs) }
  get marker(): SpecValue<"MarkerSpec"> { return this.getv("marker") as SpecValue<"MarkerSpec"> }
  set marker(value: SpecValue<"MarkerSpec">) { this.setv("marker", value) }
  get defs(): Readonly<Record<string, unknown>> { return this.getv("defs") as (Readonly<Record<string, unknown>>) }
  set defs(value: DictOf<unknown>) { this.setv("defs", value) }
}

export interface SegmentAttrs extends GlyphAttrs {
  x0?: SpecValue<"XCoordinateSpec">
  y0?: SpecValue<"YCoordinateSpec">
  x1?: SpecValue<"XCoordinateSpec">
  y1?: SpecValue<"YCoordinateSpec">
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
}
export class Segment extends Glyph {
  static override readonly __name__: string = "Segment"
  constructor(attrs?: SegmentAttrs) { super(attrs) }
  get x0(): SpecValue<"XCoordinateSpec"> { return this.getv("x0") as SpecValue<"XCoordinateSpec"> }
  set x0(value: SpecValue<"XCoordinateSpec">) { this.setv("x0", value) }
  get y0(): SpecValue<"YCoordinateSpec"> { return this.getv("y0") as SpecValue<"YCoordinateSpec"> }
  set y0(value: SpecValue<"YCoordinateSpec">) { this.setv("y0", value) }
  get x1(): SpecValue<"XCoordinateSpec"> { return this.getv("x1") as SpecValue<"XCoordinateSpec"> }
  set x1(value: SpecValue<"XCoordinateSpec">) { this.setv("x1", value) }
  get y1(): SpecValue<"YCoordinateSpec"> { return this.getv("y1") as SpecValue<"YCoordinateSpec"> }
  set y1(value: SpecValue<"YCoordinateSpec">) { this.setv("y1", value) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
}

export interface SplineAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorScalar">
  lineAlpha?: SpecValue<"NumberScalar">
  lineWidth?: SpecValue<"NumberScalar">
  lineJoin?: SpecValue<"LineJoinScalar">
  lineCap?: SpecValue<"LineCapScalar">
  lineDash?: SpecValue<"LineDashScalar">
  lineDashOffset?: SpecValue<"NumberScalar">
  tension?: number
  closed?: boolean
}
export class Spline extends XYGlyph {
  static override readonly __name__: string = "Spline"
  constructor(attrs?: SplineAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorScalar"> { return this.getv("line_color") as SpecValue<"ColorScalar"> }
  set lineColor(value: SpecValue<"ColorScalar">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberScalar"> { return this.getv("line_alpha") as SpecValue<"NumberScalar"> }
  set lineAlpha(value: SpecValue<"NumberScalar">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberScalar"> { return this.getv("line_width") as SpecValue<"NumberScalar"> }
  set lineWidth(value: SpecValue<"NumberScalar">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinScalar"> { return this.getv("line_join") as SpecValue<"LineJoinScalar"> }
  set lineJoin(value: SpecValue<"LineJoinScalar">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapScalar"> { return this.getv("line_cap") as SpecValue<"LineCapScalar"> }
  set lineCap(value: SpecValue<"LineCapScalar">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashScalar"> { return this.getv("line_dash") as SpecValue<"LineDashScalar"> }
  set lineDash(value: SpecValue<"LineDashScalar">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberScalar"> { return this.getv("line_dash_offset") as SpecValue<"NumberScalar"> }
  set lineDashOffset(value: SpecValue<"NumberScalar">) { this.setv("line_dash_offset", value) }
  get tension(): number { return this.getv("tension") as number }
  set tension(value: number) { this.setv("tension", value) }
  get closed(): boolean { return this.getv("closed") as boolean }
  set closed(value: boolean) { this.setv("closed", value) }
}

export interface StepAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorScalar">
  lineAlpha?: SpecValue<"NumberScalar">
  lineWidth?: SpecValue<"NumberScalar">
  lineJoin?: SpecValue<"LineJoinScalar">
  lineCap?: SpecValue<"LineCapScalar">
  lineDash?: SpecValue<"LineDashScalar">
  lineDashOffset?: SpecValue<"NumberScalar">
  mode?: E.StepMode
  padBefore?: number
  padAfter?: number
}
export class Step extends XYGlyph {
  static override readonly __name__: string = "Step"
  constructor(attrs?: StepAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorScalar"> { return this.getv("line_color") as SpecValue<"ColorScalar"> }
  set lineColor(value: SpecValue<"ColorScalar">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberScalar"> { return this.getv("line_alpha") as SpecValue<"NumberScalar"> }
  set lineAlpha(value: SpecValue<"NumberScalar">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberScalar"> { return this.getv("line_width") as SpecValue<"NumberScalar"> }
  set lineWidth(value: SpecValue<"NumberScalar">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinScalar"> { return this.getv("line_join") as SpecValue<"LineJoinScalar"> }
  set lineJoin(value: SpecValue<"LineJoinScalar">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapScalar"> { return this.getv("line_cap") as SpecValue<"LineCapScalar"> }
  set lineCap(value: SpecValue<"LineCapScalar">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashScalar"> { return this.getv("line_dash") as SpecValue<"LineDashScalar"> }
  set lineDash(value: SpecValue<"LineDashScalar">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberScalar"> { return this.getv("line_dash_offset") as SpecValue<"NumberScalar"> }
  set lineDashOffset(value: SpecValue<"NumberScalar">) { this.setv("line_dash_offset", value) }
  get mode(): E.StepMode { return this.getv("mode") as E.StepMode }
  set mode(value: E.StepMode) { this.setv("mode", value) }
  get padBefore(): number { return this.getv("pad_before") as number }
  set padBefore(value: number) { this.setv("pad_before", value) }
  get padAfter(): number { return this.getv("pad_after") as number }
  set padAfter(value: number) { this.setv("pad_after", value) }
}

export interface TeXGlyphAttrs extends MathTextGlyphAttrs {
  macros?: DictOf<string | readonly [string, number]>
  display?: E.FlowMode | "auto"
}
export class TeXGlyph extends MathTextGlyph {
  static override readonly __name__: string = "TeXGlyph"
  constructor(attrs?: TeXGlyphAttrs) { super(attrs) }
  get macros(): Readonly<Record<string, string | readonly [string, number]>> { return this.getv("macros") as (Readonly<Record<string, string | readonly [string, number]>>) }
  set macros(value: DictOf<string | readonly [string, number]>) { this.setv("macros", value) }
  get display(): E.FlowMode | "auto" { return this.getv("display") as (E.FlowMode | "auto") }
  set display(value: E.FlowMode | "auto") { this.setv("display", value) }
}

export interface VAreaAttrs extends AreaAttrs {
  x?: SpecValue<"XCoordinateSpec">
  y1?: SpecValue<"YCoordinateSpec">
  y2?: SpecValue<"YCoordinateSpec">
}
export class VArea extends Area {
  static override readonly __name__: string = "VArea"
  constructor(attrs?: VAreaAttrs) { super(attrs) }
  get x(): SpecValue<"XCoordinateSpec"> { return this.getv("x") as SpecValue<"XCoordinateSpec"> }
  set x(value: SpecValue<"XCoordinateSpec">) { this.setv("x", value) }
  get y1(): SpecValue<"YCoordinateSpec"> { return this.getv("y1") as SpecValue<"YCoordinateSpec"> }
  set y1(value: SpecValue<"YCoordinateSpec">) { this.setv("y1", value) }
  get y2(): SpecValue<"YCoordinateSpec"> { return this.getv("y2") as SpecValue<"YCoordinateSpec"> }
  set y2(value: SpecValue<"YCoordinateSpec">) { this.setv("y2", value) }
}

export interface VAreaStepAttrs extends AreaAttrs {
  x?: SpecValue<"XCoordinateSpec">
  y1?: SpecValue<"YCoordinateSpec">
  y2?: SpecValue<"YCoordinateSpec">
  stepMode?: E.StepMode
}
export class VAreaStep extends Area {
  static override readonly __name__: string = "VAreaStep"
  constructor(attrs?: VAreaStepAttrs) { super(attrs) }
  get x(): SpecValue<"XCoordinateSpec"> { return this.getv("x") as SpecValue<"XCoordinateSpec"> }
  set x(value: SpecValue<"XCoordinateSpec">) { this.setv("x", value) }
  get y1(): SpecValue<"YCoordinateSpec"> { return this.getv("y1") as SpecValue<"YCoordinateSpec"> }
  set y1(value: SpecValue<"YCoordinateSpec">) { this.setv("y1", value) }
  get y2(): SpecValue<"YCoordinateSpec"> { return this.getv("y2") as SpecValue<"YCoordinateSpec"> }
  set y2(value: SpecValue<"YCoordinateSpec">) { this.setv("y2", value) }
  get stepMode(): E.StepMode { return this.getv("step_mode") as E.StepMode }
  set stepMode(value: E.StepMode) { this.setv("step_mode", value) }
}

export interface VBarAttrs extends LRTBAttrs {
  x?: SpecValue<"XCoordinateSpec">
  bottom?: SpecValue<"YCoordinateSpec">
  width?: SpecValue<"DistanceSpec">
  top?: SpecValue<"YCoordinateSpec">
}
export class VBar extends LRTB {
  static override readonly __name__: string = "VBar"
  constructor(attrs?: VBarAttrs) { super(attrs) }
  get x(): SpecValue<"XCoordinateSpec"> { return this.getv("x") as SpecValue<"XCoordinateSpec"> }
  set x(value: SpecValue<"XCoordinateSpec">) { this.setv("x", value) }
  get bottom(): SpecValue<"YCoordinateSpec"> { return this.getv("bottom") as SpecValue<"YCoordinateSpec"> }
  set bottom(value: SpecValue<"YCoordinateSpec">) { this.setv("bottom", value) }
  get width(): SpecValue<"DistanceSpec"> { return this.getv("width") as SpecValue<"DistanceSpec"> }
  set width(value: SpecValue<"DistanceSpec">) { this.setv("width", value) }
  get top(): SpecValue<"YCoordinateSpec"> { return this.getv("top") as SpecValue<"YCoordinateSpec"> }
  set top(value: SpecValue<"YCoordinateSpec">) { this.setv("top", value) }
}

export interface VSpanAttrs extends GlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  x?: SpecValue<"XCoordinateSpec">
}
export class VSpan extends Glyph {
  static override readonly __name__: string = "VSpan"
  constructor(attrs?: VSpanAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get x(): SpecValue<"XCoordinateSpec"> { return this.getv("x") as SpecValue<"XCoordinateSpec"> }
  set x(value: SpecValue<"XCoordinateSpec">) { this.setv("x", value) }
}

export interface VStripAttrs extends GlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  x0?: SpecValue<"XCoordinateSpec">
  x1?: SpecValue<"XCoordinateSpec">
}
export class VStrip extends Glyph {
  static override readonly __name__: string = "VStrip"
  constructor(attrs?: VStripAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get x0(): SpecValue<"XCoordinateSpec"> { return this.getv("x0") as SpecValue<"XCoordinateSpec"> }
  set x0(value: SpecValue<"XCoordinateSpec">) { this.setv("x0", value) }
  get x1(): SpecValue<"XCoordinateSpec"> { return this.getv("x1") as SpecValue<"XCoordinateSpec"> }
  set x1(value: SpecValue<"XCoordinateSpec">) { this.setv("x1", value) }
}

export interface WedgeAttrs extends XYGlyphAttrs {
  lineColor?: SpecValue<"ColorSpec">
  lineAlpha?: SpecValue<"NumberSpec">
  lineWidth?: SpecValue<"NumberSpec">
  lineJoin?: SpecValue<"LineJoinSpec">
  lineCap?: SpecValue<"LineCapSpec">
  lineDash?: SpecValue<"LineDashSpec">
  lineDashOffset?: SpecValue<"NumberSpec">
  fillColor?: SpecValue<"ColorSpec">
  fillAlpha?: SpecValue<"NumberSpec">
  hatchColor?: SpecValue<"ColorSpec">
  hatchAlpha?: SpecValue<"NumberSpec">
  hatchScale?: SpecValue<"NumberSpec">
  hatchPattern?: SpecValue<"NullStringSpec">
  hatchWeight?: SpecValue<"NumberSpec">
  hatchExtra?: SpecValue<"DictScalar">
  direction?: E.Direction
  radius?: SpecValue<"DistanceSpec">
  startAngle?: SpecValue<"AngleSpec">
  endAngle?: SpecValue<"AngleSpec">
}
export class Wedge extends XYGlyph {
  static override readonly __name__: string = "Wedge"
  constructor(attrs?: WedgeAttrs) { super(attrs) }
  get lineColor(): SpecValue<"ColorSpec"> { return this.getv("line_color") as SpecValue<"ColorSpec"> }
  set lineColor(value: SpecValue<"ColorSpec">) { this.setv("line_color", value) }
  get lineAlpha(): SpecValue<"NumberSpec"> { return this.getv("line_alpha") as SpecValue<"NumberSpec"> }
  set lineAlpha(value: SpecValue<"NumberSpec">) { this.setv("line_alpha", value) }
  get lineWidth(): SpecValue<"NumberSpec"> { return this.getv("line_width") as SpecValue<"NumberSpec"> }
  set lineWidth(value: SpecValue<"NumberSpec">) { this.setv("line_width", value) }
  get lineJoin(): SpecValue<"LineJoinSpec"> { return this.getv("line_join") as SpecValue<"LineJoinSpec"> }
  set lineJoin(value: SpecValue<"LineJoinSpec">) { this.setv("line_join", value) }
  get lineCap(): SpecValue<"LineCapSpec"> { return this.getv("line_cap") as SpecValue<"LineCapSpec"> }
  set lineCap(value: SpecValue<"LineCapSpec">) { this.setv("line_cap", value) }
  get lineDash(): SpecValue<"LineDashSpec"> { return this.getv("line_dash") as SpecValue<"LineDashSpec"> }
  set lineDash(value: SpecValue<"LineDashSpec">) { this.setv("line_dash", value) }
  get lineDashOffset(): SpecValue<"NumberSpec"> { return this.getv("line_dash_offset") as SpecValue<"NumberSpec"> }
  set lineDashOffset(value: SpecValue<"NumberSpec">) { this.setv("line_dash_offset", value) }
  get fillColor(): SpecValue<"ColorSpec"> { return this.getv("fill_color") as SpecValue<"ColorSpec"> }
  set fillColor(value: SpecValue<"ColorSpec">) { this.setv("fill_color", value) }
  get fillAlpha(): SpecValue<"NumberSpec"> { return this.getv("fill_alpha") as SpecValue<"NumberSpec"> }
  set fillAlpha(value: SpecValue<"NumberSpec">) { this.setv("fill_alpha", value) }
  get hatchColor(): SpecValue<"ColorSpec"> { return this.getv("hatch_color") as SpecValue<"ColorSpec"> }
  set hatchColor(value: SpecValue<"ColorSpec">) { this.setv("hatch_color", value) }
  get hatchAlpha(): SpecValue<"NumberSpec"> { return this.getv("hatch_alpha") as SpecValue<"NumberSpec"> }
  set hatchAlpha(value: SpecValue<"NumberSpec">) { this.setv("hatch_alpha", value) }
  get hatchScale(): SpecValue<"NumberSpec"> { return this.getv("hatch_scale") as SpecValue<"NumberSpec"> }
  set hatchScale(value: SpecValue<"NumberSpec">) { this.setv("hatch_scale", value) }
  get hatchPattern(): SpecValue<"NullStringSpec"> { return this.getv("hatch_pattern") as SpecValue<"NullStringSpec"> }
  set hatchPattern(value: SpecValue<"NullStringSpec">) { this.setv("hatch_pattern", value) }
  get hatchWeight(): SpecValue<"NumberSpec"> { return this.getv("hatch_weight") as SpecValue<"NumberSpec"> }
  set hatchWeight(value: SpecValue<"NumberSpec">) { this.setv("hatch_weight", value) }
  get hatchExtra(): SpecValue<"DictScalar"> { return this.getv("hatch_extra") as SpecValue<"DictScalar"> }
  set hatchExtra(value: SpecValue<"DictScalar">) { this.setv("hatch_extra", value) }
  get direction(): E.Direction { return this.getv("direction") as E.Direction }
  set direction(value: E.Direction) { this.setv("direction", value) }
  get radius(): SpecValue<"DistanceSpec"> { return this.getv("radius") as SpecValue<"DistanceSpec"> }
  set radius(value: SpecValue<"DistanceSpec">) { this.setv("radius", value) }
  get startAngle(): SpecValue<"AngleSpec"> { return this.getv("start_angle") as SpecValue<"AngleSpec"> }
  set startAngle(value: SpecValue<"AngleSpec">) { this.setv("start_angle", value) }
  get endAngle(): SpecValue<"AngleSpec"> { return this.getv("end_angle") as SpecValue<"AngleSpec"> }
  set endAngle(value: SpecValue<"AngleSpec">) { this.setv("end_angle", value) }
}

export interface DecorationAttrs extends ModelAttrs {
  marking?: Marking
  node?: "start" | "middle" | "end"
}
export class Decoration extends Model {
  static override readonly __name__: string = "Decoration"
  constructor(attrs?: DecorationAttrs) { super(attrs) }
  get marking(): Marking { return this.getv("marking") as Marking }
  set marking(value: Marking) { this.setv("marking", value) }
  get node(): "start" | "middle" | "end" { return this.getv("node") as ("start" | "middle" | "end") }
  set node(value: "start" | "middle" | "end") { this.setv("node", value) }
}

export interface GraphHitTestPolicyAttrs extends ModelAttrs {}
export class GraphHitTestPolicy extends Model {
  static override readonly __name__: string = "GraphHitTestPolicy"
  constructor(attrs?: GraphHitTestPolicyAttrs) { super(attrs) }
}

export interface EdgesOnlyAttrs extends GraphHitTestPolicyAttrs {}
export class EdgesOnly extends GraphHitTestPolicy {
  static override readonly __name__: string = "EdgesOnly"
  constructor(attrs?: EdgesOnlyAttrs) { super(attrs) }
}

export interface NodesOnlyAttrs extends GraphHitTestPolicyAttrs {}
export class NodesOnly extends GraphHitTestPolicy {
  static override readonly __name__: string = "NodesOnly"
  constructor(attrs?: NodesOnlyAttrs) { super(attrs) }
}

export interface NodesAndLinkedEdgesAttrs extends GraphHitTestPolicyAttrs {}
export class NodesAndLinkedEdges extends GraphHitTestPolicy {
  static override readonly __name__: string = "NodesAndLinkedEdges"
  constructor(attrs?: NodesAndLinkedEdgesAttrs) { super(attrs) }
}

export interface EdgesAndLinkedNodesAttrs extends GraphHitTestPolicyAttrs {}
export class EdgesAndLinkedNodes extends GraphHitTestPolicy {
  static override readonly __name__: string = "EdgesAndLinkedNodes"
  constructor(attrs?: EdgesAndLinkedNodesAttrs) { super(attrs) }
}

export interface NodesAndAdjacentNodesAttrs extends GraphHitTestPolicyAttrs {}
export class NodesAndAdjacentNodes extends GraphHitTestPolicy {
  static override readonly __name__: string = "NodesAndAdjacentNodes"
  constructor(attrs?: NodesAndAdjacentNodesAttrs) { super(attrs) }
}

export interface LayoutProviderAttrs extends ModelAttrs {}
export class LayoutProvider extends Model {
  static override readonly __name__: string = "LayoutProvider"
  constructor(attrs?: LayoutProviderAttrs) { super(attrs) }
}

export interface GraphCoordinatesAttrs extends CoordinateTransformAttrs {
  layout?: LayoutProvider
}
export class GraphCoordinates extends CoordinateTransform {
  static override readonly __name__: string = "GraphCoordinates"
  constructor(attrs?: GraphCoordinatesAttrs) { super(attrs) }
  get layout(): LayoutProvider { return this.getv("layout") as LayoutProvider }
  set layout(value: LayoutProvider) { this.setv("layout", value) }
}

export interface NodeCoordinatesAttrs extends GraphCoordinatesAttrs {}
export class NodeCoordinates extends GraphCoordinates {
  static override readonly __name__: string = "NodeCoordinates"
  constructor(attrs?: NodeCoordinatesAttrs) { super(attrs) }
}

export interface EdgeCoordinatesAttrs extends GraphCoordinatesAttrs {}
export class EdgeCoordinates extends GraphCoordinates {
  static override readonly __name__: string = "EdgeCoordinates"
  constructor(attrs?: EdgeCoordinatesAttrs) { super(attrs) }
}

export interface StaticLayoutProviderAttrs extends LayoutProviderAttrs {
  graphLayout?: DictOf<ArrayableOf<number>> | MapOf<number | string, ArrayableOf<number>>
}
export class StaticLayoutProvider extends LayoutProvider {
  static override readonly __name__: string = "StaticLayoutProvider"
  constructor(attrs?: StaticLayoutProviderAttrs) { super(attrs) }
  get graphLayout(): Readonly<Record<string, ArrayableOf<number>>> | MapOf<number | string, ArrayableOf<number>> { return this.getv("graph_layout") as (Readonly<Record<string, ArrayableOf<number>>> | MapOf<number | string, ArrayableOf<number>>) }
  set graphLayout(value: DictOf<ArrayableOf<number>> | MapOf<number | string, ArrayableOf<number>>) { this.setv("graph_layout", value) }
}

export interface GridAttrs extends GuideRendererAttrs {
  gridLineColor?: ColorValue | null
  gridLineAlpha?: number
  gridLineWidth?: number
  gridLineJoin?: E.LineJoin
  gridLineCap?: E.LineCap
  gridLineDash?: E.LineDash | readonly number[]
  gridLineDashOffset?: number
  minorGridLineColor?: ColorValue | null
  minorGridLineAlpha?: number
  minorGridLineWidth?: number
  minorGridLineJoin?: E.LineJoin
  minorGridLineCap?: E.LineCap
  minorGridLineDash?: E.LineDash | readonly number[]
  minorGridLineDashOffset?: number
  bandFillColor?: ColorValue | null
  bandFillAlpha?: number
  bandHatchColor?: ColorValue | null
  bandHatchAlpha?: number
  bandHatchScale?: number
  bandHatchPattern?: E.HatchPatternType | string | null
  bandHatchWeight?: number
  bandHatchExtra?: DictOf<Model>
  bounds?: readonly [number, number] | "auto"
  crossBounds?: readonly [number, number] | "auto"
  dimension?: 0 | 1
  axis?: Axis | null
  ticker?: Ticker | null
}
export class Grid extends GuideRenderer {
  static override readonly __name__: string = "Grid"
  constructor(attrs?: GridAttrs) { super(attrs) }
  get gridLineColor(): ColorValue | null { return this.getv("grid_line_color") as (ColorValue | null) }
  set gridLineColor(value: ColorValue | null) { this.setv("grid_line_color", value) }
  get gridLineAlpha(): number { return this.getv("grid_line_alpha") as number }
  set gridLineAlpha(value: number) { this.setv("grid_line_alpha", value) }
  get gridLineWidth(): number { return this.getv("grid_line_width") as number }
  set gridLineWidth(value: number) { this.setv("grid_line_width", value) }
  get gridLineJoin(): E.LineJoin { return this.getv("grid_line_join") as E.LineJoin }
  set gridLineJoin(value: E.LineJoin) { this.setv("grid_line_join", value) }
  get gridLineCap(): E.LineCap { return this.getv("grid_line_cap") as E.LineCap }
  set gridLineCap(value: E.LineCap) { this.setv("grid_line_cap", value) }
  get gridLineDash(): E.LineDash | readonly number[] { return this.getv("grid_line_dash") as (E.LineDash | readonly number[]) }
  set gridLineDash(value: E.LineDash | readonly number[]) { this.setv("grid_line_dash", value) }
  get gridLineDashOffset(): number { return this.getv("grid_line_dash_offset") as number }
  set gridLineDashOffset(value: number) { this.setv("grid_line_dash_offset", value) }
  get minorGridLineColor(): ColorValue | null { return this.getv("minor_grid_line_color") as (ColorValue | null) }
  set minorGridLineColor(value: ColorValue | null) { this.setv("minor_grid_line_color", value) }
  get minorGridLineAlpha(): number { return this.getv("minor_grid_line_alpha") as number }
  set minorGridLineAlpha(value: number) { this.setv("minor_grid_line_alpha", value) }
  get minorGridLineWidth(): number { return this.getv("minor_grid_line_width") as number }
  set minorGridLineWidth(value: number) { this.setv("minor_grid_line_width", value) }
  get minorGridLineJoin(): E.LineJoin { return this.getv("minor_grid_line_join") as E.LineJoin }
  set minorGridLineJoin(value: E.LineJoin) { this.setv("minor_grid_line_join", value) }
  get minorGridLineCap(): E.LineCap { return this.getv("minor_grid_line_cap") as E.LineCap }
  set minorGridLineCap(value: E.LineCap) { this.setv("minor_grid_line_cap", value) }
  get minorGridLineDash(): E.LineDash | readonly number[] { return this.getv("minor_grid_line_dash") as (E.LineDash | readonly number[]) }
  set minorGridLineDash(value: E.LineDash | readonly number[]) { this.setv("minor_grid_line_dash", value) }
  get minorGridLineDashOffset(): number { return this.getv("minor_grid_line_dash_offset") as number }
  set minorGridLineDashOffset(value: number) { this.setv("minor_grid_line_dash_offset", value) }
  get bandFillColor(): ColorValue | null { return this.getv("band_fill_color") as (ColorValue | null) }
  set bandFillColor(value: ColorValue | null) { this.setv("band_fill_color", value) }
  get bandFillAlpha(): number { return this.getv("band_fill_alpha") as number }
  set bandFillAlpha(value: number) { this.setv("band_fill_alpha", value) }
  get bandHatchColor(): ColorValue | null { return this.getv("band_hatch_color") as (ColorValue | null) }
  set bandHatchColor(value: ColorValue | null) { this.setv("band_hatch_color", value) }
  get bandHatchAlpha(): number { return this.getv("band_hatch_alpha") as number }
  set bandHatchAlpha(value: number) { this.setv("band_hatch_alpha", value) }
  get bandHatchScale(): number { return this.getv("band_hatch_scale") as number }
  set bandHatchScale(value: number) { this.setv("band_hatch_scale", value) }
  get bandHatchPattern(): E.HatchPatternType | string | null { return this.getv("band_hatch_pattern") as (E.HatchPatternType | string | null) }
  set bandHatchPattern(value: E.HatchPatternType | string | null) { this.setv("band_hatch_pattern", value) }
  get bandHatchWeight(): number { return this.getv("band_hatch_weight") as number }
  set bandHatchWeight(value: number) { this.setv("band_hatch_weight", value) }
  get bandHatchExtra(): Readonly<Record<string, Model>> { return this.getv("band_hatch_extra") as (Readonly<Record<string, Model>>) }
  set bandHatchExtra(value: DictOf<Model>) { this.setv("band_hatch_extra", value) }
  get bounds(): readonly [number, number] | "auto" { return this.getv("bounds") as (readonly [number, number] | "auto") }
  set bounds(value: readonly [number, number] | "auto") { this.setv("bounds", value) }
  get crossBounds(): readonly [number, number] | "auto" { return this.getv("cross_bounds") as (readonly [number, number] | "auto") }
  set crossBounds(value: readonly [number, number] | "auto") { this.setv("cross_bounds", value) }
  get dimension(): 0 | 1 { return this.getv("dimension") as (0 | 1) }
  set dimension(value: 0 | 1) { this.setv("dimension", value) }
  get axis(): Axis | null { return this.getv("axis") as (Axis | null) }
  set axis(value: Axis | null) { this.setv("axis", value) }
  get ticker(): Ticker | null { return this.getv("ticker") as (Ticker | null) }
  set ticker(value: Ticker | null) { this.setv("ticker", value) }
}

export interface PaneAttrs extends UIElementAttrs {
  elements?: readonly (UIElement | dom_DOMNode | dom_HTML)[]
}
export class Pane extends UIElement {
  static override readonly __name__: string = "Pane"
  constructor(attrs?: PaneAttrs) { super(attrs) }
  get elements(): readonly (UIElement | dom_DOMNode | dom_HTML)[] { return this.getv("elements") as (readonly (UIElement | dom_DOMNode | dom_HTML)[]) }
  set elements(value: readonly (UIElement | dom_DOMNode | dom_HTML)[]) { this.setv("elements", value) }
}

export interface LayoutDOMAttrs extends PaneAttrs {
  width?: number | null
  height?: number | null
  minWidth?: number | null
  minHeight?: number | null
  maxWidth?: number | null
  maxHeight?: number | null
  margin?: number | readonly [number, number] | readonly [number, number, number, number] | null
  widthPolicy?: "fixed" | "fit" | "min" | "max" | "auto"
  heightPolicy?: "fixed" | "fit" | "min" | "max" | "auto"
  aspectRatio?: number | "auto" | null
  flowMode?: E.FlowMode
  sizingMode?: E.SizingMode | null
  disabled?: boolean
  align?: E.Align | readonly [E.Align, E.Align] | "auto"
  resizable?: boolean | E.Dimensions
}
export class LayoutDOM extends Pane {
  static override readonly __name__: string = "LayoutDOM"
  constructor(attrs?: LayoutDOMAttrs) { super(attrs) }
  get width(): number | null { return this.getv("width") as (number | null) }
  set width(value: number | null) { this.setv("width", value) }
  get height(): number | null { return this.getv("height") as (number | null) }
  set height(value: number | null) { this.setv("height", value) }
  get minWidth(): number | null { return this.getv("min_width") as (number | null) }
  set minWidth(value: number | null) { this.setv("min_width", value) }
  get minHeight(): number | null { return this.getv("min_height") as (number | null) }
  set minHeight(value: number | null) { this.setv("min_height", value) }
  get maxWidth(): number | null { return this.getv("max_width") as (number | null) }
  set maxWidth(value: number | null) { this.setv("max_width", value) }
  get maxHeight(): number | null { return this.getv("max_height") as (number | null) }
  set maxHeight(value: number | null) { this.setv("max_height", value) }
  get margin(): number | readonly [number, number] | readonly [number, number, number, number] | null { return this.getv("margin") as (number | readonly [number, number] | readonly [number, number, number, number] | null) }
  set margin(value: number | readonly [number, number] | readonly [number, number, number, number] | null) { this.setv("margin", value) }
  get widthPolicy(): "fixed" | "fit" | "min" | "max" | "auto" { return this.getv("width_policy") as ("fixed" | "fit" | "min" | "max" | "auto") }
  set widthPolicy(value: "fixed" | "fit" | "min" | "max" | "auto") { this.setv("width_policy", value) }
  get heightPolicy(): "fixed" | "fit" | "min" | "max" | "auto" { return this.getv("height_policy") as ("fixed" | "fit" | "min" | "max" | "auto") }
  set heightPolicy(value: "fixed" | "fit" | "min" | "max" | "auto") { this.setv("height_policy", value) }
  get aspectRatio(): number | "auto" | null { return this.getv("aspect_ratio") as (number | "auto" | null) }
  set aspectRatio(value: number | "auto" | null) { this.setv("aspect_ratio", value) }
  get flowMode(): E.FlowMode { return this.getv("flow_mode") as E.FlowMode }
  set flowMode(value: E.FlowMode) { this.setv("flow_mode", value) }
  get sizingMode(): E.SizingMode | null { return this.getv("sizing_mode") as (E.SizingMode | null) }
  set sizingMode(value: E.SizingMode | null) { this.setv("sizing_mode", value) }
  get disabled(): boolean { return this.getv("disabled") as boolean }
  set disabled(value: boolean) { this.setv("disabled", value) }
  get align(): E.Align | readonly [E.Align, E.Align] | "auto" { return this.getv("align") as (E.Align | readonly [E.Align, E.Align] | "auto") }
  set align(value: E.Align | readonly [E.Align, E.Align] | "auto") { this.setv("align", value) }
  get resizable(): boolean | E.Dimensions { return this.getv("resizable") as (boolean | E.Dimensions) }
  set resizable(value: boolean | E.Dimensions) { this.setv("resizable", value) }
}

export interface FlexBoxAttrs extends LayoutDOMAttrs {
  children?: readonly UIElement[]
  spacing?: number
}
export class FlexBox extends LayoutDOM {
  static override readonly __name__: string = "FlexBox"
  constructor(attrs?: FlexBoxAttrs) { super(attrs) }
  get children(): readonly UIElement[] { return this.getv("children") as (readonly UIElement[]) }
  set children(value: readonly UIElement[]) { this.setv("children", value) }
  get spacing(): number { return this.getv("spacing") as number }
  set spacing(value: number) { this.setv("spacing", value) }
}

export interface ColumnAttrs extends FlexBoxAttrs {}
export class Column extends FlexBox {
  static override readonly __name__: string = "Column"
  constructor(attrs?: ColumnAttrs) { super(attrs) }
}

export interface CSSGridBoxAttrs extends LayoutDOMAttrs {
  spacing?: number | readonly [number, number]
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class CSSGridBox extends LayoutDOM {
  static override readonly __name__: string = "CSSGridBox"
  constructor(attrs?: CSSGridBoxAttrs) { super(attrs) }
  get spacing(): number | readonly [number, number] { return this.getv("spacing") as (number | readonly [number, number]) }
  set spacing(value: number | readonly [number, number]) { this.setv("spacing", value) }
}

export interface GridBoxAttrs extends CSSGridBoxAttrs {
  children?: readonly (readonly [UIElement, number, number, number?, number?])[]
  rows?: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null
  cols?: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null
}
export class GridBox extends CSSGridBox {
  static override readonly __name__: string = "GridBox"
  constructor(attrs?: GridBoxAttrs) { super(attrs) }
  get children(): readonly (readonly [UIElement, number, number, number?, number?])[] { return this.getv("children") as (readonly (readonly [UIElement, number, number, number?, number?])[]) }
  set children(value: readonly (readonly [UIElement, number, number, number?, number?])[]) { this.setv("children", value) }
  get rows(): string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null { return this.getv("rows") as (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) }
  set rows(value: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) { this.setv("rows", value) }
  get cols(): string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null { return this.getv("cols") as (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) }
  set cols(value: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) { this.setv("cols", value) }
}

export interface GroupBoxAttrs extends LayoutDOMAttrs {
  title?: string | null
  child?: UIElement
  checkable?: boolean
}
export class GroupBox extends LayoutDOM {
  static override readonly __name__: string = "GroupBox"
  constructor(attrs?: GroupBoxAttrs) { super(attrs) }
  get title(): string | null { return this.getv("title") as (string | null) }
  set title(value: string | null) { this.setv("title", value) }
  get child(): UIElement { return this.getv("child") as UIElement }
  set child(value: UIElement) { this.setv("child", value) }
  get checkable(): boolean { return this.getv("checkable") as boolean }
  set checkable(value: boolean) { this.setv("checkable", value) }
}

export interface HBoxAttrs extends CSSGridBoxAttrs {
  children?: readonly ({ readonly child: UIElement; readonly col?: number | undefined; readonly span?: number | undefined })[]
  cols?: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null
}
export class HBox extends CSSGridBox {
  static override readonly __name__: string = "HBox"
  constructor(attrs?: HBoxAttrs) { super(attrs) }
  get children(): readonly ({ readonly child: UIElement; readonly col?: number | undefined; readonly span?: number | undefined })[] { return this.getv("children") as (readonly ({ readonly child: UIElement; readonly col?: number | undefined; readonly span?: number | undefined })[]) }
  set children(value: readonly ({ readonly child: UIElement; readonly col?: number | undefined; readonly span?: number | undefined })[]) { this.setv("children", value) }
  get cols(): string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null { return this.getv("cols") as (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) }
  set cols(value: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) { this.setv("cols", value) }
}

export interface RowAttrs extends FlexBoxAttrs {}
export class Row extends FlexBox {
  static override readonly __name__: string = "Row"
  constructor(attrs?: RowAttrs) { super(attrs) }
}

export interface ScrollBoxAttrs extends LayoutDOMAttrs {
  child?: UIElement
  horizontalScrollbar?: E.ScrollbarPolicy
  verticalScrollbar?: E.ScrollbarPolicy
}
export class ScrollBox extends LayoutDOM {
  static override readonly __name__: string = "ScrollBox"
  constructor(attrs?: ScrollBoxAttrs) { super(attrs) }
  get child(): UIElement { return this.getv("child") as UIElement }
  set child(value: UIElement) { this.setv("child", value) }
  get horizontalScrollbar(): E.ScrollbarPolicy { return this.getv("horizontal_scrollbar") as E.ScrollbarPolicy }
  set horizontalScrollbar(value: E.ScrollbarPolicy) { this.setv("horizontal_scrollbar", value) }
  get verticalScrollbar(): E.ScrollbarPolicy { return this.getv("vertical_scrollbar") as E.ScrollbarPolicy }
  set verticalScrollbar(value: E.ScrollbarPolicy) { this.setv("vertical_scrollbar", value) }
}

export interface SpacerAttrs extends LayoutDOMAttrs {}
export class Spacer extends LayoutDOM {
  static override readonly __name__: string = "Spacer"
  constructor(attrs?: SpacerAttrs) { super(attrs) }
}

export interface TabPanelAttrs extends ModelAttrs {
  title?: string
  tooltip?: Tooltip | null
  child?: UIElement
  closable?: boolean
  disabled?: boolean
}
export class TabPanel extends Model {
  static override readonly __name__: string = "TabPanel"
  constructor(attrs?: TabPanelAttrs) { super(attrs) }
  get title(): string { return this.getv("title") as string }
  set title(value: string) { this.setv("title", value) }
  get tooltip(): Tooltip | null { return this.getv("tooltip") as (Tooltip | null) }
  set tooltip(value: Tooltip | null) { this.setv("tooltip", value) }
  get child(): UIElement { return this.getv("child") as UIElement }
  set child(value: UIElement) { this.setv("child", value) }
  get closable(): boolean { return this.getv("closable") as boolean }
  set closable(value: boolean) { this.setv("closable", value) }
  get disabled(): boolean { return this.getv("disabled") as boolean }
  set disabled(value: boolean) { this.setv("disabled", value) }
}

export interface TabsAttrs extends LayoutDOMAttrs {
  tabs?: readonly TabPanel[]
  tabsLocation?: E.Location
  active?: number
  linkLayouts?: boolean
}
export class Tabs extends LayoutDOM {
  static override readonly __name__: string = "Tabs"
  constructor(attrs?: TabsAttrs) { super(attrs) }
  get tabs(): readonly TabPanel[] { return this.getv("tabs") as (readonly TabPanel[]) }
  set tabs(value: readonly TabPanel[]) { this.setv("tabs", value) }
  get tabsLocation(): E.Location { return this.getv("tabs_location") as E.Location }
  set tabsLocation(value: E.Location) { this.setv("tabs_location", value) }
  get active(): number { return this.getv("active") as number }
  set active(value: number) { this.setv("active", value) }
  get linkLayouts(): boolean { return this.getv("link_layouts") as boolean }
  set linkLayouts(value: boolean) { this.setv("link_layouts", value) }
}

export interface VBoxAttrs extends CSSGridBoxAttrs {
  children?: readonly ({ readonly child: UIElement; readonly row?: number | undefined; readonly span?: number | undefined })[]
  rows?: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null
}
export class VBox extends CSSGridBox {
  static override readonly __name__: string = "VBox"
  constructor(attrs?: VBoxAttrs) { super(attrs) }
  get children(): readonly ({ readonly child: UIElement; readonly row?: number | undefined; readonly span?: number | undefined })[] { return this.getv("children") as (readonly ({ readonly child: UIElement; readonly row?: number | undefined; readonly span?: number | undefined })[]) }
  set children(value: readonly ({ readonly child: UIElement; readonly row?: number | undefined; readonly span?: number | undefined })[]) { this.setv("children", value) }
  get rows(): string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null { return this.getv("rows") as (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) }
  set rows(value: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) { this.setv("rows", value) }
}

export interface TransformAttrs extends ModelAttrs {}
export class Transform extends Model {
  static override readonly __name__: string = "Transform"
  constructor(attrs?: TransformAttrs) { super(attrs) }
}

export interface MapperAttrs extends TransformAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Mapper extends Transform {
  static override readonly __name__: string = "Mapper"
  constructor(attrs?: MapperAttrs) { super(attrs) }
}

export interface ColorMapperAttrs extends MapperAttrs {
  palette?: readonly ColorValue[]
  nanColor?: ColorValue
}
export class ColorMapper extends Mapper {
  static override readonly __name__: string = "ColorMapper"
  constructor(attrs?: ColorMapperAttrs) { super(attrs) }
  get palette(): readonly ColorValue[] { return this.getv("palette") as (readonly ColorValue[]) }
  set palette(value: readonly ColorValue[]) { this.setv("palette", value) }
  get nanColor(): ColorValue { return this.getv("nan_color") as ColorValue }
  set nanColor(value: ColorValue) { this.setv("nan_color", value) }
}

export interface CategoricalColorMapperAttrs extends ColorMapperAttrs {
  factors?: readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]
  start?: number
  end?: number | null
}
export class CategoricalColorMapper extends ColorMapper {
  static override readonly __name__: string = "CategoricalColorMapper"
  constructor(attrs?: CategoricalColorMapperAttrs) { super(attrs) }
  get factors(): readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[] { return this.getv("factors") as (readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]) }
  set factors(value: readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]) { this.setv("factors", value) }
  get start(): number { return this.getv("start") as number }
  set start(value: number) { this.setv("start", value) }
  get end(): number | null { return this.getv("end") as (number | null) }
  set end(value: number | null) { this.setv("end", value) }
}

export interface CategoricalMarkerMapperAttrs extends MapperAttrs {
  factors?: readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]
  markers?: readonly E.MarkerType[]
  start?: number
  end?: number | null
  defaultValue?: E.MarkerType
}
export class CategoricalMarkerMapper extends Mapper {
  static override readonly __name__: string = "CategoricalMarkerMapper"
  constructor(attrs?: CategoricalMarkerMapperAttrs) { super(attrs) }
  get factors(): readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[] { return this.getv("factors") as (readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]) }
  set factors(value: readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]) { this.setv("factors", value) }
  get markers(): readonly E.MarkerType[] { return this.getv("markers") as (readonly E.MarkerType[]) }
  set markers(value: readonly E.MarkerType[]) { this.setv("markers", value) }
  get start(): number { return this.getv("start") as number }
  set start(value: number) { this.setv("start", value) }
  get end(): number | null { return this.getv("end") as (number | null) }
  set end(value: number | null) { this.setv("end", value) }
  get defaultValue(): E.MarkerType { return this.getv("default_value") as E.MarkerType }
  set defaultValue(value: E.MarkerType) { this.setv("default_value", value) }
}

export interface CategoricalPatternMapperAttrs extends MapperAttrs {
  factors?: readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]
  patterns?: readonly E.HatchPatternType[]
  start?: number
  end?: number | null
  defaultValue?: E.HatchPatternType
}
export class CategoricalPatternMapper extends Mapper {
  static override readonly __name__: string = "CategoricalPatternMapper"
  constructor(attrs?: CategoricalPatternMapperAttrs) { super(attrs) }
  get factors(): readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[] { return this.getv("factors") as (readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]) }
  set factors(value: readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]) { this.setv("factors", value) }
  get patterns(): readonly E.HatchPatternType[] { return this.getv("patterns") as (readonly E.HatchPatternType[]) }
  set patterns(value: readonly E.HatchPatternType[]) { this.setv("patterns", value) }
  get start(): number { return this.getv("start") as number }
  set start(value: number) { this.setv("start", value) }
  get end(): number | null { return this.getv("end") as (number | null) }
  set end(value: number | null) { this.setv("end", value) }
  get defaultValue(): E.HatchPatternType { return this.getv("default_value") as E.HatchPatternType }
  set defaultValue(value: E.HatchPatternType) { this.setv("default_value", value) }
}

export interface ContinuousColorMapperAttrs extends ColorMapperAttrs {
  high?: number | null
  low?: number | null
  highColor?: ColorValue | null
  lowColor?: ColorValue | null
  domain?: readonly (readonly [GlyphRenderer, string | readonly string[]])[]
}
export class ContinuousColorMapper extends ColorMapper {
  static override readonly __name__: string = "ContinuousColorMapper"
  constructor(attrs?: ContinuousColorMapperAttrs) { super(attrs) }
  get high(): number | null { return this.getv("high") as (number | null) }
  set high(value: number | null) { this.setv("high", value) }
  get low(): number | null { return this.getv("low") as (number | null) }
  set low(value: number | null) { this.setv("low", value) }
  get highColor(): ColorValue | null { return this.getv("high_color") as (ColorValue | null) }
  set highColor(value: ColorValue | null) { this.setv("high_color", value) }
  get lowColor(): ColorValue | null { return this.getv("low_color") as (ColorValue | null) }
  set lowColor(value: ColorValue | null) { this.setv("low_color", value) }
  get domain(): readonly (readonly [GlyphRenderer, string | readonly string[]])[] { return this.getv("domain") as (readonly (readonly [GlyphRenderer, string | readonly string[]])[]) }
  set domain(value: readonly (readonly [GlyphRenderer, string | readonly string[]])[]) { this.setv("domain", value) }
}

export interface LinearColorMapperAttrs extends ContinuousColorMapperAttrs {}
export class LinearColorMapper extends ContinuousColorMapper {
  static override readonly __name__: string = "LinearColorMapper"
  constructor(attrs?: LinearColorMapperAttrs) { super(attrs) }
}

export interface LogColorMapperAttrs extends ContinuousColorMapperAttrs {}
export class LogColorMapper extends ContinuousColorMapper {
  static override readonly __name__: string = "LogColorMapper"
  constructor(attrs?: LogColorMapperAttrs) { super(attrs) }
}

export interface ScanningColorMapperAttrs extends ContinuousColorMapperAttrs {}
export class ScanningColorMapper extends ContinuousColorMapper {
  static override readonly __name__: string = "ScanningColorMapper"
  constructor(attrs?: ScanningColorMapperAttrs) { super(attrs) }
}

export interface EqHistColorMapperAttrs extends ScanningColorMapperAttrs {
  bins?: number
  rescaleDiscreteLevels?: boolean
}
export class EqHistColorMapper extends ScanningColorMapper {
  static override readonly __name__: string = "EqHistColorMapper"
  constructor(attrs?: EqHistColorMapperAttrs) { super(attrs) }
  get bins(): number { return this.getv("bins") as number }
  set bins(value: number) { this.setv("bins", value) }
  get rescaleDiscreteLevels(): boolean { return this.getv("rescale_discrete_levels") as boolean }
  set rescaleDiscreteLevels(value: boolean) { this.setv("rescale_discrete_levels", value) }
}

export interface StackColorMapperAttrs extends ColorMapperAttrs {}
export class StackColorMapper extends ColorMapper {
  static override readonly __name__: string = "StackColorMapper"
  constructor(attrs?: StackColorMapperAttrs) { super(attrs) }
}

export interface WeightedStackColorMapperAttrs extends StackColorMapperAttrs {
  alphaMapper?: ContinuousColorMapper
  colorBaseline?: number | null
  stackLabels?: readonly string[] | null
}
export class WeightedStackColorMapper extends StackColorMapper {
  static override readonly __name__: string = "WeightedStackColorMapper"
  constructor(attrs?: WeightedStackColorMapperAttrs) { super(attrs) }
  get alphaMapper(): ContinuousColorMapper { return this.getv("alpha_mapper") as ContinuousColorMapper }
  set alphaMapper(value: ContinuousColorMapper) { this.setv("alpha_mapper", value) }
  get colorBaseline(): number | null { return this.getv("color_baseline") as (number | null) }
  set colorBaseline(value: number | null) { this.setv("color_baseline", value) }
  get stackLabels(): readonly string[] | null { return this.getv("stack_labels") as (readonly string[] | null) }
  set stackLabels(value: readonly string[] | null) { this.setv("stack_labels", value) }
}

export interface GroupByAttrs extends ModelAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class GroupBy extends Model {
  static override readonly __name__: string = "GroupBy"
  constructor(attrs?: GroupByAttrs) { super(attrs) }
}

export interface GroupByModelsAttrs extends GroupByAttrs {
  groups?: readonly (readonly Model[])[]
}
export class GroupByModels extends GroupBy {
  static override readonly __name__: string = "GroupByModels"
  constructor(attrs?: GroupByModelsAttrs) { super(attrs) }
  get groups(): readonly (readonly Model[])[] { return this.getv("groups") as (readonly (readonly Model[])[]) }
  set groups(value: readonly (readonly Model[])[]) { this.setv("groups", value) }
}

export interface GroupByNameAttrs extends GroupByAttrs {}
export class GroupByName extends GroupBy {
  static override readonly __name__: string = "GroupByName"
  constructor(attrs?: GroupByNameAttrs) { super(attrs) }
}

export interface BaseTextAttrs extends ModelAttrs {
  text?: string
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class BaseText extends Model {
  static override readonly __name__: string = "BaseText"
  constructor(attrs?: BaseTextAttrs) { super(attrs) }
  get text(): string { return this.getv("text") as string }
  set text(value: string) { this.setv("text", value) }
}

export interface MathTextAttrs extends BaseTextAttrs {}
export class MathText extends BaseText {
  static override readonly __name__: string = "MathText"
  constructor(attrs?: MathTextAttrs) { super(attrs) }
}

export interface AsciiAttrs extends MathTextAttrs {}
export class Ascii extends MathText {
  static override readonly __name__: string = "Ascii"
  constructor(attrs?: AsciiAttrs) { super(attrs) }
}

export interface MathMLAttrs extends MathTextAttrs {}
export class MathML extends MathText {
  static override readonly __name__: string = "MathML"
  constructor(attrs?: MathMLAttrs) { super(attrs) }
}

export interface TeXAttrs extends MathTextAttrs {
  macros?: DictOf<string | readonly [string, number]>
  inline?: boolean
}
export class TeX extends MathText {
  static override readonly __name__: string = "TeX"
  constructor(attrs?: TeXAttrs) { super(attrs) }
  get macros(): Readonly<Record<string, string | readonly [string, number]>> { return this.getv("macros") as (Readonly<Record<string, string | readonly [string, number]>>) }
  set macros(value: DictOf<string | readonly [string, number]>) { this.setv("macros", value) }
  get inline(): boolean { return this.getv("inline") as boolean }
  set inline(value: boolean) { this.setv("inline", value) }
}

export interface PlainTextAttrs extends BaseTextAttrs {}
export class PlainText extends BaseText {
  static override readonly __name__: string = "PlainText"
  constructor(attrs?: PlainTextAttrs) { super(attrs) }
}

export interface CustomJSTransformAttrs extends TransformAttrs {
  args?: DictOf<unknown>
  func?: string
  vFunc?: string
}
export class CustomJSTransform extends Transform {
  static override readonly __name__: string = "CustomJSTransform"
  constructor(attrs?: CustomJSTransformAttrs) { super(attrs) }
  get args(): Readonly<Record<string, unknown>> { return this.getv("args") as (Readonly<Record<string, unknown>>) }
  set args(value: DictOf<unknown>) { this.setv("args", value) }
  get func(): string { return this.getv("func") as string }
  set func(value: string) { this.setv("func", value) }
  get vFunc(): string { return this.getv("v_func") as string }
  set vFunc(value: string) { this.setv("v_func", value) }
}

export interface RangeTransformAttrs extends TransformAttrs {
  range?: Range | null
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class RangeTransform extends Transform {
  static override readonly __name__: string = "RangeTransform"
  constructor(attrs?: RangeTransformAttrs) { super(attrs) }
  get range(): Range | null { return this.getv("range") as (Range | null) }
  set range(value: Range | null) { this.setv("range", value) }
}

export interface DodgeAttrs extends RangeTransformAttrs {
  value?: number
}
export class Dodge extends RangeTransform {
  static override readonly __name__: string = "Dodge"
  constructor(attrs?: DodgeAttrs) { super(attrs) }
  get value(): number { return this.getv("value") as number }
  set value(value: number) { this.setv("value", value) }
}

export interface InterpolatorAttrs extends TransformAttrs {
  x?: string | readonly number[]
  y?: string | readonly number[]
  data?: ColumnarDataSource | null
  clip?: boolean
}
export class Interpolator extends Transform {
  static override readonly __name__: string = "Interpolator"
  constructor(attrs?: InterpolatorAttrs) { super(attrs) }
  get x(): string | readonly number[] { return this.getv("x") as (string | readonly number[]) }
  set x(value: string | readonly number[]) { this.setv("x", value) }
  get y(): string | readonly number[] { return this.getv("y") as (string | readonly number[]) }
  set y(value: string | readonly number[]) { this.setv("y", value) }
  get data(): ColumnarDataSource | null { return this.getv("data") as (ColumnarDataSource | null) }
  set data(value: ColumnarDataSource | null) { this.setv("data", value) }
  get clip(): boolean { return this.getv("clip") as boolean }
  set clip(value: boolean) { this.setv("clip", value) }
}

export interface JitterAttrs extends RangeTransformAttrs {
  mean?: number
  width?: number
  distribution?: E.Distribution
}
export class Jitter extends RangeTransform {
  static override readonly __name__: string = "Jitter"
  constructor(attrs?: JitterAttrs) { super(attrs) }
  get mean(): number { return this.getv("mean") as number }
  set mean(value: number) { this.setv("mean", value) }
  get width(): number { return this.getv("width") as number }
  set width(value: number) { this.setv("width", value) }
  get distribution(): E.Distribution { return this.getv("distribution") as E.Distribution }
  set distribution(value: E.Distribution) { this.setv("distribution", value) }
}

export interface LinearInterpolatorAttrs extends InterpolatorAttrs {}
export class LinearInterpolator extends Interpolator {
  static override readonly __name__: string = "LinearInterpolator"
  constructor(attrs?: LinearInterpolatorAttrs) { super(attrs) }
}

export interface StepInterpolatorAttrs extends InterpolatorAttrs {
  mode?: E.StepMode
}
export class StepInterpolator extends Interpolator {
  static override readonly __name__: string = "StepInterpolator"
  constructor(attrs?: StepInterpolatorAttrs) { super(attrs) }
  get mode(): E.StepMode { return this.getv("mode") as E.StepMode }
  set mode(value: E.StepMode) { this.setv("mode", value) }
}

export interface MapOptionsAttrs extends ModelAttrs {
  lat?: number
  lng?: number
  zoom?: number
}
export class MapOptions extends Model {
  static override readonly __name__: string = "MapOptions"
  constructor(attrs?: MapOptionsAttrs) { super(attrs) }
  get lat(): number { return this.getv("lat") as number }
  set lat(value: number) { this.setv("lat", value) }
  get lng(): number { return this.getv("lng") as number }
  set lng(value: number) { this.setv("lng", value) }
  get zoom(): number { return this.getv("zoom") as number }
  set zoom(value: number) { this.setv("zoom", value) }
}

export interface GMapOptionsAttrs extends MapOptionsAttrs {
  mapType?: E.MapType
  scaleControl?: boolean
  styles?: string | null
  tilt?: number
}
export class GMapOptions extends MapOptions {
  static override readonly __name__: string = "GMapOptions"
  constructor(attrs?: GMapOptionsAttrs) { super(attrs) }
  get mapType(): E.MapType { return this.getv("map_type") as E.MapType }
  set mapType(value: E.MapType) { this.setv("map_type", value) }
  get scaleControl(): boolean { return this.getv("scale_control") as boolean }
  set scaleControl(value: boolean) { this.setv("scale_control", value) }
  get styles(): string | null { return this.getv("styles") as (string | null) }
  set styles(value: string | null) { this.setv("styles", value) }
  get tilt(): number { return this.getv("tilt") as number }
  set tilt(value: number) { this.setv("tilt", value) }
}

export interface PlotAttrs extends LayoutDOMAttrs {
  outlineLineColor?: ColorValue | null
  outlineLineAlpha?: number
  outlineLineWidth?: number
  outlineLineJoin?: E.LineJoin
  outlineLineCap?: E.LineCap
  outlineLineDash?: E.LineDash | readonly number[]
  outlineLineDashOffset?: number
  backgroundFillColor?: ColorValue | null
  backgroundFillAlpha?: number
  backgroundHatchColor?: ColorValue | null
  backgroundHatchAlpha?: number
  backgroundHatchScale?: number
  backgroundHatchPattern?: E.HatchPatternType | string | null
  backgroundHatchWeight?: number
  backgroundHatchExtra?: DictOf<Model>
  borderLineColor?: ColorValue | null
  borderLineAlpha?: number
  borderLineWidth?: number
  borderLineJoin?: E.LineJoin
  borderLineCap?: E.LineCap
  borderLineDash?: E.LineDash | readonly number[]
  borderLineDashOffset?: number
  borderFillColor?: ColorValue | null
  borderFillAlpha?: number
  borderHatchColor?: ColorValue | null
  borderHatchAlpha?: number
  borderHatchScale?: number
  borderHatchPattern?: E.HatchPatternType | string | null
  borderHatchWeight?: number
  borderHatchExtra?: DictOf<Model>
  toolbar?: Toolbar
  toolbarLocation?: E.Location | null
  toolbarSticky?: boolean
  toolbarInner?: boolean
  frameWidth?: number | null
  frameHeight?: number | null
  frameAlign?: boolean | { readonly left?: boolean | undefined; readonly right?: boolean | undefined; readonly top?: boolean | undefined; readonly bottom?: boolean | undefined }
  title?: Title | string | null
  titleLocation?: E.Location | null
  above?: readonly (Annotation | Axis | StyledElement)[]
  below?: readonly (Annotation | Axis | StyledElement)[]
  left?: readonly (Annotation | Axis | StyledElement)[]
  right?: readonly (Annotation | Axis | StyledElement)[]
  center?: readonly (Annotation | Grid | StyledElement)[]
  renderers?: readonly Renderer[]
  xRange?: Range
  yRange?: Range
  xScale?: Scale
  yScale?: Scale
  extraXRanges?: DictOf<Range>
  extraYRanges?: DictOf<Range>
  extraXScales?: DictOf<Scale>
  extraYScales?: DictOf<Scale>
  windowAxis?: E.WindowAxis
  lodFactor?: number
  lodInterval?: number
  lodThreshold?: number | null
  lodTimeout?: number
  hidpi?: boolean
  outputBackend?: E.OutputBackend
  minBorder?: number | null
  minBorderTop?: number | null
  minBorderLeft?: number | null
  minBorderBottom?: number | null
  minBorderRight?: number | null
  matchAspect?: boolean
  aspectScale?: number
  resetPolicy?: E.ResetPolicy
  holdRender?: boolean
  attribution?: readonly (string | dom_HTML)[]
}
export class Plot extends LayoutDOM {
  static override readonly __name__: string = "Plot"
  constructor(attrs?: PlotAttrs) { super(attrs) }
  get outlineLineColor(): ColorValue | null { return this.getv("outline_line_color") as (ColorValue | null) }
  set outlineLineColor(value: ColorValue | null) { this.setv("outline_line_color", value) }
  get outlineLineAlpha(): number { return this.getv("outline_line_alpha") as number }
  set outlineLineAlpha(value: number) { this.setv("outline_line_alpha", value) }
  get outlineLineWidth(): number { return this.getv("outline_line_width") as number }
  set outlineLineWidth(value: number) { this.setv("outline_line_width", value) }
  get outlineLineJoin(): E.LineJoin { return this.getv("outline_line_join") as E.LineJoin }
  set outlineLineJoin(value: E.LineJoin) { this.setv("outline_line_join", value) }
  get outlineLineCap(): E.LineCap { return this.getv("outline_line_cap") as E.LineCap }
  set outlineLineCap(value: E.LineCap) { this.setv("outline_line_cap", value) }
  get outlineLineDash(): E.LineDash | readonly number[] { return this.getv("outline_line_dash") as (E.LineDash | readonly number[]) }
  set outlineLineDash(value: E.LineDash | readonly number[]) { this.setv("outline_line_dash", value) }
  get outlineLineDashOffset(): number { return this.getv("outline_line_dash_offset") as number }
  set outlineLineDashOffset(value: number) { this.setv("outline_line_dash_offset", value) }
  get backgroundFillColor(): ColorValue | null { return this.getv("background_fill_color") as (ColorValue | null) }
  set backgroundFillColor(value: ColorValue | null) { this.setv("background_fill_color", value) }
  get backgroundFillAlpha(): number { return this.getv("background_fill_alpha") as number }
  set backgroundFillAlpha(value: number) { this.setv("background_fill_alpha", value) }
  get backgroundHatchColor(): ColorValue | null { return this.getv("background_hatch_color") as (ColorValue | null) }
  set backgroundHatchColor(value: ColorValue | null) { this.setv("background_hatch_color", value) }
  get backgroundHatchAlpha(): number { return this.getv("background_hatch_alpha") as number }
  set backgroundHatchAlpha(value: number) { this.setv("background_hatch_alpha", value) }
  get backgroundHatchScale(): number { return this.getv("background_hatch_scale") as number }
  set backgroundHatchScale(value: number) { this.setv("background_hatch_scale", value) }
  get backgroundHatchPattern(): E.HatchPatternType | string | null { return this.getv("background_hatch_pattern") as (E.HatchPatternType | string | null) }
  set backgroundHatchPattern(value: E.HatchPatternType | string | null) { this.setv("background_hatch_pattern", value) }
  get backgroundHatchWeight(): number { return this.getv("background_hatch_weight") as number }
  set backgroundHatchWeight(value: number) { this.setv("background_hatch_weight", value) }
  get backgroundHatchExtra(): Readonly<Record<string, Model>> { return this.getv("background_hatch_extra") as (Readonly<Record<string, Model>>) }
  set backgroundHatchExtra(value: DictOf<Model>) { this.setv("background_hatch_extra", value) }
  get borderLineColor(): ColorValue | null { return this.getv("border_line_color") as (ColorValue | null) }
  set borderLineColor(value: ColorValue | null) { this.setv("border_line_color", value) }
  get borderLineAlpha(): number { return this.getv("border_line_alpha") as number }
  set borderLineAlpha(value: number) { this.setv("border_line_alpha", value) }
  get borderLineWidth(): number { return this.getv("border_line_width") as number }
  set borderLineWidth(value: number) { this.setv("border_line_width", value) }
  get borderLineJoin(): E.LineJoin { return this.getv("border_line_join") as E.LineJoin }
  set borderLineJoin(value: E.LineJoin) { this.setv("border_line_join", value) }
  get borderLineCap(): E.LineCap { return this.getv("border_line_cap") as E.LineCap }
  set borderLineCap(value: E.LineCap) { this.setv("border_line_cap", value) }
  get borderLineDash(): E.LineDash | readonly number[] { return this.getv("border_line_dash") as (E.LineDash | readonly number[]) }
  set borderLineDash(value: E.LineDash | readonly number[]) { this.setv("border_line_dash", value) }
  get borderLineDashOffset(): number { return this.getv("border_line_dash_offset") as number }
  set borderLineDashOffset(value: number) { this.setv("border_line_dash_offset", value) }
  get borderFillColor(): ColorValue | null { return this.getv("border_fill_color") as (ColorValue | null) }
  set borderFillColor(value: ColorValue | null) { this.setv("border_fill_color", value) }
  get borderFillAlpha(): number { return this.getv("border_fill_alpha") as number }
  set borderFillAlpha(value: number) { this.setv("border_fill_alpha", value) }
  get borderHatchColor(): ColorValue | null { return this.getv("border_hatch_color") as (ColorValue | null) }
  set borderHatchColor(value: ColorValue | null) { this.setv("border_hatch_color", value) }
  get borderHatchAlpha(): number { return this.getv("border_hatch_alpha") as number }
  set borderHatchAlpha(value: number) { this.setv("border_hatch_alpha", value) }
  get borderHatchScale(): number { return this.getv("border_hatch_scale") as number }
  set borderHatchScale(value: number) { this.setv("border_hatch_scale", value) }
  get borderHatchPattern(): E.HatchPatternType | string | null { return this.getv("border_hatch_pattern") as (E.HatchPatternType | string | null) }
  set borderHatchPattern(value: E.HatchPatternType | string | null) { this.setv("border_hatch_pattern", value) }
  get borderHatchWeight(): number { return this.getv("border_hatch_weight") as number }
  set borderHatchWeight(value: number) { this.setv("border_hatch_weight", value) }
  get borderHatchExtra(): Readonly<Record<string, Model>> { return this.getv("border_hatch_extra") as (Readonly<Record<string, Model>>) }
  set borderHatchExtra(value: DictOf<Model>) { this.setv("border_hatch_extra", value) }
  get toolbar(): Toolbar { return this.getv("toolbar") as Toolbar }
  set toolbar(value: Toolbar) { this.setv("toolbar", value) }
  get toolbarLocation(): E.Location | null { return this.getv("toolbar_location") as (E.Location | null) }
  set toolbarLocation(value: E.Location | null) { this.setv("toolbar_location", value) }
  get toolbarSticky(): boolean { return this.getv("toolbar_sticky") as boolean }
  set toolbarSticky(value: boolean) { this.setv("toolbar_sticky", value) }
  get toolbarInner(): boolean { return this.getv("toolbar_inner") as boolean }
  set toolbarInner(value: boolean) { this.setv("toolbar_inner", value) }
  get frameWidth(): number | null { return this.getv("frame_width") as (number | null) }
  set frameWidth(value: number | null) { this.setv("frame_width", value) }
  get frameHeight(): number | null { return this.getv("frame_height") as (number | null) }
  set frameHeight(value: number | null) { this.setv("frame_height", value) }
  get frameAlign(): boolean | { readonly left?: boolean | undefined; readonly right?: boolean | undefined; readonly top?: boolean | undefined; readonly bottom?: boolean | undefined } { return this.getv("frame_align") as (boolean | { readonly left?: boolean | undefined; readonly right?: boolean | undefined; readonly top?: boolean | undefined; readonly bottom?: boolean | undefined }) }
  set frameAlign(value: boolean | { readonly left?: boolean | undefined; readonly right?: boolean | undefined; readonly top?: boolean | undefined; readonly bottom?: boolean | undefined }) { this.setv("frame_align", value) }
  get title(): Title | string | null { return this.getv("title") as (Title | string | null) }
  set title(value: Title | string | null) { this.setv("title", value) }
  get titleLocation(): E.Location | null { return this.getv("title_location") as (E.Location | null) }
  set titleLocation(value: E.Location | null) { this.setv("title_location", value) }
  get above(): readonly (Annotation | Axis | StyledElement)[] { return this.getv("above") as (readonly (Annotation | Axis | StyledElement)[]) }
  set above(value: readonly (Annotation | Axis | StyledElement)[]) { this.setv("above", value) }
  get below(): readonly (Annotation | Axis | StyledElement)[] { return this.getv("below") as (readonly (Annotation | Axis | StyledElement)[]) }
  set below(value: readonly (Annotation | Axis | StyledElement)[]) { this.setv("below", value) }
  get left(): readonly (Annotation | Axis | StyledElement)[] { return this.getv("left") as (readonly (Annotation | Axis | StyledElement)[]) }
  set left(value: readonly (Annotation | Axis | StyledElement)[]) { this.setv("left", value) }
  get right(): readonly (Annotation | Axis | StyledElement)[] { return this.getv("right") as (readonly (Annotation | Axis | StyledElement)[]) }
  set right(value: readonly (Annotation | Axis | StyledElement)[]) { this.setv("right", value) }
  get center(): readonly (Annotation | Grid | StyledElement)[] { return this.getv("center") as (readonly (Annotation | Grid | StyledElement)[]) }
  set center(value: readonly (Annotation | Grid | StyledElement)[]) { this.setv("center", value) }
  get renderers(): readonly Renderer[] { return this.getv("renderers") as (readonly Renderer[]) }
  set renderers(value: readonly Renderer[]) { this.setv("renderers", value) }
  get xRange(): Range { return this.getv("x_range") as Range }
  set xRange(value: Range) { this.setv("x_range", value) }
  get yRange(): Range { return this.getv("y_range") as Range }
  set yRange(value: Range) { this.setv("y_range", value) }
  get xScale(): Scale { return this.getv("x_scale") as Scale }
  set xScale(value: Scale) { this.setv("x_scale", value) }
  get yScale(): Scale { return this.getv("y_scale") as Scale }
  set yScale(value: Scale) { this.setv("y_scale", value) }
  get extraXRanges(): Readonly<Record<string, Range>> { return this.getv("extra_x_ranges") as (Readonly<Record<string, Range>>) }
  set extraXRanges(value: DictOf<Range>) { this.setv("extra_x_ranges", value) }
  get extraYRanges(): Readonly<Record<string, Range>> { return this.getv("extra_y_ranges") as (Readonly<Record<string, Range>>) }
  set extraYRanges(value: DictOf<Range>) { this.setv("extra_y_ranges", value) }
  get extraXScales(): Readonly<Record<string, Scale>> { return this.getv("extra_x_scales") as (Readonly<Record<string, Scale>>) }
  set extraXScales(value: DictOf<Scale>) { this.setv("extra_x_scales", value) }
  get extraYScales(): Readonly<Record<string, Scale>> { return this.getv("extra_y_scales") as (Readonly<Record<string, Scale>>) }
  set extraYScales(value: DictOf<Scale>) { this.setv("extra_y_scales", value) }
  get windowAxis(): E.WindowAxis { return this.getv("window_axis") as E.WindowAxis }
  set windowAxis(value: E.WindowAxis) { this.setv("window_axis", value) }
  get lodFactor(): number { return this.getv("lod_factor") as number }
  set lodFactor(value: number) { this.setv("lod_factor", value) }
  get lodInterval(): number { return this.getv("lod_interval") as number }
  set lodInterval(value: number) { this.setv("lod_interval", value) }
  get lodThreshold(): number | null { return this.getv("lod_threshold") as (number | null) }
  set lodThreshold(value: number | null) { this.setv("lod_threshold", value) }
  get lodTimeout(): number { return this.getv("lod_timeout") as number }
  set lodTimeout(value: number) { this.setv("lod_timeout", value) }
  get hidpi(): boolean { return this.getv("hidpi") as boolean }
  set hidpi(value: boolean) { this.setv("hidpi", value) }
  get outputBackend(): E.OutputBackend { return this.getv("output_backend") as E.OutputBackend }
  set outputBackend(value: E.OutputBackend) { this.setv("output_backend", value) }
  get minBorder(): number | null { return this.getv("min_border") as (number | null) }
  set minBorder(value: number | null) { this.setv("min_border", value) }
  get minBorderTop(): number | null { return this.getv("min_border_top") as (number | null) }
  set minBorderTop(value: number | null) { this.setv("min_border_top", value) }
  get minBorderLeft(): number | null { return this.getv("min_border_left") as (number | null) }
  set minBorderLeft(value: number | null) { this.setv("min_border_left", value) }
  get minBorderBottom(): number | null { return this.getv("min_border_bottom") as (number | null) }
  set minBorderBottom(value: number | null) { this.setv("min_border_bottom", value) }
  get minBorderRight(): number | null { return this.getv("min_border_right") as (number | null) }
  set minBorderRight(value: number | null) { this.setv("min_border_right", value) }
  get innerWidth(): number { return this.getv("inner_width") as number }
  get innerHeight(): number { return this.getv("inner_height") as number }
  get outerWidth(): number { return this.getv("outer_width") as number }
  get outerHeight(): number { return this.getv("outer_height") as number }
  get matchAspect(): boolean { return this.getv("match_aspect") as boolean }
  set matchAspect(value: boolean) { this.setv("match_aspect", value) }
  get aspectScale(): number { return this.getv("aspect_scale") as number }
  set aspectScale(value: number) { this.setv("aspect_scale", value) }
  get resetPolicy(): E.ResetPolicy { return this.getv("reset_policy") as E.ResetPolicy }
  set resetPolicy(value: E.ResetPolicy) { this.setv("reset_policy", value) }
  get holdRender(): boolean { return this.getv("hold_render") as boolean }
  set holdRender(value: boolean) { this.setv("hold_render", value) }
  get attribution(): readonly (string | dom_HTML)[] { return this.getv("attribution") as (readonly (string | dom_HTML)[]) }
  set attribution(value: readonly (string | dom_HTML)[]) { this.setv("attribution", value) }
}

export interface GMapPlotAttrs extends PlotAttrs {
  mapOptions?: GMapOptions
  apiKey?: Uint8Array | ArrayBuffer
  apiVersion?: string
}
export class GMapPlot extends Plot {
  static override readonly __name__: string = "GMapPlot"
  constructor(attrs?: GMapPlotAttrs) { super(attrs) }
  get mapOptions(): GMapOptions { return this.getv("map_options") as GMapOptions }
  set mapOptions(value: GMapOptions) { this.setv("map_options", value) }
  get apiKey(): ArrayBuffer { return this.getv("api_key") as ArrayBuffer }
  set apiKey(value: Uint8Array | ArrayBuffer) { this.setv("api_key", value) }
  get apiVersion(): string { return this.getv("api_version") as string }
  set apiVersion(value: string) { this.setv("api_version", value) }
}

export interface GMapAttrs extends GMapPlotAttrs {}
export class GMap extends GMapPlot {
  static override readonly __name__: string = "GMap"
  constructor(attrs?: GMapAttrs) { super(attrs) }
}

export interface GridPlotAttrs extends LayoutDOMAttrs {
  toolbar?: Toolbar
  toolbarLocation?: E.Location | null
  children?: readonly (readonly [UIElement, number, number, number?, number?])[]
  rows?: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null
  cols?: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null
  spacing?: number | readonly [number, number]
}
export class GridPlot extends LayoutDOM {
  static override readonly __name__: string = "GridPlot"
  constructor(attrs?: GridPlotAttrs) { super(attrs) }
  get toolbar(): Toolbar { return this.getv("toolbar") as Toolbar }
  set toolbar(value: Toolbar) { this.setv("toolbar", value) }
  get toolbarLocation(): E.Location | null { return this.getv("toolbar_location") as (E.Location | null) }
  set toolbarLocation(value: E.Location | null) { this.setv("toolbar_location", value) }
  get children(): readonly (readonly [UIElement, number, number, number?, number?])[] { return this.getv("children") as (readonly (readonly [UIElement, number, number, number?, number?])[]) }
  set children(value: readonly (readonly [UIElement, number, number, number?, number?])[]) { this.setv("children", value) }
  get rows(): string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null { return this.getv("rows") as (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) }
  set rows(value: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) { this.setv("rows", value) }
  get cols(): string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null { return this.getv("cols") as (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) }
  set cols(value: string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" } | readonly (string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" })[] | MapOf<number, string | { readonly size?: string; readonly align?: "start" | "center" | "end" | "auto" }> | null) { this.setv("cols", value) }
  get spacing(): number | readonly [number, number] { return this.getv("spacing") as (number | readonly [number, number]) }
  set spacing(value: number | readonly [number, number]) { this.setv("spacing", value) }
}

export interface FigureAttrs extends PlotAttrs {}
export class Figure extends Plot {
  static override readonly __name__: string = "Figure"
  constructor(attrs?: FigureAttrs) { super(attrs) }
}

export interface LabelingPolicyAttrs extends ModelAttrs {}
export class LabelingPolicy extends Model {
  static override readonly __name__: string = "LabelingPolicy"
  constructor(attrs?: LabelingPolicyAttrs) { super(attrs) }
}

export interface AllLabelsAttrs extends LabelingPolicyAttrs {}
export class AllLabels extends LabelingPolicy {
  static override readonly __name__: string = "AllLabels"
  constructor(attrs?: AllLabelsAttrs) { super(attrs) }
}

export interface NoOverlapAttrs extends LabelingPolicyAttrs {
  minDistance?: number
}
export class NoOverlap extends LabelingPolicy {
  static override readonly __name__: string = "NoOverlap"
  constructor(attrs?: NoOverlapAttrs) { super(attrs) }
  get minDistance(): number { return this.getv("min_distance") as number }
  set minDistance(value: number) { this.setv("min_distance", value) }
}

export interface CustomLabelingPolicyAttrs extends LabelingPolicyAttrs {
  args?: DictOf<unknown>
  code?: string
}
export class CustomLabelingPolicy extends LabelingPolicy {
  static override readonly __name__: string = "CustomLabelingPolicy"
  constructor(attrs?: CustomLabelingPolicyAttrs) { super(attrs) }
  get args(): Readonly<Record<string, unknown>> { return this.getv("args") as (Readonly<Record<string, unknown>>) }
  set args(value: DictOf<unknown>) { this.setv("args", value) }
  get code(): string { return this.getv("code") as string }
  set code(value: string) { this.setv("code", value) }
}

export interface RandomGeneratorAttrs extends ModelAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class RandomGenerator extends Model {
  static override readonly __name__: string = "RandomGenerator"
  constructor(attrs?: RandomGeneratorAttrs) { super(attrs) }
}

export interface ParkMillerLCGAttrs extends RandomGeneratorAttrs {
  seed?: number | null
}
export class ParkMillerLCG extends RandomGenerator {
  static override readonly __name__: string = "ParkMillerLCG"
  constructor(attrs?: ParkMillerLCGAttrs) { super(attrs) }
  get seed(): number | null { return this.getv("seed") as (number | null) }
  set seed(value: number | null) { this.setv("seed", value) }
}

export interface RangeAttrs extends ModelAttrs {
  bounds?: readonly [number | null, number | null] | "auto" | null
  minInterval?: number | null
  maxInterval?: number | null
}
export class Range extends Model {
  static override readonly __name__: string = "Range"
  constructor(attrs?: RangeAttrs) { super(attrs) }
  get bounds(): readonly [number | null, number | null] | "auto" | null { return this.getv("bounds") as (readonly [number | null, number | null] | "auto" | null) }
  set bounds(value: readonly [number | null, number | null] | "auto" | null) { this.setv("bounds", value) }
  get minInterval(): number | null { return this.getv("min_interval") as (number | null) }
  set minInterval(value: number | null) { this.setv("min_interval", value) }
  get maxInterval(): number | null { return this.getv("max_interval") as (number | null) }
  set maxInterval(value: number | null) { this.setv("max_interval", value) }
}

export interface NumericalRangeAttrs extends RangeAttrs {
  start?: number
  end?: number
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class NumericalRange extends Range {
  static override readonly __name__: string = "NumericalRange"
  constructor(attrs?: NumericalRangeAttrs) { super(attrs) }
  get start(): number { return this.getv("start") as number }
  set start(value: number) { this.setv("start", value) }
  get end(): number { return this.getv("end") as number }
  set end(value: number) { this.setv("end", value) }
}

export interface DataRangeAttrs extends NumericalRangeAttrs {
  renderers?: readonly Model[] | "auto"
}
export class DataRange extends NumericalRange {
  static override readonly __name__: string = "DataRange"
  constructor(attrs?: DataRangeAttrs) { super(attrs) }
  get renderers(): readonly Model[] | "auto" { return this.getv("renderers") as (readonly Model[] | "auto") }
  set renderers(value: readonly Model[] | "auto") { this.setv("renderers", value) }
}

export interface DataRange1dAttrs extends DataRangeAttrs {
  rangePadding?: number
  rangePaddingUnits?: E.PaddingUnits
  flipped?: boolean
  follow?: E.StartEnd | null
  followInterval?: number | null
  defaultSpan?: number
  onlyVisible?: boolean
}
export class DataRange1d extends DataRange {
  static override readonly __name__: string = "DataRange1d"
  constructor(attrs?: DataRange1dAttrs) { super(attrs) }
  get rangePadding(): number { return this.getv("range_padding") as number }
  set rangePadding(value: number) { this.setv("range_padding", value) }
  get rangePaddingUnits(): E.PaddingUnits { return this.getv("range_padding_units") as E.PaddingUnits }
  set rangePaddingUnits(value: E.PaddingUnits) { this.setv("range_padding_units", value) }
  get flipped(): boolean { return this.getv("flipped") as boolean }
  set flipped(value: boolean) { this.setv("flipped", value) }
  get follow(): E.StartEnd | null { return this.getv("follow") as (E.StartEnd | null) }
  set follow(value: E.StartEnd | null) { this.setv("follow", value) }
  get followInterval(): number | null { return this.getv("follow_interval") as (number | null) }
  set followInterval(value: number | null) { this.setv("follow_interval", value) }
  get defaultSpan(): number { return this.getv("default_span") as number }
  set defaultSpan(value: number) { this.setv("default_span", value) }
  get onlyVisible(): boolean { return this.getv("only_visible") as boolean }
  set onlyVisible(value: boolean) { this.setv("only_visible", value) }
}

export interface FactorRangeAttrs extends RangeAttrs {
  factors?: readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]
  factorPadding?: number
  subgroupPadding?: number
  groupPadding?: number
  rangePadding?: number
  rangePaddingUnits?: E.PaddingUnits
}
export class FactorRange extends Range {
  static override readonly __name__: string = "FactorRange"
  constructor(attrs?: FactorRangeAttrs) { super(attrs) }
  get factors(): readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[] { return this.getv("factors") as (readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]) }
  set factors(value: readonly string[] | readonly (readonly [string, string])[] | readonly (readonly [string, string, string])[]) { this.setv("factors", value) }
  get factorPadding(): number { return this.getv("factor_padding") as number }
  set factorPadding(value: number) { this.setv("factor_padding", value) }
  get subgroupPadding(): number { return this.getv("subgroup_padding") as number }
  set subgroupPadding(value: number) { this.setv("subgroup_padding", value) }
  get groupPadding(): number { return this.getv("group_padding") as number }
  set groupPadding(value: number) { this.setv("group_padding", value) }
  get rangePadding(): number { return this.getv("range_padding") as number }
  set rangePadding(value: number) { this.setv("range_padding", value) }
  get rangePaddingUnits(): E.PaddingUnits { return this.getv("range_padding_units") as E.PaddingUnits }
  set rangePaddingUnits(value: E.PaddingUnits) { this.setv("range_padding_units", value) }
  get start(): number { return this.getv("start") as number }
  get end(): number { return this.getv("end") as number }
}

export interface Range1dAttrs extends NumericalRangeAttrs {
  resetStart?: number | null
  resetEnd?: number | null
}
export class Range1d extends NumericalRange {
  static override readonly __name__: string = "Range1d"
  constructor(attrs?: Range1dAttrs) { super(attrs) }
  get resetStart(): number | null { return this.getv("reset_start") as (number | null) }
  set resetStart(value: number | null) { this.setv("reset_start", value) }
  get resetEnd(): number | null { return this.getv("reset_end") as (number | null) }
  set resetEnd(value: number | null) { this.setv("reset_end", value) }
}

export interface DataRendererAttrs extends RendererAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class DataRenderer extends Renderer {
  static override readonly __name__: string = "DataRenderer"
  constructor(attrs?: DataRendererAttrs) { super(attrs) }
}

export interface ContourRendererAttrs extends DataRendererAttrs {
  fillRenderer?: GlyphRenderer
  lineRenderer?: GlyphRenderer
  levels?: readonly number[]
}
export class ContourRenderer extends DataRenderer {
  static override readonly __name__: string = "ContourRenderer"
  constructor(attrs?: ContourRendererAttrs) { super(attrs) }
  get fillRenderer(): GlyphRenderer { return this.getv("fill_renderer") as GlyphRenderer }
  set fillRenderer(value: GlyphRenderer) { this.setv("fill_renderer", value) }
  get lineRenderer(): GlyphRenderer { return this.getv("line_renderer") as GlyphRenderer }
  set lineRenderer(value: GlyphRenderer) { this.setv("line_renderer", value) }
  get levels(): readonly number[] { return this.getv("levels") as (readonly number[]) }
  set levels(value: readonly number[]) { this.setv("levels", value) }
}

export interface GlyphRendererAttrs extends DataRendererAttrs {
  dataSource?: ColumnarDataSource
  view?: CDSView
  glyph?: Glyph
  hoverGlyph?: Glyph | null
  nonselectionGlyph?: Glyph | "auto" | null
  selectionGlyph?: Glyph | "auto" | null
  mutedGlyph?: Glyph | "auto" | null
  muted?: boolean
}
export class GlyphRenderer extends DataRenderer {
  static override readonly __name__: string = "GlyphRenderer"
  constructor(attrs?: GlyphRendererAttrs) { super(attrs) }
  get dataSource(): ColumnarDataSource { return this.getv("data_source") as ColumnarDataSource }
  set dataSource(value: ColumnarDataSource) { this.setv("data_source", value) }
  get view(): CDSView { return this.getv("view") as CDSView }
  set view(value: CDSView) { this.setv("view", value) }
  get glyph(): Glyph { return this.getv("glyph") as Glyph }
  set glyph(value: Glyph) { this.setv("glyph", value) }
  get hoverGlyph(): Glyph | null { return this.getv("hover_glyph") as (Glyph | null) }
  set hoverGlyph(value: Glyph | null) { this.setv("hover_glyph", value) }
  get nonselectionGlyph(): Glyph | "auto" | null { return this.getv("nonselection_glyph") as (Glyph | "auto" | null) }
  set nonselectionGlyph(value: Glyph | "auto" | null) { this.setv("nonselection_glyph", value) }
  get selectionGlyph(): Glyph | "auto" | null { return this.getv("selection_glyph") as (Glyph | "auto" | null) }
  set selectionGlyph(value: Glyph | "auto" | null) { this.setv("selection_glyph", value) }
  get mutedGlyph(): Glyph | "auto" | null { return this.getv("muted_glyph") as (Glyph | "auto" | null) }
  set mutedGlyph(value: Glyph | "auto" | null) { this.setv("muted_glyph", value) }
  get muted(): boolean { return this.getv("muted") as boolean }
  set muted(value: boolean) { this.setv("muted", value) }
}

export interface GraphRendererAttrs extends DataRendererAttrs {
  layoutProvider?: LayoutProvider
  nodeRenderer?: GlyphRenderer
  edgeRenderer?: GlyphRenderer
  selectionPolicy?: GraphHitTestPolicy
  inspectionPolicy?: GraphHitTestPolicy
}
export class GraphRenderer extends DataRenderer {
  static override readonly __name__: string = "GraphRenderer"
  constructor(attrs?: GraphRendererAttrs) { super(attrs) }
  get layoutProvider(): LayoutProvider { return this.getv("layout_provider") as LayoutProvider }
  set layoutProvider(value: LayoutProvider) { this.setv("layout_provider", value) }
  get nodeRenderer(): GlyphRenderer { return this.getv("node_renderer") as GlyphRenderer }
  set nodeRenderer(value: GlyphRenderer) { this.setv("node_renderer", value) }
  get edgeRenderer(): GlyphRenderer { return this.getv("edge_renderer") as GlyphRenderer }
  set edgeRenderer(value: GlyphRenderer) { this.setv("edge_renderer", value) }
  get selectionPolicy(): GraphHitTestPolicy { return this.getv("selection_policy") as GraphHitTestPolicy }
  set selectionPolicy(value: GraphHitTestPolicy) { this.setv("selection_policy", value) }
  get inspectionPolicy(): GraphHitTestPolicy { return this.getv("inspection_policy") as GraphHitTestPolicy }
  set inspectionPolicy(value: GraphHitTestPolicy) { this.setv("inspection_policy", value) }
}

export interface RendererGroupAttrs extends ModelAttrs {
  visible?: boolean
}
export class RendererGroup extends Model {
  static override readonly __name__: string = "RendererGroup"
  constructor(attrs?: RendererGroupAttrs) { super(attrs) }
  get visible(): boolean { return this.getv("visible") as boolean }
  set visible(value: boolean) { this.setv("visible", value) }
}

export interface ScaleAttrs extends TransformAttrs {}
export class Scale extends Transform {
  static override readonly __name__: string = "Scale"
  constructor(attrs?: ScaleAttrs) { super(attrs) }
}

export interface CategoricalScaleAttrs extends ScaleAttrs {}
export class CategoricalScale extends Scale {
  static override readonly __name__: string = "CategoricalScale"
  constructor(attrs?: CategoricalScaleAttrs) { super(attrs) }
}

export interface CompositeScaleAttrs extends ScaleAttrs {
  sourceScale?: Scale
  targetScale?: Scale
}
export class CompositeScale extends Scale {
  static override readonly __name__: string = "CompositeScale"
  constructor(attrs?: CompositeScaleAttrs) { super(attrs) }
  get sourceScale(): Scale { return this.getv("source_scale") as Scale }
  set sourceScale(value: Scale) { this.setv("source_scale", value) }
  get targetScale(): Scale { return this.getv("target_scale") as Scale }
  set targetScale(value: Scale) { this.setv("target_scale", value) }
}

export interface ContinuousScaleAttrs extends ScaleAttrs {}
export class ContinuousScale extends Scale {
  static override readonly __name__: string = "ContinuousScale"
  constructor(attrs?: ContinuousScaleAttrs) { super(attrs) }
}

export interface LinearInterpolationScaleAttrs extends ScaleAttrs {}
export class LinearInterpolationScale extends Scale {
  static override readonly __name__: string = "LinearInterpolationScale"
  constructor(attrs?: LinearInterpolationScaleAttrs) { super(attrs) }
}

export interface LinearScaleAttrs extends ContinuousScaleAttrs {}
export class LinearScale extends ContinuousScale {
  static override readonly __name__: string = "LinearScale"
  constructor(attrs?: LinearScaleAttrs) { super(attrs) }
}

export interface LogScaleAttrs extends ContinuousScaleAttrs {}
export class LogScale extends ContinuousScale {
  static override readonly __name__: string = "LogScale"
  constructor(attrs?: LogScaleAttrs) { super(attrs) }
}

export interface SelectionPolicyAttrs extends ModelAttrs {}
export class SelectionPolicy extends Model {
  static override readonly __name__: string = "SelectionPolicy"
  constructor(attrs?: SelectionPolicyAttrs) { super(attrs) }
}

export interface IntersectRenderersAttrs extends SelectionPolicyAttrs {}
export class IntersectRenderers extends SelectionPolicy {
  static override readonly __name__: string = "IntersectRenderers"
  constructor(attrs?: IntersectRenderersAttrs) { super(attrs) }
}

export interface UnionRenderersAttrs extends SelectionPolicyAttrs {}
export class UnionRenderers extends SelectionPolicy {
  static override readonly __name__: string = "UnionRenderers"
  constructor(attrs?: UnionRenderersAttrs) { super(attrs) }
}

export interface SelectionAttrs extends ModelAttrs {
  indices?: ArrayableOf<number>
  lineIndices?: ArrayableOf<number>
  multilineIndices?: MapOf<number, ArrayableOf<number>>
  imageIndices?: readonly ({ readonly index: number; readonly i: number; readonly j: number; readonly flat_index: number })[]
}
export class Selection extends Model {
  static override readonly __name__: string = "Selection"
  constructor(attrs?: SelectionAttrs) { super(attrs) }
  get indices(): ArrayableOf<number> { return this.getv("indices") as ArrayableOf<number> }
  set indices(value: ArrayableOf<number>) { this.setv("indices", value) }
  get lineIndices(): ArrayableOf<number> { return this.getv("line_indices") as ArrayableOf<number> }
  set lineIndices(value: ArrayableOf<number>) { this.setv("line_indices", value) }
  get multilineIndices(): MapOf<number, ArrayableOf<number>> { return this.getv("multiline_indices") as (MapOf<number, ArrayableOf<number>>) }
  set multilineIndices(value: MapOf<number, ArrayableOf<number>>) { this.setv("multiline_indices", value) }
  get imageIndices(): readonly ({ readonly index: number; readonly i: number; readonly j: number; readonly flat_index: number })[] { return this.getv("image_indices") as (readonly ({ readonly index: number; readonly i: number; readonly j: number; readonly flat_index: number })[]) }
  set imageIndices(value: readonly ({ readonly index: number; readonly i: number; readonly j: number; readonly flat_index: number })[]) { this.setv("image_indices", value) }
}

export interface SelectorAttrs extends ModelAttrs {
  query?: string
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Selector extends Model {
  static override readonly __name__: string = "Selector"
  constructor(attrs?: SelectorAttrs) { super(attrs) }
  get query(): string { return this.getv("query") as string }
  set query(value: string) { this.setv("query", value) }
}

export interface ByIDAttrs extends SelectorAttrs {}
export class ByID extends Selector {
  static override readonly __name__: string = "ByID"
  constructor(attrs?: ByIDAttrs) { super(attrs) }
}

export interface ByClassAttrs extends SelectorAttrs {}
export class ByClass extends Selector {
  static override readonly __name__: string = "ByClass"
  constructor(attrs?: ByClassAttrs) { super(attrs) }
}

export interface ByCSSAttrs extends SelectorAttrs {}
export class ByCSS extends Selector {
  static override readonly __name__: string = "ByCSS"
  constructor(attrs?: ByCSSAttrs) { super(attrs) }
}

export interface ByXPathAttrs extends SelectorAttrs {}
export class ByXPath extends Selector {
  static override readonly __name__: string = "ByXPath"
  constructor(attrs?: ByXPathAttrs) { super(attrs) }
}

export interface DataSourceAttrs extends ModelAttrs {}
export class DataSource extends Model {
  static override readonly __name__: string = "DataSource"
  constructor(attrs?: DataSourceAttrs) { super(attrs) }
  get selected(): Selection { return this.getv("selected") as Selection }
}

export interface ColumnarDataSourceAttrs extends DataSourceAttrs {
  defaultValues?: DictOf<unknown>
  selectionPolicy?: SelectionPolicy
}
export class ColumnarDataSource extends DataSource {
  static override readonly __name__: string = "ColumnarDataSource"
  constructor(attrs?: ColumnarDataSourceAttrs) { super(attrs) }
  get defaultValues(): Readonly<Record<string, unknown>> { return this.getv("default_values") as (Readonly<Record<string, unknown>>) }
  set defaultValues(value: DictOf<unknown>) { this.setv("default_values", value) }
  get selectionPolicy(): SelectionPolicy { return this.getv("selection_policy") as SelectionPolicy }
  set selectionPolicy(value: SelectionPolicy) { this.setv("selection_policy", value) }
}

export interface ColumnDataSourceAttrs extends ColumnarDataSourceAttrs {
  data?: DictOf<ArrayableOf<unknown>>
}
export class ColumnDataSource extends ColumnarDataSource {
  static override readonly __name__: string = "ColumnDataSource"
  constructor(attrs?: ColumnDataSourceAttrs) { super(attrs) }
  get data(): Readonly<Record<string, ArrayableOf<unknown>>> { return this.getv("data") as (Readonly<Record<string, ArrayableOf<unknown>>>) }
  set data(value: DictOf<ArrayableOf<unknown>>) { this.setv("data", value) }
}

export interface WebDataSourceAttrs extends ColumnDataSourceAttrs {
  maxSize?: number | null
  mode?: E.UpdateMode
  adapter?: unknown
  dataUrl?: string
}
export class WebDataSource extends ColumnDataSource {
  static override readonly __name__: string = "WebDataSource"
  constructor(attrs?: WebDataSourceAttrs) { super(attrs) }
  get maxSize(): number | null { return this.getv("max_size") as (number | null) }
  set maxSize(value: number | null) { this.setv("max_size", value) }
  get mode(): E.UpdateMode { return this.getv("mode") as E.UpdateMode }
  set mode(value: E.UpdateMode) { this.setv("mode", value) }
  get adapter(): unknown { return this.getv("adapter") as unknown }
  set adapter(value: unknown) { this.setv("adapter", value) }
  get dataUrl(): string { return this.getv("data_url") as string }
  set dataUrl(value: string) { this.setv("data_url", value) }
}

export interface ServerSentDataSourceAttrs extends WebDataSourceAttrs {}
export class ServerSentDataSource extends WebDataSource {
  static override readonly __name__: string = "ServerSentDataSource"
  constructor(attrs?: ServerSentDataSourceAttrs) { super(attrs) }
}

export interface AjaxDataSourceAttrs extends WebDataSourceAttrs {
  pollingInterval?: number | null
  contentType?: string
  httpHeaders?: DictOf<string>
  method?: E.HTTPMethod
  ifModified?: boolean
}
export class AjaxDataSource extends WebDataSource {
  static override readonly __name__: string = "AjaxDataSource"
  constructor(attrs?: AjaxDataSourceAttrs) { super(attrs) }
  get pollingInterval(): number | null { return this.getv("polling_interval") as (number | null) }
  set pollingInterval(value: number | null) { this.setv("polling_interval", value) }
  get contentType(): string { return this.getv("content_type") as string }
  set contentType(value: string) { this.setv("content_type", value) }
  get httpHeaders(): Readonly<Record<string, string>> { return this.getv("http_headers") as (Readonly<Record<string, string>>) }
  set httpHeaders(value: DictOf<string>) { this.setv("http_headers", value) }
  get method(): E.HTTPMethod { return this.getv("method") as E.HTTPMethod }
  set method(value: E.HTTPMethod) { this.setv("method", value) }
  get ifModified(): boolean { return this.getv("if_modified") as boolean }
  set ifModified(value: boolean) { this.setv("if_modified", value) }
}

export interface CDSViewAttrs extends ModelAttrs {
  filter?: Filter
}
export class CDSView extends Model {
  static override readonly __name__: string = "CDSView"
  constructor(attrs?: CDSViewAttrs) { super(attrs) }
  get filter(): Filter { return this.getv("filter") as Filter }
  set filter(value: Filter) { this.setv("filter", value) }
}

export interface GeoJSONDataSourceAttrs extends ColumnarDataSourceAttrs {
  geojson?: string
}
export class GeoJSONDataSource extends ColumnarDataSource {
  static override readonly __name__: string = "GeoJSONDataSource"
  constructor(attrs?: GeoJSONDataSourceAttrs) { super(attrs) }
  get geojson(): string { return this.getv("geojson") as string }
  set geojson(value: string) { this.setv("geojson", value) }
}

export interface TickerAttrs extends ModelAttrs {}
export class Ticker extends Model {
  static override readonly __name__: string = "Ticker"
  constructor(attrs?: TickerAttrs) { super(attrs) }
}

export interface ContinuousTickerAttrs extends TickerAttrs {
  numMinorTicks?: number
  desiredNumTicks?: number
}
export class ContinuousTicker extends Ticker {
  static override readonly __name__: string = "ContinuousTicker"
  constructor(attrs?: ContinuousTickerAttrs) { super(attrs) }
  get numMinorTicks(): number { return this.getv("num_minor_ticks") as number }
  set numMinorTicks(value: number) { this.setv("num_minor_ticks", value) }
  get desiredNumTicks(): number { return this.getv("desired_num_ticks") as number }
  set desiredNumTicks(value: number) { this.setv("desired_num_ticks", value) }
}

export interface AdaptiveTickerAttrs extends ContinuousTickerAttrs {
  base?: number
  mantissas?: readonly number[]
  minInterval?: number
  maxInterval?: number | null
}
export class AdaptiveTicker extends ContinuousTicker {
  static override readonly __name__: string = "AdaptiveTicker"
  constructor(attrs?: AdaptiveTickerAttrs) { super(attrs) }
  get base(): number { return this.getv("base") as number }
  set base(value: number) { this.setv("base", value) }
  get mantissas(): readonly number[] { return this.getv("mantissas") as (readonly number[]) }
  set mantissas(value: readonly number[]) { this.setv("mantissas", value) }
  get minInterval(): number { return this.getv("min_interval") as number }
  set minInterval(value: number) { this.setv("min_interval", value) }
  get maxInterval(): number | null { return this.getv("max_interval") as (number | null) }
  set maxInterval(value: number | null) { this.setv("max_interval", value) }
}

export interface BasicTickerAttrs extends AdaptiveTickerAttrs {}
export class BasicTicker extends AdaptiveTicker {
  static override readonly __name__: string = "BasicTicker"
  constructor(attrs?: BasicTickerAttrs) { super(attrs) }
}

export interface CategoricalTickerAttrs extends TickerAttrs {}
export class CategoricalTicker extends Ticker {
  static override readonly __name__: string = "CategoricalTicker"
  constructor(attrs?: CategoricalTickerAttrs) { super(attrs) }
}

export interface CompositeTickerAttrs extends ContinuousTickerAttrs {
  tickers?: readonly ContinuousTicker[]
}
export class CompositeTicker extends ContinuousTicker {
  static override readonly __name__: string = "CompositeTicker"
  constructor(attrs?: CompositeTickerAttrs) { super(attrs) }
  get tickers(): readonly ContinuousTicker[] { return this.getv("tickers") as (readonly ContinuousTicker[]) }
  set tickers(value: readonly ContinuousTicker[]) { this.setv("tickers", value) }
}

export interface CustomJSTickerAttrs extends TickerAttrs {
  args?: DictOf<unknown>
  majorCode?: string
  minorCode?: string
}
export class CustomJSTicker extends Ticker {
  static override readonly __name__: string = "CustomJSTicker"
  constructor(attrs?: CustomJSTickerAttrs) { super(attrs) }
  get args(): Readonly<Record<string, unknown>> { return this.getv("args") as (Readonly<Record<string, unknown>>) }
  set args(value: DictOf<unknown>) { this.setv("args", value) }
  get majorCode(): string { return this.getv("major_code") as string }
  set majorCode(value: string) { this.setv("major_code", value) }
  get minorCode(): string { return this.getv("minor_code") as string }
  set minorCode(value: string) { this.setv("minor_code", value) }
}

export interface DatetimeTickerAttrs extends CompositeTickerAttrs {}
export class DatetimeTicker extends CompositeTicker {
  static override readonly __name__: string = "DatetimeTicker"
  constructor(attrs?: DatetimeTickerAttrs) { super(attrs) }
}

export interface BaseSingleIntervalTickerAttrs extends ContinuousTickerAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class BaseSingleIntervalTicker extends ContinuousTicker {
  static override readonly __name__: string = "BaseSingleIntervalTicker"
  constructor(attrs?: BaseSingleIntervalTickerAttrs) { super(attrs) }
}

export interface DaysTickerAttrs extends BaseSingleIntervalTickerAttrs {
  days?: readonly number[]
}
export class DaysTicker extends BaseSingleIntervalTicker {
  static override readonly __name__: string = "DaysTicker"
  constructor(attrs?: DaysTickerAttrs) { super(attrs) }
  get days(): readonly number[] { return this.getv("days") as (readonly number[]) }
  set days(value: readonly number[]) { this.setv("days", value) }
}

export interface FixedTickerAttrs extends ContinuousTickerAttrs {
  ticks?: ArrayableOf<number>
  minorTicks?: ArrayableOf<number>
}
export class FixedTicker extends ContinuousTicker {
  static override readonly __name__: string = "FixedTicker"
  constructor(attrs?: FixedTickerAttrs) { super(attrs) }
  get ticks(): ArrayableOf<number> { return this.getv("ticks") as ArrayableOf<number> }
  set ticks(value: ArrayableOf<number>) { this.setv("ticks", value) }
  get minorTicks(): ArrayableOf<number> { return this.getv("minor_ticks") as ArrayableOf<number> }
  set minorTicks(value: ArrayableOf<number>) { this.setv("minor_ticks", value) }
}

export interface LogTickerAttrs extends AdaptiveTickerAttrs {}
export class LogTicker extends AdaptiveTicker {
  static override readonly __name__: string = "LogTicker"
  constructor(attrs?: LogTickerAttrs) { super(attrs) }
}

export interface MercatorTickerAttrs extends BasicTickerAttrs {
  dimension?: E.LatLon | null
}
export class MercatorTicker extends BasicTicker {
  static override readonly __name__: string = "MercatorTicker"
  constructor(attrs?: MercatorTickerAttrs) { super(attrs) }
  get dimension(): E.LatLon | null { return this.getv("dimension") as (E.LatLon | null) }
  set dimension(value: E.LatLon | null) { this.setv("dimension", value) }
}

export interface MonthsTickerAttrs extends BaseSingleIntervalTickerAttrs {
  months?: readonly number[]
}
export class MonthsTicker extends BaseSingleIntervalTicker {
  static override readonly __name__: string = "MonthsTicker"
  constructor(attrs?: MonthsTickerAttrs) { super(attrs) }
  get months(): readonly number[] { return this.getv("months") as (readonly number[]) }
  set months(value: readonly number[]) { this.setv("months", value) }
}

export interface SingleIntervalTickerAttrs extends BaseSingleIntervalTickerAttrs {
  interval?: number
}
export class SingleIntervalTicker extends BaseSingleIntervalTicker {
  static override readonly __name__: string = "SingleIntervalTicker"
  constructor(attrs?: SingleIntervalTickerAttrs) { super(attrs) }
  get interval(): number { return this.getv("interval") as number }
  set interval(value: number) { this.setv("interval", value) }
}

export interface TimedeltaTickerAttrs extends CompositeTickerAttrs {}
export class TimedeltaTicker extends CompositeTicker {
  static override readonly __name__: string = "TimedeltaTicker"
  constructor(attrs?: TimedeltaTickerAttrs) { super(attrs) }
}

export interface YearsTickerAttrs extends BaseSingleIntervalTickerAttrs {}
export class YearsTicker extends BaseSingleIntervalTicker {
  static override readonly __name__: string = "YearsTicker"
  constructor(attrs?: YearsTickerAttrs) { super(attrs) }
}

export interface BinnedTickerAttrs extends TickerAttrs {
  mapper?: ScanningColorMapper
  numMajorTicks?: number | "auto"
}
export class BinnedTicker extends Ticker {
  static override readonly __name__: string = "BinnedTicker"
  constructor(attrs?: BinnedTickerAttrs) { super(attrs) }
  get mapper(): ScanningColorMapper { return this.getv("mapper") as ScanningColorMapper }
  set mapper(value: ScanningColorMapper) { this.setv("mapper", value) }
  get numMajorTicks(): number | "auto" { return this.getv("num_major_ticks") as (number | "auto") }
  set numMajorTicks(value: number | "auto") { this.setv("num_major_ticks", value) }
}

export interface TileSourceAttrs extends ModelAttrs {
  url?: string
  tileSize?: number
  pixelRatio?: number
  maxZoom?: number
  minZoom?: number
  extraUrlVars?: DictOf<string>
  attribution?: string
  xOriginOffset?: number
  yOriginOffset?: number
  initialResolution?: number | null
}
export class TileSource extends Model {
  static override readonly __name__: string = "TileSource"
  constructor(attrs?: TileSourceAttrs) { super(attrs) }
  get url(): string { return this.getv("url") as string }
  set url(value: string) { this.setv("url", value) }
  get tileSize(): number { return this.getv("tile_size") as number }
  set tileSize(value: number) { this.setv("tile_size", value) }
  get pixelRatio(): number { return this.getv("pixel_ratio") as number }
  set pixelRatio(value: number) { this.setv("pixel_ratio", value) }
  get maxZoom(): number { return this.getv("max_zoom") as number }
  set maxZoom(value: number) { this.setv("max_zoom", value) }
  get minZoom(): number { return this.getv("min_zoom") as number }
  set minZoom(value: number) { this.setv("min_zoom", value) }
  get extraUrlVars(): Readonly<Record<string, string>> { return this.getv("extra_url_vars") as (Readonly<Record<string, string>>) }
  set extraUrlVars(value: DictOf<string>) { this.setv("extra_url_vars", value) }
  get attribution(): string { return this.getv("attribution") as string }
  set attribution(value: string) { this.setv("attribution", value) }
  get xOriginOffset(): number { return this.getv("x_origin_offset") as number }
  set xOriginOffset(value: number) { this.setv("x_origin_offset", value) }
  get yOriginOffset(): number { return this.getv("y_origin_offset") as number }
  set yOriginOffset(value: number) { this.setv("y_origin_offset", value) }
  get initialResolution(): number | null { return this.getv("initial_resolution") as (number | null) }
  set initialResolution(value: number | null) { this.setv("initial_resolution", value) }
}

export interface MercatorTileSourceAttrs extends TileSourceAttrs {
  snapToZoom?: boolean
  wrapAround?: boolean
}
export class MercatorTileSource extends TileSource {
  static override readonly __name__: string = "MercatorTileSource"
  constructor(attrs?: MercatorTileSourceAttrs) { super(attrs) }
  get snapToZoom(): boolean { return this.getv("snap_to_zoom") as boolean }
  set snapToZoom(value: boolean) { this.setv("snap_to_zoom", value) }
  get wrapAround(): boolean { return this.getv("wrap_around") as boolean }
  set wrapAround(value: boolean) { this.setv("wrap_around", value) }
}

export interface BBoxTileSourceAttrs extends MercatorTileSourceAttrs {
  useLatlon?: boolean
}
export class BBoxTileSource extends MercatorTileSource {
  static override readonly __name__: string = "BBoxTileSource"
  constructor(attrs?: BBoxTileSourceAttrs) { super(attrs) }
  get useLatlon(): boolean { return this.getv("use_latlon") as boolean }
  set useLatlon(value: boolean) { this.setv("use_latlon", value) }
}

export interface QUADKEYTileSourceAttrs extends MercatorTileSourceAttrs {}
export class QUADKEYTileSource extends MercatorTileSource {
  static override readonly __name__: string = "QUADKEYTileSource"
  constructor(attrs?: QUADKEYTileSourceAttrs) { super(attrs) }
}

export interface TileRendererAttrs extends RendererAttrs {
  alpha?: number
  smoothing?: boolean
  tileSource?: TileSource
  renderParents?: boolean
}
export class TileRenderer extends Renderer {
  static override readonly __name__: string = "TileRenderer"
  constructor(attrs?: TileRendererAttrs) { super(attrs) }
  get alpha(): number { return this.getv("alpha") as number }
  set alpha(value: number) { this.setv("alpha", value) }
  get smoothing(): boolean { return this.getv("smoothing") as boolean }
  set smoothing(value: boolean) { this.setv("smoothing", value) }
  get tileSource(): TileSource { return this.getv("tile_source") as TileSource }
  set tileSource(value: TileSource) { this.setv("tile_source", value) }
  get renderParents(): boolean { return this.getv("render_parents") as boolean }
  set renderParents(value: boolean) { this.setv("render_parents", value) }
}

export interface TMSTileSourceAttrs extends MercatorTileSourceAttrs {}
export class TMSTileSource extends MercatorTileSource {
  static override readonly __name__: string = "TMSTileSource"
  constructor(attrs?: TMSTileSourceAttrs) { super(attrs) }
}

export interface WMTSTileSourceAttrs extends MercatorTileSourceAttrs {}
export class WMTSTileSource extends MercatorTileSource {
  static override readonly __name__: string = "WMTSTileSource"
  constructor(attrs?: WMTSTileSourceAttrs) { super(attrs) }
}

export interface TextureAttrs extends ModelAttrs {
  repetition?: E.TextureRepetition
}
export class Texture extends Model {
  static override readonly __name__: string = "Texture"
  constructor(attrs?: TextureAttrs) { super(attrs) }
  get repetition(): E.TextureRepetition { return this.getv("repetition") as E.TextureRepetition }
  set repetition(value: E.TextureRepetition) { this.setv("repetition", value) }
}

export interface CanvasTextureAttrs extends TextureAttrs {
  code?: string
}
export class CanvasTexture extends Texture {
  static override readonly __name__: string = "CanvasTexture"
  constructor(attrs?: CanvasTextureAttrs) { super(attrs) }
  get code(): string { return this.getv("code") as string }
  set code(value: string) { this.setv("code", value) }
}

export interface ImageURLTextureAttrs extends TextureAttrs {
  url?: string
}
export class ImageURLTexture extends Texture {
  static override readonly __name__: string = "ImageURLTexture"
  constructor(attrs?: ImageURLTextureAttrs) { super(attrs) }
  get url(): string { return this.getv("url") as string }
  set url(value: string) { this.setv("url", value) }
}

export interface IconAttrs extends UIElementAttrs {
  size?: number | string
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Icon extends UIElement {
  static override readonly __name__: string = "Icon"
  constructor(attrs?: IconAttrs) { super(attrs) }
  get size(): number | string { return this.getv("size") as (number | string) }
  set size(value: number | string) { this.setv("size", value) }
}

export interface BuiltinIconAttrs extends IconAttrs {
  iconName?: string
  color?: ColorValue
}
export class BuiltinIcon extends Icon {
  static override readonly __name__: string = "BuiltinIcon"
  constructor(attrs?: BuiltinIconAttrs) { super(attrs) }
  get iconName(): string { return this.getv("icon_name") as string }
  set iconName(value: string) { this.setv("icon_name", value) }
  get color(): ColorValue { return this.getv("color") as ColorValue }
  set color(value: ColorValue) { this.setv("color", value) }
}

export interface SVGIconAttrs extends IconAttrs {
  svg?: string
}
export class SVGIcon extends Icon {
  static override readonly __name__: string = "SVGIcon"
  constructor(attrs?: SVGIconAttrs) { super(attrs) }
  get svg(): string { return this.getv("svg") as string }
  set svg(value: string) { this.setv("svg", value) }
}

export interface TablerIconAttrs extends IconAttrs {
  iconName?: string
}
export class TablerIcon extends Icon {
  static override readonly __name__: string = "TablerIcon"
  constructor(attrs?: TablerIconAttrs) { super(attrs) }
  get iconName(): string { return this.getv("icon_name") as string }
  set iconName(value: string) { this.setv("icon_name", value) }
}

export interface MenuAttrs extends UIElementAttrs {
  items?: readonly (MenuItem | DividerItem | null)[]
  reversed?: boolean
}
export class Menu extends UIElement {
  static override readonly __name__: string = "Menu"
  constructor(attrs?: MenuAttrs) { super(attrs) }
  get items(): readonly (MenuItem | DividerItem | null)[] { return this.getv("items") as (readonly (MenuItem | DividerItem | null)[]) }
  set items(value: readonly (MenuItem | DividerItem | null)[]) { this.setv("items", value) }
  get reversed(): boolean { return this.getv("reversed") as boolean }
  set reversed(value: boolean) { this.setv("reversed", value) }
}

export interface MenuItemAttrs extends ModelAttrs {
  checked?: unknown
  icon?: E.ToolIcon | string | null
  label?: string
  tooltip?: string | null
  shortcut?: string | null
  menu?: Model | null
  disabled?: unknown
  action?: unknown
}
export class MenuItem extends Model {
  static override readonly __name__: string = "MenuItem"
  constructor(attrs?: MenuItemAttrs) { super(attrs) }
  get checked(): unknown { return this.getv("checked") as unknown }
  set checked(value: unknown) { this.setv("checked", value) }
  get icon(): E.ToolIcon | string | null { return this.getv("icon") as (E.ToolIcon | string | null) }
  set icon(value: E.ToolIcon | string | null) { this.setv("icon", value) }
  get label(): string { return this.getv("label") as string }
  set label(value: string) { this.setv("label", value) }
  get tooltip(): string | null { return this.getv("tooltip") as (string | null) }
  set tooltip(value: string | null) { this.setv("tooltip", value) }
  get shortcut(): string | null { return this.getv("shortcut") as (string | null) }
  set shortcut(value: string | null) { this.setv("shortcut", value) }
  get menu(): Model | null { return this.getv("menu") as (Model | null) }
  set menu(value: Model | null) { this.setv("menu", value) }
  get disabled(): unknown { return this.getv("disabled") as unknown }
  set disabled(value: unknown) { this.setv("disabled", value) }
  get action(): unknown { return this.getv("action") as unknown }
  set action(value: unknown) { this.setv("action", value) }
}

export interface ActionItemAttrs extends MenuItemAttrs {}
export class ActionItem extends MenuItem {
  static override readonly __name__: string = "ActionItem"
  constructor(attrs?: ActionItemAttrs) { super(attrs) }
}

export interface CheckableItemAttrs extends MenuItemAttrs {}
export class CheckableItem extends MenuItem {
  static override readonly __name__: string = "CheckableItem"
  constructor(attrs?: CheckableItemAttrs) { super(attrs) }
}

export interface DividerItemAttrs extends ModelAttrs {}
export class DividerItem extends Model {
  static override readonly __name__: string = "DividerItem"
  constructor(attrs?: DividerItemAttrs) { super(attrs) }
}

export interface DialogAttrs extends UIElementAttrs {
  title?: string | dom_DOMNode | UIElement | null
  content?: string | dom_DOMNode | UIElement
  pinnable?: boolean
  collapsible?: boolean
  minimizable?: boolean
  maximizable?: boolean
  closable?: boolean
  closeAction?: "hide" | "destroy"
  resizable?: "none" | "left" | "right" | "top" | "bottom" | "x" | "y" | "all"
  movable?: "none" | "x" | "y" | "both"
  symmetric?: boolean
  topLimit?: number | Node | null
  bottomLimit?: number | Node | null
  leftLimit?: number | Node | null
  rightLimit?: number | Node | null
}
export class Dialog extends UIElement {
  static override readonly __name__: string = "Dialog"
  constructor(attrs?: DialogAttrs) { super(attrs) }
  get title(): string | dom_DOMNode | UIElement | null { return this.getv("title") as (string | dom_DOMNode | UIElement | null) }
  set title(value: string | dom_DOMNode | UIElement | null) { this.setv("title", value) }
  get content(): string | dom_DOMNode | UIElement { return this.getv("content") as (string | dom_DOMNode | UIElement) }
  set content(value: string | dom_DOMNode | UIElement) { this.setv("content", value) }
  get pinnable(): boolean { return this.getv("pinnable") as boolean }
  set pinnable(value: boolean) { this.setv("pinnable", value) }
  get collapsible(): boolean { return this.getv("collapsible") as boolean }
  set collapsible(value: boolean) { this.setv("collapsible", value) }
  get minimizable(): boolean { return this.getv("minimizable") as boolean }
  set minimizable(value: boolean) { this.setv("minimizable", value) }
  get maximizable(): boolean { return this.getv("maximizable") as boolean }
  set maximizable(value: boolean) { this.setv("maximizable", value) }
  get closable(): boolean { return this.getv("closable") as boolean }
  set closable(value: boolean) { this.setv("closable", value) }
  get closeAction(): "hide" | "destroy" { return this.getv("close_action") as ("hide" | "destroy") }
  set closeAction(value: "hide" | "destroy") { this.setv("close_action", value) }
  get resizable(): "none" | "left" | "right" | "top" | "bottom" | "x" | "y" | "all" { return this.getv("resizable") as ("none" | "left" | "right" | "top" | "bottom" | "x" | "y" | "all") }
  set resizable(value: "none" | "left" | "right" | "top" | "bottom" | "x" | "y" | "all") { this.setv("resizable", value) }
  get movable(): "none" | "x" | "y" | "both" { return this.getv("movable") as ("none" | "x" | "y" | "both") }
  set movable(value: "none" | "x" | "y" | "both") { this.setv("movable", value) }
  get symmetric(): boolean { return this.getv("symmetric") as boolean }
  set symmetric(value: boolean) { this.setv("symmetric", value) }
  get topLimit(): number | Node | null { return this.getv("top_limit") as (number | Node | null) }
  set topLimit(value: number | Node | null) { this.setv("top_limit", value) }
  get bottomLimit(): number | Node | null { return this.getv("bottom_limit") as (number | Node | null) }
  set bottomLimit(value: number | Node | null) { this.setv("bottom_limit", value) }
  get leftLimit(): number | Node | null { return this.getv("left_limit") as (number | Node | null) }
  set leftLimit(value: number | Node | null) { this.setv("left_limit", value) }
  get rightLimit(): number | Node | null { return this.getv("right_limit") as (number | Node | null) }
  set rightLimit(value: number | Node | null) { this.setv("right_limit", value) }
}

export interface DrawerAttrs extends PaneAttrs {
  location?: E.Location
  open?: boolean
  size?: number | string
  resizable?: boolean
}
export class Drawer extends Pane {
  static override readonly __name__: string = "Drawer"
  constructor(attrs?: DrawerAttrs) { super(attrs) }
  get location(): E.Location { return this.getv("location") as E.Location }
  set location(value: E.Location) { this.setv("location", value) }
  get open(): boolean { return this.getv("open") as boolean }
  set open(value: boolean) { this.setv("open", value) }
  get size(): number | string { return this.getv("size") as (number | string) }
  set size(value: number | string) { this.setv("size", value) }
  get resizable(): boolean { return this.getv("resizable") as boolean }
  set resizable(value: boolean) { this.setv("resizable", value) }
}

export interface ExaminerAttrs extends UIElementAttrs {
  target?: Model | null
}
export class Examiner extends UIElement {
  static override readonly __name__: string = "Examiner"
  constructor(attrs?: ExaminerAttrs) { super(attrs) }
  get target(): Model | null { return this.getv("target") as (Model | null) }
  set target(value: Model | null) { this.setv("target", value) }
}

export interface NotificationsAttrs extends UIElementAttrs {}
export class Notifications extends UIElement {
  static override readonly __name__: string = "Notifications"
  constructor(attrs?: NotificationsAttrs) { super(attrs) }
}

export interface PanelAttrs extends PaneAttrs {
  position?: Coordinate
  anchor?: E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number]
  width?: "auto" | number | Node
  height?: "auto" | number | Node
}
export class Panel extends Pane {
  static override readonly __name__: string = "Panel"
  constructor(attrs?: PanelAttrs) { super(attrs) }
  get position(): Coordinate { return this.getv("position") as Coordinate }
  set position(value: Coordinate) { this.setv("position", value) }
  get anchor(): E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number] { return this.getv("anchor") as (E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number]) }
  set anchor(value: E.Anchor | readonly [E.Align | E.HAlign | number, E.Align | E.VAlign | number]) { this.setv("anchor", value) }
  get width(): "auto" | number | Node { return this.getv("width") as ("auto" | number | Node) }
  set width(value: "auto" | number | Node) { this.setv("width", value) }
  get height(): "auto" | number | Node { return this.getv("height") as ("auto" | number | Node) }
  set height(value: "auto" | number | Node) { this.setv("height", value) }
}

export interface TooltipAttrs extends UIElementAttrs {
  target?: unknown
  position?: E.Anchor | readonly [number, number] | Coordinate | null
  content?: unknown
  attachment?: E.TooltipAttachment | "auto"
  showArrow?: boolean
  closable?: boolean
  interactive?: boolean
}
export class Tooltip extends UIElement {
  static override readonly __name__: string = "Tooltip"
  constructor(attrs?: TooltipAttrs) { super(attrs) }
  get target(): unknown { return this.getv("target") as unknown }
  set target(value: unknown) { this.setv("target", value) }
  get position(): E.Anchor | readonly [number, number] | Coordinate | null { return this.getv("position") as (E.Anchor | readonly [number, number] | Coordinate | null) }
  set position(value: E.Anchor | readonly [number, number] | Coordinate | null) { this.setv("position", value) }
  get content(): unknown { return this.getv("content") as unknown }
  set content(value: unknown) { this.setv("content", value) }
  get attachment(): E.TooltipAttachment | "auto" { return this.getv("attachment") as (E.TooltipAttachment | "auto") }
  set attachment(value: E.TooltipAttachment | "auto") { this.setv("attachment", value) }
  get showArrow(): boolean { return this.getv("show_arrow") as boolean }
  set showArrow(value: boolean) { this.setv("show_arrow", value) }
  get closable(): boolean { return this.getv("closable") as boolean }
  set closable(value: boolean) { this.setv("closable", value) }
  get interactive(): boolean { return this.getv("interactive") as boolean }
  set interactive(value: boolean) { this.setv("interactive", value) }
}

export interface ToolAttrs extends ModelAttrs {
  icon?: E.ToolIcon | string | null
  description?: string | null
  visible?: boolean
  group?: string | boolean
}
export class Tool extends Model {
  static override readonly __name__: string = "Tool"
  constructor(attrs?: ToolAttrs) { super(attrs) }
  get icon(): E.ToolIcon | string | null { return this.getv("icon") as (E.ToolIcon | string | null) }
  set icon(value: E.ToolIcon | string | null) { this.setv("icon", value) }
  get description(): string | null { return this.getv("description") as (string | null) }
  set description(value: string | null) { this.setv("description", value) }
  get visible(): boolean { return this.getv("visible") as boolean }
  set visible(value: boolean) { this.setv("visible", value) }
  get group(): string | boolean { return this.getv("group") as (string | boolean) }
  set group(value: string | boolean) { this.setv("group", value) }
}

export interface ActionToolAttrs extends ToolAttrs {}
export class ActionTool extends Tool {
  static override readonly __name__: string = "ActionTool"
  constructor(attrs?: ActionToolAttrs) { super(attrs) }
}

export interface CopyToolAttrs extends ActionToolAttrs {}
export class CopyTool extends ActionTool {
  static override readonly __name__: string = "CopyTool"
  constructor(attrs?: CopyToolAttrs) { super(attrs) }
}

export interface CustomActionAttrs extends ActionToolAttrs {
  active?: boolean
  disabled?: boolean
  callback?: unknown
  activeCallback?: unknown
}
export class CustomAction extends ActionTool {
  static override readonly __name__: string = "CustomAction"
  constructor(attrs?: CustomActionAttrs) { super(attrs) }
  get active(): boolean { return this.getv("active") as boolean }
  set active(value: boolean) { this.setv("active", value) }
  get disabled(): boolean { return this.getv("disabled") as boolean }
  set disabled(value: boolean) { this.setv("disabled", value) }
  get callback(): unknown { return this.getv("callback") as unknown }
  set callback(value: unknown) { this.setv("callback", value) }
  get activeCallback(): unknown { return this.getv("active_callback") as unknown }
  set activeCallback(value: unknown) { this.setv("active_callback", value) }
}

export interface FullscreenToolAttrs extends ActionToolAttrs {}
export class FullscreenTool extends ActionTool {
  static override readonly __name__: string = "FullscreenTool"
  constructor(attrs?: FullscreenToolAttrs) { super(attrs) }
}

export interface HelpToolAttrs extends ActionToolAttrs {
  redirect?: string
}
export class HelpTool extends ActionTool {
  static override readonly __name__: string = "HelpTool"
  constructor(attrs?: HelpToolAttrs) { super(attrs) }
  get redirect(): string { return this.getv("redirect") as string }
  set redirect(value: string) { this.setv("redirect", value) }
}

export interface ExamineToolAttrs extends ActionToolAttrs {}
export class ExamineTool extends ActionTool {
  static override readonly __name__: string = "ExamineTool"
  constructor(attrs?: ExamineToolAttrs) { super(attrs) }
}

export interface PlotActionToolAttrs extends ActionToolAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class PlotActionTool extends ActionTool {
  static override readonly __name__: string = "PlotActionTool"
  constructor(attrs?: PlotActionToolAttrs) { super(attrs) }
}

export interface ClickPanToolAttrs extends PlotActionToolAttrs {
  direction?: E.PanDirection
  factor?: number
}
export class ClickPanTool extends PlotActionTool {
  static override readonly __name__: string = "ClickPanTool"
  constructor(attrs?: ClickPanToolAttrs) { super(attrs) }
  get direction(): E.PanDirection { return this.getv("direction") as E.PanDirection }
  set direction(value: E.PanDirection) { this.setv("direction", value) }
  get factor(): number { return this.getv("factor") as number }
  set factor(value: number) { this.setv("factor", value) }
}

export interface RedoToolAttrs extends PlotActionToolAttrs {}
export class RedoTool extends PlotActionTool {
  static override readonly __name__: string = "RedoTool"
  constructor(attrs?: RedoToolAttrs) { super(attrs) }
}

export interface ResetToolAttrs extends PlotActionToolAttrs {}
export class ResetTool extends PlotActionTool {
  static override readonly __name__: string = "ResetTool"
  constructor(attrs?: ResetToolAttrs) { super(attrs) }
}

export interface SaveToolAttrs extends ActionToolAttrs {
  filename?: string | null
}
export class SaveTool extends ActionTool {
  static override readonly __name__: string = "SaveTool"
  constructor(attrs?: SaveToolAttrs) { super(attrs) }
  get filename(): string | null { return this.getv("filename") as (string | null) }
  set filename(value: string | null) { this.setv("filename", value) }
}

export interface UndoToolAttrs extends PlotActionToolAttrs {}
export class UndoTool extends PlotActionTool {
  static override readonly __name__: string = "UndoTool"
  constructor(attrs?: UndoToolAttrs) { super(attrs) }
}

export interface ZoomBaseToolAttrs extends PlotActionToolAttrs {
  factor?: number
  dimensions?: E.Dimensions
  renderers?: readonly DataRenderer[] | "auto"
  level?: number
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class ZoomBaseTool extends PlotActionTool {
  static override readonly __name__: string = "ZoomBaseTool"
  constructor(attrs?: ZoomBaseToolAttrs) { super(attrs) }
  get factor(): number { return this.getv("factor") as number }
  set factor(value: number) { this.setv("factor", value) }
  get dimensions(): E.Dimensions { return this.getv("dimensions") as E.Dimensions }
  set dimensions(value: E.Dimensions) { this.setv("dimensions", value) }
  get renderers(): readonly DataRenderer[] | "auto" { return this.getv("renderers") as (readonly DataRenderer[] | "auto") }
  set renderers(value: readonly DataRenderer[] | "auto") { this.setv("renderers", value) }
  get level(): number { return this.getv("level") as number }
  set level(value: number) { this.setv("level", value) }
}

export interface ZoomInToolAttrs extends ZoomBaseToolAttrs {}
export class ZoomInTool extends ZoomBaseTool {
  static override readonly __name__: string = "ZoomInTool"
  constructor(attrs?: ZoomInToolAttrs) { super(attrs) }
}

export interface ZoomOutToolAttrs extends ZoomBaseToolAttrs {
  maintainFocus?: boolean
}
export class ZoomOutTool extends ZoomBaseTool {
  static override readonly __name__: string = "ZoomOutTool"
  constructor(attrs?: ZoomOutToolAttrs) { super(attrs) }
  get maintainFocus(): boolean { return this.getv("maintain_focus") as boolean }
  set maintainFocus(value: boolean) { this.setv("maintain_focus", value) }
}

export interface GestureToolAttrs extends ToolAttrs {}
export class GestureTool extends Tool {
  static override readonly __name__: string = "GestureTool"
  constructor(attrs?: GestureToolAttrs) { super(attrs) }
}

export interface EditToolAttrs extends GestureToolAttrs {
  defaultOverrides?: DictOf<unknown>
  emptyValue?: unknown
}
export class EditTool extends GestureTool {
  static override readonly __name__: string = "EditTool"
  constructor(attrs?: EditToolAttrs) { super(attrs) }
  get defaultOverrides(): Readonly<Record<string, unknown>> { return this.getv("default_overrides") as (Readonly<Record<string, unknown>>) }
  set defaultOverrides(value: DictOf<unknown>) { this.setv("default_overrides", value) }
  get emptyValue(): unknown { return this.getv("empty_value") as unknown }
  set emptyValue(value: unknown) { this.setv("empty_value", value) }
}

export interface BoxEditToolAttrs extends EditToolAttrs {
  dimensions?: E.Dimensions
  numObjects?: number
  renderers?: readonly GlyphRenderer[]
}
export class BoxEditTool extends EditTool {
  static override readonly __name__: string = "BoxEditTool"
  constructor(attrs?: BoxEditToolAttrs) { super(attrs) }
  get dimensions(): E.Dimensions { return this.getv("dimensions") as E.Dimensions }
  set dimensions(value: E.Dimensions) { this.setv("dimensions", value) }
  get numObjects(): number { return this.getv("num_objects") as number }
  set numObjects(value: number) { this.setv("num_objects", value) }
  get renderers(): readonly GlyphRenderer[] { return this.getv("renderers") as (readonly GlyphRenderer[]) }
  set renderers(value: readonly GlyphRenderer[]) { this.setv("renderers", value) }
}

export interface FreehandDrawToolAttrs extends EditToolAttrs {
  numObjects?: number
  renderers?: readonly GlyphRenderer[]
}
export class FreehandDrawTool extends EditTool {
  static override readonly __name__: string = "FreehandDrawTool"
  constructor(attrs?: FreehandDrawToolAttrs) { super(attrs) }
  get numObjects(): number { return this.getv("num_objects") as number }
  set numObjects(value: number) { this.setv("num_objects", value) }
  get renderers(): readonly GlyphRenderer[] { return this.getv("renderers") as (readonly GlyphRenderer[]) }
  set renderers(value: readonly GlyphRenderer[]) { this.setv("renderers", value) }
}

export interface LineToolAttrs extends EditToolAttrs {
  intersectionRenderer?: GlyphRenderer
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class LineTool extends EditTool {
  static override readonly __name__: string = "LineTool"
  constructor(attrs?: LineToolAttrs) { super(attrs) }
  get intersectionRenderer(): GlyphRenderer { return this.getv("intersection_renderer") as GlyphRenderer }
  set intersectionRenderer(value: GlyphRenderer) { this.setv("intersection_renderer", value) }
}

export interface LineEditToolAttrs extends LineToolAttrs {
  dimensions?: E.Dimensions
  renderers?: readonly GlyphRenderer[]
}
export class LineEditTool extends LineTool {
  static override readonly __name__: string = "LineEditTool"
  constructor(attrs?: LineEditToolAttrs) { super(attrs) }
  get dimensions(): E.Dimensions { return this.getv("dimensions") as E.Dimensions }
  set dimensions(value: E.Dimensions) { this.setv("dimensions", value) }
  get renderers(): readonly GlyphRenderer[] { return this.getv("renderers") as (readonly GlyphRenderer[]) }
  set renderers(value: readonly GlyphRenderer[]) { this.setv("renderers", value) }
}

export interface PointDrawToolAttrs extends EditToolAttrs {
  add?: boolean
  drag?: boolean
  numObjects?: number
  renderers?: readonly GlyphRenderer[]
}
export class PointDrawTool extends EditTool {
  static override readonly __name__: string = "PointDrawTool"
  constructor(attrs?: PointDrawToolAttrs) { super(attrs) }
  get add(): boolean { return this.getv("add") as boolean }
  set add(value: boolean) { this.setv("add", value) }
  get drag(): boolean { return this.getv("drag") as boolean }
  set drag(value: boolean) { this.setv("drag", value) }
  get numObjects(): number { return this.getv("num_objects") as number }
  set numObjects(value: number) { this.setv("num_objects", value) }
  get renderers(): readonly GlyphRenderer[] { return this.getv("renderers") as (readonly GlyphRenderer[]) }
  set renderers(value: readonly GlyphRenderer[]) { this.setv("renderers", value) }
}

export interface PolyToolAttrs extends EditToolAttrs {
  vertexRenderer?: GlyphRenderer | null
}
export class PolyTool extends EditTool {
  static override readonly __name__: string = "PolyTool"
  constructor(attrs?: PolyToolAttrs) { super(attrs) }
  get vertexRenderer(): GlyphRenderer | null { return this.getv("vertex_renderer") as (GlyphRenderer | null) }
  set vertexRenderer(value: GlyphRenderer | null) { this.setv("vertex_renderer", value) }
}

export interface PolyDrawToolAttrs extends PolyToolAttrs {
  drag?: boolean
  numObjects?: number
  renderers?: readonly GlyphRenderer[]
}
export class PolyDrawTool extends PolyTool {
  static override readonly __name__: string = "PolyDrawTool"
  constructor(attrs?: PolyDrawToolAttrs) { super(attrs) }
  get drag(): boolean { return this.getv("drag") as boolean }
  set drag(value: boolean) { this.setv("drag", value) }
  get numObjects(): number { return this.getv("num_objects") as number }
  set numObjects(value: number) { this.setv("num_objects", value) }
  get renderers(): readonly GlyphRenderer[] { return this.getv("renderers") as (readonly GlyphRenderer[]) }
  set renderers(value: readonly GlyphRenderer[]) { this.setv("renderers", value) }
}

export interface PolyEditToolAttrs extends PolyToolAttrs {
  renderers?: readonly GlyphRenderer[]
}
export class PolyEditTool extends PolyTool {
  static override readonly __name__: string = "PolyEditTool"
  constructor(attrs?: PolyEditToolAttrs) { super(attrs) }
  get renderers(): readonly GlyphRenderer[] { return this.getv("renderers") as (readonly GlyphRenderer[]) }
  set renderers(value: readonly GlyphRenderer[]) { this.setv("renderers", value) }
}

export interface SelectToolAttrs extends GestureToolAttrs {
  renderers?: readonly DataRenderer[] | "auto"
}
export class SelectTool extends GestureTool {
  static override readonly __name__: string = "SelectTool"
  constructor(attrs?: SelectToolAttrs) { super(attrs) }
  get renderers(): readonly DataRenderer[] | "auto" { return this.getv("renderers") as (readonly DataRenderer[] | "auto") }
  set renderers(value: readonly DataRenderer[] | "auto") { this.setv("renderers", value) }
}

export interface RegionSelectToolAttrs extends SelectToolAttrs {
  mode?: E.RegionSelectionMode
  continuous?: boolean
  persistent?: boolean
  greedy?: boolean
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class RegionSelectTool extends SelectTool {
  static override readonly __name__: string = "RegionSelectTool"
  constructor(attrs?: RegionSelectToolAttrs) { super(attrs) }
  get mode(): E.RegionSelectionMode { return this.getv("mode") as E.RegionSelectionMode }
  set mode(value: E.RegionSelectionMode) { this.setv("mode", value) }
  get continuous(): boolean { return this.getv("continuous") as boolean }
  set continuous(value: boolean) { this.setv("continuous", value) }
  get persistent(): boolean { return this.getv("persistent") as boolean }
  set persistent(value: boolean) { this.setv("persistent", value) }
  get greedy(): boolean { return this.getv("greedy") as boolean }
  set greedy(value: boolean) { this.setv("greedy", value) }
}

export interface BoxSelectToolAttrs extends RegionSelectToolAttrs {
  dimensions?: E.Dimensions
  overlay?: BoxAnnotation
  origin?: E.BoxOrigin
}
export class BoxSelectTool extends RegionSelectTool {
  static override readonly __name__: string = "BoxSelectTool"
  constructor(attrs?: BoxSelectToolAttrs) { super(attrs) }
  get dimensions(): E.Dimensions { return this.getv("dimensions") as E.Dimensions }
  set dimensions(value: E.Dimensions) { this.setv("dimensions", value) }
  get overlay(): BoxAnnotation { return this.getv("overlay") as BoxAnnotation }
  set overlay(value: BoxAnnotation) { this.setv("overlay", value) }
  get origin(): E.BoxOrigin { return this.getv("origin") as E.BoxOrigin }
  set origin(value: E.BoxOrigin) { this.setv("origin", value) }
}

export interface BoxZoomToolAttrs extends GestureToolAttrs {
  dimensions?: E.Dimensions | "auto"
  overlay?: BoxAnnotation
  matchAspect?: boolean
  origin?: E.BoxOrigin
}
export class BoxZoomTool extends GestureTool {
  static override readonly __name__: string = "BoxZoomTool"
  constructor(attrs?: BoxZoomToolAttrs) { super(attrs) }
  get dimensions(): E.Dimensions | "auto" { return this.getv("dimensions") as (E.Dimensions | "auto") }
  set dimensions(value: E.Dimensions | "auto") { this.setv("dimensions", value) }
  get overlay(): BoxAnnotation { return this.getv("overlay") as BoxAnnotation }
  set overlay(value: BoxAnnotation) { this.setv("overlay", value) }
  get matchAspect(): boolean { return this.getv("match_aspect") as boolean }
  set matchAspect(value: boolean) { this.setv("match_aspect", value) }
  get origin(): E.BoxOrigin { return this.getv("origin") as E.BoxOrigin }
  set origin(value: E.BoxOrigin) { this.setv("origin", value) }
}

export interface LassoSelectToolAttrs extends RegionSelectToolAttrs {
  overlay?: PolyAnnotation
}
export class LassoSelectTool extends RegionSelectTool {
  static override readonly __name__: string = "LassoSelectTool"
  constructor(attrs?: LassoSelectToolAttrs) { super(attrs) }
  get overlay(): PolyAnnotation { return this.getv("overlay") as PolyAnnotation }
  set overlay(value: PolyAnnotation) { this.setv("overlay", value) }
}

export interface PanToolAttrs extends GestureToolAttrs {
  dimensions?: E.Dimensions
}
export class PanTool extends GestureTool {
  static override readonly __name__: string = "PanTool"
  constructor(attrs?: PanToolAttrs) { super(attrs) }
  get dimensions(): E.Dimensions { return this.getv("dimensions") as E.Dimensions }
  set dimensions(value: E.Dimensions) { this.setv("dimensions", value) }
}

export interface PolySelectToolAttrs extends RegionSelectToolAttrs {
  overlay?: PolyAnnotation
}
export class PolySelectTool extends RegionSelectTool {
  static override readonly __name__: string = "PolySelectTool"
  constructor(attrs?: PolySelectToolAttrs) { super(attrs) }
  get overlay(): PolyAnnotation { return this.getv("overlay") as PolyAnnotation }
  set overlay(value: PolyAnnotation) { this.setv("overlay", value) }
}

export interface RangeToolAttrs extends GestureToolAttrs {
  xRange?: Range | null
  yRange?: Range | null
  xInteraction?: boolean
  yInteraction?: boolean
  overlay?: BoxAnnotation
  startGesture?: "pan" | "tap" | "none"
}
export class RangeTool extends GestureTool {
  static override readonly __name__: string = "RangeTool"
  constructor(attrs?: RangeToolAttrs) { super(attrs) }
  get xRange(): Range | null { return this.getv("x_range") as (Range | null) }
  set xRange(value: Range | null) { this.setv("x_range", value) }
  get yRange(): Range | null { return this.getv("y_range") as (Range | null) }
  set yRange(value: Range | null) { this.setv("y_range", value) }
  get xInteraction(): boolean { return this.getv("x_interaction") as boolean }
  set xInteraction(value: boolean) { this.setv("x_interaction", value) }
  get yInteraction(): boolean { return this.getv("y_interaction") as boolean }
  set yInteraction(value: boolean) { this.setv("y_interaction", value) }
  get overlay(): BoxAnnotation { return this.getv("overlay") as BoxAnnotation }
  set overlay(value: BoxAnnotation) { this.setv("overlay", value) }
  get startGesture(): "pan" | "tap" | "none" { return this.getv("start_gesture") as ("pan" | "tap" | "none") }
  set startGesture(value: "pan" | "tap" | "none") { this.setv("start_gesture", value) }
}

export interface TapToolAttrs extends SelectToolAttrs {
  mode?: E.SelectionMode
  behavior?: E.TapBehavior
  gesture?: E.TapGesture
  modifiers?: { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean }
  callback?: unknown
}
export class TapTool extends SelectTool {
  static override readonly __name__: string = "TapTool"
  constructor(attrs?: TapToolAttrs) { super(attrs) }
  get mode(): E.SelectionMode { return this.getv("mode") as E.SelectionMode }
  set mode(value: E.SelectionMode) { this.setv("mode", value) }
  get behavior(): E.TapBehavior { return this.getv("behavior") as E.TapBehavior }
  set behavior(value: E.TapBehavior) { this.setv("behavior", value) }
  get gesture(): E.TapGesture { return this.getv("gesture") as E.TapGesture }
  set gesture(value: E.TapGesture) { this.setv("gesture", value) }
  get modifiers(): { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean } { return this.getv("modifiers") as ({ readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean }) }
  set modifiers(value: { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean }) { this.setv("modifiers", value) }
  get callback(): unknown { return this.getv("callback") as unknown }
  set callback(value: unknown) { this.setv("callback", value) }
}

export interface WheelPanToolAttrs extends GestureToolAttrs {
  dimension?: E.Dimension
  modifiers?: { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean }
}
export class WheelPanTool extends GestureTool {
  static override readonly __name__: string = "WheelPanTool"
  constructor(attrs?: WheelPanToolAttrs) { super(attrs) }
  get dimension(): E.Dimension { return this.getv("dimension") as E.Dimension }
  set dimension(value: E.Dimension) { this.setv("dimension", value) }
  get modifiers(): { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean } { return this.getv("modifiers") as ({ readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean }) }
  set modifiers(value: { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean }) { this.setv("modifiers", value) }
}

export interface WheelZoomToolAttrs extends GestureToolAttrs {
  dimensions?: E.Dimensions
  renderers?: readonly DataRenderer[] | "auto"
  level?: number
  hitTest?: boolean
  hitTestMode?: "point" | "hline" | "vline"
  hitTestBehavior?: GroupBy | "only_hit"
  maintainFocus?: boolean
  zoomOnAxis?: boolean
  zoomTogether?: "none" | "cross" | "all"
  speed?: number
  modifiers?: { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean }
}
export class WheelZoomTool extends GestureTool {
  static override readonly __name__: string = "WheelZoomTool"
  constructor(attrs?: WheelZoomToolAttrs) { super(attrs) }
  get dimensions(): E.Dimensions { return this.getv("dimensions") as E.Dimensions }
  set dimensions(value: E.Dimensions) { this.setv("dimensions", value) }
  get renderers(): readonly DataRenderer[] | "auto" { return this.getv("renderers") as (readonly DataRenderer[] | "auto") }
  set renderers(value: readonly DataRenderer[] | "auto") { this.setv("renderers", value) }
  get level(): number { return this.getv("level") as number }
  set level(value: number) { this.setv("level", value) }
  get hitTest(): boolean { return this.getv("hit_test") as boolean }
  set hitTest(value: boolean) { this.setv("hit_test", value) }
  get hitTestMode(): "point" | "hline" | "vline" { return this.getv("hit_test_mode") as ("point" | "hline" | "vline") }
  set hitTestMode(value: "point" | "hline" | "vline") { this.setv("hit_test_mode", value) }
  get hitTestBehavior(): GroupBy | "only_hit" { return this.getv("hit_test_behavior") as (GroupBy | "only_hit") }
  set hitTestBehavior(value: GroupBy | "only_hit") { this.setv("hit_test_behavior", value) }
  get maintainFocus(): boolean { return this.getv("maintain_focus") as boolean }
  set maintainFocus(value: boolean) { this.setv("maintain_focus", value) }
  get zoomOnAxis(): boolean { return this.getv("zoom_on_axis") as boolean }
  set zoomOnAxis(value: boolean) { this.setv("zoom_on_axis", value) }
  get zoomTogether(): "none" | "cross" | "all" { return this.getv("zoom_together") as ("none" | "cross" | "all") }
  set zoomTogether(value: "none" | "cross" | "all") { this.setv("zoom_together", value) }
  get speed(): number { return this.getv("speed") as number }
  set speed(value: number) { this.setv("speed", value) }
  get modifiers(): { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean } { return this.getv("modifiers") as ({ readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean }) }
  set modifiers(value: { readonly shift?: boolean; readonly ctrl?: boolean; readonly alt?: boolean }) { this.setv("modifiers", value) }
}

export interface InspectToolAttrs extends ToolAttrs {
  toggleable?: boolean
}
export class InspectTool extends Tool {
  static override readonly __name__: string = "InspectTool"
  constructor(attrs?: InspectToolAttrs) { super(attrs) }
  get toggleable(): boolean { return this.getv("visible") as boolean }
  set toggleable(value: boolean) { this.setv("visible", value) }
}

export interface CrosshairToolAttrs extends InspectToolAttrs {
  overlay?: "auto" | Span | readonly [Span, Span]
  dimensions?: E.Dimensions
  lineColor?: ColorValue
  lineWidth?: number
  lineAlpha?: number
}
export class CrosshairTool extends InspectTool {
  static override readonly __name__: string = "CrosshairTool"
  constructor(attrs?: CrosshairToolAttrs) { super(attrs) }
  get overlay(): "auto" | Span | readonly [Span, Span] { return this.getv("overlay") as ("auto" | Span | readonly [Span, Span]) }
  set overlay(value: "auto" | Span | readonly [Span, Span]) { this.setv("overlay", value) }
  get dimensions(): E.Dimensions { return this.getv("dimensions") as E.Dimensions }
  set dimensions(value: E.Dimensions) { this.setv("dimensions", value) }
  get lineColor(): ColorValue { return this.getv("line_color") as ColorValue }
  set lineColor(value: ColorValue) { this.setv("line_color", value) }
  get lineWidth(): number { return this.getv("line_width") as number }
  set lineWidth(value: number) { this.setv("line_width", value) }
  get lineAlpha(): number { return this.getv("line_alpha") as number }
  set lineAlpha(value: number) { this.setv("line_alpha", value) }
}

export interface CustomJSHoverAttrs extends ModelAttrs {
  args?: DictOf<unknown>
  code?: string
}
export class CustomJSHover extends Model {
  static override readonly __name__: string = "CustomJSHover"
  constructor(attrs?: CustomJSHoverAttrs) { super(attrs) }
  get args(): Readonly<Record<string, unknown>> { return this.getv("args") as (Readonly<Record<string, unknown>>) }
  set args(value: DictOf<unknown>) { this.setv("args", value) }
  get code(): string { return this.getv("code") as string }
  set code(value: string) { this.setv("code", value) }
}

export interface HoverToolAttrs extends InspectToolAttrs {
  tooltips?: unknown
  formatters?: DictOf<CustomJSHover | E.BuiltinFormatter>
  filters?: DictOf<unknown>
  sortBy?: string | readonly (string | readonly [string, E.Sort | 1 | -1])[] | null
  limit?: number | null
  renderers?: readonly DataRenderer[] | "auto"
  mode?: E.HoverMode
  mutedPolicy?: E.MutedPolicy
  pointPolicy?: E.PointPolicy
  linePolicy?: E.LinePolicy
  showArrow?: boolean
  anchor?: E.Anchor
  attachment?: E.TooltipAttachment
  callback?: unknown
}
export class HoverTool extends InspectTool {
  static override readonly __name__: string = "HoverTool"
  constructor(attrs?: HoverToolAttrs) { super(attrs) }
  get tooltips(): unknown { return this.getv("tooltips") as unknown }
  set tooltips(value: unknown) { this.setv("tooltips", value) }
  get formatters(): Readonly<Record<string, CustomJSHover | E.BuiltinFormatter>> { return this.getv("formatters") as (Readonly<Record<string, CustomJSHover | E.BuiltinFormatter>>) }
  set formatters(value: DictOf<CustomJSHover | E.BuiltinFormatter>) { this.setv("formatters", value) }
  get filters(): Readonly<Record<string, unknown>> { return this.getv("filters") as (Readonly<Record<string, unknown>>) }
  set filters(value: DictOf<unknown>) { this.setv("filters", value) }
  get sortBy(): string | readonly (string | readonly [string, E.Sort | 1 | -1])[] | null { return this.getv("sort_by") as (string | readonly (string | readonly [string, E.Sort | 1 | -1])[] | null) }
  set sortBy(value: string | readonly (string | readonly [string, E.Sort | 1 | -1])[] | null) { this.setv("sort_by", value) }
  get limit(): number | null { return this.getv("limit") as (number | null) }
  set limit(value: number | null) { this.setv("limit", value) }
  get renderers(): readonly DataRenderer[] | "auto" { return this.getv("renderers") as (readonly DataRenderer[] | "auto") }
  set renderers(value: readonly DataRenderer[] | "auto") { this.setv("renderers", value) }
  get mode(): E.HoverMode { return this.getv("mode") as E.HoverMode }
  set mode(value: E.HoverMode) { this.setv("mode", value) }
  get mutedPolicy(): E.MutedPolicy { return this.getv("muted_policy") as E.MutedPolicy }
  set mutedPolicy(value: E.MutedPolicy) { this.setv("muted_policy", value) }
  get pointPolicy(): E.PointPolicy { return this.getv("point_policy") as E.PointPolicy }
  set pointPolicy(value: E.PointPolicy) { this.setv("point_policy", value) }
  get linePolicy(): E.LinePolicy { return this.getv("line_policy") as E.LinePolicy }
  set linePolicy(value: E.LinePolicy) { this.setv("line_policy", value) }
  get showArrow(): boolean { return this.getv("show_arrow") as boolean }
  set showArrow(value: boolean) { this.setv("show_arrow", value) }
  get anchor(): E.Anchor { return this.getv("anchor") as E.Anchor }
  set anchor(value: E.Anchor) { this.setv("anchor", value) }
  get attachment(): E.TooltipAttachment { return this.getv("attachment") as E.TooltipAttachment }
  set attachment(value: E.TooltipAttachment) { this.setv("attachment", value) }
  get callback(): unknown { return this.getv("callback") as unknown }
  set callback(value: unknown) { this.setv("callback", value) }
}

export interface ToolProxyAttrs extends ModelAttrs {
  tools?: readonly (Tool | ToolProxy)[]
  visible?: boolean
  active?: boolean
  disabled?: boolean
}
export class ToolProxy extends Model {
  static override readonly __name__: string = "ToolProxy"
  constructor(attrs?: ToolProxyAttrs) { super(attrs) }
  get tools(): readonly (Tool | ToolProxy)[] { return this.getv("tools") as (readonly (Tool | ToolProxy)[]) }
  set tools(value: readonly (Tool | ToolProxy)[]) { this.setv("tools", value) }
  get visible(): boolean { return this.getv("visible") as boolean }
  set visible(value: boolean) { this.setv("visible", value) }
  get active(): boolean { return this.getv("active") as boolean }
  set active(value: boolean) { this.setv("active", value) }
  get disabled(): boolean { return this.getv("disabled") as boolean }
  set disabled(value: boolean) { this.setv("disabled", value) }
}

export interface ToolMenuAttrs extends MenuAttrs {
  toolbar?: Toolbar
}
export class ToolMenu extends Menu {
  static override readonly __name__: string = "ToolMenu"
  constructor(attrs?: ToolMenuAttrs) { super(attrs) }
  get toolbar(): Toolbar { return this.getv("toolbar") as Toolbar }
  set toolbar(value: Toolbar) { this.setv("toolbar", value) }
}

export interface ToolbarAttrs extends UIElementAttrs {
  tools?: readonly (Tool | ToolProxy)[]
  logo?: E.Logo | null
  autohide?: boolean
  group?: boolean
  groupTypes?: readonly E.ToolName[]
  activeDrag?: GestureTool | ToolProxy | "auto" | null
  activeInspect?: Tool | readonly Tool[] | ToolProxy | "auto" | null
  activeScroll?: GestureTool | ToolProxy | "auto" | null
  activeTap?: GestureTool | ToolProxy | "auto" | null
  activeMulti?: GestureTool | ToolProxy | "auto" | null
}
export class Toolbar extends UIElement {
  static override readonly __name__: string = "Toolbar"
  constructor(attrs?: ToolbarAttrs) { super(attrs) }
  get tools(): readonly (Tool | ToolProxy)[] { return this.getv("tools") as (readonly (Tool | ToolProxy)[]) }
  set tools(value: readonly (Tool | ToolProxy)[]) { this.setv("tools", value) }
  get logo(): E.Logo | null { return this.getv("logo") as (E.Logo | null) }
  set logo(value: E.Logo | null) { this.setv("logo", value) }
  get autohide(): boolean { return this.getv("autohide") as boolean }
  set autohide(value: boolean) { this.setv("autohide", value) }
  get group(): boolean { return this.getv("group") as boolean }
  set group(value: boolean) { this.setv("group", value) }
  get groupTypes(): readonly E.ToolName[] { return this.getv("group_types") as (readonly E.ToolName[]) }
  set groupTypes(value: readonly E.ToolName[]) { this.setv("group_types", value) }
  get activeDrag(): GestureTool | ToolProxy | "auto" | null { return this.getv("active_drag") as (GestureTool | ToolProxy | "auto" | null) }
  set activeDrag(value: GestureTool | ToolProxy | "auto" | null) { this.setv("active_drag", value) }
  get activeInspect(): Tool | readonly Tool[] | ToolProxy | "auto" | null { return this.getv("active_inspect") as (Tool | readonly Tool[] | ToolProxy | "auto" | null) }
  set activeInspect(value: Tool | readonly Tool[] | ToolProxy | "auto" | null) { this.setv("active_inspect", value) }
  get activeScroll(): GestureTool | ToolProxy | "auto" | null { return this.getv("active_scroll") as (GestureTool | ToolProxy | "auto" | null) }
  set activeScroll(value: GestureTool | ToolProxy | "auto" | null) { this.setv("active_scroll", value) }
  get activeTap(): GestureTool | ToolProxy | "auto" | null { return this.getv("active_tap") as (GestureTool | ToolProxy | "auto" | null) }
  set activeTap(value: GestureTool | ToolProxy | "auto" | null) { this.setv("active_tap", value) }
  get activeMulti(): GestureTool | ToolProxy | "auto" | null { return this.getv("active_multi") as (GestureTool | ToolProxy | "auto" | null) }
  set activeMulti(value: GestureTool | ToolProxy | "auto" | null) { this.setv("active_multi", value) }
}

export interface ToolButtonAttrs extends UIElementAttrs {
  tool?: Tool | ToolProxy
  icon?: E.ToolIcon | string | null
  tooltip?: string | null
}
export class ToolButton extends UIElement {
  static override readonly __name__: string = "ToolButton"
  constructor(attrs?: ToolButtonAttrs) { super(attrs) }
  get tool(): Tool | ToolProxy { return this.getv("tool") as (Tool | ToolProxy) }
  set tool(value: Tool | ToolProxy) { this.setv("tool", value) }
  get icon(): E.ToolIcon | string | null { return this.getv("icon") as (E.ToolIcon | string | null) }
  set icon(value: E.ToolIcon | string | null) { this.setv("icon", value) }
  get tooltip(): string | null { return this.getv("tooltip") as (string | null) }
  set tooltip(value: string | null) { this.setv("tooltip", value) }
}

export interface OnOffButtonAttrs extends ToolButtonAttrs {}
export class OnOffButton extends ToolButton {
  static override readonly __name__: string = "OnOffButton"
  constructor(attrs?: OnOffButtonAttrs) { super(attrs) }
}

export interface ClickButtonAttrs extends OnOffButtonAttrs {}
export class ClickButton extends OnOffButton {
  static override readonly __name__: string = "ClickButton"
  constructor(attrs?: ClickButtonAttrs) { super(attrs) }
}

export interface dom_ActionAttrs extends ModelAttrs {}
export class dom_Action extends Model {
  static override readonly __name__: string = "bokeh.models.dom.Action"
  constructor(attrs?: dom_ActionAttrs) { super(attrs) }
}

export interface dom_DOMNodeAttrs extends ModelAttrs {}
export class dom_DOMNode extends Model {
  static override readonly __name__: string = "bokeh.models.dom.DOMNode"
  constructor(attrs?: dom_DOMNodeAttrs) { super(attrs) }
}

export interface dom_DOMElementAttrs extends dom_DOMNodeAttrs {
  style?: DictOf<string | null> | Styles
  children?: readonly (string | dom_DOMNode | UIElement)[]
}
export class dom_DOMElement extends dom_DOMNode {
  static override readonly __name__: string = "bokeh.models.dom.DOMElement"
  constructor(attrs?: dom_DOMElementAttrs) { super(attrs) }
  get style(): Readonly<Record<string, string | null>> | Styles { return this.getv("style") as (Readonly<Record<string, string | null>> | Styles) }
  set style(value: DictOf<string | null> | Styles) { this.setv("style", value) }
  get children(): readonly (string | dom_DOMNode | UIElement)[] { return this.getv("children") as (readonly (string | dom_DOMNode | UIElement)[]) }
  set children(value: readonly (string | dom_DOMNode | UIElement)[]) { this.setv("children", value) }
}

export interface dom_PlaceholderAttrs extends dom_DOMElementAttrs {}
export class dom_Placeholder extends dom_DOMElement {
  static override readonly __name__: string = "bokeh.models.dom.Placeholder"
  constructor(attrs?: dom_PlaceholderAttrs) { super(attrs) }
}

export interface dom_ValueRefAttrs extends dom_PlaceholderAttrs {
  field?: string
  format?: string | null
  formatter?: E.BuiltinFormatter | CustomJS | CustomJSHover
  filter?: unknown
}
export class dom_ValueRef extends dom_Placeholder {
  static override readonly __name__: string = "bokeh.models.dom.ValueRef"
  constructor(attrs?: dom_ValueRefAttrs) { super(attrs) }
  get field(): string { return this.getv("field") as string }
  set field(value: string) { this.setv("field", value) }
  get format(): string | null { return this.getv("format") as (string | null) }
  set format(value: string | null) { this.setv("format", value) }
  get formatter(): E.BuiltinFormatter | CustomJS | CustomJSHover { return this.getv("formatter") as (E.BuiltinFormatter | CustomJS | CustomJSHover) }
  set formatter(value: E.BuiltinFormatter | CustomJS | CustomJSHover) { this.setv("formatter", value) }
  get filter(): unknown { return this.getv("filter") as unknown }
  set filter(value: unknown) { this.setv("filter", value) }
}

export interface dom_ColorRefAttrs extends dom_ValueRefAttrs {
  hex?: boolean
  swatch?: boolean
}
export class dom_ColorRef extends dom_ValueRef {
  static override readonly __name__: string = "bokeh.models.dom.ColorRef"
  constructor(attrs?: dom_ColorRefAttrs) { super(attrs) }
  get hex(): boolean { return this.getv("hex") as boolean }
  set hex(value: boolean) { this.setv("hex", value) }
  get swatch(): boolean { return this.getv("swatch") as boolean }
  set swatch(value: boolean) { this.setv("swatch", value) }
}

export interface dom_SpanAttrs extends dom_DOMElementAttrs {}
export class dom_Span extends dom_DOMElement {
  static override readonly __name__: string = "bokeh.models.dom.Span"
  constructor(attrs?: dom_SpanAttrs) { super(attrs) }
}

export interface dom_DivAttrs extends dom_DOMElementAttrs {}
export class dom_Div extends dom_DOMElement {
  static override readonly __name__: string = "bokeh.models.dom.Div"
  constructor(attrs?: dom_DivAttrs) { super(attrs) }
}

export interface dom_TableAttrs extends dom_DOMElementAttrs {}
export class dom_Table extends dom_DOMElement {
  static override readonly __name__: string = "bokeh.models.dom.Table"
  constructor(attrs?: dom_TableAttrs) { super(attrs) }
}

export interface dom_TableRowAttrs extends dom_DOMElementAttrs {}
export class dom_TableRow extends dom_DOMElement {
  static override readonly __name__: string = "bokeh.models.dom.TableRow"
  constructor(attrs?: dom_TableRowAttrs) { super(attrs) }
}

export interface dom_HTMLAttrs extends dom_DOMElementAttrs {
  html?: unknown
  refs?: readonly (dom_DOMElement | UIElement)[]
}
export class dom_HTML extends dom_DOMElement {
  static override readonly __name__: string = "bokeh.models.dom.HTML"
  constructor(attrs?: dom_HTMLAttrs) { super(attrs) }
  get html(): unknown { return this.getv("html") as unknown }
  set html(value: unknown) { this.setv("html", value) }
  get refs(): readonly (dom_DOMElement | UIElement)[] { return this.getv("refs") as (readonly (dom_DOMElement | UIElement)[]) }
  set refs(value: readonly (dom_DOMElement | UIElement)[]) { this.setv("refs", value) }
}

export interface dom_IndexAttrs extends dom_PlaceholderAttrs {}
export class dom_Index extends dom_Placeholder {
  static override readonly __name__: string = "bokeh.models.dom.Index"
  constructor(attrs?: dom_IndexAttrs) { super(attrs) }
}

export interface StylesAttrs extends ModelAttrs {
  alignContent?: string | null
  alignItems?: string | null
  alignSelf?: string | null
  alignmentBaseline?: string | null
  all?: string | null
  animation?: string | null
  animationDelay?: string | null
  animationDirection?: string | null
  animationDuration?: string | null
  animationFillMode?: string | null
  animationIterationCount?: string | null
  animationName?: string | null
  animationPlayState?: string | null
  animationTimingFunction?: string | null
  aspectRatio?: string | null
  backfaceVisibility?: string | null
  background?: string | null
  backgroundAttachment?: string | null
  backgroundClip?: string | null
  backgroundColor?: string | null
  backgroundImage?: string | null
  backgroundOrigin?: string | null
  backgroundPosition?: string | null
  backgroundPositionX?: string | null
  backgroundPositionY?: string | null
  backgroundRepeat?: string | null
  backgroundSize?: string | null
  baselineShift?: string | null
  blockSize?: string | null
  border?: string | null
  borderBlockEnd?: string | null
  borderBlockEndColor?: string | null
  borderBlockEndStyle?: string | null
  borderBlockEndWidth?: string | null
  borderBlockStart?: string | null
  borderBlockStartColor?: string | null
  borderBlockStartStyle?: string | null
  borderBlockStartWidth?: string | null
  borderBottom?: string | null
  borderBottomColor?: string | null
  borderBottomLeftRadius?: string | null
  borderBottomRightRadius?: string | null
  borderBottomStyle?: string | null
  borderBottomWidth?: string | null
  borderCollapse?: string | null
  borderColor?: string | null
  borderImage?: string | null
  borderImageOutset?: string | null
  borderImageRepeat?: string | null
  borderImageSlice?: string | null
  borderImageSource?: string | null
  borderImageWidth?: string | null
  borderInlineEnd?: string | null
  borderInlineEndColor?: string | null
  borderInlineEndStyle?: string | null
  borderInlineEndWidth?: string | null
  borderInlineStart?: string | null
  borderInlineStartColor?: string | null
  borderInlineStartStyle?: string | null
  borderInlineStartWidth?: string | null
  borderLeft?: string | null
  borderLeftColor?: string | null
  borderLeftStyle?: string | null
  borderLeftWidth?: string | null
  borderRadius?: string | null
  borderRight?: string | null
  borderRightColor?: string | null
  borderRightStyle?: string | null
  borderRightWidth?: string | null
  borderSpacing?: string | null
  borderStyle?: string | null
  borderTop?: string | null
  borderTopColor?: string | null
  borderTopLeftRadius?: string | null
  borderTopRightRadius?: string | null
  borderTopStyle?: string | null
  borderTopWidth?: string | null
  borderWidth?: string | null
  bottom?: string | null
  boxShadow?: string | null
  boxSizing?: string | null
  breakAfter?: string | null
  breakBefore?: string | null
  breakInside?: string | null
  captionSide?: string | null
  caretColor?: string | null
  clear?: string | null
  clip?: string | null
  clipPath?: string | null
  clipRule?: string | null
  color?: string | null
  colorInterpolation?: string | null
  colorInterpolationFilters?: string | null
  columnCount?: string | null
  columnFill?: string | null
  columnGap?: string | null
  columnRule?: string | null
  columnRuleColor?: string | null
  columnRuleStyle?: string | null
  columnRuleWidth?: string | null
  columnSpan?: string | null
  columnWidth?: string | null
  columns?: string | null
  content?: string | null
  counterIncrement?: string | null
  counterReset?: string | null
  cursor?: string | null
  direction?: string | null
  display?: string | null
  dominantBaseline?: string | null
  emptyCells?: string | null
  fill?: string | null
  fillOpacity?: string | null
  fillRule?: string | null
  filter?: string | null
  flex?: string | null
  flexBasis?: string | null
  flexDirection?: string | null
  flexFlow?: string | null
  flexGrow?: string | null
  flexShrink?: string | null
  flexWrap?: string | null
  float?: string | null
  floodColor?: string | null
  floodOpacity?: string | null
  font?: string | null
  fontFamily?: string | null
  fontFeatureSettings?: string | null
  fontKerning?: string | null
  fontSize?: string | null
  fontSizeAdjust?: string | null
  fontStretch?: string | null
  fontStyle?: string | null
  fontSynthesis?: string | null
  fontVariant?: string | null
  fontVariantCaps?: string | null
  fontVariantEastAsian?: string | null
  fontVariantLigatures?: string | null
  fontVariantNumeric?: string | null
  fontVariantPosition?: string | null
  fontWeight?: string | null
  gap?: string | null
  glyphOrientationVertical?: string | null
  grid?: string | null
  gridArea?: string | null
  gridAutoColumns?: string | null
  gridAutoFlow?: string | null
  gridAutoRows?: string | null
  gridColumn?: string | null
  gridColumnEnd?: string | null
  gridColumnGap?: string | null
  gridColumnStart?: string | null
  gridGap?: string | null
  gridRow?: string | null
  gridRowEnd?: string | null
  gridRowGap?: string | null
  gridRowStart?: string | null
  gridTemplate?: string | null
  gridTemplateAreas?: string | null
  gridTemplateColumns?: string | null
  gridTemplateRows?: string | null
  height?: string | null
  hyphens?: string | null
  imageOrientation?: string | null
  imageRendering?: string | null
  inlineSize?: string | null
  justifyContent?: string | null
  justifyItems?: string | null
  justifySelf?: string | null
  left?: string | null
  letterSpacing?: string | null
  lightingColor?: string | null
  lineBreak?: string | null
  lineHeight?: string | null
  listStyle?: string | null
  listStyleImage?: string | null
  listStylePosition?: string | null
  listStyleType?: string | null
  margin?: string | null
  marginBlockEnd?: string | null
  marginBlockStart?: string | null
  marginBottom?: string | null
  marginInlineEnd?: string | null
  marginInlineStart?: string | null
  marginLeft?: string | null
  marginRight?: string | null
  marginTop?: string | null
  marker?: string | null
  markerEnd?: string | null
  markerMid?: string | null
  markerStart?: string | null
  mask?: string | null
  maskComposite?: string | null
  maskImage?: string | null
  maskPosition?: string | null
  maskRepeat?: string | null
  maskSize?: string | null
  maskType?: string | null
  maxBlockSize?: string | null
  maxHeight?: string | null
  maxInlineSize?: string | null
  maxWidth?: string | null
  minBlockSize?: string | null
  minHeight?: string | null
  minInlineSize?: string | null
  minWidth?: string | null
  objectFit?: string | null
  objectPosition?: string | null
  opacity?: string | null
  order?: string | null
  orphans?: string | null
  outline?: string | null
  outlineColor?: string | null
  outlineOffset?: string | null
  outlineStyle?: string | null
  outlineWidth?: string | null
  overflow?: string | null
  overflowAnchor?: string | null
  overflowWrap?: string | null
  overflowX?: string | null
  overflowY?: string | null
  overscrollBehavior?: string | null
  overscrollBehaviorBlock?: string | null
  overscrollBehaviorInline?: string | null
  overscrollBehaviorX?: string | null
  overscrollBehaviorY?: string | null
  padding?: string | null
  paddingBlockEnd?: string | null
  paddingBlockStart?: string | null
  paddingBottom?: string | null
  paddingInlineEnd?: string | null
  paddingInlineStart?: string | null
  paddingLeft?: string | null
  paddingRight?: string | null
  paddingTop?: string | null
  pageBreakAfter?: string | null
  pageBreakBefore?: string | null
  pageBreakInside?: string | null
  paintOrder?: string | null
  perspective?: string | null
  perspectiveOrigin?: string | null
  placeContent?: string | null
  placeItems?: string | null
  placeSelf?: string | null
  pointerEvents?: string | null
  position?: string | null
  quotes?: string | null
  resize?: string | null
  right?: string | null
  rotate?: string | null
  rowGap?: string | null
  rubyAlign?: string | null
  rubyPosition?: string | null
  scale?: string | null
  scrollBehavior?: string | null
  shapeRendering?: string | null
  stopColor?: string | null
  stopOpacity?: string | null
  stroke?: string | null
  strokeDasharray?: string | null
  strokeDashoffset?: string | null
  strokeLinecap?: string | null
  strokeLinejoin?: string | null
  strokeMiterlimit?: string | null
  strokeOpacity?: string | null
  strokeWidth?: string | null
  tabSize?: string | null
  tableLayout?: string | null
  textAlign?: string | null
  textAlignLast?: string | null
  textAnchor?: string | null
  textCombineUpright?: string | null
  textDecoration?: string | null
  textDecorationColor?: string | null
  textDecorationLine?: string | null
  textDecorationStyle?: string | null
  textEmphasis?: string | null
  textEmphasisColor?: string | null
  textEmphasisPosition?: string | null
  textEmphasisStyle?: string | null
  textIndent?: string | null
  textJustify?: string | null
  textOrientation?: string | null
  textOverflow?: string | null
  textRendering?: string | null
  textShadow?: string | null
  textTransform?: string | null
  textUnderlinePosition?: string | null
  top?: string | null
  touchAction?: string | null
  transform?: string | null
  transformBox?: string | null
  transformOrigin?: string | null
  transformStyle?: string | null
  transition?: string | null
  transitionDelay?: string | null
  transitionDuration?: string | null
  transitionProperty?: string | null
  transitionTimingFunction?: string | null
  translate?: string | null
  unicodeBidi?: string | null
  userSelect?: string | null
  verticalAlign?: string | null
  visibility?: string | null
  whiteSpace?: string | null
  widows?: string | null
  width?: string | null
  willChange?: string | null
  wordBreak?: string | null
  wordSpacing?: string | null
  wordWrap?: string | null
  writingMode?: string | null
  zIndex?: string | null
}
export class Styles extends Model {
  static override readonly __name__: string = "Styles"
  constructor(attrs?: StylesAttrs) { super(attrs) }
  get alignContent(): string | null { return this.getv("align_content") as (string | null) }
  set alignContent(value: string | null) { this.setv("align_content", value) }
  get alignItems(): string | null { return this.getv("align_items") as (string | null) }
  set alignItems(value: string | null) { this.setv("align_items", value) }
  get alignSelf(): string | null { return this.getv("align_self") as (string | null) }
  set alignSelf(value: string | null) { this.setv("align_self", value) }
  get alignmentBaseline(): string | null { return this.getv("alignment_baseline") as (string | null) }
  set alignmentBaseline(value: string | null) { this.setv("alignment_baseline", value) }
  get all(): string | null { return this.getv("all") as (string | null) }
  set all(value: string | null) { this.setv("all", value) }
  get animation(): string | null { return this.getv("animation") as (string | null) }
  set animation(value: string | null) { this.setv("animation", value) }
  get animationDelay(): string | null { return this.getv("animation_delay") as (string | null) }
  set animationDelay(value: string | null) { this.setv("animation_delay", value) }
  get animationDirection(): string | null { return this.getv("animation_direction") as (string | null) }
  set animationDirection(value: string | null) { this.setv("animation_direction", value) }
  get animationDuration(): string | null { return this.getv("animation_duration") as (string | null) }
  set animationDuration(value: string | null) { this.setv("animation_duration", value) }
  get animationFillMode(): string | null { return this.getv("animation_fill_mode") as (string | null) }
  set animationFillMode(value: string | null) { this.setv("animation_fill_mode", value) }
  get animationIterationCount(): string | null { return this.getv("animation_iteration_count") as (string | null) }
  set animationIterationCount(value: string | null) { this.setv("animation_iteration_count", value) }
  get animationName(): string | null { return this.getv("animation_name") as (string | null) }
  set animationName(value: string | null) { this.setv("animation_name", value) }
  get animationPlayState(): string | null { return this.getv("animation_play_state") as (string | null) }
  set animationPlayState(value: string | null) { this.setv("animation_play_state", value) }
  get animationTimingFunction(): string | null { return this.getv("animation_timing_function") as (string | null) }
  set animationTimingFunction(value: string | null) { this.setv("animation_timing_function", value) }
  get aspectRatio(): string | null { return this.getv("aspect_ratio") as (string | null) }
  set aspectRatio(value: string | null) { this.setv("aspect_ratio", value) }
  get backfaceVisibility(): string | null { return this.getv("backface_visibility") as (string | null) }
  set backfaceVisibility(value: string | null) { this.setv("backface_visibility", value) }
  get background(): string | null { return this.getv("background") as (string | null) }
  set background(value: string | null) { this.setv("background", value) }
  get backgroundAttachment(): string | null { return this.getv("background_attachment") as (string | null) }
  set backgroundAttachment(value: string | null) { this.setv("background_attachment", value) }
  get backgroundClip(): string | null { return this.getv("background_clip") as (string | null) }
  set backgroundClip(value: string | null) { this.setv("background_clip", value) }
  get backgroundColor(): string | null { return this.getv("background_color") as (string | null) }
  set backgroundColor(value: string | null) { this.setv("background_color", value) }
  get backgroundImage(): string | null { return this.getv("background_image") as (string | null) }
  set backgroundImage(value: string | null) { this.setv("background_image", value) }
  get backgroundOrigin(): string | null { return this.getv("background_origin") as (string | null) }
  set backgroundOrigin(value: string | null) { this.setv("background_origin", value) }
  get backgroundPosition(): string | null { return this.getv("background_position") as (string | null) }
  set backgroundPosition(value: string | null) { this.setv("background_position", value) }
  get backgroundPositionX(): string | null { return this.getv("background_position_x") as (string | null) }
  set backgroundPositionX(value: string | null) { this.setv("background_position_x", value) }
  get backgroundPositionY(): string | null { return this.getv("background_position_y") as (string | null) }
  set backgroundPositionY(value: string | null) { this.setv("background_position_y", value) }
  get backgroundRepeat(): string | null { return this.getv("background_repeat") as (string | null) }
  set backgroundRepeat(value: string | null) { this.setv("background_repeat", value) }
  get backgroundSize(): string | null { return this.getv("background_size") as (string | null) }
  set backgroundSize(value: string | null) { this.setv("background_size", value) }
  get baselineShift(): string | null { return this.getv("baseline_shift") as (string | null) }
  set baselineShift(value: string | null) { this.setv("baseline_shift", value) }
  get blockSize(): string | null { return this.getv("block_size") as (string | null) }
  set blockSize(value: string | null) { this.setv("block_size", value) }
  get border(): string | null { return this.getv("border") as (string | null) }
  set border(value: string | null) { this.setv("border", value) }
  get borderBlockEnd(): string | null { return this.getv("border_block_end") as (string | null) }
  set borderBlockEnd(value: string | null) { this.setv("border_block_end", value) }
  get borderBlockEndColor(): string | null { return this.getv("border_block_end_color") as (string | null) }
  set borderBlockEndColor(value: string | null) { this.setv("border_block_end_color", value) }
  get borderBlockEndStyle(): string | null { return this.getv("border_block_end_style") as (string | null) }
  set borderBlockEndStyle(value: string | null) { this.setv("border_block_end_style", value) }
  get borderBlockEndWidth(): string | null { return this.getv("border_block_end_width") as (string | null) }
  set borderBlockEndWidth(value: string | null) { this.setv("border_block_end_width", value) }
  get borderBlockStart(): string | null { return this.getv("border_block_start") as (string | null) }
  set borderBlockStart(value: string | null) { this.setv("border_block_start", value) }
  get borderBlockStartColor(): string | null { return this.getv("border_block_start_color") as (string | null) }
  set borderBlockStartColor(value: string | null) { this.setv("border_block_start_color", value) }
  get borderBlockStartStyle(): string | null { return this.getv("border_block_start_style") as (string | null) }
  set borderBlockStartStyle(value: string | null) { this.setv("border_block_start_style", value) }
  get borderBlockStartWidth(): string | null { return this.getv("border_block_start_width") as (string | null) }
  set borderBlockStartWidth(value: string | null) { this.setv("border_block_start_width", value) }
  get borderBottom(): string | null { return this.getv("border_bottom") as (string | null) }
  set borderBottom(value: string | null) { this.setv("border_bottom", value) }
  get borderBottomColor(): string | null { return this.getv("border_bottom_color") as (string | null) }
  set borderBottomColor(value: string | null) { this.setv("border_bottom_color", value) }
  get borderBottomLeftRadius(): string | null { return this.getv("border_bottom_left_radius") as (string | null) }
  set borderBottomLeftRadius(value: string | null) { this.setv("border_bottom_left_radius", value) }
  get borderBottomRightRadius(): string | null { return this.getv("border_bottom_right_radius") as (string | null) }
  set borderBottomRightRadius(value: string | null) { this.setv("border_bottom_right_radius", value) }
  get borderBottomStyle(): string | null { return this.getv("border_bottom_style") as (string | null) }
  set borderBottomStyle(value: string | null) { this.setv("border_bottom_style", value) }
  get borderBottomWidth(): string | null { return this.getv("border_bottom_width") as (string | null) }
  set borderBottomWidth(value: string | null) { this.setv("border_bottom_width", value) }
  get borderCollapse(): string | null { return this.getv("border_collapse") as (string | null) }
  set borderCollapse(value: string | null) { this.setv("border_collapse", value) }
  get borderColor(): string | null { return this.getv("border_color") as (string | null) }
  set borderColor(value: string | null) { this.setv("border_color", value) }
  get borderImage(): string | null { return this.getv("border_image") as (string | null) }
  set borderImage(value: string | null) { this.setv("border_image", value) }
  get borderImageOutset(): string | null { return this.getv("border_image_outset") as (string | null) }
  set borderImageOutset(value: string | null) { this.setv("border_image_outset", value) }
  get borderImageRepeat(): string | null { return this.getv("border_image_repeat") as (string | null) }
  set borderImageRepeat(value: string | null) { this.setv("border_image_repeat", value) }
  get borderImageSlice(): string | null { return this.getv("border_image_slice") as (string | null) }
  set borderImageSlice(value: string | null) { this.setv("border_image_slice", value) }
  get borderImageSource(): string | null { return this.getv("border_image_source") as (string | null) }
  set borderImageSource(value: string | null) { this.setv("border_image_source", value) }
  get borderImageWidth(): string | null { return this.getv("border_image_width") as (string | null) }
  set borderImageWidth(value: string | null) { this.setv("border_image_width", value) }
  get borderInlineEnd(): string | null { return this.getv("border_inline_end") as (string | null) }
  set borderInlineEnd(value: string | null) { this.setv("border_inline_end", value) }
  get borderInlineEndColor(): string | null { return this.getv("border_inline_end_color") as (string | null) }
  set borderInlineEndColor(value: string | null) { this.setv("border_inline_end_color", value) }
  get borderInlineEndStyle(): string | null { return this.getv("border_inline_end_style") as (string | null) }
  set borderInlineEndStyle(value: string | null) { this.setv("border_inline_end_style", value) }
  get borderInlineEndWidth(): string | null { return this.getv("border_inline_end_width") as (string | null) }
  set borderInlineEndWidth(value: string | null) { this.setv("border_inline_end_width", value) }
  get borderInlineStart(): string | null { return this.getv("border_inline_start") as (string | null) }
  set borderInlineStart(value: string | null) { this.setv("border_inline_start", value) }
  get borderInlineStartColor(): string | null { return this.getv("border_inline_start_color") as (string | null) }
  set borderInlineStartColor(value: string | null) { this.setv("border_inline_start_color", value) }
  get borderInlineStartStyle(): string | null { return this.getv("border_inline_start_style") as (string | null) }
  set borderInlineStartStyle(value: string | null) { this.setv("border_inline_start_style", value) }
  get borderInlineStartWidth(): string | null { return this.getv("border_inline_start_width") as (string | null) }
  set borderInlineStartWidth(value: string | null) { this.setv("border_inline_start_width", value) }
  get borderLeft(): string | null { return this.getv("border_left") as (string | null) }
  set borderLeft(value: string | null) { this.setv("border_left", value) }
  get borderLeftColor(): string | null { return this.getv("border_left_color") as (string | null) }
  set borderLeftColor(value: string | null) { this.setv("border_left_color", value) }
  get borderLeftStyle(): string | null { return this.getv("border_left_style") as (string | null) }
  set borderLeftStyle(value: string | null) { this.setv("border_left_style", value) }
  get borderLeftWidth(): string | null { return this.getv("border_left_width") as (string | null) }
  set borderLeftWidth(value: string | null) { this.setv("border_left_width", value) }
  get borderRadius(): string | null { return this.getv("border_radius") as (string | null) }
  set borderRadius(value: string | null) { this.setv("border_radius", value) }
  get borderRight(): string | null { return this.getv("border_right") as (string | null) }
  set borderRight(value: string | null) { this.setv("border_right", value) }
  get borderRightColor(): string | null { return this.getv("border_right_color") as (string | null) }
  set borderRightColor(value: string | null) { this.setv("border_right_color", value) }
  get borderRightStyle(): string | null { return this.getv("border_right_style") as (string | null) }
  set borderRightStyle(value: string | null) { this.setv("border_right_style", value) }
  get borderRightWidth(): string | null { return this.getv("border_right_width") as (string | null) }
  set borderRightWidth(value: string | null) { this.setv("border_right_width", value) }
  get borderSpacing(): string | null { return this.getv("border_spacing") as (string | null) }
  set borderSpacing(value: string | null) { this.setv("border_spacing", value) }
  get borderStyle(): string | null { return this.getv("border_style") as (string | null) }
  set borderStyle(value: string | null) { this.setv("border_style", value) }
  get borderTop(): string | null { return this.getv("border_top") as (string | null) }
  set borderTop(value: string | null) { this.setv("border_top", value) }
  get borderTopColor(): string | null { return this.getv("border_top_color") as (string | null) }
  set borderTopColor(value: string | null) { this.setv("border_top_color", value) }
  get borderTopLeftRadius(): string | null { return this.getv("border_top_left_radius") as (string | null) }
  set borderTopLeftRadius(value: string | null) { this.setv("border_top_left_radius", value) }
  get borderTopRightRadius(): string | null { return this.getv("border_top_right_radius") as (string | null) }
  set borderTopRightRadius(value: string | null) { this.setv("border_top_right_radius", value) }
  get borderTopStyle(): string | null { return this.getv("border_top_style") as (string | null) }
  set borderTopStyle(value: string | null) { this.setv("border_top_style", value) }
  get borderTopWidth(): string | null { return this.getv("border_top_width") as (string | null) }
  set borderTopWidth(value: string | null) { this.setv("border_top_width", value) }
  get borderWidth(): string | null { return this.getv("border_width") as (string | null) }
  set borderWidth(value: string | null) { this.setv("border_width", value) }
  get bottom(): string | null { return this.getv("bottom") as (string | null) }
  set bottom(value: string | null) { this.setv("bottom", value) }
  get boxShadow(): string | null { return this.getv("box_shadow") as (string | null) }
  set boxShadow(value: string | null) { this.setv("box_shadow", value) }
  get boxSizing(): string | null { return this.getv("box_sizing") as (string | null) }
  set boxSizing(value: string | null) { this.setv("box_sizing", value) }
  get breakAfter(): string | null { return this.getv("break_after") as (string | null) }
  set breakAfter(value: string | null) { this.setv("break_after", value) }
  get breakBefore(): string | null { return this.getv("break_before") as (string | null) }
  set breakBefore(value: string | null) { this.setv("break_before", value) }
  get breakInside(): string | null { return this.getv("break_inside") as (string | null) }
  set breakInside(value: string | null) { this.setv("break_inside", value) }
  get captionSide(): string | null { return this.getv("caption_side") as (string | null) }
  set captionSide(value: string | null) { this.setv("caption_side", value) }
  get caretColor(): string | null { return this.getv("caret_color") as (string | null) }
  set caretColor(value: string | null) { this.setv("caret_color", value) }
  get clear(): string | null { return this.getv("clear") as (string | null) }
  set clear(value: string | null) { this.setv("clear", value) }
  get clip(): string | null { return this.getv("clip") as (string | null) }
  set clip(value: string | null) { this.setv("clip", value) }
  get clipPath(): string | null { return this.getv("clip_path") as (string | null) }
  set clipPath(value: string | null) { this.setv("clip_path", value) }
  get clipRule(): string | null { return this.getv("clip_rule") as (string | null) }
  set clipRule(value: string | null) { this.setv("clip_rule", value) }
  get color(): string | null { return this.getv("color") as (string | null) }
  set color(value: string | null) { this.setv("color", value) }
  get colorInterpolation(): string | null { return this.getv("color_interpolation") as (string | null) }
  set colorInterpolation(value: string | null) { this.setv("color_interpolation", value) }
  get colorInterpolationFilters(): string | null { return this.getv("color_interpolation_filters") as (string | null) }
  set colorInterpolationFilters(value: string | null) { this.setv("color_interpolation_filters", value) }
  get columnCount(): string | null { return this.getv("column_count") as (string | null) }
  set columnCount(value: string | null) { this.setv("column_count", value) }
  get columnFill(): string | null { return this.getv("column_fill") as (string | null) }
  set columnFill(value: string | null) { this.setv("column_fill", value) }
  get columnGap(): string | null { return this.getv("column_gap") as (string | null) }
  set columnGap(value: string | null) { this.setv("column_gap", value) }
  get columnRule(): string | null { return this.getv("column_rule") as (string | null) }
  set columnRule(value: string | null) { this.setv("column_rule", value) }
  get columnRuleColor(): string | null { return this.getv("column_rule_color") as (string | null) }
  set columnRuleColor(value: string | null) { this.setv("column_rule_color", value) }
  get columnRuleStyle(): string | null { return this.getv("column_rule_style") as (string | null) }
  set columnRuleStyle(value: string | null) { this.setv("column_rule_style", value) }
  get columnRuleWidth(): string | null { return this.getv("column_rule_width") as (string | null) }
  set columnRuleWidth(value: string | null) { this.setv("column_rule_width", value) }
  get columnSpan(): string | null { return this.getv("column_span") as (string | null) }
  set columnSpan(value: string | null) { this.setv("column_span", value) }
  get columnWidth(): string | null { return this.getv("column_width") as (string | null) }
  set columnWidth(value: string | null) { this.setv("column_width", value) }
  get columns(): string | null { return this.getv("columns") as (string | null) }
  set columns(value: string | null) { this.setv("columns", value) }
  get content(): string | null { return this.getv("content") as (string | null) }
  set content(value: string | null) { this.setv("content", value) }
  get counterIncrement(): string | null { return this.getv("counter_increment") as (string | null) }
  set counterIncrement(value: string | null) { this.setv("counter_increment", value) }
  get counterReset(): string | null { return this.getv("counter_reset") as (string | null) }
  set counterReset(value: string | null) { this.setv("counter_reset", value) }
  get cursor(): string | null { return this.getv("cursor") as (string | null) }
  set cursor(value: string | null) { this.setv("cursor", value) }
  get direction(): string | null { return this.getv("direction") as (string | null) }
  set direction(value: string | null) { this.setv("direction", value) }
  get display(): string | null { return this.getv("display") as (string | null) }
  set display(value: string | null) { this.setv("display", value) }
  get dominantBaseline(): string | null { return this.getv("dominant_baseline") as (string | null) }
  set dominantBaseline(value: string | null) { this.setv("dominant_baseline", value) }
  get emptyCells(): string | null { return this.getv("empty_cells") as (string | null) }
  set emptyCells(value: string | null) { this.setv("empty_cells", value) }
  get fill(): string | null { return this.getv("fill") as (string | null) }
  set fill(value: string | null) { this.setv("fill", value) }
  get fillOpacity(): string | null { return this.getv("fill_opacity") as (string | null) }
  set fillOpacity(value: string | null) { this.setv("fill_opacity", value) }
  get fillRule(): string | null { return this.getv("fill_rule") as (string | null) }
  set fillRule(value: string | null) { this.setv("fill_rule", value) }
  get filter(): string | null { return this.getv("filter") as (string | null) }
  set filter(value: string | null) { this.setv("filter", value) }
  get flex(): string | null { return this.getv("flex") as (string | null) }
  set flex(value: string | null) { this.setv("flex", value) }
  get flexBasis(): string | null { return this.getv("flex_basis") as (string | null) }
  set flexBasis(value: string | null) { this.setv("flex_basis", value) }
  get flexDirection(): string | null { return this.getv("flex_direction") as (string | null) }
  set flexDirection(value: string | null) { this.setv("flex_direction", value) }
  get flexFlow(): string | null { return this.getv("flex_flow") as (string | null) }
  set flexFlow(value: string | null) { this.setv("flex_flow", value) }
  get flexGrow(): string | null { return this.getv("flex_grow") as (string | null) }
  set flexGrow(value: string | null) { this.setv("flex_grow", value) }
  get flexShrink(): string | null { return this.getv("flex_shrink") as (string | null) }
  set flexShrink(value: string | null) { this.setv("flex_shrink", value) }
  get flexWrap(): string | null { return this.getv("flex_wrap") as (string | null) }
  set flexWrap(value: string | null) { this.setv("flex_wrap", value) }
  get float(): string | null { return this.getv("float") as (string | null) }
  set float(value: string | null) { this.setv("float", value) }
  get floodColor(): string | null { return this.getv("flood_color") as (string | null) }
  set floodColor(value: string | null) { this.setv("flood_color", value) }
  get floodOpacity(): string | null { return this.getv("flood_opacity") as (string | null) }
  set floodOpacity(value: string | null) { this.setv("flood_opacity", value) }
  get font(): string | null { return this.getv("font") as (string | null) }
  set font(value: string | null) { this.setv("font", value) }
  get fontFamily(): string | null { return this.getv("font_family") as (string | null) }
  set fontFamily(value: string | null) { this.setv("font_family", value) }
  get fontFeatureSettings(): string | null { return this.getv("font_feature_settings") as (string | null) }
  set fontFeatureSettings(value: string | null) { this.setv("font_feature_settings", value) }
  get fontKerning(): string | null { return this.getv("font_kerning") as (string | null) }
  set fontKerning(value: string | null) { this.setv("font_kerning", value) }
  get fontSize(): string | null { return this.getv("font_size") as (string | null) }
  set fontSize(value: string | null) { this.setv("font_size", value) }
  get fontSizeAdjust(): string | null { return this.getv("font_size_adjust") as (string | null) }
  set fontSizeAdjust(value: string | null) { this.setv("font_size_adjust", value) }
  get fontStretch(): string | null { return this.getv("font_stretch") as (string | null) }
  set fontStretch(value: string | null) { this.setv("font_stretch", value) }
  get fontStyle(): string | null { return this.getv("font_style") as (string | null) }
  set fontStyle(value: string | null) { this.setv("font_style", value) }
  get fontSynthesis(): string | null { return this.getv("font_synthesis") as (string | null) }
  set fontSynthesis(value: string | null) { this.setv("font_synthesis", value) }
  get fontVariant(): string | null { return this.getv("font_variant") as (string | null) }
  set fontVariant(value: string | null) { this.setv("font_variant", value) }
  get fontVariantCaps(): string | null { return this.getv("font_variant_caps") as (string | null) }
  set fontVariantCaps(value: string | null) { this.setv("font_variant_caps", value) }
  get fontVariantEastAsian(): string | null { return this.getv("font_variant_east_asian") as (string | null) }
  set fontVariantEastAsian(value: string | null) { this.setv("font_variant_east_asian", value) }
  get fontVariantLigatures(): string | null { return this.getv("font_variant_ligatures") as (string | null) }
  set fontVariantLigatures(value: string | null) { this.setv("font_variant_ligatures", value) }
  get fontVariantNumeric(): string | null { return this.getv("font_variant_numeric") as (string | null) }
  set fontVariantNumeric(value: string | null) { this.setv("font_variant_numeric", value) }
  get fontVariantPosition(): string | null { return this.getv("font_variant_position") as (string | null) }
  set fontVariantPosition(value: string | null) { this.setv("font_variant_position", value) }
  get fontWeight(): string | null { return this.getv("font_weight") as (string | null) }
  set fontWeight(value: string | null) { this.setv("font_weight", value) }
  get gap(): string | null { return this.getv("gap") as (string | null) }
  set gap(value: string | null) { this.setv("gap", value) }
  get glyphOrientationVertical(): string | null { return this.getv("glyph_orientation_vertical") as (string | null) }
  set glyphOrientationVertical(value: string | null) { this.setv("glyph_orientation_vertical", value) }
  get grid(): string | null { return this.getv("grid") as (string | null) }
  set grid(value: string | null) { this.setv("grid", value) }
  get gridArea(): string | null { return this.getv("grid_area") as (string | null) }
  set gridArea(value: string | null) { this.setv("grid_area", value) }
  get gridAutoColumns(): string | null { return this.getv("grid_auto_columns") as (string | null) }
  set gridAutoColumns(value: string | null) { this.setv("grid_auto_columns", value) }
  get gridAutoFlow(): string | null { return this.getv("grid_auto_flow") as (string | null) }
  set gridAutoFlow(value: string | null) { this.setv("grid_auto_flow", value) }
  get gridAutoRows(): string | null { return this.getv("grid_auto_rows") as (string | null) }
  set gridAutoRows(value: string | null) { this.setv("grid_auto_rows", value) }
  get gridColumn(): string | null { return this.getv("grid_column") as (string | null) }
  set gridColumn(value: string | null) { this.setv("grid_column", value) }
  get gridColumnEnd(): string | null { return this.getv("grid_column_end") as (string | null) }
  set gridColumnEnd(value: string | null) { this.setv("grid_column_end", value) }
  get gridColumnGap(): string | null { return this.getv("grid_column_gap") as (string | null) }
  set gridColumnGap(value: string | null) { this.setv("grid_column_gap", value) }
  get gridColumnStart(): string | null { return this.getv("grid_column_start") as (string | null) }
  set gridColumnStart(value: string | null) { this.setv("grid_column_start", value) }
  get gridGap(): string | null { return this.getv("grid_gap") as (string | null) }
  set gridGap(value: string | null) { this.setv("grid_gap", value) }
  get gridRow(): string | null { return this.getv("grid_row") as (string | null) }
  set gridRow(value: string | null) { this.setv("grid_row", value) }
  get gridRowEnd(): string | null { return this.getv("grid_row_end") as (string | null) }
  set gridRowEnd(value: string | null) { this.setv("grid_row_end", value) }
  get gridRowGap(): string | null { return this.getv("grid_row_gap") as (string | null) }
  set gridRowGap(value: string | null) { this.setv("grid_row_gap", value) }
  get gridRowStart(): string | null { return this.getv("grid_row_start") as (string | null) }
  set gridRowStart(value: string | null) { this.setv("grid_row_start", value) }
  get gridTemplate(): string | null { return this.getv("grid_template") as (string | null) }
  set gridTemplate(value: string | null) { this.setv("grid_template", value) }
  get gridTemplateAreas(): string | null { return this.getv("grid_template_areas") as (string | null) }
  set gridTemplateAreas(value: string | null) { this.setv("grid_template_areas", value) }
  get gridTemplateColumns(): string | null { return this.getv("grid_template_columns") as (string | null) }
  set gridTemplateColumns(value: string | null) { this.setv("grid_template_columns", value) }
  get gridTemplateRows(): string | null { return this.getv("grid_template_rows") as (string | null) }
  set gridTemplateRows(value: string | null) { this.setv("grid_template_rows", value) }
  get height(): string | null { return this.getv("height") as (string | null) }
  set height(value: string | null) { this.setv("height", value) }
  get hyphens(): string | null { return this.getv("hyphens") as (string | null) }
  set hyphens(value: string | null) { this.setv("hyphens", value) }
  get imageOrientation(): string | null { return this.getv("image_orientation") as (string | null) }
  set imageOrientation(value: string | null) { this.setv("image_orientation", value) }
  get imageRendering(): string | null { return this.getv("image_rendering") as (string | null) }
  set imageRendering(value: string | null) { this.setv("image_rendering", value) }
  get inlineSize(): string | null { return this.getv("inline_size") as (string | null) }
  set inlineSize(value: string | null) { this.setv("inline_size", value) }
  get justifyContent(): string | null { return this.getv("justify_content") as (string | null) }
  set justifyContent(value: string | null) { this.setv("justify_content", value) }
  get justifyItems(): string | null { return this.getv("justify_items") as (string | null) }
  set justifyItems(value: string | null) { this.setv("justify_items", value) }
  get justifySelf(): string | null { return this.getv("justify_self") as (string | null) }
  set justifySelf(value: string | null) { this.setv("justify_self", value) }
  get left(): string | null { return this.getv("left") as (string | null) }
  set left(value: string | null) { this.setv("left", value) }
  get letterSpacing(): string | null { return this.getv("letter_spacing") as (string | null) }
  set letterSpacing(value: string | null) { this.setv("letter_spacing", value) }
  get lightingColor(): string | null { return this.getv("lighting_color") as (string | null) }
  set lightingColor(value: string | null) { this.setv("lighting_color", value) }
  get lineBreak(): string | null { return this.getv("line_break") as (string | null) }
  set lineBreak(value: string | null) { this.setv("line_break", value) }
  get lineHeight(): string | null { return this.getv("line_height") as (string | null) }
  set lineHeight(value: string | null) { this.setv("line_height", value) }
  get listStyle(): string | null { return this.getv("list_style") as (string | null) }
  set listStyle(value: string | null) { this.setv("list_style", value) }
  get listStyleImage(): string | null { return this.getv("list_style_image") as (string | null) }
  set listStyleImage(value: string | null) { this.setv("list_style_image", value) }
  get listStylePosition(): string | null { return this.getv("list_style_position") as (string | null) }
  set listStylePosition(value: string | null) { this.setv("list_style_position", value) }
  get listStyleType(): string | null { return this.getv("list_style_type") as (string | null) }
  set listStyleType(value: string | null) { this.setv("list_style_type", value) }
  get margin(): string | null { return this.getv("margin") as (string | null) }
  set margin(value: string | null) { this.setv("margin", value) }
  get marginBlockEnd(): string | null { return this.getv("margin_block_end") as (string | null) }
  set marginBlockEnd(value: string | null) { this.setv("margin_block_end", value) }
  get marginBlockStart(): string | null { return this.getv("margin_block_start") as (string | null) }
  set marginBlockStart(value: string | null) { this.setv("margin_block_start", value) }
  get marginBottom(): string | null { return this.getv("margin_bottom") as (string | null) }
  set marginBottom(value: string | null) { this.setv("margin_bottom", value) }
  get marginInlineEnd(): string | null { return this.getv("margin_inline_end") as (string | null) }
  set marginInlineEnd(value: string | null) { this.setv("margin_inline_end", value) }
  get marginInlineStart(): string | null { return this.getv("margin_inline_start") as (string | null) }
  set marginInlineStart(value: string | null) { this.setv("margin_inline_start", value) }
  get marginLeft(): string | null { return this.getv("margin_left") as (string | null) }
  set marginLeft(value: string | null) { this.setv("margin_left", value) }
  get marginRight(): string | null { return this.getv("margin_right") as (string | null) }
  set marginRight(value: string | null) { this.setv("margin_right", value) }
  get marginTop(): string | null { return this.getv("margin_top") as (string | null) }
  set marginTop(value: string | null) { this.setv("margin_top", value) }
  get marker(): string | null { return this.getv("marker") as (string | null) }
  set marker(value: string | null) { this.setv("marker", value) }
  get markerEnd(): string | null { return this.getv("marker_end") as (string | null) }
  set markerEnd(value: string | null) { this.setv("marker_end", value) }
  get markerMid(): string | null { return this.getv("marker_mid") as (string | null) }
  set markerMid(value: string | null) { this.setv("marker_mid", value) }
  get markerStart(): string | null { return this.getv("marker_start") as (string | null) }
  set markerStart(value: string | null) { this.setv("marker_start", value) }
  get mask(): string | null { return this.getv("mask") as (string | null) }
  set mask(value: string | null) { this.setv("mask", value) }
  get maskComposite(): string | null { return this.getv("mask_composite") as (string | null) }
  set maskComposite(value: string | null) { this.setv("mask_composite", value) }
  get maskImage(): string | null { return this.getv("mask_image") as (string | null) }
  set maskImage(value: string | null) { this.setv("mask_image", value) }
  get maskPosition(): string | null { return this.getv("mask_position") as (string | null) }
  set maskPosition(value: string | null) { this.setv("mask_position", value) }
  get maskRepeat(): string | null { return this.getv("mask_repeat") as (string | null) }
  set maskRepeat(value: string | null) { this.setv("mask_repeat", value) }
  get maskSize(): string | null { return this.getv("mask_size") as (string | null) }
  set maskSize(value: string | null) { this.setv("mask_size", value) }
  get maskType(): string | null { return this.getv("mask_type") as (string | null) }
  set maskType(value: string | null) { this.setv("mask_type", value) }
  get maxBlockSize(): string | null { return this.getv("max_block_size") as (string | null) }
  set maxBlockSize(value: string | null) { this.setv("max_block_size", value) }
  get maxHeight(): string | null { return this.getv("max_height") as (string | null) }
  set maxHeight(value: string | null) { this.setv("max_height", value) }
  get maxInlineSize(): string | null { return this.getv("max_inline_size") as (string | null) }
  set maxInlineSize(value: string | null) { this.setv("max_inline_size", value) }
  get maxWidth(): string | null { return this.getv("max_width") as (string | null) }
  set maxWidth(value: string | null) { this.setv("max_width", value) }
  get minBlockSize(): string | null { return this.getv("min_block_size") as (string | null) }
  set minBlockSize(value: string | null) { this.setv("min_block_size", value) }
  get minHeight(): string | null { return this.getv("min_height") as (string | null) }
  set minHeight(value: string | null) { this.setv("min_height", value) }
  get minInlineSize(): string | null { return this.getv("min_inline_size") as (string | null) }
  set minInlineSize(value: string | null) { this.setv("min_inline_size", value) }
  get minWidth(): string | null { return this.getv("min_width") as (string | null) }
  set minWidth(value: string | null) { this.setv("min_width", value) }
  get objectFit(): string | null { return this.getv("object_fit") as (string | null) }
  set objectFit(value: string | null) { this.setv("object_fit", value) }
  get objectPosition(): string | null { return this.getv("object_position") as (string | null) }
  set objectPosition(value: string | null) { this.setv("object_position", value) }
  get opacity(): string | null { return this.getv("opacity") as (string | null) }
  set opacity(value: string | null) { this.setv("opacity", value) }
  get order(): string | null { return this.getv("order") as (string | null) }
  set order(value: string | null) { this.setv("order", value) }
  get orphans(): string | null { return this.getv("orphans") as (string | null) }
  set orphans(value: string | null) { this.setv("orphans", value) }
  get outline(): string | null { return this.getv("outline") as (string | null) }
  set outline(value: string | null) { this.setv("outline", value) }
  get outlineColor(): string | null { return this.getv("outline_color") as (string | null) }
  set outlineColor(value: string | null) { this.setv("outline_color", value) }
  get outlineOffset(): string | null { return this.getv("outline_offset") as (string | null) }
  set outlineOffset(value: string | null) { this.setv("outline_offset", value) }
  get outlineStyle(): string | null { return this.getv("outline_style") as (string | null) }
  set outlineStyle(value: string | null) { this.setv("outline_style", value) }
  get outlineWidth(): string | null { return this.getv("outline_width") as (string | null) }
  set outlineWidth(value: string | null) { this.setv("outline_width", value) }
  get overflow(): string | null { return this.getv("overflow") as (string | null) }
  set overflow(value: string | null) { this.setv("overflow", value) }
  get overflowAnchor(): string | null { return this.getv("overflow_anchor") as (string | null) }
  set overflowAnchor(value: string | null) { this.setv("overflow_anchor", value) }
  get overflowWrap(): string | null { return this.getv("overflow_wrap") as (string | null) }
  set overflowWrap(value: string | null) { this.setv("overflow_wrap", value) }
  get overflowX(): string | null { return this.getv("overflow_x") as (string | null) }
  set overflowX(value: string | null) { this.setv("overflow_x", value) }
  get overflowY(): string | null { return this.getv("overflow_y") as (string | null) }
  set overflowY(value: string | null) { this.setv("overflow_y", value) }
  get overscrollBehavior(): string | null { return this.getv("overscroll_behavior") as (string | null) }
  set overscrollBehavior(value: string | null) { this.setv("overscroll_behavior", value) }
  get overscrollBehaviorBlock(): string | null { return this.getv("overscroll_behavior_block") as (string | null) }
  set overscrollBehaviorBlock(value: string | null) { this.setv("overscroll_behavior_block", value) }
  get overscrollBehaviorInline(): string | null { return this.getv("overscroll_behavior_inline") as (string | null) }
  set overscrollBehaviorInline(value: string | null) { this.setv("overscroll_behavior_inline", value) }
  get overscrollBehaviorX(): string | null { return this.getv("overscroll_behavior_x") as (string | null) }
  set overscrollBehaviorX(value: string | null) { this.setv("overscroll_behavior_x", value) }
  get overscrollBehaviorY(): string | null { return this.getv("overscroll_behavior_y") as (string | null) }
  set overscrollBehaviorY(value: string | null) { this.setv("overscroll_behavior_y", value) }
  get padding(): string | null { return this.getv("padding") as (string | null) }
  set padding(value: string | null) { this.setv("padding", value) }
  get paddingBlockEnd(): string | null { return this.getv("padding_block_end") as (string | null) }
  set paddingBlockEnd(value: string | null) { this.setv("padding_block_end", value) }
  get paddingBlockStart(): string | null { return this.getv("padding_block_start") as (string | null) }
  set paddingBlockStart(value: string | null) { this.setv("padding_block_start", value) }
  get paddingBottom(): string | null { return this.getv("padding_bottom") as (string | null) }
  set paddingBottom(value: string | null) { this.setv("padding_bottom", value) }
  get paddingInlineEnd(): string | null { return this.getv("padding_inline_end") as (string | null) }
  set paddingInlineEnd(value: string | null) { this.setv("padding_inline_end", value) }
  get paddingInlineStart(): string | null { return this.getv("padding_inline_start") as (string | null) }
  set paddingInlineStart(value: string | null) { this.setv("padding_inline_start", value) }
  get paddingLeft(): string | null { return this.getv("padding_left") as (string | null) }
  set paddingLeft(value: string | null) { this.setv("padding_left", value) }
  get paddingRight(): string | null { return this.getv("padding_right") as (string | null) }
  set paddingRight(value: string | null) { this.setv("padding_right", value) }
  get paddingTop(): string | null { return this.getv("padding_top") as (string | null) }
  set paddingTop(value: string | null) { this.setv("padding_top", value) }
  get pageBreakAfter(): string | null { return this.getv("page_break_after") as (string | null) }
  set pageBreakAfter(value: string | null) { this.setv("page_break_after", value) }
  get pageBreakBefore(): string | null { return this.getv("page_break_before") as (string | null) }
  set pageBreakBefore(value: string | null) { this.setv("page_break_before", value) }
  get pageBreakInside(): string | null { return this.getv("page_break_inside") as (string | null) }
  set pageBreakInside(value: string | null) { this.setv("page_break_inside", value) }
  get paintOrder(): string | null { return this.getv("paint_order") as (string | null) }
  set paintOrder(value: string | null) { this.setv("paint_order", value) }
  get perspective(): string | null { return this.getv("perspective") as (string | null) }
  set perspective(value: string | null) { this.setv("perspective", value) }
  get perspectiveOrigin(): string | null { return this.getv("perspective_origin") as (string | null) }
  set perspectiveOrigin(value: string | null) { this.setv("perspective_origin", value) }
  get placeContent(): string | null { return this.getv("place_content") as (string | null) }
  set placeContent(value: string | null) { this.setv("place_content", value) }
  get placeItems(): string | null { return this.getv("place_items") as (string | null) }
  set placeItems(value: string | null) { this.setv("place_items", value) }
  get placeSelf(): string | null { return this.getv("place_self") as (string | null) }
  set placeSelf(value: string | null) { this.setv("place_self", value) }
  get pointerEvents(): string | null { return this.getv("pointer_events") as (string | null) }
  set pointerEvents(value: string | null) { this.setv("pointer_events", value) }
  get position(): string | null { return this.getv("position") as (string | null) }
  set position(value: string | null) { this.setv("position", value) }
  get quotes(): string | null { return this.getv("quotes") as (string | null) }
  set quotes(value: string | null) { this.setv("quotes", value) }
  get resize(): string | null { return this.getv("resize") as (string | null) }
  set resize(value: string | null) { this.setv("resize", value) }
  get right(): string | null { return this.getv("right") as (string | null) }
  set right(value: string | null) { this.setv("right", value) }
  get rotate(): string | null { return this.getv("rotate") as (string | null) }
  set rotate(value: string | null) { this.setv("rotate", value) }
  get rowGap(): string | null { return this.getv("row_gap") as (string | null) }
  set rowGap(value: string | null) { this.setv("row_gap", value) }
  get rubyAlign(): string | null { return this.getv("ruby_align") as (string | null) }
  set rubyAlign(value: string | null) { this.setv("ruby_align", value) }
  get rubyPosition(): string | null { return this.getv("ruby_position") as (string | null) }
  set rubyPosition(value: string | null) { this.setv("ruby_position", value) }
  get scale(): string | null { return this.getv("scale") as (string | null) }
  set scale(value: string | null) { this.setv("scale", value) }
  get scrollBehavior(): string | null { return this.getv("scroll_behavior") as (string | null) }
  set scrollBehavior(value: string | null) { this.setv("scroll_behavior", value) }
  get shapeRendering(): string | null { return this.getv("shape_rendering") as (string | null) }
  set shapeRendering(value: string | null) { this.setv("shape_rendering", value) }
  get stopColor(): string | null { return this.getv("stop_color") as (string | null) }
  set stopColor(value: string | null) { this.setv("stop_color", value) }
  get stopOpacity(): string | null { return this.getv("stop_opacity") as (string | null) }
  set stopOpacity(value: string | null) { this.setv("stop_opacity", value) }
  get stroke(): string | null { return this.getv("stroke") as (string | null) }
  set stroke(value: string | null) { this.setv("stroke", value) }
  get strokeDasharray(): string | null { return this.getv("stroke_dasharray") as (string | null) }
  set strokeDasharray(value: string | null) { this.setv("stroke_dasharray", value) }
  get strokeDashoffset(): string | null { return this.getv("stroke_dashoffset") as (string | null) }
  set strokeDashoffset(value: string | null) { this.setv("stroke_dashoffset", value) }
  get strokeLinecap(): string | null { return this.getv("stroke_linecap") as (string | null) }
  set strokeLinecap(value: string | null) { this.setv("stroke_linecap", value) }
  get strokeLinejoin(): string | null { return this.getv("stroke_linejoin") as (string | null) }
  set strokeLinejoin(value: string | null) { this.setv("stroke_linejoin", value) }
  get strokeMiterlimit(): string | null { return this.getv("stroke_miterlimit") as (string | null) }
  set strokeMiterlimit(value: string | null) { this.setv("stroke_miterlimit", value) }
  get strokeOpacity(): string | null { return this.getv("stroke_opacity") as (string | null) }
  set strokeOpacity(value: string | null) { this.setv("stroke_opacity", value) }
  get strokeWidth(): string | null { return this.getv("stroke_width") as (string | null) }
  set strokeWidth(value: string | null) { this.setv("stroke_width", value) }
  get tabSize(): string | null { return this.getv("tab_size") as (string | null) }
  set tabSize(value: string | null) { this.setv("tab_size", value) }
  get tableLayout(): string | null { return this.getv("table_layout") as (string | null) }
  set tableLayout(value: string | null) { this.setv("table_layout", value) }
  get textAlign(): string | null { return this.getv("text_align") as (string | null) }
  set textAlign(value: string | null) { this.setv("text_align", value) }
  get textAlignLast(): string | null { return this.getv("text_align_last") as (string | null) }
  set textAlignLast(value: string | null) { this.setv("text_align_last", value) }
  get textAnchor(): string | null { return this.getv("text_anchor") as (string | null) }
  set textAnchor(value: string | null) { this.setv("text_anchor", value) }
  get textCombineUpright(): string | null { return this.getv("text_combine_upright") as (string | null) }
  set textCombineUpright(value: string | null) { this.setv("text_combine_upright", value) }
  get textDecoration(): string | null { return this.getv("text_decoration") as (string | null) }
  set textDecoration(value: string | null) { this.setv("text_decoration", value) }
  get textDecorationColor(): string | null { return this.getv("text_decoration_color") as (string | null) }
  set textDecorationColor(value: string | null) { this.setv("text_decoration_color", value) }
  get textDecorationLine(): string | null { return this.getv("text_decoration_line") as (string | null) }
  set textDecorationLine(value: string | null) { this.setv("text_decoration_line", value) }
  get textDecorationStyle(): string | null { return this.getv("text_decoration_style") as (string | null) }
  set textDecorationStyle(value: string | null) { this.setv("text_decoration_style", value) }
  get textEmphasis(): string | null { return this.getv("text_emphasis") as (string | null) }
  set textEmphasis(value: string | null) { this.setv("text_emphasis", value) }
  get textEmphasisColor(): string | null { return this.getv("text_emphasis_color") as (string | null) }
  set textEmphasisColor(value: string | null) { this.setv("text_emphasis_color", value) }
  get textEmphasisPosition(): string | null { return this.getv("text_emphasis_position") as (string | null) }
  set textEmphasisPosition(value: string | null) { this.setv("text_emphasis_position", value) }
  get textEmphasisStyle(): string | null { return this.getv("text_emphasis_style") as (string | null) }
  set textEmphasisStyle(value: string | null) { this.setv("text_emphasis_style", value) }
  get textIndent(): string | null { return this.getv("text_indent") as (string | null) }
  set textIndent(value: string | null) { this.setv("text_indent", value) }
  get textJustify(): string | null { return this.getv("text_justify") as (string | null) }
  set textJustify(value: string | null) { this.setv("text_justify", value) }
  get textOrientation(): string | null { return this.getv("text_orientation") as (string | null) }
  set textOrientation(value: string | null) { this.setv("text_orientation", value) }
  get textOverflow(): string | null { return this.getv("text_overflow") as (string | null) }
  set textOverflow(value: string | null) { this.setv("text_overflow", value) }
  get textRendering(): string | null { return this.getv("text_rendering") as (string | null) }
  set textRendering(value: string | null) { this.setv("text_rendering", value) }
  get textShadow(): string | null { return this.getv("text_shadow") as (string | null) }
  set textShadow(value: string | null) { this.setv("text_shadow", value) }
  get textTransform(): string | null { return this.getv("text_transform") as (string | null) }
  set textTransform(value: string | null) { this.setv("text_transform", value) }
  get textUnderlinePosition(): string | null { return this.getv("text_underline_position") as (string | null) }
  set textUnderlinePosition(value: string | null) { this.setv("text_underline_position", value) }
  get top(): string | null { return this.getv("top") as (string | null) }
  set top(value: string | null) { this.setv("top", value) }
  get touchAction(): string | null { return this.getv("touch_action") as (string | null) }
  set touchAction(value: string | null) { this.setv("touch_action", value) }
  get transform(): string | null { return this.getv("transform") as (string | null) }
  set transform(value: string | null) { this.setv("transform", value) }
  get transformBox(): string | null { return this.getv("transform_box") as (string | null) }
  set transformBox(value: string | null) { this.setv("transform_box", value) }
  get transformOrigin(): string | null { return this.getv("transform_origin") as (string | null) }
  set transformOrigin(value: string | null) { this.setv("transform_origin", value) }
  get transformStyle(): string | null { return this.getv("transform_style") as (string | null) }
  set transformStyle(value: string | null) { this.setv("transform_style", value) }
  get transition(): string | null { return this.getv("transition") as (string | null) }
  set transition(value: string | null) { this.setv("transition", value) }
  get transitionDelay(): string | null { return this.getv("transition_delay") as (string | null) }
  set transitionDelay(value: string | null) { this.setv("transition_delay", value) }
  get transitionDuration(): string | null { return this.getv("transition_duration") as (string | null) }
  set transitionDuration(value: string | null) { this.setv("transition_duration", value) }
  get transitionProperty(): string | null { return this.getv("transition_property") as (string | null) }
  set transitionProperty(value: string | null) { this.setv("transition_property", value) }
  get transitionTimingFunction(): string | null { return this.getv("transition_timing_function") as (string | null) }
  set transitionTimingFunction(value: string | null) { this.setv("transition_timing_function", value) }
  get translate(): string | null { return this.getv("translate") as (string | null) }
  set translate(value: string | null) { this.setv("translate", value) }
  get unicodeBidi(): string | null { return this.getv("unicode_bidi") as (string | null) }
  set unicodeBidi(value: string | null) { this.setv("unicode_bidi", value) }
  get userSelect(): string | null { return this.getv("user_select") as (string | null) }
  set userSelect(value: string | null) { this.setv("user_select", value) }
  get verticalAlign(): string | null { return this.getv("vertical_align") as (string | null) }
  set verticalAlign(value: string | null) { this.setv("vertical_align", value) }
  get visibility(): string | null { return this.getv("visibility") as (string | null) }
  set visibility(value: string | null) { this.setv("visibility", value) }
  get whiteSpace(): string | null { return this.getv("white_space") as (string | null) }
  set whiteSpace(value: string | null) { this.setv("white_space", value) }
  get widows(): string | null { return this.getv("widows") as (string | null) }
  set widows(value: string | null) { this.setv("widows", value) }
  get width(): string | null { return this.getv("width") as (string | null) }
  set width(value: string | null) { this.setv("width", value) }
  get willChange(): string | null { return this.getv("will_change") as (string | null) }
  set willChange(value: string | null) { this.setv("will_change", value) }
  get wordBreak(): string | null { return this.getv("word_break") as (string | null) }
  set wordBreak(value: string | null) { this.setv("word_break", value) }
  get wordSpacing(): string | null { return this.getv("word_spacing") as (string | null) }
  set wordSpacing(value: string | null) { this.setv("word_spacing", value) }
  get wordWrap(): string | null { return this.getv("word_wrap") as (string | null) }
  set wordWrap(value: string | null) { this.setv("word_wrap", value) }
  get writingMode(): string | null { return this.getv("writing_mode") as (string | null) }
  set writingMode(value: string | null) { this.setv("writing_mode", value) }
  get zIndex(): string | null { return this.getv("z_index") as (string | null) }
  set zIndex(value: string | null) { this.setv("z_index", value) }
}

export interface StyleSheetAttrs extends ModelAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class StyleSheet extends Model {
  static override readonly __name__: string = "StyleSheet"
  constructor(attrs?: StyleSheetAttrs) { super(attrs) }
}

export interface InlineStyleSheetAttrs extends StyleSheetAttrs {
  css?: string
}
export class InlineStyleSheet extends StyleSheet {
  static override readonly __name__: string = "InlineStyleSheet"
  constructor(attrs?: InlineStyleSheetAttrs) { super(attrs) }
  get css(): string { return this.getv("css") as string }
  set css(value: string) { this.setv("css", value) }
}

export interface GlobalInlineStyleSheetAttrs extends InlineStyleSheetAttrs {}
export class GlobalInlineStyleSheet extends InlineStyleSheet {
  static override readonly __name__: string = "GlobalInlineStyleSheet"
  constructor(attrs?: GlobalInlineStyleSheetAttrs) { super(attrs) }
}

export interface ImportedStyleSheetAttrs extends StyleSheetAttrs {
  url?: string
}
export class ImportedStyleSheet extends StyleSheet {
  static override readonly __name__: string = "ImportedStyleSheet"
  constructor(attrs?: ImportedStyleSheetAttrs) { super(attrs) }
  get url(): string { return this.getv("url") as string }
  set url(value: string) { this.setv("url", value) }
}

export interface GlobalImportedStyleSheetAttrs extends ImportedStyleSheetAttrs {}
export class GlobalImportedStyleSheet extends ImportedStyleSheet {
  static override readonly __name__: string = "GlobalImportedStyleSheet"
  constructor(attrs?: GlobalImportedStyleSheetAttrs) { super(attrs) }
}

export interface dom_TemplateAttrs extends dom_DOMElementAttrs {
  actions?: readonly dom_Action[]
}
export class dom_Template extends dom_DOMElement {
  static override readonly __name__: string = "bokeh.models.dom.Template"
  constructor(attrs?: dom_TemplateAttrs) { super(attrs) }
  get actions(): readonly dom_Action[] { return this.getv("actions") as (readonly dom_Action[]) }
  set actions(value: readonly dom_Action[]) { this.setv("actions", value) }
}

export interface dom_TextAttrs extends dom_DOMNodeAttrs {
  content?: string
}
export class dom_Text extends dom_DOMNode {
  static override readonly __name__: string = "bokeh.models.dom.Text"
  constructor(attrs?: dom_TextAttrs) { super(attrs) }
  get content(): string { return this.getv("content") as string }
  set content(value: string) { this.setv("content", value) }
}

export interface dom_ToggleGroupAttrs extends dom_ActionAttrs {
  groups?: readonly RendererGroup[]
}
export class dom_ToggleGroup extends dom_Action {
  static override readonly __name__: string = "bokeh.models.dom.ToggleGroup"
  constructor(attrs?: dom_ToggleGroupAttrs) { super(attrs) }
  get groups(): readonly RendererGroup[] { return this.getv("groups") as (readonly RendererGroup[]) }
  set groups(value: readonly RendererGroup[]) { this.setv("groups", value) }
}

export interface dom_ValueOfAttrs extends dom_DOMElementAttrs {
  obj?: Model
  attr?: string
  format?: string | null
  formatter?: E.BuiltinFormatter | CustomJS
}
export class dom_ValueOf extends dom_DOMElement {
  static override readonly __name__: string = "bokeh.models.dom.ValueOf"
  constructor(attrs?: dom_ValueOfAttrs) { super(attrs) }
  get obj(): Model { return this.getv("obj") as Model }
  set obj(value: Model) { this.setv("obj", value) }
  get attr(): string { return this.getv("attr") as string }
  set attr(value: string) { this.setv("attr", value) }
  get format(): string | null { return this.getv("format") as (string | null) }
  set format(value: string | null) { this.setv("format", value) }
  get formatter(): E.BuiltinFormatter | CustomJS { return this.getv("formatter") as (E.BuiltinFormatter | CustomJS) }
  set formatter(value: E.BuiltinFormatter | CustomJS) { this.setv("formatter", value) }
}

export interface WidgetAttrs extends LayoutDOMAttrs {}
export class Widget extends LayoutDOM {
  static override readonly __name__: string = "Widget"
  constructor(attrs?: WidgetAttrs) { super(attrs) }
}

export interface ControlAttrs extends WidgetAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Control extends Widget {
  static override readonly __name__: string = "Control"
  constructor(attrs?: ControlAttrs) { super(attrs) }
}

export interface AbstractButtonAttrs extends ControlAttrs {
  label?: dom_DOMNode | string
  icon?: Icon | null
  buttonType?: E.ButtonType
}
export class AbstractButton extends Control {
  static override readonly __name__: string = "AbstractButton"
  constructor(attrs?: AbstractButtonAttrs) { super(attrs) }
  get label(): dom_DOMNode | string { return this.getv("label") as (dom_DOMNode | string) }
  set label(value: dom_DOMNode | string) { this.setv("label", value) }
  get icon(): Icon | null { return this.getv("icon") as (Icon | null) }
  set icon(value: Icon | null) { this.setv("icon", value) }
  get buttonType(): E.ButtonType { return this.getv("button_type") as E.ButtonType }
  set buttonType(value: E.ButtonType) { this.setv("button_type", value) }
}

export interface InputWidgetAttrs extends ControlAttrs {
  title?: string | dom_HTML
  description?: string | Tooltip | null
}
export class InputWidget extends Control {
  static override readonly __name__: string = "InputWidget"
  constructor(attrs?: InputWidgetAttrs) { super(attrs) }
  get title(): string | dom_HTML { return this.getv("title") as (string | dom_HTML) }
  set title(value: string | dom_HTML) { this.setv("title", value) }
  get description(): string | Tooltip | null { return this.getv("description") as (string | Tooltip | null) }
  set description(value: string | Tooltip | null) { this.setv("description", value) }
}

export interface TextLikeInputAttrs extends InputWidgetAttrs {
  value?: string
  valueInput?: string
  placeholder?: string
  maxLength?: number | null
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class TextLikeInput extends InputWidget {
  static override readonly __name__: string = "TextLikeInput"
  constructor(attrs?: TextLikeInputAttrs) { super(attrs) }
  get value(): string { return this.getv("value") as string }
  set value(value: string) { this.setv("value", value) }
  get valueInput(): string { return this.getv("value_input") as string }
  set valueInput(value: string) { this.setv("value_input", value) }
  get placeholder(): string { return this.getv("placeholder") as string }
  set placeholder(value: string) { this.setv("placeholder", value) }
  get maxLength(): number | null { return this.getv("max_length") as (number | null) }
  set maxLength(value: number | null) { this.setv("max_length", value) }
}

export interface TextInputAttrs extends TextLikeInputAttrs {
  prefix?: string | null
  suffix?: string | null
}
export class TextInput extends TextLikeInput {
  static override readonly __name__: string = "TextInput"
  constructor(attrs?: TextInputAttrs) { super(attrs) }
  get prefix(): string | null { return this.getv("prefix") as (string | null) }
  set prefix(value: string | null) { this.setv("prefix", value) }
  get suffix(): string | null { return this.getv("suffix") as (string | null) }
  set suffix(value: string | null) { this.setv("suffix", value) }
}

export interface AutocompleteInputAttrs extends TextInputAttrs {
  completions?: readonly string[]
  minCharacters?: number
  maxCompletions?: number | null
  caseSensitive?: boolean
  restrict?: boolean
  searchStrategy?: "starts_with" | "includes"
}
export class AutocompleteInput extends TextInput {
  static override readonly __name__: string = "AutocompleteInput"
  constructor(attrs?: AutocompleteInputAttrs) { super(attrs) }
  get completions(): readonly string[] { return this.getv("completions") as (readonly string[]) }
  set completions(value: readonly string[]) { this.setv("completions", value) }
  get minCharacters(): number { return this.getv("min_characters") as number }
  set minCharacters(value: number) { this.setv("min_characters", value) }
  get maxCompletions(): number | null { return this.getv("max_completions") as (number | null) }
  set maxCompletions(value: number | null) { this.setv("max_completions", value) }
  get caseSensitive(): boolean { return this.getv("case_sensitive") as boolean }
  set caseSensitive(value: boolean) { this.setv("case_sensitive", value) }
  get restrict(): boolean { return this.getv("restrict") as boolean }
  set restrict(value: boolean) { this.setv("restrict", value) }
  get searchStrategy(): "starts_with" | "includes" { return this.getv("search_strategy") as ("starts_with" | "includes") }
  set searchStrategy(value: "starts_with" | "includes") { this.setv("search_strategy", value) }
}

export interface ButtonAttrs extends AbstractButtonAttrs {}
export class Button extends AbstractButton {
  static override readonly __name__: string = "Button"
  constructor(attrs?: ButtonAttrs) { super(attrs) }
}

export interface OrientedControlAttrs extends ControlAttrs {
  orientation?: E.Orientation
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class OrientedControl extends Control {
  static override readonly __name__: string = "OrientedControl"
  constructor(attrs?: OrientedControlAttrs) { super(attrs) }
  get orientation(): E.Orientation { return this.getv("orientation") as E.Orientation }
  set orientation(value: E.Orientation) { this.setv("orientation", value) }
}

export interface ToggleButtonGroupAttrs extends OrientedControlAttrs {
  labels?: readonly string[]
  buttonType?: E.ButtonType
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class ToggleButtonGroup extends OrientedControl {
  static override readonly __name__: string = "ToggleButtonGroup"
  constructor(attrs?: ToggleButtonGroupAttrs) { super(attrs) }
  get labels(): readonly string[] { return this.getv("labels") as (readonly string[]) }
  set labels(value: readonly string[]) { this.setv("labels", value) }
  get buttonType(): E.ButtonType { return this.getv("button_type") as E.ButtonType }
  set buttonType(value: E.ButtonType) { this.setv("button_type", value) }
}

export interface CheckboxButtonGroupAttrs extends ToggleButtonGroupAttrs {
  active?: readonly number[]
}
export class CheckboxButtonGroup extends ToggleButtonGroup {
  static override readonly __name__: string = "CheckboxButtonGroup"
  constructor(attrs?: CheckboxButtonGroupAttrs) { super(attrs) }
  get active(): readonly number[] { return this.getv("active") as (readonly number[]) }
  set active(value: readonly number[]) { this.setv("active", value) }
}

export interface ToggleInputGroupAttrs extends ControlAttrs {
  labels?: readonly string[]
  inline?: boolean
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class ToggleInputGroup extends Control {
  static override readonly __name__: string = "ToggleInputGroup"
  constructor(attrs?: ToggleInputGroupAttrs) { super(attrs) }
  get labels(): readonly string[] { return this.getv("labels") as (readonly string[]) }
  set labels(value: readonly string[]) { this.setv("labels", value) }
  get inline(): boolean { return this.getv("inline") as boolean }
  set inline(value: boolean) { this.setv("inline", value) }
}

export interface CheckboxGroupAttrs extends ToggleInputGroupAttrs {
  active?: readonly number[]
}
export class CheckboxGroup extends ToggleInputGroup {
  static override readonly __name__: string = "CheckboxGroup"
  constructor(attrs?: CheckboxGroupAttrs) { super(attrs) }
  get active(): readonly number[] { return this.getv("active") as (readonly number[]) }
  set active(value: readonly number[]) { this.setv("active", value) }
}

export interface ToggleInputAttrs extends WidgetAttrs {
  active?: boolean
  label?: string
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class ToggleInput extends Widget {
  static override readonly __name__: string = "ToggleInput"
  constructor(attrs?: ToggleInputAttrs) { super(attrs) }
  get active(): boolean { return this.getv("active") as boolean }
  set active(value: boolean) { this.setv("active", value) }
  get label(): string { return this.getv("label") as string }
  set label(value: string) { this.setv("label", value) }
}

export interface CheckboxAttrs extends ToggleInputAttrs {}
export class Checkbox extends ToggleInput {
  static override readonly __name__: string = "Checkbox"
  constructor(attrs?: CheckboxAttrs) { super(attrs) }
}

export interface ColorPickerAttrs extends InputWidgetAttrs {
  color?: ColorValue
}
export class ColorPicker extends InputWidget {
  static override readonly __name__: string = "ColorPicker"
  constructor(attrs?: ColorPickerAttrs) { super(attrs) }
  get color(): ColorValue { return this.getv("color") as ColorValue }
  set color(value: ColorValue) { this.setv("color", value) }
}

export interface PickerBaseAttrs extends InputWidgetAttrs {
  position?: E.CalendarPosition
  inline?: boolean
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class PickerBase extends InputWidget {
  static override readonly __name__: string = "PickerBase"
  constructor(attrs?: PickerBaseAttrs) { super(attrs) }
  get position(): E.CalendarPosition { return this.getv("position") as E.CalendarPosition }
  set position(value: E.CalendarPosition) { this.setv("position", value) }
  get inline(): boolean { return this.getv("inline") as boolean }
  set inline(value: boolean) { this.setv("inline", value) }
}

export interface BaseDatePickerAttrs extends PickerBaseAttrs {
  minDate?: Date | string | number | null
  maxDate?: Date | string | number | null
  disabledDates?: readonly (Date | string | number | readonly [Date | string | number, Date | string | number] | { readonly from: Date | string | number; readonly to: Date | string | number })[] | null
  enabledDates?: readonly (Date | string | number | readonly [Date | string | number, Date | string | number] | { readonly from: Date | string | number; readonly to: Date | string | number })[] | null
  dateFormat?: string
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class BaseDatePicker extends PickerBase {
  static override readonly __name__: string = "BaseDatePicker"
  constructor(attrs?: BaseDatePickerAttrs) { super(attrs) }
  get minDate(): Date | string | number | null { return this.getv("min_date") as (Date | string | number | null) }
  set minDate(value: Date | string | number | null) { this.setv("min_date", value) }
  get maxDate(): Date | string | number | null { return this.getv("max_date") as (Date | string | number | null) }
  set maxDate(value: Date | string | number | null) { this.setv("max_date", value) }
  get disabledDates(): readonly (Date | string | number | readonly [Date | string | number, Date | string | number] | { readonly from: Date | string | number; readonly to: Date | string | number })[] | null { return this.getv("disabled_dates") as (readonly (Date | string | number | readonly [Date | string | number, Date | string | number] | { readonly from: Date | string | number; readonly to: Date | string | number })[] | null) }
  set disabledDates(value: readonly (Date | string | number | readonly [Date | string | number, Date | string | number] | { readonly from: Date | string | number; readonly to: Date | string | number })[] | null) { this.setv("disabled_dates", value) }
  get enabledDates(): readonly (Date | string | number | readonly [Date | string | number, Date | string | number] | { readonly from: Date | string | number; readonly to: Date | string | number })[] | null { return this.getv("enabled_dates") as (readonly (Date | string | number | readonly [Date | string | number, Date | string | number] | { readonly from: Date | string | number; readonly to: Date | string | number })[] | null) }
  set enabledDates(value: readonly (Date | string | number | readonly [Date | string | number, Date | string | number] | { readonly from: Date | string | number; readonly to: Date | string | number })[] | null) { this.setv("enabled_dates", value) }
  get dateFormat(): string { return this.getv("date_format") as string }
  set dateFormat(value: string) { this.setv("date_format", value) }
}

export interface DatePickerAttrs extends BaseDatePickerAttrs {
  value?: Date | string | number | null
}
export class DatePicker extends BaseDatePicker {
  static override readonly __name__: string = "DatePicker"
  constructor(attrs?: DatePickerAttrs) { super(attrs) }
  get value(): Date | string | number | null { return this.getv("value") as (Date | string | number | null) }
  set value(value: Date | string | number | null) { this.setv("value", value) }
}

export interface DateRangePickerAttrs extends BaseDatePickerAttrs {
  value?: readonly [Date | string | number, Date | string | number] | null
}
export class DateRangePicker extends BaseDatePicker {
  static override readonly __name__: string = "DateRangePicker"
  constructor(attrs?: DateRangePickerAttrs) { super(attrs) }
  get value(): readonly [Date | string | number, Date | string | number] | null { return this.getv("value") as (readonly [Date | string | number, Date | string | number] | null) }
  set value(value: readonly [Date | string | number, Date | string | number] | null) { this.setv("value", value) }
}

export interface BaseDatetimePickerAttrs extends BaseDatePickerAttrs {
  hourIncrement?: number
  minuteIncrement?: number
  secondIncrement?: number
  seconds?: boolean
  clock?: E.Clock
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class BaseDatetimePicker extends BaseDatePicker {
  static override readonly __name__: string = "BaseDatetimePicker"
  constructor(attrs?: BaseDatetimePickerAttrs) { super(attrs) }
  get hourIncrement(): number { return this.getv("hour_increment") as number }
  set hourIncrement(value: number) { this.setv("hour_increment", value) }
  get minuteIncrement(): number { return this.getv("minute_increment") as number }
  set minuteIncrement(value: number) { this.setv("minute_increment", value) }
  get secondIncrement(): number { return this.getv("second_increment") as number }
  set secondIncrement(value: number) { this.setv("second_increment", value) }
  get seconds(): boolean { return this.getv("seconds") as boolean }
  set seconds(value: boolean) { this.setv("seconds", value) }
  get clock(): E.Clock { return this.getv("clock") as E.Clock }
  set clock(value: E.Clock) { this.setv("clock", value) }
}

export interface DatetimePickerAttrs extends BaseDatetimePickerAttrs {
  value?: Date | string | number | null
}
export class DatetimePicker extends BaseDatetimePicker {
  static override readonly __name__: string = "DatetimePicker"
  constructor(attrs?: DatetimePickerAttrs) { super(attrs) }
  get value(): Date | string | number | null { return this.getv("value") as (Date | string | number | null) }
  set value(value: Date | string | number | null) { this.setv("value", value) }
}

export interface DatetimeRangePickerAttrs extends BaseDatetimePickerAttrs {
  value?: readonly [Date | string | number, Date | string | number] | null
}
export class DatetimeRangePicker extends BaseDatetimePicker {
  static override readonly __name__: string = "DatetimeRangePicker"
  constructor(attrs?: DatetimeRangePickerAttrs) { super(attrs) }
  get value(): readonly [Date | string | number, Date | string | number] | null { return this.getv("value") as (readonly [Date | string | number, Date | string | number] | null) }
  set value(value: readonly [Date | string | number, Date | string | number] | null) { this.setv("value", value) }
}

export interface MarkupAttrs extends WidgetAttrs {
  text?: string
  disableMath?: boolean
}
export class Markup extends Widget {
  static override readonly __name__: string = "Markup"
  constructor(attrs?: MarkupAttrs) { super(attrs) }
  get text(): string { return this.getv("text") as string }
  set text(value: string) { this.setv("text", value) }
  get disableMath(): boolean { return this.getv("disable_math") as boolean }
  set disableMath(value: boolean) { this.setv("disable_math", value) }
}

export interface DivAttrs extends MarkupAttrs {
  renderAsText?: boolean
}
export class Div extends Markup {
  static override readonly __name__: string = "Div"
  constructor(attrs?: DivAttrs) { super(attrs) }
  get renderAsText(): boolean { return this.getv("render_as_text") as boolean }
  set renderAsText(value: boolean) { this.setv("render_as_text", value) }
}

export interface DropdownAttrs extends AbstractButtonAttrs {
  split?: boolean
  menu?: readonly (string | readonly [string, string] | null)[]
}
export class Dropdown extends AbstractButton {
  static override readonly __name__: string = "Dropdown"
  constructor(attrs?: DropdownAttrs) { super(attrs) }
  get split(): boolean { return this.getv("split") as boolean }
  set split(value: boolean) { this.setv("split", value) }
  get menu(): readonly (string | readonly [string, string] | null)[] { return this.getv("menu") as (readonly (string | readonly [string, string] | null)[]) }
  set menu(value: readonly (string | readonly [string, string] | null)[]) { this.setv("menu", value) }
}

export interface FileInputAttrs extends InputWidgetAttrs {
  accept?: string | readonly string[]
  multiple?: boolean
  directory?: boolean
}
export class FileInput extends InputWidget {
  static override readonly __name__: string = "FileInput"
  constructor(attrs?: FileInputAttrs) { super(attrs) }
  get value(): string | readonly string[] { return this.getv("value") as (string | readonly string[]) }
  get mimeType(): string | readonly string[] { return this.getv("mime_type") as (string | readonly string[]) }
  get filename(): string | readonly string[] { return this.getv("filename") as (string | readonly string[]) }
  get accept(): string | readonly string[] { return this.getv("accept") as (string | readonly string[]) }
  set accept(value: string | readonly string[]) { this.setv("accept", value) }
  get multiple(): boolean { return this.getv("multiple") as boolean }
  set multiple(value: boolean) { this.setv("multiple", value) }
  get directory(): boolean { return this.getv("directory") as boolean }
  set directory(value: boolean) { this.setv("directory", value) }
}

export interface HelpButtonAttrs extends AbstractButtonAttrs {
  tooltip?: Tooltip
}
export class HelpButton extends AbstractButton {
  static override readonly __name__: string = "HelpButton"
  constructor(attrs?: HelpButtonAttrs) { super(attrs) }
  get tooltip(): Tooltip { return this.getv("tooltip") as Tooltip }
  set tooltip(value: Tooltip) { this.setv("tooltip", value) }
}

export interface MarkdownAttrs extends WidgetAttrs {
  text?: string
  disableMath?: boolean
}
export class Markdown extends Widget {
  static override readonly __name__: string = "Markdown"
  constructor(attrs?: MarkdownAttrs) { super(attrs) }
  get text(): string { return this.getv("text") as string }
  set text(value: string) { this.setv("text", value) }
  get disableMath(): boolean { return this.getv("disable_math") as boolean }
  set disableMath(value: boolean) { this.setv("disable_math", value) }
}

export interface MultiChoiceAttrs extends InputWidgetAttrs {
  value?: readonly string[]
  options?: readonly (string | readonly [string, string])[]
  maxItems?: number | null
  deleteButton?: boolean
  placeholder?: string | null
  optionLimit?: number | null
  searchOptionLimit?: number | null
  solid?: boolean
}
export class MultiChoice extends InputWidget {
  static override readonly __name__: string = "MultiChoice"
  constructor(attrs?: MultiChoiceAttrs) { super(attrs) }
  get value(): readonly string[] { return this.getv("value") as (readonly string[]) }
  set value(value: readonly string[]) { this.setv("value", value) }
  get options(): readonly (string | readonly [string, string])[] { return this.getv("options") as (readonly (string | readonly [string, string])[]) }
  set options(value: readonly (string | readonly [string, string])[]) { this.setv("options", value) }
  get maxItems(): number | null { return this.getv("max_items") as (number | null) }
  set maxItems(value: number | null) { this.setv("max_items", value) }
  get deleteButton(): boolean { return this.getv("delete_button") as boolean }
  set deleteButton(value: boolean) { this.setv("delete_button", value) }
  get placeholder(): string | null { return this.getv("placeholder") as (string | null) }
  set placeholder(value: string | null) { this.setv("placeholder", value) }
  get optionLimit(): number | null { return this.getv("option_limit") as (number | null) }
  set optionLimit(value: number | null) { this.setv("option_limit", value) }
  get searchOptionLimit(): number | null { return this.getv("search_option_limit") as (number | null) }
  set searchOptionLimit(value: number | null) { this.setv("search_option_limit", value) }
  get solid(): boolean { return this.getv("solid") as boolean }
  set solid(value: boolean) { this.setv("solid", value) }
}

export interface MultiSelectAttrs extends InputWidgetAttrs {
  value?: readonly string[]
  options?: readonly (string | readonly [string, string])[]
  size?: number
}
export class MultiSelect extends InputWidget {
  static override readonly __name__: string = "MultiSelect"
  constructor(attrs?: MultiSelectAttrs) { super(attrs) }
  get value(): readonly string[] { return this.getv("value") as (readonly string[]) }
  set value(value: readonly string[]) { this.setv("value", value) }
  get options(): readonly (string | readonly [string, string])[] { return this.getv("options") as (readonly (string | readonly [string, string])[]) }
  set options(value: readonly (string | readonly [string, string])[]) { this.setv("options", value) }
  get size(): number { return this.getv("size") as number }
  set size(value: number) { this.setv("size", value) }
}

export interface MultipleDatePickerAttrs extends BaseDatePickerAttrs {
  value?: readonly (Date | string | number)[]
  separator?: string
}
export class MultipleDatePicker extends BaseDatePicker {
  static override readonly __name__: string = "MultipleDatePicker"
  constructor(attrs?: MultipleDatePickerAttrs) { super(attrs) }
  get value(): readonly (Date | string | number)[] { return this.getv("value") as (readonly (Date | string | number)[]) }
  set value(value: readonly (Date | string | number)[]) { this.setv("value", value) }
  get separator(): string { return this.getv("separator") as string }
  set separator(value: string) { this.setv("separator", value) }
}

export interface MultipleDatetimePickerAttrs extends BaseDatetimePickerAttrs {
  value?: readonly (Date | string | number)[]
  separator?: string
}
export class MultipleDatetimePicker extends BaseDatetimePicker {
  static override readonly __name__: string = "MultipleDatetimePicker"
  constructor(attrs?: MultipleDatetimePickerAttrs) { super(attrs) }
  get value(): readonly (Date | string | number)[] { return this.getv("value") as (readonly (Date | string | number)[]) }
  set value(value: readonly (Date | string | number)[]) { this.setv("value", value) }
  get separator(): string { return this.getv("separator") as string }
  set separator(value: string) { this.setv("separator", value) }
}

export interface NumericInputAttrs extends InputWidgetAttrs {
  value?: number | null
  placeholder?: string
  mode?: "int" | "float"
  format?: string | TickFormatter | null
  low?: number | null
  high?: number | null
}
export class NumericInput extends InputWidget {
  static override readonly __name__: string = "NumericInput"
  constructor(attrs?: NumericInputAttrs) { super(attrs) }
  get value(): number | null { return this.getv("value") as (number | null) }
  set value(value: number | null) { this.setv("value", value) }
  get placeholder(): string { return this.getv("placeholder") as string }
  set placeholder(value: string) { this.setv("placeholder", value) }
  get mode(): "int" | "float" { return this.getv("mode") as ("int" | "float") }
  set mode(value: "int" | "float") { this.setv("mode", value) }
  get format(): string | TickFormatter | null { return this.getv("format") as (string | TickFormatter | null) }
  set format(value: string | TickFormatter | null) { this.setv("format", value) }
  get low(): number | null { return this.getv("low") as (number | null) }
  set low(value: number | null) { this.setv("low", value) }
  get high(): number | null { return this.getv("high") as (number | null) }
  set high(value: number | null) { this.setv("high", value) }
}

export interface PaletteSelectAttrs extends InputWidgetAttrs {
  value?: string
  items?: readonly (readonly [string, ArrayableOf<ColorValue>])[]
  ncols?: number
  swatchWidth?: number
  swatchHeight?: "auto" | number
}
export class PaletteSelect extends InputWidget {
  static override readonly __name__: string = "PaletteSelect"
  constructor(attrs?: PaletteSelectAttrs) { super(attrs) }
  get value(): string { return this.getv("value") as string }
  set value(value: string) { this.setv("value", value) }
  get items(): readonly (readonly [string, ArrayableOf<ColorValue>])[] { return this.getv("items") as (readonly (readonly [string, ArrayableOf<ColorValue>])[]) }
  set items(value: readonly (readonly [string, ArrayableOf<ColorValue>])[]) { this.setv("items", value) }
  get ncols(): number { return this.getv("ncols") as number }
  set ncols(value: number) { this.setv("ncols", value) }
  get swatchWidth(): number { return this.getv("swatch_width") as number }
  set swatchWidth(value: number) { this.setv("swatch_width", value) }
  get swatchHeight(): "auto" | number { return this.getv("swatch_height") as ("auto" | number) }
  set swatchHeight(value: "auto" | number) { this.setv("swatch_height", value) }
}

export interface ParagraphAttrs extends MarkupAttrs {}
export class Paragraph extends Markup {
  static override readonly __name__: string = "Paragraph"
  constructor(attrs?: ParagraphAttrs) { super(attrs) }
}

export interface PasswordInputAttrs extends TextInputAttrs {}
export class PasswordInput extends TextInput {
  static override readonly __name__: string = "PasswordInput"
  constructor(attrs?: PasswordInputAttrs) { super(attrs) }
}

export interface PreTextAttrs extends MarkupAttrs {}
export class PreText extends Markup {
  static override readonly __name__: string = "PreText"
  constructor(attrs?: PreTextAttrs) { super(attrs) }
}

export interface IndicatorAttrs extends WidgetAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class Indicator extends Widget {
  static override readonly __name__: string = "Indicator"
  constructor(attrs?: IndicatorAttrs) { super(attrs) }
}

export interface ProgressAttrs extends IndicatorAttrs {
  mode?: "determinate" | "indeterminate"
  value?: number
  min?: number
  max?: number
  reversed?: boolean
  orientation?: E.Orientation
  label?: string | null
  labelLocation?: "none" | "inline"
  description?: string | null
}
export class Progress extends Indicator {
  static override readonly __name__: string = "Progress"
  constructor(attrs?: ProgressAttrs) { super(attrs) }
  get mode(): "determinate" | "indeterminate" { return this.getv("mode") as ("determinate" | "indeterminate") }
  set mode(value: "determinate" | "indeterminate") { this.setv("mode", value) }
  get value(): number { return this.getv("value") as number }
  set value(value: number) { this.setv("value", value) }
  get min(): number { return this.getv("min") as number }
  set min(value: number) { this.setv("min", value) }
  get max(): number { return this.getv("max") as number }
  set max(value: number) { this.setv("max", value) }
  get reversed(): boolean { return this.getv("reversed") as boolean }
  set reversed(value: boolean) { this.setv("reversed", value) }
  get orientation(): E.Orientation { return this.getv("orientation") as E.Orientation }
  set orientation(value: E.Orientation) { this.setv("orientation", value) }
  get label(): string | null { return this.getv("label") as (string | null) }
  set label(value: string | null) { this.setv("label", value) }
  get labelLocation(): "none" | "inline" { return this.getv("label_location") as ("none" | "inline") }
  set labelLocation(value: "none" | "inline") { this.setv("label_location", value) }
  get description(): string | null { return this.getv("description") as (string | null) }
  set description(value: string | null) { this.setv("description", value) }
}

export interface RadioButtonGroupAttrs extends ToggleButtonGroupAttrs {
  active?: number | null
}
export class RadioButtonGroup extends ToggleButtonGroup {
  static override readonly __name__: string = "RadioButtonGroup"
  constructor(attrs?: RadioButtonGroupAttrs) { super(attrs) }
  get active(): number | null { return this.getv("active") as (number | null) }
  set active(value: number | null) { this.setv("active", value) }
}

export interface RadioGroupAttrs extends ToggleInputGroupAttrs {
  active?: number | null
}
export class RadioGroup extends ToggleInputGroup {
  static override readonly __name__: string = "RadioGroup"
  constructor(attrs?: RadioGroupAttrs) { super(attrs) }
  get active(): number | null { return this.getv("active") as (number | null) }
  set active(value: number | null) { this.setv("active", value) }
}

export interface SelectAttrs extends InputWidgetAttrs {
  options?: readonly (string | readonly [unknown, string])[] | DictOf<readonly (string | readonly [unknown, string])[]>
  value?: string
}
export class Select extends InputWidget {
  static override readonly __name__: string = "Select"
  constructor(attrs?: SelectAttrs) { super(attrs) }
  get options(): readonly (string | readonly [unknown, string])[] | Readonly<Record<string, readonly (string | readonly [unknown, string])[]>> { return this.getv("options") as (readonly (string | readonly [unknown, string])[] | Readonly<Record<string, readonly (string | readonly [unknown, string])[]>>) }
  set options(value: readonly (string | readonly [unknown, string])[] | DictOf<readonly (string | readonly [unknown, string])[]>) { this.setv("options", value) }
  get value(): string { return this.getv("value") as string }
  set value(value: string) { this.setv("value", value) }
}

export interface SpinnerAttrs extends NumericInputAttrs {
  step?: number
  pageStepMultiplier?: number
  wheelWait?: number
}
export class Spinner extends NumericInput {
  static override readonly __name__: string = "Spinner"
  constructor(attrs?: SpinnerAttrs) { super(attrs) }
  get valueThrottled(): number | null { return this.getv("value_throttled") as (number | null) }
  get step(): number { return this.getv("step") as number }
  set step(value: number) { this.setv("step", value) }
  get pageStepMultiplier(): number { return this.getv("page_step_multiplier") as number }
  set pageStepMultiplier(value: number) { this.setv("page_step_multiplier", value) }
  get wheelWait(): number { return this.getv("wheel_wait") as number }
  set wheelWait(value: number) { this.setv("wheel_wait", value) }
}

export interface SwitchAttrs extends ToggleInputAttrs {
  onIcon?: E.ToolIcon | string | null
  offIcon?: E.ToolIcon | string | null
}
export class Switch extends ToggleInput {
  static override readonly __name__: string = "Switch"
  constructor(attrs?: SwitchAttrs) { super(attrs) }
  get onIcon(): E.ToolIcon | string | null { return this.getv("on_icon") as (E.ToolIcon | string | null) }
  set onIcon(value: E.ToolIcon | string | null) { this.setv("on_icon", value) }
  get offIcon(): E.ToolIcon | string | null { return this.getv("off_icon") as (E.ToolIcon | string | null) }
  set offIcon(value: E.ToolIcon | string | null) { this.setv("off_icon", value) }
}

export interface TextAreaInputAttrs extends TextLikeInputAttrs {
  cols?: number
  rows?: number
}
export class TextAreaInput extends TextLikeInput {
  static override readonly __name__: string = "TextAreaInput"
  constructor(attrs?: TextAreaInputAttrs) { super(attrs) }
  get cols(): number { return this.getv("cols") as number }
  set cols(value: number) { this.setv("cols", value) }
  get rows(): number { return this.getv("rows") as number }
  set rows(value: number) { this.setv("rows", value) }
}

export interface TimePickerAttrs extends PickerBaseAttrs {
  value?: string | number | null
  minTime?: string | number | null
  maxTime?: string | number | null
  timeFormat?: string
  hourIncrement?: number
  minuteIncrement?: number
  secondIncrement?: number
  seconds?: boolean
  clock?: E.Clock
}
export class TimePicker extends PickerBase {
  static override readonly __name__: string = "TimePicker"
  constructor(attrs?: TimePickerAttrs) { super(attrs) }
  get value(): string | number | null { return this.getv("value") as (string | number | null) }
  set value(value: string | number | null) { this.setv("value", value) }
  get minTime(): string | number | null { return this.getv("min_time") as (string | number | null) }
  set minTime(value: string | number | null) { this.setv("min_time", value) }
  get maxTime(): string | number | null { return this.getv("max_time") as (string | number | null) }
  set maxTime(value: string | number | null) { this.setv("max_time", value) }
  get timeFormat(): string { return this.getv("time_format") as string }
  set timeFormat(value: string) { this.setv("time_format", value) }
  get hourIncrement(): number { return this.getv("hour_increment") as number }
  set hourIncrement(value: number) { this.setv("hour_increment", value) }
  get minuteIncrement(): number { return this.getv("minute_increment") as number }
  set minuteIncrement(value: number) { this.setv("minute_increment", value) }
  get secondIncrement(): number { return this.getv("second_increment") as number }
  set secondIncrement(value: number) { this.setv("second_increment", value) }
  get seconds(): boolean { return this.getv("seconds") as boolean }
  set seconds(value: boolean) { this.setv("seconds", value) }
  get clock(): E.Clock { return this.getv("clock") as E.Clock }
  set clock(value: E.Clock) { this.setv("clock", value) }
}

export interface ToggleAttrs extends AbstractButtonAttrs {
  active?: boolean
}
export class Toggle extends AbstractButton {
  static override readonly __name__: string = "Toggle"
  constructor(attrs?: ToggleAttrs) { super(attrs) }
  get active(): boolean { return this.getv("active") as boolean }
  set active(value: boolean) { this.setv("active", value) }
}

export interface AbstractSliderAttrs extends OrientedControlAttrs {
  title?: string | null
  showValue?: boolean
  value?: unknown
  direction?: "ltr" | "rtl"
  tooltips?: boolean
  barColor?: ColorValue
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class AbstractSlider extends OrientedControl {
  static override readonly __name__: string = "AbstractSlider"
  constructor(attrs?: AbstractSliderAttrs) { super(attrs) }
  get title(): string | null { return this.getv("title") as (string | null) }
  set title(value: string | null) { this.setv("title", value) }
  get showValue(): boolean { return this.getv("show_value") as boolean }
  set showValue(value: boolean) { this.setv("show_value", value) }
  get value(): unknown { return this.getv("value") as unknown }
  set value(value: unknown) { this.setv("value", value) }
  get valueThrottled(): unknown { return this.getv("value_throttled") as unknown }
  get direction(): "ltr" | "rtl" { return this.getv("direction") as ("ltr" | "rtl") }
  set direction(value: "ltr" | "rtl") { this.setv("direction", value) }
  get tooltips(): boolean { return this.getv("tooltips") as boolean }
  set tooltips(value: boolean) { this.setv("tooltips", value) }
  get barColor(): ColorValue { return this.getv("bar_color") as ColorValue }
  set barColor(value: ColorValue) { this.setv("bar_color", value) }
}

export interface CategoricalSliderAttrs extends AbstractSliderAttrs {
  categories?: readonly string[]
  value?: string
}
export class CategoricalSlider extends AbstractSlider {
  static override readonly __name__: string = "CategoricalSlider"
  constructor(attrs?: CategoricalSliderAttrs) { super(attrs) }
  get categories(): readonly string[] { return this.getv("categories") as (readonly string[]) }
  set categories(value: readonly string[]) { this.setv("categories", value) }
  override get value(): string { return this.getv("value") as string }
  override set value(value: string) { this.setv("value", value) }
  override get valueThrottled(): string { return this.getv("value_throttled") as string }
}

export interface BaseNumericalSliderAttrs extends AbstractSliderAttrs {
  start?: number
  end?: number
  step?: number
  format?: string | TickFormatter
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class BaseNumericalSlider extends AbstractSlider {
  static override readonly __name__: string = "BaseNumericalSlider"
  constructor(attrs?: BaseNumericalSliderAttrs) { super(attrs) }
  get start(): number { return this.getv("start") as number }
  set start(value: number) { this.setv("start", value) }
  get end(): number { return this.getv("end") as number }
  set end(value: number) { this.setv("end", value) }
  get step(): number { return this.getv("step") as number }
  set step(value: number) { this.setv("step", value) }
  get format(): string | TickFormatter { return this.getv("format") as (string | TickFormatter) }
  set format(value: string | TickFormatter) { this.setv("format", value) }
}

export interface NumericalRangeSliderAttrs extends BaseNumericalSliderAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class NumericalRangeSlider extends BaseNumericalSlider {
  static override readonly __name__: string = "NumericalRangeSlider"
  constructor(attrs?: NumericalRangeSliderAttrs) { super(attrs) }
}

export interface DateRangeSliderAttrs extends NumericalRangeSliderAttrs {
  value?: readonly [number | string, number | string]
}
export class DateRangeSlider extends NumericalRangeSlider {
  static override readonly __name__: string = "DateRangeSlider"
  constructor(attrs?: DateRangeSliderAttrs) { super(attrs) }
  override get value(): readonly [number | string, number | string] { return this.getv("value") as (readonly [number | string, number | string]) }
  override set value(value: readonly [number | string, number | string]) { this.setv("value", value) }
  override get valueThrottled(): readonly [number | string, number | string] { return this.getv("value_throttled") as (readonly [number | string, number | string]) }
}

export interface NumericalSliderAttrs extends BaseNumericalSliderAttrs {}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class NumericalSlider extends BaseNumericalSlider {
  static override readonly __name__: string = "NumericalSlider"
  constructor(attrs?: NumericalSliderAttrs) { super(attrs) }
}

export interface DateSliderAttrs extends NumericalSliderAttrs {
  value?: number | string
}
export class DateSlider extends NumericalSlider {
  static override readonly __name__: string = "DateSlider"
  constructor(attrs?: DateSliderAttrs) { super(attrs) }
  override get value(): number | string { return this.getv("value") as (number | string) }
  override set value(value: number | string) { this.setv("value", value) }
  override get valueThrottled(): number | string { return this.getv("value_throttled") as (number | string) }
}

export interface DatetimeRangeSliderAttrs extends NumericalRangeSliderAttrs {
  value?: readonly [number | string, number | string]
}
export class DatetimeRangeSlider extends NumericalRangeSlider {
  static override readonly __name__: string = "DatetimeRangeSlider"
  constructor(attrs?: DatetimeRangeSliderAttrs) { super(attrs) }
  override get value(): readonly [number | string, number | string] { return this.getv("value") as (readonly [number | string, number | string]) }
  override set value(value: readonly [number | string, number | string]) { this.setv("value", value) }
  override get valueThrottled(): readonly [number | string, number | string] { return this.getv("value_throttled") as (readonly [number | string, number | string]) }
}

export interface RangeSliderAttrs extends NumericalRangeSliderAttrs {
  value?: readonly [number, number]
}
export class RangeSlider extends NumericalRangeSlider {
  static override readonly __name__: string = "RangeSlider"
  constructor(attrs?: RangeSliderAttrs) { super(attrs) }
  override get value(): readonly [number, number] { return this.getv("value") as (readonly [number, number]) }
  override set value(value: readonly [number, number]) { this.setv("value", value) }
  override get valueThrottled(): readonly [number, number] { return this.getv("value_throttled") as (readonly [number, number]) }
}

export interface SliderAttrs extends NumericalSliderAttrs {
  value?: number
}
export class Slider extends NumericalSlider {
  static override readonly __name__: string = "Slider"
  constructor(attrs?: SliderAttrs) { super(attrs) }
  override get value(): number { return this.getv("value") as number }
  override set value(value: number) { this.setv("value", value) }
  override get valueThrottled(): number { return this.getv("value_throttled") as number }
}

export interface CellEditorAttrs extends ModelAttrs {}
export class CellEditor extends Model {
  static override readonly __name__: string = "CellEditor"
  constructor(attrs?: CellEditorAttrs) { super(attrs) }
}

export interface StringEditorAttrs extends CellEditorAttrs {
  completions?: readonly string[]
}
export class StringEditor extends CellEditor {
  static override readonly __name__: string = "StringEditor"
  constructor(attrs?: StringEditorAttrs) { super(attrs) }
  get completions(): readonly string[] { return this.getv("completions") as (readonly string[]) }
  set completions(value: readonly string[]) { this.setv("completions", value) }
}

export interface TextEditorAttrs extends CellEditorAttrs {}
export class TextEditor extends CellEditor {
  static override readonly __name__: string = "TextEditor"
  constructor(attrs?: TextEditorAttrs) { super(attrs) }
}

export interface SelectEditorAttrs extends CellEditorAttrs {
  options?: readonly string[]
}
export class SelectEditor extends CellEditor {
  static override readonly __name__: string = "SelectEditor"
  constructor(attrs?: SelectEditorAttrs) { super(attrs) }
  get options(): readonly string[] { return this.getv("options") as (readonly string[]) }
  set options(value: readonly string[]) { this.setv("options", value) }
}

export interface PercentEditorAttrs extends CellEditorAttrs {}
export class PercentEditor extends CellEditor {
  static override readonly __name__: string = "PercentEditor"
  constructor(attrs?: PercentEditorAttrs) { super(attrs) }
}

export interface CheckboxEditorAttrs extends CellEditorAttrs {}
export class CheckboxEditor extends CellEditor {
  static override readonly __name__: string = "CheckboxEditor"
  constructor(attrs?: CheckboxEditorAttrs) { super(attrs) }
}

export interface IntEditorAttrs extends CellEditorAttrs {
  step?: number
}
export class IntEditor extends CellEditor {
  static override readonly __name__: string = "IntEditor"
  constructor(attrs?: IntEditorAttrs) { super(attrs) }
  get step(): number { return this.getv("step") as number }
  set step(value: number) { this.setv("step", value) }
}

export interface NumberEditorAttrs extends CellEditorAttrs {
  step?: number
}
export class NumberEditor extends CellEditor {
  static override readonly __name__: string = "NumberEditor"
  constructor(attrs?: NumberEditorAttrs) { super(attrs) }
  get step(): number { return this.getv("step") as number }
  set step(value: number) { this.setv("step", value) }
}

export interface TimeEditorAttrs extends CellEditorAttrs {}
export class TimeEditor extends CellEditor {
  static override readonly __name__: string = "TimeEditor"
  constructor(attrs?: TimeEditorAttrs) { super(attrs) }
}

export interface DateEditorAttrs extends CellEditorAttrs {}
export class DateEditor extends CellEditor {
  static override readonly __name__: string = "DateEditor"
  constructor(attrs?: DateEditorAttrs) { super(attrs) }
}

export interface CellFormatterAttrs extends ModelAttrs {}
export class CellFormatter extends Model {
  static override readonly __name__: string = "CellFormatter"
  constructor(attrs?: CellFormatterAttrs) { super(attrs) }
}

export interface StringFormatterAttrs extends CellFormatterAttrs {
  fontStyle?: SpecValue<"FontStyleSpec">
  textAlign?: SpecValue<"TextAlignSpec">
  textColor?: SpecValue<"ColorSpec">
  backgroundColor?: SpecValue<"ColorSpec">
  nanFormat?: string
  nullFormat?: string
}
export class StringFormatter extends CellFormatter {
  static override readonly __name__: string = "StringFormatter"
  constructor(attrs?: StringFormatterAttrs) { super(attrs) }
  get fontStyle(): SpecValue<"FontStyleSpec"> { return this.getv("font_style") as SpecValue<"FontStyleSpec"> }
  set fontStyle(value: SpecValue<"FontStyleSpec">) { this.setv("font_style", value) }
  get textAlign(): SpecValue<"TextAlignSpec"> { return this.getv("text_align") as SpecValue<"TextAlignSpec"> }
  set textAlign(value: SpecValue<"TextAlignSpec">) { this.setv("text_align", value) }
  get textColor(): SpecValue<"ColorSpec"> { return this.getv("text_color") as SpecValue<"ColorSpec"> }
  set textColor(value: SpecValue<"ColorSpec">) { this.setv("text_color", value) }
  get backgroundColor(): SpecValue<"ColorSpec"> { return this.getv("background_color") as SpecValue<"ColorSpec"> }
  set backgroundColor(value: SpecValue<"ColorSpec">) { this.setv("background_color", value) }
  get nanFormat(): string { return this.getv("nan_format") as string }
  set nanFormat(value: string) { this.setv("nan_format", value) }
  get nullFormat(): string { return this.getv("null_format") as string }
  set nullFormat(value: string) { this.setv("null_format", value) }
}

export interface ScientificFormatterAttrs extends StringFormatterAttrs {
  precision?: number
  powerLimitHigh?: number
  powerLimitLow?: number
}
export class ScientificFormatter extends StringFormatter {
  static override readonly __name__: string = "ScientificFormatter"
  constructor(attrs?: ScientificFormatterAttrs) { super(attrs) }
  get precision(): number { return this.getv("precision") as number }
  set precision(value: number) { this.setv("precision", value) }
  get powerLimitHigh(): number { return this.getv("power_limit_high") as number }
  set powerLimitHigh(value: number) { this.setv("power_limit_high", value) }
  get powerLimitLow(): number { return this.getv("power_limit_low") as number }
  set powerLimitLow(value: number) { this.setv("power_limit_low", value) }
}

export interface NumberFormatterAttrs extends StringFormatterAttrs {
  format?: string
  language?: string
  rounding?: E.RoundingFunction
}
export class NumberFormatter extends StringFormatter {
  static override readonly __name__: string = "NumberFormatter"
  constructor(attrs?: NumberFormatterAttrs) { super(attrs) }
  get format(): string { return this.getv("format") as string }
  set format(value: string) { this.setv("format", value) }
  get language(): string { return this.getv("language") as string }
  set language(value: string) { this.setv("language", value) }
  get rounding(): E.RoundingFunction { return this.getv("rounding") as E.RoundingFunction }
  set rounding(value: E.RoundingFunction) { this.setv("rounding", value) }
}

export interface BooleanFormatterAttrs extends CellFormatterAttrs {
  icon?: string
}
export class BooleanFormatter extends CellFormatter {
  static override readonly __name__: string = "BooleanFormatter"
  constructor(attrs?: BooleanFormatterAttrs) { super(attrs) }
  get icon(): string { return this.getv("icon") as string }
  set icon(value: string) { this.setv("icon", value) }
}

export interface DateFormatterAttrs extends StringFormatterAttrs {
  format?: string
}
export class DateFormatter extends StringFormatter {
  static override readonly __name__: string = "DateFormatter"
  constructor(attrs?: DateFormatterAttrs) { super(attrs) }
  get format(): string { return this.getv("format") as string }
  set format(value: string) { this.setv("format", value) }
}

export interface HTMLTemplateFormatterAttrs extends CellFormatterAttrs {
  template?: string
}
export class HTMLTemplateFormatter extends CellFormatter {
  static override readonly __name__: string = "HTMLTemplateFormatter"
  constructor(attrs?: HTMLTemplateFormatterAttrs) { super(attrs) }
  get template(): string { return this.getv("template") as string }
  set template(value: string) { this.setv("template", value) }
}

export interface TableWidgetAttrs extends WidgetAttrs {
  source?: ColumnDataSource
  view?: CDSView
}
export class TableWidget extends Widget {
  static override readonly __name__: string = "TableWidget"
  constructor(attrs?: TableWidgetAttrs) { super(attrs) }
  get source(): ColumnDataSource { return this.getv("source") as ColumnDataSource }
  set source(value: ColumnDataSource) { this.setv("source", value) }
  get view(): CDSView { return this.getv("view") as CDSView }
  set view(value: CDSView) { this.setv("view", value) }
}

export interface DataTableAttrs extends TableWidgetAttrs {
  autosizeMode?: "fit_columns" | "fit_viewport" | "none" | "force_fit" | "ignore_viewport"
  autoEdit?: boolean
  columns?: readonly TableColumn[]
  fitColumns?: boolean | null
  frozenColumns?: number | null
  frozenRows?: number | null
  sortable?: boolean
  reorderable?: boolean
  editable?: boolean
  selectable?: boolean | "checkbox"
  indexPosition?: number | null
  indexHeader?: string
  indexWidth?: number
  scrollToSelection?: boolean
  headerRow?: boolean
  rowHeight?: number
  multiSelectable?: boolean
}
export class DataTable extends TableWidget {
  static override readonly __name__: string = "DataTable"
  constructor(attrs?: DataTableAttrs) { super(attrs) }
  get autosizeMode(): "fit_columns" | "fit_viewport" | "none" | "force_fit" | "ignore_viewport" { return this.getv("autosize_mode") as ("fit_columns" | "fit_viewport" | "none" | "force_fit" | "ignore_viewport") }
  set autosizeMode(value: "fit_columns" | "fit_viewport" | "none" | "force_fit" | "ignore_viewport") { this.setv("autosize_mode", value) }
  get autoEdit(): boolean { return this.getv("auto_edit") as boolean }
  set autoEdit(value: boolean) { this.setv("auto_edit", value) }
  get columns(): readonly TableColumn[] { return this.getv("columns") as (readonly TableColumn[]) }
  set columns(value: readonly TableColumn[]) { this.setv("columns", value) }
  get fitColumns(): boolean | null { return this.getv("fit_columns") as (boolean | null) }
  set fitColumns(value: boolean | null) { this.setv("fit_columns", value) }
  get frozenColumns(): number | null { return this.getv("frozen_columns") as (number | null) }
  set frozenColumns(value: number | null) { this.setv("frozen_columns", value) }
  get frozenRows(): number | null { return this.getv("frozen_rows") as (number | null) }
  set frozenRows(value: number | null) { this.setv("frozen_rows", value) }
  get sortable(): boolean { return this.getv("sortable") as boolean }
  set sortable(value: boolean) { this.setv("sortable", value) }
  get reorderable(): boolean { return this.getv("reorderable") as boolean }
  set reorderable(value: boolean) { this.setv("reorderable", value) }
  get editable(): boolean { return this.getv("editable") as boolean }
  set editable(value: boolean) { this.setv("editable", value) }
  get selectable(): boolean | "checkbox" { return this.getv("selectable") as (boolean | "checkbox") }
  set selectable(value: boolean | "checkbox") { this.setv("selectable", value) }
  get indexPosition(): number | null { return this.getv("index_position") as (number | null) }
  set indexPosition(value: number | null) { this.setv("index_position", value) }
  get indexHeader(): string { return this.getv("index_header") as string }
  set indexHeader(value: string) { this.setv("index_header", value) }
  get indexWidth(): number { return this.getv("index_width") as number }
  set indexWidth(value: number) { this.setv("index_width", value) }
  get scrollToSelection(): boolean { return this.getv("scroll_to_selection") as boolean }
  set scrollToSelection(value: boolean) { this.setv("scroll_to_selection", value) }
  get headerRow(): boolean { return this.getv("header_row") as boolean }
  set headerRow(value: boolean) { this.setv("header_row", value) }
  get rowHeight(): number { return this.getv("row_height") as number }
  set rowHeight(value: number) { this.setv("row_height", value) }
  get multiSelectable(): boolean { return this.getv("multi_selectable") as boolean }
  set multiSelectable(value: boolean) { this.setv("multi_selectable", value) }
}

export interface TableColumnAttrs extends ModelAttrs {
  field?: string
  title?: string | dom_HTML | null
  width?: number
  formatter?: CellFormatter
  editor?: CellEditor
  sortable?: boolean
  defaultSort?: E.Sort
  visible?: boolean
  sorter?: Comparison | null
}
export class TableColumn extends Model {
  static override readonly __name__: string = "TableColumn"
  constructor(attrs?: TableColumnAttrs) { super(attrs) }
  get field(): string { return this.getv("field") as string }
  set field(value: string) { this.setv("field", value) }
  get title(): string | dom_HTML | null { return this.getv("title") as (string | dom_HTML | null) }
  set title(value: string | dom_HTML | null) { this.setv("title", value) }
  get width(): number { return this.getv("width") as number }
  set width(value: number) { this.setv("width", value) }
  get formatter(): CellFormatter { return this.getv("formatter") as CellFormatter }
  set formatter(value: CellFormatter) { this.setv("formatter", value) }
  get editor(): CellEditor { return this.getv("editor") as CellEditor }
  set editor(value: CellEditor) { this.setv("editor", value) }
  get sortable(): boolean { return this.getv("sortable") as boolean }
  set sortable(value: boolean) { this.setv("sortable", value) }
  get defaultSort(): E.Sort { return this.getv("default_sort") as E.Sort }
  set defaultSort(value: E.Sort) { this.setv("default_sort", value) }
  get visible(): boolean { return this.getv("visible") as boolean }
  set visible(value: boolean) { this.setv("visible", value) }
  get sorter(): Comparison | null { return this.getv("sorter") as (Comparison | null) }
  set sorter(value: Comparison | null) { this.setv("sorter", value) }
}

export interface RowAggregatorAttrs extends ModelAttrs {
  field_?: string
}
/** Abstract in BokehJS: not registered, so never created from JSON. */
export class RowAggregator extends Model {
  static override readonly __name__: string = "RowAggregator"
  constructor(attrs?: RowAggregatorAttrs) { super(attrs) }
  get field_(): string { return this.getv("field_") as string }
  set field_(value: string) { this.setv("field_", value) }
}

export interface AvgAggregatorAttrs extends RowAggregatorAttrs {}
export class AvgAggregator extends RowAggregator {
  static override readonly __name__: string = "AvgAggregator"
  constructor(attrs?: AvgAggregatorAttrs) { super(attrs) }
}

export interface MinAggregatorAttrs extends RowAggregatorAttrs {}
export class MinAggregator extends RowAggregator {
  static override readonly __name__: string = "MinAggregator"
  constructor(attrs?: MinAggregatorAttrs) { super(attrs) }
}

export interface MaxAggregatorAttrs extends RowAggregatorAttrs {}
export class MaxAggregator extends RowAggregator {
  static override readonly __name__: string = "MaxAggregator"
  constructor(attrs?: MaxAggregatorAttrs) { super(attrs) }
}

export interface SumAggregatorAttrs extends RowAggregatorAttrs {}
export class SumAggregator extends RowAggregator {
  static override readonly __name__: string = "SumAggregator"
  constructor(attrs?: SumAggregatorAttrs) { super(attrs) }
}

export interface GroupingInfoAttrs extends ModelAttrs {
  getter?: string
  aggregators?: readonly RowAggregator[]
  collapsed?: boolean
}
export class GroupingInfo extends Model {
  static override readonly __name__: string = "GroupingInfo"
  constructor(attrs?: GroupingInfoAttrs) { super(attrs) }
  get getter(): string { return this.getv("getter") as string }
  set getter(value: string) { this.setv("getter", value) }
  get aggregators(): readonly RowAggregator[] { return this.getv("aggregators") as (readonly RowAggregator[]) }
  set aggregators(value: readonly RowAggregator[]) { this.setv("aggregators", value) }
  get collapsed(): boolean { return this.getv("collapsed") as boolean }
  set collapsed(value: boolean) { this.setv("collapsed", value) }
}

export interface DataCubeAttrs extends DataTableAttrs {
  grouping?: readonly GroupingInfo[]
  target?: ColumnDataSource
}
export class DataCube extends DataTable {
  static override readonly __name__: string = "DataCube"
  constructor(attrs?: DataCubeAttrs) { super(attrs) }
  get grouping(): readonly GroupingInfo[] { return this.getv("grouping") as (readonly GroupingInfo[]) }
  set grouping(value: readonly GroupingInfo[]) { this.setv("grouping", value) }
  get target(): ColumnDataSource { return this.getv("target") as ColumnDataSource }
  set target(value: ColumnDataSource) { this.setv("target", value) }
}

// Every class by its BokehJS name, so the runtime can find a class from a type name.
export const modelClasses = {
  Model: Model,
  DocumentConfig: DocumentConfig,
  AreaVisuals: AreaVisuals,
  StyledElement: StyledElement,
  Renderer: Renderer,
  CompositeRenderer: CompositeRenderer,
  Annotation: Annotation,
  DataAnnotation: DataAnnotation,
  Arrow: Arrow,
  Marking: Marking,
  ArrowHead: ArrowHead,
  OpenHead: OpenHead,
  NormalHead: NormalHead,
  TeeHead: TeeHead,
  VeeHead: VeeHead,
  BaseColorBar: BaseColorBar,
  UpperLower: UpperLower,
  Band: Band,
  BoxAnnotation: BoxAnnotation,
  BoxInteractionHandles: BoxInteractionHandles,
  ColorBar: ColorBar,
  ContourColorBar: ContourColorBar,
  TextAnnotation: TextAnnotation,
  Label: Label,
  LabelSet: LabelSet,
  Legend: Legend,
  LegendItem: LegendItem,
  PolyAnnotation: PolyAnnotation,
  ScaleBar: ScaleBar,
  Dimensional: Dimensional,
  Metric: Metric,
  ReciprocalMetric: ReciprocalMetric,
  MetricLength: MetricLength,
  ReciprocalMetricLength: ReciprocalMetricLength,
  CustomDimensional: CustomDimensional,
  ImperialLength: ImperialLength,
  Angular: Angular,
  BaseBar: BaseBar,
  SizeBar: SizeBar,
  Slope: Slope,
  Span: Span,
  Title: Title,
  ToolbarPanel: ToolbarPanel,
  Whisker: Whisker,
  HTMLTextAnnotation: HTMLTextAnnotation,
  HTMLLabel: HTMLLabel,
  HTMLLabelSet: HTMLLabelSet,
  HTMLTitle: HTMLTitle,
  GuideRenderer: GuideRenderer,
  Axis: Axis,
  CategoricalAxis: CategoricalAxis,
  ContinuousAxis: ContinuousAxis,
  DatetimeAxis: DatetimeAxis,
  LinearAxis: LinearAxis,
  LogAxis: LogAxis,
  MercatorAxis: MercatorAxis,
  TimedeltaAxis: TimedeltaAxis,
  Callback: Callback,
  CustomJS: CustomJS,
  OpenURL: OpenURL,
  SetValue: SetValue,
  ToggleVisibility: ToggleVisibility,
  OpenDialog: OpenDialog,
  CloseDialog: CloseDialog,
  UIElement: UIElement,
  Canvas: Canvas,
  CanvasPanel: CanvasPanel,
  CartesianFrame: CartesianFrame,
  Comparison: Comparison,
  CustomJSCompare: CustomJSCompare,
  NanCompare: NanCompare,
  CoordinateMapping: CoordinateMapping,
  Coordinate: Coordinate,
  Node: Node,
  XY: XY,
  Indexed: Indexed,
  Expression: Expression,
  CustomJSExpr: CustomJSExpr,
  Stack: Stack,
  CumSum: CumSum,
  ScalarExpression: ScalarExpression,
  Minimum: Minimum,
  Maximum: Maximum,
  XYComponent: XYComponent,
  XComponent: XComponent,
  YComponent: YComponent,
  CoordinateTransform: CoordinateTransform,
  PolarTransform: PolarTransform,
  Filter: Filter,
  BooleanFilter: BooleanFilter,
  CustomJSFilter: CustomJSFilter,
  GroupFilter: GroupFilter,
  IndexFilter: IndexFilter,
  AllIndices: AllIndices,
  InversionFilter: InversionFilter,
  CompositeFilter: CompositeFilter,
  IntersectionFilter: IntersectionFilter,
  UnionFilter: UnionFilter,
  DifferenceFilter: DifferenceFilter,
  SymmetricDifferenceFilter: SymmetricDifferenceFilter,
  TickFormatter: TickFormatter,
  BasicTickFormatter: BasicTickFormatter,
  CategoricalTickFormatter: CategoricalTickFormatter,
  DatetimeTickFormatter: DatetimeTickFormatter,
  CustomJSTickFormatter: CustomJSTickFormatter,
  LogTickFormatter: LogTickFormatter,
  MercatorTickFormatter: MercatorTickFormatter,
  NumeralTickFormatter: NumeralTickFormatter,
  PrintfTickFormatter: PrintfTickFormatter,
  TimedeltaTickFormatter: TimedeltaTickFormatter,
  Glyph: Glyph,
  XYGlyph: XYGlyph,
  AnnularWedge: AnnularWedge,
  Annulus: Annulus,
  Arc: Arc,
  Bezier: Bezier,
  LRTB: LRTB,
  Block: Block,
  RadialGlyph: RadialGlyph,
  Circle: Circle,
  CenterRotatable: CenterRotatable,
  Ellipse: Ellipse,
  Area: Area,
  HArea: HArea,
  HAreaStep: HAreaStep,
  HBar: HBar,
  HexTile: HexTile,
  HSpan: HSpan,
  HStrip: HStrip,
  ImageBase: ImageBase,
  Image: Image,
  ImageRGBA: ImageRGBA,
  ImageStack: ImageStack,
  ImageURL: ImageURL,
  Line: Line,
  Text: Text,
  MathTextGlyph: MathTextGlyph,
  MathMLGlyph: MathMLGlyph,
  MultiLine: MultiLine,
  MultiPolygons: MultiPolygons,
  Ngon: Ngon,
  Patch: Patch,
  Patches: Patches,
  Quad: Quad,
  Quadratic: Quadratic,
  Ray: Ray,
  Rect: Rect,
  Marker: Marker,
  Scatter: Scatter,
  Segment: Segment,
  Spline: Spline,
  Step: Step,
  TeXGlyph: TeXGlyph,
  VArea: VArea,
  VAreaStep: VAreaStep,
  VBar: VBar,
  VSpan: VSpan,
  VStrip: VStrip,
  Wedge: Wedge,
  Decoration: Decoration,
  GraphHitTestPolicy: GraphHitTestPolicy,
  EdgesOnly: EdgesOnly,
  NodesOnly: NodesOnly,
  NodesAndLinkedEdges: NodesAndLinkedEdges,
  EdgesAndLinkedNodes: EdgesAndLinkedNodes,
  NodesAndAdjacentNodes: NodesAndAdjacentNodes,
  LayoutProvider: LayoutProvider,
  GraphCoordinates: GraphCoordinates,
  NodeCoordinates: NodeCoordinates,
  EdgeCoordinates: EdgeCoordinates,
  StaticLayoutProvider: StaticLayoutProvider,
  Grid: Grid,
  Pane: Pane,
  LayoutDOM: LayoutDOM,
  FlexBox: FlexBox,
  Column: Column,
  CSSGridBox: CSSGridBox,
  GridBox: GridBox,
  GroupBox: GroupBox,
  HBox: HBox,
  Row: Row,
  ScrollBox: ScrollBox,
  Spacer: Spacer,
  TabPanel: TabPanel,
  Tabs: Tabs,
  VBox: VBox,
  Transform: Transform,
  Mapper: Mapper,
  ColorMapper: ColorMapper,
  CategoricalColorMapper: CategoricalColorMapper,
  CategoricalMarkerMapper: CategoricalMarkerMapper,
  CategoricalPatternMapper: CategoricalPatternMapper,
  ContinuousColorMapper: ContinuousColorMapper,
  LinearColorMapper: LinearColorMapper,
  LogColorMapper: LogColorMapper,
  ScanningColorMapper: ScanningColorMapper,
  EqHistColorMapper: EqHistColorMapper,
  StackColorMapper: StackColorMapper,
  WeightedStackColorMapper: WeightedStackColorMapper,
  GroupBy: GroupBy,
  GroupByModels: GroupByModels,
  GroupByName: GroupByName,
  BaseText: BaseText,
  MathText: MathText,
  Ascii: Ascii,
  MathML: MathML,
  TeX: TeX,
  PlainText: PlainText,
  CustomJSTransform: CustomJSTransform,
  RangeTransform: RangeTransform,
  Dodge: Dodge,
  Interpolator: Interpolator,
  Jitter: Jitter,
  LinearInterpolator: LinearInterpolator,
  StepInterpolator: StepInterpolator,
  MapOptions: MapOptions,
  GMapOptions: GMapOptions,
  Plot: Plot,
  GMapPlot: GMapPlot,
  GMap: GMap,
  GridPlot: GridPlot,
  Figure: Figure,
  LabelingPolicy: LabelingPolicy,
  AllLabels: AllLabels,
  NoOverlap: NoOverlap,
  CustomLabelingPolicy: CustomLabelingPolicy,
  RandomGenerator: RandomGenerator,
  ParkMillerLCG: ParkMillerLCG,
  Range: Range,
  NumericalRange: NumericalRange,
  DataRange: DataRange,
  DataRange1d: DataRange1d,
  FactorRange: FactorRange,
  Range1d: Range1d,
  DataRenderer: DataRenderer,
  ContourRenderer: ContourRenderer,
  GlyphRenderer: GlyphRenderer,
  GraphRenderer: GraphRenderer,
  RendererGroup: RendererGroup,
  Scale: Scale,
  CategoricalScale: CategoricalScale,
  CompositeScale: CompositeScale,
  ContinuousScale: ContinuousScale,
  LinearInterpolationScale: LinearInterpolationScale,
  LinearScale: LinearScale,
  LogScale: LogScale,
  SelectionPolicy: SelectionPolicy,
  IntersectRenderers: IntersectRenderers,
  UnionRenderers: UnionRenderers,
  Selection: Selection,
  Selector: Selector,
  ByID: ByID,
  ByClass: ByClass,
  ByCSS: ByCSS,
  ByXPath: ByXPath,
  DataSource: DataSource,
  ColumnarDataSource: ColumnarDataSource,
  ColumnDataSource: ColumnDataSource,
  WebDataSource: WebDataSource,
  ServerSentDataSource: ServerSentDataSource,
  AjaxDataSource: AjaxDataSource,
  CDSView: CDSView,
  GeoJSONDataSource: GeoJSONDataSource,
  Ticker: Ticker,
  ContinuousTicker: ContinuousTicker,
  AdaptiveTicker: AdaptiveTicker,
  BasicTicker: BasicTicker,
  CategoricalTicker: CategoricalTicker,
  CompositeTicker: CompositeTicker,
  CustomJSTicker: CustomJSTicker,
  DatetimeTicker: DatetimeTicker,
  BaseSingleIntervalTicker: BaseSingleIntervalTicker,
  DaysTicker: DaysTicker,
  FixedTicker: FixedTicker,
  LogTicker: LogTicker,
  MercatorTicker: MercatorTicker,
  MonthsTicker: MonthsTicker,
  SingleIntervalTicker: SingleIntervalTicker,
  TimedeltaTicker: TimedeltaTicker,
  YearsTicker: YearsTicker,
  BinnedTicker: BinnedTicker,
  TileSource: TileSource,
  MercatorTileSource: MercatorTileSource,
  BBoxTileSource: BBoxTileSource,
  QUADKEYTileSource: QUADKEYTileSource,
  TileRenderer: TileRenderer,
  TMSTileSource: TMSTileSource,
  WMTSTileSource: WMTSTileSource,
  Texture: Texture,
  CanvasTexture: CanvasTexture,
  ImageURLTexture: ImageURLTexture,
  Icon: Icon,
  BuiltinIcon: BuiltinIcon,
  SVGIcon: SVGIcon,
  TablerIcon: TablerIcon,
  Menu: Menu,
  MenuItem: MenuItem,
  ActionItem: ActionItem,
  CheckableItem: CheckableItem,
  DividerItem: DividerItem,
  Dialog: Dialog,
  Drawer: Drawer,
  Examiner: Examiner,
  Notifications: Notifications,
  Panel: Panel,
  Tooltip: Tooltip,
  Tool: Tool,
  ActionTool: ActionTool,
  CopyTool: CopyTool,
  CustomAction: CustomAction,
  FullscreenTool: FullscreenTool,
  HelpTool: HelpTool,
  ExamineTool: ExamineTool,
  PlotActionTool: PlotActionTool,
  ClickPanTool: ClickPanTool,
  RedoTool: RedoTool,
  ResetTool: ResetTool,
  SaveTool: SaveTool,
  UndoTool: UndoTool,
  ZoomBaseTool: ZoomBaseTool,
  ZoomInTool: ZoomInTool,
  ZoomOutTool: ZoomOutTool,
  GestureTool: GestureTool,
  EditTool: EditTool,
  BoxEditTool: BoxEditTool,
  FreehandDrawTool: FreehandDrawTool,
  LineTool: LineTool,
  LineEditTool: LineEditTool,
  PointDrawTool: PointDrawTool,
  PolyTool: PolyTool,
  PolyDrawTool: PolyDrawTool,
  PolyEditTool: PolyEditTool,
  SelectTool: SelectTool,
  RegionSelectTool: RegionSelectTool,
  BoxSelectTool: BoxSelectTool,
  BoxZoomTool: BoxZoomTool,
  LassoSelectTool: LassoSelectTool,
  PanTool: PanTool,
  PolySelectTool: PolySelectTool,
  RangeTool: RangeTool,
  TapTool: TapTool,
  WheelPanTool: WheelPanTool,
  WheelZoomTool: WheelZoomTool,
  InspectTool: InspectTool,
  CrosshairTool: CrosshairTool,
  CustomJSHover: CustomJSHover,
  HoverTool: HoverTool,
  ToolProxy: ToolProxy,
  ToolMenu: ToolMenu,
  Toolbar: Toolbar,
  ToolButton: ToolButton,
  OnOffButton: OnOffButton,
  ClickButton: ClickButton,
  "bokeh.models.dom.Action": dom_Action,
  "bokeh.models.dom.DOMNode": dom_DOMNode,
  "bokeh.models.dom.DOMElement": dom_DOMElement,
  "bokeh.models.dom.Placeholder": dom_Placeholder,
  "bokeh.models.dom.ValueRef": dom_ValueRef,
  "bokeh.models.dom.ColorRef": dom_ColorRef,
  "bokeh.models.dom.Span": dom_Span,
  "bokeh.models.dom.Div": dom_Div,
  "bokeh.models.dom.Table": dom_Table,
  "bokeh.models.dom.TableRow": dom_TableRow,
  "bokeh.models.dom.HTML": dom_HTML,
  "bokeh.models.dom.Index": dom_Index,
  Styles: Styles,
  StyleSheet: StyleSheet,
  InlineStyleSheet: InlineStyleSheet,
  GlobalInlineStyleSheet: GlobalInlineStyleSheet,
  ImportedStyleSheet: ImportedStyleSheet,
  GlobalImportedStyleSheet: GlobalImportedStyleSheet,
  "bokeh.models.dom.Template": dom_Template,
  "bokeh.models.dom.Text": dom_Text,
  "bokeh.models.dom.ToggleGroup": dom_ToggleGroup,
  "bokeh.models.dom.ValueOf": dom_ValueOf,
  Widget: Widget,
  Control: Control,
  AbstractButton: AbstractButton,
  InputWidget: InputWidget,
  TextLikeInput: TextLikeInput,
  TextInput: TextInput,
  AutocompleteInput: AutocompleteInput,
  Button: Button,
  OrientedControl: OrientedControl,
  ToggleButtonGroup: ToggleButtonGroup,
  CheckboxButtonGroup: CheckboxButtonGroup,
  ToggleInputGroup: ToggleInputGroup,
  CheckboxGroup: CheckboxGroup,
  ToggleInput: ToggleInput,
  Checkbox: Checkbox,
  ColorPicker: ColorPicker,
  PickerBase: PickerBase,
  BaseDatePicker: BaseDatePicker,
  DatePicker: DatePicker,
  DateRangePicker: DateRangePicker,
  BaseDatetimePicker: BaseDatetimePicker,
  DatetimePicker: DatetimePicker,
  DatetimeRangePicker: DatetimeRangePicker,
  Markup: Markup,
  Div: Div,
  Dropdown: Dropdown,
  FileInput: FileInput,
  HelpButton: HelpButton,
  Markdown: Markdown,
  MultiChoice: MultiChoice,
  MultiSelect: MultiSelect,
  MultipleDatePicker: MultipleDatePicker,
  MultipleDatetimePicker: MultipleDatetimePicker,
  NumericInput: NumericInput,
  PaletteSelect: PaletteSelect,
  Paragraph: Paragraph,
  PasswordInput: PasswordInput,
  PreText: PreText,
  Indicator: Indicator,
  Progress: Progress,
  RadioButtonGroup: RadioButtonGroup,
  RadioGroup: RadioGroup,
  Select: Select,
  Spinner: Spinner,
  Switch: Switch,
  TextAreaInput: TextAreaInput,
  TimePicker: TimePicker,
  Toggle: Toggle,
  AbstractSlider: AbstractSlider,
  CategoricalSlider: CategoricalSlider,
  BaseNumericalSlider: BaseNumericalSlider,
  NumericalRangeSlider: NumericalRangeSlider,
  DateRangeSlider: DateRangeSlider,
  NumericalSlider: NumericalSlider,
  DateSlider: DateSlider,
  DatetimeRangeSlider: DatetimeRangeSlider,
  RangeSlider: RangeSlider,
  Slider: Slider,
  CellEditor: CellEditor,
  StringEditor: StringEditor,
  TextEditor: TextEditor,
  SelectEditor: SelectEditor,
  PercentEditor: PercentEditor,
  CheckboxEditor: CheckboxEditor,
  IntEditor: IntEditor,
  NumberEditor: NumberEditor,
  TimeEditor: TimeEditor,
  DateEditor: DateEditor,
  CellFormatter: CellFormatter,
  StringFormatter: StringFormatter,
  ScientificFormatter: ScientificFormatter,
  NumberFormatter: NumberFormatter,
  BooleanFormatter: BooleanFormatter,
  DateFormatter: DateFormatter,
  HTMLTemplateFormatter: HTMLTemplateFormatter,
  TableWidget: TableWidget,
  DataTable: DataTable,
  TableColumn: TableColumn,
  RowAggregator: RowAggregator,
  AvgAggregator: AvgAggregator,
  MinAggregator: MinAggregator,
  MaxAggregator: MaxAggregator,
  SumAggregator: SumAggregator,
  GroupingInfo: GroupingInfo,
  DataCube: DataCube,
} as const
