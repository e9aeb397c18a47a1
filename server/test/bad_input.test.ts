// Bad input from clients (spec protocol.md §2–§4, §6.4, document.md §10): every case checks the
// reaction (an ERROR reply naming the problem, or the socket closed with the right code), that
// the document kept its state, that the other connection of the same session still gets
// updates, that another session is untouched, and that the server still serves new clients.
import assert from "node:assert/strict"
import { test } from "node:test"
import type { TestContext } from "node:test"
import WebSocket from "ws"
import { Div, Slider, type Document } from "../../document/index.ts"
import type { SessionContext } from "../context.ts"
import type { Message } from "../protocol/message.ts"
import type { BokehServer, ServerOptions } from "../server.ts"
import type { ServerSession } from "../session/server_session.ts"
import { generateSessionId, generateToken } from "../tokens.ts"
import { RawClient, captureServerLog, sleep, startServer, tokenFor, waitFor, wsUrl } from "./helpers.ts"

const APP = "/app"

// Sessions opened with `?slow=1` on the websocket URL (no token payload, so the query gives
// the arguments) take 300 ms to build: their ACK comes late.
async function buildApp(doc: Document, context: SessionContext): Promise<void> {
  if (context.request.arguments["slow"] != null) await sleep(300)
  doc.addRoot(new Slider({ start: 0, end: 10, value: 1 }))
  doc.addRoot(new Div({ text: "x" }))
}

interface World {
  server: BokehServer
  connect(options?: Parameters<typeof RawClient.connect>[2]): Promise<RawClient>
  // session A: two connections, a (the one misbehaving) and a2 (a bystander)
  idA: string
  a: RawClient
  a2: RawClient
  sessionA: ServerSession
  sliderA: Slider
  divA: Div
  // session B: another session of the same app
  b: RawClient
  sessionB: ServerSession
  sliderB: Slider
}

async function world(t: TestContext, options: ServerOptions = {}): Promise<World> {
  const server = await startServer({ [APP]: buildApp }, options)
  const clients: RawClient[] = []
  t.after(async () => {
    for (const client of clients) client.close()
    await server.stop()
  })
  const connect = async (opts: Parameters<typeof RawClient.connect>[2] = {}) => {
    const client = await RawClient.connect(server, APP, opts)
    clients.push(client)
    return client
  }
  const idA = generateSessionId(server.tokens)
  const idB = generateSessionId(server.tokens)
  const a = await connect({ sessionId: idA })
  const a2 = await connect({ sessionId: idA })
  const b = await connect({ sessionId: idB })
  for (const client of [a, a2, b]) assert.equal((await client.pull()).msgtype, "PULL-DOC-REPLY")
  const context = server.contexts.get(APP)!
  const sessionA = context.getSession(idA)!
  const sessionB = context.getSession(idB)!
  const [sliderA, divA] = sessionA.document.roots as [Slider, Div]
  const sliderB = sessionB.document.roots[0] as Slider
  return { server, connect, idA, a, a2, sessionA, sliderA, divA, b, sessionB, sliderB }
}

function header(msgtype: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ msgid: `bad${Math.random().toString(36).slice(2)}`, msgtype, ...extra })
}

function setValue(model: { id: string }, value: unknown, attr = "value") {
  return { kind: "ModelChanged", model: { id: model.id }, attr, new: value }
}

async function closedWith(client: RawClient, code: number, reason: RegExp): Promise<void> {
  const closed = await client.closed
  assert.equal(closed.code, code, `close code (reason: ${closed.reason})`)
  assert.match(closed.reason, reason)
}

// Sends bad frames on connection a and expects the server to close it with 4001, logging why.
async function protocolError(w: World, frames: ReadonlyArray<string | Uint8Array>, reason: RegExp): Promise<void> {
  const { log } = await captureServerLog(async () => {
    for (const frame of frames) w.a.sendFrame(frame)
    await closedWith(w.a, 4001, reason)
  })
  assert.ok(log.some(([level, text]) => level === "warn" && text.includes("closing connection") && reason.test(text)),
    `protocol error logged: ${JSON.stringify(log)}`)
}

async function errorReply(client: RawClient, request: Message, text: RegExp): Promise<void> {
  const reply = await client.take((m) => m.header.reqid === request.msgid, "the ERROR reply")
  assert.equal(reply.msgtype, "ERROR")
  assert.equal(reply.header.reqid, request.msgid)
  const content = reply.content as { text: string; traceback: string | null }
  assert.match(content.text, text)
}

function rootAttributes(pull: Message, id: string): Record<string, unknown> {
  const roots = (pull.content as { doc: { roots: Array<{ id: string; attributes: Record<string, unknown> }> } }).doc.roots
  const root = roots.find((r) => r.id === id)
  assert.ok(root != null, `root ${id} in PULL-DOC-REPLY`)
  return root.attributes
}

// Everything that must hold after the bad input: state kept, bystanders unaffected, server
// serving. `aOpen`: the misbehaving connection survived (ERROR cases) and must get updates too.
async function assertIntact(w: World, options: { aOpen: boolean }): Promise<void> {
  // the document kept its state
  assert.equal(w.sliderA.value, 1)
  assert.equal(w.divA.text, "x")
  assert.equal(w.server.contexts.get(APP)!.getSession(w.idA), w.sessionA, "session A still live")
  assert.equal(w.sessionA.destroyed, false)
  if (!options.aOpen) await waitFor(() => w.sessionA.connectionCount === 1, 2000, "A's bad connection to be detached")
  else assert.equal(w.sessionA.connectionCount, 2)
  // a server-side change reaches the other connection of the session (and nothing before it did)
  await w.sessionA.execute(() => { w.sliderA.value = 7 })
  const expected = { events: [setValue(w.sliderA, 7)] }
  assert.deepEqual((await w.a2.next("PATCH-DOC")).content, expected)
  if (options.aOpen) {
    assert.deepEqual((await w.a.next("PATCH-DOC")).content, expected)
    assert.equal(rootAttributes(await w.a.pull(), w.sliderA.id)["value"], 7)
  }
  // another session is untouched and heard nothing
  assert.equal(w.sliderB.value, 1)
  assert.equal(rootAttributes(await w.b.pull(), w.sliderB.id)["value"], 1)
  assert.deepEqual(w.b.received.filter((m) => m.msgtype === "PATCH-DOC"), [])
  // the server still serves: a new connection to session A, and a new session
  const again = await w.connect({ sessionId: w.idA })
  assert.equal(rootAttributes(await again.pull(), w.sliderA.id)["value"], 7)
  const fresh = await w.connect()
  const reply = await fresh.pull()
  assert.equal(reply.msgtype, "PULL-DOC-REPLY")
  assert.equal((reply.content as { doc: { roots: unknown[] } }).doc.roots.length, 2)
}

// ---- framing and protocol errors: the connection is closed with 4001

test("malformed JSON header closes the connection with 4001", async (t) => {
  const w = await world(t)
  await protocolError(w, ["{\"msgid\": \"x1\", \"msgtype\": "], /header is not valid JSON/)
  await assertIntact(w, { aOpen: false })
})

test("malformed JSON content closes with 4001 and applies nothing", async (t) => {
  const w = await world(t)
  const content = JSON.stringify({ events: [setValue(w.sliderA, 5)] }).slice(0, -3)
  await protocolError(w, [header("PATCH-DOC"), "{}", content], /content is not valid JSON/)
  await assertIntact(w, { aOpen: false })
})

test("a binary frame where the header is expected closes with 4001", async (t) => {
  const w = await world(t)
  await protocolError(w, [new Uint8Array([1, 2, 3, 4])], /expected a text frame for the header, got binary/)
  await assertIntact(w, { aOpen: false })
})

test("a text frame where a buffer payload is expected closes with 4001 and applies nothing", async (t) => {
  const w = await world(t)
  const frames = [
    header("PATCH-DOC", { num_buffers: 1 }), "{}", JSON.stringify({ events: [setValue(w.sliderA, 5)] }),
    JSON.stringify({ id: "0" }), "not the bytes",
  ]
  await protocolError(w, frames, /expected a binary frame for a buffer payload, got text/)
  await assertIntact(w, { aOpen: false })
})

test("a header without msgtype closes with 4001", async (t) => {
  const w = await world(t)
  await protocolError(w, [JSON.stringify({ msgid: "x1" })], /message header has no msgtype/)
  await assertIntact(w, { aOpen: false })
})

test("an unknown msgtype closes with 4001", async (t) => {
  const w = await world(t)
  await protocolError(w, [header("FOO"), "{}", "{}"], /unknown message type "FOO"/)
  await assertIntact(w, { aOpen: false })
})

test("a server-only msgtype (ACK) sent by a client closes with 4001", async (t) => {
  const w = await world(t)
  await protocolError(w, [header("ACK"), "{}", "{}"], /a server does not accept ACK messages/)
  await assertIntact(w, { aOpen: false })
})

// ---- bad patches: ERROR reply, connection kept

test("PATCH-DOC naming a never-seen model id gets an ERROR reply", async (t) => {
  const w = await world(t)
  const request = w.a.patch([setValue({ id: "p-never-seen-42" }, 5)])
  await errorReply(w.a, request, /^UnknownReferenceError\(.*'p-never-seen-42'.*\)$/)
  await assertIntact(w, { aOpen: true })
})

test("PATCH-DOC with a wrongly typed value gets an ERROR reply and the value is kept", async (t) => {
  const w = await world(t)
  const request = w.a.patch([setValue(w.sliderA, "junk")])
  const id = w.sliderA.id
  await errorReply(w.a, request, new RegExp(
    `^ValueError\\("failed to validate Slider\\(id='${id}', \\.\\.\\.\\)\\.value: expected a value of type Real, got junk of type str"\\)$`))
  await assertIntact(w, { aOpen: true })
})

test("PATCH-DOC setting an attr that is not a property is ignored with a warning (OK, no crash)", async (t) => {
  const w = await world(t)
  const { result: reply, log } = await captureServerLog(async () => {
    const request = w.a.patch([setValue(w.sliderA, 5, "no_such_attr")])
    return w.a.take((m) => m.header.reqid === request.msgid, "the reply")
  })
  assert.equal(reply.msgtype, "OK")
  assert.ok(log.some(([level, text]) => level === "warn" && /'no_such_attr'.*client-only or invalid attribute/.test(text)),
    `warning logged: ${JSON.stringify(log)}`)
  assert.throws(() => w.sliderA.getValue("no_such_attr"), /unexpected attribute 'no_such_attr'/)
  await assertIntact(w, { aOpen: true })
})

test("PATCH-DOC naming a model of another session gets an ERROR reply; that session is unchanged", async (t) => {
  const w = await world(t)
  assert.notEqual(w.sliderB.id, w.sliderA.id, "model ids are process-global")
  const request = w.a.patch([setValue(w.sliderB, 5)])
  await errorReply(w.a, request, new RegExp(`^UnknownReferenceError\\(.*'${w.sliderB.id}'.*\\)$`))
  await assertIntact(w, { aOpen: true })
})

test("a patch whose second event is invalid applies nothing (the first event neither)", async (t) => {
  const w = await world(t)
  const request = w.a.patch([setValue(w.divA, "changed", "text"), setValue(w.sliderA, "junk")])
  await errorReply(w.a, request, /^ValueError\(.*\.value: expected a value of type Real, got junk of type str/)
  // and with an unknown reference second
  const request2 = w.a.patch([setValue(w.sliderA, 5), setValue({ id: "p-never-seen-43" }, 5)])
  await errorReply(w.a, request2, /^UnknownReferenceError\(.*'p-never-seen-43'/)
  await assertIntact(w, { aOpen: true })
})

// ---- limits

test("a message over websocketMaxMessageSize closes the socket with 1009", async (t) => {
  const w = await world(t, { websocketMaxMessageSize: 1024 })
  w.a.sendFrame(header("PATCH-DOC"))
  w.a.sendFrame("{}")
  w.a.sendFrame(JSON.stringify({ events: [setValue(w.divA, "y".repeat(2048), "text")] }))
  const closed = await w.a.closed
  assert.equal(closed.code, 1009)
  await assertIntact(w, { aOpen: false })
})

test("a flood of frames before the ACK closes the socket with 4008", async (t) => {
  const w = await world(t)
  const id = generateSessionId(w.server.tokens)
  const flooder = await w.connect({ sessionId: id, query: "slow=1", waitForAck: false })
  for (let i = 0; i < 33; i++) {
    for (const frame of [header("PATCH-DOC"), "{}", JSON.stringify({ events: [{ kind: "TitleChanged", title: "flooded" }] })]) {
      flooder.sendFrame(frame)
    }
  }
  flooder.sendFrame(header("PULL-DOC-REQ"))
  await closedWith(flooder, 4008, /before ACK/)
  assert.deepEqual(flooder.received.map((m) => m.msgtype), [], "no ACK before the close")
  // the session is still built; nothing of the flood reached it
  await waitFor(() => w.server.contexts.get(APP)!.getSession(id) != null, 2000, "the slow session")
  const session = w.server.contexts.get(APP)!.getSession(id)!
  assert.notEqual(session.document.title, "flooded")
  assert.equal(session.connectionCount, 0)
  // a second connection on that session works and gets updates
  const second = await w.connect({ sessionId: id })
  const pull = await second.pull()
  assert.notEqual((pull.content as { doc: { title: string } }).doc.title, "flooded")
  await session.execute((doc) => { doc.title = "updated" })
  assert.deepEqual((await second.next("PATCH-DOC")).content, { events: [{ kind: "TitleChanged", title: "updated" }] })
  await assertIntact(w, { aOpen: true })
})

// ---- tokens and origins: refused at open

test("an expired token is refused with 4003", async (t) => {
  const w = await world(t)
  const before = w.server.contexts.get(APP)!.sessions.length
  const { log } = await captureServerLog(async () => {
    // minted an hour ago: its session_expiry (mint time + 300 s) has passed
    const expired = generateToken(w.idA, w.server.tokens, {}, Date.now() / 1000 - 3600)
    await closedWith(await w.connect({ token: expired, waitForAck: false }), 4003, /expired/)
    const fresh = generateToken(generateSessionId(w.server.tokens), w.server.tokens, {}, Date.now() / 1000 - 3600)
    await closedWith(await w.connect({ token: fresh, waitForAck: false }), 4003, /expired/)
  })
  assert.equal(log.filter(([, text]) => /refusing websocket: Token is expired/.test(text)).length, 2)
  assert.equal(w.server.contexts.get(APP)!.sessions.length, before, "no session created")
  await assertIntact(w, { aOpen: true })
})

test("signed mode: a token with a tampered signature is refused with 4003", async (t) => {
  const w = await world(t, { sessionIds: "signed", secretKey: "x".repeat(44) })
  const good = tokenFor(w.server, w.idA)
  const [body, sig] = good.split(".") as [string, string]
  const tampered = `${body}.${sig.startsWith("A") ? "B" : "A"}${sig.slice(1)}`
  const before = w.server.contexts.get(APP)!.sessions.length
  await captureServerLog(async () => {
    await closedWith(await w.connect({ token: tampered, waitForAck: false }), 4003, /Invalid token signature/)
    // and the same token without its signature
    await closedWith(await w.connect({ token: body, waitForAck: false }), 4003, /Invalid token signature/)
  })
  assert.equal(w.server.contexts.get(APP)!.sessions.length, before)
  await assertIntact(w, { aOpen: true })
})

test("an undecodable token is refused with 4003", async (t) => {
  const w = await world(t)
  const before = w.server.contexts.get(APP)!.sessions.length
  await captureServerLog(async () => {
    await closedWith(await w.connect({ token: "not-base64-json", waitForAck: false }), 4003, /Invalid token/)
  })
  assert.equal(w.server.contexts.get(APP)!.sessions.length, before)
  await assertIntact(w, { aOpen: true })
})

test("a websocket without a token subprotocol is refused with 4003", async (t) => {
  const w = await world(t)
  const before = w.server.contexts.get(APP)!.sessions.length
  const ws = new WebSocket(wsUrl(w.server, APP), ["bokeh"])
  t.after(() => ws.close())
  const { result: [code, reason] } = await captureServerLog(() => new Promise<[number, string]>((resolve, reject) => {
    ws.once("close", (c, r) => resolve([c, r.toString()]))
    ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
  }))
  assert.equal(code, 4003)
  assert.match(reason, /No token received/)
  assert.equal(w.server.contexts.get(APP)!.sessions.length, before)
  await assertIntact(w, { aOpen: true })
})

test("a websocket from a disallowed Origin is refused with HTTP 403 before the upgrade", async (t) => {
  const w = await world(t)
  const before = w.server.contexts.get(APP)!.sessions.length
  const { log } = await captureServerLog(async () => {
    await assert.rejects(w.connect({ sessionId: w.idA, headers: { Origin: "http://evil.example" } }), /HTTP 403/)
  })
  assert.ok(log.some(([level, text]) => level === "warn" && text.includes("http://evil.example")), JSON.stringify(log))
  assert.equal(w.server.contexts.get(APP)!.sessions.length, before)
  assert.equal(w.sessionA.connectionCount, 2)
  await assertIntact(w, { aOpen: true })
})
