// Process-wide scheduled tasks (spec document.md §14.8) and the process cache (§14.11).
import assert from "node:assert/strict"
import { test } from "node:test"
import { Div, KeyError, ValueError } from "../../document/index.ts"
import { curdoc } from "../curdoc.ts"
import { Cache, asCached, cancelTask, execute, scheduleTask, scheduledTasks, updateSessions } from "../state/index.ts"
import { parsePeriod } from "../state/scheduler.ts"
import { RawClient, captureServerLog, sleep, startServer, waitFor } from "./helpers.ts"

test("scheduleTask: a period runs at once and then on its grid; idempotent by name; cancelTask stops it", async (t) => {
  const runs: number[] = []
  const fn = () => { runs.push(Date.now()) }
  const origin = Date.now()
  scheduleTask("grid", fn, { period: 30 })
  t.after(() => { if (scheduledTasks().includes("grid")) cancelTask("grid") })
  // the same name again does nothing (a warning when the function differs)
  const { log } = await captureServerLog(async () => {
    scheduleTask("grid", fn, { period: 5 })
    scheduleTask("grid", () => {}, { period: 5 })
  })
  assert.deepEqual(log.map(([level]) => level), ["warn"])
  assert.match(log[0]![1], /'grid' is already scheduled with another function/)
  await waitFor(() => runs.length >= 4, 1000, "four runs")
  // on the grid origin + k·30 ms, never bunched at the 5 ms of the ignored calls
  for (let i = 1; i < runs.length; i++) assert.ok(runs[i]! - origin >= i * 30 - 2, `run ${i} at +${runs[i]! - origin} ms`)
  cancelTask("grid")
  const stopped = runs.length
  await sleep(80)
  assert.equal(runs.length, stopped)
  assert.deepEqual(scheduledTasks().filter((n) => n === "grid"), [])
  assert.throws(() => cancelTask("grid"), (e: Error) => e instanceof KeyError && /no task named 'grid' is scheduled/.test(e.message))
})

test("a failing task is logged and keeps its schedule; a slow run is never overlapped by the next", async (t) => {
  let runs = 0
  let active = 0
  let most = 0
  const { log } = await captureServerLog(async () => {
    scheduleTask("flaky", async () => {
      runs++
      active++
      most = Math.max(most, active)
      await sleep(35)
      active--
      throw new Error("flaky failed")
    }, { period: 10 })
    t.after(() => { if (scheduledTasks().includes("flaky")) cancelTask("flaky") })
    await waitFor(() => runs >= 3, 2000, "three runs")
    cancelTask("flaky")
    await sleep(40)
  })
  assert.equal(most, 1)
  assert.ok(log.filter(([level, m]) => level === "error" && /scheduled task 'flaky'.*flaky failed/s.test(m)).length >= 2, JSON.stringify(log))
  assert.ok(log.some(([level, m]) => level === "warn" && /'flaky' is still running: skipping this run/.test(m)))
})

test("at: once at a time; a list of times; a function; cancelTask with wait lets one more run happen", async (t) => {
  const order: string[] = []
  scheduleTask("once", () => { order.push("once") }, { at: new Date(Date.now() + 20) })
  scheduleTask("list", () => { order.push("list") }, { at: [Date.now() + 10, Date.now() + 40] })
  let calls = 0
  scheduleTask("fn", () => { order.push("fn") }, { at: (now) => (++calls <= 2 ? now.getTime() + 15 : null) })
  await waitFor(() => !["once", "list", "fn"].some((n) => scheduledTasks().includes(n)), 1000, "the three schedules to end")
  assert.deepEqual(order.filter((o) => o === "once"), ["once"])
  assert.deepEqual(order.filter((o) => o === "list"), ["list", "list"])
  assert.deepEqual(order.filter((o) => o === "fn"), ["fn", "fn"])
  let waited = 0
  scheduleTask("wait", () => { waited++ }, { period: 20, at: Date.now() + 20 })
  t.after(() => { if (scheduledTasks().includes("wait")) cancelTask("wait") })
  cancelTask("wait", { wait: true })
  await sleep(100)
  assert.equal(waited, 1)
  assert.ok(!scheduledTasks().includes("wait"))
})

test("cron via croner; bad timing options are clear errors", () => {
  scheduleTask("nightly", () => {}, { cron: "2 4 * * mon,fri" })
  assert.ok(scheduledTasks().includes("nightly"))
  cancelTask("nightly")
  assert.throws(() => scheduleTask("c", () => {}, { cron: "every day" }), (e: Error) => e instanceof ValueError && /invalid cron expression "every day"/.test(e.message))
  assert.throws(() => scheduleTask("c", () => {}, { cron: "* * * * *", at: [new Date()] }), /takes `at` as one time/)
  assert.throws(() => scheduleTask("c", () => {}, { cron: "* * * * *", period: 5 }), /period or cron, not both/)
  assert.throws(() => scheduleTask("c", () => {}), /needs at least one of at, period or cron/)
  assert.throws(() => scheduleTask("c", () => {}, { period: "5 minutes" }), /period must be a positive number of ms or a string like "500ms"/)
  assert.throws(() => scheduleTask("", () => {}, { period: 5 }), /non-empty task name/)
  assert.throws(() => scheduleTask("c", () => {}, { at: "not a date" }), /a schedule time must be a Date/)
  assert.deepEqual(["500ms", "0.5s", "2m", "1h", "1d", "1w", 250].map(parsePeriod), [500, 500, 120_000, 3_600_000, 86_400_000, 604_800_000, 250])
  assert.ok(!scheduledTasks().includes("c"))
})

// A task function lives at module level: one function, whichever session schedules it.
const contexts: string[] = []
async function tickAll(): Promise<void> {
  try {
    curdoc()
    contexts.push("a session")
  } catch {
    contexts.push("none")
  }
  await updateSessions("/sched", (doc) => {
    const div = doc.getModelByName("div") as Div
    div.text = String(Number(div.text) + 1)
  })
}

test("a task scheduled from app code runs outside every session and reaches sessions through updateSessions", async (t) => {
  const server = await startServer({
    "/sched": (doc) => {
      doc.addRoot(new Div({ name: "div", text: "0" }))
      // every session asks; only the first call schedules
      scheduleTask("tick-all", tickAll, { period: 20 })
    },
  })
  t.after(() => server.stop())
  t.after(() => { if (scheduledTasks().includes("tick-all")) cancelTask("tick-all") })
  const a = await RawClient.connect(server, "/sched")
  const b = await RawClient.connect(server, "/sched")
  t.after(() => { a.close(); b.close() })
  await Promise.all([a.pull(), b.pull()])
  const [ca, cb] = server.contexts.get("/sched")!.sessions
  await waitFor(() => Number((ca!.document.getModelByName("div") as Div).text) >= 2 &&
    Number((cb!.document.getModelByName("div") as Div).text) >= 2, 2000, "both sessions updated")
  assert.ok(contexts.length > 0 && contexts.every((c) => c === "none"), contexts.join())
  assert.equal(await execute((doc) => doc === ca!.document, ca!), true)
})

test("cache: entries expire after their ttl; asCached computes once for concurrent callers", async () => {
  const cache = new Cache()
  cache.set("a", 1, { ttl: 30 })
  cache.set("b", 2)
  assert.deepEqual([cache.get("a"), cache.has("b"), cache.size], [1, true, 2])
  await sleep(40)
  assert.deepEqual([cache.get("a"), cache.has("a"), cache.get("b"), cache.keys()], [undefined, false, 2, ["b"]])
  let computed = 0
  const slow = async () => { computed++; await sleep(20); return { made: computed } }
  const results = await Promise.all([1, 2, 3, 4].map(() => cache.asCached("k", slow, { ttl: 60 })))
  assert.equal(computed, 1)
  assert.ok(results.every((r) => r === results[0]), "every caller got the same object")
  assert.equal(cache.computing, 0, "the in-flight table shrinks back")
  assert.equal(await cache.asCached("k", slow), results[0], "fresh: not recomputed")
  await sleep(70)
  assert.deepEqual(await cache.asCached("k", slow), { made: 2 }, "expired: recomputed")
  // a failure is not cached and reaches every waiting caller
  let failures = 0
  const failing = async () => { failures++; await sleep(5); throw new Error("no data") }
  const settled = await Promise.allSettled([cache.asCached("f", failing), cache.asCached("f", failing)])
  assert.deepEqual(settled.map((s) => s.status), ["rejected", "rejected"])
  assert.equal(failures, 1)
  assert.equal(cache.has("f"), false)
  assert.equal(await asCached("process-wide", () => 7), 7)
  assert.equal(await asCached("process-wide", () => 8), 7)
  await assert.rejects(cache.asCached("x", () => 1, { ttl: -1 }), /ttl must be a positive number of milliseconds, got number -1/)
  assert.throws(() => cache.set(1 as never, 1), /cache keys are strings, got number 1/)
})
