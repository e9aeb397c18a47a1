// What app code is given: the server context (hooks at start and stop) and the session
// context (each session's request, token and lifetime), as Bokeh's contexts.
import type { Document } from "../document/index.ts"
import type { RequestInfo } from "./http/request.ts"
import type { ServerSession } from "./session/server_session.ts"
import { runInTask } from "./session/task_context.ts"

export interface ServerContext {
  // "/" or "/name"
  readonly appPath: string
  // live sessions of this app
  readonly sessions: readonly SessionContext[]
}

export class SessionContext {
  private _session: ServerSession | null = null
  private _destroyed = false

  constructor(
    readonly id: string,
    readonly token: string,
    readonly tokenPayload: Readonly<Record<string, unknown>>,
    readonly request: RequestInfo,
    readonly server: ServerContext,
    // the document being built, then served; destroyed with the session
    readonly document: Document,
  ) {}

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

  /** @internal */ _markDestroyed(): void {
    this._destroyed = true
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
