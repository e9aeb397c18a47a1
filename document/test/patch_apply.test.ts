// Applying client patches (spec protocol.md §6.4, document.md §10.1) and building server
// patches with PatchBuilder (protocol.md §6.5).
import { test, describe } from "node:test"
import assert from "node:assert/strict"
import {
  Button, Column, ColumnDataSource, DeserializationError, Div, Document, PatchBuilder, SERVER, Slice, Slider,
  UnknownReferenceError, ValidationError, ValueError, clientOrigin, isPatchEvent, serializePatch, captureLog,
  type DocumentChangedEvent, type Model, type ModelEvent, type Origin, type PatchEvent,
} from "../index.ts"

const CLIENT = clientOrigin("session-1", "connection-1")

function setup() {
  const doc = new Document({ title: "start" })
  const slider = new Slider({ start: 0, end: 10, value: 1 })
  const div = new Div({ text: "a" })
  const source = new ColumnDataSource({ data: { x: new Float64Array([1, 2, 3]), y: [4, 5, 6] } })
  const button = new Button({ label: "go" })
  doc.addRoot(new Column({ children: [slider, div, button] }))
  doc.addRoot(source)
  return { doc, slider, div, source, button }
}

// Applies `events` with the client origin and returns the change events it produced.
function apply(doc: Document, events: unknown[], buffers: ReadonlyMap<string, Uint8Array> = new Map()): DocumentChangedEvent[] {
  const seen: DocumentChangedEvent[] = []
  const listener = (e: DocumentChangedEvent) => { seen.push(e) }
  doc.onChange(listener)
  try {
    doc.applyPatch({ events }, buffers, CLIENT)
  } finally {
    doc.removeOnChange(listener)
  }
  return seen
}

const ref = (m: Model) => ({ id: m.id })
const map = (entries: Array<[unknown, unknown]>) => ({ type: "map", entries })
const dataOf = (source: ColumnDataSource) => Object.fromEntries(Object.entries(source.data).map(([k, v]) => [k, Array.from(v as ArrayLike<unknown>)]))


function assertOrigins(events: DocumentChangedEvent[], kinds: string[], origin: Origin = CLIENT): void {
  assert.deepEqual(events.map((e) => e.kind), kinds)
  for (const e of events) assert.equal(e.origin, origin, `${e.kind} origin`)
}

describe("each event kind, applied with a client origin", () => {
  test("ModelChanged", () => {
    const { doc, slider } = setup()
    const events = apply(doc, [{ kind: "ModelChanged", model: ref(slider), attr: "value", new: 5 }])
    assertOrigins(events, ["ModelChanged"])
    assert.equal(slider.value, 5)
    const e = events[0] as PatchEvent & { attr: string; value: unknown }
    assert.equal(e.attr, "value")
    assert.equal(e.value, 5)
  })

  test("ModelChanged with a number rep, a spec rep and a list holding a new model", () => {
    const { doc, slider, div } = setup()
    const column = doc.roots[0] as Column
    const events = apply(doc, [
      { kind: "ModelChanged", model: ref(slider), attr: "end", new: { type: "number", value: "+inf" } },
      { kind: "ModelChanged", model: ref(column), attr: "children", new: [ref(div), { type: "object", name: "Div", id: "c1", attributes: { text: "new" } }] },
    ])
    assertOrigins(events, ["ModelChanged", "ModelChanged"])
    assert.equal(slider.end, Infinity)
    assert.equal((doc.getModelById("c1") as Div).text, "new")
    assert.equal(doc.getModelById(slider.id), null, "the slider left the document with the old children")
  })

  test("ModelChanged on data (BokehJS's form) and ColumnDataChanged, whole and by columns", () => {
    const { doc, source } = setup()
    let events = apply(doc, [{ kind: "ModelChanged", model: ref(source), attr: "data", new: map([["x", [7]], ["y", [8]]]) }])
    assertOrigins(events, ["ColumnDataChanged"])
    assert.deepEqual(dataOf(source), { x: [7], y: [8] })
    events = apply(doc, [{ kind: "ColumnDataChanged", model: ref(source), attr: "data", data: map([["x", [1, 2]], ["y", [3, 4]]]), cols: null }])
    assertOrigins(events, ["ColumnDataChanged"])
    assert.deepEqual(dataOf(source), { x: [1, 2], y: [3, 4] })
    events = apply(doc, [{ kind: "ColumnDataChanged", model: ref(source), attr: "data", data: map([["y", [9, 9]]]), cols: ["y"] }])
    assertOrigins(events, ["ColumnDataChanged"])
    assert.deepEqual(dataOf(source), { x: [1, 2], y: [9, 9] })
  })

  test("ColumnsStreamed with a binary buffer and rollover", () => {
    const { doc, source } = setup()
    const chunk = new Float64Array([10, 11])
    const events = apply(doc, [{
      kind: "ColumnsStreamed", model: ref(source), attr: "data", rollover: 4,
      data: map([["x", { type: "ndarray", array: { type: "bytes", data: { id: "7" } }, shape: [2], dtype: "float64", order: "little" }], ["y", [12, 13]]]),
    }], new Map([["7", new Uint8Array(chunk.buffer)]]))
    assertOrigins(events, ["ColumnsStreamed"])
    assert.deepEqual(dataOf(source), { x: [2, 3, 10, 11], y: [5, 6, 12, 13] })
    assert.ok((source.data as Record<string, unknown>).x instanceof Float64Array)
  })

  test("ColumnsPatched with indices and slices", () => {
    const { doc, source } = setup()
    const events = apply(doc, [{
      kind: "ColumnsPatched", model: ref(source), attr: "data",
      patches: map([["x", [[0, 100]]], ["y", [[{ type: "slice", start: 1, stop: 3, step: null }, [50, 60]]]]]),
    }])
    assertOrigins(events, ["ColumnsPatched"])
    assert.deepEqual(dataOf(source), { x: [100, 2, 3], y: [4, 50, 60] })
  })

  test("RootAdded (full rep and a promoted child), RootRemoved, TitleChanged", () => {
    const { doc, div, source } = setup()
    const events = apply(doc, [
      { kind: "RootAdded", model: { type: "object", name: "Div", id: "r1", attributes: { text: "client root" } } },
      { kind: "RootAdded", model: ref(div) },
      { kind: "RootRemoved", model: ref(source) },
      { kind: "TitleChanged", title: "client title" },
    ])
    assertOrigins(events, ["RootAdded", "RootAdded", "RootRemoved", "TitleChanged"])
    const created = doc.applyPatch({ events: [{ kind: "ModelChanged", model: ref(div), attr: "tags", new: [{ type: "object", name: "Div", id: "t1" }, ref(div)] }] }, [], CLIENT)
    assert.deepEqual([...created].map((m) => m.id), ["t1"], "applyPatch returns the models the patch created")
    assert.deepEqual(doc.roots.map((r) => r.id), [doc.roots[0]!.id, "r1", div.id])
    assert.equal(doc.title, "client title")
    assert.equal(source.document, null)
  })

  test("MessageSent reaches message callbacks with the client origin (no document event)", () => {
    const { doc } = setup()
    const got: Array<[unknown, Origin]> = []
    doc.onMessage("my_channel", (data, origin) => { got.push([data, origin]) })
    const events = apply(doc, [{ kind: "MessageSent", msg_type: "my_channel", msg_data: map([["n", { type: "number", value: "nan" }]]) }])
    assert.deepEqual(events, [])
    assert.equal(got.length, 1)
    assert.deepEqual(got[0]![0], { n: NaN })
    assert.equal(got[0]![1], CLIENT)
  })

  test("changes made by property callbacks carry the server origin", () => {
    const { doc, slider, div, source } = setup()
    slider.onChange("value", (_attr, _old, value) => { div.text = `value ${String(value)}` })
    source.onChange("data", () => { slider.end = 20 })
    const events = apply(doc, [
      { kind: "ModelChanged", model: ref(slider), attr: "value", new: 3 },
      { kind: "ColumnsStreamed", model: ref(source), attr: "data", data: map([["x", [4]], ["y", [7]]]), rollover: null },
    ])
    // callbacks run before the listeners see their event: inner first
    assert.deepEqual(events.map((e) => [e.kind, e.origin === CLIENT ? "client" : e.origin === SERVER ? "server" : "?"]), [
      ["ModelChanged", "server"], ["ModelChanged", "client"], ["ModelChanged", "server"], ["ColumnsStreamed", "client"],
    ])
    assert.equal(div.text, "value 3")
    assert.equal(slider.end, 20)
  })
})

describe("bad input leaves the document unchanged", () => {
  function unchanged(fn: (ctx: ReturnType<typeof setup>) => void, check: (e: unknown) => boolean): void {
    const ctx = setup()
    const before = JSON.stringify(ctx.doc)
    const seen: unknown[] = []
    ctx.doc.onChange((e) => seen.push(e))
    assert.throws(() => fn(ctx), (e: unknown) => check(e))
    assert.equal(JSON.stringify(ctx.doc), before)
    assert.deepEqual(seen, [], "no change events")
  }
  const deser = (pattern: RegExp) => (e: unknown) => e instanceof DeserializationError && pattern.test(e.message)

  test("malformed content", () => {
    for (const content of ["x", null, [], {}, { events: "no" }, { events: {} }]) {
      unchanged(({ doc }) => doc.applyPatch(content, [], CLIENT), deser(/'events' list/))
    }
    unchanged(({ doc }) => doc.applyPatch({ events: [{ title: "t" }] }, [], CLIENT), deser(/needs a 'kind'/))
    unchanged(({ doc }) => doc.applyPatch({ events: [5] }, [], CLIENT), deser(/needs a 'kind'/))
    unchanged(({ doc }) => doc.applyPatch({ events: [{ kind: "TitleChanged", title: "t" }, { kind: "Explode" }] }, [], CLIENT), deser(/unknown patch event kind 'Explode'/))
    unchanged(({ doc, slider }) => doc.applyPatch({ events: [{ kind: "ModelChanged", model: ref(slider), new: 1 }] }, [], CLIENT), deser(/needs an 'attr'/))
    unchanged(({ doc }) => doc.applyPatch({ events: [{ kind: "ModelChanged", model: 5, attr: "value", new: 1 }] }, [], CLIENT), deser(/needs a model reference/))
    unchanged(({ doc }) => doc.applyPatch({ events: [{ kind: "TitleChanged", title: 5 }] }, [], CLIENT), deser(/string 'title'/))
    unchanged(({ doc }) => doc.applyPatch({ events: [{ kind: "MessageSent" }] }, [], CLIENT), deser(/msg_type/))
  })

  test("unknown model type in a full rep", () => {
    unchanged(({ doc }) => doc.applyPatch({ events: [
      { kind: "TitleChanged", title: "t" },
      { kind: "RootAdded", model: { type: "object", name: "NoSuchModel", id: "n1" } },
    ] }, [], CLIENT), deser(/NoSuchModel/))
  })

  test("unknown id (never part of the document)", () => {
    unchanged(({ doc }) => doc.applyPatch({ events: [
      { kind: "TitleChanged", title: "t" },
      { kind: "ModelChanged", model: { id: "never-seen" }, attr: "value", new: 1 },
    ] }, [], CLIENT), (e) => e instanceof UnknownReferenceError && /never-seen/.test(e.message))
  })

  test("a value of the wrong type names Model.property", () => {
    unchanged(({ doc, slider }) => doc.applyPatch({ events: [{ kind: "ModelChanged", model: ref(slider), attr: "value", new: "junk" }] }, [], CLIENT),
      (e) => e instanceof ValidationError && e.message.startsWith(`failed to validate Slider(id='`) && /\.value: expected a value of type Real, got junk of type str/.test(e.message))
  })

  test("a wrong value in the second of two ModelChanged events: the first is not applied either", () => {
    unchanged(({ doc, slider, div }) => doc.applyPatch({ events: [
      { kind: "ModelChanged", model: ref(div), attr: "text", new: "changed" },
      { kind: "ModelChanged", model: ref(slider), attr: "start", new: [1] },
    ] }, [], CLIENT), (e) => e instanceof ValidationError && /Slider\(id='p\d+', \.\.\.\)\.start/.test(e.message))
  })

  test("a stream with missing columns", () => {
    unchanged(({ doc, source }) => doc.applyPatch({ events: [
      { kind: "ColumnsStreamed", model: ref(source), attr: "data", data: map([["x", [1]]]), rollover: null },
    ] }, [], CLIENT), (e) => e instanceof ValueError && e.message === "Must stream updates to all existing columns (missing: y)")
  })

  test("a patch out of bounds", () => {
    unchanged(({ doc, source }) => doc.applyPatch({ events: [
      { kind: "ColumnsPatched", model: ref(source), attr: "data", patches: map([["y", [[0, 1]]], ["x", [[10, 1]]]]) },
    ] }, [], CLIENT), (e) => e instanceof ValueError && e.message === "Out-of bounds index (10) in patch for column: x")
  })

  test("column events on a model that is not a source", () => {
    unchanged(({ doc, div }) => doc.applyPatch({ events: [
      { kind: "ColumnsStreamed", model: ref(div), attr: "data", data: map([["x", [1]]]), rollover: null },
    ] }, [], CLIENT), deser(/is not a ColumnDataSource/))
  })

  test("a ColumnDataChanged whose cols is not a list of names", () => {
    for (const cols of [5, "xy"]) {
      unchanged(({ doc, source }) => doc.applyPatch({ events: [
        { kind: "TitleChanged", title: "t" },
        { kind: "ColumnDataChanged", model: ref(source), attr: "data", data: map([["x", [0, 0, 0]], ["y", [0, 0, 0]]]), cols },
      ] }, [], CLIENT), (e) => e instanceof DeserializationError)
    }
  })

  test("a malformed bokeh_event message", () => {
    unchanged(({ doc }) => doc.applyPatch({ events: [
      { kind: "TitleChanged", title: "t" },
      { kind: "MessageSent", msg_type: "bokeh_event", msg_data: null },
    ] }, [], CLIENT), (e) => e instanceof DeserializationError)
  })
})

describe("stale references and unknown attributes", () => {
  test("a patch naming a model removed from the document is dropped whole, without error", () => {
    const { doc, div, slider } = setup()
    const column = doc.roots[0] as Column
    column.children = [slider]
    assert.equal(div.document, null)
    assert.ok(doc.wasSeen(div.id))
    const before = JSON.stringify(doc)
    const { messages } = captureLog(() => doc.applyPatch({ events: [
      { kind: "TitleChanged", title: "should not apply" },
      { kind: "ModelChanged", model: ref(div), attr: "text", new: "late" },
    ] }, [], CLIENT))
    assert.equal(JSON.stringify(doc), before)
    assert.equal(div.text, "a")
    assert.ok(messages.some(([level, m]) => level === "warn" && m.includes(`previously known reference (id='${div.id}')`)))
  })

  test("an attribute that is not a property is ignored with a warning", () => {
    const { doc, slider } = setup()
    const { result: events, messages } = captureLog(() => apply(doc, [
      { kind: "ModelChanged", model: ref(slider), attr: "no_such_prop", new: 1 },
      { kind: "ModelChanged", model: ref(slider), attr: "value", new: 2 },
    ]))
    assertOrigins(events, ["ModelChanged"])
    assert.equal(slider.value, 2)
    assert.deepEqual(messages, [["warn", "JSON had attr 'no_such_prop' on Slider which is a client-only or invalid attribute that shouldn't have been sent"]])
  })
})

describe("PatchBuilder", () => {
  // Listens to `doc` as a session does: every patch event goes into the builder as dispatched.
  function listen(doc: Document, known: (m: Model) => boolean = (() => { const k = new Set(doc.models.values()); return (m: Model) => k.has(m) })()) {
    const builder = new PatchBuilder({ known, binary: true })
    doc.onChange((e) => { if (isPatchEvent(e)) builder.add(e) })
    return builder
  }
  const buffersOf = (patch: { buffers: Array<{ id: string; data: Uint8Array }> }) => new Map(patch.buffers.map((b) => [b.id, b.data]))

  test("events are serialized when added: attach, stream, replace, stream in one message", () => {
    const doc = new Document()
    doc.addRoot(new Div({ text: "first" }))
    const copy = Document.fromJSON(doc.toJSON())
    const builder = listen(doc)
    const source = new ColumnDataSource({ data: { x: new Float64Array([1]), y: [1] } })
    doc.addRoot(new Column({ children: [new Div({ tags: [source] })] }))
    source.stream({ x: new Float64Array([2, 3]), y: [2, 3] }, 10)
    source.patch({ x: [[0, 100]], y: [[new Slice(0, 1, null), [-1]]] })
    source.data = { x: new Float64Array([10, 20]), y: [10, 20] }
    source.stream({ x: new Float64Array([30]), y: [30] }, 2)
    const patch = builder.build()
    assert.deepEqual(patch.content.events.map((e) => e.kind), ["RootAdded", "ColumnsStreamed", "ColumnsPatched", "ColumnDataChanged", "ColumnsStreamed"])
    // the full rep carries the source as it was when attached
    const x0 = patch.buffers.find((b) => b.id === "0")!.data
    assert.deepEqual(Array.from(new Float64Array(x0.slice().buffer)), [1])
    copy.applyPatch(patch.content, buffersOf(patch), CLIENT)
    const theirs = copy.getModelById(source.id) as ColumnDataSource
    assert.deepEqual(dataOf(theirs), dataOf(source))
    assert.deepEqual(dataOf(source), { x: [20, 30], y: [20, 30] })
    assert.ok((theirs.data as Record<string, unknown>).x instanceof Float64Array)
  })

  test("the same batch under doc.batch() gives the same final data", () => {
    const doc = new Document()
    const copy = Document.fromJSON(doc.toJSON())
    const builder = listen(doc)
    const source = new ColumnDataSource({ data: { x: new Float64Array([1]), y: [1] } })
    doc.batch(() => {
      doc.addRoot(new Div({ tags: [source] }))
      source.stream({ x: new Float64Array([2, 3]), y: [2, 3] }, 10)
    })
    const patch = builder.build()
    copy.applyPatch(patch.content, buffersOf(patch), CLIENT)
    assert.deepEqual(dataOf(copy.getModelById(source.id) as ColumnDataSource), dataOf(source))
  })

  test("events about models the receivers do not know are left out", () => {
    const { doc, slider, div, source } = setup()
    const builder = listen(doc, (m) => m !== slider && m !== source)
    slider.value = 5
    source.stream({ x: new Float64Array([4]), y: [7] })
    div.text = "known"
    doc.removeRoot(source)
    assert.deepEqual(builder.build().content.events, [{ kind: "ModelChanged", model: ref(div), attr: "text", new: "known" }])
  })

  test("events about a model that left the document before dispatch are left out", () => {
    const { doc, div, slider } = setup()
    const builder = listen(doc)
    doc.batch(() => {
      div.text = "gone soon"
      ;(doc.roots[0] as Column).children = [slider]
    })
    const events = builder.build().content.events
    assert.deepEqual(events.map((e) => [e.kind, e.attr]), [["ModelChanged", "children"]])
  })

  test("emitted lists the models sent in full, not the known ones", () => {
    const { doc, div } = setup()
    const builder = listen(doc)
    const inner = new Div({ text: "inner" })
    const outer = new Column({ children: [inner, div] })
    doc.addRoot(outer)
    doc.title = "t"
    const patch = builder.build()
    assert.deepEqual(new Set(patch.emitted), new Set([outer, inner]))
    assert.equal(builder.length, 2)
    const rootRep = patch.content.events[0]!.model as Record<string, any>
    assert.deepEqual(rootRep.attributes.children, [{ type: "object", name: "Div", id: inner.id, attributes: { text: "inner" } }, { id: div.id }])
  })

  test("one builder's output serves two receivers: identical JSON, identical results", () => {
    const { doc, slider, source } = setup()
    const receivers = [Document.fromJSON(doc.toJSON()), Document.fromJSON(doc.toJSON())]
    const builder = listen(doc)
    slider.value = 9
    source.stream({ x: new Float64Array([4]), y: [7] }, 3)
    doc.addRoot(new Div({ text: "new" }))
    const patch = builder.build()
    const text = JSON.stringify(patch.content)
    const bytes = patch.buffers.map((b) => Array.from(b.data))
    for (const receiver of receivers) {
      receiver.applyPatch(patch.content, patch.buffers, CLIENT)
      assert.equal(JSON.stringify(patch.content), text, "content not consumed")
      assert.deepEqual(patch.buffers.map((b) => Array.from(b.data)), bytes, "buffers not consumed")
    }
    assert.equal(JSON.stringify(receivers[0]), JSON.stringify(receivers[1]))
    assert.equal(JSON.stringify(receivers[0]), JSON.stringify(doc))
    assert.equal(JSON.stringify(builder.build().content), text, "build() is repeatable")
  })

  test("build({skip}) leaves out the originator's own events and their buffers", () => {
    const { doc, slider, source } = setup()
    const originator = Document.fromJSON(doc.toJSON())
    const other = Document.fromJSON(doc.toJSON())
    const builder = listen(doc)
    // a server reaction to the client's stream: the originator must get it
    source.onChange("data", () => { slider.value = (source.data as Record<string, ArrayLike<number>>).x!.length })
    const chunk = new Float64Array([7, 8])
    const content = { events: [{
      kind: "ColumnsStreamed", model: ref(source), attr: "data", rollover: null,
      data: map([["x", { type: "ndarray", array: { type: "bytes", data: { id: "c0" } }, shape: [2], dtype: "float64", order: "little" }], ["y", [1, 2]]]),
    }] }
    const buffers = new Map([["c0", new Uint8Array(chunk.buffer)]])
    doc.applyPatch(content, buffers, CLIENT)
    doc.addRoot(new ColumnDataSource({ data: { z: new Int16Array([1]) } }))
    const everyone = builder.build()
    const mine = builder.build({ skip: (o) => o === CLIENT })
    assert.deepEqual(everyone.content.events.map((e) => e.kind), ["ModelChanged", "ColumnsStreamed", "RootAdded"])
    assert.deepEqual(mine.content.events.map((e) => e.kind), ["ModelChanged", "RootAdded"])
    const ids = (p: typeof mine) => [...JSON.stringify(p.content).matchAll(/"data":\{"id":"([^"]+)"\}/g)].map((m) => m[1])
    assert.deepEqual(mine.buffers.map((b) => b.id), ids(mine), "exactly the buffers the kept events refer to")
    assert.deepEqual(everyone.buffers.map((b) => b.id), ids(everyone))
    originator.applyPatch(content, buffers, CLIENT) // the client's own change, already applied there
    originator.applyPatch(mine.content, mine.buffers, SERVER)
    other.applyPatch(everyone.content, everyone.buffers, SERVER)
    assert.equal(JSON.stringify(originator), JSON.stringify(doc))
    assert.equal(JSON.stringify(other), JSON.stringify(doc))
  })

  test("serializePatch and Document.createPatch give the same content as the builder", () => {
    const { doc, slider } = setup()
    const captured: PatchEvent[] = []
    doc.onChange((e) => { if (isPatchEvent(e)) captured.push(e) })
    slider.value = 2
    doc.title = "x"
    const known = (m: Model) => doc.models.has(m.id)
    const a = serializePatch(captured, { known })
    const b = doc.createPatch(captured, { known })
    assert.deepEqual(a.content, b.content)
    assert.deepEqual(a.content.events, [
      { kind: "ModelChanged", model: ref(slider), attr: "value", new: 2 },
      { kind: "TitleChanged", title: "x" },
    ])
  })
})

describe("MessageSent and UI events", () => {
  test("a bokeh_event reaches the model's onEvent handler with the model", () => {
    const { doc, button } = setup()
    const got: ModelEvent[] = []
    button.onEvent("button_click", (e) => { got.push(e) })
    apply(doc, [{
      kind: "MessageSent", msg_type: "bokeh_event",
      msg_data: { type: "event", name: "button_click", values: { type: "map", entries: [["model", ref(button)]] } },
    }])
    assert.equal(got.length, 1)
    assert.equal(got[0]!.name, "button_click")
    assert.equal(got[0]!.model, button)
  })

  test("other events of the model do not reach a button_click handler", () => {
    const { doc, button } = setup()
    let calls = 0
    button.onEvent("button_click", () => { calls++ })
    apply(doc, [{ kind: "MessageSent", msg_type: "bokeh_event", msg_data: { type: "event", name: "menu_item_click", values: map([["model", ref(button)], ["item", "a"]]) } }])
    assert.equal(calls, 0)
  })

  test("document_ready reaches doc.onEvent", () => {
    const { doc } = setup()
    const got: ModelEvent[] = []
    doc.onEvent("document_ready", (e) => { got.push(e) })
    apply(doc, [{ kind: "MessageSent", msg_type: "bokeh_event", msg_data: { type: "event", name: "document_ready", values: { type: "map" } } }])
    assert.deepEqual(got, [{ name: "document_ready", model: null, values: {} }])
  })

  test("other msg_types reach doc.onMessage for that type only", () => {
    const { doc, div } = setup()
    const a: unknown[] = [], b: unknown[] = []
    doc.onMessage("ext_a", (data) => { a.push(data) })
    doc.onMessage("ext_b", (data) => { b.push(data) })
    apply(doc, [
      { kind: "MessageSent", msg_type: "ext_a", msg_data: map([["model", ref(div)]]) },
      { kind: "MessageSent", msg_type: "ext_a" },
    ])
    assert.deepEqual(a, [{ model: div }, null])
    assert.deepEqual(b, [])
  })
})
