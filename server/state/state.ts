// `state`: what app code asks about its session, in the manner of Panel's `pn.state`. Every
// getter reads the session of the code running now from the task context (spec document.md
// §17 rule 9): the same module-level object gives each session its own answers, across awaits.
// Outside a session the request-derived values are empty; what needs a session says so.
import { ValueError, type Document } from "../../document/index.ts"
import { SessionContext, currentSessionContext, observeSessions } from "../context.ts"
import { curdoc } from "../curdoc.ts"
import { bindBusy, onBusyChange, onProcessBusyChange, processBusy, sessionBusy } from "./busy.ts"
import { asCached, cache } from "./cache.ts"
import { requireSession, describe } from "./current.ts"
import { locationOf, type Location } from "./location.ts"
import { execute, unlocked, updateSessions, withLock } from "./locking.ts"
import { deferLoad, loaded, onload } from "./onload.ts"
import { addPeriodicCallback } from "./periodic_callback.ts"
import { cancelTask, scheduleTask } from "./scheduler.ts"

const EMPTY = Object.freeze({})

export const state = {
  // the current session's document (the unlocked view inside a no-lock callback)
  get curdoc(): Document {
    return curdoc()
  },

  // the current session's context, or null outside a session
  get sessionContext(): SessionContext | null {
    return currentSessionContext()
  },

  // the page request's query arguments as raw bytes, e.g. `?phase=0.5` → {phase: [bytes]}
  get sessionArgs(): Readonly<Record<string, readonly Uint8Array[]>> {
    return currentSessionContext()?.request.argumentBytes ?? EMPTY
  },

  // the same arguments decoded as UTF-8: `state.args.phase?.[0]`
  get args(): Readonly<Record<string, readonly string[]>> {
    return currentSessionContext()?.request.arguments ?? EMPTY
  },

  get cookies(): Readonly<Record<string, string>> {
    return currentSessionContext()?.request.cookies ?? EMPTY
  },

  get headers(): Readonly<Record<string, string>> {
    return currentSessionContext()?.request.headers ?? EMPTY
  },

  // the browser URL of the session's page (see location.ts); made on first use
  get location(): Location {
    return locationOf(requireSession("state.location"))
  },

  // true while a tracked task of the current session runs (outside a session: of any session)
  get busy(): boolean {
    const context = currentSessionContext()
    return context == null ? processBusy() : sessionBusy(context)
  },

  // true while a tracked task of any session in this process runs
  get processBusy(): boolean {
    return processBusy()
  },

  // the page rendered and the onload callbacks ran
  get loaded(): boolean {
    return loaded()
  },

  onBusyChange,
  onProcessBusyChange,
  bindBusy,
  onload,
  deferLoad,

  // Runs `fn(context)` after the current session is destroyed; outside a session, after every
  // session is destroyed. Returns the unsubscribe.
  onSessionDestroyed(fn: (context: SessionContext) => unknown): () => void {
    if (typeof fn !== "function") throw new ValueError(`onSessionDestroyed expects a function, got ${describe(fn)}`)
    const context = currentSessionContext()
    if (context != null) return context.onDestroyed(fn)
    return observeSessions({ destroyed: fn })
  },

  cache,
  asCached,
  addPeriodicCallback,
  scheduleTask,
  cancelTask,
  execute,
  withLock,
  unlocked,
  updateSessions,
}
