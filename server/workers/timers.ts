// The runners' timers: unref'd (a waiting runner never keeps the process alive), started
// outside any session task, and counted, so tests can see that none outlives its runner.
import { clearTimeout, setTimeout } from "node:timers"
import { outsideTasks } from "../session/task_context.ts"

type Timer = ReturnType<typeof setTimeout>

const live = new Set<Timer>()

export function liveTimerCount(): number {
  return live.size
}

export function startTimer(fn: () => void, ms: number): Timer {
  const timer: Timer = outsideTasks(() => setTimeout(() => {
    live.delete(timer)
    fn()
  }, ms))
  timer.unref()
  live.add(timer)
  return timer
}

export function stopTimer(timer: Timer | null): void {
  if (timer == null) return
  clearTimeout(timer)
  live.delete(timer)
}
