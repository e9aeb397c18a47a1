// One worker per key per process, called every `seconds`, whose latest result every
// subscribed session receives (seed 001, "global thread"). `new GlobalTaskRunner(key, …)` with
// a key already running returns that runner, so apps may create it in every session and still
// start one worker. Sessions are only ever touched through their own queues.
import { performance } from "node:perf_hooks"
import { Column, Div } from "../../document/index.ts"
import { currentSessionContext, type SessionContext } from "../context.ts"
import { describeError, logger } from "../logger.ts"
import { outsideTasks } from "../session/task_context.ts"
import { describeValue } from "./describe.ts"
import { enqueueInSession } from "./session_queue.ts"
import { startTimer, stopTimer } from "./timers.ts"
import { WorkerError } from "./errors.ts"
import { assertPlainData } from "./plain_data.ts"
import { WorkerHost, type WorkerFunctionRef } from "./worker_host.ts"

export interface GlobalTaskRunnerOptions {
  // the function called every `seconds`; its return value is the runner's value
  readonly worker: WorkerFunctionRef
  // the period, start to start (default 1; at least 0.001). A call that takes longer delays
  // the next one: calls never overlap.
  readonly seconds?: number
  // the arguments of every call (plain data)
  readonly args?: readonly unknown[]
}

export type GlobalSubscriber<V> = (value: V | undefined, runner: GlobalTaskRunner<V>) => void

interface Subscription<V> {
  readonly context: SessionContext
  readonly fn: GlobalSubscriber<V>
  // a delivery task is waiting in the session's queue: it will read the latest value
  queued: boolean
  unhook: () => void
}

// how late a short-period runner may fall and still make up its missed calls: timers fire a
// millisecond or two late, which would otherwise cost a 1 ms period a third of its calls
const CATCH_UP_MS = 20

const registry = new Map<string, GlobalTaskRunner<any>>()

export class GlobalTaskRunner<V = unknown> {
  // the runner of `key`, or null
  static get<V = unknown>(key: string): GlobalTaskRunner<V> | null {
    return registry.get(key) ?? null
  }

  static get keys(): string[] {
    return [...registry.keys()]
  }

  // Stops and forgets every runner.
  static async removeAll(): Promise<void> {
    await Promise.all([...registry.values()].map((runner) => runner.remove()))
  }

  readonly key!: string
  private readonly host!: WorkerHost
  private readonly args!: readonly unknown[]
  private periodMs = 1000
  private _value: V | undefined = undefined
  private _exception: Error | null = null
  private _calls = 0
  private _removed = false
  private readonly subscriptions = new Set<Subscription<V>>()
  private readonly listeners = new Set<(runner: GlobalTaskRunner<V>) => void>()
  // when the current period started (monotonic ms), and how to cut the wait short
  private due = 0
  private timer: ReturnType<typeof startTimer> | null = null
  private wake: ((changed: boolean) => void) | null = null
  private readonly stopped!: Promise<void>

  constructor(key: string, options: GlobalTaskRunnerOptions) {
    if (typeof key !== "string" || key === "") throw new TypeError(`a GlobalTaskRunner key must be a non-empty string, got ${String(key)}`)
    if (options == null || typeof options !== "object") {
      throw new TypeError("new GlobalTaskRunner(key, { worker: { module, export }, seconds }) expected")
    }
    const existing = registry.get(key)
    if (existing != null) {
      // the same key is the same runner; a different function under it is a mistake
      if (!existing.host.sameFunction(options.worker)) {
        throw new Error(`GlobalTaskRunner "${key}" already runs ${existing.host.label}; remove() it before running another function under that key`)
      }
      return existing
    }
    const args = options.args ?? []
    assertPlainData(args, `the arguments of GlobalTaskRunner "${key}"`)
    this.key = key
    this.args = args
    this.host = new WorkerHost(options.worker)
    this.seconds = options.seconds ?? 1
    registry.set(key, this)
    // the loop belongs to no session, whichever one created the runner
    this.stopped = outsideTasks(() => this.loop())
    logger.debug(`GlobalTaskRunner "${key}" started (${this.host.label} every ${this.seconds} s)`)
  }

  // the last successful result
  get value(): V | undefined {
    return this._value
  }

  // the last call's error, or null when it succeeded
  get exception(): Error | null {
    return this._exception
  }

  // calls finished (results and errors)
  get calls(): number {
    return this._calls
  }

  get removed(): boolean {
    return this._removed
  }

  // subscriptions now (a session may hold several: its view and its own)
  get subscribers(): number {
    return this.subscriptions.size
  }

  // sessions subscribed now
  get sessionCount(): number {
    return new Set([...this.subscriptions].map((s) => s.context)).size
  }

  get seconds(): number {
    return this.periodMs / 1000
  }

  // Takes effect at once: a wait in progress is re-timed from the start of its period.
  set seconds(seconds: number) {
    if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0.001) {
      throw new RangeError(`GlobalTaskRunner "${this.key}": seconds must be a finite number ≥ 0.001, got ${String(seconds)}`)
    }
    this.periodMs = seconds * 1000
    this.wake?.(true)
  }

  // Calls `fn(value, runner)` in a task of the current session (or `context`'s) after every
  // call of the worker, and once soon when a value exists already. A session that falls
  // behind gets one task with the latest value, not a backlog. Ends when the session is
  // destroyed; returns the function that ends it sooner.
  subscribe(fn: GlobalSubscriber<V>, options: { context?: SessionContext } = {}): () => void {
    if (typeof fn !== "function") throw new TypeError(`subscribe expects a function, got ${typeof fn}`)
    const context = options.context ?? currentSessionContext()
    if (context == null) {
      throw new Error(`GlobalTaskRunner "${this.key}".subscribe() delivers to a session: call it from app code or a callback ` +
        "of that session, or pass { context }; use onResult() to listen outside sessions")
    }
    if (this._removed || context.destroyed) return () => {}
    const subscription: Subscription<V> = { context, fn, queued: false, unhook: () => {} }
    const unsubscribe = () => {
      this.subscriptions.delete(subscription)
      subscription.unhook()
    }
    subscription.unhook = context.onDestroyed(unsubscribe)
    this.subscriptions.add(subscription)
    if (this._calls > 0) this.deliver(subscription)
    return unsubscribe
  }

  // Calls `fn(runner)` on the main thread, outside any session, after every call of the
  // worker (for logging, metrics, feeding non-session consumers). Returns the remover.
  onResult(fn: (runner: GlobalTaskRunner<V>) => void): () => void {
    if (typeof fn !== "function") throw new TypeError(`onResult expects a function, got ${typeof fn}`)
    this.listeners.add(fn)
    return () => { this.listeners.delete(fn) }
  }

  // Two Divs bound to the runner in the current session: the last result and the last error
  // (hidden while there is none).
  view(options: { format?: (value: V | undefined) => string; context?: SessionContext } = {}): Column {
    const format = options.format ?? ((value: V | undefined) => `Last result: ${describeValue(value)}`)
    const result = new Div({ text: format(this._value), renderAsText: true })
    const exception = new Div({ text: "", renderAsText: true, visible: false })
    this.subscribe((value) => {
      result.text = format(value)
      exception.visible = this._exception != null
      exception.text = this._exception == null ? "" : `Last exception: ${this._exception.name}: ${this._exception.message}`
    }, options)
    return new Column({ children: [result, exception] })
  }

  // Stops the worker and drops the runner from the registry (a later `new` with its key starts
  // a new one). Subscriptions end.
  async remove(): Promise<void> {
    if (!this._removed) {
      this._removed = true
      if (registry.get(this.key) === this) registry.delete(this.key)
      stopTimer(this.timer)
      this.timer = null
      this.wake?.(false)
      for (const subscription of [...this.subscriptions]) subscription.unhook()
      this.subscriptions.clear()
      this.listeners.clear()
      await this.host.terminate()
      logger.debug(`GlobalTaskRunner "${this.key}" removed`)
    }
    await this.stopped
  }

  private async loop(): Promise<void> {
    this.due = performance.now()
    while (!this._removed) {
      try {
        this._value = await this.host.call<V>(this.args)
        this._exception = null
      } catch (error) {
        if (this._removed) return
        this._exception = error instanceof Error ? error : new WorkerError("Error", String(error))
        logger.debug(`GlobalTaskRunner "${this.key}": ${describeError(error)}`)
      }
      if (this._removed) return
      this._calls++
      this.publish()
      await this.waitForNextPeriod()
    }
  }

  // Periods are kept on schedule (a late timer is made up by starting the next call at once),
  // but a runner far behind (a blocked event loop) starts afresh instead of bursting.
  private async waitForNextPeriod(): Promise<void> {
    for (;;) {
      const next = this.due + this.periodMs
      const now = performance.now()
      if (next <= now) {
        this.due = now - next > Math.max(this.periodMs, CATCH_UP_MS) ? now : next
        return
      }
      const changed = await new Promise<boolean>((resolve) => {
        this.wake = resolve
        this.timer = startTimer(() => resolve(false), next - now)
      })
      stopTimer(this.timer)
      this.timer = null
      this.wake = null
      if (this._removed) return
      if (!changed) {
        this.due = next
        return
      }
    }
  }

  private publish(): void {
    for (const fn of [...this.listeners]) {
      try {
        fn(this)
      } catch (error) {
        logger.error(`error in an onResult listener of GlobalTaskRunner "${this.key}": ${describeError(error)}`)
      }
    }
    for (const subscription of this.subscriptions) this.deliver(subscription)
  }

  private deliver(subscription: Subscription<V>): void {
    if (subscription.queued) return
    subscription.queued = true
    enqueueInSession(subscription.context, `GlobalTaskRunner "${this.key}" update`, () => {
      subscription.queued = false
      if (!this.subscriptions.has(subscription)) return
      subscription.fn(this._value, this)
    })
  }
}
