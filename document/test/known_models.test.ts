// One message serialized once for several receivers that know different models: every
// receiver (a real BokehJS replica each) ends in our state, none meets a bare unknown ref.
import assert from "node:assert/strict"
import { before, test } from "node:test"
import {
  ColumnDataSource, Div, Document, GlyphRenderer, KnownModels, PatchBuilder, Plot, Scatter,
  Slider, clientOrigin, isPatchEvent, knownToAll, serializeDocument, type SerializedPatch,
} from "../index.ts"
import { assertSameState, oracle, stateOf, type Oracle } from "./oracle.ts"

let js: Oracle
before(async () => {
  js = await oracle()
})

// A receiver: a BokehJS replica plus what the server believes it knows.
interface Receiver {
  replica: any
  known: KnownModels
}

function pull(doc: Document): Receiver {
  const { json, buffers, emitted } = serializeDocument(doc, { binary: true })
  const known = new KnownModels()
  known.addAll(emitted)
  return { replica: js.load(json, buffers), known }
}

function send(patch: SerializedPatch, receivers: Receiver[]): void {
  // the same content and buffers for everyone
  const text = JSON.stringify(patch.content)
  for (const r of receivers) {
    js.applyPatch(r.replica, JSON.parse(text), patch.buffers)
    r.known.addAll(patch.emitted)
  }
}

function batch(doc: Document, receivers: Receiver[], change: () => void): SerializedPatch {
  const builder = new PatchBuilder({ known: knownToAll(receivers.map((r) => r.known)), binary: true })
  const listener = (e: Parameters<Parameters<Document["onChange"]>[0]>[0]) => { if (isPatchEvent(e)) builder.add(e) }
  doc.onChange(listener)
  try {
    change()
  } finally {
    doc.removeOnChange(listener)
  }
  const patch = builder.build()
  send(patch, receivers)
  return patch
}

test("receivers that joined at different times get one message and end in our state", () => {
  const doc = new Document()
  const plot = new Plot()
  doc.addRoot(plot)
  const early = pull(doc)

  const source = new ColumnDataSource({ data: { x: new Float64Array([1, 2]), y: [1, 2] } })
  const first = batch(doc, [early], () => {
    plot.renderers = [new GlyphRenderer({ dataSource: source, glyph: new Scatter({ x: "x", y: "y" }) })]
    source.stream({ x: new Float64Array([3]), y: [3] }, 10)
  })
  assert.ok(first.emitted.has(source) && early.known.has(source), "the early receiver learned the new models")

  const late = pull(doc)
  const div = new Div({ text: "new" })
  const second = batch(doc, [early, late], () => {
    source.stream({ x: new Float64Array([4]), y: [4] }, 10)
    plot.width = 500
    doc.addRoot(div)
    div.text = "changed"
  })
  assert.deepEqual(second.content.events.map((e) => e.kind), ["ColumnsStreamed", "ModelChanged", "RootAdded", "ModelChanged"])
  assert.ok(second.emitted.has(div) && !second.emitted.has(source))
  for (const r of [early, late]) assertSameState(js.stateOf(r.replica), stateOf(doc))
})

test("a receiver believed to know less gets full reps, which a receiver that knows is fine with", () => {
  const doc = new Document()
  const source = new ColumnDataSource({ data: { x: new Float64Array([1, 2]), y: [1, 2] } })
  doc.addRoot(new Plot({ renderers: [new GlyphRenderer({ dataSource: source, glyph: new Scatter({ x: "x", y: "y" }) })] }))
  const informed = pull(doc)
  const forgetful = pull(doc)
  forgetful.known = new KnownModels() // the server believes it knows nothing
  const patch = batch(doc, [informed, forgetful], () => {
    doc.addRoot(new Plot({ renderers: [new GlyphRenderer({ dataSource: source, glyph: new Scatter({ x: "y", y: "x" }) })] }))
  })
  assert.ok(patch.emitted.has(source), "the shared source went out in full")
  for (const r of [informed, forgetful]) assertSameState(js.stateOf(r.replica), stateOf(doc))
})

test("a model that left and came back is sent in full again", () => {
  const doc = new Document()
  const div = new Div({ text: "a" })
  doc.addRoot(div)
  const receiver = pull(doc)
  assert.ok(receiver.known.has(div))
  doc.removeRoot(div)
  assert.ok(!receiver.known.has(div), "detached: unknown")
  doc.addRoot(div)
  assert.ok(!receiver.known.has(div), "re-attached: still unknown until sent again")
  const builder = new PatchBuilder({ known: knownToAll([receiver.known]) })
  doc.onChange((e) => { if (isPatchEvent(e)) builder.add(e) })
  div.text = "b"
  doc.removeRoot(div)
  doc.addRoot(div)
  const patch = builder.build()
  const kinds = patch.content.events.map((e) => e.kind)
  assert.deepEqual(kinds, ["RootAdded"], "changes to an unknown model wait for its full rep")
  assert.deepEqual((patch.content.events[0]!.model as { type: string }).type, "object")
  send(patch, [receiver])
  assert.ok(receiver.known.has(div))
})

test("echo suppression: the originator gets the reactions to its change, not the change itself", () => {
  const doc = new Document()
  const slider = new Slider({ start: 0, end: 100, value: 1 })
  const div = new Div({ text: "" })
  doc.addRoot(slider)
  doc.addRoot(div)
  // a server reaction that also clamps the value the client sent
  slider.onChange("value", (_a, _o, v) => {
    div.text = `value ${String(v)}`
    if ((v as number) > 50) slider.value = 50
  })
  const c1 = pull(doc), c2 = pull(doc)
  const builder = new PatchBuilder({ known: knownToAll([c1.known, c2.known]), binary: true })
  doc.onChange((e) => { if (isPatchEvent(e)) builder.add(e) })

  const jsSlider = [...c1.replica.all_models].find((m: any) => m.type === "Slider")
  const events: unknown[] = []
  c1.replica.on_change((e: unknown) => events.push(e))
  jsSlider.value = 70
  const sent = js.createPatch(c1.replica, events)
  const origin = clientOrigin("session", "c1")
  const created = doc.applyPatch(sent.content, sent.buffers, origin)
  assert.equal(created.size, 0)

  const forC1 = builder.build({ skip: (o) => o.kind === "client" && o.connection === "c1" })
  const forC2 = builder.build()
  assert.deepEqual(forC1.content.events.map((e) => `${e.kind}:${String(e.attr)}`), ["ModelChanged:text", "ModelChanged:text", "ModelChanged:value"])
  assert.equal(forC2.content.events.length, 4)
  send(forC1, [c1])
  send(forC2, [c2])
  assert.equal(slider.value, 50)
  for (const r of [c1, c2]) assertSameState(js.stateOf(r.replica), stateOf(doc))
})
