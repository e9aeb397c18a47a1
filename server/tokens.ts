// Session ids and session tokens (spec protocol.md §2). A token is a JWT look-alike:
// base64url(JSON payload) [+ "." + base64url(HMAC-SHA256)], readable by BokehJS and by Python
// Bokeh, which must accept ours as we accept theirs.
import { Buffer } from "node:buffer"
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"
import { unzlibSync, zlibSync } from "fflate"
import { isPlainObject, setOwn } from "../document/util/plain.ts"
import type { TokenSettings } from "./http/host.ts"

export type { SessionIdMode, TokenSettings } from "./http/host.ts"

// Key under which the compressed extra payload travels (the name Python Bokeh uses).
const ZLIB_KEY = "__bk__zlib_"
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
const BASE64URL = /^[A-Za-z0-9_-]*$/

// A token or session id that cannot be decoded.
export class TokenError extends Error {
  override name = "TokenError"
}

// 44 characters uniformly drawn from [A-Za-z0-9] with a CSPRNG (about 262 bits).
export function randomString(length = 44): string {
  let out = ""
  while (out.length < length) {
    for (const byte of randomBytes(2 * (length - out.length))) {
      // 248 = 4 * 62: rejecting the top bytes keeps the draw uniform
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % 62]
    }
  }
  return out
}

// What `bokeh secret` prints: a fresh value for BOKEH_SECRET_KEY.
export function generateSecretKey(): string {
  return randomString(44)
}

export function generateSessionId(settings: TokenSettings): string {
  const base = randomString(44)
  return isSigned(settings) ? `${base}.${signature(base, settings)}` : base
}

// Mints a token for `sessionId`, valid for opening a websocket until now +
// `sessionTokenExpiration` seconds. `extraPayload` (headers, cookies, arguments, app keys)
// travels zlib-compressed; Uint8Array values are encoded as {"bytes": base64url}.
export function generateToken(
  sessionId: string,
  settings: TokenSettings,
  extraPayload: Record<string, unknown> = {},
  nowSeconds: number = Date.now() / 1000,
): string {
  if (Object.hasOwn(extraPayload, "session_id")) {
    throw new TokenError("extra token payload may not contain 'session_id'")
  }
  const payload: Record<string, unknown> = {
    session_id: sessionId,
    session_expiry: Math.floor(nowSeconds + settings.sessionTokenExpiration),
  }
  if (Object.keys(extraPayload).length > 0) {
    const json = JSON.stringify(encodeBytes(extraPayload))
    payload[ZLIB_KEY] = base64url(zlibSync(utf8(json), { level: 9 }))
  }
  const body = base64url(utf8(JSON.stringify(payload)))
  return isSigned(settings) ? `${body}.${signature(body, settings)}` : body
}

// Unsigned mode: always true (a trailing signature is ignored). Signed modes: the token's
// signature must match and the session id inside must itself be validly signed.
export function checkTokenSignature(token: string, settings: TokenSettings): boolean {
  if (!isSigned(settings)) return true
  const parts = token.split(".")
  if (parts.length !== 2) return false
  const [body, sig] = parts as [string, string]
  if (!sameString(sig, signature(body, settings))) return false
  let sessionId: string
  try {
    sessionId = getSessionId(token)
  } catch {
    return false
  }
  return checkSessionIdSignature(sessionId, settings)
}

export function checkSessionIdSignature(sessionId: string, settings: TokenSettings): boolean {
  if (!isSigned(settings)) return true
  const parts = sessionId.split(".")
  if (parts.length !== 2) return false
  const [base, sig] = parts as [string, string]
  return sameString(sig, signature(base, settings))
}

// The session id inside a token; throws TokenError when the token cannot be decoded.
export function getSessionId(token: string): string {
  const id = outerPayload(token)["session_id"]
  if (typeof id !== "string") throw new TokenError("token has no session_id")
  return id
}

// What app code sees: the outer payload minus session_id and the compressed blob, merged
// with the decompressed extra payload ({"bytes": …} objects become Uint8Array).
export function getTokenPayload(token: string): Record<string, unknown> {
  const outer = outerPayload(token)
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(outer)) {
    if (key !== "session_id" && key !== ZLIB_KEY) setOwn(out, key, value)
  }
  const blob = outer[ZLIB_KEY]
  if (blob !== undefined) {
    if (typeof blob !== "string" || !BASE64URL.test(blob)) throw new TokenError("malformed compressed token payload")
    let extra: unknown
    try {
      extra = JSON.parse(new TextDecoder().decode(unzlibSync(fromBase64url(blob))), bytesReviver)
    } catch (e) {
      throw new TokenError(`cannot decode compressed token payload: ${(e as Error).message}`)
    }
    if (!isPlainObject(extra)) throw new TokenError("compressed token payload is not an object")
    for (const [key, value] of Object.entries(extra)) setOwn(out, key, value)
  }
  return out
}

// True when the token carries no session_expiry or it has passed (checked at websocket open).
export function tokenExpired(token: string, nowSeconds: number = Date.now() / 1000): boolean {
  const expiry = outerPayload(token)["session_expiry"]
  return typeof expiry !== "number" || !(nowSeconds < expiry)
}

export function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url")
}

// Accepts padded or unpadded input.
export function fromBase64url(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "base64url"))
}

function outerPayload(token: string): Record<string, unknown> {
  const body = token.split(".")[0]!
  if (body === "" || !BASE64URL.test(body)) throw new TokenError("malformed token")
  let payload: unknown
  try {
    payload = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(fromBase64url(body)))
  } catch {
    throw new TokenError("malformed token")
  }
  if (!isPlainObject(payload)) throw new TokenError("token payload is not an object")
  return payload
}

function isSigned(settings: TokenSettings): boolean {
  return settings.sessionIds !== "unsigned"
}

function signature(text: string, settings: TokenSettings): string {
  if (settings.secretKey == null || settings.secretKey === "") {
    throw new TokenError(`session ids mode '${settings.sessionIds}' needs a secret key (BOKEH_SECRET_KEY)`)
  }
  return createHmac("sha256", settings.secretKey).update(text, "utf8").digest("base64url")
}

// Constant time for equal lengths; a length mismatch only reveals the length.
function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8")
  const y = Buffer.from(b, "utf8")
  return x.length === y.length && timingSafeEqual(x, y)
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

// Done before JSON.stringify rather than in a replacer, which sees a Node Buffer only after
// its toJSON has turned it into {type, data}.
function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: base64url(value) }
  if (value instanceof ArrayBuffer) return { bytes: base64url(new Uint8Array(value)) }
  if (Array.isArray(value)) return value.map(encodeBytes)
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) setOwn(out, k, encodeBytes(v))
    return out
  }
  return value
}

function bytesReviver(_key: string, value: unknown): unknown {
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
    const bytes = value["bytes"]
    if (keys.length === 1 && keys[0] === "bytes" && typeof bytes === "string") return fromBase64url(bytes)
  }
  return value
}
