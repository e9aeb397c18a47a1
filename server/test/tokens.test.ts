import assert from "node:assert/strict"
import { createHmac } from "node:crypto"
import { test } from "node:test"
import { unzlibSync, zlibSync } from "fflate"
import type { TokenSettings } from "../http/host.ts"
import {
  base64url,
  checkSessionIdSignature,
  checkTokenSignature,
  fromBase64url,
  generateSecretKey,
  generateSessionId,
  generateToken,
  getSessionId,
  getTokenPayload,
  TokenError,
  tokenExpired,
} from "../tokens.ts"

const UNSIGNED: TokenSettings = { sessionIds: "unsigned", secretKey: null, sessionTokenExpiration: 300 }
const SIGNED: TokenSettings = { sessionIds: "signed", secretKey: "secret", sessionTokenExpiration: 300 }
const OTHER_KEY: TokenSettings = { ...SIGNED, secretKey: "another-secret" }

// Minted by Python Bokeh 3.9.2 (bokeh.util.token, secret "secret", signed) with extra payload
// {headers: {Host, Cookie}, cookies: {a: "1"}, arguments: {N: [b"10"], bokeh-session-id: [b"zz"]}}.
const PY_SESSION_ID = "D58TbdOesaWWt5K4XH6ZlFdjxE1YSoF62gU7I6pZodqJ.aHmsj7a2rOgvvnrJVyu7wA_C3F7hSg1xecxMJka-j-8"
const PY_TOKEN =
  "eyJzZXNzaW9uX2lkIjogIkQ1OFRiZE9lc2FXV3Q1SzRYSDZabEZkanhFMVlTb0Y2MmdVN0k2cFpvZHFKLmFIbXNqN2Eyck9ndnZuckpWeXU3d0FfQzNGN2hTZzF4ZWN4TUprYS1qLTgiLCAic2Vzc2lvbl9leHBpcnkiOiAxNzk1MzgyNDc4LCAiX19ia19femxpYl8iOiAiZU5xclZzcElUVXhKTFNwV3NsS29WdkxJTHk0Qk1wUnk4cE1UY3pLQUhDdFRBd016SlIwRkplZjhfT3pNVkpCY29xMmhVaTFRSkJrc0F0R1hDSktBQ0NjV3BaZm1wdWFWUUNUOGdHUjB0VkpTWlFsWXBaSnZpS05TYlN4UVdWSi1kbXFHYm5GcWNYRm1mcDV1WmdxYXV0UzhmS0M2MmxvQTlHWXdxdyJ9.zjfK7gTx8-rIwk6Qosijm_GeBra3XDZvBiCUtLcOswU"

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
const outer = (token: string) => JSON.parse(text(fromBase64url(token.split(".")[0]!))) as Record<string, unknown>
const hmac = (key: string, data: string) => createHmac("sha256", key).update(data).digest("base64url")

test("unsigned session ids are 44 alphanumeric characters, all different", () => {
  const ids = new Set(Array.from({ length: 200 }, () => generateSessionId(UNSIGNED)))
  assert.equal(ids.size, 200)
  for (const id of ids) assert.match(id, /^[A-Za-z0-9]{44}$/)
  // every character class shows up: the draw is not stuck on part of the alphabet
  const all = [...ids].join("")
  for (const re of [/[A-Z]/, /[a-z]/, /[0-9]/]) assert.match(all, re)
})

test("generateSecretKey gives 44 alphanumeric characters", () => {
  const key = generateSecretKey()
  assert.match(key, /^[A-Za-z0-9]{44}$/)
  assert.notEqual(key, generateSecretKey())
})

test("signed session ids carry the HMAC of their random part", () => {
  const id = generateSessionId(SIGNED)
  const [base, sig] = id.split(".")
  assert.match(base!, /^[A-Za-z0-9]{44}$/)
  assert.equal(sig, hmac("secret", base!))
  assert.equal(checkSessionIdSignature(id, SIGNED), true)
  assert.equal(checkSessionIdSignature(id, OTHER_KEY), false)
  assert.equal(checkSessionIdSignature(base!, SIGNED), false)
  assert.equal(checkSessionIdSignature(`${base}.${sig}x`, SIGNED), false)
  assert.equal(checkSessionIdSignature(`${base!.replace(/^./, (c) => (c === "A" ? "B" : "A"))}.${sig}`, SIGNED), false)
  // unsigned mode accepts anything
  assert.equal(checkSessionIdSignature("default", UNSIGNED), true)
})

test("the spec's example session id verifies with secret 'secret'", () => {
  const id = "93nTr69K7Ozssm2y5AnTwQsPLJCtSz4CKlSXZFDtcq3i.WStxy7n2Q2i9uTpFgDsnSmPTAMzs1_c35AiQ3BT8lUs"
  assert.equal(checkSessionIdSignature(id, SIGNED), true)
  assert.equal(checkSessionIdSignature(id, OTHER_KEY), false)
})

test("an unsigned token round-trips the session id and expiry, with no signature part", () => {
  const token = generateToken("abc", UNSIGNED, {}, 1000.7)
  assert.doesNotMatch(token, /[.=+/]/)
  assert.equal(getSessionId(token), "abc")
  assert.deepEqual(outer(token), { session_id: "abc", session_expiry: 1300 })
  assert.deepEqual(getTokenPayload(token), { session_expiry: 1300 })
  assert.equal(checkTokenSignature(token, UNSIGNED), true)
  // unsigned mode ignores whatever signature is appended
  assert.equal(checkTokenSignature(`${token}.garbage`, UNSIGNED), true)
})

test("session_expiry is now + sessionTokenExpiration in whole seconds", () => {
  const before = Math.floor(Date.now() / 1000)
  const token = generateToken("abc", { ...UNSIGNED, sessionTokenExpiration: 60 })
  const expiry = outer(token)["session_expiry"] as number
  assert.ok(Number.isInteger(expiry))
  assert.ok(expiry >= before + 60 && expiry <= before + 61, `expiry ${expiry}`)
})

test("the extra payload travels zlib-compressed and comes back merged, bytes as Uint8Array", () => {
  const extra = {
    headers: { Host: "localhost:5006" },
    cookies: { a: "1" },
    arguments: { N: [new TextEncoder().encode("10")], raw: [Uint8Array.of(0xff, 0)] },
    user: { nested: [1, 2] },
  }
  const token = generateToken("sid", UNSIGNED, extra, 0)
  const o = outer(token)
  assert.deepEqual(Object.keys(o).sort(), ["__bk__zlib_", "session_expiry", "session_id"])
  const blob = fromBase64url(o["__bk__zlib_"] as string)
  assert.equal(blob[0], 0x78) // an RFC 1950 (zlib) stream, as Python's zlib.compress writes
  const inner = JSON.parse(text(unzlibSync(blob)))
  assert.deepEqual(inner.arguments, { N: [{ bytes: "MTA" }], raw: [{ bytes: "_wA" }] })
  const payload = getTokenPayload(token)
  assert.deepEqual(payload, {
    session_expiry: 300,
    headers: { Host: "localhost:5006" },
    cookies: { a: "1" },
    arguments: { N: [new TextEncoder().encode("10")], raw: [Uint8Array.of(0xff, 0)] },
    user: { nested: [1, 2] },
  })
  assert.ok((payload["arguments"] as Record<string, Uint8Array[]>)["N"]![0] instanceof Uint8Array)
})

test("Node Buffers in the extra payload are encoded as bytes too", () => {
  const token = generateToken("sid", UNSIGNED, { b: Buffer.from("hi") }, 0)
  assert.deepEqual(getTokenPayload(token)["b"], new TextEncoder().encode("hi"))
})

test("the extra payload may not carry session_id", () => {
  assert.throws(() => generateToken("sid", UNSIGNED, { session_id: "x" }), TokenError)
})

test("a signed token verifies; tampering with either part or the key is caught", () => {
  const id = generateSessionId(SIGNED)
  const token = generateToken(id, SIGNED, { a: 1 })
  const [body, sig] = token.split(".")
  assert.equal(sig, hmac("secret", body!))
  assert.equal(checkTokenSignature(token, SIGNED), true)
  assert.equal(checkTokenSignature(token, OTHER_KEY), false)
  assert.equal(checkTokenSignature(body!, SIGNED), false)
  assert.equal(checkTokenSignature(`${token}.x`, SIGNED), false)
  assert.equal(checkTokenSignature(`${body}.${sig!.slice(0, -1)}A`, SIGNED), false)
  // a new body (later expiry) under the old signature
  const forged = base64url(new TextEncoder().encode(JSON.stringify({ ...outer(token), session_expiry: 9e9 })))
  assert.equal(checkTokenSignature(`${forged}.${sig}`, SIGNED), false)
})

test("a validly signed token around an unsigned session id is refused", () => {
  const token = generateToken("not-signed", SIGNED)
  const [body, sig] = token.split(".")
  assert.equal(sig, hmac("secret", body!))
  assert.equal(checkTokenSignature(token, SIGNED), false)
})

test("signed modes without a secret key refuse to work", () => {
  const noKey: TokenSettings = { sessionIds: "signed", secretKey: null, sessionTokenExpiration: 300 }
  assert.throws(() => generateSessionId(noKey), /secret key/)
  assert.throws(() => generateToken("x", { ...noKey, sessionIds: "external-signed" }), /secret key/)
})

test("tokenExpired compares now with session_expiry; a token without expiry counts as expired", () => {
  const token = generateToken("sid", UNSIGNED, {}, 1000)
  assert.equal(tokenExpired(token, 1299.9), false)
  assert.equal(tokenExpired(token, 1300), true)
  assert.equal(tokenExpired(token, 5000), true)
  assert.equal(tokenExpired(generateToken("sid", UNSIGNED)), false)
  const noExpiry = base64url(new TextEncoder().encode('{"session_id": "default"}'))
  assert.equal(tokenExpired(noExpiry, 0), true)
})

test("a token minted by Python Bokeh is read and verified", () => {
  assert.equal(getSessionId(PY_TOKEN), PY_SESSION_ID)
  assert.equal(checkTokenSignature(PY_TOKEN, SIGNED), true)
  assert.equal(checkTokenSignature(PY_TOKEN, OTHER_KEY), false)
  assert.equal(checkSessionIdSignature(PY_SESSION_ID, SIGNED), true)
  const enc = (s: string) => new TextEncoder().encode(s)
  assert.deepEqual(getTokenPayload(PY_TOKEN), {
    session_expiry: 1795382478,
    headers: { Host: "localhost:5006", Cookie: "a=1" },
    cookies: { a: "1" },
    arguments: { N: [enc("10")], "bokeh-session-id": [enc("zz")] },
  })
  assert.equal(tokenExpired(PY_TOKEN, 1795382477), false)
  assert.equal(tokenExpired(PY_TOKEN, 1795382478), true)
})

test("a Python-style token built by hand (spaced JSON, level-9 zlib) decodes", () => {
  const extra = '{"headers": {"Host": "localhost:5006"}, "cookies": {}, "arguments": {"N": [{"bytes": "MTA"}]}}'
  const zlib = base64url(zlibSync(new TextEncoder().encode(extra), { level: 9 }))
  const json = `{"session_id": "hand", "session_expiry": 1795375893, "__bk__zlib_": "${zlib}"}`
  const token = base64url(new TextEncoder().encode(json))
  assert.equal(getSessionId(token), "hand")
  assert.deepEqual(getTokenPayload(token), {
    session_expiry: 1795375893,
    headers: { Host: "localhost:5006" },
    cookies: {},
    arguments: { N: [new TextEncoder().encode("10")] },
  })
})

test("BokehJS's built-in default token names session 'default'", () => {
  assert.equal(getSessionId("eyJzZXNzaW9uX2lkIjogImRlZmF1bHQifQ"), "default")
})

test("malformed tokens raise TokenError and fail signature checks", () => {
  for (const bad of ["", "!!!", "bm90IGpzb24", base64url(new TextEncoder().encode("[1]")), base64url(new TextEncoder().encode('{"a":1}'))]) {
    assert.throws(() => getSessionId(bad), TokenError, bad)
  }
  const badZlib = base64url(new TextEncoder().encode('{"session_id": "x", "__bk__zlib_": "AAAA"}'))
  assert.throws(() => getTokenPayload(badZlib), TokenError)
  assert.equal(checkTokenSignature("!!!.abc", SIGNED), false)
})
