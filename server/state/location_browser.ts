// The browser half of Location. BokehJS 3.10 has no Location model, and pages must run the
// unmodified BokehJS, so the link is built from its own parts:
//
// - a carrier root: a CustomJS model that is never run. It has no view, so BokehJS renders
//   nothing for it (and counts it idle at once). Each side owns one of its properties, so the
//   two never overwrite each other: the server writes `args` (what it wants the URL to be), the
//   browser writes `tags` (what the URL is).
// - one CustomJS script, run on document_ready and whenever `args` changes: it applies the
//   server's wish with history.pushState/replaceState (or navigates, when `reload`), listens
//   to popstate and hashchange, and reports window.location into `tags`.
//
// Each wish carries a sequence number and each report the number of the last wish the browser
// applied, so a report that crossed a newer wish on the wire is recognised as stale.
import { CustomJS, type Document } from "../../document/index.ts"

export type WritableField = "pathname" | "search" | "hash"
export type HistoryMode = "push" | "replace"

// What the browser reports: window.location's parts and the last wish it applied.
export interface BrowserReport {
  readonly seq: number
  readonly protocol: string
  readonly hostname: string
  readonly port: string
  readonly pathname: string
  readonly search: string
  readonly hash: string
}

export const CARRIER_NAME = "bokeh_ts_location"

// Runs in the page with `loc` = the carrier. Keeps its own state on the carrier's JS object.
const SCRIPT = `
const state = loc.__bokeh_ts_location ??= { seq: -1, listening: false }
const report = () => {
  const l = window.location
  loc.tags = [{ seq: state.seq, protocol: l.protocol, hostname: l.hostname, port: l.port,
                pathname: l.pathname, search: l.search, hash: l.hash }]
}
if (!state.listening) {
  state.listening = true
  window.addEventListener("popstate", report)
  window.addEventListener("hashchange", report)
}
const wish = loc.args
if (wish.seq !== state.seq) {
  // the first wish is applied in place: the page was just loaded with it
  const first = state.seq < 0
  state.seq = wish.seq
  const l = window.location
  const set = wish.set ?? {}
  const url = (set.pathname ?? l.pathname) + (set.search ?? l.search) + (set.hash ?? l.hash)
  if (url !== l.pathname + l.search + l.hash) {
    if (wish.reload) {
      const sameDocument = (set.pathname ?? l.pathname) === l.pathname && (set.search ?? l.search) === l.search
      if (sameDocument) {
        history.replaceState(history.state, "", url)
        l.reload()
      } else {
        l.assign(url)
      }
      return
    }
    if (first || wish.history === "replace") history.replaceState(history.state, "", url)
    else history.pushState(history.state, "", url)
  }
}
report()
`

export class LocationBridge {
  readonly carrier: CustomJS
  private seq = 0

  // Adds the carrier to `doc` and calls `onReport` with each report the browser sends.
  constructor(doc: Document, onReport: (report: unknown) => void, options: { pulled: boolean }) {
    this.carrier = new CustomJS({ name: CARRIER_NAME, code: "", args: wish(0, {}, false, "replace") })
    const script = new CustomJS({ args: { loc: this.carrier }, code: SCRIPT })
    this.carrier.jsOnChange("args", script)
    this.carrier.onChange("tags", (_attr, _old, value) => onReport(Array.isArray(value) ? value[0] : value))
    doc.jsOnEvent("document_ready", script)
    doc.addRoot(this.carrier)
    // a page that already has the document runs no document_ready script for this: a new
    // wish starts the script there
    if (options.pulled) this.send({}, false, "replace")
  }

  get lastSeq(): number {
    return this.seq
  }

  // Asks the browser to show these URL parts (the fields the server has set so far).
  send(set: Partial<Record<WritableField, string>>, reload: boolean, history: HistoryMode): void {
    const next = this.seq + 1
    this.carrier.args = wish(next, set, reload, history)
    this.seq = next
  }
}

function wish(seq: number, set: Partial<Record<WritableField, string>>, reload: boolean, history: HistoryMode): Record<string, unknown> {
  return { seq, set: { ...set }, reload, history }
}

// The report as sent, checked: null when it is not one (a wrong shape is ignored, not thrown
// into the client's patch).
export function parseReport(value: unknown): BrowserReport | null {
  if (value == null || typeof value !== "object") return null
  const r = value as Record<string, unknown>
  if (typeof r.seq !== "number") return null
  for (const key of ["protocol", "hostname", "port", "pathname", "search", "hash"]) {
    if (typeof r[key] !== "string") return null
  }
  return r as unknown as BrowserReport
}
