// state.busy (spec document.md §14.3, §17 rule 11): a per-session count of the tracked tasks
// running, plus the process-wide one; back to idle after a throwing callback; a bound
// indicator's "busy" goes out before the task's work and does not flicker off between a click
// and the job it queued; nothing is left registered after the session is destroyed.
import assert from "node:assert/strict"
import { performance } from "node:perf_hooks"
import { test } from "node:test"
import type { TestContext } from "node:test"
import { Button, Div, Toggle, ValidationError, withoutDocumentLock } from "../../document/index.ts"
import type { SessionContext } from "../context.ts"
import type { BokehServer } from "../server.ts"
import { busyListenerCount } from "../state/busy.ts"
import { bindBusy, execute, onProcessBusyChange, state, withLock } from "../state/index.ts"
import { generateSessionId } from "../tokens.ts"
import { RawClient, captureServerLog, sleep, startServer, waitFor } from "./helpers.ts"
import type { AppFunction } from "../application.ts"

async function start(t: TestContext, app: AppFunction): Promise<BokehServer> {
  const server = await startServer({ "/busy": app })
  t.after(() => server.stop())
  return server
}

async function open(t: TestContext, server: BokehServer): Promise<{ context: SessionContext; client: RawClient }> {
  const id = generateSessionId(server.tokens)
  const client = await RawClient.connect(server, "/busy", { sessionId: id })
  t.after(() => client.close())
  await client.pull()
  return { context: server.contexts.get("/busy")!.sessions.find((c) => c.id === id)!, client }
}

// the `text` values of each PATCH-DOC the client got, one list per message
function textMessages(client: RawClient): unknown[][] {
  return client.received.filter((m) => m.msgtype === "PATCH-DOC").map((m) =>
    (m.content as { events: Array<{ attr?: string; new?: unknown }> }).events.filter((e) => e.attr === "text").map((e) => e.new))
}

function busyWait(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end) { /* a long synchronous callback */ }
}

test("busy is true while a tracked task of the session runs, per session and process-wide", async (t) => {
  const server = await start(t, (doc) => doc.addRoot(new Div()))
  const { context: a } = await open(t, server)
  const { context: b } = await open(t, server)
  const flips: boolean[] = []
  t.after(onProcessBusyChange((busy) => { flips.push(busy) }))
  assert.equal(state.busy, false, "outside a session: the process's busy")
  let inside: unknown[] = []
  let release!: () => void
  const running = execute(async () => {
    inside = [state.busy, state.processBusy]
    await new Promise<void>((resolve) => { release = resolve })
  }, a)
  await waitFor(() => inside.length > 0, 1000, "the task to start")
  assert.deepEqual(inside, [true, true])
  assert.deepEqual(await execute(() => [state.busy, state.processBusy], b), [true, true], "b's own task runs while a waits")
  assert.equal(state.busy, true, "outside a session: some session is busy")
  release()
  await running
  assert.equal(state.processBusy, false)
  assert.deepEqual(await execute(() => state.busy, b), true, "a task sees itself")
  assert.deepEqual(flips.slice(0, 2), [true, false])
})

test("busy returns to idle after callbacks that throw: execute, locked and no-lock periodic, a client event handler", async (t) => {
  const server = await start(t, (doc) => {
    const button = new Button({ name: "b" })
    button.onEvent("button_click", () => { throw new Error("handler failed") })
    doc.addRoot(button)
  })
  const { context, client } = await open(t, server)
  const { log } = await captureServerLog(async () => {
    await assert.rejects(execute(() => { throw new Error("sync failure") }, context))
    await assert.rejects(execute(async () => { await sleep(1); throw new Error("async failure") }, context))
    let runs = 0
    await execute((doc) => {
      const locked = doc.addPeriodicCallback(() => { runs++; throw new Error("periodic failure") }, 10)
      const nolock = doc.addPeriodicCallback(withoutDocumentLock(async () => { runs++; throw new Error("nolock failure") }), 10)
      setTimeout(() => void execute(() => { doc.removePeriodicCallback(locked); doc.removePeriodicCallback(nolock) }, context), 60)
    }, context)
    const button = context.document.getModelByName("b")!
    client.patch([{ kind: "MessageSent", msg_type: "bokeh_event",
      msg_data: { type: "event", name: "button_click", values: { type: "map", entries: [["model", { id: button.id }]] } } }])
    await waitFor(() => runs >= 4, 2000, "failing runs")
    await sleep(100)
  })
  assert.ok(log.filter(([level]) => level === "error").length >= 5, JSON.stringify(log))
  assert.equal(await execute(() => state.busy, context), true)
  await waitFor(() => !state.processBusy, 1000, "idle")
  assert.equal(state.processBusy, false)
})

test("a bound indicator's 'busy' goes out in its own message before a long synchronous callback's work", async (t) => {
  const server = await start(t, (doc) => {
    const indicator = new Div({ name: "indicator", text: "?" })
    const out = new Div({ name: "out", text: "" })
    bindBusy(indicator, "text", { busy: "busy", idle: "idle" })
    const button = new Button({ name: "work" })
    button.onEvent("button_click", () => {
      busyWait(200)
      out.text = "worked"
    })
    doc.addRoot(indicator)
    doc.addRoot(out)
    doc.addRoot(button)
  })
  const { context, client } = await open(t, server)
  assert.equal((context.document.getModelByName("indicator") as Div).text, "idle", "bound at once")
  const button = context.document.getModelByName("work")!
  client.patch([{ kind: "MessageSent", msg_type: "bokeh_event",
    msg_data: { type: "event", name: "button_click", values: { type: "map", entries: [["model", { id: button.id }]] } } }])
  await waitFor(() => textMessages(client).flat().includes("worked"), 2000, "the work")
  await waitFor(() => textMessages(client).flat().includes("idle"), 2000, "idle")
  // not one batch ["busy", "worked", "idle"] (which a browser shows as no change at all); the
  // handler's own changes go out with the reply to the click, "idle" when the task ends
  assert.deepEqual(textMessages(client), [["busy"], ["worked"], ["idle"]])
})

test("busy stays on from a click to the job it queued: no 'idle' in between", async (t) => {
  const server = await start(t, (doc) => {
    const indicator = new Div({ name: "indicator", text: "?" })
    bindBusy(indicator, "text", { busy: "busy", idle: "idle" })
    const button = new Button({ name: "run" })
    button.onEvent("button_click", withLock(async () => { await sleep(50) }))
    doc.addRoot(indicator)
    doc.addRoot(button)
  })
  const { context, client } = await open(t, server)
  const button = context.document.getModelByName("run")!
  client.patch([{ kind: "MessageSent", msg_type: "bokeh_event",
    msg_data: { type: "event", name: "button_click", values: { type: "map", entries: [["model", { id: button.id }]] } } }])
  await waitFor(() => textMessages(client).flat().includes("idle"), 2000, "idle again")
  assert.deepEqual(textMessages(client).flat(), ["busy", "idle"])
})

test("bindBusy checks its values and scope; outside a session it needs one", async (t) => {
  const errors: Error[] = []
  const server = await start(t, (doc) => {
    const toggle = new Toggle()
    doc.addRoot(toggle)
    for (const bad of [() => bindBusy(toggle, "active", { busy: "yes", idle: false }),
      () => bindBusy(toggle, "actve", { busy: true, idle: false }),
      () => bindBusy(toggle, "active", { busy: true } as never),
      () => bindBusy(toggle, "active", { busy: true, idle: false }, { scope: "world" as never })]) {
      try {
        bad()
      } catch (error) {
        errors.push(error as Error)
      }
    }
  })
  await open(t, server)
  assert.equal(errors.length, 4)
  assert.ok(errors[0] instanceof ValidationError && /Toggle.*active: expected a value of type bool/.test(errors[0].message), errors[0]!.message)
  assert.match(errors[1]!.message, /unexpected attribute 'actve' to Toggle/)
  assert.match(errors[2]!.message, /bindBusy expects values \{busy, idle\}/)
  assert.match(errors[3]!.message, /scope must be "session" or "process", got "world"/)
  assert.throws(() => bindBusy(new Div(), "text", { busy: "b", idle: "i" }), /bindBusy needs a session/)
})

test("a destroyed session leaves no busy listener behind, and its running task no longer counts", async (t) => {
  const server = await startServer({
    "/busy": (doc) => {
      const a = new Div({ name: "a" })
      const b = new Div({ name: "b" })
      bindBusy(a, "text", { busy: "busy", idle: "idle" })
      bindBusy(b, "text", { busy: "busy", idle: "idle" }, { scope: "process" })
      doc.addRoot(a)
      doc.addRoot(b)
    },
  })
  t.after(() => server.stop())
  const before = busyListenerCount()
  const { context } = await open(t, server)
  assert.equal(busyListenerCount(context), 1)
  assert.equal(busyListenerCount(), before + 1)
  // a task that never settles must not keep the process busy after its session is gone
  void execute(() => new Promise(() => {}), context)
  await waitFor(() => state.processBusy, 1000, "busy")
  await server.stop()
  assert.equal(busyListenerCount(context), 0)
  assert.equal(busyListenerCount(), before)
  assert.equal(state.processBusy, false)
})
