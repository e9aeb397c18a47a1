// What may be sent to a worker: structured-clone data and typed arrays, never models. A model
// or a document cloned into a worker would be a detached copy that silently diverges from the
// session's (spec document.md §17 rule 1), so it is refused before anything is posted.
import { Document, isModel, isTypedArray } from "../../document/index.ts"

// Throws a TypeError naming the first value that cannot go to a worker, and where it sits
// (`what` is how the message names the root, e.g. "the task").
export function assertPlainData(value: unknown, what: string): void {
  check(value, what, what, new Set())
}

function check(value: unknown, path: string, what: string, seen: Set<object>): void {
  switch (typeof value) {
    case "undefined": case "boolean": case "number": case "bigint": case "string":
      return
    case "function":
      throw new TypeError(`${what} cannot be sent to a worker: ${path} is a function; a worker gets data only ` +
        "(name the function by module and export instead)")
    case "symbol":
      throw new TypeError(`${what} cannot be sent to a worker: ${path} is a symbol`)
  }
  if (value === null) return
  const object = value as object
  if (isModel(object)) {
    throw new TypeError(`${what} cannot be sent to a worker: ${path} is the model ${object.type}(id='${object.id}'); ` +
      "workers never receive models: send the property values the work needs (plain data) and apply the result " +
      "to the model on the main thread")
  }
  if (object instanceof Document) {
    throw new TypeError(`${what} cannot be sent to a worker: ${path} is a Document; workers never receive documents or models`)
  }
  if (seen.has(object)) return
  // leaves the structured clone copies as they are
  if (isTypedArray(object) || object instanceof ArrayBuffer || object instanceof DataView || object instanceof Date ||
    object instanceof RegExp || object instanceof Error || (typeof SharedArrayBuffer !== "undefined" && object instanceof SharedArrayBuffer)) return
  seen.add(object)
  if (Array.isArray(object)) {
    for (let i = 0; i < object.length; i++) {
      const item: unknown = object[i]
      // the common case, a long array of numbers, costs one typeof per item
      if (typeof item !== "object" && typeof item !== "function" && typeof item !== "symbol") continue
      check(item, `${path}[${i}]`, what, seen)
    }
  } else if (object instanceof Map) {
    for (const [key, item] of object) {
      check(key, `${path} (a Map key)`, what, seen)
      check(item, `${path}.get(${describeKey(key)})`, what, seen)
    }
  } else if (object instanceof Set) {
    for (const item of object) check(item, `${path} (a Set item)`, what, seen)
  } else {
    for (const key of Object.keys(object)) check((object as Record<string, unknown>)[key], `${path}.${key}`, what, seen)
  }
}

function describeKey(key: unknown): string {
  return typeof key === "string" ? JSON.stringify(key) : String(key)
}
