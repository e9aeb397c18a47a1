// SessionTaskRunner with real sessions: tasks go to the session's own worker, watchers run in
// the session's queue and may change models, the BokehJS client sees status and results, and
// a destroyed session leaves no worker, timer or listener behind.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { Div, type Document } from "../../document/index.ts"
import type { SessionContext } from "../context.ts"
import { currentSessionContext } from "../context.ts"
import type { BokehServer } from "../server.ts"
import { QUEUE_EMPTY, SessionTaskRunner, workerStats } from "../workers/index.ts"
import { bokehSession, captureServerLog, closeBokehJS, RawClient, sleep, startServer, waitFor } from "./helpers.ts"

const SQUARE = { module: new URL("../workers/test_functions.ts", import.meta.url), export: "squareTask" }

interface Probe {
  context: SessionContext
  runner: SessionTaskRunner<{ x: number; ms?: number }, number>
  // what each watcher call saw: was it inside this session's task?
  watcherCalls: Array<{ inSession: boolean; status: string; value: number | undefined }>
}
const probes: Probe[] = []

function app(doc: Document, context: SessionContext): void {
  const runner = new SessionTaskRunner<{ x: number; ms?: number }, number>({ worker: SQUARE })
  const probe: Probe = { context, runner, watcherCalls: [] }
  probes.push(probe)
  const view = runner.view()
  ;(view.children[0] as Div).name = "status"
  ;(view.children[1] as Div).name = "result"
  const tasks = new Div({ name: "tasks", text: "0" })
  runner.onChange((r) => {
    probe.watcherCalls.push({ inSession: currentSessionContext() === context, status: r.status, value: r.value })
    // a watcher may set model properties: it runs as a task of the session
    tasks.text = String(r.tasks)
  })
  doc.addRoot(view)
  doc.addRoot(tasks)
}

// Appends and watches while the app is still building the document, before its session
// exists: the watcher must not run inside app code, and must run once the session starts.
let early: { context: SessionContext; seenDuringAppCode: number; calls: boolean[] } | null = null
function earlyApp(doc: Document, context: SessionContext): void {
  const runner = new SessionTaskRunner<{ x: number; ms?: number }, number>({ worker: SQUARE })
  const record = { context, seenDuringAppCode: 0, calls: [] as boolean[] }
  early = record
  runner.onChange(() => { record.calls.push(currentSessionContext() === context && context.session != null) })
  runner.append({ x: 6, ms: 0 })
  record.seenDuringAppCode = record.calls.length
  doc.addRoot(runner.view())
}

let server: BokehServer
before(async () => { server = await startServer({ "/runner": app, "/early": earlyApp }) })
after(async () => {
  await server.stop()
  await closeBokehJS()
})

test("tasks run in the session's worker; watchers run in its queue; the client sees status and results", { timeout: 20_000 }, async () => {
  const client = await bokehSession(server, "/runner")
  const probe = probes.at(-1)!
  const session = probe.context.session!
  const doc = client.document
  assert.equal(doc.get_model_by_name("status").text, QUEUE_EMPTY)
  assert.equal(doc.get_model_by_name("result").text, "Last result: none yet")

  // appended from a session task (as a click handler does): returns at once
  await session.execute(() => {
    for (const x of [2, 3, 4]) probe.runner.append({ x, ms: 150 })
  })
  assert.equal(probe.runner.tasks, 3)
  await waitFor(() => doc.get_model_by_name("status").text === "Processing: 3 items left.", 5000, "the status while working")
  await waitFor(() => doc.get_model_by_name("status").text === QUEUE_EMPTY, 10_000, "the queue to drain")
  assert.equal(doc.get_model_by_name("result").text, "Last result: 16")
  assert.equal(probe.runner.value, 16)
  assert.equal(probe.runner.completed, 3)
  assert.equal(doc.get_model_by_name("tasks").text, "0")
  assert.ok(probe.watcherCalls.length >= 2)
  assert.ok(probe.watcherCalls.every((call) => call.inSession), "every watcher call ran in the session's task")

  // a failing task: the error shows, the previous value stays, the next task clears the error
  probe.runner.append({ x: -1, ms: 0 })
  await waitFor(() => doc.get_model_by_name("result").text === "Last error: RangeError: negative: -1", 5000, "the error")
  assert.equal(probe.runner.value, 16)
  assert.equal(probe.runner.exception?.name, "RangeError")
  probe.runner.append({ x: 5, ms: 0 })
  await waitFor(() => doc.get_model_by_name("result").text === "Last result: 25", 5000, "the next result")
  assert.equal(probe.runner.exception, null)
  client.close()
})

test("a runner used while the app builds the document reports once the session exists", { timeout: 10_000 }, async () => {
  const tab = await RawClient.connect(server, "/early")
  await waitFor(() => early?.calls.length === 2, 5000, "the watcher's two calls (appended, finished)")
  assert.equal(early!.seenDuringAppCode, 0, "no watcher ran inside app code")
  assert.deepEqual(early!.calls, [true, true], "each call in a task of the attached session")
  tab.close()
  await server.contexts.get("/early")!.destroyAll()
})

test("bad use is refused clearly", { timeout: 10_000 }, async () => {
  assert.throws(() => new SessionTaskRunner({ worker: SQUARE }), /a SessionTaskRunner belongs to a session: create it in app code/)
  assert.throws(() => new SessionTaskRunner(undefined as never), /new SessionTaskRunner\(\{ worker/)
  const tab = await RawClient.connect(server, "/runner")
  const probe = probes.at(-1)!
  const model = probe.context.document.getModelByName("tasks")!
  assert.throws(() => probe.runner.append({ x: 1, model } as never),
    /the task cannot be sent to a worker: the task\.model is the model Div\(id='p\d+'\); workers never receive models/)
  assert.equal(probe.runner.tasks, 0)
  // a watcher that throws is logged, and the others still run
  const { log } = await captureServerLog(async () => {
    let later = 0
    probe.runner.onChange(() => { throw new Error("watcher bug") })
    probe.runner.onChange(() => { later++ })
    probe.runner.append({ x: 1, ms: 0 })
    await waitFor(() => probe.runner.completed === 1 && later > 0, 5000, "the task")
  })
  assert.ok(log.some(([level, message]) => level === "error" && /watcher bug/.test(message)), JSON.stringify(log))
  await probe.runner.stop()
  assert.throws(() => probe.runner.append({ x: 1 }), /was stopped/)
  tab.close()
})

test("a destroyed session leaves no worker, timer or listener behind", { timeout: 20_000 }, async () => {
  // the earlier tests' sessions go first (their tabs closed, they would linger for a minute)
  await server.contexts.get("/runner")!.destroyAll()
  await waitFor(() => workerStats().workers === 0, 5000, "earlier sessions' workers to exit")
  const baseline = { ...workerStats(), ports: ports() }
  const tabs = await Promise.all([0, 1, 2].map(() => RawClient.connect(server, "/runner")))
  const mine = probes.slice(-3)
  // every runner's worker loaded, then busy: one task running, more waiting
  for (const probe of mine) probe.runner.append({ x: 1, ms: 0 })
  await waitFor(() => mine.every((probe) => probe.runner.completed === 1), 10_000, "three workers to answer")
  for (const probe of mine) for (const x of [1, 2, 3]) probe.runner.append({ x, ms: 2000 })
  await sleep(100)
  assert.equal(workerStats().workers, baseline.workers + 3)
  assert.equal(workerStats().sessionRunners, baseline.sessionRunners + 3)
  // each runner registered one destroy listener (the test's own app registers nothing else)
  for (const probe of mine) assert.equal(destroyListeners(probe.context), 1)

  // a runner stopped by hand unregisters its destroy listener
  await mine[0]!.runner.stop()
  assert.equal(destroyListeners(mine[0]!.context), 0)

  await server.contexts.get("/runner")!.destroyAll()
  for (const probe of mine) {
    assert.ok(probe.context.destroyed)
    assert.ok(probe.runner.stopped)
    assert.equal(probe.runner.tasks, 0)
    assert.equal(destroyListeners(probe.context), 0)
    assert.equal((probe.runner as any).watchers.size, 0)
  }
  await waitFor(() => workerStats().workers === baseline.workers, 5000, "the workers to exit")
  assert.deepEqual({ ...workerStats(), ports: ports() }, baseline)
  for (const tab of tabs) tab.close()
})

function destroyListeners(context: SessionContext): number {
  return (context as any).destroyListeners.length
}

// ref'd message ports of this process (a worker thread left referenced would show here)
function ports(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === "MessagePort").length
}
