// Which page origins may open a websocket (spec protocol.md §1.9 step 3). The rules follow
// Python Bokeh's so that `--allow-websocket-origin` values mean the same on both servers.
import process from "node:process"

// Browsers always send Origin; non-browser clients (bokeh.client) send none and are allowed.
// `originHeader` is the Origin (or legacy Sec-WebSocket-Origin) value, e.g.
// "http://localhost:5006"; `allowlist` is already normalized (see resolveAllowlist).
export function checkAllowlist(originHeader: string | undefined, allowlist: readonly string[]): boolean {
  if (originHeader === undefined) return true
  let host = originHost(originHeader)
  // a port-less origin counts as :80, whatever its scheme (as Python does)
  if (splitPort(host)[1] === null) host += ":80"
  if (allowlist.includes(host)) return true
  return allowlist.some((pattern) => matchHost(host, pattern))
}

// `host` is "name:port"; `pattern` is "name", "name:port" or "name:*", where any dot-separated
// label of name may be "*". Labels compare pairwise from the left and the pattern may not have
// more labels than the host; a missing or "*" port matches any port.
export function matchHost(host: string, pattern: string): boolean {
  const [hostName, hostPort] = splitPort(host)
  const [patName, patPort] = splitPort(pattern)
  if (patPort !== null && patPort !== "*" && patPort !== hostPort) return false
  const hostLabels = hostName.split(".")
  const patLabels = patName.split(".")
  if (patLabels.length > hostLabels.length) return false
  return patLabels.every((label, i) => label === "*" || label === hostLabels[i])
}

// The lower-cased `host[:port]` of an origin URL ("" for "null" or garbage).
export function originHost(origin: string): string {
  const scheme = origin.indexOf("://")
  if (scheme < 0) return ""
  const rest = origin.slice(scheme + 3)
  const end = rest.search(/[/?#]/)
  const netloc = end < 0 ? rest : rest.slice(0, end)
  // drop any user-info, which is not part of the host
  return netloc.slice(netloc.lastIndexOf("@") + 1).toLowerCase()
}

// Entries as configured become "name:80" when they have no port; "*" stays as is.
export function normalizeAllowlist(entries: readonly string[]): string[] {
  const out: string[] = []
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase()
    if (entry === "") continue
    out.push(entry === "*" || splitPort(entry)[1] !== null ? entry : `${entry}:80`)
  }
  return [...new Set(out)]
}

export function defaultAllowlist(port: number): string[] {
  return [`localhost:${port}`]
}

// BOKEH_ALLOW_WS_ORIGIN (comma separated), or null when unset or empty.
export function allowlistFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string[] | null {
  const value = env["BOKEH_ALLOW_WS_ORIGIN"]
  if (value === undefined) return null
  const entries = value.split(",").map((s) => s.trim()).filter((s) => s !== "")
  return entries.length > 0 ? entries : null
}

// What the CLI calls: the environment overrides `--allow-websocket-origin`, and with neither
// only the server's own localhost:<port> is allowed.
export function resolveAllowlist(
  configured: readonly string[] | null | undefined,
  port: number,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string[] {
  const entries = allowlistFromEnv(env) ?? (configured != null && configured.length > 0 ? configured : defaultAllowlist(port))
  return normalizeAllowlist(entries)
}

function splitPort(hostport: string): [string, string | null] {
  // an IPv6 literal keeps its colons inside brackets
  const close = hostport.lastIndexOf("]")
  const colon = hostport.lastIndexOf(":")
  if (colon < 0 || colon < close) return [hostport, null]
  return [hostport.slice(0, colon), hostport.slice(colon + 1)]
}
