// What a hosting server session gives its document (set with `doc._setHost`): the document
// stays free of I/O and locks, and asks its host at the three points where they matter.
import type { TaskExecutor } from "./locked_callback.ts"

export interface SessionHost {
  // called before every mutation: throws when the change comes from outside the session's
  // task queue while another task holds the lock (or opens an implicit task when it is free)
  checkWrite(): void
  // queues a task on the session; doc.lockedCallback runs through it
  readonly execute: TaskExecutor
  // a promise a property or event callback returned joins the running task, which keeps the
  // lock until it settles; false when no task of the session is running
  adopt(pending: Promise<unknown>, what: string): boolean
}
