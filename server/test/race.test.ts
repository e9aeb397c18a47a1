// The race of ../shared/seeds/000 (holoviz/panel#7014) in our terms: producers change a Div's
// text and a Float-valued model at ≥ 500 Hz while a client sends Slider changes for 5 s. No
// value may land on another model or property, every valid client change must be applied (in
// order), every invalid one answered with ERROR, and every tab must end in the server's state.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { performance } from "node:perf_hooks"
import { Div, Document, Slider } from "../../document/index.ts"
import type { BokehServer } from "../server.ts"
import { bokehSession, closeBokehJS, RawClient, sleep, startServer, tokenFor, waitFor } from "./helpers.ts"

const DURATION_MS = 5000
const LABEL = /^<b>The position<\/b>: -?\d+(\.\d+)?$/

let produced = 0
const applied: number[] = []

function app(doc: Document): void {
  const div = new Div({ name: "div", text: "<b>The position</b>: 0" })
  const position = new Slider({ name: "position", start: -1e9, end: 1e9, value: 0, step: 0.25 })
  const control = new Slider({ name: "control", start: 0, end: 1e9, value: 0 })
  control.onChange("value", (_attr, _old, value) => { applied.push(value as number) })
  doc.addRoot(div)
  doc.addRoot(position)
  doc.addRoot(control)
  // producer 1: a periodic callback at the timer's finest period
  doc.addPeriodicCallback(() => {
    produced++
    position.value = produced / 4
    div.text = `<b>The position</b>: ${produced / 4}`
  }, 1)
}

let server: BokehServer
before(async () => { server = await startServer({ "/race": app }) })
after(async () => {
  await server.stop()
  await closeBokehJS()
})

test("no value lands on another model or property while producers and a client race", { timeout: 30_000 }, async (t) => {
  const token = tokenFor(server)
  const client = await bokehSession(server, "/race", token)
  // a second tab on the same session: it records everything the server sends
  const tab = await RawClient.connect(server, "/race", { token })
  const pulled = await tab.pull()
  const ids = new Map<string, string>()
  for (const root of (pulled.content as any).doc.roots) ids.set(root.id, root.attributes.name)
  const session = server.contexts.get("/race")!.sessions[0]!.session!
  const doc = session.document
  const div = doc.getModelByName("div") as Div
  const position = doc.getModelByName("position") as Slider

  // producer 2: results arriving from outside the session (as from a worker) enter its queue,
  // once per millisecond (timers are too coarse for 1 kHz, so it polls the clock)
  let external = 0
  let producing = true
  let next = performance.now()
  const produce = () => {
    if (!producing) return
    if (performance.now() >= next) {
      next += 1
      void session.execute(() => {
        external++
        position.value = -external
        div.text = `<b>The position</b>: ${-external}`
      })
    }
    setImmediate(produce)
  }
  produce()

  const sent: number[] = []
  let invalid = 0
  const start = Date.now()
  const control = client.document.get_model_by_name("control")
  const tabControl = [...ids].find(([, name]) => name === "control")![0]
  while (Date.now() - start < DURATION_MS) {
    const value = sent.length + 1
    sent.push(value)
    control.value = value
    if (sent.length % 25 === 0) {
      // what the panel#7014 victim received: the Div's text offered as the Float value
      tab.patch([{ kind: "ModelChanged", model: { id: tabControl }, attr: "value", new: `<b>The position</b>: ${value}` }])
      invalid++
    }
    await sleep(2)
  }
  producing = false
  const elapsed = (Date.now() - start) / 1000

  // settle: stop producing, then a marker that every tab must see after everything else
  await session.execute((d) => {
    for (const cb of d.sessionCallbacks) if (cb.kind === "periodic") d.removePeriodicCallback(cb as any)
    div.text = "<b>The position</b>: 0.5"
  })
  await waitFor(() => client.document.get_model_by_name("div").text === "<b>The position</b>: 0.5", 10_000, "the marker")
  await waitFor(() => tab.received.some((m) => m.msgtype === "PATCH-DOC" &&
    (m.content as any).events.some((e: any) => e.new === "<b>The position</b>: 0.5")), 10_000, "the marker on the tab")

  t.diagnostic(`${elapsed.toFixed(1)} s: producers ${Math.round(produced / elapsed)} + ${Math.round(external / elapsed)} Hz, client ${sent.length} changes (${invalid} invalid)`)
  assert.ok(external / elapsed >= 500, `the outside producer ran at ${Math.round(external / elapsed)} Hz`)

  // every valid client change applied, in the order sent, and nothing else
  assert.deepEqual(applied, sent)
  assert.equal((doc.getModelByName("control") as Slider).value, sent.at(-1))

  // every invalid one answered with an ERROR naming the property and the kind
  const errors = tab.received.filter((m) => m.msgtype === "ERROR")
  assert.equal(errors.length, invalid)
  for (const error of errors) {
    assert.match((error.content as any).text, /^ValueError\(.*Slider\(id='p\d+', \.\.\.\)\.value: expected a value of type Real, got <b>The position<\/b>: \d+ of type str/)
  }

  // what the other tab saw: each value on its own model and property, the client's changes in order
  const seenControl: number[] = []
  let events = 0
  for (const message of tab.received.filter((m) => m.msgtype === "PATCH-DOC")) {
    for (const event of (message.content as any).events) {
      events++
      assert.equal(event.kind, "ModelChanged")
      const name = ids.get(event.model.id)
      if (name === "div") {
        assert.equal(event.attr, "text")
        assert.match(event.new, LABEL)
      } else if (name === "position") {
        assert.equal(event.attr, "value")
        assert.equal(typeof event.new, "number")
      } else if (name === "control") {
        assert.equal(event.attr, "value")
        seenControl.push(event.new)
      } else {
        assert.fail(`unexpected event ${JSON.stringify(event)}`)
      }
    }
  }
  assert.deepEqual(seenControl, sent)
  assert.ok(events > sent.length + produced, "the tab got the producers' changes too")

  // and the BokehJS client ends in the server's state
  assert.equal(client.document.get_model_by_name("position").value, position.value)
  assert.equal(client.document.get_model_by_name("control").value, sent.at(-1))
  client.close()
  tab.close()
})
