// Python-strict kinds for properties BokehJS declares as Any/Unknown at run time, keyed by
// "Model.prop" (wire names). BokehJS's TypeScript types (and Python Bokeh) say what these hold;
// without the overlay a client or a script could store e.g. an HTML string in Slider.value.
// Tool `empty_value`s and SetValue.value really are Any and stay out of this table.
import type { Kind } from "./kind.ts"

const Float: Kind = { type: "Float" }
const Str: Kind = { type: "Str" }

// Python's Datetime as it appears on a server: ms since epoch (what BokehJS sends back) or an
// ISO 8601 date / date-time string.
const ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"
const Datetime: Kind = { type: "Or", types: [Float, { type: "Regex", pattern: ISO_DATE, flags: "" }] }

const pair = (item: Kind): Kind => ({ type: "Tuple", types: [item, item] })

export const STRICT: Readonly<Record<string, Kind>> = {
  "Slider.value": Float,
  "Slider.value_throttled": Float,
  "RangeSlider.value": pair(Float),
  "RangeSlider.value_throttled": pair(Float),
  "DateSlider.value": Datetime,
  "DateSlider.value_throttled": Datetime,
  "DateRangeSlider.value": pair(Datetime),
  "DateRangeSlider.value_throttled": pair(Datetime),
  "DatetimeRangeSlider.value": pair(Datetime),
  "DatetimeRangeSlider.value_throttled": pair(Datetime),
  "CategoricalSlider.value": Str,
  "CategoricalSlider.value_throttled": Str,
  "Select.value": Str,
  "GroupFilter.group": Str,
}
