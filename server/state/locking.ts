// Running code in a session's task queue from anywhere (spec document.md §14.4, §14.9, §17
// rule 2): execute() for one session, updateSessions() for every session of an app, withLock()
// for callbacks that must run as tasks, unlocked() to send a task's changes right away.
import { RuntimeError, ValueError, type Document } from "../../document/index.ts"
import { currentSessionContext, type SessionContext } from "../context.ts"
import { currentTask } from "../session/task_context.ts"
import { contextOf, describe, logError, type SessionTarget } from "./current.ts"
import { runningApps } from "./registry.ts"

// Runs `fn(doc)` as a task of a session, in order with its other tasks (busy while it runs).
// The session: `target`, or the current one. Resolves with `fn`'s result, or rejects with its
// error (which is also logged, so a call nobody awaits still reports it). Resolves undefined
// on a destroyed session, and at once when called from a task of the same session: that task
// holds the lock, so `fn` runs after it and cannot be waited for there.
export function execute<T>(fn: (doc: Document) => T | Promise<T>, target?: SessionTarget): Promise<Awaited<T> | undefined> {
  if (typeof fn !== "function") throw new ValueError(`execute expects a function, got ${describe(fn)}`)
  let context: SessionContext | null
  if (target === undefined) {
    context = currentSessionContext()
    if (context == null) {
      throw new RuntimeError("execute(fn) outside a session needs the session to run in: execute(fn, sessionContext) (or a Document)")
    }
  } else {
    context = contextOf(target)
  }
  return queue(context, "execute()", () => fn(context.document))
}

// Wraps `fn` so that each call runs as a task of the session (the one current when it was
// wrapped, else the one current at the call), e.g. an async UI event handler that changes
// models after its awaits: `button.onEvent("button_click", withLock(async () => { … }))`.
export function withLock<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<Awaited<R> | undefined> {
  if (typeof fn !== "function") throw new ValueError(`withLock expects a function, got ${describe(fn)}`)
  const wrapped = currentSessionContext()
  return (...args: A) => {
    const context = wrapped ?? currentSessionContext()
    if (context == null) {
      throw new RuntimeError("a withLock function was called outside any session, and was not made inside one either")
    }
    return queue(context, `withLock ${fn.name || "(anonymous)"}`, () => fn(...args))
  }
}

// Runs the synchronous `fn` inside the current task with its changes held, then sends them to
// the browsers at once as one message, instead of when the task ends: for the intermediate
// states of a long async task. Outside a session it just runs `fn`.
export function unlocked<T>(fn: () => T): T {
  if (typeof fn !== "function") throw new ValueError(`unlocked expects a function, got ${describe(fn)}`)
  const context = currentSessionContext()
  const session = context?.session
  if (context == null || session == null) return fn()
  if (!session.lock.heldByCurrent()) {
    throw new RuntimeError("unlocked() must run inside a task of its session (an event handler, a callback, execute()); use execute(fn) to make one")
  }
  const result = context.document.batch(fn)
  session.flush()
  return result
}

// Runs `fn(doc, sessionContext)` on every live session of the app served at `appPath` (over
// every running server in this process), each as a task of its own session. Resolves with the
// results in session order (undefined where `fn` failed: errors are logged).
export async function updateSessions<T>(
  appPath: string, fn: (doc: Document, context: SessionContext) => T | Promise<T>,
): Promise<Array<Awaited<T> | undefined>> {
  if (typeof appPath !== "string") throw new ValueError(`updateSessions expects an app path such as "/myapp", got ${describe(appPath)}`)
  if (typeof fn !== "function") throw new ValueError(`updateSessions expects a function, got ${describe(fn)}`)
  const path = appPath.startsWith("/") ? appPath : `/${appPath}`
  const apps = runningApps(path)
  if (apps.length === 0) throw new ValueError(`no running server serves an app at '${path}'`)
  const contexts = apps.flatMap((app) => app.sessions)
  const results = await Promise.allSettled(contexts.map((context) => queue(context, "updateSessions()", () => fn(context.document, context))))
  return results.map((r) => r.status === "fulfilled" ? r.value : undefined)
}

function queue<T>(context: SessionContext, label: string, fn: () => T | Promise<T>): Promise<Awaited<T> | undefined> {
  if (context.destroyed) return Promise.resolve(undefined)
  const session = context.session
  let done: Promise<Awaited<T> | undefined>
  if (session == null) {
    // the app is still building the document: the first task once the session exists
    done = new Promise((resolve, reject) => {
      context.document.addNextTickCallback(async () => {
        try {
          resolve(await fn())
        } catch (error) {
          reject(error)
        }
      })
    })
  } else {
    const ownTask = currentTask()?.lock === session.lock
    done = session.lock.run(label, fn, { tracked: true })
    if (ownTask) {
      done.catch((error: unknown) => logError(context, label, error))
      return Promise.resolve(undefined)
    }
  }
  // logged here, and a rejection nobody handles does not take the process down
  done.catch((error: unknown) => logError(context, label, error))
  return done
}
