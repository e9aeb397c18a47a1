// Default values from the catalog's reps. Plain defaults are decoded once per class and
// property and shared (frozen); model-valued ones are instantiated per model.
import { specToWire } from "../kinds/specs.ts"
import { Deserializer } from "../serialization/deserializer.ts"
import { nextId } from "./model.ts"
import type { PropSchema } from "./schema.ts"
import { isEqual, isPlainObject } from "./values.ts"

const cache = new Map<string, unknown>()

export function decodeDefault(type: string, prop: PropSchema): unknown {
  const key = `${type}.${prop.name}`
  if (cache.has(key)) return cache.get(key)
  let value = new Deserializer().decode(prop.defaultRep)
  if (prop.kind.type === "Spec") value = plainSpec(prop.kind.spec, value)
  // Maps and Sets cannot be frozen: hand out a fresh one each time instead of caching
  if (value instanceof Map || value instanceof Set) return value
  value = deepFreeze(value)
  cache.set(key, value)
  return value
}

export function instantiateDefault(rep: unknown): unknown {
  return new Deserializer().decode(withFreshIds(rep))
}

// `{value: 4}` reads back as 4 when storing 4 would serialize the same way (and likewise
// a field name), as Python shows spec defaults.
function plainSpec(spec: string, value: unknown): unknown {
  if (!isPlainObject(value)) return value
  const keys = Object.keys(value)
  if (keys.length !== 1) return value
  const plain = keys[0] === "value" ? value.value : keys[0] === "field" ? value.field : undefined
  if (plain === undefined) return value
  try {
    return isEqual(specToWire(spec, plain), value) ? plain : value
  } catch {
    return value
  }
}

function withFreshIds(rep: unknown): unknown {
  if (Array.isArray(rep)) return rep.map(withFreshIds)
  if (rep != null && typeof rep === "object") {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(rep)) out[k] = withFreshIds(v)
    if (out.type === "object" && typeof out.name === "string" && out.id == null) out.id = nextId()
    return out
  }
  return rep
}

function deepFreeze<T>(value: T): T {
  if (Array.isArray(value) || isPlainObject(value)) {
    for (const v of Object.values(value as object)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}
