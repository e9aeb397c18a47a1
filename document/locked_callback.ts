// doc.lockedCallback(fn, {policy}): a function callable from anywhere (a timer, a promise
// continuation, a worker's message, another session) that runs `fn(...args)` as a task of the
// document's session, in order with its other tasks (spec document.md §17 rule 2).
import { ValueError } from "./errors.ts"
import { log } from "./logging.ts"

// How a hosting server session queues a task; the promise settles when the task has run.
export type TaskExecutor = (label: string, fn: () => unknown) => Promise<unknown>
export type LockedCallbackPolicy = "every" | "latest"

// `executor()` is read at each call: the session may attach after the callback was made.
// "every" runs once per call; "latest" keeps only the newest arguments of the calls made while
// a run waits for its turn, so a fast producer cannot flood a slow session. Without a session
// it runs directly; after the document is destroyed calls do nothing. The returned promise
// settles when the call was handled (or superseded); errors are logged, not thrown.
export function lockedCallback<A extends unknown[]>(
  executor: () => TaskExecutor | null | "destroyed", fn: (...args: A) => unknown, policy: LockedCallbackPolicy,
): (...args: A) => Promise<void> {
  if (typeof fn !== "function") throw new ValueError(`lockedCallback expects a function, got ${typeof fn}`)
  if (policy !== "every" && policy !== "latest") {
    throw new ValueError(`lockedCallback policy must be "every" or "latest", got ${JSON.stringify(policy)}`)
  }
  const label = `lockedCallback ${fn.name || "(anonymous)"}`
  // "latest": the arguments the queued (not yet started) run will take, and that run
  let waiting: { args: A; done: Promise<void> } | null = null
  return (...args: A): Promise<void> => {
    const run = executor()
    if (run === "destroyed") return Promise.resolve()
    if (run == null) return runReporting(label, () => fn(...args))
    if (policy === "every") return run(label, () => fn(...args)).then(noop, noop)
    if (waiting != null) {
      waiting.args = args
      return waiting.done
    }
    const entry: { args: A; done: Promise<void> } = { args, done: Promise.resolve() }
    waiting = entry
    entry.done = run(label, () => {
      // calls from now on queue a new run: this one has taken its arguments
      if (waiting === entry) waiting = null
      return fn(...entry.args)
    }).then(noop, noop).finally(() => { if (waiting === entry) waiting = null })
    return entry.done
  }
}

function noop(): void {}

async function runReporting(label: string, fn: () => unknown): Promise<void> {
  try {
    await fn()
  } catch (error) {
    log("error", `error in ${label}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
  }
}
