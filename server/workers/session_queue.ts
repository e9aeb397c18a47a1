// How worker results reach a document: as a task of the owning session's FIFO queue (spec
// document.md §17 rule 2), so they run one at a time with the clients' patches and callbacks.
import type { Document } from "../../document/index.ts"
import type { SessionContext } from "../context.ts"
import { describeError, logger } from "../logger.ts"

// Queues `fn` behind the session's running and waiting tasks (never inside the caller's own
// task). Before the session exists (app code still building the document) it becomes a
// next-tick callback, the session's first task once it starts; on a destroyed session it does
// nothing. Errors are logged, never thrown at the caller: the caller is a worker's reply,
// which has nobody to tell.
export function enqueueInSession(context: SessionContext, label: string, fn: (doc: Document) => unknown): void {
  if (context.destroyed) return
  const session = context.session
  if (session == null) {
    const doc = context.document
    doc.addNextTickCallback(() => fn(doc))
    return
  }
  session.lock.run(label, () => fn(session.document)).catch((error: unknown) => {
    logger.error(`error in ${label} of session ${session.shortId}: ${describeError(error)}`)
  })
}
