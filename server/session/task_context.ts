// Which task, of which session, the running code belongs to. Carried by AsyncLocalStorage so
// it survives awaits (spec document.md §17 rules 8 and 9); there is no global "current
// document".
import { AsyncLocalStorage } from "node:async_hooks"
import type { Document } from "../../document/index.ts"

export interface TaskContext {
  // the lock this task holds, or null for code running outside the lock (no-lock callbacks,
  // app code building a document before its session exists)
  readonly lock: object | null
  // the session (or, during initialization, the document) the code belongs to
  readonly owner: object
  // what curdoc() gives: the document, or only its unlocked face (spec §9.5)
  readonly document: Document
  readonly unlocked: boolean
  readonly label: string
}

const storage = new AsyncLocalStorage<TaskContext>()

export function currentTask(): TaskContext | undefined {
  return storage.getStore()
}

export function runInTask<T>(context: TaskContext, fn: () => T): T {
  return storage.run(context, fn)
}

// Runs `fn` outside every task: what it starts (a worker, a timer, a loop) does not inherit the
// caller's task, whose session and lock are long gone when its events arrive.
export function outsideTasks<T>(fn: () => T): T {
  return storage.exit(fn)
}
