// Colors as both BokehJS (the renderer) and Python Bokeh (the validator we mirror) accept them.
// Where the two differ we take the intersection, so nothing we accept is dropped by the client:
// BokehJS also takes packed RGBA integers and any 3/4-array, Python does not; Python takes only
// comma-separated rgb()/rgba(), while BokehJS also parses the CSS4 space syntax.

// The 148 CSS named colors (both gray/grey spellings), lower case.
export const NAMED_COLORS: ReadonlySet<string> = new Set((
  "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet " +
  "brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan " +
  "darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta " +
  "darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue " +
  "darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey " +
  "dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray " +
  "green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush " +
  "lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray " +
  "lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray " +
  "lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon " +
  "mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue " +
  "mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin " +
  "navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen " +
  "paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple " +
  "rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna " +
  "silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle " +
  "tomato turquoise violet wheat white whitesmoke yellow yellowgreen"
).split(" "))

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i
const FUNCTIONAL = /^(rgba?|hsla?)\((.*)\)$/i

export function isColor(value: unknown): boolean {
  if (typeof value === "string") return isColorString(value)
  if (Array.isArray(value)) return isColorTuple(value)
  return false
}

export function isColorString(text: string): boolean {
  const lower = text.toLowerCase()
  if (lower === "transparent" || NAMED_COLORS.has(lower)) return true
  if (lower.startsWith("#")) return HEX.test(lower)
  const match = FUNCTIONAL.exec(lower)
  if (match == null) return false
  const args = splitArgs(match[2]!)
  if (args == null) return false
  return match[1]!.startsWith("rgb") ? validRgb(args) : validHsl(args)
}

// (r, g, b) or (r, g, b, a): bytes, then alpha in [0, 1] (Python's Tuple(Byte, Byte, Byte, Percent)).
function isColorTuple(items: readonly unknown[]): boolean {
  if (items.length !== 3 && items.length !== 4) return false
  for (let i = 0; i < 3; i++) {
    const v = items[i]
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 255) return false
  }
  if (items.length === 4) {
    const a = items[3]
    if (typeof a !== "number" || !(a >= 0 && a <= 1)) return false
  }
  return true
}

type Args = { channels: string[]; alpha: string | null }

// Both the legacy "a, b, c[, d]" and the CSS4 "a b c[ / d]" argument forms.
function splitArgs(inner: string): Args | null {
  const body = inner.trim()
  if (body.includes(",")) {
    if (body.includes("/")) return null
    const parts = body.split(",").map((p) => p.trim())
    if (parts.length !== 3 && parts.length !== 4) return null
    return { channels: parts.slice(0, 3), alpha: parts[3] ?? null }
  }
  const [left, alpha, ...rest] = body.split("/")
  if (rest.length > 0) return null
  const channels = left!.trim().split(/\s+/)
  if (channels.length !== 3) return null
  return { channels, alpha: alpha == null ? null : alpha.trim() }
}

// A decimal number, optionally followed by a suffix; null when malformed.
function parseNumber(text: string, suffix = ""): number | null {
  const body = suffix !== "" && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text
  return NUMBER.test(body) ? Number(body) : null
}

function validAlpha(alpha: string | null): boolean {
  if (alpha == null) return true
  if (alpha.endsWith("%")) {
    const v = parseNumber(alpha, "%")
    return v != null && v >= 0 && v <= 100
  }
  const v = parseNumber(alpha)
  return v != null && v >= 0 && v <= 1
}

// BokehJS requires the three channels to be all percentages or all plain numbers.
function validRgb({ channels, alpha }: Args): boolean {
  const percent = channels[0]!.endsWith("%")
  for (const c of channels) {
    if (c.endsWith("%") !== percent) return false
    const v = parseNumber(c, "%")
    if (v == null || v < 0 || v > (percent ? 100 : 255)) return false
  }
  return validAlpha(alpha)
}

function validHsl({ channels, alpha }: Args): boolean {
  const [hue, saturation, lightness] = channels as [string, string, string]
  const unit = /(deg|grad|rad|turn)$/.exec(hue)?.[1] ?? ""
  if (parseNumber(hue, unit) == null) return false
  for (const c of [saturation, lightness]) {
    const v = parseNumber(c, "%")
    if (v == null || v < 0 || v > 100) return false
  }
  return validAlpha(alpha)
}
