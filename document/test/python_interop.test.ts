// bokeh.client interop (spec protocol.md §5.15, §6): documents and PATCH-DOCs exactly as Python
// Bokeh 3.9 puts them on the wire (python/fixtures.json, written by python/make_fixtures.py)
// must decode to what Python meant, and what we then serialize must load in BokehJS unchanged.
// No Python needed here: regenerate the fixtures with
//   python3 -m venv scratch/pyenv && scratch/pyenv/bin/pip install bokeh==3.9.2 numpy pandas
//   scratch/pyenv/bin/python document/test/python/make_fixtures.py
import { test, describe, before } from "node:test"
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import {
  Document, Model, NDArray, clientOrigin, isTypedArray, serializeDocument, setLogSink, type LogLevel,
} from "../index.ts"
import { specToWire } from "../kinds/specs.ts"
import { fromBase64 } from "../serialization/bytes.ts"
import { assertSameState, oracle, stateOf, type Oracle } from "./oracle.ts"

interface Expect {
  readonly title: string
  readonly roots: string[]
  readonly models: Record<string, string>
  readonly values: Array<[string, string, unknown]>
}

interface Case {
  readonly name: string
  readonly kind: "doc" | "patch"
  readonly json: unknown
  readonly buffers: Record<string, string>
  readonly base?: { json: unknown; buffers: Record<string, string> }
  readonly expect: Expect
}

const CASES: Case[] = JSON.parse(readFileSync(fileURLToPath(new URL("./python/fixtures.json", import.meta.url)), "utf8"))
const CLIENT = clientOrigin("python-session", "python-connection")

const buffersOf = (encoded: Record<string, string>) =>
  new Map(Object.entries(encoded).map(([id, b64]) => [id, fromBase64(b64)]))

// Our value in the plain form make_fixtures.py gives Python's (see plain() there).
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
  const [, ...rest] = shape
  const size = rest.reduce((a, b) => a * b, 1)
  return Array.from({ length: shape[0] }, (_, i) => nest(flat.slice(i * size, (i + 1) * size), rest))
}

// Python gives DataSpec values as Value/Field/Expr ({value|field|expr, transform?, units?}) and
// scalar "specs" (e.g. Line.line_color) as the bare value, as it sends them.
function plainProperty(model: Model, attr: string, expected: unknown): unknown {
  const prop = model.schema.props.get(attr)!
  const value = model.getValue(attr)
  const pySpec = expected != null && typeof expected === "object" && ["value", "field", "expr"].some((k) => k in expected)
  return prop.kind.type === "Spec" && pySpec ? plain(specToWire(prop.kind.spec, value)) : plain(value)
}

// Differences between our document and the facts Python recorded about its own.
function mismatches(doc: Document, expect: Expect): string[] {
  const out: string[] = []
  if (doc.title !== expect.title) out.push(`title: ${doc.title} vs ${expect.title}`)
  assert.deepEqual(doc.roots.map((r) => r.id), expect.roots, "roots")
  const types = Object.fromEntries([...doc.models.values()].map((m) => [m.id, m.type]))
  assert.deepEqual(types, expect.models, "models (id → type)")
  for (const [id, attr, expected] of expect.values) {
    const model = doc.getModelById(id)!
    if (!model.schema.props.has(attr)) {
      out.push(`${model.type}.${attr}: not a property of ours`)
      continue
    }
    const actual = plainProperty(model, attr, expected)
    try {
      assert.deepEqual(actual, expected)
    } catch {
      out.push(`${model.type}(${id}).${attr}: ${JSON.stringify(actual)} vs Python ${JSON.stringify(expected)}`)
    }
  }
  return out
}

interface Sent { kind: string; msg_type?: string; msg_data?: { name: string; values: { entries: Array<[string, { id: string }]> } } }

// The UI events (MessageSent "bokeh_event") a patch case sends, as "name → model id".
function sentEvents(c: Case): string[] {
  const events = c.kind === "patch" ? (c.json as Array<{ events: Sent[] }>).flatMap((m) => m.events) : []
  return events.filter((e) => e.kind === "MessageSent" && e.msg_type === "bokeh_event").map((e) =>
    `${e.msg_data!.name} → ${e.msg_data!.values.entries.find(([k]) => k === "model")![1].id}`)
}

// Our document from the case, and the UI events delivered to model callbacks on the way.
function decode(c: Case): { doc: Document; delivered: string[] } {
  const delivered: string[] = []
  if (c.kind === "doc") return { doc: Document.fromJSON(c.json, buffersOf(c.buffers)), delivered }
  const doc = Document.fromJSON(c.base!.json, buffersOf(c.base!.buffers))
  for (const sent of sentEvents(c)) {
    const [name, id] = sent.split(" → ")
    doc.getModelById(id)!.onEvent(name, (event) => { delivered.push(`${event.name} → ${event.model?.id}`) })
  }
  const buffers = buffersOf(c.buffers)
  for (const content of c.json as unknown[]) doc.applyPatch(content, buffers, CLIENT)
  return { doc, delivered }
}

// Python documents say version 3.9.2: our decoder warns about that and nothing else.
function quietly<T>(fn: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = []
  setLogSink((level: LogLevel, message: string) => { if (level === "warn" || level === "error") warnings.push(message) })
  try {
    return { result: fn(), warnings: warnings.filter((w) => !/version 3\.9\.\d+ differs/.test(w)) }
  } finally {
    setLogSink((level, message) => { if (level === "warn" || level === "error") console[level](message) })
  }
}

let js: Oracle

describe("Python Bokeh → bokeh-ts (fixtures from python/make_fixtures.py)", () => {
  before(async () => {
    js = await oracle()
  })

  test("the fixtures cover what bokeh.client sends", () => {
    const names = CASES.map((c) => c.name)
    assert.ok(CASES.filter((c) => c.kind === "doc").length >= 5, names.join(", "))
    const kinds = new Set(CASES.flatMap((c) => c.kind === "patch" ? (c.json as Array<{ events: Array<{ kind: string }> }>).flatMap((m) => m.events.map((e) => e.kind)) : []))
    for (const kind of ["ModelChanged", "ColumnDataChanged", "ColumnsStreamed", "ColumnsPatched", "RootAdded", "RootRemoved", "TitleChanged", "MessageSent"]) {
      assert.ok(kinds.has(kind), `a fixture sends ${kind}`)
    }
  })

  for (const c of CASES) {
    test(`${c.kind}: ${c.name}`, () => {
      const { result: { doc, delivered }, warnings } = quietly(() => decode(c))
      assert.deepEqual(warnings, [], "no warnings while decoding")
      assert.deepEqual(delivered, sentEvents(c), "UI events reach the model's callbacks")
      assert.deepEqual(mismatches(doc, c.expect), [])
      // what we would send back (PULL-DOC-REPLY) loads in BokehJS as the same document
      const { json, buffers } = serializeDocument(doc, { binary: true })
      const jsDoc = js.load(json, buffers)
      assertSameState(js.stateOf(jsDoc), stateOf(doc), `${c.name}: `)
    })
  }
})
