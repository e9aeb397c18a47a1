// Backing stores for the columns of a ColumnData.
//
// A column lives in a store with spare capacity so that streaming k rows costs O(k) amortized,
// independent of the column length, even with rollover:
//
// * TypedStore: one typed buffer; the live rows are buf[start, end). Appends write at `end`;
//   rollover just advances `start`. When `end` would pass the capacity, the kept rows are
//   moved to the front (in place, or into a fresh buffer of capacity 2×(new length)), so a
//   relocation copying m rows happens only after ≥ m rows were appended since the previous
//   one. The visible column is `buf.subarray(start, end)` (O(1), no copy).
// * PlainStore: a JS array with a dead prefix [0, start) left by rollover; compacted (copy the
//   live rows to the front, truncate) once the dead prefix is at least as long as the live part.
//   The visible column is a copy `buf.slice(start)` made lazily on the first read after a change.
//
// Guarantee about returned columns (views): they are snapshots. Nothing a store does later
// (append, rollover, relocation, patch) changes the contents of an array it has handed out,
// nor of an array it was given (adopted columns, streamed chunks, patch values). This is done
// copy-on-write: a typed store remembers that its buffer is `shared` (a view or the adopted
// array refers to it); appends only write past `end`, outside every earlier view; a relocation
// of a shared buffer goes to a fresh buffer (same cost as an in-place one); the first patch
// after a read detaches (one O(n) copy, then patches are O(k) until the next read). Items of
// plain columns (NDArray images, nested arrays) are cloned the first time a multi-index patch
// writes into them after they were last exposed, so sub-patches never mutate caller-owned or
// handed-out items either.

import { NDArray, isNDArray, isTypedArray, type TypedArray } from "../ndarray.ts"

export type Column = unknown[] | TypedArray

// Elements copied by the stores, for tests and benchmarks that check the O(k) design
// structurally: `relocated` = existing rows moved (relocation, compaction, copy-on-write
// detach, plain→typed conversion); `materialized` = rows copied to build plain-column views;
// `cloned` = elements copied when cloning items for copy-on-write sub-patches.
export const storeStats = { relocated: 0, materialized: 0, cloned: 0 }

export function resetStoreStats(): void {
  storeStats.relocated = 0
  storeStats.materialized = 0
  storeStats.cloned = 0
}

export const MIN_CAPACITY = 16

export type TypedArrayConstructor = new (length: number) => TypedArray

// The base typed-array class of `array` (a Node Buffer is a Uint8Array).
export function typedCtorOf(array: TypedArray): TypedArrayConstructor {
  for (const ctor of BASE_CTORS) {
    if (array instanceof ctor) return ctor
  }
  return array.constructor as TypedArrayConstructor
}

const BASE_CTORS: readonly TypedArrayConstructor[] = [
  Float64Array, Float32Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Int8Array, Uint8Array,
]

// Diagnostics: where a column's rows live.
export type StoreInfo = {
  readonly kind: "typed" | "plain"
  readonly buffer: Column
  readonly start: number
  readonly end: number
  readonly capacity: number
  readonly shared: boolean
}

// Given a column of `live` rows and a chunk of `k` rows: how many rows of each survive.
export function rollPlan(live: number, k: number, rollover: number | null): { newLength: number, keep: number, fromChunk: number } {
  const total = live + k
  const newLength = rollover == null ? total : Math.min(total, rollover)
  const fromChunk = Math.min(k, newLength)
  return { newLength, keep: newLength - fromChunk, fromChunk }
}

export interface ColumnStore {
  readonly kind: "typed" | "plain"
  readonly length: number
  // The current column (a snapshot, see above). Cached until the next change.
  read(): Column
  // Row i as stored (no copy). 0 <= i < length.
  at(i: number): unknown
  // Append `chunk`, then keep the last `rollover` rows. Typed stores coerce the values.
  append(chunk: Column, rollover: number | null): void
  // Call once before a batch of `set`/`ownedItem` calls: detaches from shared memory.
  beginWrite(): void
  set(i: number, value: unknown): void
  info(): StoreInfo
}

export class TypedStore implements ColumnStore {
  readonly kind = "typed"
  private view: TypedArray | null = null

  private constructor(
    private buf: TypedArray,
    private start: number,
    private end: number,
    private shared: boolean,
  ) {}

  // Take `array` as the column without copying; it is never written to.
  static adopt(array: TypedArray): TypedStore {
    const store = new TypedStore(array, 0, array.length, true)
    store.view = array
    return store
  }

  // A private buffer for `ctor` holding `rows` (coerced), with room for `expected` rows.
  static fromRows(ctor: TypedArrayConstructor, rows: ArrayLike<unknown>, from: number, count: number, expected: number): TypedStore {
    const buf = new ctor(Math.max(2 * expected, count, MIN_CAPACITY))
    for (let j = 0; j < count; j++) buf[j] = rows[from + j] as number
    storeStats.relocated += count
    return new TypedStore(buf, 0, count, false)
  }

  get length(): number {
    return this.end - this.start
  }

  get ctor(): TypedArrayConstructor {
    return typedCtorOf(this.buf)
  }

  read(): TypedArray {
    if (this.view == null) {
      const { buf, start, end } = this
      this.view = start === 0 && end === buf.length ? buf : buf.subarray(start, end)
    }
    this.shared = true
    return this.view
  }

  at(i: number): unknown {
    return this.buf[this.start + i]
  }

  append(chunk: Column, rollover: number | null): void {
    const live = this.end - this.start
    const k = chunk.length
    const { newLength, keep, fromChunk } = rollPlan(live, k, rollover)
    if (fromChunk === 0 && keep === live) return
    if (this.end + fromChunk > this.buf.length) {
      this.relocate(keep, newLength)
    } else {
      this.start = this.end - keep
    }
    const at = this.end
    const offset = k - fromChunk
    if (isTypedArray(chunk)) {
      this.buf.set(offset === 0 ? chunk : chunk.subarray(offset), at)
    } else {
      const buf = this.buf
      for (let j = 0; j < fromChunk; j++) buf[at + j] = chunk[offset + j] as number
    }
    this.end = at + fromChunk
    this.view = null
  }

  // Move the last `keep` live rows to the front of a buffer with room for ≥ newLength rows.
  private relocate(keep: number, newLength: number): void {
    const cap = this.buf.length
    const from = this.end - keep
    if (!this.shared && 2 * newLength <= cap && cap <= 4 * Math.max(newLength, MIN_CAPACITY)) {
      this.buf.copyWithin(0, from, this.end)
    } else {
      const ctor = typedCtorOf(this.buf)
      const buf = new ctor(Math.max(2 * newLength, MIN_CAPACITY))
      buf.set(this.buf.subarray(from, this.end))
      this.buf = buf
      this.shared = false
    }
    storeStats.relocated += keep
    this.start = 0
    this.end = keep
  }

  beginWrite(): void {
    if (this.shared) {
      const live = this.end - this.start
      const ctor = typedCtorOf(this.buf)
      const buf = new ctor(Math.max(this.buf.length, MIN_CAPACITY))
      buf.set(this.buf.subarray(this.start, this.end))
      storeStats.relocated += live
      this.buf = buf
      this.start = 0
      this.end = live
      this.shared = false
    }
    this.view = null
  }

  set(i: number, value: unknown): void {
    this.buf[this.start + i] = value as number
  }

  info(): StoreInfo {
    return { kind: "typed", buffer: this.buf, start: this.start, end: this.end, capacity: this.buf.length, shared: this.shared }
  }
}

export class PlainStore implements ColumnStore {
  readonly kind = "plain"
  private view: unknown[] | null = null
  // Items cloned by `ownedItem` since the column was last exposed: safe to write into.
  private owned = new WeakSet<object>()

  private constructor(
    private buf: unknown[],
    private start: number,
    private shared: boolean, // buf is the adopted (caller's) array
  ) {}

  static adopt(array: unknown[]): PlainStore {
    const store = new PlainStore(array, 0, true)
    store.view = array
    return store
  }

  get length(): number {
    return this.buf.length - this.start
  }

  read(): unknown[] {
    if (this.view == null) {
      this.view = this.buf.slice(this.start)
      storeStats.materialized += this.view.length
      this.owned = new WeakSet()
    }
    return this.view
  }

  at(i: number): unknown {
    return this.buf[this.start + i]
  }

  append(chunk: Column, rollover: number | null): void {
    const live = this.length
    const k = chunk.length
    const { keep, fromChunk } = rollPlan(live, k, rollover)
    if (fromChunk === 0 && keep === live) return
    if (this.shared) {
      this.buf = this.buf.slice(this.buf.length - keep)
      storeStats.relocated += keep
      this.start = 0
      this.shared = false
    } else {
      this.start = this.buf.length - keep
      if (this.start >= MIN_CAPACITY && this.start >= keep) {
        this.buf.copyWithin(0, this.start)
        this.buf.length = keep
        storeStats.relocated += keep
        this.start = 0
      }
    }
    const buf = this.buf
    for (let j = k - fromChunk; j < k; j++) buf.push(chunk[j])
    this.view = null
  }

  // Plain old column + typed chunk: a typed store of `ctor` holding the last `keep` rows.
  toTyped(ctor: TypedArrayConstructor, keep: number, expected: number): TypedStore {
    return TypedStore.fromRows(ctor, this.buf, this.buf.length - keep, keep, expected)
  }

  beginWrite(): void {
    if (this.shared) {
      this.buf = this.buf.slice(this.start)
      storeStats.relocated += this.buf.length
      this.start = 0
      this.shared = false
    }
    this.view = null
  }

  set(i: number, value: unknown): void {
    this.buf[this.start + i] = value
  }

  // Row i's item, replaced by a private clone unless it already is one (after beginWrite).
  ownedItem(i: number): unknown {
    const item = this.buf[this.start + i]
    if (typeof item === "object" && item !== null && this.owned.has(item)) return item
    const clone = cloneItem(item)
    if (typeof clone === "object" && clone !== null) this.owned.add(clone)
    this.buf[this.start + i] = clone
    return clone
  }

  info(): StoreInfo {
    return { kind: "plain", buffer: this.buf, start: this.start, end: this.buf.length, capacity: this.buf.length, shared: this.shared }
  }
}

// A copy of an array-like item deep enough that writing elements (or elements of rows) of the
// copy never touches the original.
export function cloneItem(item: unknown): unknown {
  if (isNDArray(item)) {
    storeStats.cloned += item.array.length
    return new NDArray(item.array.slice(), item.shape.slice(), item.dtype)
  }
  if (isTypedArray(item)) {
    storeStats.cloned += item.length
    return item.slice()
  }
  if (Array.isArray(item)) {
    storeStats.cloned += item.length
    return item.map((row) => Array.isArray(row) || isTypedArray(row) ? cloneItem(row) : row)
  }
  return item
}

export function adoptColumn(column: Column): ColumnStore {
  return isTypedArray(column) ? TypedStore.adopt(column) : PlainStore.adopt(column)
}
