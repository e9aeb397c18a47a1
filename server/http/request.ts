// The HTTP request a session context exposes to app code (Python's `session_context.request`):
// query arguments, cookies and headers, built from a page request or, at websocket open, from
// the token payload minted for that page (spec protocol.md §2.3, §2.7).
import type { IncomingHttpHeaders } from "node:http"
import { isPlainObject, setOwn } from "../../document/util/plain.ts"
import { base64url, fromBase64url } from "../tokens.ts"

export interface RequestInfo {
  // query arguments, one entry per occurrence, UTF-8 decoded (invalid bytes become U+FFFD)
  readonly arguments: Readonly<Record<string, readonly string[]>>
  // the same values as the raw percent-decoded bytes (what Python's `request.arguments` holds)
  readonly argumentBytes: Readonly<Record<string, readonly Uint8Array[]>>
  readonly cookies: Readonly<Record<string, string>>
  // `Http-Header-Case` names as Tornado gives them; repeated headers joined with ","
  readonly headers: Readonly<Record<string, string>>
  // path of the request this was built from (the page, or `<app>/ws`), without the query
  readonly path: string
  readonly remoteIp: string | null
}

// The parts of a Node IncomingMessage used here (koa's ctx.req, or a websocket upgrade request).
export interface HttpRequestLike {
  readonly url?: string | undefined
  readonly headers: IncomingHttpHeaders
  readonly rawHeaders?: readonly string[]
  readonly socket?: { readonly remoteAddress?: string | undefined } | null
}

// `--include-headers` / `--exclude-headers` / `--include-cookies` / `--exclude-cookies`
export interface PayloadOptions {
  readonly includeHeaders?: readonly string[] | null
  readonly excludeHeaders?: readonly string[] | null
  readonly includeCookies?: readonly string[] | null
  readonly excludeCookies?: readonly string[] | null
}

export interface WireBytes {
  readonly bytes: string
}

// The extra payload a page request puts in its token, JSON-ready.
export interface RequestPayload {
  headers: Record<string, string>
  cookies: Record<string, string>
  arguments: Record<string, WireBytes[]>
  [key: string]: unknown
}

const SESSION_ID_ARG = "bokeh-session-id"

export function requestFromHttp(req: HttpRequestLike): RequestInfo {
  const url = req.url ?? "/"
  const q = url.indexOf("?")
  const path = q < 0 ? url : url.slice(0, q)
  const argumentBytes: Record<string, Uint8Array[]> = {}
  if (q >= 0) {
    for (const [name, value] of parseQuery(url.slice(q + 1))) {
      const list = Object.hasOwn(argumentBytes, name) ? argumentBytes[name]! : []
      if (list.length === 0) setOwn(argumentBytes, name, list)
      list.push(value)
    }
  }
  const headers = headersFrom(req)
  const cookieHeader = req.headers.cookie
  return {
    arguments: decodeArguments(argumentBytes),
    argumentBytes,
    cookies: cookieHeader === undefined ? {} : parseCookies(cookieHeader),
    headers,
    path,
    remoteIp: req.socket?.remoteAddress ?? null,
  }
}

export function validatePayloadOptions(options: PayloadOptions): void {
  if (options.includeHeaders != null && options.excludeHeaders != null) {
    throw new Error("include-headers and exclude-headers are mutually exclusive")
  }
  if (options.includeCookies != null && options.excludeCookies != null) {
    throw new Error("include-cookies and exclude-cookies are mutually exclusive")
  }
}

// The token payload for a page request (§2.3). Header and cookie lists compare
// case-insensitively for headers and exactly for cookies.
export function tokenPayloadFor(request: RequestInfo, options: PayloadOptions = {}): RequestPayload {
  validatePayloadOptions(options)
  const lower = (list: readonly string[]) => new Set(list.map((h) => h.toLowerCase()))
  const incH = options.includeHeaders == null ? null : lower(options.includeHeaders)
  const excH = options.excludeHeaders == null ? null : lower(options.excludeHeaders)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    const key = name.toLowerCase()
    if ((incH === null || incH.has(key)) && !(excH?.has(key) ?? false)) setOwn(headers, name, value)
  }
  const incC = options.includeCookies == null ? null : new Set(options.includeCookies)
  const excC = options.excludeCookies == null ? null : new Set(options.excludeCookies)
  const cookies: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.cookies)) {
    if ((incC === null || incC.has(name)) && !(excC?.has(name) ?? false)) setOwn(cookies, name, value)
  }
  // the Cookie header is rebuilt from `cookies` when the session context is made (§2.7)
  if (Object.keys(cookies).length > 0 && !(incH?.has("cookie") ?? false)) {
    for (const name of Object.keys(headers)) if (name.toLowerCase() === "cookie") delete headers[name]
  }
  const args: Record<string, WireBytes[]> = {}
  for (const [name, values] of Object.entries(request.argumentBytes)) {
    setOwn(args, name, values.map((v) => ({ bytes: base64url(v) })))
  }
  return { headers, cookies, arguments: args }
}

// The session context's request when a token is in hand (§2.7): what the token payload carries
// wins over the request at hand (the websocket upgrade, or a page GET given `bokeh-token`).
// Reads payloads from getTokenPayload (Uint8Array values) and raw JSON ({"bytes": …}) alike.
export function requestFromToken(payload: Readonly<Record<string, unknown>>, request: RequestInfo): RequestInfo {
  const fromArgs = payload["arguments"]
  const fromCookies = payload["cookies"]
  const fromHeaders = payload["headers"]
  const argumentBytes: Record<string, Uint8Array[]> = {}
  if (isPlainObject(fromArgs)) {
    for (const [name, values] of Object.entries(fromArgs)) {
      const list = Array.isArray(values) ? values : [values]
      setOwn(argumentBytes, name, list.map(toBytes))
    }
  } else {
    for (const [name, values] of Object.entries(request.argumentBytes)) setOwn(argumentBytes, name, [...values])
  }
  delete argumentBytes[SESSION_ID_ARG]
  const cookies = isPlainObject(fromCookies) ? stringRecord(fromCookies) : { ...request.cookies }
  const headers = isPlainObject(fromHeaders) ? stringRecord(fromHeaders) : { ...request.headers }
  const hasCookieHeader = Object.keys(headers).some((h) => h.toLowerCase() === "cookie")
  if (isPlainObject(fromCookies) && isPlainObject(fromHeaders) && !hasCookieHeader && Object.keys(cookies).length > 0) {
    headers["Cookie"] = Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join("; ")
  }
  return {
    arguments: decodeArguments(argumentBytes),
    argumentBytes,
    cookies,
    headers,
    path: request.path,
    remoteIp: request.remoteIp,
  }
}

// Tornado's spelling: each dash-separated word capitalized, the rest lower-cased.
export function canonicalHeaderName(name: string): string {
  return name.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join("-")
}

// `a=1&b=x+y&b=%FF&c` → [a,"1"], [b,"x y"], [b,0xFF], [c,""]: raw bytes, blank values kept.
export function parseQuery(query: string): Array<[string, Uint8Array]> {
  const out: Array<[string, Uint8Array]> = []
  const names = new TextDecoder()
  for (const part of query.split("&")) {
    if (part === "") continue
    const eq = part.indexOf("=")
    const name = names.decode(percentDecode(eq < 0 ? part : part.slice(0, eq)))
    out.push([name, percentDecode(eq < 0 ? "" : part.slice(eq + 1))])
  }
  return out
}

// `a=1; b="x y"` → {a: "1", b: "x y"}; malformed pieces are skipped, a later duplicate wins.
export function parseCookies(header: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const piece of header.split(";")) {
    const eq = piece.indexOf("=")
    if (eq < 0) continue
    const name = piece.slice(0, eq).trim()
    let value = piece.slice(eq + 1).trim()
    if (name === "") continue
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1).replace(/\\(.)/g, "$1")
    }
    setOwn(out, name, value)
  }
  return out
}

function percentDecode(text: string): Uint8Array {
  const encoded = new TextEncoder().encode(text.replace(/\+/g, " "))
  const out = new Uint8Array(encoded.length)
  let n = 0
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded[i]!
    if (c === 0x25 && i + 2 < encoded.length && isHex(encoded[i + 1]!) && isHex(encoded[i + 2]!)) {
      out[n++] = parseInt(String.fromCharCode(encoded[i + 1]!, encoded[i + 2]!), 16)
      i += 2
    } else {
      out[n++] = c
    }
  }
  return out.slice(0, n)
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
}

function headersFrom(req: HttpRequestLike): Record<string, string> {
  const out: Record<string, string> = {}
  const add = (name: string, value: string) => {
    const key = canonicalHeaderName(name)
    setOwn(out, key, Object.hasOwn(out, key) ? `${out[key]},${value}` : value)
  }
  if (req.rawHeaders !== undefined && req.rawHeaders.length > 0) {
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) add(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
  } else {
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue
      for (const v of Array.isArray(value) ? value : [value]) add(name, v)
    }
  }
  return out
}

function decodeArguments(bytes: Record<string, readonly Uint8Array[]>): Record<string, string[]> {
  const decoder = new TextDecoder()
  const out: Record<string, string[]> = {}
  for (const [name, values] of Object.entries(bytes)) setOwn(out, name, values.map((v) => decoder.decode(v)))
  return out
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value
  if (isPlainObject(value) && typeof value["bytes"] === "string") return fromBase64url(value["bytes"])
  return new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value))
}

function stringRecord(obj: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(obj)) setOwn(out, k, typeof v === "string" ? v : String(v))
  return out
}
