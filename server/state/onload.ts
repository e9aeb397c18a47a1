// onload: work that waits until the browser has rendered the page. BokehJS sends the
// `document_ready` event once every root view is built and idle; the session then runs the
// queued callbacks in order, as one tracked task (busy while it runs), including callbacks
// queued by callbacks of the same pass, and only then sets `loaded` (spec document.md §14.5).
// A client that never renders (bokeh.client) never sends document_ready: nothing runs then.
import { Column, Div, ValueError, type Model } from "../../document/index.ts"
import { SessionContext, currentSessionContext, observeSessions } from "../context.ts"
import { describe, logError } from "./current.ts"

export type OnloadCallback = () => unknown

interface LoadState {
  // document_ready arrived
  ready: boolean
  // the onload queue drained after that
  loaded: boolean
  readonly queue: OnloadCallback[]
}

const states = new WeakMap<SessionContext, LoadState>()

// Every session listens for document_ready from its start: `loaded` must be right even when
// the first onload() comes later.
observeSessions({ created: (context) => { stateOf(context) } })

function stateOf(context: SessionContext): LoadState {
  let state = states.get(context)
  if (state == null) {
    const created: LoadState = { ready: false, loaded: false, queue: [] }
    state = created
    states.set(context, created)
    context.document.onEvent("document_ready", () => ready(context, created))
  }
  return state
}

// Did the onload callbacks run after the page rendered? False outside a session.
export function loaded(context: SessionContext | null = currentSessionContext()): boolean {
  return context != null && stateOf(context).loaded
}

// Runs `fn` once the current session's page has rendered: when it already has, as the next
// task of the session; without a session, right away.
export function onload(fn: OnloadCallback): void {
  if (typeof fn !== "function") throw new ValueError(`onload expects a function, got ${describe(fn)}`)
  const context = currentSessionContext()
  if (context == null) {
    runLogged(null, fn)
    return
  }
  const state = stateOf(context)
  if (!state.loaded) {
    state.queue.push(fn)
    return
  }
  // its own task, right behind the running one, so an async callback keeps the lock throughout
  void context.session?.lock.run("onload callback", () => runLogged(context, fn), { tracked: true })
}

export interface DeferLoadOptions {
  // shown until the content is built (default: a "Loading…" Div)
  readonly placeholder?: Model
  // the layout whose `children` hold the placeholder, then the content (default: a new Column)
  readonly layout?: Model
}

// A layout that shows a placeholder now and the result of `build()` once the page has
// rendered, so the page appears before slow content (a query, a large plot) is made.
export function deferLoad(build: () => Model | readonly Model[] | Promise<Model | readonly Model[]>, options: DeferLoadOptions = {}): Model {
  if (typeof build !== "function") throw new ValueError(`deferLoad expects a function that builds the content, got ${describe(build)}`)
  const placeholder = options.placeholder ?? new Div({ text: "Loading…" })
  const layout = options.layout ?? new Column()
  layout.setValue("children", [placeholder])
  onload(async () => {
    let content: Model | readonly Model[]
    try {
      content = await build()
    } catch (error) {
      layout.setValue("children", [new Div({ text: `Failed to load: ${error instanceof Error ? error.message : String(error)}` })])
      throw error
    }
    layout.setValue("children", Array.isArray(content) ? content : [content])
  })
  return layout
}

// How many onload callbacks wait (for tests).
export function pendingOnload(context: SessionContext): number {
  return stateOf(context).queue.length
}

function ready(context: SessionContext, state: LoadState): void {
  // a second tab, or a reconnect, of the same session
  if (state.ready) return
  state.ready = true
  const session = context.session
  if (session == null) return
  void session.lock.run("onload", () => drain(context, state), { tracked: true })
}

async function drain(context: SessionContext, state: LoadState): Promise<void> {
  while (state.queue.length > 0) await runLogged(context, state.queue.shift()!)
  state.loaded = true
}

async function runLogged(context: SessionContext | null, fn: OnloadCallback): Promise<void> {
  try {
    await fn()
  } catch (error) {
    logError(context, "an onload callback", error)
  }
}
