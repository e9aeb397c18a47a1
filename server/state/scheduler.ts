// Process-wide scheduled tasks (spec document.md §14.8): named, not tied to any session, for
// housekeeping such as refreshing a cache. scheduleTask is idempotent by name, so every
// session may call it. Timers are unref'd (a schedule never keeps the process alive) and start
// outside any session's context (a task must not see the session that scheduled it as
// curdoc); a task reaches sessions through execute() or updateSessions(). A run never
// overlaps the previous run of the same task: a slot that comes while it runs is skipped, as
// are slots missed while the process was busy. Errors are logged; the schedule continues.
import { clearTimeout, setTimeout } from "node:timers"
import { Cron } from "croner"
import { KeyError, ValueError } from "../../document/index.ts"
import { describeError, logger } from "../logger.ts"
import { outsideTasks } from "../session/task_context.ts"
import { describe } from "./current.ts"

export type TaskFunction = () => unknown

// When a task runs. The first run: `at` (a Date, epoch ms or date string), or at once when only
// `period`/`cron` is given. `at` may also be a list of times, or a function giving the next
// time after `now` (null ends the schedule).
export interface ScheduleOptions {
  readonly at?: Date | number | string | Iterable<Date | number | string> | ((now: Date) => Date | number | null)
  // ms, or a string with a unit: "500ms", "30s", "5m", "1h", "1d", "1w"
  readonly period?: number | string
  // a cron expression (croner's syntax, seconds field optional): "0 4 * * mon,fri"
  readonly cron?: string
}

interface Task {
  readonly name: string
  readonly fn: TaskFunction
  // the next time after the given one, or null when the schedule ends
  readonly next: (after: number) => number | null
  timer: ReturnType<typeof setTimeout> | null
  // the time the armed timer stands for
  due: number
  running: boolean
  // cancelTask(name, {wait: true}): one more run, then gone
  lastRun: boolean
}

// setTimeout's longest delay; later times are reached in steps
const MAX_DELAY = 2 ** 31 - 1
const tasks = new Map<string, Task>()

// Schedules `fn` under `name`. Calling it again with a name already scheduled does nothing
// (with a warning when the function differs).
export function scheduleTask(name: string, fn: TaskFunction, options: ScheduleOptions = {}): void {
  if (typeof name !== "string" || name === "") throw new ValueError(`scheduleTask expects a non-empty task name, got ${describe(name)}`)
  if (typeof fn !== "function") throw new ValueError(`scheduleTask expects a function, got ${describe(fn)}`)
  const existing = tasks.get(name)
  if (existing != null) {
    if (existing.fn !== fn) logger.warn(`scheduleTask: a task named '${name}' is already scheduled with another function; keeping the first`)
    return
  }
  const { first, next } = timing(options)
  const start = first(Date.now())
  if (start == null) return
  const task: Task = { name, fn, next, timer: null, due: start, running: false, lastRun: false }
  tasks.set(name, task)
  arm(task, start)
}

// Stops the task named `name`; with `wait`, after one more run.
export function cancelTask(name: string, options: { wait?: boolean } = {}): void {
  const task = tasks.get(name)
  if (task == null) {
    const known = [...tasks.keys()]
    throw new KeyError(`no task named '${name}' is scheduled${known.length > 0 ? ` (scheduled: ${known.join(", ")})` : ""}`)
  }
  if (options.wait === true) {
    task.lastRun = true
    return
  }
  remove(task)
}

// The names of the scheduled tasks.
export function scheduledTasks(): string[] {
  return [...tasks.keys()]
}

function remove(task: Task): void {
  if (tasks.get(task.name) === task) tasks.delete(task.name)
  if (task.timer != null) clearTimeout(task.timer)
  task.timer = null
}

function arm(task: Task, when: number): void {
  const delay = Math.max(0, when - Date.now())
  task.due = when
  task.timer = outsideTasks(() => setTimeout(() => {
    task.timer = null
    if (delay > MAX_DELAY) return arm(task, when)
    fire(task)
  }, Math.min(delay, MAX_DELAY)))
  task.timer.unref?.()
}

function fire(task: Task): void {
  if (tasks.get(task.name) !== task) return
  // the next slot is chosen before this run (a slow run cannot shift the schedule)
  // (after the slot itself: a timer may fire a little before the wall clock reaches it)
  const following = task.lastRun ? null : task.next(Math.max(Date.now(), task.due))
  if (following == null) tasks.delete(task.name)
  else arm(task, following)
  if (task.running) {
    logger.warn(`scheduled task '${task.name}' is still running: skipping this run`)
    return
  }
  task.running = true
  void (async () => {
    try {
      await task.fn()
    } catch (error) {
      logger.error(`error in scheduled task '${task.name}': ${describeError(error)}`)
    } finally {
      task.running = false
    }
  })()
}

// `first(now)`: the first run; `next(after)`: the run after a given time (both epoch ms).
function timing(options: ScheduleOptions): { first: (now: number) => number | null; next: (after: number) => number | null } {
  const { at, period, cron } = options
  const periodMs = period == null ? null : parsePeriod(period)
  if (cron != null) {
    if (periodMs != null) throw new ValueError("scheduleTask takes period or cron, not both")
    if (at != null && typeof at !== "number" && typeof at !== "string" && !(at instanceof Date)) {
      throw new ValueError("scheduleTask with cron takes `at` as one time (a Date, epoch ms or date string): the cron expression gives the rest")
    }
    const pattern = cronOf(cron)
    const next = (after: number) => pattern.nextRun(new Date(after))?.getTime() ?? null
    const from = at == null ? null : toTime(at)
    // the first run is the first cron time at or after `at` (after now when there is none)
    return { first: (now) => next(Math.max(now, from == null ? now : from - 1)), next }
  }
  if (at == null) {
    if (periodMs == null) throw new ValueError("scheduleTask needs at least one of at, period or cron")
    let origin = 0
    return { first: (now) => (origin = now), next: (after) => nextOnGrid(origin, periodMs, after) }
  }
  if (typeof at === "function") {
    if (periodMs != null) throw new ValueError("scheduleTask takes `at` as a function or a period, not both")
    const call = (after: number) => {
      const value = at(new Date(after))
      return value == null ? null : toTime(value)
    }
    return { first: call, next: call }
  }
  if (typeof at === "object" && !(at instanceof Date) && Symbol.iterator in at) {
    if (periodMs != null) throw new ValueError("scheduleTask takes a list of times or a period, not both")
    const iterator = at[Symbol.iterator]()
    const take = () => {
      const item = iterator.next()
      return item.done === true ? null : toTime(item.value)
    }
    return { first: take, next: take }
  }
  const start = toTime(at as Date | number | string)
  return {
    first: () => start,
    next: (after) => periodMs == null ? null : nextOnGrid(start, periodMs, after),
  }
}

// The first time origin + k·period (k ≥ 1) after `after`: missed slots (a start in the past, a
// busy process) are skipped, not caught up.
function nextOnGrid(origin: number, period: number, after: number): number {
  return origin + Math.max(1, Math.floor((after - origin) / period) + 1) * period
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }

export function parsePeriod(period: number | string): number {
  if (typeof period === "number") {
    if (period > 0 && Number.isFinite(period)) return period
  } else if (typeof period === "string") {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(period)
    if (match != null && Number(match[1]) > 0) return Number(match[1]) * UNITS[match[2]!]!
  }
  throw new ValueError(`period must be a positive number of ms or a string like "500ms", "30s", "5m", "1h", "1d", "1w"; got ${describe(period)}`)
}

function cronOf(expression: unknown): Cron {
  if (typeof expression !== "string") throw new ValueError(`cron must be a cron expression string, got ${describe(expression)}`)
  try {
    return new Cron(expression)
  } catch (error) {
    throw new ValueError(`invalid cron expression ${JSON.stringify(expression)}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function toTime(value: Date | number | string): number {
  const time = value instanceof Date ? value.getTime() : typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : NaN
  if (!Number.isFinite(time)) throw new ValueError(`a schedule time must be a Date, epoch ms or date string, got ${describe(value)}`)
  return time
}
