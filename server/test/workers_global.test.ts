// GlobalTaskRunner: one per key per process, called every `seconds` without overlap, its
// value and exception delivered to every subscribed session through the session's queue
// (coalesced when the session is behind), subscriptions ending with their sessions, and
// remove() / removeAll() leaving nothing running.
import assert from "node:assert/strict"
import { performance } from "node:perf_hooks"
import { after, before, test } from "node:test"
import { Div, type Document } from "../../document/index.ts"
import type { SessionContext } from "../context.ts"
import { currentSessionContext } from "../context.ts"
import type { BokehServer } from "../server.ts"
import { GlobalTaskRunner, WorkerHost, workerStats } from "../workers/index.ts"
import { bokehSession, closeBokehJS, RawClient, sleep, startServer, waitFor } from "./helpers.ts"

const FUNCTIONS = new URL("../workers/test_functions.ts", import.meta.url)
const COUNTER = { module: FUNCTIONS, export: "counter" }

interface Probe { context: SessionContext; received: number[]; inSession: boolean[]; duringAppCode: number }
const probes: Probe[] = []

// Each session subscribes to the "count" runner and shows its value.
function app(doc: Document, context: SessionContext): void {
  const runner = new GlobalTaskRunner<number>("count", { worker: COUNTER, seconds: 0.02 })
  const probe: Probe = { context, received: [], inSession: [], duringAppCode: 0 }
  probes.push(probe)
  const div = new Div({ name: "count", text: "none" })
  runner.subscribe((value) => {
    probe.received.push(value!)
    probe.inSession.push(currentSessionContext() === context)
    div.text = `count ${value}`
  })
  // a current value is delivered soon, never inside subscribe() and the app code around it
  probe.duringAppCode = probe.received.length
  doc.addRoot(div)
}

let server: BokehServer
before(async () => { server = await startServer({ "/global": app }) })
after(async () => {
  await GlobalTaskRunner.removeAll()
  await server.stop()
  await closeBokehJS()
})

test("one runner per key: a second new returns it; another function under the key is refused", async () => {
  const a = new GlobalTaskRunner("same", { worker: COUNTER, seconds: 10 })
  const b = new GlobalTaskRunner("same", { worker: { module: FUNCTIONS.href, export: "counter" }, seconds: 1 })
  assert.equal(a, b)
  assert.equal(b.seconds, 10)
  assert.equal(GlobalTaskRunner.get("same"), a)
  assert.throws(() => new GlobalTaskRunner("same", { worker: { module: FUNCTIONS, export: "echo" } }),
    /GlobalTaskRunner "same" already runs test_functions\.ts#counter; remove\(\) it/)
  assert.throws(() => new GlobalTaskRunner("", { worker: COUNTER }), /non-empty string/)
  assert.throws(() => new GlobalTaskRunner("bad", { worker: COUNTER, seconds: 0 }), /seconds must be a finite number ≥ 0.001, got 0/)
  assert.equal(GlobalTaskRunner.get("bad"), null, "a refused runner is not registered")
  assert.throws(() => a.subscribe(() => {}), /delivers to a session: call it from app code/)
  await a.remove()
  assert.equal(GlobalTaskRunner.get("same"), null)
  // the key is free again: a new runner, its own worker (and module state)
  const c = new GlobalTaskRunner("same", { worker: COUNTER, seconds: 10 })
  assert.notEqual(c, a)
  await c.remove()
})

test("calls every `seconds`, never overlapping; seconds can change at once", { timeout: 20_000 }, async () => {
  const hold = setInterval(() => {}, 1000)
  try {
    const fast = new GlobalTaskRunner<number>("fast", { worker: COUNTER, seconds: 0.05 })
    await waitFor(() => fast.calls >= 1, 5000, "the first call")
    const start = fast.calls
    const t0 = performance.now()
    await sleep(1000)
    const rate = (fast.calls - start) / ((performance.now() - t0) / 1000)
    assert.ok(rate > 15 && rate < 24, `${rate.toFixed(1)} calls a second for a 0.05 s period`)
    assert.equal(fast.value, fast.calls, "the counter's value is its call count")

    // a long wait is cut short by a shorter period
    fast.seconds = 30
    await sleep(100)
    const before = fast.calls
    await sleep(200)
    assert.equal(fast.calls, before, "nothing runs while waiting 30 s")
    fast.seconds = 0.01
    await waitFor(() => fast.calls >= before + 5, 2000, "calls at the new period")
    await fast.remove()

    // calls that take 100 ms with a 10 ms period: back to back, one at a time
    const slow = new GlobalTaskRunner("slow", { worker: { module: FUNCTIONS, export: "echo" }, args: ["x", 100], seconds: 0.01 })
    await waitFor(() => slow.calls >= 1, 5000, "the first slow call")
    let overlapping = 0
    const host = (slow as any).host as WorkerHost
    const probe = setInterval(() => { if (host.pendingCalls > 1) overlapping++ }, 2)
    const s0 = slow.calls
    await sleep(600)
    clearInterval(probe)
    const made = slow.calls - s0
    assert.equal(overlapping, 0)
    assert.ok(made >= 4 && made <= 7, `${made} calls of 100 ms in 600 ms`)
    await slow.remove()

    // exceptions are kept next to the last good value
    const failing = new GlobalTaskRunner("failing", { worker: { module: FUNCTIONS, export: "fail" }, args: ["no data"], seconds: 0.05 })
    await waitFor(() => failing.calls >= 2, 5000, "failing calls")
    assert.equal(failing.value, undefined)
    assert.equal(failing.exception?.name, "RangeError")
    assert.equal(failing.exception?.message, "no data")
    await failing.remove()
    assert.throws(() => new GlobalTaskRunner("models", { worker: COUNTER, args: [new Div()] }), /workers never receive models/)
  } finally {
    clearInterval(hold)
  }
})

test("every subscribed session gets the values in its own queue; one worker for all of them", { timeout: 20_000 }, async () => {
  const baseWorkers = workerStats().workers
  const client = await bokehSession(server, "/global")
  const tabs = await Promise.all([0, 1].map(() => RawClient.connect(server, "/global")))
  const runner = GlobalTaskRunner.get<number>("count")!
  assert.equal(runner.subscribers, 3)
  assert.equal(workerStats().workers, baseWorkers + 1, "three sessions, one worker")
  const mine = probes.slice(-3)
  await waitFor(() => mine.every((p) => p.received.length >= 5), 5000, "values in every session")
  for (const probe of mine) {
    assert.ok(probe.inSession.every(Boolean), "delivered inside the session's task")
    // each session sees the values in order (a session that fell behind skips, never reorders)
    assert.deepEqual(probe.received, [...probe.received].sort((a, b) => a - b))
  }
  await waitFor(() => /^count \d+$/.test(client.document.get_model_by_name("count").text), 5000, "the client's Div")

  // a session that is busy gets one delivery with the latest value, not a backlog
  const busy = mine[0]!
  const session = busy.context.session!
  const before = busy.received.length
  const callsBefore = runner.calls
  await session.execute(async () => { await sleep(400) })
  const callsDuring = runner.calls - callsBefore
  // the waiting delivery is the next task: it has run by the time execute() resolves
  await waitFor(() => busy.received.length > before, 1000, "the delivery after the busy task")
  const delivered = busy.received.length - before
  assert.ok(callsDuring >= 10, `${callsDuring} calls meanwhile`)
  assert.ok(delivered <= 2, `${delivered} deliveries for ${callsDuring} calls during a 400 ms task`)
  assert.ok(busy.received[before]! >= callsBefore + 10, "the latest value")

  // a destroyed session unsubscribes by itself
  await server.contexts.get("/global")!.destroyAll()
  assert.equal(runner.subscribers, 0)
  for (const tab of tabs) tab.close()
  client.close()
})

test("a subscriber opened after values exist gets the current one at once; remove() ends everything", { timeout: 20_000 }, async () => {
  const runner = GlobalTaskRunner.get<number>("count")!
  runner.seconds = 5
  await sleep(50)
  const tab = await RawClient.connect(server, "/global")
  const probe = probes.at(-1)!
  await waitFor(() => probe.received.length === 1, 2000, "the current value")
  assert.equal(probe.received[0], runner.value)
  assert.equal(probe.duringAppCode, 0)
  assert.deepEqual(probe.inSession, [true])
  await runner.remove()
  assert.equal(runner.subscribers, 0)
  assert.equal(GlobalTaskRunner.get("count"), null)
  await waitFor(() => workerStats().workers === 0, 5000, "the worker to exit")
  tab.close()
})

test("removeAll() stops every runner; nothing is left", async () => {
  for (const key of ["a", "b", "c"]) new GlobalTaskRunner(key, { worker: COUNTER, seconds: 0.05 })
  assert.deepEqual(GlobalTaskRunner.keys.sort(), ["a", "b", "c"])
  await sleep(100)
  await GlobalTaskRunner.removeAll()
  assert.deepEqual(GlobalTaskRunner.keys, [])
  await waitFor(() => workerStats().workers === 0, 5000, "the workers to exit")
  assert.deepEqual(workerStats(), { workers: 0, timers: 0, sessionRunners: 0, globalRunners: 0 })
})
