// ColumnDataSource.stream: validation (spec §11.2) and per-column application (spec §11.3).

import { AttributeError, ValueError } from "../errors.ts"
import { isNDArray, isTypedArray, type NDArray } from "../ndarray.ts"
import { pyRepr, pySorted, pyStr, pyTuple, pyTypeName } from "../util/python.ts"
import { rollPlan, typedCtorOf, type Column, type ColumnStore, type PlainStore } from "./store.ts"

// A streamed column: an array, a typed array, or a 1-d NDArray.
export type StreamChunk = Column | NDArray
export type StreamData = Record<string, StreamChunk> | ReadonlyMap<string, StreamChunk>

// Entries of a mapping given as a Map or a plain object; null if it is neither.
export function mappingEntries<T>(value: unknown): Array<[string, T]> | null {
  if (value instanceof Map) return Array.from(value as Map<string, T>)
  if (typeof value !== "object" || value === null) return null
  if (Array.isArray(value) || ArrayBuffer.isView(value) || isNDArray(value)) return null
  const proto = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return null
  return Object.entries(value) as Array<[string, T]>
}

export function checkRollover(rollover: number | null | undefined): number | null {
  if (rollover == null) return null
  if (typeof rollover !== "number" || !Number.isInteger(rollover) || rollover <= 0) {
    throw new ValueError("rollover must be a positive integer")
  }
  return rollover
}

// Validate a stream against the current column names; return the chunks as plain/typed
// columns, in the order given. Check order: rollover (our deviation Q9), mapping, column set,
// then per column (in order) ndarray dimensionality / sequence check, then equal lengths.
export function validateStreamData(
  names: readonly string[],
  newData: unknown,
  rollover: number | null | undefined,
): { chunks: Array<[string, Column]>, rollover: number | null } {
  const roll = checkRollover(rollover)
  const entries = mappingEntries<unknown>(newData)
  if (entries == null) {
    throw new AttributeError(`'${pyTypeName(newData)}' object has no attribute 'keys'`)
  }
  const oldKeys = new Set(names)
  const sameKeys = entries.length === names.length && entries.every(([name]) => oldKeys.has(name))
  if (!sameKeys) {
    const newKeys = new Set(entries.map(([name]) => name))
    const missing = pySorted(names.filter((name) => !newKeys.has(name)))
    const extra = pySorted([...newKeys].filter((name) => !oldKeys.has(name)))
    const parts: string[] = []
    if (missing.length > 0) parts.push(`missing: ${missing.join(", ")}`)
    if (extra.length > 0) parts.push(`extra: ${extra.join(", ")}`)
    throw new ValueError(`Must stream updates to all existing columns (${parts.join(", ")})`)
  }
  const chunks: Array<[string, Column]> = []
  const lengths = new Set<number>()
  for (const [name, value] of entries) {
    let chunk: Column
    if (isNDArray(value)) {
      if (value.ndim !== 1) {
        throw new ValueError(`stream(...) only supports 1d sequences, got ndarray with size ${pyTuple(value.shape)}`)
      }
      chunk = value.array
    } else if (Array.isArray(value) || isTypedArray(value)) {
      chunk = value
    } else {
      // Not in upstream's table (Python would fail in len() or extend()); our text.
      throw new ValueError(`stream(...) column values must be sequences, got ${pyTypeName(value)} for column ${pyRepr(name)}: ${pyStr(value)}`)
    }
    lengths.add(chunk.length)
    chunks.push([name, chunk])
  }
  if (lengths.size > 1) {
    throw new ValueError("All streaming column updates must be the same length")
  }
  return { chunks, rollover: roll }
}

// True when BokehJS's `stream_to_column` computes something else than we do for this column:
// with a typed array on either side and rollover set, BokehJS reuses an old column that is
// already longer than `rollover` without truncating it (stale rows stay at its end).
export function clientWouldDiverge(store: ColumnStore, chunk: Column, rollover: number | null): boolean {
  return rollover != null && store.length > rollover && (store.kind === "typed" || isTypedArray(chunk))
}

// Append `chunk` to the column in `store` (already validated); returns the store now holding
// the column (a new one when a plain column becomes typed). Result type, as BokehJS computes it:
// * old typed → old typed type (chunk values coerced), also when the old column is empty;
// * old plain + typed chunk → chunk's typed type, except when rollover is set, the total exceeds
//   it and the old column already has ≥ rollover rows: then it stays plain (BokehJS shifts the
//   plain array in place);
// * both plain → plain.
// Values: the last min(total, rollover) rows of old ++ chunk.
export function streamColumn(store: ColumnStore, chunk: Column, rollover: number | null): ColumnStore {
  if (store.kind === "plain" && isTypedArray(chunk)) {
    const old = store.length
    const total = old + chunk.length
    const staysPlain = rollover != null && total > rollover && old >= rollover
    if (!staysPlain) {
      const { newLength, keep } = rollPlan(old, chunk.length, rollover)
      const typed = (store as PlainStore).toTyped(typedCtorOf(chunk), keep, newLength)
      typed.append(chunk, rollover)
      return typed
    }
  }
  store.append(chunk, rollover)
  return store
}
