// Finding the session a state API works on, and running code in that session's queue.
import { Document, RuntimeError, ValueError } from "../../document/index.ts"
import { SessionContext, currentSessionContext } from "../context.ts"
import { describeError, logger } from "../logger.ts"
import { ServerSession } from "../session/server_session.ts"

// What may name a session: its context, its document, or the ServerSession itself.
export type SessionTarget = SessionContext | Document | ServerSession

export function contextOf(target: SessionTarget): SessionContext {
  if (target instanceof SessionContext) return target
  const doc = target instanceof ServerSession ? target.document : target instanceof Document ? target : null
  if (doc == null) {
    throw new ValueError(`expected a SessionContext, a Document or a ServerSession, got ${describe(target)}`)
  }
  const context = SessionContext.of(doc)
  if (context == null) throw new ValueError("this document does not belong to a server session")
  return context
}

// The current session's context, or a RuntimeError saying that `what` needs one.
export function requireSession(what: string): SessionContext {
  const context = currentSessionContext()
  if (context == null) {
    throw new RuntimeError(`${what} needs a session: call it from app code or a session's callback, or name the session explicitly`)
  }
  return context
}

// Runs `fn` as part of a task of the session: right away when the running code already holds
// the session's lock (or the session is still being built), otherwise queued behind the
// running task. Nothing runs on a destroyed session. Errors are logged.
export function inSessionTask(context: SessionContext, label: string, fn: () => unknown): void {
  if (context.destroyed) return
  const session = context.session
  if (session == null || session.lock.heldByCurrent()) {
    try {
      fn()
    } catch (error) {
      logError(context, label, error)
    }
    return
  }
  session.lock.run(label, fn).catch((error: unknown) => logError(context, label, error))
}

export function logError(context: SessionContext | null, what: string, error: unknown): void {
  const where = context == null ? "" : ` of app ${context.appPath}, session ${context.id.split(".")[0]!.slice(0, 10)}`
  logger.error(`error in ${what}${where}: ${describeError(error)}`)
}

export function describe(value: unknown): string {
  if (value === null) return "null"
  if (typeof value === "string") return JSON.stringify(value)
  if (typeof value === "object") return value.constructor?.name ?? "object"
  return `${typeof value} ${String(value)}`
}
