// Generated from @bokeh/bokehjs 3.10.0 by document/catalog/generate.ts.
// Do not edit by hand: regenerate with `npm run catalog`.

// Named enumerations of BokehJS's core/enums.

export const Align = ["start", "center", "end"] as const
export type Align = typeof Align[number]

export const AlternationPolicy = ["none", "even", "odd", "every"] as const
export type AlternationPolicy = typeof AlternationPolicy[number]

export const Anchor = ["top_left", "top_center", "top_right", "center_left", "center_center", "center_right", "bottom_left", "bottom_center", "bottom_right", "top", "left", "center", "right", "bottom"] as const
export type Anchor = typeof Anchor[number]
export const LegendLocation = Anchor
export type LegendLocation = Anchor

export const AngleUnits = ["deg", "rad", "grad", "turn"] as const
export type AngleUnits = typeof AngleUnits[number]

export const AxisLabelStandoffMode = ["tick_labels", "axis"] as const
export type AxisLabelStandoffMode = typeof AxisLabelStandoffMode[number]

export const BoxOrigin = ["corner", "center"] as const
export type BoxOrigin = typeof BoxOrigin[number]

export const BuiltinFormatter = ["raw", "basic", "numeral", "printf", "datetime"] as const
export type BuiltinFormatter = typeof BuiltinFormatter[number]

export const ButtonType = ["default", "primary", "success", "warning", "danger", "light"] as const
export type ButtonType = typeof ButtonType[number]

export const CalendarPosition = ["auto", "above", "below"] as const
export type CalendarPosition = typeof CalendarPosition[number]

export const Clock = ["12h", "24h"] as const
export type Clock = typeof Clock[number]

export const ContextWhich = ["start", "center", "end", "all"] as const
export type ContextWhich = typeof ContextWhich[number]

export const CoordinateUnits = ["canvas", "screen", "data"] as const
export type CoordinateUnits = typeof CoordinateUnits[number]

export const Dimension = ["width", "height"] as const
export type Dimension = typeof Dimension[number]

export const Dimensions = ["width", "height", "both"] as const
export type Dimensions = typeof Dimensions[number]

export const Direction = ["clock", "anticlock"] as const
export type Direction = typeof Direction[number]

export const Distribution = ["uniform", "normal"] as const
export type Distribution = typeof Distribution[number]

export const Face = ["front", "back"] as const
export type Face = typeof Face[number]

export const FlowMode = ["block", "inline"] as const
export type FlowMode = typeof FlowMode[number]

export const FontStyle = ["normal", "italic", "bold", "bold italic"] as const
export type FontStyle = typeof FontStyle[number]

export const HAlign = ["left", "center", "right"] as const
export type HAlign = typeof HAlign[number]

export const HTTPMethod = ["POST", "GET"] as const
export type HTTPMethod = typeof HTTPMethod[number]

export const HatchPatternType = ["blank", "dot", "ring", "horizontal_line", "vertical_line", "cross", "horizontal_dash", "vertical_dash", "spiral", "right_diagonal_line", "left_diagonal_line", "diagonal_cross", "right_diagonal_dash", "left_diagonal_dash", "horizontal_wave", "vertical_wave", "criss_cross", " ", ".", "o", "-", "|", "+", "\"", ":", "@", "/", "\\", "x", ",", "`", "v", ">", "*"] as const
export type HatchPatternType = typeof HatchPatternType[number]

export const HexTileOrientation = ["pointytop", "flattop"] as const
export type HexTileOrientation = typeof HexTileOrientation[number]

export const HoverMode = ["mouse", "hline", "vline"] as const
export type HoverMode = typeof HoverMode[number]

export const ImageOrigin = ["bottom_left", "top_left", "bottom_right", "top_right"] as const
export type ImageOrigin = typeof ImageOrigin[number]

export const LabelOrientation = ["vertical", "horizontal", "parallel", "normal"] as const
export type LabelOrientation = typeof LabelOrientation[number]

export const LatLon = ["lat", "lon"] as const
export type LatLon = typeof LatLon[number]

export const LegendClickPolicy = ["none", "hide", "mute"] as const
export type LegendClickPolicy = typeof LegendClickPolicy[number]

export const LineCap = ["butt", "round", "square"] as const
export type LineCap = typeof LineCap[number]

export const LineDash = ["solid", "dashed", "dotted", "dotdash", "dashdot"] as const
export type LineDash = typeof LineDash[number]

export const LineJoin = ["miter", "round", "bevel"] as const
export type LineJoin = typeof LineJoin[number]

export const LinePolicy = ["prev", "next", "nearest", "interp", "none"] as const
export type LinePolicy = typeof LinePolicy[number]

export const Location = ["above", "below", "left", "right"] as const
export type Location = typeof Location[number]

export const Logo = ["normal", "grey"] as const
export type Logo = typeof Logo[number]

export const MapType = ["satellite", "roadmap", "terrain", "hybrid"] as const
export type MapType = typeof MapType[number]

export const MarkerType = ["asterisk", "circle", "circle_cross", "circle_dot", "circle_x", "circle_y", "cross", "dash", "diamond", "diamond_cross", "diamond_dot", "dot", "hex", "hex_dot", "inverted_triangle", "plus", "square", "square_cross", "square_dot", "square_pin", "square_x", "star", "star_dot", "triangle", "triangle_dot", "triangle_pin", "x", "y"] as const
export type MarkerType = typeof MarkerType[number]

export const MutedPolicy = ["show", "ignore"] as const
export type MutedPolicy = typeof MutedPolicy[number]

export const Orientation = ["vertical", "horizontal"] as const
export type Orientation = typeof Orientation[number]

export const OutlineShapeName = ["none", "box", "rectangle", "square", "circle", "ellipse", "trapezoid", "parallelogram", "diamond", "triangle"] as const
export type OutlineShapeName = typeof OutlineShapeName[number]

export const OutputBackend = ["canvas", "svg", "webgl"] as const
export type OutputBackend = typeof OutputBackend[number]

export const PaddingUnits = ["percent", "absolute"] as const
export type PaddingUnits = typeof PaddingUnits[number]

export const PanDirection = ["left", "right", "up", "down", "west", "east", "north", "south"] as const
export type PanDirection = typeof PanDirection[number]

export const Place = ["above", "below", "left", "right", "center"] as const
export type Place = typeof Place[number]

export const PointPolicy = ["snap_to_data", "follow_mouse", "none"] as const
export type PointPolicy = typeof PointPolicy[number]

export const RadiusDimension = ["x", "y", "max", "min"] as const
export type RadiusDimension = typeof RadiusDimension[number]

export const RegionSelectionMode = ["replace", "append", "intersect", "subtract", "xor"] as const
export type RegionSelectionMode = typeof RegionSelectionMode[number]

export const RenderLevel = ["image", "underlay", "glyph", "guide", "annotation", "overlay"] as const
export type RenderLevel = typeof RenderLevel[number]

export const ResetPolicy = ["standard", "event_only"] as const
export type ResetPolicy = typeof ResetPolicy[number]

export const ResolutionType = ["microseconds", "milliseconds", "seconds", "minsec", "minutes", "hourmin", "hours", "days", "months", "years"] as const
export type ResolutionType = typeof ResolutionType[number]

export const RoundingFunction = ["round", "nearest", "floor", "rounddown", "ceil", "roundup"] as const
export type RoundingFunction = typeof RoundingFunction[number]

export const ScrollbarPolicy = ["auto", "visible", "hidden"] as const
export type ScrollbarPolicy = typeof ScrollbarPolicy[number]

export const SelectionMode = ["replace", "append", "intersect", "subtract", "xor", "toggle"] as const
export type SelectionMode = typeof SelectionMode[number]

export const Side = ["above", "below", "left", "right"] as const
export type Side = typeof Side[number]

export const SizingMode = ["stretch_width", "stretch_height", "stretch_both", "scale_width", "scale_height", "scale_both", "fixed", "inherit"] as const
export type SizingMode = typeof SizingMode[number]

export const Sort = ["ascending", "descending"] as const
export type Sort = typeof Sort[number]

export const SpatialUnits = ["screen", "data"] as const
export type SpatialUnits = typeof SpatialUnits[number]

export const StartEnd = ["start", "end"] as const
export type StartEnd = typeof StartEnd[number]

export const StepMode = ["after", "before", "center"] as const
export type StepMode = typeof StepMode[number]

export const TapBehavior = ["select", "inspect"] as const
export type TapBehavior = typeof TapBehavior[number]

export const TapGesture = ["tap", "doubletap"] as const
export type TapGesture = typeof TapGesture[number]

export const TextAlign = ["left", "right", "center"] as const
export type TextAlign = typeof TextAlign[number]

export const TextBaseline = ["top", "middle", "bottom", "alphabetic", "hanging", "ideographic"] as const
export type TextBaseline = typeof TextBaseline[number]

export const TextureRepetition = ["repeat", "repeat_x", "repeat_y", "no_repeat"] as const
export type TextureRepetition = typeof TextureRepetition[number]

export const TimedeltaResolutionType = ["nanoseconds", "microseconds", "milliseconds", "seconds", "minsec", "minutes", "hourmin", "hours", "days"] as const
export type TimedeltaResolutionType = typeof TimedeltaResolutionType[number]

export const ToolIcon = ["append_mode", "arrow_down_to_bar", "arrow_up_from_bar", "auto_box_zoom", "bold", "box_edit", "box_select", "box_zoom", "caret_down", "caret_left", "caret_right", "caret_up", "check", "chevron_down", "chevron_left", "chevron_right", "chevron_up", "clear_selection", "copy", "crosshair", "dark_theme", "delete", "freehand_draw", "fullscreen", "help", "hover", "intersect_mode", "invert_selection", "italic", "lasso_select", "light_theme", "line_edit", "maximize", "minimize", "pan", "pin", "point_draw", "pointer", "poly_draw", "poly_edit", "polygon_select", "range", "redo", "replace_mode", "reset", "save", "see_off", "see_on", "settings", "square", "square_check", "subtract_mode", "tap_select", "text_align_center", "text_align_left", "text_align_right", "undo", "unknown", "unpin", "wheel_pan", "wheel_zoom", "x_box_select", "x_box_zoom", "x_grip", "x_pan", "xor_mode", "y_box_select", "y_box_zoom", "y_grip", "y_pan", "zoom_in", "zoom_out"] as const
export type ToolIcon = typeof ToolIcon[number]

export const ToolName = ["auto_box_zoom", "box_select", "box_zoom", "click", "copy", "crosshair", "doubletap", "examine", "freehand_draw", "fullscreen", "help", "hover", "lasso_select", "pan", "pan_down", "pan_east", "pan_left", "pan_north", "pan_right", "pan_south", "pan_up", "pan_west", "poly_select", "redo", "reset", "save", "tap", "undo", "wheel_zoom", "xbox_select", "xbox_zoom", "xcrosshair", "xpan", "xwheel_pan", "xwheel_zoom", "xzoom_in", "xzoom_out", "ybox_select", "ybox_zoom", "ycrosshair", "ypan", "ywheel_pan", "ywheel_zoom", "yzoom_in", "yzoom_out", "zoom_in", "zoom_out"] as const
export type ToolName = typeof ToolName[number]

export const TooltipAttachment = ["horizontal", "vertical", "left", "right", "above", "below"] as const
export type TooltipAttachment = typeof TooltipAttachment[number]

export const UpdateMode = ["replace", "append"] as const
export type UpdateMode = typeof UpdateMode[number]

export const VAlign = ["top", "center", "bottom"] as const
export type VAlign = typeof VAlign[number]

export const VerticalAlign = ["top", "middle", "bottom"] as const
export type VerticalAlign = typeof VerticalAlign[number]

export const WindowAxis = ["none", "x", "y"] as const
export type WindowAxis = typeof WindowAxis[number]
