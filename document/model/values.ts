// Value helpers shared by models, the document and the serializer: structural equality,
// model discovery inside values, and the defensive copy made when a value is stored.
import { NDArray, isTypedArray } from "../ndarray.ts"
import type { Kind } from "../kinds/kind.ts"
import { isPlainObject } from "../util/plain.ts"

export { isPlainObject }

// Deep structural equality as Bokeh uses it to decide "did it change?" (spec §3.4): models by
// identity, NaN never equal to NaN, typed arrays element-wise.
export function isEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a == null || b == null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!isEqual(a[i], b[i])) return false
    return true
  }
  if (isTypedArray(a)) {
    if (!isTypedArray(b) || a.constructor !== b.constructor || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
    return true
  }
  if (a instanceof NDArray) {
    return b instanceof NDArray && a.dtype === b.dtype && isEqual(a.shape, b.shape) && isEqual(a.array, b.array)
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false
    for (const [k, v] of a) if (!b.has(k) || !isEqual(v, b.get(k))) return false
    return true
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false
    for (const v of a) if (!b.has(v)) return false
    return true
  }
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime()
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a)
    if (ka.length !== Object.keys(b).length) return false
    for (const k of ka) if (!(k in b) || !isEqual(a[k], b[k])) return false
    return true
  }
  return false
}

// Calls `visit` for every model found in `value`, without descending into the models.
export function forEachModel<M extends object>(
  value: unknown,
  isModel: (v: unknown) => v is M,
  visit: (model: M) => void,
): void {
  if (value == null || typeof value !== "object") return
  if (isModel(value)) {
    visit(value)
  } else if (Array.isArray(value)) {
    // a column of numbers or strings holds no models: skip it after a cheap look at its head
    if (value.length > 64 && (value[0] == null || typeof value[0] !== "object")) return
    for (const item of value) forEachModel(item, isModel, visit)
  } else if (isTypedArray(value) || value instanceof NDArray || value instanceof Date) {
    return
  } else if (value instanceof Map) {
    for (const [k, v] of value) {
      forEachModel(k, isModel, visit)
      forEachModel(v, isModel, visit)
    }
  } else if (value instanceof Set) {
    for (const v of value) forEachModel(v, isModel, visit)
  } else {
    for (const v of Object.values(value)) forEachModel(v, isModel, visit)
  }
}

export function containsModel(value: unknown, isModel: (v: unknown) => v is object): boolean {
  let found = false
  forEachModel(value, isModel, () => { found = true })
  return found
}

// The stored shape of a container value: Set kinds hold Sets, Dict kinds plain objects,
// whichever shape was given (arrays, Maps), so getters return one shape.
export function normalizeContainer(kind: Kind, value: unknown): unknown {
  let k = kind
  while (k.type === "Nullable" || k.type === "Opt") {
    if (value == null) return value
    k = k.base
  }
  if (k.type === "Set" && Array.isArray(value)) return new Set(value)
  if ((k.type === "Dict" || k.type === "KeyVal") && value instanceof Map) return Object.fromEntries(value)
  // Bytes travel as a bytes rep, which only an ArrayBuffer becomes (a Uint8Array is an array)
  if (k.type === "Bytes" && value instanceof Uint8Array) {
    return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength)
  }
  // a Mapping with non-string keys given as a plain object: its keys are numbers ("3" → 3)
  if (k.type === "Mapping" && k.key.type !== "Str" && isPlainObject(value)) {
    return new Map(Object.entries(value).map(([key, v]) => [Number.isNaN(Number(key)) ? key : Number(key), v]))
  }
  return value
}

// Stored containers are copied and frozen, so in-place mutation (which Bokeh would turn into
// a change event and we cannot observe) fails loudly instead of silently diverging. Typed
// arrays cannot be frozen: they are copied.
export function freezeCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.slice()) as T
  if (isPlainObject(value)) return Object.freeze({ ...value }) as T
  if (isTypedArray(value) || value instanceof NDArray) return copyData(value) as T
  return value
}

// A private copy of array data (nested lists, typed arrays, n-d arrays), so a message that
// views it is not changed when the caller reuses its arrays. Costs O(size of the data).
export function copyData(value: unknown): unknown {
  if (isTypedArray(value)) return value.slice()
  if (value instanceof NDArray) return new NDArray(copyData(value.array) as NDArray["array"], value.shape, value.dtype)
  if (Array.isArray(value)) return value.map(copyData)
  return value
}
