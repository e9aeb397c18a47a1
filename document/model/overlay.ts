// Rules BokehJS applies in code rather than in property kinds, so the catalog cannot carry
// them: value conversions (a str Plot.title becomes a Title) and checks without which BokehJS
// fails to load a document. Keyed "Base.property"; a rule applies to every subclass of Base.
import { modelClass } from "./registry.ts"
import { pyRepr } from "../util/python.ts"
import { isPlainObject } from "../util/plain.ts"

export interface PropertyRule {
  // returns the failure detail, or null when the value is fine
  readonly check?: (value: unknown, props: { has(name: string): boolean }) => string | null
  readonly convert?: (value: unknown) => unknown
}

// BokehJS connects each js_property_callbacks key to a signal: "change:<property>" or one of
// the model's own signals; anything else makes Document.from_json throw.
const MODEL_SIGNALS = new Set(["change", "property_change", "transformchange", "exprchange", "streaming", "patching"])

export const RULES: Readonly<Record<string, PropertyRule>> = {
  "Plot.title": {
    convert: (value) => typeof value === "string" ? new (modelClass("Title"))({ text: value }) : value,
  },
  "TileSource.url": {
    // BokehJS upper-cases the placeholders; doing it here keeps both sides equal
    convert: (value) => typeof value !== "string" ? value
      : ["x", "y", "z", "q", "xmin", "ymin", "xmax", "ymax"].reduce((url, v) => url.replace(`{${v}}`, `{${v.toUpperCase()}}`), value),
  },
  "Model.js_property_callbacks": {
    check: (value, props) => {
      const keys = value instanceof Map ? [...value.keys()] : isPlainObject(value) ? Object.keys(value) : []
      for (const key of keys) {
        const [event, attr] = String(key).split(":", 2)
        const ok = attr == null ? MODEL_SIGNALS.has(event!) : event === "change" && props.has(attr)
        if (!ok) return `expected keys of the form 'change:<property>' or a model signal name, got ${pyRepr(key)}`
      }
      return null
    },
  },
  "GeoJSONDataSource.geojson": {
    check: (value) => {
      if (typeof value !== "string") return null
      try {
        JSON.parse(value)
        return null
      } catch {
        return `expected a JSON string, got ${pyRepr(value)}`
      }
    },
  },
}
