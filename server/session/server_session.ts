// A live session: one Document, its connections, its task queue and lock, and its scheduled
// callbacks (spec document.md §9, §10, §13). Changes made in a task are pending writes: each
// patch event is serialized when it is dispatched, and the batch goes out as one PATCH-DOC
// whose frames every connection shares — except the one the change came from (echo
// suppression by origin, spec §17 rule 3).
import { performance } from "node:perf_hooks"
import {
  PatchBuilder, SERVER, SessionCallbackAdded, SessionCallbackRemoved, clientOrigin, isPatchEvent,
  knownToAll, replaceWithJson, serializeDocument,
  type DocJson, type Document, type DocumentChangedEvent, type Model, type Origin, type SessionCallback,
} from "../../document/index.ts"
import type { ServerConnection } from "../connection.ts"
import { describeError, logger } from "../logger.ts"
import type { Message } from "../protocol/message.ts"
import { messages } from "../protocol/messages.ts"
import { CallbackScheduler, type CallbackRunner } from "./callback_scheduler.ts"
import { DocumentLock, type LockHost } from "./document_lock.ts"
import { runInTask } from "./task_context.ts"
import { trackedTaskEnded, trackedTaskStarted } from "./tracking.ts"

export class ServerSession implements LockHost, CallbackRunner {
  readonly lock: DocumentLock
  readonly connections = new Set<ServerConnection>()
  private readonly scheduler: CallbackScheduler
  private builder: PatchBuilder | null = null
  // connections whose own changes are in the current batch (they get a copy without them)
  private readonly originators = new Set<ServerConnection>()
  private _destroyed = false
  // monotonic ms of the last connection leaving (or of creation)
  lastUnsubscribe = performance.now()
  everConnected = false

  constructor(readonly id: string, readonly document: Document, readonly appName: string) {
    this.lock = new DocumentLock(this)
    this.scheduler = new CallbackScheduler(this)
    document.onChange(this.onDocumentChange)
    document._setHost({
      checkWrite: () => this.lock.checkWrite(() => `The document of session ${this.shortId}`),
      // doc.lockedCallback(fn) queues its runs here
      execute: (label, fn) => this.lock.run(label, fn, { tracked: true })
        .catch((error: unknown) => this.logCallbackError(label, error)),
      // an async event or property callback keeps its task's lock until it settles
      adopt: (pending, what) => this.lock.adopt(pending, what),
    })
    for (const callback of document.sessionCallbacks) this.scheduler.add(callback)
  }

  // the random part of a signed id: what logs and BokehJS show
  get shortId(): string {
    return this.id.split(".")[0]!.slice(0, 10)
  }

  get destroyed(): boolean {
    return this._destroyed
  }

  get connectionCount(): number {
    return this.connections.size
  }

  // Runs `fn` as a task of this session (from outside it: HTTP hooks, other sessions,
  // worker results). From inside one of this session's own tasks it runs `fn` right away,
  // since waiting for the lock there would wait forever.
  execute<T>(fn: (doc: Document) => T | Promise<T>, label = "execute()"): Promise<Awaited<T> | undefined> {
    if (this.lock.heldByCurrent()) return Promise.resolve(fn(this.document)) as Promise<Awaited<T>>
    return this.lock.run(label, () => fn(this.document), { tracked: true })
  }

  // Like execute(), for callers that await the result: refuses to deadlock (spec §9.6).
  withDocumentLocked<T>(fn: (doc: Document) => T | Promise<T>): Promise<Awaited<T> | undefined> {
    return this.lock.runAwaited("withDocumentLocked()", () => fn(this.document))
  }

  // ---- connections

  addConnection(connection: ServerConnection): void {
    this.connections.add(connection)
    this.everConnected = true
    connection.send(messages.ack())
  }

  removeConnection(connection: ServerConnection): void {
    if (!this.connections.delete(connection)) return
    this.lastUnsubscribe = performance.now()
    // connection_lost callbacks run under the lock (deviation Q5)
    void this.lock.run(`connection_lost of ${connection.id}`, () => {
      this.document._deliverMessage("bokeh_event", { name: "connection_lost", model: null, values: {} }, SERVER)
    }).catch((error: unknown) => this.logCallbackError("connection_lost callback", error))
  }

  // ---- client requests; each runs inside a task (see ServerConnection)

  pull(connection: ServerConnection, reqid: string): Message {
    // the snapshot holds every earlier change and later batches go out after this reply
    this.flush()
    const doc = serializeDocument(this.document, { binary: true })
    connection.known.addAll(doc.emitted)
    connection.hasDocument = true
    return messages.pullDocReply(reqid, doc.json, doc.buffers)
  }

  push(connection: ServerConnection, json: DocJson, buffers: ReadonlyMap<string, Uint8Array>): void {
    replaceWithJson(this.document, json, buffers, this.originOf(connection))
    connection.known.addAll(this.document.models.values())
    connection.hasDocument = true
  }

  applyClientPatch(connection: ServerConnection, content: unknown, buffers: ReadonlyMap<string, Uint8Array>): void {
    const created = this.document.applyPatch(content, buffers, this.originOf(connection))
    // the sender has the models it created
    connection.known.addAll(created)
  }

  originOf(connection: ServerConnection): Origin {
    return clientOrigin(this, connection)
  }

  // ---- pending writes (LockHost)

  private onDocumentChange = (event: DocumentChangedEvent): void => {
    if (event instanceof SessionCallbackAdded) return this.scheduler.add(event.callback)
    if (event instanceof SessionCallbackRemoved) return this.scheduler.remove(event.callback)
    if (!isPatchEvent(event)) return
    // the tripwire of spec §9.4; the write guard normally refused (or opened a task) already
    if (!this.lock.heldByCurrent()) this.lock.checkWrite(() => `The document of session ${this.shortId}`)
    const receivers = this.receivers()
    // nobody to tell: a connection that pulls later gets a snapshot
    if (receivers.length === 0) return
    if (this.builder == null) {
      this.builder = new PatchBuilder({ binary: true, known: knownToAll(receivers.map((c) => c.known)) })
    }
    this.builder.add(event)
    const origin = event.origin
    if (origin.kind === "client" && origin.session === this) this.originators.add(origin.connection as ServerConnection)
    this.lock.writeQueued()
  }

  // Sends the batch collected so far: serialized once, the same frames for every connection.
  flush(): void {
    const builder = this.builder
    if (builder == null) return
    this.builder = null
    const originators = [...this.originators]
    this.originators.clear()
    if (builder.length === 0) return
    const receivers = this.receivers()
    let shared: Message | null = null
    let emitted: ReadonlySet<Model> | null = null
    for (const connection of receivers) {
      if (originators.includes(connection)) {
        const own = builder.build({ skip: (o) => o.kind === "client" && o.connection === connection })
        if (own.content.events.length > 0) connection.send(messages.patchDoc(own.content, own.buffers))
        connection.known.addAll(own.emitted)
        continue
      }
      if (shared == null) {
        const all = builder.build()
        shared = messages.patchDoc(all.content, all.buffers)
        emitted = all.emitted
      }
      connection.send(shared)
      connection.known.addAll(emitted!)
    }
  }

  private receivers(): ServerConnection[] {
    const out: ServerConnection[] = []
    for (const connection of this.connections) if (connection.hasDocument && connection.open) out.push(connection)
    return out
  }

  // ---- session callbacks (CallbackRunner)

  async runCallback(callback: SessionCallback): Promise<void> {
    const label = `${callback.kind} callback ${callback.id}`
    try {
      if (callback.nolock) {
        if (callback.cancelled || this._destroyed) return
        this.document.callbackStarted(callback)
        const context = { lock: null, owner: this, document: this.document, unlocked: true, label }
        trackedTaskStarted(this)
        try {
          await runInTask(context, callback.callback)
        } finally {
          trackedTaskEnded(this)
        }
        return
      }
      await this.lock.run(label, () => {
        // removed while it waited for the lock: it does not run (deviation Q11)
        if (callback.cancelled) return
        this.document.callbackStarted(callback)
        return callback.callback()
      }, { tracked: true })
    } catch (error) {
      this.logCallbackError(label, error)
    }
  }

  callbackFailed(what: string, error: unknown): void {
    this.logCallbackError(what, error)
  }

  private logCallbackError(what: string, error: unknown): void {
    logger.error(`error in ${what} of app ${this.appName}, session ${this.shortId}: ${describeError(error)}`)
  }

  // ---- tracked tasks (LockHost): busy counting lives in state/busy.ts

  taskStarted(): void {
    trackedTaskStarted(this)
  }

  taskEnded(): void {
    trackedTaskEnded(this)
  }

  // ---- lifetime

  // Stops timers, turns queued work into no-ops and destroys the document. The caller runs
  // the app's onSessionDestroyed hooks afterwards.
  destroy(): void {
    if (this._destroyed) return
    this._destroyed = true
    this.scheduler.stop()
    this.lock.destroy()
    this.flush()
    for (const connection of [...this.connections]) connection.close(4010, "session destroyed")
    this.document.removeOnChange(this.onDocumentChange)
    this.document.destroy()
  }
}
