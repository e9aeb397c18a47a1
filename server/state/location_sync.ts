// Location.sync: model properties mirrored in query parameters, both ways (spec document.md
// §14.2, with model properties in place of Panel's parameters). URL → model when syncing
// starts and whenever the query changes (the browser's back button, a shared link);
// model → URL whenever a synced property changes, rewriting the current history entry so a
// dragged slider does not flood the history.
//
// Text in the URL becomes a property value by trying its JSON reading first and the text
// itself second, taking the first the property accepts (`?freq=3` gives a Slider 3, a Select
// "3"); values are checked before anything changes (spec §17 rule 12).
import { ValueError, type Model, type PropertyCallback } from "../../document/index.ts"
import { describe, logError } from "./current.ts"
import type { Location } from "./location.ts"

// property names, or property → query parameter name
export type SyncSpec = readonly string[] | Readonly<Record<string, string>>

export interface SyncOptions {
  // called with the values that the URL gave but the model refused; by default they are logged
  readonly onError?: (attempted: Record<string, string>, error: Error) => void
}

interface Synced {
  // wire property name → query parameter name
  readonly params: Map<string, string>
  readonly listeners: Map<string, PropertyCallback>
  onError: SyncOptions["onError"]
}

interface Registry {
  readonly models: Map<Model, Synced>
  readonly stop: () => void
}

const registries = new WeakMap<Location, Registry>()

export function syncModel(location: Location, model: Model, spec: SyncSpec, options: SyncOptions = {}): void {
  const params = resolveSpec(model, spec)
  if (options.onError != null && typeof options.onError !== "function") {
    throw new ValueError(`sync: onError must be a function, got ${describe(options.onError)}`)
  }
  const registry = registryOf(location)
  let synced = registry.models.get(model)
  if (synced == null) {
    synced = { params: new Map(), listeners: new Map(), onError: options.onError }
    registry.models.set(model, synced)
  } else if (options.onError != null) {
    synced.onError = options.onError
  }
  // syncing the same model again adds to (or renames) its parameters
  for (const [prop, name] of params) synced.params.set(prop, name)
  applyQuery(location, model, synced, [...params.keys()])
  const values: Record<string, string> = {}
  for (const prop of params.keys()) {
    const value = model.getValue(prop)
    if (value != null) values[params.get(prop)!] = encode(value)
  }
  location.updateQuery(values, { history: "replace" })
  for (const prop of params.keys()) {
    if (synced.listeners.has(prop)) continue
    const listener: PropertyCallback = (_attr, _old, value) => {
      const name = synced.params.get(prop)
      if (name != null) location.updateQuery({ [name]: value == null ? null : encode(value) }, { history: "replace" })
    }
    synced.listeners.set(prop, listener)
    model.onChange(prop, listener)
  }
}

export function unsyncModel(location: Location, model: Model, props?: readonly string[]): void {
  const registry = registries.get(location)
  const synced = registry?.models.get(model)
  if (registry == null || synced == null) throw new ValueError(`cannot unsync ${model}: it was never synced`)
  const wires = props == null ? [...synced.params.keys()] : props.map((p) => wireName(model, p))
  const removed: Record<string, null> = {}
  for (const prop of wires) {
    const name = synced.params.get(prop)
    if (name == null) throw new ValueError(`cannot unsync ${model}.${prop}: it is not synced (synced: ${[...synced.params.keys()].join(", ")})`)
    removed[name] = null
    synced.params.delete(prop)
    const listener = synced.listeners.get(prop)
    if (listener != null) model.removeOnChange(prop, listener)
    synced.listeners.delete(prop)
  }
  if (synced.params.size === 0) registry.models.delete(model)
  if (registry.models.size === 0) {
    registry.stop()
    registries.delete(location)
  }
  location.updateQuery(removed, { history: "replace" })
}

function registryOf(location: Location): Registry {
  let registry = registries.get(location)
  if (registry == null) {
    const models = new Map<Model, Synced>()
    // a new query (from either side) flows into every synced model
    const stop = location.onChange((changes) => {
      if (!changes.some((c) => c.field === "search")) return
      for (const [model, synced] of [...models]) applyQuery(location, model, synced, [...synced.params.keys()])
    })
    registry = { models, stop }
    registries.set(location, registry)
  }
  return registry
}

function resolveSpec(model: Model, spec: SyncSpec): Map<string, string> {
  const pairs: Array<[string, string]> = Array.isArray(spec)
    ? (spec as readonly unknown[]).map((p) => [String(p), String(p)])
    : spec != null && typeof spec === "object"
      ? Object.entries(spec as Record<string, unknown>).map(([p, name]) => {
        if (typeof name !== "string" || name === "") {
          throw new ValueError(`sync: the query name for '${p}' must be a non-empty string, got ${describe(name)}`)
        }
        return [p, name]
      })
      : []
  if (pairs.length === 0) {
    throw new ValueError(`sync expects property names (["value"]) or property → query name ({value: "freq"}), got ${describe(spec)}`)
  }
  return new Map(pairs.map(([prop, name]) => [wireName(model, prop), name]))
}

function wireName(model: Model, prop: string): string {
  // an unknown name throws AttributeError listing the model's properties
  return model._resolve(prop)
}

function applyQuery(location: Location, model: Model, synced: Synced, props: readonly string[]): void {
  const query = location.query
  const updates: Array<[string, unknown]> = []
  const refused: Record<string, string> = {}
  let firstError: Error | null = null
  for (const prop of props) {
    const name = synced.params.get(prop)
    if (name == null || !Object.hasOwn(query, name)) continue
    const text = query[name]!
    const candidates: unknown[] = []
    try {
      candidates.push(JSON.parse(text))
    } catch { /* plain text */ }
    candidates.push(text)
    let error: Error | null = null
    const value = candidates.find((candidate) => {
      try {
        model.checkValue(prop, candidate)
        return true
      } catch (e) {
        error = e as Error
        return false
      }
    })
    if (value !== undefined) {
      updates.push([prop, value])
    } else {
      refused[name] = text
      firstError ??= error
    }
  }
  // every value checked before any is set
  for (const [prop, value] of updates) model.setValue(prop, value)
  if (Object.keys(refused).length === 0) return
  if (synced.onError != null) {
    synced.onError(refused, firstError!)
  } else {
    logError(location.context, "Location.sync", new ValueError(`the URL's ${Object.entries(refused).map(([k, v]) => `${k}=${v}`).join(", ")} does not fit ${model}: ${firstError!.message}`))
  }
}

function encode(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value)
}
