// Every gallery figure, loaded by the real BokehJS 3.10 in Node (the conformance oracle):
// the document deserializes without an error or warning and BokehJS ends up with the same
// models, of the same types, with the same property values as our document.
import assert from "node:assert/strict"
import { before, describe, test } from "node:test"
import {
  CategoricalAxis, CategoricalColorMapper, ColorBar, Column, DatetimeAxis, Document, GlyphRenderer, GridPlot,
  Legend, LinearAxis, LinearColorMapper, LogAxis, LogColorMapper, MercatorAxis, Plot, Row, TimedeltaAxis, Widget,
  serializeDocument, type Model,
} from "../../document/index.ts"
import { GLYPH_METHODS, glyphClassOf } from "../glyph_api.ts"
import { assertSameState, oracle, stateOf, type Oracle, type State } from "../../document/test/oracle.ts"
import { GALLERY } from "../gallery/index.ts"

let js: Oracle
before(async () => {
  js = await oracle()
})

// ToolProxy's visible/active defaults are computed from its tools by BokehJS (our catalog
// holds the values for no tools), so the two sides legitimately differ on them.
const CLIENT_COMPUTED: Readonly<Record<string, readonly string[]>> = { ToolProxy: ["visible", "active"] }

function comparable(state: State): State {
  const models: State["models"] = {}
  for (const [id, { type, props }] of Object.entries(state.models)) {
    const skip = CLIENT_COMPUTED[type] ?? []
    models[id] = { type, props: Object.fromEntries(Object.entries(props).filter(([name]) => !skip.includes(name))) }
  }
  return { ...state, models }
}

function typeCounts(state: State): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { type } of Object.values(state.models)) counts[type] = (counts[type] ?? 0) + 1
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)))
}

// Runs fn with BokehJS's warnings and errors captured: its logger binds the console methods
// when its level is set, so swap them first and set the level again around fn.
function quietly<T>(fn: () => T): { result: T; messages: string[] } {
  const logger = js.Bokeh.require("core/logging").logger
  const messages: string[] = []
  const { error, warn } = console
  console.error = (...args: unknown[]) => { messages.push(args.map(String).join(" ")) }
  console.warn = console.error
  logger.set_level("warn")
  try {
    return { result: fn(), messages }
  } finally {
    console.error = error
    console.warn = warn
    logger.set_level("error")
  }
}

describe("gallery figures in BokehJS (Node)", () => {
  test("BokehJS's warnings reach the capture (else the checks below prove nothing)", () => {
    const { messages } = quietly(() => js.Bokeh.require("core/logging").logger.warn("probe"))
    assert.deepEqual(messages, ["[bokeh 3.10.0] probe"])
  })

  test("the gallery has at least 25 figures with unique names", () => {
    assert.ok(GALLERY.length >= 25, `${GALLERY.length} figures`)
    assert.equal(new Set(GALLERY.map((e) => e.name)).size, GALLERY.length)
  })

  for (const entry of GALLERY) {
    test(`${entry.name}: BokehJS loads the same models and values`, () => {
      const doc = new Document({ title: entry.name })
      doc.addRoot(entry.build())
      const ours = stateOf(doc)
      const { result: theirs, messages } = quietly(() => js.stateOf(js.load(doc.toJSON())))
      assert.deepEqual(messages, [], "BokehJS logged while loading")
      assert.deepEqual(typeCounts(theirs), typeCounts(ours), "model types and counts")
      assertSameState(comparable(theirs), comparable(ours))
    })
  }

  test("the gallery covers every glyph method, axis type, color bar mapper and layout", () => {
    const models: Model[] = GALLERY.flatMap((entry) => [...entry.build().references()])
    const glyphs = models.filter((m): m is GlyphRenderer => m instanceof GlyphRenderer).map((r) => r.glyph)
    const missing = GLYPH_METHODS.filter((method) => !glyphs.some((g) => g.constructor === glyphClassOf(method)))
    assert.deepEqual(missing, [], "glyph methods without a gallery figure")
    for (const cls of [LinearAxis, LogAxis, DatetimeAxis, CategoricalAxis, MercatorAxis, TimedeltaAxis, Row, Column, GridPlot, Widget]) {
      assert.ok(models.some((m) => m instanceof cls), `a gallery figure has a ${cls.__name__}`)
    }
    const bars = models.filter((m): m is ColorBar => m instanceof ColorBar)
    for (const cls of [LinearColorMapper, LogColorMapper, CategoricalColorMapper]) {
      assert.ok(bars.some((bar) => bar.colorMapper.constructor === cls), `a color bar with a ${cls.__name__}`)
    }
    const sides = new Set<string>()
    for (const plot of models.filter((m): m is Plot => m instanceof Plot)) {
      for (const side of ["center", "left", "right", "above", "below"] as const) {
        if (plot[side].some((m) => m instanceof Legend && m.items.length > 0)) sides.add(side)
      }
    }
    assert.deepEqual([...sides].sort(), ["above", "below", "center", "right"], "legends inside and outside the plot")
  })

  test("binary serialization (as a server sends it) loads the same", () => {
    for (const entry of GALLERY.filter((e) => ["image", "hex_tiles", "stacked_areas"].includes(e.name))) {
      const doc = new Document()
      doc.addRoot(entry.build())
      const { json, buffers } = serializeDocument(doc, { binary: true })
      assert.ok(buffers.length > 0, `${entry.name} has typed columns sent as buffers`)
      assertSameState(comparable(js.stateOf(js.load(json, buffers))), comparable(stateOf(doc)), `${entry.name}: `)
    }
  })

  test("building a gallery figure twice gives the same document apart from ids", () => {
    for (const entry of GALLERY) {
      const strip = (text: string) => text.replace(/"p\d+"/g, '"id"')
      const once = JSON.stringify(withRoot(entry.build()).toJSON())
      const again = JSON.stringify(withRoot(entry.build()).toJSON())
      assert.equal(strip(again), strip(once), `${entry.name} is deterministic`)
    }
  })
})

function withRoot(model: ReturnType<(typeof GALLERY)[number]["build"]>): Document {
  const doc = new Document()
  doc.addRoot(model)
  return doc
}
