// PATCH-DOC contents (spec protocol.md §6): events → JSON once per batch, and incoming JSON
// → validated changes applied with the sender's origin.
import type { Document } from "../document.ts"
import { DeserializationError, UnknownReferenceError } from "../errors.ts"
import {
  ColumnDataChanged, ColumnsPatched, ColumnsStreamed, MessageSent, ModelChanged, RootAdded,
  RootRemoved, TitleChanged, type Origin, type PatchEvent,
} from "../events.ts"
import { log } from "../logging.ts"
import { checkEvent } from "../ui_events.ts"
import { Model, type ModelEvent } from "../model/model.ts"
import { isPlainObject } from "../model/values.ts"
import { columnSource, type ColumnSourceOps } from "../sources/column_data_source.ts"
import type { Buffer } from "./bytes.ts"
import { Deserializer } from "./deserializer.ts"
import { Serializer, type SerializerOptions } from "./serializer.ts"

export type EventJson = Record<string, unknown> & { kind: string }

export interface PatchJson {
  readonly events: EventJson[]
}

export interface SerializedPatch {
  readonly content: PatchJson
  readonly buffers: Buffer[]
  // models this patch carried in full (the receivers know them afterwards)
  readonly emitted: ReadonlySet<Model>
}

// Builds one PATCH-DOC content from a batch of events, serializing each event when it is
// added: a session adds events as they are dispatched, so every event carries the state of
// its moment (a root added and then streamed to is sent as it was, then the stream), and the
// whole batch still goes out as one message serialized once for every receiver.
// Events about models the receivers do not know yet are left out: such a model's full rep,
// sent when it is attached, carries its state.
export class PatchBuilder {
  private readonly s: Serializer
  private readonly events: Array<{ json: EventJson; origin: Origin; buffers: readonly [number, number] }> = []

  constructor(options: SerializerOptions = {}) {
    this.s = new Serializer(options)
  }

  add(event: PatchEvent): void {
    const first = this.s.buffers.length
    const json = serializeEvent(this.s, event)
    if (json != null) this.events.push({ json, origin: event.origin, buffers: [first, this.s.buffers.length] })
  }

  get length(): number {
    return this.events.length
  }

  // The message for receivers that should not get events from some origins (a client does
  // not get its own changes echoed back). Dropping an event is safe: any full rep in it is
  // of a model the originator sent or already had.
  build(options: { skip?: (origin: Origin) => boolean } = {}): SerializedPatch {
    const skip = options.skip
    const kept = skip == null ? this.events : this.events.filter((e) => !skip(e.origin))
    const buffers = kept.length === this.events.length
      ? this.s.buffers
      : kept.flatMap((e) => this.s.buffers.slice(e.buffers[0], e.buffers[1]))
    return { content: { events: kept.map((e) => e.json) }, buffers, emitted: this.s.emitted }
  }
}

export function serializePatch(events: readonly PatchEvent[], options: SerializerOptions = {}): SerializedPatch {
  const builder = new PatchBuilder(options)
  for (const event of events) builder.add(event)
  return builder.build()
}

function serializeEvent(s: Serializer, event: PatchEvent): EventJson | null {
  if (event instanceof RootAdded) return { kind: event.kind, model: s.encode(event.model) }
  if (event instanceof RootRemoved) return s.knows(event.model) ? { kind: event.kind, model: s.ref(event.model) } : null
  if (event instanceof TitleChanged) return { kind: event.kind, title: event.title }
  if (event instanceof MessageSent) {
    const data = event.msgType === "bokeh_event" ? s.encodeEvent(toEventValue(event.msgData)) : s.encode(event.msgData)
    return { kind: event.kind, msg_type: event.msgType, msg_data: data }
  }
  const model = event.model
  if (!s.knows(model) || model.document !== event.document) return null
  // held events replayed after the model went out in full are already in its rep
  if (s.hasStateOf(model, event.seq)) return null
  const ref = s.ref(model)
  if (event instanceof ModelChanged) {
    // the value when the event is serialized, not the one captured at emission: a callback
    // that corrected the value has already run (deviation Q15)
    const prop = model.schema.props.get(event.attr)!
    const value = model.getValue(event.attr)
    const rep = prop.kind.type === "Spec" ? s.encodeSpec(prop.kind.spec, value) : s.encode(value)
    return { kind: event.kind, model: ref, attr: event.attr, new: rep }
  }
  if (event instanceof ColumnDataChanged) {
    const data = model.getValue(event.attr) as Record<string, unknown>
    const cols = event.cols
    const entries = cols == null ? Object.entries(data) : cols.filter((c) => c in data).map((c) => [c, data[c]] as const)
    return { kind: event.kind, model: ref, attr: event.attr, data: s.encodeMap(entries), cols: cols == null ? null : [...cols] }
  }
  if (event instanceof ColumnsStreamed) {
    return { kind: event.kind, model: ref, attr: event.attr, data: s.encodeMap(Object.entries(event.data)), rollover: event.rollover }
  }
  if (event instanceof ColumnsPatched) {
    const entries = Object.entries(event.patches).map(([col, items]) =>
      [col, items.map(([index, value]) => [s.encode(index), s.encode(value)])] as const)
    return { kind: event.kind, model: ref, attr: event.attr, patches: { type: "map", entries: entries.map(([c, v]) => [c, v]) } }
  }
  return null
}

function toEventValue(data: unknown): { name: string; values: Record<string, unknown> } {
  const event = data as ModelEvent
  const values: Record<string, unknown> = { ...event.values }
  if (event.model != null) values.model = event.model
  return { name: event.name, values }
}

type Decoded =
  | { kind: "ModelChanged"; model: Model; attr: string; value: unknown }
  | { kind: "ColumnDataChanged"; model: Model; data: Record<string, unknown>; cols: string[] | null }
  | { kind: "ColumnsStreamed"; model: Model; data: Record<string, unknown>; rollover: number | null }
  | { kind: "ColumnsPatched"; model: Model; patches: Record<string, unknown[]> }
  | { kind: "RootAdded" | "RootRemoved"; model: Model }
  | { kind: "TitleChanged"; title: string }
  | { kind: "MessageSent"; msgType: string; data: unknown }

// Applies a client's patch. Everything is decoded and checked before anything changes, so a
// malformed patch, an unknown model or a wrongly typed value leaves the document as it was.
// A patch naming a model that has left the document is dropped whole (spec §10.1).
export function applyPatch(
  doc: Document,
  content: unknown,
  buffers: ReadonlyMap<string, Uint8Array> | readonly Buffer[],
  origin: Origin,
): ReadonlySet<Model> {
  const bufferMap = buffers instanceof Map ? buffers : new Map((buffers as readonly Buffer[]).map((b) => [b.id, b.data]))
  const d = new Deserializer({ resolve: (id) => doc.getModelById(id), buffers: bufferMap, origin })
  let decoded: Decoded[]
  try {
    decoded = decodeEvents(d, content)
  } catch (error) {
    const id = error instanceof UnknownReferenceError ? error.id : undefined
    if (id != null && doc.wasSeen(id)) {
      log("warn", `Dropping a patch because it contains a previously known reference (id='${id}'). Most of the time this is harmless and usually a result of updating a model on one side of a communications channel while it was being removed on the other end.`)
      return new Set()
    }
    throw error
  }
  // Validate property values up front; stream/patch validate their whole request themselves.
  for (const event of decoded) {
    if (event.kind === "ModelChanged" && event.model.schema.props.has(event.attr)) {
      event.model.checkValue(event.attr, event.value)
    }
  }
  for (const event of decoded) applyOne(doc, d, event, origin)
  // the sender has these (it sent them in full): a server marks them known for it
  return new Set(d.created.values())
}

function decodeEvents(d: Deserializer, content: unknown): Decoded[] {
  if (!isPlainObject(content) || !Array.isArray(content.events)) {
    throw new DeserializationError("PATCH-DOC content must be an object with an 'events' list")
  }
  return content.events.map((raw): Decoded => {
    if (!isPlainObject(raw) || typeof raw.kind !== "string") throw new DeserializationError("a patch event needs a 'kind'")
    const model = (): Model => {
      const m = d.decode(raw.model)
      if (!(m instanceof Model)) throw new DeserializationError(`${raw.kind} needs a model reference`)
      return m
    }
    switch (raw.kind) {
      case "ModelChanged":
        if (typeof raw.attr !== "string") throw new DeserializationError("ModelChanged needs an 'attr'")
        return { kind: "ModelChanged", model: model(), attr: raw.attr, value: d.decode(raw.new) }
      case "ColumnDataChanged":
        return { kind: "ColumnDataChanged", model: model(), data: dataMap(d.decode(raw.data)), cols: columnNames(raw.cols) }
      case "ColumnsStreamed":
        return { kind: "ColumnsStreamed", model: model(), data: dataMap(d.decode(raw.data)), rollover: (raw.rollover as number | null) ?? null }
      case "ColumnsPatched":
        return { kind: "ColumnsPatched", model: model(), patches: dataMap(d.decode(raw.patches)) as Record<string, unknown[]> }
      case "RootAdded":
      case "RootRemoved":
        return { kind: raw.kind, model: model() }
      case "TitleChanged":
        if (typeof raw.title !== "string") throw new DeserializationError("TitleChanged needs a string 'title'")
        return { kind: "TitleChanged", title: raw.title }
      case "MessageSent":
        if (typeof raw.msg_type !== "string") throw new DeserializationError("MessageSent needs a 'msg_type'")
        return { kind: "MessageSent", msgType: raw.msg_type, data: decodeMessage(d, raw.msg_type, raw.msg_data) }
      default:
        throw new DeserializationError(`unknown patch event kind '${raw.kind}'`)
    }
  })
}

function decodeMessage(d: Deserializer, msgType: string, rep: unknown): unknown {
  const data = d.decode(rep ?? null)
  if (msgType === "bokeh_event") {
    if (data == null || typeof (data as ModelEvent).name !== "string") {
      throw new DeserializationError("a bokeh_event message must carry an event rep")
    }
    checkEvent(data as ModelEvent)
  }
  return data
}

function columnNames(cols: unknown): string[] | null {
  if (cols == null) return null
  if (!Array.isArray(cols) || !cols.every((c) => typeof c === "string")) {
    throw new DeserializationError(`ColumnDataChanged 'cols' must be null or a list of column names, got ${JSON.stringify(cols)}`)
  }
  return cols
}

function dataMap(value: unknown): Record<string, unknown> {
  if (!isPlainObject(value)) throw new DeserializationError("column data must be a map with string keys")
  return value
}

function applyOne(doc: Document, d: Deserializer, event: Decoded, origin: Origin): void {
  switch (event.kind) {
    case "ModelChanged":
      if (!event.model.schema.props.has(event.attr)) {
        log("warn", `JSON had attr '${event.attr}' on ${event.model.type} which is a client-only or invalid attribute that shouldn't have been sent`)
        return
      }
      d.setDecoded(event.model, event.attr, event.value)
      return
    case "ColumnDataChanged":
      return sourceOf(event.model).updateColumns(event.data, event.cols, origin)
    case "ColumnsStreamed":
      return sourceOf(event.model).streamFrom(event.data, event.rollover, origin)
    case "ColumnsPatched":
      return sourceOf(event.model).patchFrom(event.patches as never, origin)
    case "RootAdded":
      return doc.addRoot(event.model, origin)
    case "RootRemoved":
      return doc.removeRoot(event.model, origin)
    case "TitleChanged":
      return doc.setTitle(event.title, origin)
    case "MessageSent":
      return doc._deliverMessage(event.msgType, event.data, origin)
  }
}

function sourceOf(model: Model): ColumnSourceOps {
  const ops = columnSource(model)
  if (ops == null) throw new DeserializationError(`${model} is not a ColumnDataSource`)
  return ops
}
