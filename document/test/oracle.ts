// Test helpers around the real BokehJS (the conformance oracle): move documents and patches
// between our Document and BokehJS's, and reduce both to one canonical, comparable state.
import { loadBokehJS, type BokehGlobal } from "../oracle/bokehjs.ts"
import type { Document } from "../document.ts"
import type { Model } from "../model/model.ts"
import { Serializer } from "../serialization/serializer.ts"
import { decodeInline } from "../serialization/bytes.ts"
import type { Buffer } from "../serialization/bytes.ts"

export interface Oracle {
  readonly Bokeh: BokehGlobal
  // BokehJS Document.from_json of our JSON (with our binary buffers, if any)
  load(json: unknown, buffers?: readonly Buffer[]): any
  // BokehJS's own JSON of a BokehJS document (inline bytes)
  toJSON(jsDoc: any): unknown
  applyPatch(jsDoc: any, content: unknown, buffers: readonly Buffer[]): void
  // a patch BokehJS creates from its change events: content + buffers as it would send them
  createPatch(jsDoc: any, events: any[]): { content: unknown; buffers: Buffer[] }
  stateOf(jsDoc: any): State
  newModel(name: string, attrs?: Record<string, unknown>): any
  // an instance with its properties initialized but not finalized: defaults exactly as
  // declared, before any initialize() side effect
  blankModel(name: string, attrs?: Record<string, unknown>): any
}

// id → type and every syncable property's canonical value; plus roots and title
export interface State {
  readonly title: string
  readonly roots: string[]
  readonly models: Record<string, { type: string; props: Record<string, unknown> }>
  // document-level JS callbacks: event name → CustomJS ids
  readonly callbacks: Record<string, string[]>
}

// A state without document-level JS callbacks (BokehJS's to_json does not carry them).
export function withoutCallbacks(state: State): State {
  const models = { ...state.models }
  for (const ids of Object.values(state.callbacks)) for (const id of ids) delete models[id]
  return { ...state, models, callbacks: {} }
}

let cached: Oracle | undefined

export async function oracle(): Promise<Oracle> {
  if (cached != null) return cached
  const Bokeh = await loadBokehJS()
  const { Document: JsDocument } = Bokeh.require("document")
  const { Serializer: JsSerializer } = Bokeh.require("core/serialization")
  const { Buffer: JsBuffer } = Bokeh.require("core/serialization/buffer")
  const { HasProps } = Bokeh.require("core/has_props")
  const resolver = Bokeh.require("base").default_resolver

  const toArrayBuffers = (buffers: readonly Buffer[]) =>
    new Map(buffers.map((b) => [b.id, b.data.slice().buffer]))

  const allModels = (jsDoc: any): any[] => {
    jsDoc._recompute_all_models?.()
    return [...jsDoc.all_models]
  }

  cached = {
    Bokeh,
    load(json, buffers = []) {
      const jsDoc = JsDocument.from_json(structuredClone(json), undefined, toArrayBuffers(buffers))
      // recompute reachability at once, not on BokehJS's 30 s throttle timer (which would
      // also keep the test process alive)
      jsDoc._recompute_timeout = 0
      return jsDoc
    },
    toJSON: (jsDoc) => JSON.parse(jsDoc.to_json_string(false)),
    applyPatch: (jsDoc, content, buffers) => jsDoc.apply_json_patch(structuredClone(content), toArrayBuffers(buffers)),
    createPatch(jsDoc, events) {
      const patch = jsDoc.create_json_patch(events)
      const buffers: Buffer[] = []
      const text = JSON.stringify(patch, (_key, value) => {
        if (value instanceof JsBuffer) {
          const id = String(buffers.length)
          buffers.push({ id, data: new Uint8Array(value.buffer) })
          return { id }
        }
        return value
      })
      return { content: JSON.parse(text), buffers }
    },
    stateOf(jsDoc) {
      // BokehJS keeps document callbacks outside all_models
      const documentCallbacks: Map<string, any[]> = jsDoc._document_callbacks
      const models = [...new Set([...allModels(jsDoc), ...[...documentCallbacks.values()].flat()])]
      const references = new Map(models.map((m) => [m, m.ref()]))
      const out: State["models"] = {}
      for (const model of models) {
        const props: Record<string, unknown> = {}
        for (const prop of model) {
          if (!prop.syncable || CLIENT_COMPUTED.has(`${model.type}.${prop.attr}`)) continue
          if (prop.is_unset) {
            props[prop.attr] = UNSET
            continue
          }
          const s = new JsSerializer({ references, binary: false })
          // JSON round trip: inline bytes are Buffer objects until stringified
          props[prop.attr] = canonical(JSON.parse(JSON.stringify(s.encode(prop.get_value()))))
        }
        out[model.id] = { type: model.type, props }
      }
      const callbacks = Object.fromEntries([...documentCallbacks].map(([name, list]) => [name, list.map((m) => m.id)]))
      return { title: jsDoc.title(), roots: jsDoc.roots().map((r: any) => r.id), models: out, callbacks }
    },
    newModel(name, attrs = {}) {
      const cls = resolver.get(name)
      return new cls(attrs)
    },
    blankModel(name, attrs = {}) {
      const cls = resolver.get(name)
      const model = new cls({ id: `blank-${name}` })
      model.initialize_props(attrs)
      return model
    },
  }
  void HasProps
  return cached
}

export const UNSET = "<unset>"

// A spec property's rep in BokehJS's always-wrapped form (we send scalar specs bare).
export function specRep(rep: unknown): unknown {
  const type = (rep as { type?: unknown } | null)?.type
  return type === "value" || type === "field" || type === "expr" ? rep : { type: "value", value: rep }
}

// Readonly properties BokehJS computes itself on load (a server never knows them).
const CLIENT_COMPUTED = new Set(["FactorRange.start", "FactorRange.end"])

export function stateOf(doc: Document): State {
  const models: State["models"] = {}
  const all = new Set(doc.models.values())
  for (const model of all) models[model.id] = { type: model.type, props: propsOf(model, (m) => all.has(m)) }
  const callbacks = Object.fromEntries([...doc.jsEventCallbacks].map(([name, list]) => [name, list.map((m) => m.id)]))
  return { title: doc.title, roots: doc.roots.map((r) => r.id), models, callbacks }
}

export function propsOf(model: Model, known: (m: Model) => boolean): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const prop of model.schema.props.values()) {
    if (CLIENT_COMPUTED.has(`${model.type}.${prop.name}`)) continue
    if (!model._values.has(prop.name) && !prop.hasDefault) {
      props[prop.name] = UNSET
      continue
    }
    const s = new Serializer({ known, binary: false })
    const value = model.getValue(prop.name)
    props[prop.name] = canonical(prop.kind.type === "Spec" ? specRep(s.encodeSpec(prop.kind.spec, value)) : s.encode(value))
  }
  return props
}

// Reduces a rep to a form where equal values compare equal whichever side produced them:
// typed_array/ndarray → dtype + numbers, bytes → numbers, maps → sorted entries, number reps
// → numbers, and no undefined/null-valued optional keys in spec objects.
export function canonical(rep: unknown): unknown {
  if (Array.isArray(rep)) return rep.map(canonical)
  if (rep == null || typeof rep !== "object") return rep
  const obj = rep as Record<string, any>
  switch (obj.type) {
    case "number":
      return obj.value === "nan" ? NaN : obj.value === "+inf" ? Infinity : obj.value === "-inf" ? -Infinity : obj.value
    case "map": {
      const entries = (obj.entries ?? []).map(([k, v]: [unknown, unknown]) => [canonical(k), canonical(v)])
      entries.sort((a: unknown[], b: unknown[]) => (JSON.stringify(a[0]) < JSON.stringify(b[0]) ? -1 : 1))
      return { map: entries }
    }
    case "set":
      return { set: (obj.entries ?? []).map(canonical).sort() }
    case "bytes":
      return { bytes: Array.from(typeof obj.data === "string" ? decodeInline(obj.data) : []) }
    case "typed_array":
    case "ndarray": {
      const dtype = obj.dtype
      if (dtype === "object") return { ndarray: "object", shape: obj.shape ?? null, values: canonical(obj.array) }
      const bytes = typeof obj.array?.data === "string" ? decodeInline(obj.array.data) : new Uint8Array()
      const ctor = ({ float64: Float64Array, float32: Float32Array, int32: Int32Array, uint32: Uint32Array, int16: Int16Array, uint16: Uint16Array, int8: Int8Array, uint8: Uint8Array, bool: Uint8Array } as any)[dtype]
      const values = Array.from(new ctor(bytes.slice().buffer))
      const shape = obj.shape != null && obj.shape.length > 1 ? obj.shape : null
      return { ndarray: dtype, shape, values }
    }
    case "value":
    case "field":
    case "expr": {
      const out: Record<string, unknown> = { type: obj.type }
      for (const key of ["value", "field", "expr", "transform", "units"]) {
        if (obj[key] !== undefined && obj[key] !== null) out[key] = canonical(obj[key])
      }
      if (obj.type === "value" && obj.value === null) out.value = null
      return out
    }
    case "object":
      return { object: obj.name, id: obj.id, attributes: canonical(obj.attributes ?? {}) }
  }
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(obj).sort()) out[key] = canonical(obj[key])
  return out
}

// Lists where two states differ (path: ours vs theirs), so a failure names the property.
export function stateDiff(a: unknown, b: unknown, path = "", out: string[] = []): string[] {
  if (out.length >= 20) return out
  if (Object.is(a, b)) return out
  if (a == null || b == null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b)) {
    out.push(`${path}: ${short(a)} vs ${short(b)}`)
    return out
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) stateDiff((a as any)[key], (b as any)[key], `${path}.${key}`, out)
  return out
}

function short(value: unknown): string {
  const text = JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v))
  return text === undefined ? String(value) : text.length > 200 ? text.slice(0, 200) + "…" : text
}

export function assertSameState(actual: State, expected: State, message = ""): void {
  const diff = stateDiff(actual, expected)
  if (diff.length > 0) throw new Error(`${message}states differ (first ${diff.length}):\n${diff.join("\n")}`)
}
