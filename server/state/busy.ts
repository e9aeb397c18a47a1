// Busy: a count of the tracked tasks running per session (client changes and UI events,
// session callbacks, execute, onload), plus the count over the whole process (what Panel's
// `state.busy` is). Counted in the tasks' start and `finally` (spec document.md §17 rule 11);
// a destroyed session's count leaves the process total at once, so a task that never settles
// cannot keep the process busy forever.
//
// Listeners run inside a task of their session, so they may change models: right away when
// busy flips inside one of its tasks (the lock then sends that change before the task's own
// work, so a browser sees "busy" even during a long synchronous callback), queued otherwise.
import { ValueError, type Model } from "../../document/index.ts"
import { SessionContext, observeSessions } from "../context.ts"
import { observeTrackedTasks } from "../session/tracking.ts"
import { describe, inSessionTask, logError, requireSession } from "./current.ts"

export type BusyListener = (busy: boolean) => unknown

interface SessionBusy {
  count: number
  // a tracked task ended while another waited in the queue: the count stayed on for it, so
  // busy does not flicker off between a click and the job it queued
  carry: number
  readonly listeners: Set<Delivery>
}

// one listener as one session sees it: the value it last got, so queued deliveries that run
// after busy flipped back and forth do not repeat themselves
interface Delivery {
  readonly fn: BusyListener
  last: boolean | null
}

const sessions = new WeakMap<SessionContext, SessionBusy>()
const processListeners = new Set<BusyListener>()
let processCount = 0

function stateOf(context: SessionContext): SessionBusy {
  let found = sessions.get(context)
  if (found == null) {
    found = { count: 0, carry: 0, listeners: new Set() }
    sessions.set(context, found)
  }
  return found
}

observeTrackedTasks({
  started(session) {
    const context = SessionContext.of(session.document)
    if (context == null || session.destroyed) return
    const busy = stateOf(context)
    if (busy.carry > 0) {
      busy.carry -= 1
      return
    }
    busy.count += 1
    processCount += 1
    if (busy.count === 1) notifySession(context, busy)
    if (processCount === 1) notifyProcess(true)
  },
  ended(session) {
    const context = SessionContext.of(session.document)
    const busy = context == null ? undefined : sessions.get(context)
    // after a destroy the count was already taken out of the total
    if (busy == null || busy.count === 0 || session.destroyed) return
    if (busy.count === 1 && session.lock.queuedTracked > busy.carry) {
      busy.carry += 1
      return
    }
    busy.count -= 1
    processCount -= 1
    if (busy.count === 0) notifySession(context!, busy)
    if (processCount === 0) notifyProcess(false)
  },
})

observeSessions({
  destroyed(context) {
    const busy = sessions.get(context)
    if (busy == null) return
    sessions.delete(context)
    busy.listeners.clear()
    busy.carry = 0
    if (busy.count === 0) return
    processCount -= busy.count
    busy.count = 0
    if (processCount === 0) notifyProcess(false)
  },
})

// Is a tracked task of this session running?
export function sessionBusy(context: SessionContext): boolean {
  return (sessions.get(context)?.count ?? 0) > 0
}

// Is a tracked task of any session in this process running?
export function processBusy(): boolean {
  return processCount > 0
}

// Calls `fn(busy)` whenever the current session's busy flips; returns the unsubscribe. The
// listener runs in a task of the session (see the top of this file).
export function onBusyChange(fn: BusyListener, context: SessionContext = requireSession("onBusyChange")): () => void {
  if (typeof fn !== "function") throw new ValueError(`onBusyChange expects a function, got ${describe(fn)}`)
  const delivery: Delivery = { fn, last: null }
  if (context.destroyed) return () => {}
  const listeners = stateOf(context).listeners
  listeners.add(delivery)
  return () => { listeners.delete(delivery) }
}

// Calls `fn(busy)` whenever the process-wide busy flips, synchronously and outside any session
// (change a session's models from it through execute()). Returns the unsubscribe.
export function onProcessBusyChange(fn: BusyListener): () => void {
  if (typeof fn !== "function") throw new ValueError(`onProcessBusyChange expects a function, got ${describe(fn)}`)
  processListeners.add(fn)
  return () => { processListeners.delete(fn) }
}

export interface BindBusyOptions {
  // "session" (default): this session's busy; "process": any session's
  readonly scope?: "session" | "process"
}

// Keeps `model[prop]` at `values.busy` while busy and `values.idle` otherwise, e.g. a Div's
// text or a Toggle's active. Both values are checked against the property first. Returns a
// function that ends the binding (also ended when the session is destroyed).
export function bindBusy(
  model: Model, prop: string, values: { readonly busy: unknown; readonly idle: unknown }, options: BindBusyOptions = {},
): () => void {
  const context = requireSession("bindBusy")
  if (values == null || !("busy" in values) || !("idle" in values)) {
    throw new ValueError(`bindBusy expects values {busy, idle}, got ${describe(values)}`)
  }
  model.checkValue(prop, values.busy)
  model.checkValue(prop, values.idle)
  const scope = options.scope ?? "session"
  if (scope !== "session" && scope !== "process") {
    throw new ValueError(`bindBusy scope must be "session" or "process", got ${describe(scope)}`)
  }
  const current = scope === "session" ? () => sessionBusy(context) : processBusy
  const apply = () => { model.setValue(prop, current() ? values.busy : values.idle) }
  inSessionTask(context, "bindBusy", apply)
  if (scope === "session") return onBusyChange(apply, context)
  // the process flips outside any session: each flip becomes a task of this one
  const unsubscribe = onProcessBusyChange(() => inSessionTask(context, "bindBusy", apply))
  const unregister = context.onDestroyed(unsubscribe)
  return () => {
    unsubscribe()
    unregister()
  }
}

// How many listeners are registered (for tests: a destroyed session must leave none behind).
export function busyListenerCount(context?: SessionContext): number {
  if (context == null) return processListeners.size
  return sessions.get(context)?.listeners.size ?? 0
}

function notifySession(context: SessionContext, busy: SessionBusy): void {
  for (const delivery of [...busy.listeners]) {
    inSessionTask(context, "busy listener", () => {
      const value = busy.count > 0
      if (delivery.last === value) return
      delivery.last = value
      return delivery.fn(value)
    })
  }
}

function notifyProcess(value: boolean): void {
  for (const fn of [...processListeners]) {
    try {
      fn(value)
    } catch (error) {
      logError(null, "a process busy listener", error)
    }
  }
}
