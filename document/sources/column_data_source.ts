// ColumnDataSource behaviour on top of the generated class (spec document.md §11): `data`
// lives in a ColumnData store, changes to it are hinted events (ColumnDataChanged,
// ColumnsStreamed, ColumnsPatched) that always emit, and stream/patch are O(rows touched).
import { ColumnDataSource } from "../generated/models.ts"
import {
  ColumnDataChanged, ColumnsPatched, ColumnsStreamed, SERVER,
  type DocumentChangedEvent, type Origin, type ColumnPatches,
} from "../events.ts"
import { log } from "../logging.ts"
import { installStorageHook, type Model } from "../model/model.ts"
import { isSubtype } from "../model/schema.ts"
import { copyData, isPlainObject } from "../model/values.ts"
import { setOwn } from "../util/plain.ts"
import { ValueError } from "../errors.ts"
import { ColumnData, type Column as DataColumn } from "./column_data.ts"

export type ColumnsInput = Readonly<Record<string, DataColumn>> | ReadonlyMap<string, DataColumn>

declare module "../generated/models.ts" {
  interface ColumnDataSource {
    // Appends rows to every column; with `rollover`, keeps only the last `rollover` rows.
    stream(data: ColumnsInput, rollover?: number | null): void
    // Writes values at indices, slices or sub-indices of image-like items (spec §11.4).
    patch(patches: ColumnPatches | ReadonlyMap<string, ColumnPatches[string]>): void
    // Replaces or adds the given columns, keeping the others (Python's `data.update(...)`).
    updateColumns(data: ColumnsInput): void
    // Adds one column under `name` (default "Series N") and returns the name.
    add(values: DataColumn, name?: string): string
    // Removes a column (a missing one only logs a warning, as upstream).
    remove(name: string): void
    readonly columnNames: string[]
    // The number of rows (of the first column).
    readonly length: number
  }
}

// The operations a client patch can apply to a source.
export interface ColumnSourceOps {
  updateColumns(data: Record<string, unknown>, cols: readonly string[] | null, origin: Origin): void
  streamFrom(data: Record<string, unknown>, rollover: number | null, origin: Origin): void
  patchFrom(patches: ColumnPatches, origin: Origin): void
}

function isSource(model: Model): boolean {
  return isSubtype(model.type, "ColumnDataSource")
}

function store(model: Model): ColumnData {
  let data = model._values.get("data") as ColumnData | undefined
  if (data == null) {
    data = new ColumnData()
    model._values.set("data", data)
  }
  return data
}

function toColumns(input: unknown): Record<string, DataColumn> {
  if (input instanceof ColumnData) {
    throw new ValueError("ColumnDataSource.data may only be set from plain objects, not other ColumnDataSource.data values; copy it first")
  }
  if (input instanceof Map) return Object.fromEntries(input) as Record<string, DataColumn>
  if (!isPlainObject(input)) throw new ValueError(`expected a dict or pandas.DataFrame, got ${String(input)}`)
  return input as Record<string, DataColumn>
}

// Emits a hinted change: the property callbacks get (attr, old, new) only when someone
// listens, because building `old` would cost a copy of every column.
function emit(model: Model, make: (invoker: (() => void) | null) => DocumentChangedEvent, old: unknown): void {
  const invoker = model._hasCallbacks("data") ? () => model._invokeCallbacks("data", old, model.getValue("data")) : null
  const doc = model.document
  if (doc != null) doc._trigger(make(invoker))
  else invoker?.()
}

function snapshot(model: Model): unknown {
  return model._hasCallbacks("data") ? store(model).toObject() : undefined
}

function warnLengths(data: ColumnData): void {
  const warning = data.lengthWarning()
  if (warning != null) log("warn", warning)
}

function replaceData(model: Model, value: unknown, origin: Origin): void {
  model.document?._checkWrite()
  const columns = toColumns(value)
  const old = snapshot(model)
  const data = store(model)
  data.replace(columns)
  warnLengths(data)
  emit(model, (invoker) => new ColumnDataChanged(model.document!, model, "data", null, origin, invoker), old)
}

function updateColumns(model: Model, input: unknown, cols: readonly string[] | null, origin: Origin): void {
  model.document?._checkWrite()
  if (cols == null) return replaceData(model, input, origin)
  const columns = toColumns(input)
  const old = snapshot(model)
  const data = store(model)
  for (const name of cols) {
    if (name in columns) data.set(name, columns[name]!)
  }
  warnLengths(data)
  emit(model, (invoker) => new ColumnDataChanged(model.document!, model, "data", [...cols], origin, invoker), old)
}

function stream(model: Model, input: unknown, rollover: number | null | undefined, origin: Origin): void {
  model.document?._checkWrite()
  const columns = toColumns(input)
  const data = store(model)
  const old = snapshot(model)
  // validates the whole request before changing anything
  const { clientDivergent } = data.stream(columns, rollover)
  if (clientDivergent.length > 0) {
    // BokehJS would roll these typed columns differently (it keeps an over-long old column's
    // length), so send them whole instead of as a stream
    emit(model, (invoker) => new ColumnDataChanged(model.document!, model, "data", data.names(), origin, invoker), old)
    return
  }
  const roll = rollover ?? null
  // the event keeps its own copy of the new rows (O(rows)): callers often refill one array
  const rows: Record<string, unknown> = {}
  for (const name of Object.keys(columns)) setOwn(rows, name, copyData(columns[name]))
  emit(model, (invoker) => new ColumnsStreamed(model.document!, model, "data", rows, roll, origin, invoker), old)
}

function patch(model: Model, input: unknown, origin: Origin): void {
  model.document?._checkWrite()
  const patches = (input instanceof Map ? Object.fromEntries(input) : input) as ColumnPatches
  if (!isPlainObject(patches)) throw new ValueError(`expected a dict of patches, got ${String(input)}`)
  const data = store(model)
  const old = snapshot(model)
  // validates every entry before writing any
  data.patch(patches)
  const own = Object.fromEntries(Object.entries(patches).map(([name, entries]) =>
    [name, entries.map(([index, value]) => [index, copyData(value)] as const)]))
  emit(model, (invoker) => new ColumnsPatched(model.document!, model, "data", own, origin, invoker), old)
}

installStorageHook("data", {
  applies: isSource,
  get: (model) => store(model).toObject(),
  set: (model, value, origin) => replaceData(model, value, origin),
})

export function columnSource(model: Model): ColumnSourceOps | null {
  if (!isSource(model)) return null
  return {
    updateColumns: (data, cols, origin) => updateColumns(model, data, cols, origin),
    streamFrom: (data, rollover, origin) => stream(model, data, rollover, origin),
    patchFrom: (patches, origin) => patch(model, patches, origin),
  }
}

const proto = ColumnDataSource.prototype

proto.stream = function (this: ColumnDataSource, data: ColumnsInput, rollover?: number | null): void {
  stream(this, data, rollover, SERVER)
}

proto.patch = function (this: ColumnDataSource, patches: ColumnPatches | ReadonlyMap<string, ColumnPatches[string]>): void {
  patch(this, patches, SERVER)
}

proto.updateColumns = function (this: ColumnDataSource, data: ColumnsInput): void {
  const columns = toColumns(data)
  updateColumns(this, columns, Object.keys(columns), SERVER)
}

proto.add = function (this: ColumnDataSource, values: DataColumn, name?: string): string {
  const names = store(this).names()
  let key = name
  if (key == null) {
    let n = names.length
    while (names.includes(`Series ${n}`)) n++
    key = `Series ${n}`
  }
  updateColumns(this, { [key]: values }, [key], SERVER)
  return key
}

proto.remove = function (this: ColumnDataSource, name: string): void {
  const data = store(this)
  if (!data.has(name)) {
    log("warn", `Unable to find column '${name}' in data source`)
    return
  }
  const columns = data.toObject()
  delete columns[name]
  replaceData(this, columns, SERVER)
}

Object.defineProperty(proto, "columnNames", {
  get(this: ColumnDataSource) {
    return store(this).names()
  },
})

Object.defineProperty(proto, "length", {
  get(this: ColumnDataSource) {
    const lengths = [...store(this).lengths().values()]
    return lengths[0] ?? 0
  },
})
