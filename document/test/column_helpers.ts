// Shared helpers of the column store tests.
import assert from "node:assert/strict"
import { type Column } from "../sources/column_data.ts"
import { isTypedArray, type TypedArray } from "../ndarray.ts"
import { ValueError } from "../errors.ts"

// ---------------------------------------------------------------------------------------------
// helpers

export function throwsValue(fn: () => unknown, message: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ValueError, `expected ValueError, got ${String(error)}`)
    assert.equal(error.message, message)
    return true
  })
}

export function kindOf(column: Column): string {
  return isTypedArray(column) ? column.constructor.name : "Array"
}

// Same array kind and the same elements (Object.is, so NaN equals NaN).
export function assertSame(actual: unknown, expected: unknown, label = ""): void {
  assert.ok(Array.isArray(actual) || isTypedArray(actual), `${label}: not a column: ${String(actual)}`)
  const a = actual as Column
  const e = expected as Column
  assert.equal(kindOf(a), kindOf(e), `${label}: kind`)
  assert.equal(a.length, e.length, `${label}: length`)
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(a[i], e[i])) assert.fail(`${label}: [${i}] ${String(a[i])} !== ${String(e[i])}`)
  }
}

export function copyColumn<T extends Column>(column: T): T {
  return column.slice() as T
}

// Deterministic PRNG (mulberry32).
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Ctor = new (n: number | ArrayLike<number>) => TypedArray
export const CTORS: Ctor[] = [Float64Array, Float32Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Int8Array, Uint8Array]

// The server semantics of spec §11.3 + deviations, written the obvious (whole-copy) way.
export function referenceStream(old: Column, chunk: Column, rollover: number | null): Column {
  const total = old.length + chunk.length
  const last = <T extends Column>(all: T): T =>
    rollover != null && all.length > rollover ? all.slice(all.length - rollover) as T : all
  const typedOf = (ctor: Ctor): TypedArray => {
    const all = new ctor(total)
    for (let i = 0; i < old.length; i++) all[i] = old[i] as number
    for (let i = 0; i < chunk.length; i++) all[old.length + i] = chunk[i] as number
    return all
  }
  if (isTypedArray(old)) return last(typedOf(old.constructor as Ctor))
  if (isTypedArray(chunk)) {
    if (rollover != null && total > rollover && old.length >= rollover) return last([...old, ...Array.from(chunk)])
    return last(typedOf(chunk.constructor as Ctor))
  }
  return last([...old, ...chunk])
}

