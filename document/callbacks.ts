// Session callback records (spec document.md §8). The document only keeps the books; the
// server session that hosts the document schedules and runs them.

export type CallbackFn = () => unknown

export type SessionCallbackKind = "next_tick" | "timeout" | "periodic"

let nextCallbackId = 0

export abstract class SessionCallback {
  abstract readonly kind: SessionCallbackKind
  readonly id: string = `cb${++nextCallbackId}`
  // set when removed; checked again when the callback actually starts (deviation Q11)
  cancelled = false
  // runs outside the document lock and sees only the unlocked document (spec §9.5)
  readonly nolock: boolean

  constructor(readonly callback: CallbackFn, options: { nolock?: boolean } = {}) {
    this.nolock = options.nolock ?? isNoLock(callback)
  }
}

export class NextTickCallback extends SessionCallback {
  readonly kind = "next_tick"
}

export class TimeoutCallback extends SessionCallback {
  readonly kind = "timeout"
  constructor(callback: CallbackFn, readonly timeout: number, options: { nolock?: boolean } = {}) {
    super(callback, options)
  }
}

export class PeriodicCallback extends SessionCallback {
  readonly kind = "periodic"
  constructor(callback: CallbackFn, readonly period: number, options: { nolock?: boolean } = {}) {
    super(callback, options)
  }
}

const NOLOCK = Symbol.for("bokeh-ts.nolock")

// Marks a callback to run without the document lock (Bokeh's `without_document_lock`).
export function withoutDocumentLock<F extends CallbackFn>(fn: F): F {
  ;(fn as unknown as Record<symbol, boolean>)[NOLOCK] = true
  return fn
}

export function isNoLock(fn: CallbackFn): boolean {
  return (fn as unknown as Record<symbol, boolean>)[NOLOCK] === true
}
