// The other direction of python_interop.test.ts, run by hand (CI has no Python):
//   npx tsx document/test/python/dump_ours.ts [out.json]           (default scratch/ours.json)
//   scratch/pyenv/bin/python document/test/python/check_ours.py [out.json]
// Writes some of our documents (document/test/fixtures.ts) as PULL-DOC-REPLY content and some
// server patches as PATCH-DOC content, with binary buffers (base64 of the raw bytes), plus
// plain facts about our side that check_ours.py compares with what Python decoded.
// Also exports the "plain" form shared with python_interop.test.ts (see make_fixtures.py).
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import {
  Column, ColumnDataSource, CustomJS, Div, Document, GlyphRenderer, MessageSent, Model, NDArray, PatchBuilder,
  SERVER, Select, Slice, Slider, TextInput, isPatchEvent, isTypedArray, serializeDocument, type Buffer,
} from "../../index.ts"
import { specToWire } from "../../kinds/specs.ts"
import { toBase64 } from "../../serialization/bytes.ts"
import { documents } from "../fixtures.ts"

// NaN/±Infinity → "NaN"/"Infinity"/"-Infinity"; typed arrays and NDArrays → (nested) lists
// (bool → true/false); models → {id}; sets → {__set__: sorted}; Maps → {__map__: sorted pairs}.
export function plain(value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN"
    return value === Infinity ? "Infinity" : value === -Infinity ? "-Infinity" : value
  }
  if (typeof value !== "object") return value
  if (value instanceof Model) return { id: value.id }
  if (isTypedArray(value)) return Array.from(value, plain)
  if (value instanceof NDArray) {
    const flat = Array.from(value.array as ArrayLike<unknown>, (v) => (value.dtype === "bool" ? v !== 0 : plain(v)))
    return nest(flat, value.shape)
  }
  if (Array.isArray(value)) return value.map(plain)
  if (value instanceof Date) return value.getTime()
  const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)
  if (value instanceof Set) return { __set__: [...value].map(plain).sort(byJson) }
  if (value instanceof Map) return { __map__: [...value].map(([k, v]) => [plain(k), plain(v)]).sort(byJson) }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
}

function nest(flat: unknown[], shape: readonly number[]): unknown[] {
  if (shape.length <= 1) return flat
  const size = shape.slice(1).reduce((a, b) => a * b, 1)
  return Array.from({ length: shape[0] }, (_, i) => nest(flat.slice(i * size, (i + 1) * size), shape.slice(1)))
}

// A spec property as Python's Value/Field/Expr gives it ({value|field|expr, transform?, units?}),
// or null for other properties.
export function plainSpec(model: Model, attr: string): unknown {
  const prop = model.schema.props.get(attr)!
  return prop.kind.type === "Spec" ? plain(specToWire(prop.kind.spec, model.getValue(attr))) : null
}

// Our document as facts: ids → types, and every property we hold a value for.
export function facts(doc: Document) {
  const models = [...doc.models.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
  return {
    title: doc.title,
    roots: doc.roots.map((r) => r.id),
    models: Object.fromEntries(models.map((m) => [m.id, m.type])),
    values: models.flatMap((m) => [...m.schema.props.keys()].filter((attr) => m._values.has(attr))
      .map((attr) => [m.id, attr, plain(m.getValue(attr)), plainSpec(m, attr)])),
  }
}

const encodeBuffers = (buffers: readonly Buffer[]) => Object.fromEntries(buffers.map((b) => [b.id, toBase64(b.data)]))

function pulled(doc: Document) {
  const { json, buffers } = serializeDocument(doc, { binary: true })
  return { json, buffers: encodeBuffers(buffers) }
}

// One PATCH-DOC for everything `change` does, built as a server builds it for a connection
// that pulled the document before: events serialized as they happen, known models as refs.
function patchCase(name: string, doc: Document, change: (doc: Document) => void) {
  const base = pulled(doc)
  const known = new Set(doc.models.values())
  const builder = new PatchBuilder({ known: (m) => known.has(m), binary: true })
  doc.onChange((event) => { if (isPatchEvent(event)) builder.add(event) })
  change(doc)
  const { content, buffers } = builder.build()
  return { name, base, json: content, buffers: encodeBuffers(buffers), expect: facts(doc) }
}

const one = <T extends Model>(doc: Document, type: abstract new (...args: never[]) => T, i = 0) => doc.select({ type })[i] as T

function widgetChanges(doc: Document): void {
  const slider = one(doc, Slider), select = one(doc, Select), input = one(doc, TextInput)
  slider.value = 7.5
  slider.end = Infinity
  slider.tags = [{ a: 1, nested: { deep: [1, null, NaN] } }, new Map([[2, "two"]]), new Set(["s", "t"])]
  slider.jsPropertyCallbacks = { ...slider.jsPropertyCallbacks, "change:end": [new CustomJS({ code: "console.log(cb_obj.end)" })] }
  select.options = [["x", "X"], "y"]
  select.value = "y"
  input.value = "changed ✓"
  const column = doc.roots[0] as Column
  column.children = [...column.children, new Div({ text: "new child" })]
  doc.setTitle("renamed ✓")
  doc._trigger(new MessageSent(doc, "custom", { a: [1, 2], b: NaN }, SERVER))
  doc._trigger(new MessageSent(doc, "bokeh_event", { name: "clear_input", model: input, values: {} }, SERVER))
}

function sourceChanges(doc: Document): void {
  const renderers = doc.select({ type: GlyphRenderer }) as GlyphRenderer[]
  const source = renderers[0].dataSource as ColumnDataSource
  source.stream({ x: new Float64Array([6, 7]), y: [NaN, 8], size: new Int32Array([30, 35]), label: ["f", "g"], color: ["red", "blue"] }, 6)
  source.patch({ x: [[0, 100], [new Slice(1, 3, null), [7, NaN]]], label: [[0, "z"]] })
  source.updateColumns({ y: [1, 2, 3, 4, -Infinity, 6] })
  const bars = renderers[2].dataSource as ColumnDataSource
  bars.data = { x: [1, 2], top: new Float32Array([0.25, 0.5]) }
}

function imageChanges(doc: Document): void {
  const source = one(doc, ColumnDataSource)
  source.patch({ image: [[[0, 1, new Slice(1, 3, null)], [-1, -2]], [[0, new Slice(null, null, null), 0], [5, 6, 7, 8]]] })
  source.stream({ image: [new NDArray(new Float32Array([1, 2, 3, 4]), [2, 2])], x: [1], y: [1], dw: [2], dh: [2] })
}

function rootChanges(doc: Document): void {
  doc.removeRoot(doc.roots.find((r) => r instanceof Div)!)
  doc.addRoot(new ColumnDataSource({ data: { a: new Float64Array([1, 2]), b: ["x", "y"], flag: [true, false] } }))
  doc.addRoot(new Column({ children: [new Slider({ start: 0, end: 1, value: 0.5 })] }))
}

function main(out: string): void {
  const docs = Object.entries(documents).map(([name, make]) => {
    const doc = make()
    return { name, ...pulled(doc), expect: facts(doc) }
  })
  const patches = [
    patchCase("widget changes, title, messages", documents["widgets and layouts"](), widgetChanges),
    patchCase("stream, patch, update and replace data", documents["glyphs plot"](), sourceChanges),
    patchCase("2-D patch and stream of images", documents["image plot"](), imageChanges),
    patchCase("roots removed and added", documents["grid of several roots"](), rootChanges),
  ]
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify({ docs, patches }))
  console.log(`wrote ${docs.length} documents and ${patches.length} patches to ${out}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")
  main(resolve(process.argv[2] ?? resolve(root, "scratch/ours.json")))
}
