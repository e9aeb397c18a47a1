// ColumnDataSource.patch: validation (spec §11.2) compiled into write operations, and their
// application (spec §11.4), mirroring BokehJS's `patch_to_column`.
//
// Checks beyond upstream's table (upstream would fail half-way through applying, or BokehJS
// would silently write garbage), each made after upstream's checks for the same entry:
// * a slice step of 0 → `slice step cannot be zero` (BokehJS would loop forever);
// * non-integer slice bounds → `slice indices must be integers or None or have an __index__ method`;
// * sub-indices after the first are bounds-checked (BokehJS writes them flat, so an
//   out-of-range column index would land in the next row): ints → numpy's
//   `index {j} is out of bounds for axis {a} with size {n}`, slice stops → the slice-stop text;
// * slice and multi-index values must be sequences with exactly one value per selected
//   element (BokehJS indexes `values[k]`; numpy's broadcasting is not mirrored by clients);
// * multi-indices with more than 3 parts are not supported (BokehJS handles ≤ 2-d items).
// Multi-index items may be NDArrays (1-d or 2-d), typed arrays (1-d) or plain arrays
// (1-d, or 2-d as a rectangular list of rows).

import { ValueError } from "../errors.ts"
import { isNDArray, isTypedArray } from "../ndarray.ts"
import { Slice, sliceCount } from "./slice.ts"
import { pySorted, pyStr } from "../util/python.ts"
import { mappingEntries } from "./stream.ts"
import type { ColumnStore, PlainStore } from "./store.ts"

export type PatchIndex = number | Slice | readonly (number | Slice)[]
export type PatchEntry = readonly [PatchIndex, unknown]
export type Patches =
  | Record<string, readonly PatchEntry[]>
  | ReadonlyMap<string, readonly PatchEntry[]>

type Range = { readonly start: number, readonly step: number, readonly count: number }

// Item layouts a multi-index can write into.
type ItemLayout = "ndarray" | "typed" | "plain1" | "plain2"

export type PatchOp =
  | { readonly kind: "one", readonly row: number, readonly value: unknown }
  | { readonly kind: "rows", readonly rows: Range, readonly values: ArrayLike<unknown> }
  | { readonly kind: "sub", readonly row: number, readonly layout: ItemLayout, readonly width: number,
      readonly rows: Range, readonly cols: Range, readonly values: ArrayLike<unknown> }

export type CompiledPatch = Array<{ readonly name: string, readonly ops: PatchOp[] }>

function isInt(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value)
}

function isSequence(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || isTypedArray(value)
}

// Values of a slice / multi-index entry as a flat sequence.
function flatValues(value: unknown, count: number): ArrayLike<unknown> {
  const flat = isNDArray(value) ? value.array : value
  if (!isSequence(flat)) {
    throw new ValueError(`Patch values for a slice or multi-index must be a sequence, got: ${pyStr(value)}`)
  }
  if (flat.length !== count) {
    throw new ValueError(`could not broadcast input array from shape (${flat.length},) into shape (${count},)`)
  }
  return flat
}

// Upstream's slice checks, then ours (step 0, non-integer bounds).
function checkSlice(s: Slice): void {
  const { start, stop, step } = s
  if (start != null && stop != null && start > stop) {
    throw new ValueError(`Patch slices must have start < end, got ${s}`)
  }
  if ((start != null && start < 0) || (stop != null && stop < 0) || (step != null && step < 0)) {
    throw new ValueError(`Patch slices must have non-negative (start, stop, step) values, got ${s}`)
  }
  for (const bound of [start, stop, step]) {
    if (bound != null && !isInt(bound)) {
      throw new ValueError("slice indices must be integers or None or have an __index__ method")
    }
  }
  if (step === 0) throw new ValueError("slice step cannot be zero")
}

function sliceRange(s: Slice, length: number): Range {
  const { start, stop, step } = s.resolve(length)
  return { start, step, count: sliceCount(start, stop, step) }
}

// Shape of an item a multi-index may write into, or null if it is not array-like.
function itemShape(item: unknown): { layout: ItemLayout, shape: number[] } | null {
  if (isNDArray(item)) return { layout: "ndarray", shape: item.shape.slice() }
  if (isTypedArray(item)) return { layout: "typed", shape: [item.length] }
  if (Array.isArray(item)) {
    if (item.length > 0 && item.every((row) => Array.isArray(row) || isTypedArray(row))) {
      const width = (item[0] as ArrayLike<unknown>).length
      if (item.some((row) => (row as ArrayLike<unknown>).length !== width)) {
        throw new ValueError("Shape mismatch between patch slice and sliced data")
      }
      return { layout: "plain2", shape: [item.length, width] }
    }
    return { layout: "plain1", shape: [item.length] }
  }
  return null
}

// A sub-index after the first, checked against the dimension it indexes.
function subRange(sub: number | Slice, size: number, axis: number, name: string): Range {
  if (sub instanceof Slice) {
    checkSlice(sub)
    if (sub.stop != null && sub.stop > size) {
      throw new ValueError(`Out-of bounds slice index stop (${sub.stop}) in patch for column: ${name}`)
    }
    return sliceRange(sub, size)
  }
  if (sub < 0 || sub >= size) {
    throw new ValueError(`index ${sub} is out of bounds for axis ${axis} with size ${size}`)
  }
  return { start: sub, step: 1, count: 1 }
}

// Validate the patch entries of one column and compile them into write operations.
// `itemAt` gives row i's item as it will be when this entry is applied (earlier entries of
// the same call may have replaced it).
function compileColumn(name: string, store: ColumnStore, entries: unknown): PatchOp[] {
  if (!Array.isArray(entries)) {
    throw new ValueError(`Patches for column ${name} must be a list of (index, value) pairs, got: ${pyStr(entries)}`)
  }
  const length = store.length
  const ops: PatchOp[] = []
  // Replacements made by earlier entries, tracked only when later multi-indices need them.
  const overlay = store.kind === "plain" && entries.some((e) => Array.isArray(e) && Array.isArray(e[0]))
    ? new Map<number, unknown>() : null
  const itemAt = (i: number): unknown => overlay?.has(i) ? overlay.get(i) : store.at(i)

  for (const entry of entries) {
    if (!Array.isArray(entry) || entry.length !== 2) {
      throw new ValueError(`Patch entries must be (index, value) pairs, got: ${pyStr(entry)}`)
    }
    const [ind, value] = entry as [unknown, unknown]
    if (isInt(ind)) {
      if (ind >= length || ind < 0) { // Q8: upstream only rejects ind > length
        throw new ValueError(`Out-of bounds index (${ind}) in patch for column: ${name}`)
      }
      ops.push({ kind: "one", row: ind, value })
      overlay?.set(ind, value)
    } else if (ind instanceof Slice) {
      checkSlice(ind)
      if (ind.stop != null && ind.stop > length) {
        throw new ValueError(`Out-of bounds slice index stop (${ind.stop}) in patch for column: ${name}`)
      }
      const rows = sliceRange(ind, length)
      const values = flatValues(value, rows.count)
      ops.push({ kind: "rows", rows, values })
      if (overlay != null) {
        for (let k = 0; k < rows.count; k++) overlay.set(rows.start + k * rows.step, values[k])
      }
    } else if (Array.isArray(ind)) {
      ops.push(compileMulti(name, length, ind, value, itemAt))
    } else {
      throw new ValueError(`Invalid patch index: ${pyStr(ind)}`)
    }
  }
  return ops
}

function compileMulti(name: string, length: number, ind: readonly unknown[], value: unknown, itemAt: (i: number) => unknown): PatchOp {
  if (ind.length === 0) throw new ValueError("Empty (length zero) patch multi-index")
  if (ind.length === 1) throw new ValueError("Patch multi-index must contain more than one subindex")
  const row = ind[0]
  if (!isInt(row)) throw new ValueError(`Initial patch sub-index may only be integer, got: ${pyStr(row)}`)
  if (row >= length || row < 0) {
    throw new ValueError(`Out-of bounds initial sub-index (${row}) in patch for column: ${name}`)
  }
  const item = itemShape(itemAt(row))
  if (item == null) throw new ValueError("Can only sub-patch into columns with NumPy array items")
  if (item.shape.length !== ind.length - 1) {
    throw new ValueError("Shape mismatch between patch slice and sliced data")
  }
  const subs = ind.slice(1)
  for (const sub of subs) {
    if (!isInt(sub) && !(sub instanceof Slice)) throw new ValueError(`Invalid patch sub-index: ${pyStr(sub)}`)
  }
  if (subs.length > 2) {
    throw new ValueError(`Patch multi-indices into items of more than 2 dimensions are not supported, got ${ind.length} sub-indices`)
  }
  // As BokehJS does: a 1-d item is a single row of a 2-d one.
  const [height, width] = item.shape.length === 1 ? [1, item.shape[0]!] : [item.shape[0]!, item.shape[1]!]
  const rows = subs.length === 1 ? { start: 0, step: 1, count: 1 } : subRange(subs[0] as number | Slice, height, 0, name)
  const cols = subRange(subs[subs.length - 1] as number | Slice, width, subs.length - 1, name)
  const values = flatValues(value, rows.count * cols.count)
  return { kind: "sub", row, layout: item.layout, width, rows, cols, values }
}

// Validate all of `patches` (spec §11.2 order: unknown columns first, then per column per
// entry in order) against the current columns, without changing anything.
export function compilePatches(columns: ReadonlyMap<string, ColumnStore>, patches: unknown): CompiledPatch {
  const entries = mappingEntries<unknown>(patches)
  if (entries == null) {
    throw new ValueError(`Patches must be a dict of column names to lists of (index, value) pairs, got: ${pyStr(patches)}`)
  }
  const extra = entries.map(([name]) => name).filter((name) => !columns.has(name))
  if (extra.length > 0) {
    throw new ValueError(`Can only patch existing columns (extra: ${pySorted(new Set(extra)).join(", ")})`)
  }
  return entries.map(([name, list]) => ({ name, ops: compileColumn(name, columns.get(name)!, list) }))
}

// Apply compiled operations; cannot fail. Cost: O(written elements), plus one copy of the
// column (or item) if it was exposed since its last write (copy-on-write, see store.ts).
export function applyPatches(columns: ReadonlyMap<string, ColumnStore>, compiled: CompiledPatch): void {
  for (const { name, ops } of compiled) {
    const store = columns.get(name)!
    store.beginWrite()
    for (const op of ops) applyOp(store, op)
  }
}

function applyOp(store: ColumnStore, op: PatchOp): void {
  switch (op.kind) {
    case "one":
      store.set(op.row, op.value)
      return
    case "rows": {
      const { start, step, count } = op.rows
      for (let k = 0; k < count; k++) store.set(start + k * step, op.values[k])
      return
    }
    case "sub": {
      const item = (store as PlainStore).ownedItem(op.row)
      const { rows, cols, values, width } = op
      let flat = 0
      for (let r = 0; r < rows.count; r++) {
        const i = rows.start + r * rows.step
        for (let c = 0; c < cols.count; c++) {
          const j = cols.start + c * cols.step
          const v = values[flat++]
          switch (op.layout) {
            case "ndarray": (item as { array: unknown[] }).array[i * width + j] = v; break
            case "typed":
            case "plain1": (item as unknown[])[j] = v; break
            case "plain2": ((item as unknown[])[i] as unknown[])[j] = v; break
          }
        }
      }
      return
    }
  }
}
