// For worker modules: `return transfer(result)` moves the result's typed arrays to the main
// thread instead of copying them. A moved buffer is detached in the worker, so only return
// arrays the worker will not touch again (fresh ones per call). No imports: worker modules load
// this file inside the worker thread.

// A global symbol, so worker_entry.js recognises the mark without importing this module.
const TRANSFER = Symbol.for("bokeh-ts.workers.transfer")

export interface Transfer<T> {
  readonly [TRANSFER]: true
  readonly value: T
  readonly list: readonly ArrayBuffer[]
}

// Marks `value` for sending with its buffers moved: those of `buffers` when given, otherwise
// every ArrayBuffer under a typed array (or bare) in `value` (a view moves its whole buffer).
export function transfer<T>(value: T, buffers?: ReadonlyArray<ArrayBuffer | ArrayBufferView>): Transfer<T> {
  const list = buffers != null ? buffers.map((b) => (ArrayBuffer.isView(b) ? b.buffer : b) as ArrayBuffer) : collectBuffers(value)
  return { [TRANSFER]: true, value, list: [...new Set(list)] }
}

// The movable buffers under `value` (SharedArrayBuffers are shared, never moved).
export function collectBuffers(value: unknown, out: ArrayBuffer[] = [], seen = new Set<object>()): ArrayBuffer[] {
  if (value == null || typeof value !== "object" || seen.has(value)) return out
  seen.add(value)
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.push(value.buffer)
  } else if (value instanceof ArrayBuffer) {
    out.push(value)
  } else if (Array.isArray(value)) {
    for (const item of value) if (item != null && typeof item === "object") collectBuffers(item, out, seen)
  } else if (value instanceof Map) {
    for (const [key, item] of value) {
      collectBuffers(key, out, seen)
      collectBuffers(item, out, seen)
    }
  } else if (value instanceof Set) {
    for (const item of value) collectBuffers(item, out, seen)
  } else {
    for (const item of Object.values(value)) collectBuffers(item, out, seen)
  }
  return out
}
