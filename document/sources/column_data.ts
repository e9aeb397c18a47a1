// The column store behind ColumnDataSource.data (spec §11): named columns in insertion order,
// with stream (§11.3) and patch (§11.4) applied to server state exactly as BokehJS applies the
// same ColumnsStreamed / ColumnsPatched events on the client. Pure data logic, no events.
//
// Returned columns are snapshots: see store.ts for the copy-on-write guarantees and the cost
// model (stream with rollover is O(rows added) amortized; reads of plain columns copy them).

import { ValueError } from "../errors.ts"
import { isNDArray, isTypedArray } from "../ndarray.ts"
import { applyPatches, compilePatches, type Patches } from "./patch.ts"
import { pyCompare, pyRepr, pyStr } from "../util/python.ts"
import { adoptColumn, type Column, type ColumnStore, type StoreInfo } from "./store.ts"
import { clientWouldDiverge, mappingEntries, streamColumn, validateStreamData, type StreamData } from "./stream.ts"

export type { Column, StoreInfo } from "./store.ts"
export type { PatchEntry, PatchIndex, Patches } from "./patch.ts"
export type { StreamChunk, StreamData } from "./stream.ts"
export { Slice } from "./slice.ts"

export type ColumnInput = Readonly<Record<string, Column>> | ReadonlyMap<string, Column>

export type StreamResult = {
  // Columns for which BokehJS's stream_to_column would end up with different contents than
  // this server state (see stream.ts `clientWouldDiverge`); a caller may prefer to send
  // ColumnDataChanged for them instead of ColumnsStreamed.
  readonly clientDivergent: string[]
}

export class ColumnData {
  private columns = new Map<string, ColumnStore>()

  constructor(data?: ColumnInput) {
    if (data !== undefined) this.replace(data)
  }

  names(): string[] {
    return Array.from(this.columns.keys())
  }

  has(name: string): boolean {
    return this.columns.has(name)
  }

  get size(): number {
    return this.columns.size
  }

  // The current values of column `name` (a snapshot: never changed by later operations).
  get(name: string): Column | undefined {
    return this.columns.get(name)?.read()
  }

  entries(): Array<[string, Column]> {
    return Array.from(this.columns, ([name, store]) => [name, store.read()])
  }

  // A fresh plain object of the current columns, in insertion order.
  toObject(): Record<string, Column> {
    const result: Record<string, Column> = {}
    for (const [name, store] of this.columns) {
      Object.defineProperty(result, name, { value: store.read(), enumerable: true, writable: true, configurable: true })
    }
    return result
  }

  lengths(): Map<string, number> {
    return new Map(Array.from(this.columns, ([name, store]) => [name, store.length]))
  }

  // Spec §11.1's warning when column lengths differ (upstream sorts the printed pairs), else null.
  lengthWarning(): string | null {
    const lengths = this.lengths()
    if (new Set(lengths.values()).size <= 1) return null
    const pairs = Array.from(lengths, ([name, n]) => `(${pyRepr(name)}, ${n})`).sort(pyCompare)
    return `ColumnDataSource's columns must be of the same length. Current lengths: ${pairs.join(", ")}`
  }

  // Add or replace one column (an existing name keeps its position). The array is adopted
  // without copying and is never written to by this ColumnData.
  set(name: string, column: Column): void {
    checkColumn(name, column)
    this.columns.set(name, adoptColumn(column))
  }

  delete(name: string): boolean {
    return this.columns.delete(name)
  }

  // Replace all columns. Non-mapping input: ValueError("expected a dict or pandas.DataFrame, got {x}").
  replace(data: ColumnInput): void {
    const entries = mappingEntries<Column>(data)
    if (entries == null) throw new ValueError(`expected a dict or pandas.DataFrame, got ${pyStr(data)}`)
    for (const [name, column] of entries) checkColumn(name, column)
    this.columns = new Map(entries.map(([name, column]) => [name, adoptColumn(column)]))
  }

  // Throws what `stream` would throw; changes nothing.
  validateStream(newData: StreamData, rollover?: number | null): void {
    validateStreamData(this.names(), newData, rollover)
  }

  // Append rows to every column (spec §11.3 with deviations Q9, Q10). Validates everything
  // first; on error nothing changes. With rollover, cost is O(rows added) amortized.
  stream(newData: StreamData, rollover?: number | null): StreamResult {
    const { chunks, rollover: roll } = validateStreamData(this.names(), newData, rollover)
    const clientDivergent: string[] = []
    for (const [name, chunk] of chunks) {
      const store = this.columns.get(name)!
      if (clientWouldDiverge(store, chunk, roll)) clientDivergent.push(name)
      const result = streamColumn(store, chunk, roll)
      if (result !== store) this.columns.set(name, result)
    }
    return { clientDivergent }
  }

  // Throws what `patch` would throw; changes nothing.
  validatePatch(patches: Patches): void {
    compilePatches(this.columns, patches)
  }

  // Assign values in place (spec §11.4, deviation Q8). Validates everything first; on error
  // nothing changes. Cost: O(patched elements), see store.ts for copy-on-write after reads.
  patch(patches: Patches): void {
    applyPatches(this.columns, compilePatches(this.columns, patches))
  }

  // Diagnostics: where column `name` currently lives.
  storage(name: string): StoreInfo | undefined {
    return this.columns.get(name)?.info()
  }
}

function checkColumn(name: string, column: unknown): asserts column is Column {
  if (Array.isArray(column) || isTypedArray(column)) return
  const what = isNDArray(column) ? `an NDArray (unwrap 1-d arrays to their .array first)` : pyStr(column)
  throw new TypeError(`column ${pyRepr(name)} must be an array or a typed array, got ${what}`)
}
