// Runs a session's next-tick, timeout and periodic callbacks (spec document.md §8). Each run
// is a task on the session's queue unless the callback was marked no-lock. Periodic callbacks
// keep absolute deadlines and never overlap themselves: a run starts at
// max(previous start + period, previous end).
import { clearImmediate, clearTimeout, setImmediate, setTimeout } from "node:timers"
import { performance } from "node:perf_hooks"
import type { PeriodicCallback, SessionCallback, TimeoutCallback } from "../../document/index.ts"

export interface CallbackRunner {
  // runs one invocation (locked or not); settles when the callback has finished
  runCallback(callback: SessionCallback): Promise<void>
}

type Timer = { kind: "immediate"; handle: ReturnType<typeof setImmediate> } | { kind: "timeout"; handle: ReturnType<typeof setTimeout> }

export class CallbackScheduler {
  private readonly timers = new Map<string, Timer>()
  private stopped = false

  constructor(private readonly runner: CallbackRunner) {}

  get size(): number {
    return this.timers.size
  }

  add(callback: SessionCallback): void {
    if (this.stopped || this.timers.has(callback.id)) return
    switch (callback.kind) {
      case "next_tick":
        this.timers.set(callback.id, { kind: "immediate", handle: setImmediate(() => this.fireOnce(callback)) })
        break
      case "timeout":
        this.setTimer(callback, (callback as TimeoutCallback).timeout, () => this.fireOnce(callback))
        break
      case "periodic": {
        const periodic = callback as PeriodicCallback
        this.schedulePeriodic(periodic, performance.now() + periodic.period)
        break
      }
    }
  }

  remove(callback: SessionCallback): void {
    const timer = this.timers.get(callback.id)
    if (timer == null) return
    this.timers.delete(callback.id)
    clear(timer)
  }

  stop(): void {
    this.stopped = true
    for (const timer of this.timers.values()) clear(timer)
    this.timers.clear()
  }

  private setTimer(callback: SessionCallback, delay: number, fn: () => void): void {
    this.timers.set(callback.id, { kind: "timeout", handle: setTimeout(fn, Math.max(0, delay)) })
  }

  private fireOnce(callback: SessionCallback): void {
    this.timers.delete(callback.id)
    void this.runner.runCallback(callback)
  }

  private schedulePeriodic(callback: PeriodicCallback, deadline: number): void {
    this.setTimer(callback, deadline - performance.now(), () => {
      if (this.stopped || callback.cancelled || !this.timers.has(callback.id)) return
      // keep the entry while running, so remove() during the run stops the next one
      void this.runner.runCallback(callback).then(() => {
        if (this.stopped || callback.cancelled || !this.timers.has(callback.id)) return
        // deadlines stay on the grid (a late timer does not shift the next run), but a run
        // that overran its period starts the next one at its end: no overlap, no catch-up
        this.schedulePeriodic(callback, Math.max(deadline + callback.period, performance.now()))
      })
    })
  }
}

function clear(timer: Timer): void {
  if (timer.kind === "immediate") clearImmediate(timer.handle)
  else clearTimeout(timer.handle)
}
