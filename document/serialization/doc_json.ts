// Whole documents as DocJson 3.10 (spec protocol.md §5.14): PULL-DOC-REPLY, PUSH-DOC and
// standalone output.
import { Document } from "../document.ts"
import { DeserializationError } from "../errors.ts"
import { SERVER, type Origin } from "../events.ts"
import { log } from "../logging.ts"
import { Model } from "../model/model.ts"
import { isPlainObject } from "../model/values.ts"
import type { Buffer } from "./bytes.ts"
import { Deserializer } from "./deserializer.ts"
import { Serializer } from "./serializer.ts"

export const BOKEHJS_VERSION = "3.10.0"

export interface DocJson {
  readonly version: string
  readonly title: string
  readonly config?: unknown
  readonly roots: unknown[]
  readonly defs?: unknown[]
  readonly callbacks?: unknown
}

export interface SerializedDocument {
  readonly json: DocJson
  readonly buffers: Buffer[]
  readonly emitted: ReadonlySet<Model>
}

// Every model is encoded from scratch: the receiver knows none of them yet.
export function serializeDocument(doc: Document, options: { binary?: boolean } = {}): SerializedDocument {
  const s = new Serializer({ binary: options.binary ?? false })
  const config = s.encode(doc.config)
  const roots = doc.roots.map((root) => s.encode(root))
  const json: DocJson = { version: BOKEHJS_VERSION, title: doc.title, config, roots }
  if (doc.jsEventCallbacks.size > 0) {
    return { json: { ...json, callbacks: s.encodeMap(doc.jsEventCallbacks) }, buffers: s.buffers, emitted: s.emitted }
  }
  return { json, buffers: s.buffers, emitted: s.emitted }
}

export function documentFromJson(json: unknown, buffers: ReadonlyMap<string, Uint8Array> = new Map()): Document {
  const { title, config, roots, callbacks } = decodeDocJson(json, buffers)
  const doc = new Document({ title })
  if (config != null) doc._setConfig(config)
  for (const root of roots) doc.addRoot(root)
  for (const [name, models] of callbacks) doc.jsOnEvent(name, ...models)
  return doc
}

// PUSH-DOC: replaces the target's contents with the pushed document (spec §5 replace semantics).
export function replaceWithJson(doc: Document, json: unknown, buffers: ReadonlyMap<string, Uint8Array>, origin: Origin = SERVER): void {
  const { title, config, roots, callbacks } = decodeDocJson(json, buffers)
  doc.clear(origin)
  doc._clearJsEventCallbacks()
  for (const [name, models] of callbacks) doc.jsOnEvent(name, ...models)
  if (config != null) doc._setConfig(config)
  for (const root of roots) doc.addRoot(root, origin)
  doc.setTitle(title, origin)
}

function decodeDocJson(json: unknown, buffers: ReadonlyMap<string, Uint8Array>) {
  if (!isPlainObject(json)) throw new DeserializationError("document JSON must be an object")
  if (!Array.isArray(json.roots)) throw new DeserializationError("document JSON needs a 'roots' list")
  if (typeof json.version === "string" && json.version !== BOKEHJS_VERSION) {
    log("warn", `Bokeh document version ${json.version} differs from the server's ${BOKEHJS_VERSION}`)
  }
  const d = new Deserializer({ buffers })
  const config = json.config == null ? null : d.decode(json.config)
  if (config != null && !(config instanceof Model && config.type === "DocumentConfig")) {
    throw new DeserializationError("document 'config' must be a DocumentConfig")
  }
  const roots = json.roots.map((rep) => {
    const root = d.decode(rep)
    if (!(root instanceof Model)) throw new DeserializationError("every document root must be a model")
    return root
  })
  const title = typeof json.title === "string" ? json.title : "Bokeh Application"
  const callbacks = new Map<string, Model[]>()
  if (json.callbacks != null) {
    const decoded = d.decode(json.callbacks)
    const entries = decoded instanceof Map ? [...decoded] : Object.entries(decoded as Record<string, unknown>)
    for (const [name, list] of entries) {
      if (typeof name !== "string" || !Array.isArray(list) || !list.every((m) => m instanceof Model)) {
        throw new DeserializationError("document 'callbacks' must map event names to lists of models")
      }
      callbacks.set(name, list as Model[])
    }
  }
  return { title, config: config as Model | null, roots, callbacks }
}
