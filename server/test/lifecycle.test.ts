// Application and session lifecycle end to end (spec document.md §13, protocol.md §2.7, §7.2):
// the order of the hooks, reaping of unused and disconnected sessions, reconnecting to a
// session with its token, and the request a session's context sees.
import assert from "node:assert/strict"
import { performance } from "node:perf_hooks"
import { test } from "node:test"
import type { TestContext } from "node:test"
import { Div, Slider } from "../../document/index.ts"
import { Application, type AppModule } from "../application.ts"
import type { SessionContext } from "../context.ts"
import type { Message } from "../protocol/message.ts"
import type { BokehServer, ServerOptions } from "../server.ts"
import { getSessionId } from "../tokens.ts"
import { RawClient, sleep, startServer, tokenFor, waitFor } from "./helpers.ts"


async function start(t: TestContext, app: Application, options: ServerOptions = {}): Promise<BokehServer> {
  const server = await startServer([app], options)
  t.after(() => server.stop())
  return server
}

async function connect(t: TestContext, server: BokehServer, path: string, options: Parameters<typeof RawClient.connect>[2] = {}): Promise<RawClient> {
  const client = await RawClient.connect(server, path, options)
  t.after(() => client.close())
  return client
}

function rootIds(pull: Message): string[] {
  assert.equal(pull.msgtype, "PULL-DOC-REPLY")
  return (pull.content as { doc: { roots: Array<{ id: string }> } }).doc.roots.map((r) => r.id)
}

// GETs the app page and returns the token BokehJS would use.
async function pageToken(server: BokehServer, pathAndQuery: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.port}${pathAndQuery}`, { headers })
  assert.equal(response.status, 200)
  const match = /"token":"([^"]+)"/.exec(await response.text())
  assert.ok(match != null, "token in the page's render_items")
  return match[1]!
}

test("hooks run in order: server loaded, session created, app, next tick, timeout, periodic, session destroyed, server unloaded", async (t) => {
  const events: string[] = []
  let sessionsAtLoad = -1
  let rootsSeenByApp = -1
  let destroyedContext: SessionContext | null = null
  let lockedAfterDestroy: unknown = "not called"
  const hooks: Omit<AppModule, "default"> = {
    onServerLoaded(context) {
      events.push("server_loaded")
      sessionsAtLoad = context.sessions.length
    },
    async onSessionCreated(context) {
      await sleep(5)
      events.push("session_created")
      // may add roots before the app runs
      await context.withLockedDocument((doc) => doc.addRoot(new Div({ text: "from onSessionCreated" })))
    },
    async onSessionDestroyed(context) {
      events.push("session_destroyed")
      destroyedContext = context
      // the document is gone: a locked operation is a no-op
      lockedAfterDestroy = await context.withLockedDocument(() => "ran")
    },
    onServerUnloaded() {
      events.push("server_unloaded")
    },
  }
  let periodicRuns = 0
  const app = Application.fromFunction("/order", (doc) => {
    events.push("app")
    rootsSeenByApp = doc.roots.length
    doc.addNextTickCallback(() => { events.push("next_tick") })
    doc.addTimeoutCallback(() => { events.push("timeout") }, 20)
    doc.addPeriodicCallback(() => { if (periodicRuns++ === 0) events.push("periodic") }, 60)
  }, hooks)
  const server = await startServer([app])
  let stopped = false
  t.after(async () => { if (!stopped) await server.stop() })
  assert.deepEqual(events, ["server_loaded"])
  assert.equal(sessionsAtLoad, 0)

  const client = await connect(t, server, "/order")
  assert.equal(rootIds(await client.pull()).length, 1)
  await waitFor(() => periodicRuns >= 2, 2000, "two periodic runs")
  assert.deepEqual(events, ["server_loaded", "session_created", "app", "next_tick", "timeout", "periodic"])
  assert.equal(rootsSeenByApp, 1, "onSessionCreated ran before the app function and could add a root")
  assert.equal(server.contexts.get("/order")!.sessions.length, 1)

  stopped = true
  await server.stop()
  assert.deepEqual(events, ["server_loaded", "session_created", "app", "next_tick", "timeout", "periodic", "session_destroyed", "server_unloaded"])
  assert.ok(destroyedContext != null)
  assert.equal((destroyedContext as SessionContext).destroyed, true)
  assert.equal(lockedAfterDestroy, undefined)
  const runs = periodicRuns
  await sleep(150)
  assert.equal(periodicRuns, runs, "no periodic run after the session was destroyed")
  assert.equal((await client.closed).code, 4010)
})

test("an unused session (page served, no websocket) is reaped after unusedSessionLifetime; its callbacks stop", async (t) => {
  let created = 0
  let destroyedAt = 0
  let destroyedId = ""
  let ticks = 0
  const app = Application.fromFunction("/unused", (doc) => {
    created = performance.now()
    doc.addRoot(new Div({ text: "x" }))
    doc.addPeriodicCallback(() => { ticks++ }, 20)
  }, {
    onSessionDestroyed(context) {
      destroyedAt = performance.now()
      destroyedId = context.id
    },
  })
  const server = await start(t, app, { unusedSessionLifetime: 100, checkUnusedSessions: 50, disconnectedSessionLifetime: 5000 })
  const token = await pageToken(server, "/unused")
  const id = getSessionId(token)
  const context = server.contexts.get("/unused")!
  assert.ok(context.getSession(id) != null, "the page created the session")
  await waitFor(() => destroyedAt > 0, 1500, "the unused session to be reaped")
  assert.equal(destroyedId, id)
  const age = destroyedAt - created
  assert.ok(age >= 100, `reaped after ${age.toFixed(0)} ms, not before the lifetime`)
  assert.ok(age < 1000, `reaped after ${age.toFixed(0)} ms, soon after the lifetime`)
  assert.equal(context.getSession(id), null)
  assert.equal(context.sessions.length, 0)
  assert.ok(ticks >= 2, `periodic callback ran while the session lived (${ticks})`)
  const frozen = ticks
  await sleep(120)
  assert.equal(ticks, frozen, "periodic callback stopped with the session")
})

const reconApp = (destroyed: string[]) => Application.fromFunction("/recon", (doc) => {
  doc.addRoot(new Slider({ start: 0, end: 10, value: 1 }))
  doc.addRoot(new Div({ text: "x" }))
}, { onSessionDestroyed(context) { destroyed.push(context.id) } })

test("a disconnected session survives unusedSessionLifetime and keeps its document for a reconnect with the same token", async (t) => {
  const destroyed: string[] = []
  const server = await start(t, reconApp(destroyed), { unusedSessionLifetime: 100, disconnectedSessionLifetime: 60_000, checkUnusedSessions: 50 })
  const context = server.contexts.get("/recon")!
  const token = tokenFor(server)
  const id = getSessionId(token)

  const first = await connect(t, server, "/recon", { token })
  const ids = rootIds(await first.pull())
  const session = context.getSession(id)!
  const slider = session.document.roots[0] as Slider
  await session.execute(() => { slider.value = 4 })
  first.close()
  await first.closed
  await waitFor(() => session.connectionCount === 0, 2000, "the connection to be detached")
  // well past the unused-session lifetime (several checks), within the disconnected lifetime
  await sleep(300)
  assert.equal(context.getSession(id), session, "still live")
  assert.equal(session.destroyed, false)
  assert.deepEqual(destroyed, [])

  // BokehJS reconnects with the same token: same session, same document, same state
  const second = await connect(t, server, "/recon", { token })
  const pull = await second.pull()
  assert.deepEqual(rootIds(pull), ids)
  const roots = (pull.content as { doc: { roots: Array<{ attributes: Record<string, unknown> }> } }).doc.roots
  assert.equal(roots[0]!.attributes["value"], 4)
  assert.equal(context.getSession(id), session)
  assert.equal(context.sessions.length, 1)
})

test("a disconnected session nobody comes back to is reaped after disconnectedSessionLifetime; the token then gets a new session", async (t) => {
  const destroyed: string[] = []
  const server = await start(t, reconApp(destroyed), { unusedSessionLifetime: 100, disconnectedSessionLifetime: 400, checkUnusedSessions: 50 })
  const context = server.contexts.get("/recon")!
  const token = tokenFor(server)
  const id = getSessionId(token)
  const first = await connect(t, server, "/recon", { token })
  const ids = rootIds(await first.pull())
  const session = context.getSession(id)!
  first.close()
  await first.closed
  await waitFor(() => session.connectionCount === 0, 2000, "the connection to be detached")
  const leftAt = performance.now()
  await waitFor(() => destroyed.length > 0, 1500, "the disconnected session to be reaped")
  const waited = performance.now() - leftAt
  assert.ok(waited >= 350, `reaped ${waited.toFixed(0)} ms after the last connection left`)
  assert.deepEqual(destroyed, [id])
  assert.equal(context.getSession(id), null)
  assert.equal(session.destroyed, true)

  // coming back later with the same token builds a new session: new document, new ids
  const again = await connect(t, server, "/recon", { token })
  const newIds = rootIds(await again.pull())
  assert.equal(newIds.length, 2)
  for (const newId of newIds) assert.ok(!ids.includes(newId), "a new document")
  assert.notEqual(context.getSession(id), session)
})

test("request arguments, cookies and headers of the page request reach the session context", async (t) => {
  const seen = new Map<string, SessionContext>()
  const app = Application.fromFunction("/req", (doc, context) => {
    seen.set(context.id, context)
    doc.addRoot(new Div({ text: "x" }))
  })
  const server = await start(t, app)
  const token = await pageToken(server, "/req?N=5&M=a&M=b", { Cookie: "flavour=mint; size=2", "X-Custom": "hello" })
  const id = getSessionId(token)
  const client = await connect(t, server, "/req", { token })
  assert.equal(rootIds(await client.pull()).length, 1)
  assert.deepEqual([...seen.keys()], [id], "the page's session, used by the websocket")
  const context = seen.get(id)!
  assert.equal(server.contexts.get("/req")!.getSession(id), context.session)
  assert.deepEqual(context.request.arguments["N"], ["5"])
  assert.deepEqual(context.request.arguments["M"], ["a", "b"])
  assert.deepEqual(context.request.cookies, { flavour: "mint", size: "2" })
  assert.equal(context.request.headers["X-Custom"], "hello")
  assert.equal(context.token, token)
  // the token carries the same request (what a session rebuilt from it would see)
  const payload = context.tokenPayload as { cookies?: Record<string, string>; headers?: Record<string, string> }
  assert.deepEqual(payload.cookies, { flavour: "mint", size: "2" })
  assert.equal(payload.headers?.["X-Custom"], "hello")
})

test("a session the websocket creates from a page token (server restarted) gets the page's request from the token", async (t) => {
  const seen = new Map<string, SessionContext>()
  const app = () => Application.fromFunction("/req2", (doc, context) => {
    seen.set(context.id, context)
    doc.addRoot(new Div({ text: "x" }))
  })
  const before = await start(t, app())
  const token = await pageToken(before, "/req2?N=6", { Cookie: "flavour=lime", "X-Custom": "again" })
  const id = getSessionId(token)
  // another server process (unsigned ids: any id is accepted) never saw the page request
  const after = await start(t, app())
  seen.clear()
  // the websocket URL has other arguments: the token's payload wins (protocol.md §2.7)
  const client = await connect(t, after, "/req2", { token, query: "N=99" })
  assert.equal(rootIds(await client.pull()).length, 1)
  const rebuilt = seen.get(id)!
  assert.ok(rebuilt != null, "a new session with the page's session id")
  assert.equal(after.contexts.get("/req2")!.getSession(id), rebuilt.session)
  assert.deepEqual(rebuilt.request.arguments["N"], ["6"])
  assert.deepEqual(rebuilt.request.cookies, { flavour: "lime" })
  assert.equal(rebuilt.request.headers["X-Custom"], "again")
  assert.equal(rebuilt.request.headers["Cookie"], "flavour=lime", "Cookie header rebuilt from the cookies")
})

test("bokeh.client style (no page): the websocket URL's query gives the arguments", async (t) => {
  const seen = new Map<string, SessionContext>()
  const app = Application.fromFunction("/req3", (doc, context) => {
    seen.set(context.id, context)
    doc.addRoot(new Div({ text: "x" }))
  })
  const server = await start(t, app)
  const token = tokenFor(server)
  const client = await connect(t, server, "/req3", { token, query: "N=7&bokeh-session-id=zzz", headers: { Cookie: "k=v", "X-Client": "py" } })
  assert.equal(rootIds(await client.pull()).length, 1)
  const context = seen.get(getSessionId(token))!
  assert.ok(context != null)
  assert.deepEqual(context.request.arguments["N"], ["7"])
  assert.equal(context.request.arguments["bokeh-session-id"], undefined, "bokeh-session-id is removed")
  assert.deepEqual(context.request.cookies, { k: "v" })
  assert.equal(context.request.headers["X-Client"], "py")
})
