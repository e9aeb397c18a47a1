// Run under Deno 2 by deno.test.ts: the document core builds, serializes, streams and patches
// with no Node APIs. Prints "ok <summary>" or throws.
import {
  ColumnDataSource, Document, GlyphRenderer, Plot, Scatter, Slice, Slider, clientOrigin,
  isPatchEvent, serializeDocument, type DocumentChangedEvent,
} from "../index.ts"

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`deno smoke: ${message}`)
}

const source = new ColumnDataSource({ data: { x: new Float64Array([1, 2, 3]), y: [4, NaN, 6] } })
const slider = new Slider({ start: 0, end: 10, value: 1 })
const plot = new Plot({ renderers: [new GlyphRenderer({ dataSource: source, glyph: new Scatter({ x: "x", y: "y" }) })] })
const doc = new Document({ title: "deno" })
doc.addRoot(plot)
doc.addRoot(slider)

const events: DocumentChangedEvent[] = []
doc.onChange((e) => events.push(e))

const { json, buffers } = serializeDocument(doc, { binary: true })
check(buffers.length === 1 && buffers[0]!.data.byteLength === 24, "one 24-byte buffer for x")
const inline = JSON.stringify(doc)
const copy = Document.fromJSON(JSON.parse(inline))
check(copy.roots.length === 2 && copy.title === "deno", "inline JSON round trip")

source.stream({ x: new Float64Array([4, 5]), y: [7, 8] }, 4)
check((source.data as Record<string, unknown>).x instanceof Float64Array, "typed column kept")
check(source.length === 4, "rollover kept 4 rows")
source.patch({ y: [[0, 100], [new Slice(1, 3, null), [1, 2]]] })
slider.value = 5
let rejected = false
try {
  slider.value = "junk" as never
} catch (e) {
  rejected = String(e).includes("Slider") && slider.value === 5
}
check(rejected, "a wrong-typed value is rejected and the old value kept")

const patch = doc.createPatch(events.filter(isPatchEvent), { known: () => true })
check(patch.content.events.map((e) => e.kind).join() === "ColumnsStreamed,ColumnsPatched,ModelChanged", "patch events")

copy.applyPatch(JSON.parse(JSON.stringify(patch.content)), patch.buffers, clientOrigin("s", "c"))
const copied = copy.getModelById(slider.id) as Slider
check(copied.value === 5, "patch applied to the copy")

console.log(`ok ${json.roots.length} roots, ${patch.content.events.length} events`)
