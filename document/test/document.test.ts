// The Document: roots, title, reachability, change events with origins, hold/unhold,
// session callback records and queries (spec document.md §4–§8).
import assert from "node:assert/strict"
import { describe, test } from "node:test"
import {
  Button, ColumnDataSource, CustomJS, Div, Document, GlyphRenderer, ModelChanged, Plot, RootAdded, RootRemoved,
  RuntimeError, SERVER, Scatter, SessionCallbackAdded, SessionCallbackRemoved, Slider, TitleChanged,
  ValueError, captureLog, clientOrigin, type DocumentChangedEvent,
} from "../index.ts"

function recording(doc: Document): DocumentChangedEvent[] {
  const events: DocumentChangedEvent[] = []
  doc.onChange((e) => events.push(e))
  return events
}

const describeEvent = (e: DocumentChangedEvent) =>
  e instanceof ModelChanged ? `${e.attr}=${String(e.value)}` : e.kind

describe("roots and title", () => {
  test("roots keep insertion order; adding twice or removing a non-root is a no-op", () => {
    const doc = new Document()
    const events = recording(doc)
    const a = new Div(), b = new Div()
    doc.addRoot(a)
    doc.addRoot(b)
    doc.addRoot(a)
    doc.removeRoot(new Div())
    assert.deepEqual(doc.roots, [a, b])
    assert.deepEqual(events.map((e) => e.kind), ["RootAdded", "RootAdded"])
    doc.removeRoot(a)
    assert.ok(events.at(-1) instanceof RootRemoved)
    assert.deepEqual(doc.roots, [b])
  })

  test("title defaults to 'Bokeh Application'; same title emits nothing; None is refused", () => {
    const doc = new Document()
    const events = recording(doc)
    assert.equal(doc.title, "Bokeh Application")
    doc.title = "Bokeh Application"
    doc.title = "New"
    assert.deepEqual(events.map((e) => e.kind), ["TitleChanged"])
    assert.equal((events[0] as TitleChanged).title, "New")
    assert.throws(() => doc.setTitle(null as never), /Document title may not be None/)
  })

  test("clear removes every root with one event each", () => {
    const doc = new Document()
    doc.addRoot(new Div())
    doc.addRoot(new Div())
    const events = recording(doc)
    doc.clear()
    assert.deepEqual(events.map((e) => e.kind), ["RootRemoved", "RootRemoved"])
    assert.equal(doc.models.size, 2, "only the config and its notifications remain")
  })
})

describe("reachability", () => {
  test("models attached through references join, detached ones leave", () => {
    const doc = new Document()
    const source = new ColumnDataSource({ data: { x: [1] } })
    const renderer = new GlyphRenderer({ dataSource: source, glyph: new Scatter() })
    const plot = new Plot()
    doc.addRoot(plot)
    assert.equal(source.document, null)
    plot.renderers = [renderer]
    assert.equal(source.document, doc)
    assert.equal(doc.getModelById(source.id), source)
    plot.renderers = []
    assert.equal(source.document, null)
    assert.equal(doc.getModelById(source.id), null)
    assert.ok(doc.wasSeen(source.id), "a detached model's id is remembered")
  })

  test("a model shared by two roots stays while either holds it", () => {
    const doc = new Document()
    const source = new ColumnDataSource()
    const r = () => new GlyphRenderer({ dataSource: source, glyph: new Scatter() })
    const p1 = new Plot({ renderers: [r()] }), p2 = new Plot({ renderers: [r()] })
    doc.addRoot(p1)
    doc.addRoot(p2)
    doc.removeRoot(p1)
    assert.equal(source.document, doc)
  })

  test("a model owned by another document is refused and nothing changes", () => {
    const one = new Document(), two = new Document()
    const div = new Div()
    one.addRoot(div)
    const plot = new Plot()
    two.addRoot(plot)
    assert.throws(() => two.addRoot(div), (e: unknown) => e instanceof RuntimeError && /Models must be owned by only a single document, Div\(id='p\d+', \.\.\.\) is already in a doc/.test(e.message))
    assert.deepEqual(two.roots, [plot])
    const renderer = new GlyphRenderer({ dataSource: new ColumnDataSource(), glyph: new Scatter() })
    one.addRoot(renderer)
    assert.throws(() => { plot.renderers = [renderer] }, RuntimeError)
    assert.deepEqual(plot.renderers, [])
  })
})

describe("change events", () => {
  test("carry their origin from creation: server by default, client when applied from a patch", () => {
    const doc = new Document()
    const slider = new Slider({ start: 0, end: 10, value: 1 })
    doc.addRoot(slider)
    const events = recording(doc)
    slider.value = 2
    const origin = clientOrigin("s1", "c1")
    slider.setValue("value", 3, { origin })
    assert.equal(events[0]!.origin, SERVER)
    assert.equal(events[1]!.origin, origin)
  })

  test("property callbacks run before listeners, so a reaction is dispatched first (inner first)", () => {
    const doc = new Document()
    const slider = new Slider({ start: 0, end: 10, value: 1 })
    const div = new Div()
    doc.addRoot(slider)
    doc.addRoot(div)
    slider.onChange("value", (_a, _o, v) => { div.text = `value ${v}` })
    const events = recording(doc)
    slider.setValue("value", 5, { origin: clientOrigin("s", "c") })
    assert.deepEqual(events.map(describeEvent), ["text=value 5", "value=5"])
    assert.equal(events[0]!.origin, SERVER, "the reaction is the server's")
    assert.equal(events[1]!.origin.kind, "client")
  })

  test("an exception in a property callback aborts dispatch but the value stays", () => {
    const doc = new Document()
    const div = new Div()
    doc.addRoot(div)
    div.onChange("text", () => { throw new Error("boom") })
    const events = recording(doc)
    assert.throws(() => { div.text = "x" }, /boom/)
    assert.equal(div.text, "x")
    assert.deepEqual(events, [])
  })

  test("the name index follows name changes", () => {
    const doc = new Document()
    const div = new Div({ name: "a" })
    doc.addRoot(div)
    assert.equal(doc.getModelByName("a"), div)
    div.name = "b"
    assert.equal(doc.getModelByName("a"), null)
    assert.equal(doc.getModelByName("b"), div)
    doc.addRoot(new Div({ name: "b" }))
    assert.throws(() => doc.getModelByName("b"), /Found more than one model named 'b'/)
    assert.equal(doc.select({ name: "b" }).length, 2)
    doc.setSelect({ name: "b" }, { text: "same" })
    assert.deepEqual(doc.select({ name: "b" }).map((m) => (m as Div).text), ["same", "same"])
  })
})

describe("hold and unhold", () => {
  function setup() {
    const doc = new Document()
    const a = new Slider({ start: 0, end: 100, value: 0, name: "a" })
    const b = new Div({ name: "b" })
    doc.addRoot(a)
    doc.addRoot(b)
    return { doc, a, b, events: recording(doc) }
  }

  test("combine: one event per model and attribute, at the earlier position; last invoker wins", () => {
    const { doc, a, b, events } = setup()
    const calls: Array<[unknown, unknown]> = []
    a.onChange("value", (_attr, old, value) => calls.push([old, value]))
    doc.hold("combine")
    a.value = 1
    b.text = "x"
    a.value = 3
    a.value = 12
    assert.deepEqual(events, [], "nothing dispatched while held")
    assert.deepEqual(calls, [], "property callbacks wait for unhold")
    doc.unhold()
    assert.deepEqual(events.map(describeEvent), ["value=12", "text=x"])
    assert.deepEqual(calls, [[3, 12]])
  })

  test("collect: every event replayed in order with its own old/new", () => {
    const { doc, a, events } = setup()
    const calls: Array<[unknown, unknown]> = []
    a.onChange("value", (_attr, old, value) => calls.push([old, value]))
    doc.hold("collect")
    a.value = 1
    a.value = 2
    doc.unhold()
    assert.deepEqual(events.map(describeEvent), ["value=1", "value=2"])
    assert.deepEqual(calls, [[0, 1], [1, 2]])
  })

  test("events with different origins never combine", () => {
    const { doc, a, events } = setup()
    doc.hold("combine")
    a.value = 1
    a.setValue("value", 2, { origin: clientOrigin("s", "c") })
    a.value = 3
    doc.unhold()
    assert.deepEqual(events.map((e) => `${describeEvent(e)}/${e.origin.kind}`), ["value=3/server", "value=2/client"])
  })

  test("not nested: one unhold ends it; a different policy is ignored with a warning; bad policy refused", () => {
    const { doc } = setup()
    const { messages } = captureLog(() => {
      doc.hold("combine")
      doc.hold("combine")
      doc.hold("collect")
    })
    assert.equal(doc.holdValue, "combine")
    assert.deepEqual(messages, [["warn", "hold already active with 'combine', ignoring 'collect'"]])
    doc.unhold()
    assert.equal(doc.holdValue, null)
    doc.unhold()
    assert.throws(() => doc.hold("later" as never), (e: unknown) => e instanceof ValueError && e.message === "Unknown hold policy later")
  })

  test("batch holds around a synchronous function and releases even when it throws", () => {
    const { doc, a, events } = setup()
    doc.batch(() => { for (let i = 1; i <= 10; i++) a.value = i })
    assert.deepEqual(events.map(describeEvent), ["value=10"])
    assert.throws(() => doc.batch(() => { a.value = 50; throw new Error("inside") }), /inside/)
    assert.equal(doc.holdValue, null)
    assert.deepEqual(events.map(describeEvent).at(-1), "value=50")
    assert.throws(() => doc.batch(async () => {}), /synchronous function/)
  })

  test("session callbacks register immediately even while held (deviation Q4)", () => {
    const { doc, events } = setup()
    doc.hold("collect")
    const cb = doc.addNextTickCallback(() => {})
    assert.ok(events.at(-1) instanceof SessionCallbackAdded)
    doc.removeNextTickCallback(cb)
    assert.ok(events.at(-1) instanceof SessionCallbackRemoved)
    doc.unhold()
  })
})

describe("session callback records", () => {
  test("add, list and remove each kind; removing twice is an error", () => {
    const doc = new Document()
    const events = recording(doc)
    const fn = () => {}
    const tick = doc.addNextTickCallback(fn)
    const timeout = doc.addTimeoutCallback(fn, 50)
    const periodic = doc.addPeriodicCallback(fn, 100)
    assert.equal(timeout.timeout, 50)
    assert.equal(periodic.period, 100)
    assert.deepEqual(doc.sessionCallbacks, [tick, timeout, periodic])
    assert.deepEqual(new Set([tick.id, timeout.id, periodic.id]).size, 3)
    doc.removeTimeoutCallback(timeout)
    assert.ok(timeout.cancelled)
    assert.throws(() => doc.removeTimeoutCallback(timeout), /callback already ran or was already removed, cannot be removed again/)
    doc.callbackStarted(tick)
    assert.deepEqual(doc.sessionCallbacks, [periodic], "a one-shot leaves the books when it starts")
    doc.callbackStarted(periodic)
    assert.deepEqual(doc.sessionCallbacks, [periodic], "a periodic one stays")
    assert.deepEqual(events.map((e) => e.kind), [
      "SessionCallbackAdded", "SessionCallbackAdded", "SessionCallbackAdded", "SessionCallbackRemoved", "SessionCallbackRemoved",
    ])
    assert.throws(() => doc.addPeriodicCallback(fn, 0), ValueError)
  })
})

describe("JSON and lifetime", () => {
  test("toJSON is DocJson 3.10 with the config; fromJSON rebuilds the same document", () => {
    const doc = new Document({ title: "t" })
    const slider = new Slider({ start: 0, end: 10, value: 4, title: "s" })
    doc.addRoot(slider)
    const json = JSON.parse(JSON.stringify(doc))
    assert.equal(json.version, "3.10.0")
    assert.equal(json.title, "t")
    assert.equal(json.config.name, "DocumentConfig")
    const copy = Document.fromJSON(json)
    const copied = copy.getModelById(slider.id) as Slider
    assert.equal(copied.value, 4)
    assert.equal(copied.title, "s")
    assert.equal(copy.config.id, doc.config.id)
  })

  test("document-level JS callbacks travel as DocJson 'callbacks' and come back", () => {
    const doc = new Document()
    const ready = new CustomJS({ code: "console.log('ready')" })
    doc.jsOnEvent("document_ready", ready)
    assert.equal(ready.document, doc, "callback models are part of the document")
    const json = JSON.parse(JSON.stringify(doc))
    assert.equal(json.callbacks.type, "map")
    assert.equal(json.callbacks.entries[0][0], "document_ready")
    const copy = Document.fromJSON(json)
    assert.deepEqual([...copy.jsEventCallbacks.get("document_ready")!].map((m) => m.id), [ready.id])
    assert.throws(() => doc.jsOnEvent("button_click", ready), /js_on_event may only be used to subscribe to events of type DocumentEvent/)
  })

  test("a destroyed document refuses changes", () => {
    const doc = new Document()
    const div = new Div()
    doc.addRoot(div)
    doc.destroy()
    assert.equal(div.document, null)
    assert.throws(() => div.text, /document has been destroyed/)
    assert.throws(() => { div.text = "x" }, /document has been destroyed/)
    assert.throws(() => doc.addRoot(new Div()), /document has been destroyed/)
    assert.ok(new RootAdded(doc, div, SERVER).patch)
  })
})

describe("UI events", () => {
  function withButton() {
    const doc = new Document()
    const button = new Button()
    const div = new Div()
    doc.addRoot(button)
    doc.addRoot(div)
    return { doc, button, div }
  }
  const event = (name: string, model: { id: string }) => ({
    events: [{ kind: "MessageSent", msg_type: "bokeh_event", msg_data: { type: "event", name, values: { type: "map", entries: [["model", { id: model.id }]] } } }],
  })

  test("a model event reaches the model's handlers, with the client's values", () => {
    const { doc, button } = withButton()
    const seen: string[] = []
    button.onEvent("button_click", (e) => seen.push(`${e.name} ${e.model?.id}`))
    doc.applyPatch(event("button_click", button), [], clientOrigin("s", "c"))
    assert.deepEqual(seen, [`button_click ${button.id}`])
  })

  test("an event for the wrong kind of model, or an unknown event, is refused as upstream does", () => {
    const { doc, button, div } = withButton()
    const before = JSON.stringify(doc)
    assert.throws(() => doc.applyPatch(event("button_click", div), [], clientOrigin("s", "c")), /ButtonClick event only applies to button and button group models/)
    assert.throws(() => doc.applyPatch(event("tap", button), [], clientOrigin("s", "c")), /Tap event only applies to Plot models/)
    assert.throws(() => doc.applyPatch(event("teleport", button), [], clientOrigin("s", "c")), /unknown event name 'teleport'/)
    assert.equal(JSON.stringify(doc), before)
  })

  test("subscribing checks the name", () => {
    const { doc, button } = withButton()
    assert.throws(() => button.onEvent("teleport", () => {}), /unknown event name 'teleport'/)
    assert.throws(() => button.onEvent("document_ready", () => {}), /document event/)
    assert.throws(() => doc.onEvent("button_click", () => {}), /Document.on_event may only be used to subscribe to events of type DocumentEvent/)
    assert.throws(() => doc.onEvent("teleport", () => {}), /Unknown event teleport/)
  })
})
