// A queue of tasks one session hands to its own worker thread (seed 001, "session thread").
// The worker sees only the task's data; the runner's state (last result, error, tasks left,
// status) lives on the main thread, and watchers see it from inside the session's queue, where
// they may set model properties. The runner stops with its session.
import { Column, Div } from "../../document/index.ts"
import { currentSessionContext, type SessionContext } from "../context.ts"
import { describeError, logger } from "../logger.ts"
import { outsideTasks } from "../session/task_context.ts"
import { assertPlainData } from "./plain_data.ts"
import { enqueueInSession } from "./session_queue.ts"
import { describeValue } from "./describe.ts"
import { WorkerHost, type CallOptions, type WorkerFunctionRef } from "./worker_host.ts"

export interface SessionTaskRunnerOptions {
  // the function that processes one task: it gets the task, its return value is the result
  readonly worker: WorkerFunctionRef
  // the session; by default the one of the code creating the runner
  readonly context?: SessionContext
}

export type RunnerWatcher<R> = (runner: R) => void

export const QUEUE_EMPTY = "The queue is empty"

// the runners not yet stopped, for leak checks
const liveRunners = new Set<SessionTaskRunner<any, any>>()

export class SessionTaskRunner<Task = unknown, Result = unknown> {
  static get liveCount(): number {
    return liveRunners.size
  }

  readonly context: SessionContext
  private readonly host: WorkerHost
  private _value: Result | undefined = undefined
  private _exception: Error | null = null
  private _tasks = 0
  private _completed = 0
  private _stopped = false
  private readonly watchers = new Set<RunnerWatcher<this>>()
  private publishQueued = false
  private readonly unhookDestroyed: () => void

  constructor(options: SessionTaskRunnerOptions) {
    if (options == null || typeof options !== "object") {
      throw new TypeError("new SessionTaskRunner({ worker: { module: new URL('./work.ts', import.meta.url), export: 'name' } }) expected")
    }
    const context = options.context ?? currentSessionContext()
    if (context == null) {
      throw new Error("a SessionTaskRunner belongs to a session: create it in app code, a callback or an event handler " +
        "of that session, or pass { context }")
    }
    if (context.destroyed) throw new Error(`session ${context.id} was destroyed; a SessionTaskRunner cannot be started for it`)
    this.context = context
    this.host = new WorkerHost(options.worker)
    this.unhookDestroyed = context.onDestroyed(() => this.stop())
    liveRunners.add(this)
  }

  // the last task's result (the previous result stays when a task fails)
  get value(): Result | undefined {
    return this._value
  }

  // the last task's error, or null when it succeeded
  get exception(): Error | null {
    return this._exception
  }

  // tasks appended and not finished: waiting, plus the one being processed
  get tasks(): number {
    return this._tasks
  }

  // tasks finished (successfully or not)
  get completed(): number {
    return this._completed
  }

  get status(): string {
    if (this._stopped) return "Stopped"
    const n = this._tasks
    return n === 0 ? QUEUE_EMPTY : `Processing: ${n} item${n === 1 ? "" : "s"} left.`
  }

  get stopped(): boolean {
    return this._stopped
  }

  // the worker function, as messages name it
  get label(): string {
    return this.host.label
  }

  // Queues a task: plain data (checked now; it is cloned for the worker at once, so later
  // changes to it do not reach the worker). Returns the number of tasks left.
  append(task: Task, options: Pick<CallOptions, "transfer"> = {}): number {
    if (this._stopped) throw new Error(`this SessionTaskRunner (${this.label}) was stopped${this.context.destroyed ? " with its session" : ""}`)
    assertPlainData(task, "the task")
    // the worker's reply must not run in the caller's task: that task is over by then
    const call = outsideTasks(() => this.host.call<Result>([task], { transfer: options.transfer }))
    this._tasks++
    this.publish()
    outsideTasks(() => call.then(
      (result) => this.settle(result, null),
      (error: unknown) => this.settle(undefined, error instanceof Error ? error : new Error(String(error))),
    ))
    return this._tasks
  }

  // Calls `fn(runner)` from a task of the session's queue after the state changed (appended,
  // started, finished); changes close together are seen once, in their latest state. Returns
  // the function that removes the watcher.
  onChange(fn: RunnerWatcher<this>): () => void {
    if (typeof fn !== "function") throw new TypeError(`onChange expects a function, got ${typeof fn}`)
    if (this._stopped) return () => {}
    this.watchers.add(fn)
    return () => { this.watchers.delete(fn) }
  }

  // Two Divs bound to the runner: the status line and the last result (or error). `format`
  // turns the value into the second line's text.
  view(options: { format?: (value: Result | undefined) => string } = {}): Column {
    const format = options.format ?? ((value: Result | undefined) => `Last result: ${describeValue(value)}`)
    const text = () => this._exception != null ? `Last error: ${this._exception.name}: ${this._exception.message}` : format(this._value)
    // plain text: a result is data, never markup
    const status = new Div({ text: this.status, renderAsText: true })
    const result = new Div({ text: text(), renderAsText: true })
    this.onChange(() => {
      status.text = this.status
      result.text = text()
    })
    return new Column({ children: [status, result] })
  }

  // Terminates the worker, drops the waiting tasks and the watchers. Runs by itself when the
  // session is destroyed.
  async stop(): Promise<void> {
    if (this._stopped) return
    this._stopped = true
    this._tasks = 0
    this.watchers.clear()
    this.unhookDestroyed()
    liveRunners.delete(this)
    await this.host.terminate()
  }

  private settle(result: Result | undefined, error: Error | null): void {
    if (this._stopped) return
    this._tasks--
    this._completed++
    if (error == null) this._value = result
    this._exception = error
    if (error != null) logger.debug(`task of ${this.label} failed: ${describeError(error)}`)
    this.publish()
  }

  private publish(): void {
    if (this.publishQueued || this.watchers.size === 0) return
    this.publishQueued = true
    enqueueInSession(this.context, `SessionTaskRunner(${this.label}) update`, () => {
      this.publishQueued = false
      if (this._stopped) return
      for (const fn of [...this.watchers]) {
        try {
          fn(this)
        } catch (error) {
          logger.error(`error in a watcher of SessionTaskRunner(${this.label}), session ${this.context.id}: ${describeError(error)}`)
        }
      }
    })
  }
}
