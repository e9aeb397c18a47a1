// Document change events (spec document.md §6). Every event carries its origin from the
// moment it is created; hold/combine/replay never change it (spec §17 rule 3).
import type { Document } from "./document.ts"
import type { Model } from "./model/model.ts"
import type { Slice } from "./sources/slice.ts"

// Who caused a change. Client origins name the session and connection whose patch produced
// it, so the server can skip exactly that connection when it fans the change out.
export type Origin =
  | { readonly kind: "server" }
  | { readonly kind: "client"; readonly session: unknown; readonly connection: unknown }

export const SERVER: Origin = Object.freeze({ kind: "server" })

export function clientOrigin(session: unknown, connection: unknown): Origin {
  return Object.freeze({ kind: "client", session, connection })
}

// Runs the property callbacks of one change; travels with the event so a hold defers it.
export type CallbackInvoker = () => void

export type PatchIndex = number | Slice | readonly (number | Slice)[]
export type ColumnPatches = Record<string, Array<readonly [PatchIndex, unknown]>>

let eventCount = 0

// The sequence number of the newest event created so far.
export function lastEventSeq(): number {
  return eventCount
}

export abstract class DocumentChangedEvent {
  abstract readonly kind: string
  // creation order: a model's full rep serialized at sequence N already holds the changes of
  // every event numbered up to N (events replayed after a hold can be older than that rep)
  readonly seq = ++eventCount
  constructor(
    readonly document: Document,
    readonly origin: Origin,
    public invoker: CallbackInvoker | null = null,
  ) {}

  // hold("combine") offers each new event to the held ones; true means "absorbed"
  combine(_event: DocumentChangedEvent): boolean {
    return false
  }

  // Events that could absorb each other share this key (null: this kind never combines), so
  // a hold finds the one candidate without scanning everything held.
  combineKey(): string | null {
    return null
  }
}

// Events that travel to clients inside PATCH-DOC.
export abstract class DocumentPatchedEvent extends DocumentChangedEvent {
  readonly patch = true
}

export class ModelChanged extends DocumentPatchedEvent {
  readonly kind = "ModelChanged"
  constructor(
    document: Document,
    readonly model: Model,
    readonly attr: string,
    public old: unknown,
    public value: unknown,
    origin: Origin,
    invoker: CallbackInvoker | null = null,
  ) {
    super(document, origin, invoker)
  }

  override combineKey(): string {
    return `${this.model.id}\0${this.attr}\0${originKey(this.origin)}`
  }

  override combine(event: DocumentChangedEvent): boolean {
    if (!(event instanceof ModelChanged)) return false
    if (!sameOrigin(this.origin, event.origin) || event.document !== this.document) return false
    if (event.model !== this.model || event.attr !== this.attr) return false
    this.value = event.value
    this.invoker = event.invoker
    return true
  }
}

export class ColumnDataChanged extends DocumentPatchedEvent {
  readonly kind = "ColumnDataChanged"
  constructor(
    document: Document,
    readonly model: Model,
    readonly attr: string,
    // the columns to send; null means "all of them, read at serialization time"
    readonly cols: readonly string[] | null,
    origin: Origin,
    invoker: CallbackInvoker | null = null,
  ) {
    super(document, origin, invoker)
  }
}

export class ColumnsStreamed extends DocumentPatchedEvent {
  readonly kind = "ColumnsStreamed"
  constructor(
    document: Document,
    readonly model: Model,
    readonly attr: string,
    readonly data: Readonly<Record<string, unknown>>,
    readonly rollover: number | null,
    origin: Origin,
    invoker: CallbackInvoker | null = null,
  ) {
    super(document, origin, invoker)
  }
}

export class ColumnsPatched extends DocumentPatchedEvent {
  readonly kind = "ColumnsPatched"
  constructor(
    document: Document,
    readonly model: Model,
    readonly attr: string,
    readonly patches: ColumnPatches,
    origin: Origin,
    invoker: CallbackInvoker | null = null,
  ) {
    super(document, origin, invoker)
  }
}

export class RootAdded extends DocumentPatchedEvent {
  readonly kind = "RootAdded"
  constructor(document: Document, readonly model: Model, origin: Origin) {
    super(document, origin)
  }
}

export class RootRemoved extends DocumentPatchedEvent {
  readonly kind = "RootRemoved"
  constructor(document: Document, readonly model: Model, origin: Origin) {
    super(document, origin)
  }
}

export class TitleChanged extends DocumentPatchedEvent {
  readonly kind = "TitleChanged"
  constructor(document: Document, public title: string, origin: Origin, invoker: CallbackInvoker | null = null) {
    super(document, origin, invoker)
  }

  override combineKey(): string {
    return `\0title\0${originKey(this.origin)}`
  }

  override combine(event: DocumentChangedEvent): boolean {
    if (!(event instanceof TitleChanged)) return false
    if (!sameOrigin(this.origin, event.origin) || event.document !== this.document) return false
    this.title = event.title
    this.invoker = event.invoker
    return true
  }
}

// A custom or UI event sent between server and clients (msg_type "bokeh_event" for UI events).
export class MessageSent extends DocumentPatchedEvent {
  readonly kind = "MessageSent"
  constructor(document: Document, readonly msgType: string, readonly msgData: unknown, origin: Origin) {
    super(document, origin)
  }
}

// Internal: lets the hosting session (un)schedule a callback. Never sent to clients.
export class SessionCallbackAdded extends DocumentChangedEvent {
  readonly kind = "SessionCallbackAdded"
  constructor(document: Document, readonly callback: import("./callbacks.ts").SessionCallback) {
    super(document, SERVER)
  }
}

export class SessionCallbackRemoved extends DocumentChangedEvent {
  readonly kind = "SessionCallbackRemoved"
  constructor(document: Document, readonly callback: import("./callbacks.ts").SessionCallback) {
    super(document, SERVER)
  }
}

export type PatchEvent =
  | ModelChanged | ColumnDataChanged | ColumnsStreamed | ColumnsPatched
  | RootAdded | RootRemoved | TitleChanged | MessageSent

export function isPatchEvent(event: DocumentChangedEvent): event is PatchEvent {
  return event instanceof DocumentPatchedEvent
}

export function sameOrigin(a: Origin, b: Origin): boolean {
  if (a === b) return true
  if (a.kind === "server" || b.kind === "server") return a.kind === b.kind
  return a.session === b.session && a.connection === b.connection
}

const identities = new WeakMap<object, number>()
let nextIdentity = 0

function identity(value: unknown): string {
  if (value !== null && (typeof value === "object" || typeof value === "function")) {
    let id = identities.get(value)
    if (id == null) identities.set(value, (id = ++nextIdentity))
    return `#${id}`
  }
  return `=${String(value)}`
}

// A string equal for two origins exactly when sameOrigin() says they are the same.
export function originKey(origin: Origin): string {
  return origin.kind === "server" ? "server" : `client${identity(origin.session)}${identity(origin.connection)}`
}
