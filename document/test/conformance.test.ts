// Conformance against the real BokehJS 3.10 (loaded in Node): documents and patches we
// produce are accepted by BokehJS and leave it in our state, and the reverse.
import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import {
  ColumnDataSource, Div, Document, GlyphRenderer, NDArray, Plot, Scatter, Slice, Slider,
  PatchBuilder, clientOrigin, isPatchEvent, serializeDocument, type Model,
} from "../index.ts"
import { documents } from "./fixtures.ts"
import { assertSameState, oracle, stateOf, withoutCallbacks, type Oracle } from "./oracle.ts"

let js: Oracle
before(async () => {
  js = await oracle()
})

describe("documents", () => {
  for (const [name, make] of Object.entries(documents)) {
    test(`BokehJS loads our ${name} into the same state`, () => {
      const doc = make()
      const jsDoc = js.load(doc.toJSON())
      assertSameState(js.stateOf(jsDoc), stateOf(doc))
    })

    test(`BokehJS loads our ${name} sent with binary buffers`, () => {
      const doc = make()
      const { json, buffers } = serializeBinary(doc)
      if (name === "glyphs plot") assert.ok(buffers.length >= 3, "typed columns travel as buffers")
      assertSameState(js.stateOf(js.load(json, buffers)), stateOf(doc))
    })

    test(`our fromJSON accepts BokehJS's serialization of ${name}`, () => {
      const jsDoc = js.load(make().toJSON())
      const ours = Document.fromJSON(js.toJSON(jsDoc))
      assertSameState(stateOf(ours), withoutCallbacks(js.stateOf(jsDoc)))
    })
  }
})

// the PULL-DOC-REPLY form: binary buffers referenced by id
function serializeBinary(doc: Document) {
  return serializeDocument(doc, { binary: true })
}

type Scenario = (doc: Document) => void

function byName<M extends Model>(doc: Document, name: string): M {
  const found = doc.selectOne({ name })
  assert.ok(found != null, `no model named ${name}`)
  return found as M
}

function first<M extends Model>(doc: Document, type: string): M {
  const found = doc.select({ type })
  assert.ok(found.length > 0, `no ${type}`)
  return found[0] as M
}

const serverScenarios: Record<string, Scenario> = {
  "property changes": (doc) => {
    first<Slider>(doc, "Slider").value = 7.5
    byName<Div>(doc, "status").text = "changed"
    first<Slider>(doc, "Slider").title = "new title"
    first<Slider>(doc, "Slider").tags = ["a", 1, null]
  },
  "a new model graph attached": (doc) => {
    const plot = new Plot()
    plot.renderers = [new GlyphRenderer({ dataSource: new ColumnDataSource({ data: { x: new Float64Array([1, 2]), y: [3, NaN] } }), glyph: new Scatter({ x: "x", y: "y" }) })]
    doc.addRoot(plot)
    plot.width = 123
  },
  "root removed and title": (doc) => {
    doc.removeRoot(doc.roots[0]!)
    doc.title = "renamed"
  },
  "stream with rollover, typed and list columns": (doc) => {
    const source = first<ColumnDataSource>(doc, "ColumnDataSource")
    const names = source.columnNames
    for (let i = 0; i < 4; i++) {
      const rows: Record<string, unknown> = {}
      for (const n of names) {
        const col = (source.data as Record<string, unknown>)[n]!
        rows[n] = ArrayBuffer.isView(col) ? new (col.constructor as Float64ArrayConstructor)([i, i + 0.5]) : [i, NaN]
      }
      source.stream(rows as never, 6)
    }
  },
  "stream with a rollover shorter than the typed column": (doc) => {
    const source = new ColumnDataSource({ data: { x: new Float64Array(10).map((_, i) => i), y: Array.from({ length: 10 }, (_, i) => i) } })
    doc.addRoot(new Plot({ renderers: [new GlyphRenderer({ dataSource: source, glyph: new Scatter({ x: "x", y: "y" }) })] }))
    pending.push(() => source.stream({ x: new Float64Array([100, 101]), y: [100, 101] }, 4))
    pending.push(() => source.stream({ x: new Float64Array([102]), y: [102] }, 4))
  },
  "one chunk array refilled between streams in one batch": (doc) => {
    const source = first<ColumnDataSource>(doc, "ColumnDataSource")
    const chunk: Record<string, Float64Array | number[]> = {}
    for (const n of source.columnNames) {
      chunk[n] = ArrayBuffer.isView(source.data[n]) ? new Float64Array(2) : [0, 0]
    }
    for (let i = 0; i < 3; i++) {
      for (const n of source.columnNames) {
        const c = chunk[n]!
        c[0] = i
        c[1] = 100 + i
      }
      source.stream(chunk as never, 20)
    }
  },
  "patch with ints and slices": (doc) => {
    const source = new ColumnDataSource({ data: { a: new Float64Array([1, 2, 3, 4, 5]), b: [10, 20, 30, 40, 50] } })
    doc.addRoot(new Plot({ renderers: [new GlyphRenderer({ dataSource: source, glyph: new Scatter({ x: "a", y: "b" }) })] }))
    // a separate batch so the source is known before it is patched
    pending.push(() => source.patch({ a: [[0, 100], [new Slice(2, 4, null), [7, 8]]], b: [[new Slice(null, null, 2), [0, 0, 0]], [1, NaN]] }))
  },
  "patch into an image": (doc) => {
    const source = new ColumnDataSource({ data: { image: [new NDArray(new Float64Array(12), [3, 4])] } })
    doc.addRoot(new Plot({ renderers: [new GlyphRenderer({ dataSource: source, glyph: new Scatter() })] }))
    pending.push(() => source.patch({ image: [[[0, new Slice(0, 2, null), 1], [5, 6]], [[0, 2, new Slice(null, null, null)], [1, 2, 3, 4]]] }))
  },
  "a source attached, streamed, replaced and streamed again in one batch": (doc) => {
    const source = new ColumnDataSource({ data: { x: new Float64Array([1]), y: [1] } })
    doc.addRoot(new Plot({ renderers: [new GlyphRenderer({ dataSource: source, glyph: new Scatter({ x: "x", y: "y" }) })] }))
    source.stream({ x: new Float64Array([2, 3]), y: [2, 3] }, 10)
    source.data = { x: new Float64Array([10, 20]), y: [10, 20] }
    source.stream({ x: new Float64Array([30]), y: [30] }, 2)
    source.patch({ y: [[0, -1]] })
  },
  "hold combine": (doc) => {
    doc.batch(() => {
      const slider = first<Slider>(doc, "Slider")
      for (let v = 0; v <= 10; v++) slider.value = v
      byName<Div>(doc, "status").text = "held"
    })
  },
}

let pending: Array<() => void> = []

describe("patches we create, applied by BokehJS", () => {
  for (const [name, scenario] of Object.entries(serverScenarios)) {
    test(name, () => {
      const doc = documents["grid of several roots"]!()
      const jsDoc = js.load(doc.toJSON())
      // as a session does: serialize each event when it is dispatched, one message per batch
      let known = new Set(doc.models.values())
      let builder = new PatchBuilder({ known: (m) => known.has(m), binary: true })
      doc.onChange((e) => { if (isPatchEvent(e)) builder.add(e) })
      pending = []
      const batches: Array<() => void> = [() => scenario(doc)]
      while (batches.length > 0) {
        batches.shift()!()
        const patch = builder.build()
        js.applyPatch(jsDoc, patch.content, patch.buffers)
        known = new Set(doc.models.values())
        builder = new PatchBuilder({ known: (m) => known.has(m), binary: true })
        batches.push(...pending)
        pending = []
      }
      assertSameState(js.stateOf(jsDoc), stateOf(doc))
    })
  }
})

type JsScenario = (jsDoc: any, oracle: Oracle) => void

const jsModel = (jsDoc: any, type: string) => [...jsDoc.all_models].find((m: any) => m.type === type)

const clientScenarios: Record<string, JsScenario> = {
  "property changes": (jsDoc) => {
    jsModel(jsDoc, "Slider").value = 9
    jsModel(jsDoc, "Div").text = "from the client"
    jsModel(jsDoc, "Scatter").size = { field: "size" }
  },
  "stream and patch": (jsDoc, o) => {
    const { Slice: JsSlice } = o.Bokeh.require("core/util/slice")
    const source = [...jsDoc.all_models].find((m: any) => m.type === "ColumnDataSource" && m.data.x instanceof Float64Array)
    source.stream({ x: new Float64Array([6, 7]), y: [8, 9], size: new Int32Array([1, 2]), label: ["f", "g"], color: ["red", "blue"] }, 5)
    source.patch({ y: [[0, 100]], label: [[new JsSlice({ start: 0, stop: 2, step: 1 }), ["p", "q"]]] })
  },
  "new root and title": (jsDoc, o) => {
    jsDoc.add_root(o.newModel("Div", { text: "client root" }))
    jsDoc.set_title("client title")
  },
}

describe("patches BokehJS creates, applied by us", () => {
  for (const [name, scenario] of Object.entries(clientScenarios)) {
    test(name, () => {
      const doc = documents["grid of several roots"]!()
      const jsDoc = js.load(doc.toJSON())
      const events: unknown[] = []
      jsDoc.on_change((e: unknown) => events.push(e))
      scenario(jsDoc, js)
      const { content, buffers } = js.createPatch(jsDoc, events)
      doc.applyPatch(content, buffers, clientOrigin("session", "connection"))
      assertSameState(stateOf(doc), js.stateOf(jsDoc))
    })
  }
})
