// The deserializer in detail (spec protocol.md §5): every rep BokehJS or Python's
// bokeh.client may send, and the errors for what neither should send.
import { test, describe } from "node:test"
import assert from "node:assert/strict"
import {
  ColumnDataSource, DeserializationError, Deserializer, Div, Document, LinearColorMapper, Model, NDArray,
  Slice, Slider, UnknownReferenceError, clientOrigin, captureLog,
} from "../index.ts"
import { encodeInline, toBase64 } from "../serialization/bytes.ts"

type Rep = Record<string, unknown>

const dec = (rep: unknown, options: ConstructorParameters<typeof Deserializer>[0] = {}): any => new Deserializer(options).decode(rep)
const bytesRep = (data: unknown) => ({ type: "bytes", data })
const ndarray = (array: unknown, dtype: string, shape: unknown, order = "little"): Rep => ({ type: "ndarray", array, shape, dtype, order })
const bytesOfArray = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength).slice()

function bigEndian(values: number[], dtype: "float64" | "float32" | "int32" | "uint16" | "int16"): Uint8Array {
  const width = { float64: 8, float32: 4, int32: 4, uint16: 2, int16: 2 }[dtype]
  const view = new DataView(new ArrayBuffer(values.length * width))
  values.forEach((v, i) => {
    const at = i * width
    if (dtype === "float64") view.setFloat64(at, v, false)
    else if (dtype === "float32") view.setFloat32(at, v, false)
    else if (dtype === "int32") view.setInt32(at, v, false)
    else if (dtype === "uint16") view.setUint16(at, v, false)
    else view.setInt16(at, v, false)
  })
  return new Uint8Array(view.buffer)
}

function throwsDeser(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof DeserializationError, `expected DeserializationError, got ${String(e)}`)
    assert.match(e.message, pattern)
    return true
  })
}


describe("plain reps", () => {
  test("scalars, lists, number reps", () => {
    assert.deepEqual(dec([1, "a", true, null, [2.5]]), [1, "a", true, null, [2.5]])
    assert.ok(Number.isNaN(dec({ type: "number", value: "nan" })))
    assert.equal(dec({ type: "number", value: "+inf" }), Infinity)
    assert.equal(dec({ type: "number", value: "-inf" }), -Infinity)
    assert.equal(dec({ type: "number", value: 1.5 }), 1.5)
    throwsDeser(() => dec({ type: "number", value: "NaN" }), /malformed number rep/)
  })

  test("{type: array}, sets, maps (plain object when all keys are strings, else Map)", () => {
    assert.deepEqual(dec({ type: "array", entries: [1, { type: "number", value: "-inf" }] }), [1, -Infinity])
    assert.deepEqual(dec({ type: "array" }), [])
    assert.deepEqual(dec({ type: "set", entries: ["a", 1] }), new Set(["a", 1]))
    assert.deepEqual(dec({ type: "set" }), new Set())
    assert.deepEqual(dec({ type: "map", entries: [["a", 1], ["b", [2]]] }), { a: 1, b: [2] })
    assert.deepEqual(dec({ type: "map" }), {})
    const map = dec({ type: "map", entries: [[1, "one"], [[1, 2], "pair"], ["s", null]] })
    assert.ok(map instanceof Map)
    assert.deepEqual([...map.entries()], [[1, "one"], [[1, 2], "pair"], ["s", null]])
    throwsDeser(() => dec({ type: "map", entries: [["a"]] }), /\[key, value\] pairs/)
    throwsDeser(() => dec({ type: "set", entries: "ab" }), /'entries' of a set rep must be a list/)
  })

  test("structs (raw objects) are decoded field-wise; an object rep without id is a plain value", () => {
    assert.deepEqual(dec({ a: { type: "number", value: "nan" }, b: { c: { type: "set", entries: [1] } } }), { a: NaN, b: { c: new Set([1]) } })
    assert.deepEqual(dec({ type: "object", name: "mymod.Point", attributes: { x: 1, y: { type: "array", entries: [2] } } }), { x: 1, y: [2] })
    assert.deepEqual(dec({ type: "object", name: "mymod.Empty" }), {})
  })

  test("slices, dates", () => {
    assert.deepEqual(dec({ type: "slice", start: 0, stop: 2, step: null }), new Slice(0, 2, null))
    assert.deepEqual(dec({ type: "slice", start: null, stop: null, step: { type: "number", value: 2 } }), new Slice(null, null, 2))
    assert.deepEqual(dec({ type: "slice" }), new Slice(null, null, null))
    throwsDeser(() => dec({ type: "slice", start: 1.5, stop: 2, step: null }), /integer in a slice/)
    assert.equal(dec({ type: "date", iso: "2020-01-01T00:00:00.000Z" }), 1577836800000)
  })

  test("value / field / expr reps with transform and units", () => {
    const mapper = new LinearColorMapper({ palette: ["#000000"] })
    const resolve = (id: string) => (id === mapper.id ? mapper : null)
    assert.deepEqual(dec({ type: "value", value: 4 }), { value: 4 })
    assert.deepEqual(dec({ type: "value", value: { type: "number", value: "nan" }, units: "screen" }), { value: NaN, units: "screen" })
    assert.deepEqual(dec({ type: "field", field: "y", transform: { id: mapper.id } }, { resolve }), { field: "y", transform: mapper })
    throwsDeser(() => dec({ type: "field", field: 3 }), /string field/)
    const expr = dec({ type: "expr", expr: { type: "object", name: "Stack", id: "e1" } })
    assert.equal(expr.expr.type, "Stack")
  })
})

describe("arrays", () => {
  for (const dtype of ["float64", "float32", "int32", "uint16", "int16"] as const) {
    test(`typed_array ${dtype}, little and big endian`, () => {
      const values = [1, -2, 300, 7].map((v) => (dtype === "uint16" ? Math.abs(v) : v))
      const ctor = { float64: Float64Array, float32: Float32Array, int32: Int32Array, uint16: Uint16Array, int16: Int16Array }[dtype]
      const little = dec({ type: "typed_array", array: bytesRep(encodeInline(bytesOfArray(new ctor(values)))), order: "little", dtype })
      assert.ok(little instanceof ctor)
      assert.deepEqual(Array.from(little), values)
      const buffers = new Map([["b0", bigEndian(values, dtype)]])
      const big = dec({ type: "typed_array", array: bytesRep({ id: "b0" }), order: "big", dtype }, { buffers })
      assert.ok(big instanceof ctor)
      assert.deepEqual(Array.from(big), values)
      assert.deepEqual(Array.from(buffers.get("b0")!), Array.from(bigEndian(values, dtype)), "the message buffer is not swapped in place")
    })
  }

  test("1-byte dtypes ignore the byte order", () => {
    assert.deepEqual(Array.from(dec({ type: "typed_array", array: bytesRep(toBase64(new Uint8Array([255, 1]))), order: "big", dtype: "int8" })), [-1, 1])
    assert.deepEqual(Array.from(dec(ndarray(bytesRep(toBase64(new Uint8Array([255, 1]))), "uint8", [2], "big"))), [255, 1])
  })

  test("ndarray with inline raw base64 (pre-3.8) and gzip base64 (3.8+)", () => {
    const raw = bytesOfArray(new Float64Array([1.5, NaN, -3]))
    const old = dec(ndarray(bytesRep(toBase64(raw)), "float64", [3]))
    const gz = dec(ndarray(bytesRep(encodeInline(raw)), "float64", [3]))
    for (const decoded of [old, gz]) {
      assert.ok(decoded instanceof Float64Array, "1-D numeric ndarrays decode to plain typed arrays")
      assert.deepEqual(Array.from(decoded), [1.5, NaN, -3])
    }
  })

  test("binary buffers: the result is an aligned copy, even from a misaligned frame", () => {
    const frame = new Uint8Array(1 + 16)
    frame.set(bytesOfArray(new Float64Array([4, 5])), 1)
    const view = frame.subarray(1)
    const decoded = dec(ndarray(bytesRep({ id: "x" }), "float64", [2]), { buffers: new Map([["x", view]]) })
    assert.deepEqual(Array.from(decoded), [4, 5])
    frame.fill(0)
    assert.deepEqual(Array.from(decoded), [4, 5], "does not alias the frame")
  })

  test("a Node Buffer from the socket (a view into Node's pool) decodes to its own bytes", () => {
    const pooled = Buffer.from(Array.from(bytesOfArray(new Float64Array([1.5, 2.5]))))
    const decoded = dec(ndarray(bytesRep({ id: "0" }), "float64", [2]), { buffers: new Map([["0", pooled]]) })
    assert.ok(pooled.byteOffset > 0 || pooled.buffer.byteLength > pooled.byteLength, "the test needs a pooled Buffer")
    assert.deepEqual(Array.from(decoded), [1.5, 2.5])
    const big = Buffer.from(Array.from(bigEndian([1.5, -2], "float64")))
    const swapped = dec(ndarray(bytesRep({ id: "1" }), "float64", [2], "big"), { buffers: new Map([["1", big]]) })
    assert.deepEqual(Array.from(swapped), [1.5, -2])
    assert.deepEqual(Array.from(big), Array.from(bigEndian([1.5, -2], "float64")), "the socket's bytes are not swapped in place")
  })

  test("2-D ndarrays decode to NDArray; bool ndarrays keep their values", () => {
    const image = dec(ndarray(bytesRep(encodeInline(bytesOfArray(new Int32Array([1, 2, 3, 4, 5, 6])))), "int32", [2, 3]))
    assert.ok(image instanceof NDArray)
    assert.deepEqual(image.shape, [2, 3])
    assert.equal(image.dtype, "int32")
    assert.deepEqual(Array.from(image.array), [1, 2, 3, 4, 5, 6])
    const flags = dec(ndarray(bytesRep(encodeInline(new Uint8Array([1, 0, 1]))), "bool", [3]))
    assert.deepEqual(Array.from(flags instanceof NDArray ? flags.array : flags, Boolean), [true, false, true])
    const mask = dec(ndarray(bytesRep(encodeInline(new Uint8Array([1, 0, 0, 1]))), "bool", [2, 2]))
    assert.ok(mask instanceof NDArray)
    assert.deepEqual([mask.dtype, mask.shape], ["bool", [2, 2]])
    assert.deepEqual(Array.from(mask.array), [1, 0, 0, 1])
  })

  test("object dtype: a JSON list (or array rep) of encoded items", () => {
    assert.deepEqual(dec(ndarray([1, 1099511627776, "a", { type: "number", value: "nan" }], "object", [4])), [1, 1099511627776, "a", NaN])
    assert.deepEqual(dec(ndarray({ type: "array", entries: ["x", "y"] }, "object", [2])), ["x", "y"])
    const grid = dec(ndarray(["a", "b", "c", "d"], "object", [2, 2]))
    assert.ok(grid instanceof NDArray)
    assert.deepEqual(grid.shape, [2, 2])
    assert.equal(grid.dtype, "object")
    throwsDeser(() => dec(ndarray("abc", "object", [1])), /must carry a list/)
  })

  test("malformed arrays are errors", () => {
    const four = bytesRep(encodeInline(new Uint8Array(4)))
    throwsDeser(() => dec(ndarray(four, "uint8", "x")), /malformed ndarray shape/)
    throwsDeser(() => dec(ndarray(four, "uint8", [-4])), /malformed ndarray shape/)
    throwsDeser(() => dec(ndarray(four, "uint8", [1.5])), /malformed ndarray shape/)
    throwsDeser(() => dec(ndarray(four, "uint8", [3])), /shape \[3\] does not match 4 items/)
    throwsDeser(() => dec(ndarray(four, "uint8", [2, 3])), /does not match/)
    throwsDeser(() => dec(ndarray(bytesRep(encodeInline(new Uint8Array(6))), "float32", [2])), /6 bytes do not hold whole float32 items/)
    throwsDeser(() => dec(ndarray(four, "int64", [1])), /unsupported dtype 'int64'/)
    throwsDeser(() => dec(ndarray(four, "float16", [2])), /unsupported dtype 'float16'/)
    throwsDeser(() => dec(ndarray(bytesRep({ id: "nope" }), "uint8", [4])), /buffer 'nope' is missing/)
    throwsDeser(() => dec(bytesRep(42)), /malformed bytes rep/)
    throwsDeser(() => dec(ndarray(["a", "b", "c"], "object", [2, 2])), /shape \[2, 2\] does not match 3 items/)
  })

  test("a bool column sent by bokeh.client becomes a usable column", () => {
    const doc = new Document()
    const source = new ColumnDataSource({ data: { flag: [true, false] } })
    doc.addRoot(source)
    doc.applyPatch({ events: [{
      kind: "ColumnDataChanged", model: { id: source.id }, attr: "data", cols: null,
      data: { type: "map", entries: [["flag", ndarray(bytesRep(encodeInline(new Uint8Array([0, 1]))), "bool", [2])]] },
    }] }, [], clientOrigin("s", "c"))
    assert.deepEqual(Array.from((source.data as Record<string, ArrayLike<unknown>>).flag!, Boolean), [false, true])
  })
})

describe("models", () => {
  test("full reps create detached models with their attributes and fresh model defaults", () => {
    const d = new Deserializer()
    const source = d.decode({ type: "object", name: "ColumnDataSource", id: "s1", attributes: { data: { type: "map", entries: [["x", [1, 2]]] } } }) as ColumnDataSource
    assert.ok(source instanceof ColumnDataSource)
    assert.equal(source.id, "s1")
    assert.equal(source.document, null)
    assert.deepEqual(source.data, { x: [1, 2] })
    assert.equal((source.getValue("selected") as Model).type, "Selection")
    assert.deepEqual([...d.created.keys()], ["s1"])
  })

  test("refs: {id}, {type: ref}, to models created earlier in the same value or known ones", () => {
    const known = new Slider({ start: 0, end: 1, value: 0 })
    const resolve = (id: string) => (id === known.id ? known : null)
    const out = dec([
      { type: "object", name: "Div", id: "d1", attributes: { text: "a" } },
      { id: "d1" }, { type: "ref", id: "d1" }, { id: known.id }, { type: "ref", id: known.id },
    ], { resolve })
    assert.equal(out[1], out[0])
    assert.equal(out[2], out[0])
    assert.equal(out[3], known)
    assert.equal(out[4], known)
  })

  test("a model may refer to itself (registered before its attributes are decoded)", () => {
    const div = dec({ type: "object", name: "Div", id: "self", attributes: { tags: [{ id: "self" }, "x"] } }) as Div
    assert.deepEqual(div.tags, [div, "x"])
  })

  test("a full rep of an already-known model is a reference: attributes ignored", () => {
    const div = new Div({ text: "server" })
    const resolve = (id: string) => (id === div.id ? div : null)
    const out = dec({ type: "object", name: "Div", id: div.id, attributes: { text: "client" } }, { resolve })
    assert.equal(out, div)
    assert.equal(div.text, "server")
    const d = new Deserializer()
    const [a, b] = d.decode([
      { type: "object", name: "Div", id: "n", attributes: { text: "first" } },
      { type: "object", name: "Div", id: "n", attributes: { text: "second" } },
    ]) as Div[]
    assert.equal(a, b)
    assert.equal(a!.text, "first")
  })

  test("spec attributes arrive in their wire form and keep the store's format", () => {
    const scatter = dec({ type: "object", name: "Scatter", id: "g", attributes: {
      x: { type: "field", field: "x" }, size: { type: "value", value: 5 }, angle: { type: "value", value: 1, units: "deg" },
    } })
    assert.deepEqual(scatter.getValue("x"), { field: "x" })
    assert.deepEqual(scatter.getValue("size"), { value: 5 })
    assert.deepEqual(scatter.getValue("angle"), { value: 1, units: "deg" })
  })

  test("an attribute that is not a property is ignored with a warning", () => {
    const { result, messages } = captureLog(() => dec({ type: "object", name: "Div", id: "w", attributes: { text: "t", bogus: 1 } }))
    assert.equal(result.text, "t")
    assert.equal(messages.length, 1)
    assert.equal(messages[0]![0], "warn")
    assert.match(messages[0]![1], /'bogus' on Div/)
  })

  test("event reps decode to a ModelEvent with its model resolved", () => {
    const div = new Div()
    const resolve = (id: string) => (id === div.id ? div : null)
    const event = dec({ type: "event", name: "tap", values: { type: "map", entries: [["model", { id: div.id }], ["x", 1.5], ["modifiers", { type: "map", entries: [["shift", true]] }]] } }, { resolve })
    assert.equal(event.name, "tap")
    assert.equal(event.model, div)
    assert.deepEqual({ ...event.values, model: null }, { model: null, x: 1.5, modifiers: { shift: true } })
    assert.deepEqual(dec({ type: "event", name: "document_ready", values: { type: "map" } }), { name: "document_ready", model: null, values: {} })
    throwsDeser(() => dec({ type: "event", values: { type: "map" } }), /needs a name/)
    throwsDeser(() => dec({ type: "event", name: "tap", values: { type: "map", entries: [["model", 5]] } }), /model reference/)
  })
})

describe("errors", () => {
  test("unknown model type names the type", () => {
    throwsDeser(() => dec({ type: "object", name: "NoSuchWidget", id: "u" }), /could not resolve type 'NoSuchWidget'/)
  })

  test("abstract model types cannot be instantiated", () => {
    throwsDeser(() => dec({ type: "object", name: "OrientedControl", id: "a" }), /abstract model 'OrientedControl'/)
    throwsDeser(() => dec({ type: "object", name: "Model", id: "a" }), /abstract model 'Model'/)
  })

  test("unknown references", () => {
    for (const rep of [{ id: "ghost" }, { type: "ref", id: "ghost" }, [{ type: "object", name: "Div", id: "d", attributes: { tags: [{ id: "ghost" }] } }]]) {
      assert.throws(() => dec(rep), (e: unknown) => e instanceof UnknownReferenceError && /ghost/.test(e.message))
    }
  })

  test("unknown rep types, symbols, nameless model reps", () => {
    throwsDeser(() => dec({ type: "weird" }), /unknown representation type 'weird'/)
    throwsDeser(() => dec({ type: "symbol", name: "foo" }), /can't resolve named symbol 'foo'/)
    throwsDeser(() => dec({ type: "object", id: "x" }), /without a name/)
    throwsDeser(() => dec({ type: "object", name: "Div", id: "x", attributes: [1] }), /must be an object/)
  })

  test("a wrongly typed attribute in a full rep fails validation naming Model.property", () => {
    assert.throws(() => dec({ type: "object", name: "Slider", id: "sl", attributes: { value: "junk" } }), /Slider\(id='sl', \.\.\.\)\.value/)
  })
})
