// UI events (spec document.md §12): the names a client may send, the Python class names
// upstream's messages use, and which models each applies to.
import { ValueError } from "./errors.ts"
import type { ModelEvent } from "./model/model.ts"
import { isSubtype } from "./model/schema.ts"

export const DOCUMENT_EVENTS: ReadonlySet<string> = new Set(["document_ready", "connection_lost", "client_reconnected"])

const PLOT_EVENTS: Readonly<Record<string, string>> = {
  lodstart: "LODStart", lodend: "LODEnd", rangesupdate: "RangesUpdate", selectiongeometry: "SelectionGeometry",
  reset: "Reset", tap: "Tap", doubletap: "DoubleTap", press: "Press", pressup: "PressUp",
  mouseenter: "MouseEnter", mouseleave: "MouseLeave", mousemove: "MouseMove", wheel: "MouseWheel",
  pan: "Pan", panstart: "PanStart", panend: "PanEnd", pinch: "Pinch", pinchstart: "PinchStart",
  pinchend: "PinchEnd", rotate: "Rotate", rotatestart: "RotateStart", rotateend: "RotateEnd",
}

// event name → [the models it applies to, the error when it is sent for another model]
const MODEL_EVENTS: Readonly<Record<string, readonly [readonly string[], string] | null>> = {
  button_click: [["AbstractButton", "ToggleButtonGroup"], "ButtonClick event only applies to button and button group models"],
  value_submit: [["TextInput"], "ValueSubmit event only applies to text input models"],
  axis_click: [["Axis"], "AxisClick event only applies to axis models"],
  menu_item_click: null,
  legend_item_click: null,
  clear_input: null,
  ...Object.fromEntries(Object.entries(PLOT_EVENTS).map(([name, cls]) => [name, [["Plot"], `${cls} event only applies to Plot models`] as const])),
}

export function isModelEvent(name: string): boolean {
  return name in MODEL_EVENTS
}

// Throws the ValueError upstream raises when it builds the event from a client's message.
export function checkEvent(event: ModelEvent): void {
  if (DOCUMENT_EVENTS.has(event.name)) return
  if (!Object.hasOwn(MODEL_EVENTS, event.name)) throw new ValueError(`unknown event name '${event.name}'`)
  const rule = MODEL_EVENTS[event.name]
  if (rule == null || event.model == null) return
  const [models, message] = rule
  if (!models.some((base) => isSubtype(event.model!.type, base))) throw new ValueError(message)
}
