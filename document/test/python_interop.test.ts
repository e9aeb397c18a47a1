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
import { Document, captureLog, clientOrigin, serializeDocument, type Model } from "../index.ts"
import { fromBase64 } from "../serialization/bytes.ts"
import { assertSameState, oracle, stateOf, type Oracle } from "./oracle.ts"
import { plain, plainSpec } from "./python/dump_ours.ts"

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

// Python gives DataSpec values as Value/Field/Expr ({value|field|expr, transform?, units?}) and
// scalar "specs" (e.g. Line.line_color) as the bare value, as it sends them.
function plainProperty(model: Model, attr: string, expected: unknown): unknown {
  const pySpec = expected != null && typeof expected === "object" && ["value", "field", "expr"].some((k) => k in expected)
  return pySpec ? plainSpec(model, attr) ?? plain(model.getValue(attr)) : plain(model.getValue(attr))
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
  const { result, messages } = captureLog(fn)
  const warnings = messages.filter(([level]) => level === "warn" || level === "error").map(([, m]) => m)
  return { result, warnings: warnings.filter((w) => !/version 3\.9\.\d+ differs/.test(w)) }
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

  // Found by check_ours.py: Python 3.9 rejects our PULL-DOC-REPLY of any document with a Line
  // (or Patch, Step, HArea/VArea(Step), or a set hatch_extra) whose scalar visuals are set:
  // "failed to validate Line(...).line_color: expected either None or a value of type Color,
  // got Value(value='firebrick', ...)". Python sends these as bare values (see the fixtures).
  test("scalar specs go back to Python in Python's bare form", () => {
    const problems: string[] = []
    for (const c of CASES.filter((c) => c.kind === "doc")) {
      const ours = repsById(serializeDocument(quietly(() => decode(c)).result.doc, { binary: true }).json)
      for (const [id, rep] of repsById(c.json)) {
        for (const [attr, theirs] of Object.entries(rep.attributes ?? {})) {
          const mine = ours.get(id)?.attributes?.[attr] as { type?: unknown } | undefined
          const typed = theirs != null && typeof theirs === "object" && "type" in theirs
          if (!typed && mine?.type === "value") problems.push(`${rep.name}.${attr}: Python ${JSON.stringify(theirs)}, ours ${JSON.stringify(mine)}`)
        }
      }
    }
    assert.deepEqual(problems, [])
  })
})

interface ModelRep { type: "object"; name: string; id: string; attributes?: Record<string, unknown> }

// Every full model rep inside a JSON value, by id.
function repsById(json: unknown, out = new Map<string, ModelRep>()): Map<string, ModelRep> {
  if (Array.isArray(json)) for (const item of json) repsById(item, out)
  else if (json != null && typeof json === "object") {
    const obj = json as Partial<ModelRep>
    if (obj.type === "object" && typeof obj.id === "string") out.set(obj.id, obj as ModelRep)
    for (const value of Object.values(json)) repsById(value, out)
  }
  return out
}
