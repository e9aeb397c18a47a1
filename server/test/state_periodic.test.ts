// Panel-style periodic callbacks (spec document.md §14.7, deviation Q13): count and timeout
// stop them, a slow async callback never overlaps itself, the period can change while running,
// `running` starts and stops them and links to a Toggle both ways, and a destroyed session
// leaves no timer behind.
import assert from "node:assert/strict"
import { performance } from "node:perf_hooks"
import { test } from "node:test"
import type { TestContext } from "node:test"
import { Div, RuntimeError, Toggle, ValueError } from "../../document/index.ts"
import type { SessionContext } from "../context.ts"
import { curdoc } from "../curdoc.ts"
import type { BokehServer } from "../server.ts"
import { PeriodicCallback, addPeriodicCallback, execute } from "../state/index.ts"
import { generateSessionId } from "../tokens.ts"
import { RawClient, captureServerLog, sleep, startServer, waitFor } from "./helpers.ts"

async function setup(t: TestContext): Promise<{ server: BokehServer; context: SessionContext; client: RawClient; toggle: Toggle }> {
  let toggle!: Toggle
  const server = await startServer({ "/pc": (doc) => { toggle = new Toggle({ name: "toggle" }); doc.addRoot(toggle); doc.addRoot(new Div()) } })
  t.after(() => server.stop())
  const id = generateSessionId(server.tokens)
  const client = await RawClient.connect(server, "/pc", { sessionId: id })
  t.after(() => client.close())
  await client.pull()
  return { server, context: server.contexts.get("/pc")!.sessions.find((c) => c.id === id)!, client, toggle }
}

// Makes the callback inside the session, as app code or a callback would.
function inSession(context: SessionContext, make: () => PeriodicCallback): Promise<PeriodicCallback> {
  return execute(make, context) as Promise<PeriodicCallback>
}

function timers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length
}

test("count: runs exactly `count` times, also when every run throws, then stops", async (t) => {
  const { context } = await setup(t)
  let runs = 0
  const { log } = await captureServerLog(async () => {
    const cb = await inSession(context, () => addPeriodicCallback(() => { runs++; throw new Error("tick failed") }, 10, { count: 3 }))
    await waitFor(() => !cb.running, 2000, "the stop")
    await sleep(50)
    assert.equal(cb.counter, 3)
  })
  assert.equal(runs, 3)
  assert.equal(log.filter(([level, m]) => level === "error" && /tick failed/.test(m)).length, 3)
  assert.deepEqual(context.document.sessionCallbacks, [], "its session callback is gone")
})

test("timeout: stops once `timeout` ms passed since start", async (t) => {
  const { context } = await setup(t)
  const started = performance.now()
  const cb = await inSession(context, () => addPeriodicCallback(() => {}, 20, { timeout: 100 }))
  await waitFor(() => !cb.running, 2000, "the stop")
  const elapsed = performance.now() - started
  assert.ok(elapsed >= 100 && elapsed < 400, `stopped after ${elapsed} ms`)
  assert.ok(cb.counter >= 3 && cb.counter <= 6, `${cb.counter} runs`)
})

test("a slow async callback never overlaps itself: each run starts after the previous ended", async (t) => {
  const { context } = await setup(t)
  const spans: Array<[number, number]> = []
  let active = 0
  let most = 0
  const cb = await inSession(context, () => addPeriodicCallback(async () => {
    active++
    most = Math.max(most, active)
    const start = performance.now()
    await sleep(40)
    spans.push([start, performance.now()])
    active--
  }, 10, { count: 4 }))
  await waitFor(() => !cb.running, 3000, "four runs")
  assert.equal(most, 1)
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i]![0] >= spans[i - 1]![1] - 1, `run ${i} started before run ${i - 1} ended`)
})

test("period can change while running: the new period applies, the counter carries on", async (t) => {
  const { context } = await setup(t)
  const cb = await inSession(context, () => addPeriodicCallback(() => {}, 10_000))
  await sleep(30)
  assert.equal(cb.counter, 0)
  cb.period = 15
  await waitFor(() => cb.counter >= 3, 1000, "runs at the new period")
  assert.equal(cb.running, true)
  assert.equal(context.document.sessionCallbacks.length, 1, "one session callback, not one per period")
  cb.stop()
  assert.throws(() => { cb.period = 0 }, (e: Error) => e instanceof ValueError && /period must be a positive number of milliseconds, got number 0/.test(e.message))
})

test("running starts and stops; start() while running is an error; a restart counts from 0", async (t) => {
  const { context } = await setup(t)
  let runs = 0
  const cb = await inSession(context, () => addPeriodicCallback(() => { runs++ }, 10, { start: false }))
  await sleep(30)
  assert.equal(runs, 0)
  cb.running = true
  assert.throws(() => cb.start(), (e: Error) => e instanceof RuntimeError && /already running/.test(e.message))
  await waitFor(() => cb.counter >= 2, 1000, "two runs")
  cb.running = false
  const stoppedAt = runs
  await sleep(40)
  assert.equal(runs, stoppedAt, "no run after stop")
  cb.start()
  assert.equal(cb.counter, 0)
  cb.stop()
  assert.throws(() => { cb.running = "yes" as never }, /running must be a boolean, got "yes"/)
  assert.throws(() => addPeriodicCallback(() => {}, 10, { count: 1.5 }), /count must be a positive integer, got number 1.5/)
  assert.throws(() => addPeriodicCallback("f" as never, 10), /expects a function, got "f"/)
})

test("link: a Toggle starts and stops the callback, and shows when it stopped by itself", async (t) => {
  const { context, client, toggle } = await setup(t)
  const cb = await inSession(context, () => {
    const made = addPeriodicCallback(() => {}, 10, { count: 5, start: false })
    made.link(toggle)
    return made
  })
  assert.equal(toggle.active, false)
  // the browser turns the Toggle on
  client.patch([{ kind: "ModelChanged", model: { id: toggle.id }, attr: "active", new: true }])
  await waitFor(() => cb.running, 1000, "started by the toggle")
  // five runs later it stops, and the Toggle is switched off in the browser too
  await waitFor(() => !cb.running, 2000, "stopped by count")
  await waitFor(() => client.received.some((m) => m.msgtype === "PATCH-DOC" &&
    (m.content as { events: Array<{ attr?: string; new?: unknown }> }).events.some((e) => e.attr === "active" && e.new === false)), 2000, "the toggle off")
  assert.equal(toggle.active, false)
  assert.throws(() => cb.link(new Div(), "text"), /Div.*text/)
})

test("a destroyed session stops its periodic callbacks and leaves no timer", async (t) => {
  const { server, context, client } = await setup(t)
  const baseline = timers()
  const cbs = await Promise.all([1, 2, 3].map((n) => inSession(context, () => addPeriodicCallback(() => {}, 5 * n))))
  await sleep(30)
  assert.equal(timers(), baseline + 3)
  await server.contexts.get("/pc")!.destroyAll()
  assert.deepEqual(cbs.map((cb) => cb.running), [false, false, false])
  // (closing the websocket has a timer of its own until the socket is gone)
  await client.closed
  await waitFor(() => timers() === baseline, 1000, `the timers to return to ${baseline}: ${timers()}`)
  assert.throws(() => cbs[0]!.start(), /session of this periodic callback was destroyed/)
})

test("outside a session: the process scheduler runs it at once, then every period, with no session context", async () => {
  const seen: string[] = []
  const cb = addPeriodicCallback(() => {
    try {
      curdoc()
      seen.push("a session")
    } catch {
      seen.push("no session")
    }
  }, 20, { count: 3 })
  assert.equal(cb.context, null)
  await waitFor(() => seen.length >= 1, 100, "the first run at once")
  await waitFor(() => !cb.running, 1000, "three runs")
  assert.deepEqual(seen, ["no session", "no session", "no session"])
  // its timer never keeps the process alive
  const forever = addPeriodicCallback(() => {}, 1000)
  const timer = (forever as unknown as { timer: NodeJS.Timeout }).timer
  assert.equal(timer.hasRef(), false)
  forever.stop()
  assert.equal((forever as unknown as { timer: unknown }).timer, null)
})
