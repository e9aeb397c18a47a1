// Bokeh's "splattable list" for p.xaxis, p.grid, p.legend, …: setting a property sets it on
// every model; reading gives the value they share; p.xaxis[0] and iteration give the models.
import { ValueError, type Model } from "../document/index.ts"
import { deepEqual } from "./util.ts"

export interface SplatList<T> extends Iterable<T> {
  readonly length: number
  readonly [index: number]: T
  each(fn: (model: T, index: number) => void): void
  toArray(): T[]
}

// The shared property type of the models plus list access.
export type Splat<T extends Model> = T & SplatList<T>

const LIST_KEYS = new Set<PropertyKey>(["length", "each", "toArray", Symbol.iterator])

export function splat<T extends Model>(models: readonly T[], what: string): Splat<T> {
  const list = [...models]
  const extras: SplatList<T> = {
    length: list.length,
    each: (fn) => list.forEach(fn),
    toArray: () => [...list],
    [Symbol.iterator]: () => list[Symbol.iterator](),
  }
  const isIndex = (key: PropertyKey) => typeof key === "string" && /^\d+$/.test(key)
  return new Proxy(extras as Splat<T>, {
    get(target, key) {
      if (LIST_KEYS.has(key)) return (target as unknown as Record<PropertyKey, unknown>)[key]
      if (isIndex(key)) return list[Number(key)]
      if (typeof key === "symbol") return undefined
      if (list.length === 0) throw new ValueError(`${what} is empty: there is no '${key}' to read`)
      const values = list.map((model) => (model as unknown as Record<string, unknown>)[key])
      if (typeof values[0] === "function") {
        if (list.length === 1) return (values[0] as (...a: unknown[]) => unknown).bind(list[0])
        throw new ValueError(`${what} holds ${list.length} models: call ${key}() on each (${what}.each(…)) or on one (${what}[0])`)
      }
      if (values.every((v) => deepEqual(v, values[0]))) return values[0]
      throw new ValueError(`${what} holds ${list.length} models whose '${key}' differ: read one of them (${what}[0].${key})`)
    },
    set(_target, key, value) {
      if (typeof key === "symbol" || isIndex(key) || LIST_KEYS.has(key)) throw new ValueError(`${what}: cannot set '${String(key)}'`)
      if (list.length === 0) throw new ValueError(`${what} is empty: setting '${key}' would change nothing`)
      // validate on every model first, so a bad value changes none of them
      for (const model of list) {
        const wire = model.schema.lookup.get(key)
        if (wire == null) throw new ValueError(`${what}: ${model.type} has no property '${key}'`)
        model.checkValue(wire, value)
      }
      for (const model of list) (model as unknown as Record<string, unknown>)[key] = value
      return true
    },
    has(_target, key) {
      return LIST_KEYS.has(key) || isIndex(key) || list.some((model) => key in model)
    },
  })
}
