// Session state from app code (spec document.md §14.1, §14.2, §14.4, §14.6, §14.9): the request
// a session came from, curdoc per task across awaits, on-destroyed callbacks, and running code
// in a session's queue from anywhere (execute, withLock, unlocked, updateSessions,
// doc.lockedCallback).
import assert from "node:assert/strict"
import { test } from "node:test"
import type { TestContext } from "node:test"
import { Div, Document, RuntimeError, ValueError } from "../../document/index.ts"
import type { SessionContext } from "../context.ts"
import { curdoc } from "../curdoc.ts"
import type { BokehServer } from "../server.ts"
import { execute, state, unlocked, updateSessions, withLock } from "../state/index.ts"
import { generateSessionId } from "../tokens.ts"
import { RawClient, captureServerLog, sleep, startServer, waitFor } from "./helpers.ts"
import type { AppFunction } from "../application.ts"

async function start(t: TestContext, apps: Record<string, AppFunction>): Promise<BokehServer> {
  const server = await startServer(apps)
  t.after(() => server.stop())
  return server
}

// A session of `path` with a client that pulled the document.
async function open(t: TestContext, server: BokehServer, path: string): Promise<{ context: SessionContext; client: RawClient }> {
  const id = generateSessionId(server.tokens)
  const client = await RawClient.connect(server, path, { sessionId: id })
  t.after(() => client.close())
  await client.pull()
  const context = server.contexts.get(path)!.sessions.find((c) => c.id === id)!
  return { context, client }
}

function texts(client: RawClient): unknown[] {
  return client.received.flatMap((m) => m.msgtype !== "PATCH-DOC" ? [] :
    (m.content as { events: Array<{ attr?: string; new?: unknown }> }).events.filter((e) => e.attr === "text").map((e) => e.new))
}

test("sessionArgs, args, cookies and headers are the page request's; outside a session they are empty", async (t) => {
  let seen: Record<string, unknown> | null = null
  const server = await start(t, {
    "/req": () => {
      seen = {
        phase: state.sessionArgs.phase?.map((b) => new TextDecoder().decode(b)),
        bytes: state.sessionArgs.phase?.[0] instanceof Uint8Array,
        args: state.args,
        cookies: state.cookies,
        agent: state.headers["User-Agent"],
        context: state.sessionContext != null,
      }
    },
  })
  const response = await fetch(`http://127.0.0.1:${server.port}/req?phase=0.5&phase=2&x=%C3%A9`, {
    headers: { Cookie: "flavour=mint; size=large", "User-Agent": "state-test" },
  })
  assert.equal(response.status, 200)
  assert.deepEqual(seen, {
    phase: ["0.5", "2"],
    bytes: true,
    args: { phase: ["0.5", "2"], x: ["é"] },
    cookies: { flavour: "mint", size: "large" },
    agent: "state-test",
    context: true,
  })
  assert.deepEqual([state.sessionArgs, state.args, state.cookies, state.headers], [{}, {}, {}, {}])
  assert.equal(state.sessionContext, null)
  assert.throws(() => state.curdoc, /only available in code run by a session/)
  assert.throws(() => state.location, (e: Error) => e instanceof RuntimeError && /state.location needs a session/.test(e.message))
})

test("curdoc and state follow each task across awaits: three sessions interleaving see their own", async (t) => {
  const mismatches: string[] = []
  const reads: string[] = []
  const server = await start(t, {
    "/ctx": (doc, context) => {
      doc.title = context.id
      doc.addNextTickCallback(async () => {
        for (let i = 0; i < 5; i++) {
          await sleep(Math.random() * 10)
          if (curdoc() !== doc || state.sessionContext !== context) mismatches.push(context.id)
          reads.push(context.id)
        }
      })
    },
  })
  await Promise.all([open(t, server, "/ctx"), open(t, server, "/ctx"), open(t, server, "/ctx")])
  await waitFor(() => reads.length === 15, 3000, "15 reads")
  assert.deepEqual(mismatches, [])
})

test("onSessionDestroyed: inside a session for that session, outside for every session; both after the document is gone", async (t) => {
  const local: Array<[string, boolean]> = []
  const global: string[] = []
  const unsubscribe = state.onSessionDestroyed((context) => { global.push(context.id) })
  t.after(unsubscribe)
  const server = await startServer({
    "/bye": (doc) => {
      state.onSessionDestroyed((context) => { local.push([context.id, doc.destroyed]) })
    },
  })
  t.after(() => server.stop())
  const { context: a } = await open(t, server, "/bye")
  const { context: b } = await open(t, server, "/bye")
  await server.stop()
  assert.deepEqual(local.sort(), [[a.id, true], [b.id, true]].sort())
  assert.deepEqual(global.sort(), [a.id, b.id].sort())
  assert.throws(() => state.onSessionDestroyed("no" as never), ValueError)
})

test("execute runs in the session's queue from outside, from another session and from a global timer", async (t) => {
  let div!: Div
  const server = await start(t, { "/ex": (doc) => { div = new Div({ text: "start" }); doc.addRoot(div) } })
  const { context, client } = await open(t, server, "/ex")
  const target = div
  // outside any session the session must be named
  assert.throws(() => execute(() => {}), (e: Error) => e instanceof RuntimeError && /execute\(fn, sessionContext\)/.test(e.message))
  assert.throws(() => execute(() => {}, "nope" as never), /expected a SessionContext, a Document or a ServerSession, got "nope"/)
  assert.equal(await execute((doc) => { target.text = "from outside"; return doc === context.document }, context), true)
  assert.equal(await execute(() => target.text, context.document), "from outside")
  // from another session's task: queued on the target, awaited without deadlock
  const { context: other } = await open(t, server, "/ex")
  await execute(async () => {
    await execute(() => { target.text = "from another session" }, context)
  }, other)
  // from a timer with no session context
  await new Promise<void>((resolve) => setTimeout(() => { void execute(() => { target.text = "from a timer" }, context).then(() => resolve()) }, 5))
  await waitFor(() => texts(client).includes("from a timer"), 2000, "the timer's change")
  assert.deepEqual(texts(client), ["from outside", "from another session", "from a timer"])
})

test("execute from the session's own task queues behind it and resolves at once (no deadlock); errors reject and are logged", async (t) => {
  const order: string[] = []
  const server = await start(t, { "/own": (doc) => doc.addRoot(new Div()) })
  const { context } = await open(t, server, "/own")
  await execute(async () => {
    const result = await execute(() => { order.push("queued"); return 1 })
    order.push(`own task done (got ${String(result)})`)
  }, context)
  await waitFor(() => order.length === 2, 2000, "the queued task")
  assert.deepEqual(order, ["own task done (got undefined)", "queued"])
  const { log } = await captureServerLog(async () => {
    await assert.rejects(execute(() => { throw new Error("boom") }, context), /boom/)
  })
  assert.ok(log.some(([level, message]) => level === "error" && /execute\(\).*boom/s.test(message)), JSON.stringify(log))
})

test("withLock turns an async UI handler into a task of its own: it keeps the lock across awaits", async (t) => {
  let div!: Div
  const server = await start(t, {
    "/wl": (doc) => {
      div = new Div({ text: "-" })
      doc.addRoot(div)
      const job = withLock(async (label: string) => {
        div.text = `${label} started`
        await sleep(30)
        div.text = `${label} done`
        return label
      })
      ;(doc as unknown as { job: typeof job }).job = job
    },
  })
  const { context, client } = await open(t, server, "/wl")
  const job = (context.document as unknown as { job: (label: string) => Promise<string | undefined> }).job
  // called from outside (the wrapper remembers its session); two calls run one after the other
  const [a, b] = await Promise.all([job("a"), job("b")])
  assert.deepEqual([a, b], ["a", "b"])
  await waitFor(() => texts(client).length === 4, 2000, "four changes")
  assert.deepEqual(texts(client), ["a started", "a done", "b started", "b done"])
  assert.throws(() => withLock(() => {})(), /outside any session/)
})

test("unlocked sends the changes made so far at once, as one message, before the task ends", async (t) => {
  let div!: Div
  const server = await start(t, { "/ul": (doc) => { div = new Div({ text: "-" }); doc.addRoot(div) } })
  const { context, client } = await open(t, server, "/ul")
  await execute(() => {
    // held and combined: one event for the two changes, sent before the task goes on
    unlocked(() => { div.text = "one"; div.text = "two" })
    div.text = "three"
  }, context)
  await waitFor(() => texts(client).includes("three"), 2000, "the last change")
  assert.deepEqual(texts(client), ["two", "three"])
  const patches = client.received.filter((m) => m.msgtype === "PATCH-DOC")
  assert.equal(patches.length, 2, "a synchronous task sends one message at its end; unlocked() sent one before")
  assert.equal(unlocked(() => 5), 5, "outside a session it just runs")
  // a timer left behind by a task that has ended belongs to no task any more
  const late = await new Promise<unknown>((resolve) => {
    void execute(() => {
      setTimeout(() => {
        try {
          unlocked(() => {})
          resolve(null)
        } catch (error) {
          resolve(error)
        }
      }, 5)
    }, context)
  })
  assert.match(String(late), /unlocked\(\) must run inside a task/)
})

test("updateSessions runs a change on every live session of an app, each in its own queue", async (t) => {
  const server = await start(t, {
    "/all": (doc) => doc.addRoot(new Div({ name: "div", text: "old" })),
    "/other": (doc) => doc.addRoot(new Div({ name: "div", text: "untouched" })),
  })
  const sessions = await Promise.all([open(t, server, "/all"), open(t, server, "/all"), open(t, server, "/all")])
  const { context: other } = await open(t, server, "/other")
  const ids = await updateSessions("/all", (doc, context) => {
    ;(doc.getModelByName("div") as Div).text = `new in ${context.id}`
    return context.id
  })
  assert.deepEqual(new Set(ids), new Set(sessions.map((s) => s.context.id)))
  for (const { context, client } of sessions) {
    await waitFor(() => texts(client).includes(`new in ${context.id}`), 2000, "the change in every session")
  }
  assert.equal((other.document.getModelByName("div") as Div).text, "untouched")
  // "all" works without the slash; an app nobody serves is an error
  assert.equal((await updateSessions("all", () => 1)).length, 3)
  await assert.rejects(updateSessions("/nope", () => 1), /no running server serves an app at '\/nope'/)
  await server.stop()
  await assert.rejects(updateSessions("/all", () => 1), /no running server/, "a stopped server's apps are gone")
})

test("doc.lockedCallback queues each call as a session task; 'latest' coalesces to the newest; no session runs directly", async (t) => {
  let div!: Div
  const server = await start(t, { "/lc": (doc) => { div = new Div({ text: "-" }); doc.addRoot(div) } })
  const { context, client } = await open(t, server, "/lc")
  const doc = context.document
  const everySeen: number[] = []
  const latestSeen: number[] = []
  const every = doc.lockedCallback((n: number) => { everySeen.push(n); div.text = `every ${n}` })
  const latest = doc.lockedCallback((n: number) => { latestSeen.push(n); div.text = `latest ${n}` }, { policy: "latest" })
  // hold the lock so that calls pile up behind a running task, as from a fast producer
  const blocker = execute(() => sleep(50), context)
  await sleep(5)
  const calls: Array<Promise<void>> = []
  for (let n = 1; n <= 5; n++) {
    calls.push(every(n))
    calls.push(latest(n))
  }
  await Promise.all([blocker, ...calls])
  assert.deepEqual(everySeen, [1, 2, 3, 4, 5])
  assert.deepEqual(latestSeen, [5], "only the newest arguments ran")
  await waitFor(() => texts(client).includes("latest 5"), 2000, "the coalesced change")
  // a call arriving while its run is under way queues a new run
  const slow = doc.lockedCallback(async (n: number) => { latestSeen.push(n); await sleep(20) }, { policy: "latest" })
  const first = slow(6)
  await sleep(5)
  await Promise.all([first, slow(7), slow(8)])
  assert.deepEqual(latestSeen, [5, 6, 8])
  // errors are logged, not thrown at the caller
  const { log } = await captureServerLog(() => doc.lockedCallback(() => { throw new Error("bad") })())
  assert.ok(log.some(([level, m]) => level === "error" && /lockedCallback.*bad/s.test(m)), JSON.stringify(log))
  assert.throws(() => doc.lockedCallback(() => {}, { policy: "sometimes" as never }), /policy must be "every" or "latest", got "sometimes"/)
  // a plain document has no session: the call runs at once
  const plain = new Document()
  let ran = 0
  await plain.lockedCallback(() => { ran++ })()
  assert.equal(ran, 1)
})
