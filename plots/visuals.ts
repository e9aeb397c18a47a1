// Bokeh's cascade for the visual properties of a glyph (line_*, fill_*, hatch_*, text_*,
// global_alpha), on wire (snake_case) names. A property named "<feature>_<trait>" takes, in
// order: its own option ("fill_color"); the bare trait when the glyph has no property of that
// name ("color", "alpha", and so "width" on a line but not on a bar); a per-state override
// (nonselection alpha 0.1, muted alpha 0.2); the main glyph's value (for state glyphs); and last
// the plotting defaults: every color "#1f77b4" except text and hatch ("black"), every alpha 1.

export const DEFAULT_COLOR = "#1f77b4"
export const DEFAULT_ALPHA = 1.0

const FEATURES = new Set(["line", "fill", "hatch", "text", "global"])

// The glyph states that take prefixed visuals ("hover_fill_color", "muted_alpha").
export const STATES = ["nonselection", "selection", "hover", "muted"] as const
export type State = (typeof STATES)[number]

// "line_dash_offset" → ["line", "dash_offset"]; "x" → ["x", null]
export function splitFeatureTrait(name: string): [string, string | null] {
  const i = name.indexOf("_")
  return i < 0 ? [name, null] : [name.slice(0, i), name.slice(i + 1)]
}

export function isVisual(name: string): boolean {
  const [feature, trait] = splitFeatureTrait(name)
  return FEATURES.has(feature) && trait != null
}

// The bare traits a glyph accepts as shorthands: those of its visual properties that are not
// properties themselves ("color", "alpha", "width" for Line, …).
export function shorthandTraits(props: ReadonlySet<string>): Set<string> {
  const traits = new Set<string>()
  for (const name of props) {
    const trait = splitFeatureTrait(name)[1]
    if (isVisual(name) && !props.has(trait!)) traits.add(trait!)
  }
  return traits
}

// Takes the visual options for one glyph state out of `given` (prefixed by `${state}_`, or
// unprefixed for the main glyph) and returns the glyph's visual property values. Prefixed
// properties are removed from `given`; shorthand traits too, once every property saw them.
export function popVisuals(
  props: ReadonlySet<string>,
  given: Map<string, unknown>,
  prefix = "",
  defaults: ReadonlyMap<string, unknown> = new Map(),
  overrides: Readonly<Record<string, unknown>> = {},
): Map<string, unknown> {
  const fallback = new Map(defaults)
  if (!fallback.has("text_color")) fallback.set("text_color", "black")
  if (!fallback.has("hatch_color")) fallback.set("hatch_color", "black")
  const traitDefaults: Record<string, unknown> = { color: DEFAULT_COLOR, alpha: DEFAULT_ALPHA }

  const result = new Map<string, unknown>()
  const usedTraits = new Set<string>()
  for (const name of props) {
    if (!isVisual(name)) continue
    const trait = splitFeatureTrait(name)[1]!
    const isShorthand = !props.has(trait)
    if (given.has(prefix + name)) {
      result.set(name, given.get(prefix + name))
      given.delete(prefix + name)
    } else if (isShorthand && given.has(prefix + trait)) {
      result.set(name, given.get(prefix + trait))
    } else if (Object.hasOwn(overrides, trait)) {
      result.set(name, overrides[trait])
    } else if (fallback.has(name)) {
      result.set(name, fallback.get(name))
    } else if (Object.hasOwn(traitDefaults, trait)) {
      result.set(name, traitDefaults[trait])
    }
    if (isShorthand) usedTraits.add(trait)
  }
  for (const trait of usedTraits) given.delete(prefix + trait)
  return result
}

export function hasStateOptions(given: ReadonlyMap<string, unknown>, state: State): boolean {
  for (const key of given.keys()) if (key.startsWith(`${state}_`)) return true
  return false
}
