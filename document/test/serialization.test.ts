// The serializer in detail (spec protocol.md §5): model reps and the first-occurrence rule,
// numbers, containers, typed arrays and buffers, DataSpecs, and whole-document round trips.
// Decoding of everything a client may send is in deserialization.test.ts.
import { before, describe, test } from "node:test"
import assert from "node:assert/strict"
import {
  Button, ColumnDataSource, CustomJS, Div, Document, DocumentConfig, LinearColorMapper, NDArray,
  Scatter, Serializer, Slice, Slider, ValidationError, ValueError, Wedge, serializeDocument, type Model,
} from "../index.ts"
import { decodeInline, fromBase64, toBase64 } from "../serialization/bytes.ts"
import { documents } from "./fixtures.ts"
import { assertSameState, oracle, stateOf, type Oracle } from "./oracle.ts"

type Rep = Record<string, any>

const enc = (value: unknown, s = new Serializer()): any => s.encode(value)
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

// Every model full rep inside a rep, in encounter order.
function fullReps(rep: unknown, out: Rep[] = []): Rep[] {
  if (Array.isArray(rep)) for (const item of rep) fullReps(item, out)
  else if (rep != null && typeof rep === "object") {
    const obj = rep as Rep
    if (obj.type === "object" && typeof obj.id === "string") out.push(obj)
    for (const v of Object.values(obj)) fullReps(v, out)
  }
  return out
}

let js: Oracle
before(async () => {
  js = await oracle()
})

describe("model reps", () => {
  test("full rep the first time, {id} after it, within one message", () => {
    const div = new Div({ text: "shared" })
    const s = new Serializer()
    const rep = s.encode([div, div, { again: div }]) as any[]
    assert.deepEqual(rep[0], { type: "object", name: "Div", id: div.id, attributes: { text: "shared" } })
    assert.deepEqual(rep[1], { id: div.id })
    assert.deepEqual(rep[2], { type: "map", entries: [["again", { id: div.id }]] })
    assert.deepEqual([...s.emitted], [div])
    assert.ok(s.knows(div))
  })

  test("across messages the known set turns models into {id}", () => {
    const slider = new Slider({ start: 0, end: 10, value: 1 })
    const first = new Serializer()
    first.encode(slider)
    const second = new Serializer({ known: (m) => first.emitted.has(m) })
    assert.deepEqual(second.encode([slider]), [{ id: slider.id }])
    assert.equal(second.emitted.size, 0)
    // a new model that holds a known one: the new one in full, the known one as a ref
    const div = new Div({ tags: [slider] })
    assert.deepEqual(second.encode(div), { type: "object", name: "Div", id: div.id, attributes: { tags: [{ id: slider.id }] } })
  })

  test("cycles through models terminate (the model is registered before its attributes)", () => {
    const div = new Div({ text: "a" })
    const cb = new CustomJS({ args: { div }, code: "" })
    div.jsPropertyCallbacks = { "change:text": [cb] }
    const rep = enc(div)
    const reps = fullReps(rep)
    assert.deepEqual(reps.map((r) => r.id), [div.id, cb.id])
    assert.deepEqual(reps[1]!.attributes.args, { type: "map", entries: [["div", { id: div.id }]] })
    // two models referring to each other through tags
    const a = new Div(), b = new Div({ tags: [a] })
    a.tags = [b]
    assert.deepEqual(enc(a), {
      type: "object", name: "Div", id: a.id,
      attributes: { tags: [{ type: "object", name: "Div", id: b.id, attributes: { tags: [{ id: a.id }] } }] },
    })
  })

  test("only set attributes appear, in property order; no attributes key when none", () => {
    const div = new Div()
    assert.deepEqual(Object.keys(enc(div)), ["type", "name", "id"])
    const slider = new Slider({ title: "t", end: 10, value: 1, start: 0 })
    const keys = Object.keys(enc(slider).attributes)
    const order = [...slider.schema.props.keys()]
    assert.deepEqual(keys, order.filter((k) => keys.includes(k)), "property order, not assignment order")
    assert.deepEqual(new Set(keys), new Set(["title", "end", "value", "start"]))
    const button = new Button({ label: "x" })
    assert.deepEqual(enc(button).attributes, { label: "x" })
  })

  test("model-valued defaults are always sent, so both sides share their ids", () => {
    const source = new ColumnDataSource()
    const rep = enc(source)
    assert.equal(rep.attributes.selected.type, "object")
    assert.equal(rep.attributes.selected.name, "Selection")
    assert.equal(rep.attributes.selected.id, (source.getValue("selected") as Model).id)
    assert.equal(rep.attributes.selection_policy.name, "UnionRenderers")
    // the same instance every time the source is read
    assert.equal(source.getValue("selected"), source.getValue("selected"))
    const doc = new Document()
    assert.equal(enc(doc.config).attributes.notifications.name, "Notifications")
  })

  test("a subscribed event set travels as a set rep", () => {
    const button = new Button()
    button.onEvent("button_click", () => {})
    assert.deepEqual(enc(button).attributes, { subscribed_events: { type: "set", entries: ["button_click"] } })
  })
})

describe("numbers and containers", () => {
  test("NaN and infinities become number reps, in properties and inside list columns", () => {
    assert.deepEqual(enc(NaN), { type: "number", value: "nan" })
    assert.deepEqual(enc(Infinity), { type: "number", value: "+inf" })
    assert.deepEqual(enc(-Infinity), { type: "number", value: "-inf" })
    assert.equal(enc(-1.5e300), -1.5e300)
    const slider = new Slider({ start: -Infinity, end: Infinity, value: NaN })
    assert.deepEqual(enc(slider).attributes, {
      value: { type: "number", value: "nan" }, start: { type: "number", value: "-inf" }, end: { type: "number", value: "+inf" },
    })
    const source = new ColumnDataSource({ data: { y: [1, NaN, Infinity, -Infinity] } })
    assert.deepEqual(enc(source).attributes.data, { type: "map", entries: [["y", [1, { type: "number", value: "nan" }, { type: "number", value: "+inf" }, { type: "number", value: "-inf" }]]] })
  })

  test("maps: plain objects and Maps with any keys; empty map has no entries", () => {
    assert.deepEqual(enc({ a: 1, b: "x" }), { type: "map", entries: [["a", 1], ["b", "x"]] })
    assert.deepEqual(enc(new Map<unknown, unknown>([[1, "one"], [[1, 2], "pair"], [NaN, null]])), {
      type: "map", entries: [[1, "one"], [[1, 2], "pair"], [{ type: "number", value: "nan" }, null]],
    })
    assert.deepEqual(enc({}), { type: "map" })
    assert.deepEqual(enc(new Map()), { type: "map" })
    const cb = new CustomJS({ args: { a: 1 }, code: "" })
    cb.args = {}
    assert.deepEqual(enc(cb).attributes.args, { type: "map" })
  })

  test("sets, slices, nested lists, undefined", () => {
    assert.deepEqual(enc(new Set(["a", 1])), { type: "set", entries: ["a", 1] })
    assert.deepEqual(enc(new Set()), { type: "set" })
    assert.deepEqual(enc(new Slice(1, null, 2)), { type: "slice", start: 1, stop: null, step: 2 })
    assert.deepEqual(enc(new Slice(null, 5, null)), { type: "slice", start: null, stop: 5, step: null })
    assert.deepEqual(enc([[1, [2, NaN]], [], ["s", true, null]]), [[1, [2, { type: "number", value: "nan" }]], [], ["s", true, null]])
    assert.equal(enc(undefined), null)
  })

  test("Date goes out as milliseconds since the epoch", () => {
    assert.equal(enc(new Date("2020-01-01T00:00:00Z")), 1577836800000)
    const div = new Div({ tags: [new Date(1000)] })
    assert.deepEqual(enc(div).attributes.tags, [1000])
  })

  test("an invalid Date goes out as the NaN number rep", () => {
    assert.deepEqual(enc(new Date(NaN)), { type: "number", value: "nan" })
  })

  test("circular plain values are an error; shared (acyclic) values are not", () => {
    const list: unknown[] = [1]
    list.push(list)
    assert.throws(() => enc(list), (e: unknown) => e instanceof ValueError && /circular/.test(e.message))
    const obj: Record<string, unknown> = {}
    obj.inner = { back: [obj] }
    assert.throws(() => enc(obj), /circular reference/)
    const shared = [1, 2]
    assert.deepEqual(enc({ a: shared, b: shared }), { type: "map", entries: [["a", [1, 2]], ["b", [1, 2]]] })
  })

  test("values that have no rep are refused", () => {
    assert.throws(() => enc(10n), ValueError)
    assert.throws(() => enc(() => 1), ValueError)
    assert.throws(() => enc(Symbol("s")), ValueError)
    assert.throws(() => enc(new (class Thing {})()), /cannot serialize a Thing/)
  })
})

type Ctor = { new (values: number[]): any; new (b: ArrayBuffer, o: number, n: number): any; BYTES_PER_ELEMENT: number; name: string }
const DTYPES: Array<[string, Ctor]> = [
  ["float64", Float64Array], ["float32", Float32Array], ["int32", Int32Array], ["uint32", Uint32Array],
  ["int16", Int16Array], ["uint16", Uint16Array], ["int8", Int8Array], ["uint8", Uint8Array],
]

describe("typed arrays and buffers", () => {
  for (const [dtype, ctor] of DTYPES) {
    test(`${dtype} column: an ndarray rep whose buffer views the column's own memory`, () => {
      const column = new ctor([1, 2, 3, 100])
      const source = new ColumnDataSource({ data: { c: column } })
      const s = new Serializer()
      const rep = enc(source, s).attributes.data.entries[0][1]
      assert.deepEqual(rep, { type: "ndarray", array: { type: "bytes", data: { id: "0" } }, shape: [4], dtype, order: "little" })
      const stored = (source.data as Record<string, any>).c
      const data = s.buffers[0]!.data
      assert.equal(data.buffer, stored.buffer, "no copy")
      assert.equal(data.buffer, column.buffer, "the adopted column itself")
      assert.equal(data.byteOffset, stored.byteOffset)
      assert.equal(data.byteLength, 4 * ctor.BYTES_PER_ELEMENT)
      assert.deepEqual(Array.from(new ctor(data.slice().buffer, 0, 4)), [1, 2, 3, 100])
    })
  }

  test("a subarray column sends exactly its own bytes", () => {
    const base = new Float64Array([0, 1, 2, 3, 4, 5])
    const view = base.subarray(2, 5)
    const s = new Serializer()
    enc(view, s)
    const data = s.buffers[0]!.data
    assert.equal(data.buffer, base.buffer)
    assert.equal(data.byteOffset, 16)
    assert.equal(data.byteLength, 24)
  })

  test("buffer ids are unique within a message", () => {
    const s = new Serializer()
    const rep = enc([new Int8Array([1]), new Int8Array([2]), new Int8Array([3])], s)
    assert.deepEqual(rep.map((r: Rep) => r.array.data.id), ["0", "1", "2"])
    assert.deepEqual(s.buffers.map((b) => b.id), ["0", "1", "2"])
  })

  test("2-D NDArray (an image), bool and object dtypes", () => {
    const pixels = new Float32Array([1, 2, 3, 4, 5, 6])
    const image = new NDArray(pixels, [2, 3])
    const s = new Serializer()
    const rep = enc(new ColumnDataSource({ data: { image: [image] } }), s).attributes.data.entries[0][1][0]
    assert.deepEqual(rep, { type: "ndarray", array: { type: "bytes", data: { id: "0" } }, shape: [2, 3], dtype: "float32", order: "little" })
    assert.equal(s.buffers[0]!.data.buffer, pixels.buffer)
    const flags = new NDArray(new Uint8Array([1, 0, 1]), [3], "bool")
    const s2 = new Serializer()
    assert.deepEqual(enc(flags, s2), { type: "ndarray", array: { type: "bytes", data: { id: "0" } }, shape: [3], dtype: "bool", order: "little" })
    assert.deepEqual(Array.from(s2.buffers[0]!.data), [1, 0, 1])
    const objects = new NDArray(["a", 1, NaN, null], [2, 2])
    assert.deepEqual(enc(objects), { type: "ndarray", array: ["a", 1, { type: "number", value: "nan" }, null], shape: [2, 2], dtype: "object", order: "little" })
  })

  test("inline mode: base64 of gzip, no buffers", () => {
    const s = new Serializer({ binary: false })
    const rep = enc(new Float64Array([1.5, NaN, -2]), s)
    assert.equal(s.buffers.length, 0)
    assert.equal(typeof rep.array.data, "string")
    const raw = fromBase64(rep.array.data)
    assert.deepEqual([raw[0], raw[1]], [0x1f, 0x8b], "gzip magic")
    const bytes = decodeInline(rep.array.data)
    assert.deepEqual(Array.from(new Float64Array(bytes.slice().buffer)), [1.5, NaN, -2])
    // raw bytes (ArrayBuffer) as a bytes rep; and the spec's example for b"hello" from Python
    const hello = enc(new TextEncoder().encode("hello").buffer, new Serializer({ binary: false }))
    assert.equal(hello.type, "bytes")
    assert.equal(new TextDecoder().decode(decodeInline(hello.data)), "hello")
    assert.equal(enc(new TextEncoder().encode("hello").buffer, new Serializer({ binary: false })).data, hello.data, "deterministic")
    assert.equal(new TextDecoder().decode(decodeInline("H4sIAAEAAAAA/8tIzcnJBwCGphA2BQAAAA==")), "hello")
  })

  test("BokehJS reads our inline reps of every dtype", () => {
    const { Deserializer: JsDeserializer } = js.Bokeh.require("core/serialization/deserializer")
    const resolver = js.Bokeh.require("base").default_resolver
    for (const [dtype, ctor] of DTYPES) {
      const rep = json(enc(new ctor([1, 2, 127]), new Serializer({ binary: false })))
      const decoded = new JsDeserializer(resolver).decode(rep)
      assert.equal(decoded.dtype, dtype)
      assert.deepEqual(Array.from(decoded), [1, 2, 127], dtype)
    }
    const image = json(enc(new NDArray(new Int16Array([1, 2, 3, 4, 5, 6]), [3, 2]), new Serializer({ binary: false })))
    const decoded = new JsDeserializer(resolver).decode(image)
    assert.deepEqual([...decoded.shape], [3, 2])
    assert.deepEqual(Array.from(decoded), [1, 2, 3, 4, 5, 6])
  })

  test("no int64 anywhere: BigInt64Array is refused with a clear error", () => {
    assert.throws(() => enc(new BigInt64Array(2)), (e: unknown) => e instanceof ValueError && /BigInt64Array/.test(e.message))
    assert.throws(() => enc(new BigUint64Array(2)), /BigUint64Array/)
    assert.throws(() => new ColumnDataSource({ data: { x: new BigInt64Array(2) as never } }), (e: unknown) =>
      e instanceof ValidationError && /ColumnDataSource\(id='p\d+', \.\.\.\)\.data/.test(e.message) && /BigInt64Array/.test(e.message))
    for (const [name, make] of Object.entries(documents)) {
      const { json: doc } = serializeDocument(make(), { binary: true })
      assert.ok(!/int64/.test(JSON.stringify(doc)), name)
    }
  })

  test("a Node Buffer column (a Uint8Array) is sent as uint8", () => {
    const rep = enc(Buffer.from([1, 2, 3]))
    assert.equal(rep.dtype, "uint8")
  })

  test("a Uint8ClampedArray column is refused when set, or else serializes", () => {
    let source: ColumnDataSource
    try {
      source = new ColumnDataSource({ data: { x: new Uint8ClampedArray([1, 300]) as never } })
    } catch (error) {
      assert.ok(error instanceof ValueError, String(error))
      return
    }
    assert.equal(enc(source).attributes.data.entries[0][1].dtype, "uint8")
  })
})

describe("DataSpec properties", () => {
  test("plain values, field names, colors, transforms and units", () => {
    const mapper = new LinearColorMapper({ palette: ["#000000", "#ffffff"] })
    const scatter = new Scatter({
      x: "xs", y: 5, size: "sz", fillColor: "red", lineColor: { field: "c", transform: mapper },
      angle: { value: 30, units: "deg" }, hatchColor: null,
    })
    const attrs = enc(scatter).attributes
    assert.deepEqual(attrs.x, { type: "field", field: "xs" })
    assert.deepEqual(attrs.y, { type: "value", value: 5 })
    assert.deepEqual(attrs.size, { type: "field", field: "sz" })
    assert.deepEqual(attrs.fill_color, { type: "value", value: "red" })
    assert.deepEqual(attrs.hatch_color, { type: "value", value: null })
    assert.deepEqual(attrs.line_color, {
      type: "field", field: "c",
      transform: { type: "object", name: "LinearColorMapper", id: mapper.id, attributes: { palette: ["#000000", "#ffffff"] } },
    })
    assert.deepEqual(attrs.angle, { type: "value", value: 30, units: "deg" })
    const wedge = new Wedge({ radius: { value: 2, units: "screen" }, x: { value: 1 }, y: { field: "y" } })
    const w = enc(wedge).attributes
    assert.deepEqual(w.radius, { type: "value", value: 2, units: "screen" })
    assert.deepEqual(w.x, { type: "value", value: 1 })
    assert.deepEqual(w.y, { type: "field", field: "y" })
  })

  test("a transform already known to the receiver goes as a ref", () => {
    const mapper = new LinearColorMapper({ palette: ["#000000"] })
    const scatter = new Scatter({ fillColor: { field: "v", transform: mapper } })
    const s = new Serializer({ known: (m) => m === mapper })
    assert.deepEqual(enc(scatter, s).attributes.fill_color, { type: "field", field: "v", transform: { id: mapper.id } })
  })
})

describe("documents", () => {
  test("DocJson: version, title, config, roots; all models from scratch", () => {
    const doc = new Document({ title: "T" })
    const slider = new Slider({ start: 0, end: 1, value: 0.5 })
    doc.addRoot(slider)
    const out = doc.toJSON() as any
    assert.deepEqual(Object.keys(out), ["version", "title", "config", "roots"])
    assert.equal(out.version, "3.10.0")
    assert.equal(out.title, "T")
    assert.equal(out.config.name, "DocumentConfig")
    assert.equal(out.roots[0].id, slider.id)
    const { emitted } = serializeDocument(doc)
    assert.deepEqual(new Set(emitted), new Set(doc.models.values()))
  })

  test("fromJSON round trip keeps ids, title and config", () => {
    const doc = new Document({ title: "round trip" })
    const config = doc.config as DocumentConfig
    config.reconnectSession = false
    config.notifyConnectionStatus = false
    doc.addRoot(new Div({ text: "a" }))
    doc.addRoot(new Slider({ start: 0, end: 10, value: 3, title: "s" }))
    const back = Document.fromJSON(json(doc.toJSON()))
    assert.equal(back.title, "round trip")
    assert.equal(back.config.id, doc.config.id)
    assert.equal((back.config as DocumentConfig).reconnectSession, false)
    assert.equal((back.config as DocumentConfig).notifyConnectionStatus, false)
    assert.equal(((back.config as DocumentConfig).notifications as Model).id, (config.notifications as Model).id)
    assert.deepEqual(back.roots.map((r) => r.id), doc.roots.map((r) => r.id))
    assert.equal(JSON.stringify(back), JSON.stringify(doc))
  })

  test("a document without config keeps a default one; missing title gets the default", () => {
    const back = Document.fromJSON({ version: "3.10.0", roots: [{ type: "object", name: "Div", id: "d1" }] })
    assert.equal(back.title, "Bokeh Application")
    assert.equal(back.config.type, "DocumentConfig")
    assert.equal(back.getModelById("d1")?.type, "Div")
    assert.throws(() => Document.fromJSON({ roots: [], config: { type: "object", name: "Div", id: "c" } }), /DocumentConfig/)
    assert.throws(() => Document.fromJSON({ title: "x" }), /roots/)
    assert.throws(() => Document.fromJSON({ roots: [5] }), /model/)
  })

  for (const [name, make] of Object.entries(documents)) {
    test(`${name}: inline and binary round trips give the same state`, () => {
      const doc = make()
      const inline = Document.fromJSON(json(doc.toJSON()))
      assertSameState(stateOf(inline), stateOf(doc))
      assert.equal(JSON.stringify(inline), JSON.stringify(doc))
      const { json: bin, buffers } = serializeDocument(doc, { binary: true })
      const binary = Document.fromJSON(json(bin), new Map(buffers.map((b) => [b.id, b.data])))
      assertSameState(stateOf(binary), stateOf(doc))
    })
  }

  test("a column named __proto__ survives a round trip", () => {
    const doc = new Document()
    doc.addRoot(new ColumnDataSource({ data: JSON.parse('{"__proto__": [1, 2], "b": [3, 4]}') }))
    const back = Document.fromJSON(json(doc.toJSON()))
    const data = (back.roots[0] as ColumnDataSource).data as Record<string, unknown>
    assert.deepEqual(Object.keys(data), ["__proto__", "b"])
  })

  test("inline bytes are base64 of gzip; buffers are raw", () => {
    const doc = documents["image plot"]!()
    const text = JSON.stringify(doc.toJSON())
    const inline = [...text.matchAll(/"data":"([A-Za-z0-9+/=]+)"/g)].map((m) => m[1]!)
    assert.ok(inline.length > 0)
    for (const b64 of inline) assert.deepEqual([...fromBase64(b64).subarray(0, 2)], [0x1f, 0x8b])
    assert.equal(toBase64(fromBase64(inline[0]!)), inline[0])
  })
})
