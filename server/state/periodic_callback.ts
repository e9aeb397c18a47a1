// Panel-style periodic callbacks (spec document.md §14.7): a handle with a changeable `period`,
// a `counter`, a settable `running`, and stops after `count` runs or `timeout` ms. Inside a
// session each run is a session callback (a task of its queue, busy while it runs, stopped
// with the session); outside one it runs in the process scheduler. Either way a run never
// overlaps the previous one (deviation Q13): the next starts at max(previous start + period,
// previous end).
import { clearTimeout, setTimeout } from "node:timers"
import { performance } from "node:perf_hooks"
import {
  RuntimeError, ValueError, isNoLock,
  type Model, type PeriodicCallback as SessionPeriodic,
} from "../../document/index.ts"
import { currentSessionContext, type SessionContext } from "../context.ts"
import { outsideTasks } from "../session/task_context.ts"
import { describe, inSessionTask, logError } from "./current.ts"

export interface PeriodicOptions {
  // stop after this many runs
  readonly count?: number | null
  // stop once this many ms passed since start()
  readonly timeout?: number | null
  // start now (default true)
  readonly start?: boolean
}

export type RunningListener = (running: boolean) => void

export class PeriodicCallback {
  private _period: number
  private _counter = 0
  private _running = false
  private startedAt = 0
  // a run is going on: a restart (new period, stop/start) must not start a second one beside it
  private inFlight = false
  private readonly listeners = new Set<RunningListener>()
  // inside a session: the session callback record; outside: the process timer
  private record: SessionPeriodic | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private unregisterDestroy: (() => void) | null = null
  readonly count: number | null
  readonly timeout: number | null

  // `context` null: the process scheduler (the callback belongs to no session)
  constructor(
    readonly callback: () => unknown, period: number, options: PeriodicOptions = {},
    readonly context: SessionContext | null = currentSessionContext(),
  ) {
    if (typeof callback !== "function") throw new ValueError(`addPeriodicCallback expects a function, got ${describe(callback)}`)
    this._period = checkPositive("period", period)
    this.count = options.count == null ? null : checkCount(options.count)
    this.timeout = options.timeout == null ? null : checkPositive("timeout", options.timeout)
    if (options.start ?? true) this.start()
  }

  get period(): number {
    return this._period
  }

  // A new period applies from the next run; the counter and the timeout clock carry on.
  set period(value: number) {
    const period = checkPositive("period", value)
    if (period === this._period) return
    this._period = period
    if (!this._running) return
    this.unschedule()
    this.schedule(false)
  }

  // runs since the last start()
  get counter(): number {
    return this._counter
  }

  get running(): boolean {
    return this._running
  }

  set running(value: boolean) {
    if (typeof value !== "boolean") throw new ValueError(`PeriodicCallback.running must be a boolean, got ${describe(value)}`)
    if (value === this._running) return
    if (value) this.start()
    else this.stop()
  }

  start(): void {
    if (this._running) throw new RuntimeError("this periodic callback is already running; stop() it first")
    if (this.context?.destroyed === true) throw new RuntimeError("the session of this periodic callback was destroyed")
    this._counter = 0
    this.startedAt = performance.now()
    this._running = true
    if (this.context != null) this.unregisterDestroy = this.context.onDestroyed(() => this.halt())
    this.schedule(true)
    this.notify()
  }

  stop(): void {
    if (!this._running) return
    this.halt()
  }

  // Calls `listener(running)` whenever it starts or stops. Returns the unsubscribe.
  onRunningChange(listener: RunningListener): () => void {
    if (typeof listener !== "function") throw new ValueError(`onRunningChange expects a function, got ${describe(listener)}`)
    this.listeners.add(listener)
    return () => { this.listeners.delete(listener) }
  }

  // Links `running` and a boolean property both ways (a Toggle's `active`, a Checkbox's
  // `active`): the widget starts and stops the callback, and shows when it stopped by itself.
  // Returns the unlink.
  link(model: Model, prop = "active"): () => void {
    model.checkValue(prop, true)
    const context = this.context ?? currentSessionContext()
    const show = (running: boolean) => {
      const apply = () => { model.setValue(prop, running) }
      if (context == null) apply()
      else inSessionTask(context, "PeriodicCallback.link", apply)
    }
    show(this._running)
    const fromModel = (_attr: string, _old: unknown, value: unknown) => { this.running = value === true }
    model.onChange(prop, fromModel)
    const unsubscribe = this.onRunningChange(show)
    return () => {
      unsubscribe()
      model.removeOnChange(prop, fromModel)
    }
  }

  // ---- scheduling

  private schedule(first: boolean): void {
    const context = this.context
    if (context == null) {
      // the process flavour runs the first time at once
      this.arm(first ? 0 : this._period)
      return
    }
    const doc = context.document
    this.record = doc.addPeriodicCallback(() => this.tick(), this._period, { nolock: isNoLock(this.callback) })
  }

  private unschedule(): void {
    const record = this.record
    this.record = null
    if (record != null && !record.cancelled && this.context?.destroyed !== true) {
      try {
        this.context!.document.removePeriodicCallback(record)
      } catch { /* already gone with its document */ }
    }
    if (this.timer != null) clearTimeout(this.timer)
    this.timer = null
  }

  private arm(delay: number): void {
    this.timer = outsideTasks(() => setTimeout(() => {
      this.timer = null
      const started = performance.now()
      void this.tick().finally(() => {
        if (this._running && this.timer == null) this.arm(Math.max(0, started + this._period - performance.now()))
      })
    }, delay))
    this.timer.unref?.()
  }

  private async tick(): Promise<void> {
    if (!this._running || this.inFlight) return
    this.inFlight = true
    this._counter += 1
    try {
      if (this.context == null) {
        try {
          await this.callback()
        } catch (error) {
          logError(null, "a periodic callback", error)
        }
      } else {
        // an error reaches the session, which logs it with the app and session
        await this.callback()
      }
    } finally {
      this.inFlight = false
      const timedOut = this.timeout != null && performance.now() - this.startedAt >= this.timeout
      if (this._running && (timedOut || (this.count != null && this._counter >= this.count))) this.halt()
    }
  }

  private halt(): void {
    this._running = false
    this.unschedule()
    this.unregisterDestroy?.()
    this.unregisterDestroy = null
    this.notify()
  }

  private notify(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(this._running)
      } catch (error) {
        logError(this.context, "a PeriodicCallback running listener", error)
      }
    }
  }
}

// Runs `fn` every `period` ms, in the current session (or the process scheduler outside one).
export function addPeriodicCallback(fn: () => unknown, period = 500, options: PeriodicOptions = {}): PeriodicCallback {
  return new PeriodicCallback(fn, period, options)
}

function checkPositive(what: string, value: unknown): number {
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
    throw new ValueError(`${what} must be a positive number of milliseconds, got ${describe(value)}`)
  }
  return value
}

function checkCount(value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new ValueError(`count must be a positive integer, got ${describe(value)}`)
  }
  return value
}
