// Location: the browser URL of a session's page, readable and settable from app code (spec
// document.md §14.2). Made lazily, once per session, the first time `state.location` is read.
// It starts from the request that created the session (the server knows the path and the
// query, not the hash) and follows the browser's reports from then on; see
// location_browser.ts for how the two sides talk.
import { AttributeError, ValueError, type Model } from "../../document/index.ts"
import type { SessionContext } from "../context.ts"
import { describe, logError } from "./current.ts"
import { LocationBridge, parseReport, type HistoryMode, type WritableField } from "./location_browser.ts"
import { syncModel, unsyncModel, type SyncOptions, type SyncSpec } from "./location_sync.ts"

export type LocationField = "protocol" | "hostname" | "port" | WritableField

export interface LocationChange {
  readonly field: LocationField
  readonly old: string
  readonly value: string
}

// `changes` all happened at once; `origin` says who made them.
export type LocationListener = (changes: readonly LocationChange[], origin: "server" | "browser") => void

export interface UpdateOptions {
  // "push" (default) adds a browser history entry, "replace" rewrites the current one
  readonly history?: HistoryMode
}

type QueryValue = string | number | boolean | null | undefined

const FIELDS: readonly LocationField[] = ["protocol", "hostname", "port", "pathname", "search", "hash"]
const locations = new WeakMap<SessionContext, Location>()

// The session's Location, made on first use.
export function locationOf(context: SessionContext): Location {
  let location = locations.get(context)
  if (location == null) {
    location = new Location(context)
    locations.set(context, location)
  }
  return location
}

export class Location {
  private readonly values: Record<LocationField, string>
  private _reload = false
  // the fields server code has set: only those are ever pushed to the browser, so the
  // server's guesses (a path seen behind a proxy, the unknown hash) never overwrite the URL
  private readonly setByServer = new Set<WritableField>()
  private readonly listeners = new Set<LocationListener>()
  private readonly bridge: LocationBridge

  /** @internal */ constructor(readonly context: SessionContext) {
    this.values = fromRequest(context)
    // a client that already holds the document misses the document_ready script added now
    const pulled = [...context.session?.connections ?? []].some((connection) => connection.hasDocument)
    this.bridge = new LocationBridge(context.document, (report) => this.fromBrowser(report), { pulled: pulled })
  }

  // ---- read-only parts: the browser's

  get href(): string {
    const { protocol, hostname, port, pathname, search, hash } = this.values
    return `${protocol}//${hostname}${port === "" ? "" : `:${port}`}${pathname}${search}${hash}`
  }

  set href(_value: string) {
    throw readOnly("href", "it is made of the other parts: set pathname, search or hash")
  }

  get protocol(): string {
    return this.values.protocol
  }

  set protocol(_value: string) {
    throw readOnly("protocol", "a page cannot change it without leaving the app")
  }

  get hostname(): string {
    return this.values.hostname
  }

  set hostname(_value: string) {
    throw readOnly("hostname", "a page cannot change it without leaving the app")
  }

  get port(): string {
    return this.values.port
  }

  set port(_value: string) {
    throw readOnly("port", "a page cannot change it without leaving the app")
  }

  // ---- writable parts

  get pathname(): string {
    return this.values.pathname
  }

  set pathname(value: string) {
    this.update({ pathname: value })
  }

  // "" or "?a=1&b=2"
  get search(): string {
    return this.values.search
  }

  set search(value: string) {
    this.update({ search: value })
  }

  // "" or "#section"
  get hash(): string {
    return this.values.hash
  }

  set hash(value: string) {
    this.update({ hash: value })
  }

  // Whether the browser loads the new URL (a new session) instead of only showing it.
  get reload(): boolean {
    return this._reload
  }

  set reload(value: boolean) {
    if (typeof value !== "boolean") throw new ValueError(`Location.reload must be a boolean, got ${describe(value)}`)
    this._reload = value
  }

  // The query as name → value (the first value of a repeated name).
  get query(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [name, value] of new URLSearchParams(this.values.search)) if (!Object.hasOwn(out, name)) out[name] = value
    return out
  }

  // Sets several parts at once (one browser history entry). Every value is checked before
  // anything changes.
  update(fields: Partial<Record<WritableField, string>>, options: UpdateOptions = {}): void {
    const history = options.history ?? "push"
    if (history !== "push" && history !== "replace") {
      throw new ValueError(`history must be "push" or "replace", got ${describe(history)}`)
    }
    const next: Partial<Record<WritableField, string>> = {}
    for (const [field, value] of Object.entries(fields) as Array<[string, unknown]>) {
      if (value === undefined) continue
      next[checkField(field)] = normalize(field as WritableField, value)
    }
    const changed = (Object.keys(next) as WritableField[]).filter((field) => next[field] !== this.values[field])
    if (changed.length === 0) return
    const set: Partial<Record<WritableField, string>> = {}
    for (const field of new Set([...this.setByServer, ...changed])) set[field] = next[field] ?? this.values[field]
    // the carrier first: if the session refuses the write, nothing here changed either
    this.bridge.send(set, this._reload, history)
    for (const field of changed) this.setByServer.add(field)
    this.commit(changed.map((field) => ({ field, old: this.values[field], value: next[field]! })), "server")
  }

  // Merges `values` into the query: a string, number or boolean sets the name, null or
  // undefined removes it. `?a=1` then updateQuery({b: "c"}) gives `?a=1&b=c`.
  updateQuery(values: Readonly<Record<string, QueryValue>>, options: UpdateOptions = {}): void {
    if (values == null || typeof values !== "object") throw new ValueError(`updateQuery expects an object of query values, got ${describe(values)}`)
    const params = new URLSearchParams(this.values.search)
    for (const [name, value] of Object.entries(values)) {
      if (value == null) {
        params.delete(name)
      } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        params.set(name, String(value))
      } else {
        throw new ValueError(`updateQuery: the value of '${name}' must be a string, number, boolean or null, got ${describe(value)}`)
      }
    }
    const query = params.toString()
    this.update({ search: query === "" ? "" : `?${query}` }, options)
  }

  // Calls `listener(changes, origin)` after parts changed, from the server or the browser.
  // Returns the unsubscribe.
  onChange(listener: LocationListener): () => void {
    if (typeof listener !== "function") throw new ValueError(`Location.onChange expects a function, got ${describe(listener)}`)
    this.listeners.add(listener)
    return () => { this.listeners.delete(listener) }
  }

  // Keeps model properties and query parameters equal: `sync(slider, ["value"])` or
  // `sync(slider, {value: "freq"})`. The URL's values are applied first (a shared link
  // restores the state), then the model's current values are written into the query.
  sync(model: Model, spec: SyncSpec, options: SyncOptions = {}): void {
    syncModel(this, model, spec, options)
  }

  // Stops syncing `props` of `model` (all of them when omitted) and removes their parameters
  // from the query.
  unsync(model: Model, props?: readonly string[]): void {
    unsyncModel(this, model, props)
  }

  // ---- the browser's side

  private fromBrowser(value: unknown): void {
    const report = parseReport(value)
    if (report == null) {
      logError(this.context, "Location", new ValueError(`ignored a malformed location report from the browser: ${describe(value)}`))
      return
    }
    // it crossed a newer wish of ours: a fresh report follows once the browser applied it
    if (report.seq < this.bridge.lastSeq) return
    const changes: LocationChange[] = []
    for (const field of FIELDS) {
      const value = report[field]
      if (value !== this.values[field]) changes.push({ field, old: this.values[field], value })
    }
    this.commit(changes, "browser")
  }

  private commit(changes: readonly LocationChange[], origin: "server" | "browser"): void {
    if (changes.length === 0) return
    for (const change of changes) this.values[change.field] = change.value
    for (const listener of [...this.listeners]) listener(changes, origin)
  }
}

function checkField(field: string): WritableField {
  if (field === "pathname" || field === "search" || field === "hash") return field
  if ((FIELDS as readonly string[]).includes(field) || field === "href") throw readOnly(field, "set pathname, search or hash")
  throw new ValueError(`Location has no field '${field}'; the writable ones are pathname, search and hash`)
}

// Checks a writable part; the browser reports "?" and "#" alone as "", so they become "".
function normalize(field: WritableField, value: unknown): string {
  if (typeof value !== "string") throw new ValueError(`Location.${field} must be a string, got ${describe(value)}`)
  switch (field) {
    case "pathname":
      if (!value.startsWith("/") || /[?#]/.test(value)) {
        throw new ValueError(`Location.pathname must start with '/' and hold no '?' or '#', got ${JSON.stringify(value)}`)
      }
      return value
    case "search":
      if (value !== "" && (!value.startsWith("?") || value.includes("#"))) {
        throw new ValueError(`Location.search must be empty or start with '?' (and hold no '#'), got ${JSON.stringify(value)}`)
      }
      return value === "?" ? "" : value
    case "hash":
      if (value !== "" && !value.startsWith("#")) {
        throw new ValueError(`Location.hash must be empty or start with '#', got ${JSON.stringify(value)}`)
      }
      return value === "#" ? "" : value
  }
}

function readOnly(field: string, hint: string): AttributeError {
  return new AttributeError(`Location.${field} is read-only: ${hint}`)
}

// What the server can tell from the request: scheme and host from the headers (a proxy's
// X-Forwarded-* first), path and query from the URL. The hash never reaches a server.
function fromRequest(context: SessionContext): Record<LocationField, string> {
  const request = context.request
  const header = (name: string) => {
    const key = Object.keys(request.headers).find((h) => h.toLowerCase() === name)
    return key == null ? "" : request.headers[key]!.split(",")[0]!.trim()
  }
  const proto = header("x-forwarded-proto") || "http"
  const host = header("x-forwarded-host") || header("host")
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host)
  const params = new URLSearchParams()
  for (const [name, values] of Object.entries(request.arguments)) for (const value of values) params.append(name, value)
  const query = params.toString()
  // a session made by a websocket client (bokeh.client) only knows the websocket's path
  const path = request.path.endsWith("/ws") ? request.path.slice(0, -3) || "/" : request.path || "/"
  return {
    protocol: `${proto.replace(/:$/, "")}:`,
    hostname: match?.[1] ?? "",
    port: match?.[2] ?? "",
    pathname: path,
    search: query === "" ? "" : `?${query}`,
    hash: "",
  }
}
