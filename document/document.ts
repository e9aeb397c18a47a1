// The server-side Document (spec document.md §4–§8): roots, title, the models reachable from
// them, change events with origins, hold/unhold, and the books of session callbacks.
import {
  NextTickCallback, PeriodicCallback, TimeoutCallback,
  type CallbackFn, type SessionCallback,
} from "./callbacks.ts"
import { RuntimeError, ValueError } from "./errors.ts"
import {
  ModelChanged, RootAdded, RootRemoved, SERVER, SessionCallbackAdded, SessionCallbackRemoved,
  TitleChanged, type DocumentChangedEvent, type Origin, type PatchEvent,
} from "./events.ts"
import { lockedCallback, type LockedCallbackPolicy } from "./locked_callback.ts"
import { log } from "./logging.ts"
import type { SessionHost } from "./session_host.ts"
import { DocumentConfig } from "./model/classes.ts"
import { Model, describeSelector, hasModels, isModel, matches, type ModelEvent, type Selector } from "./model/model.ts"
import { forEachModel } from "./model/values.ts"
import type { Buffer } from "./serialization/bytes.ts"
import { documentFromJson, serializeDocument, type DocJson } from "./serialization/doc_json.ts"
import { applyPatch, serializePatch, type SerializedPatch } from "./serialization/patch.ts"
import type { SerializerOptions } from "./serialization/serializer.ts"
import { DOCUMENT_EVENTS, isModelEvent } from "./ui_events.ts"
import { BoundedSet } from "./util/bounded_set.ts"

export const DEFAULT_TITLE = "Bokeh Application"

export type HoldPolicy = "combine" | "collect"
export type DocumentListener = (event: DocumentChangedEvent) => void
export type MessageCallback = (data: unknown, origin: Origin) => void
export type DocumentEventCallback = (event: ModelEvent) => unknown
// Runs `fn` as a task of the hosting session's queue; settles when it ran (errors are the
// host's to report). Installed by a server session, see Document.lockedCallback.
export type { LockedCallbackPolicy, TaskExecutor } from "./locked_callback.ts"
export type { SessionHost } from "./session_host.ts"


export class Document {
  private _config: Model = new DocumentConfig()
  private _roots: Model[] = []
  private _title = DEFAULT_TITLE
  private _models = new Map<string, Model>()
  private _names = new Map<string, Model[]>()
  // ids of models that left this document; a client patch naming one is dropped, not an error
  private _seen = new BoundedSet<string>(100_000)
  private _freeze = 0
  private _recomputePending = false
  private _listeners: DocumentListener[] = []
  private _hold: HoldPolicy | null = null
  private _held: DocumentChangedEvent[] = []
  // held events by combine key: the only one a new event with that key can merge into
  private _heldByKey = new Map<string, DocumentChangedEvent>()
  private _callbacks = new Map<string, SessionCallback>()
  private _messageCallbacks = new Map<string, MessageCallback[]>()
  private _eventCallbacks = new Map<string, DocumentEventCallback[]>()
  // document-level JS callbacks (CustomJS models) by event name: DocJson `callbacks`
  private _jsEventCallbacks = new Map<string, Model[]>()
  private _destroyed = false
  private _host: SessionHost | null = null

  constructor(options: { title?: string } = {}) {
    if (options.title != null) this._title = options.title
    this._recompute()
  }

  // The DocumentConfig model (reconnection and notification settings), sent with the roots.
  get config(): Model {
    return this._config
  }

  /** @internal */ _setConfig(config: Model): void {
    this.checkOwnership(config)
    this._config = config
    this._recompute()
  }

  // ---- roots and title (spec §5)

  get roots(): Model[] {
    return [...this._roots]
  }

  addRoot(model: Model, origin: Origin = SERVER): void {
    this._alive()
    if (this._roots.includes(model)) return
    this.checkOwnership(model)
    this._checkWrite()
    this._frozen(() => {
      this._roots.push(model)
      this._recomputePending = true
    })
    this._trigger(new RootAdded(this, model, origin))
  }

  removeRoot(model: Model, origin: Origin = SERVER): void {
    this._alive()
    const i = this._roots.indexOf(model)
    if (i < 0) return
    this._checkWrite()
    this._frozen(() => {
      this._roots.splice(i, 1)
      this._recomputePending = true
    })
    this._trigger(new RootRemoved(this, model, origin))
  }

  clear(origin: Origin = SERVER): void {
    this._frozen(() => {
      for (const root of [...this._roots]) this.removeRoot(root, origin)
    })
  }

  get title(): string {
    return this._title
  }

  set title(title: string) {
    this.setTitle(title)
  }

  setTitle(title: string, origin: Origin = SERVER): void {
    if (title == null) throw new ValueError("Document title may not be None")
    if (typeof title !== "string") throw new ValueError(`Document title must be a string, got ${typeof title}`)
    if (title === this._title) return
    this._checkWrite()
    this._title = title
    this._trigger(new TitleChanged(this, title, origin))
  }

  // ---- the hosting session's say over when changes may happen

  /** @internal */ _setHost(host: SessionHost | null): void {
    this._host = host
  }

  /** @internal */ _checkWrite(): void {
    this._host?.checkWrite()
  }

  // What a Python-style callback returned: a promise is handed to the session's running task,
  // or at least watched, so a rejection is logged instead of crashing the process.
  /** @internal */ _adoptCallbackResult(result: unknown, what: string): void {
    if (result == null || typeof (result as { then?: unknown }).then !== "function") return
    const pending = Promise.resolve(result)
    if (this._host?.adopt(pending, what) === true) return
    pending.catch((error: unknown) => log("error", `error in ${what}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`))
  }

  // Wraps `fn` so that it can be called from anywhere (a timer, a promise continuation, a
  // worker's message, another session) and runs `fn(...args)` as a task of this document's
  // session, in order with its other tasks. Policy "every" runs once per call; "latest" keeps
  // only the newest arguments of the calls made while a run is waiting for its turn, so a fast
  // producer cannot flood a slow session. Without a session it runs directly. The returned
  // promise settles when the call was handled (or superseded); errors are logged, not thrown.
  lockedCallback<A extends unknown[]>(
    fn: (...args: A) => unknown, options: { policy?: LockedCallbackPolicy } = {},
  ): (...args: A) => Promise<void> {
    return lockedCallback(() => (this._destroyed ? "destroyed" : this._host?.execute ?? null), fn, options.policy ?? "every")
  }

  // ---- queries

  get models(): ReadonlyMap<string, Model> {
    return this._models
  }

  getModelById(id: string): Model | null {
    return this._models.get(id) ?? null
  }

  getModelByName(name: string): Model | null {
    const found = this._names.get(name) ?? []
    if (found.length > 1) throw new ValueError(`Found more than one model named '${name}'`)
    return found[0] ?? null
  }

  select(selector: Selector): Model[] {
    const pool = typeof selector.name === "string" ? this._names.get(selector.name) ?? [] : this._models.values()
    return [...pool].filter((model) => matches(model, selector))
  }

  selectOne(selector: Selector): Model | null {
    const found = this.select(selector)
    if (found.length > 1) {
      throw new ValueError(`Found more than one model matching ${describeSelector(selector)}: ${found.join(", ")}`)
    }
    return found[0] ?? null
  }

  // Sets `updates` on every model matching the selector.
  setSelect(selector: Selector, updates: Record<string, unknown>): void {
    for (const model of this.select(selector)) {
      for (const [name, value] of Object.entries(updates)) model.setValue(name, value)
    }
  }

  // Was this id ever part of the document? (stale client references are dropped, spec §10.1)
  wasSeen(id: string): boolean {
    return this._seen.has(id)
  }

  // ---- reachability (spec §4)

  // Throws if `value` references a model owned by another document; call before storing.
  checkOwnership(value: unknown): void {
    forEachModel(value, isModel, (root) => {
      for (const model of root.references()) {
        if (model._document != null && model._document !== this) {
          throw new RuntimeError(`Models must be owned by only a single document, ${model} is already in a doc`)
        }
      }
    })
  }

  // Runs `fn` with reachability recomputed once at the end, not after each change inside.
  private _frozen<T>(fn: () => T): T {
    this._freeze++
    try {
      return fn()
    } finally {
      if (--this._freeze === 0 && this._recomputePending) this._recompute()
    }
  }

  private _recompute(): void {
    if (this._freeze > 0) {
      this._recomputePending = true
      return
    }
    this._recomputePending = false
    const next = new Map<string, Model>()
    for (const root of [this._config, ...this._roots, ...[...this._jsEventCallbacks.values()].flat()]) {
      for (const model of root.references()) next.set(model.id, model)
    }
    for (const [id, model] of this._models) {
      if (next.get(id) !== model) {
        model._document = null
        this._seen.add(id)
      }
    }
    for (const [id, model] of next) {
      if (this._models.get(id) !== model) {
        model._document = this
        model._attachments++
        this._seen.delete(id)
      }
    }
    this._models = next
    this._names.clear()
    for (const model of next.values()) this._indexName(model)
  }

  private _indexName(model: Model): void {
    const name = model.getValue("name")
    if (typeof name !== "string") return
    const list = this._names.get(name)
    if (list == null) this._names.set(name, [model])
    else if (!list.includes(model)) list.push(model)
  }

  // ---- change events (spec §6)

  /** @internal */ _modelChanged(model: Model, attr: string, old: unknown, value: unknown, origin: Origin): void {
    if (attr === "name") {
      if (typeof old === "string") {
        const list = this._names.get(old)?.filter((m) => m !== model) ?? []
        if (list.length > 0) this._names.set(old, list)
        else this._names.delete(old)
      }
      this._indexName(model)
    }
    if (hasModels(old) || hasModels(value)) this._recompute()
    const invoker = () => model._invokeCallbacks(attr, old, value)
    this._trigger(new ModelChanged(this, model, attr, old, value, origin, invoker))
  }

  // Every event goes through here: captured while held, dispatched otherwise.
  /** @internal */ _trigger(event: DocumentChangedEvent): void {
    const scheduling = event instanceof SessionCallbackAdded || event instanceof SessionCallbackRemoved
    if (this._hold == null || scheduling) {
      this._dispatch(event)
    } else if (this._hold === "collect") {
      this._held.push(event)
    } else {
      const key = event.combineKey()
      const held = key == null ? undefined : this._heldByKey.get(key)
      if (held != null && held.combine(event)) return
      if (key != null) this._heldByKey.set(key, event)
      this._held.push(event)
    }
  }

  private _dispatch(event: DocumentChangedEvent): void {
    event.invoker?.()
    for (const listener of [...this._listeners]) listener(event)
  }

  onChange(listener: DocumentListener): void {
    if (!this._listeners.includes(listener)) this._listeners.push(listener)
  }

  removeOnChange(listener: DocumentListener): void {
    const i = this._listeners.indexOf(listener)
    if (i >= 0) this._listeners.splice(i, 1)
  }

  // ---- hold and unhold (spec §7)

  get holdValue(): HoldPolicy | null {
    return this._hold
  }

  hold(policy: HoldPolicy = "combine"): void {
    if (policy !== "combine" && policy !== "collect") throw new ValueError(`Unknown hold policy ${policy}`)
    if (this._hold === policy) return
    if (this._hold != null) {
      log("warn", `hold already active with '${this._hold}', ignoring '${policy}'`)
      return
    }
    this._hold = policy
  }

  unhold(): void {
    if (this._hold == null) return
    this._hold = null
    const events = this._held
    this._held = []
    this._heldByKey.clear()
    for (const event of events) this._dispatch(event)
  }

  // Runs `fn` with events held and releases them when it returns (spec §17 rule 5). Inside
  // an active hold it just runs `fn`: holds do not nest.
  batch<T>(fn: () => T, policy: HoldPolicy = "combine"): T {
    if (this._hold != null) return fn()
    this.hold(policy)
    let result: T
    try {
      result = fn()
    } finally {
      this.unhold()
    }
    if (result instanceof Promise) {
      throw new RuntimeError("Document.batch() takes a synchronous function; await outside the batch")
    }
    return result
  }

  // ---- session callbacks (spec §8)

  get sessionCallbacks(): SessionCallback[] {
    return [...this._callbacks.values()]
  }

  addNextTickCallback(callback: CallbackFn, options: { nolock?: boolean } = {}): NextTickCallback {
    return this._addCallback(new NextTickCallback(callback, options))
  }

  addTimeoutCallback(callback: CallbackFn, timeoutMs: number, options: { nolock?: boolean } = {}): TimeoutCallback {
    return this._addCallback(new TimeoutCallback(callback, timeoutMs, options))
  }

  addPeriodicCallback(callback: CallbackFn, periodMs: number, options: { nolock?: boolean } = {}): PeriodicCallback {
    if (!(periodMs > 0)) throw new ValueError(`period must be a positive number of milliseconds, got ${periodMs}`)
    return this._addCallback(new PeriodicCallback(callback, periodMs, options))
  }

  removeNextTickCallback(callback: NextTickCallback): void {
    this._removeCallback(callback)
  }

  removeTimeoutCallback(callback: TimeoutCallback): void {
    this._removeCallback(callback)
  }

  removePeriodicCallback(callback: PeriodicCallback): void {
    this._removeCallback(callback)
  }

  // The host calls this when a one-shot callback starts running: it leaves the books then.
  callbackStarted(callback: SessionCallback): void {
    if (callback.kind !== "periodic" && this._callbacks.delete(callback.id)) {
      this._trigger(new SessionCallbackRemoved(this, callback))
    }
  }

  private _addCallback<C extends SessionCallback>(callback: C): C {
    this._alive()
    this._callbacks.set(callback.id, callback)
    this._trigger(new SessionCallbackAdded(this, callback))
    return callback
  }

  private _removeCallback(callback: SessionCallback): void {
    if (!this._callbacks.delete(callback.id)) {
      throw new ValueError("callback already ran or was already removed, cannot be removed again")
    }
    callback.cancelled = true
    this._trigger(new SessionCallbackRemoved(this, callback))
  }

  // ---- messages and UI events (spec §12)

  onMessage(msgType: string, callback: MessageCallback): void {
    const list = this._messageCallbacks.get(msgType) ?? []
    if (!list.includes(callback)) list.push(callback)
    this._messageCallbacks.set(msgType, list)
  }

  removeOnMessage(msgType: string, callback: MessageCallback): void {
    const list = this._messageCallbacks.get(msgType) ?? []
    const i = list.indexOf(callback)
    if (i >= 0) list.splice(i, 1)
  }

  // Document-level UI events: document_ready, connection_lost, client_reconnected.
  onEvent(name: string, ...callbacks: DocumentEventCallback[]): void {
    if (!DOCUMENT_EVENTS.has(name)) {
      throw new ValueError(isModelEvent(name)
        ? "Document.on_event may only be used to subscribe to events of type DocumentEvent. To subscribe to a ModelEvent use the Model.on_event method."
        : `Unknown event ${name}`)
    }
    const list = this._eventCallbacks.get(name) ?? []
    for (const cb of callbacks) if (!list.includes(cb)) list.push(cb)
    this._eventCallbacks.set(name, list)
  }

  // Runs JS callbacks (CustomJS models) in the browser on a document event, e.g. document_ready.
  jsOnEvent(name: string, ...callbacks: Model[]): void {
    if (!DOCUMENT_EVENTS.has(name)) {
      throw new ValueError(isModelEvent(name)
        ? "Document.js_on_event may only be used to subscribe to events of type DocumentEvent. To subscribe to a ModelEvent use the Model.js_on_event method."
        : `Unknown event ${name}`)
    }
    this.checkOwnership(callbacks)
    const list = this._jsEventCallbacks.get(name) ?? []
    for (const cb of callbacks) if (!list.includes(cb)) list.push(cb)
    this._jsEventCallbacks.set(name, list)
    this._recompute()
  }

  /** @internal */ _clearJsEventCallbacks(): void {
    this._jsEventCallbacks.clear()
    this._recompute()
  }

  get jsEventCallbacks(): ReadonlyMap<string, readonly Model[]> {
    return this._jsEventCallbacks
  }

  // Delivers an incoming MessageSent: UI events to their models, the rest to message callbacks.
  /** @internal */ _deliverMessage(msgType: string, data: unknown, origin: Origin): void {
    if (msgType === "bokeh_event") {
      const event = data as ModelEvent
      if (event.model != null) event.model._triggerEvent(event)
      for (const cb of [...(this._eventCallbacks.get(event.name) ?? [])]) this._adoptCallbackResult(cb(event), `a document ${event.name} event callback`)
      return
    }
    for (const cb of [...(this._messageCallbacks.get(msgType) ?? [])]) cb(data, origin)
  }

  // ---- JSON (spec protocol.md §5.14, §6); the functions live in serialization/

  // DocJson with inline bytes, so JSON.stringify(doc) gives a self-contained document.
  toJSON(): DocJson {
    return serializeDocument(this, { binary: false }).json
  }

  static fromJSON(json: unknown, buffers?: ReadonlyMap<string, Uint8Array>): Document {
    return documentFromJson(json, buffers)
  }

  // Serializes events as one PATCH-DOC content; `known` says which models the receivers have.
  // Everything is serialized now, with the current state: a live session should instead add
  // each event to a PatchBuilder as it is dispatched (see serialization/patch.ts).
  createPatch(events: readonly PatchEvent[], options: SerializerOptions = {}): SerializedPatch {
    return serializePatch(events, options)
  }

  // Applies a client's PATCH-DOC content; returns the models the patch created (the sender
  // knows them). Nothing changes when the patch is malformed or a value is invalid.
  applyPatch(patch: unknown, buffers: ReadonlyMap<string, Uint8Array> | readonly Buffer[] = [], origin: Origin = SERVER): ReadonlySet<Model> {
    this._alive()
    return this._frozen(() => applyPatch(this, patch, buffers, origin))
  }

  // ---- lifetime

  get destroyed(): boolean {
    return this._destroyed
  }

  destroy(): void {
    if (this._destroyed) return
    for (const model of this._models.values()) {
      model._document = null
      model._destroyed = true
      model._values.clear()
    }
    this._models.clear()
    this._names.clear()
    this._roots = []
    this._listeners = []
    this._callbacks.clear()
    this._host = null
    this._destroyed = true
  }

  private _alive(): void {
    if (this._destroyed) throw new RuntimeError("document has been destroyed")
  }
}
