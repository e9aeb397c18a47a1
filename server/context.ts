// What app code is given: the server context (hooks at start and stop) and the session
// context (each session's request, token and lifetime), as Bokeh's contexts.
import type { Document } from "../document/index.ts"
import type { RequestInfo } from "./http/request.ts"
import type { ServerSession } from "./session/server_session.ts"
import { currentTask, runInTask } from "./session/task_context.ts"
import { describeError, logger } from "./logger.ts"

// Which session context a document belongs to: how session-scoped APIs (state, runners)
// find their session from the task context, with no global "current session".
const byDocument = new WeakMap<Document, SessionContext>()

// Process-wide observers of every session context: state/ tracks page loads and runs global
// on-destroyed callbacks through them.
export interface SessionObserver {
  // when the context is made, before the app fills the document
  created?(context: SessionContext): void
  // after the context's own on-destroyed callbacks
  destroyed?(context: SessionContext): unknown
}

const observers = new Set<SessionObserver>()

export function observeSessions(observer: SessionObserver): () => void {
  observers.add(observer)
  return () => { observers.delete(observer) }
}

// The session context of the code running now (app code, a callback, a session task), or null
// outside any session.
export function currentSessionContext(): SessionContext | null {
  const task = currentTask()
  return task == null ? null : (byDocument.get(task.document) ?? null)
}

export interface ServerContext {
  // "/" or "/name"
  readonly appPath: string
  // live sessions of this app
  readonly sessions: readonly SessionContext[]
}

export class SessionContext {
  private _session: ServerSession | null = null
  private _destroyed = false
  private readonly destroyListeners: Array<(context: SessionContext) => unknown> = []

  static of(doc: Document): SessionContext | null {
    return byDocument.get(doc) ?? null
  }

  constructor(
    readonly id: string,
    readonly token: string,
    readonly tokenPayload: Readonly<Record<string, unknown>>,
    readonly request: RequestInfo,
    readonly server: ServerContext,
    // the document being built, then served; destroyed with the session
    readonly document: Document,
  ) {
    byDocument.set(document, this)
    for (const observer of observers) observer.created?.(this)
  }

  get appPath(): string {
    return this.server.appPath
  }

  get session(): ServerSession | null {
    return this._session
  }

  get destroyed(): boolean {
    return this._destroyed
  }

  /** @internal */ _attach(session: ServerSession): void {
    this._session = session
  }

  // Runs `fn(context)` after the session is destroyed (after the document is gone, so it gets
  // no document access). Returns a function that unregisters it. Already destroyed: runs soon.
  onDestroyed(fn: (context: SessionContext) => unknown): () => void {
    if (this._destroyed) {
      queueMicrotask(() => { void this.runListener(fn) })
      return () => {}
    }
    this.destroyListeners.push(fn)
    return () => {
      const i = this.destroyListeners.indexOf(fn)
      if (i >= 0) this.destroyListeners.splice(i, 1)
    }
  }

  /** @internal */ async _markDestroyed(): Promise<void> {
    this._destroyed = true
    // each listener runs even when an earlier one failed
    for (const fn of this.destroyListeners.splice(0)) await this.runListener(fn)
    for (const observer of [...observers]) if (observer.destroyed != null) await this.runListener(() => observer.destroyed!(this))
  }

  private async runListener(fn: (context: SessionContext) => unknown): Promise<void> {
    try {
      await fn(this)
    } catch (error) {
      logger.warn(`error in a session-destroyed callback of session ${this.id}: ${describeError(error)}`)
    }
  }

  // Runs `fn` with the document locked (a session task). Before the session exists (in
  // onSessionCreated) it runs directly; after the session was destroyed it does nothing.
  async withLockedDocument<T>(fn: (doc: Document) => T | Promise<T>): Promise<Awaited<T> | undefined> {
    if (this._destroyed) return undefined
    if (this._session == null) {
      const context = { lock: null, owner: this.document, document: this.document, unlocked: false, label: "session creation" }
      return await runInTask(context, () => fn(this.document))
    }
    return this._session.withDocumentLocked(fn)
  }
}
