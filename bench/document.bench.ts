// Micro-benchmarks of the document core's hot paths (mitata). Registered by bench/run.ts.
import { bench, do_not_optimize, group } from "mitata"
import {
  ColumnDataSource, Document, GlyphRenderer, PatchBuilder, Plot, Scatter, Slider, isPatchEvent,
  serializeDocument, type DocumentChangedEvent,
} from "../document/index.ts"

function attached<M extends Parameters<Document["addRoot"]>[0]>(model: M): { doc: Document; events: DocumentChangedEvent[] } {
  const doc = new Document()
  doc.addRoot(model)
  const events: DocumentChangedEvent[] = []
  doc.onChange((e) => events.push(e))
  return { doc, events }
}

export function registerDocumentBenchmarks(): void {
  group("property set → patch", () => {
    const slider = new Slider({ start: 0, end: 1e9, value: 0 })
    const { doc, events } = attached(slider)
    let v = 0
    bench("Slider.value = v; createPatch (binary)", () => {
      slider.value = ++v
      const patch = doc.createPatch(events.filter(isPatchEvent), { known: () => true })
      events.length = 0
      do_not_optimize(JSON.stringify(patch.content))
    })
  })

  group("stream 10 rows into a rollover source (10,000 calls per sample)", () => {
    for (const rollover of [1_000, 100_000, 1_000_000]) {
      bench(`Float64 columns, rollover ${rollover.toLocaleString("en")}`, function* () {
        const source = new ColumnDataSource({ data: { x: new Float64Array(rollover), y: new Float64Array(rollover) } })
        const { events } = attached(source)
        const rows = { x: new Float64Array(10).fill(1), y: new Float64Array(10).fill(2) }
        yield () => {
          for (let i = 0; i < 10_000; i++) source.stream(rows, rollover)
          events.length = 0
        }
      })
    }
    bench("list columns, rollover 1,000", function* () {
      const source = new ColumnDataSource({ data: { x: Array.from({ length: 1000 }, (_, i) => i), y: Array(1000).fill(0) } })
      const { events } = attached(source)
      const rows = { x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], y: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }
      yield () => {
        for (let i = 0; i < 10_000; i++) source.stream(rows, 1000)
        events.length = 0
      }
    })
  })

  group("serialize a document holding a 1,000,000-point Float64 source", () => {
    const n = 1_000_000
    const x = new Float64Array(n).map((_, i) => i)
    const y = new Float64Array(n).map((_, i) => Math.sin(i / 1000))
    const source = new ColumnDataSource({ data: { x, y } })
    const plot = new Plot({ renderers: [new GlyphRenderer({ dataSource: source, glyph: new Scatter({ x: "x", y: "y" }) })] })
    const doc = new Document()
    doc.addRoot(plot)
    bench("binary buffers (PULL-DOC-REPLY form)", () => {
      const { json, buffers } = serializeDocument(doc, { binary: true })
      do_not_optimize([JSON.stringify(json), buffers])
    })
    bench("inline gzip+base64 (standalone JSON form)", () => {
      do_not_optimize(JSON.stringify(doc))
    })
  })

  group("one streaming batch, as a session sends it", () => {
    const source = new ColumnDataSource({ data: { x: new Float64Array(0), y: new Float64Array(0), ts: new Float64Array(0) } })
    const doc = new Document()
    doc.addRoot(source)
    const rows = { x: new Float64Array(10), y: new Float64Array(10), ts: new Float64Array(10) }
    let builder = new PatchBuilder({ known: () => true })
    doc.onChange((e) => { if (isPatchEvent(e)) builder.add(e) })
    bench("stream 10 rows (rollover 1,000) → PATCH-DOC content + buffers", () => {
      rows.ts.fill(Date.now())
      source.stream(rows, 1000)
      const patch = builder.build()
      builder = new PatchBuilder({ known: () => true })
      do_not_optimize([JSON.stringify(patch.content), patch.buffers])
    })
  })

  group("hold('combine') of 10,000 events", () => {
    const sliders = Array.from({ length: 100 }, () => new Slider({ start: 0, end: 1e9, value: 0 }))
    const doc = new Document()
    for (const s of sliders) doc.addRoot(s)
    let v = 0
    bench("100 sliders × 100 sets, combined and replayed", () => {
      doc.batch(() => {
        for (let i = 0; i < 100; i++) for (const s of sliders) s.value = ++v
      })
    })
  })
}
