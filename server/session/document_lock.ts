// The session's FIFO task queue and document lock (spec document.md §9, §17). Every change to
// a session's document runs as a task: one at a time, in arrival order, an async task keeping
// the lock until it settles. What a task changes is collected as pending writes and flushed
// (serialized once, sent in order) when it ends, and whenever the event loop turns while an
// async task awaits.
import { setImmediate } from "node:timers"
import { RuntimeError, type Document } from "../../document/index.ts"
import { currentTask, runInTask, type TaskContext } from "./task_context.ts"

export interface LockHost {
  readonly document: Document
  // sends the pending writes collected so far (no-op when there are none); also after a task
  // threw, since the server already applied its changes (deviation Q2)
  flush(): void
  // around a tracked task (see tracking.ts), inside it: before its body and in its `finally`
  taskStarted?(): void
  taskEnded?(): void
  // an adopted callback promise (see adopt) rejected
  callbackFailed?(what: string, error: unknown): void
}

export interface RunOptions {
  // counts as work done for users (busy), not protocol housekeeping
  readonly tracked?: boolean
}

interface Waiting {
  readonly label: string
  readonly fn: () => unknown
  readonly tracked: boolean
  readonly resolve: (value: unknown) => void
  readonly reject: (error: unknown) => void
}

interface Active {
  readonly context: TaskContext
  readonly tracked: boolean
  // a mutation made outside any task while the lock was free; ends at the next microtask
  readonly implicit: boolean
  async: boolean
  // promises returned by callbacks the task ran (async event handlers): the task waits for them
  readonly adopted: Promise<unknown>[]
}

export class DocumentLock {
  private readonly queue: Waiting[] = []
  private active: Active | null = null
  private pumping = false
  private flushScheduled = false
  private destroyed = false
  private trackedWaiting = 0

  constructor(private readonly host: LockHost) {}

  get busy(): boolean {
    return this.active != null || this.queue.length > 0
  }

  // tasks waiting behind the running one
  get queued(): number {
    return this.queue.length
  }

  // tracked tasks among them (busy stays on from one to the next)
  get queuedTracked(): number {
    return this.trackedWaiting
  }

  // Is the running code the task that holds this lock?
  heldByCurrent(): boolean {
    const active = this.active
    if (active == null) return false
    const task = currentTask()
    if (task === active.context) return true
    // code outside every task joins an open implicit task (same synchronous stretch)
    return active.implicit && (task == null || task.lock !== this)
  }

  // Queues `fn` as a task. Resolves with its result (undefined on a destroyed session).
  run<T>(label: string, fn: () => T | Promise<T>, options: RunOptions = {}): Promise<Awaited<T> | undefined> {
    if (this.destroyed) return Promise.resolve(undefined)
    return new Promise((resolve, reject) => {
      const tracked = options.tracked === true
      if (tracked) this.trackedWaiting++
      this.queue.push({ label, fn, tracked, resolve: resolve as (value: unknown) => void, reject })
      this.pump()
    })
  }

  // Like run(), for callers that would wait for the result: from inside the lock holder that
  // would deadlock, so it throws instead (spec §9.6).
  runAwaited<T>(label: string, fn: () => T | Promise<T>): Promise<Awaited<T> | undefined> {
    if (this.active != null && currentTask() === this.active.context) {
      throw new RuntimeError("document lock is not reentrant: this task already holds it; call the function directly, or schedule it with nextTick/execute without awaiting it")
    }
    return this.run(label, fn)
  }

  // A change from outside any task: joins the open task, opens an implicit one when the lock
  // is free, and otherwise refuses before anything changes.
  checkWrite(describe: () => string): void {
    if (this.heldByCurrent()) return
    if (this.active == null && this.queue.length === 0 && !this.destroyed) {
      this.openImplicit()
      return
    }
    const holder = this.active?.context.label ?? "a queued task"
    throw new RuntimeError(
      `${describe()} was changed outside its session's task queue while ${holder} holds the document lock. ` +
      "Schedule the change instead: doc.addNextTickCallback(fn), or execute(fn) on the session, " +
      "so it runs in order with the session's other tasks.",
    )
  }

  // Called when the first pending write of a batch appears: an async task flushes it when the
  // event loop turns, so `text = "started"; await work(); text = "done"` shows both.
  writeQueued(): void {
    if (this.flushScheduled || this.active == null || !this.active.async) return
    this.flushScheduled = true
    setImmediate(() => {
      this.flushScheduled = false
      if (this.active != null) this.host.flush()
    })
  }

  destroy(): void {
    this.destroyed = true
    // queued work becomes a no-op (spec §9.2 step 1)
    this.trackedWaiting = 0
    for (const waiting of this.queue.splice(0)) waiting.resolve(undefined)
  }

  private openImplicit(): void {
    const context = this.context("a change made outside any task")
    this.active = { context, implicit: true, async: false, tracked: false, adopted: [] }
    queueMicrotask(() => this.finish(context))
  }

  private context(label: string): TaskContext {
    return { lock: this, owner: this.host, document: this.host.document, unlocked: false, label }
  }

  private pump(): void {
    if (this.pumping) return
    this.pumping = true
    try {
      while (this.active == null && this.queue.length > 0) this.start(this.queue.shift()!)
    } finally {
      this.pumping = false
    }
  }

  private start(waiting: Waiting): void {
    if (waiting.tracked) this.trackedWaiting--
    const context = this.context(waiting.label)
    const active: Active = { context, implicit: false, async: false, tracked: waiting.tracked, adopted: [] }
    this.active = active
    let result: unknown
    let outcome: Promise<unknown>
    try {
      result = runInTask(context, () => {
        if (waiting.tracked) this.trackStart()
        return waiting.fn()
      })
      if (!isPromiseLike(result) && active.adopted.length === 0) {
        this.finish(context)
        waiting.resolve(result)
        return
      }
      outcome = Promise.resolve(result)
    } catch (error) {
      if (active.adopted.length === 0) {
        this.finish(context)
        waiting.reject(error)
        return
      }
      outcome = Promise.reject(error)
    }
    active.async = true
    // writes made before the first await go out when the loop turns
    this.writeQueued()
    outcome.then(
      (value) => this.drainAdopted(active).then(() => value),
      (error: unknown) => this.drainAdopted(active).then(() => { throw error }),
    ).then(
      (value) => {
        this.finish(context)
        waiting.resolve(value)
      },
      (error) => {
        this.finish(context)
        waiting.reject(error)
      },
    )
  }

  // A promise a callback of the running task returned (an async event handler): the task keeps
  // the lock until it settles, so the handler's changes after an await stay in order with the
  // session's other tasks. Its error is logged; it does not fail the task. False when the
  // caller is not the running task.
  adopt(pending: Promise<unknown>, what: string): boolean {
    const active = this.active
    if (active == null || active.implicit || currentTask() !== active.context) return false
    active.adopted.push(pending.catch((error: unknown) => this.host.callbackFailed?.(what, error)))
    return true
  }

  private async drainAdopted(active: Active): Promise<void> {
    while (active.adopted.length > 0) await Promise.all(active.adopted.splice(0))
  }

  // The task's own error goes to whoever queued it (its promise rejects).
  private finish(context: TaskContext): void {
    const active = this.active
    if (active?.context !== context) return
    try {
      // inside the task, so what it changes goes out with the task's last batch
      if (active.tracked && this.host.taskEnded != null) runInTask(context, () => this.host.taskEnded!())
    } finally {
      try {
        this.host.flush()
      } finally {
        this.active = null
      }
    }
    if (this.active == null && !this.pumping) this.pump()
  }

  // What a tracked task's start changed (a busy indicator) goes out before the task's body runs,
  // so a client sees it even when the body is one long synchronous stretch.
  private trackStart(): void {
    if (this.host.taskStarted == null) return
    this.host.taskStarted()
    this.host.flush()
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return value != null && typeof (value as { then?: unknown }).then === "function"
}
