// The hand-written root of every model class. Generated subclasses (document/generated/
// models.ts) add typed accessors that call getv/setv with wire (snake_case) names.
import type { Document } from "../document.ts"
import { AttributeError, RuntimeError, UnsetValueError, ValidationError, ValueError } from "../errors.ts"
import { SERVER, type Origin } from "../events.ts"
import { validate, type RefCheck } from "../kinds/validate.ts"
import { modelClass } from "./registry.ts"
import { schemaOf, isSubtype, type ModelSchema, type PropSchema } from "./schema.ts"
import { containsModel, forEachModel, freezeCopy, isEqual, normalizeContainer } from "./values.ts"
import { decodeDefault, instantiateDefault } from "./defaults.ts"
import { DOCUMENT_EVENTS, isModelEvent } from "../ui_events.ts"
import { log } from "../logging.ts"

// A callback may be async: in a session, its task keeps the lock until the promise settles.
export type PropertyCallback = (attr: string, old: unknown, value: unknown) => unknown
export type EventCallback = (event: ModelEvent) => unknown

// A UI event from a client (ButtonClick, Tap, …): its name and decoded values.
export interface ModelEvent {
  readonly name: string
  readonly model: Model | null
  readonly values: Readonly<Record<string, unknown>>
}

export interface SetOptions {
  readonly origin?: Origin
  // skips the readonly check: values from a client patch (as upstream's set_from_json) and
  // initial values given to the constructor
  readonly fromJson?: boolean
}

let idCounter = 1000

// Two copies of this module (an app loaded as CommonJS next to a server loaded as ESM) would
// make models of one copy unknown to the other, with colliding ids: say so at once.
const LOADED = Symbol.for("bokeh-ts.document.model")
if ((globalThis as Record<symbol, unknown>)[LOADED] === true) {
  console.warn("bokeh-ts: document/ is loaded twice, so models from one copy are foreign to the other. " +
    "This happens when an app .ts file is loaded as CommonJS: add \"type\": \"module\" to its package.json or name it .mts.")
}
;(globalThis as Record<symbol, unknown>)[LOADED] = true
let pendingId: string | null = null

// Process-wide ids "p1000", "p1001", … never collide with BokehJS's random ids.
export function nextId(): string {
  return `p${idCounter++}`
}

export const refCheck: RefCheck = {
  modelName: (value) => (value instanceof Model ? value.type : null),
  isSubtype,
}

export function isModel(value: unknown): value is Model {
  return value instanceof Model
}

export abstract class Model {
  static readonly __name__: string = "Model"

  // Creates an instance with a given id and no property values: the deserializer's path.
  static withId<M extends Model>(cls: new () => M, id: string): M {
    pendingId = id
    try {
      return new cls()
    } finally {
      pendingId = null
    }
  }

  readonly id: string
  /** @internal */ _document: Document | null = null
  /** @internal */ readonly _values = new Map<string, unknown>()
  // bumped each time the model joins a document; lets a connection tell "sent while attached"
  // from "sent before it left and came back"
  /** @internal */ _attachments = 0
  // set when the owning document is destroyed: a leaked reference fails loudly
  /** @internal */ _destroyed = false
  private _changeCallbacks: Map<string, PropertyCallback[]> | null = null
  private _eventCallbacks: Map<string, EventCallback[]> | null = null

  constructor(attrs?: object) {
    if (pendingId != null) {
      this.id = pendingId
      pendingId = null
      if (attrs != null && Object.keys(attrs).length > 0) {
        throw new ValueError("'id' cannot be used together with property initializers")
      }
      return
    }
    if (attrs != null && typeof attrs !== "object") throw new ValueError("positional arguments are not allowed")
    if (attrs != null && "id" in attrs) throw new ValueError("initializing 'id' is not allowed")
    this.id = nextId()
    for (const prop of this.schema.props.values()) {
      if (prop.unstable) this._values.set(prop.name, instantiateDefault(prop.defaultRep))
    }
    for (const [key, value] of Object.entries(attrs ?? {})) {
      if (value === undefined) continue
      this._set(this._resolve(key), value, { fromJson: true })
    }
  }

  // Gives a model created from JSON the fresh model-valued defaults it did not receive.
  /** @internal */ _finalizeDefaults(): void {
    for (const prop of this.schema.props.values()) {
      if (prop.unstable && !this._values.has(prop.name)) this._values.set(prop.name, instantiateDefault(prop.defaultRep))
    }
  }

  get type(): string {
    return (this.constructor as typeof Model).__name__
  }

  get schema(): ModelSchema {
    return schemaOf(this.type)
  }

  get document(): Document | null {
    return this._document
  }

  toString(): string {
    return `${this.type}(id='${this.id}', ...)`
  }

  protected getv(name: string): unknown {
    return this.getValue(name)
  }

  protected setv(name: string, value: unknown): void {
    this._set(name, value, {})
  }

  // Reads a property by wire or accessor name.
  getValue(name: string): unknown {
    if (this._destroyed) throw new RuntimeError("document has been destroyed")
    const wire = this._resolve(name)
    const hook = storageHooks.get(wire)
    if (hook != null && hook.applies(this)) return hook.get(this)
    if (this._values.has(wire)) return this._values.get(wire)
    const prop = this.schema.props.get(wire)!
    if (!prop.hasDefault) throw new UnsetValueError(`${this}.${wire} doesn't have a value set`)
    return decodeDefault(this.type, prop)
  }

  // Sets a property by wire or accessor name, with an explicit origin (client patches use this).
  setValue(name: string, value: unknown, options: SetOptions = {}): void {
    this._set(this._resolve(name), value, options)
  }

  // True when the property holds a value of its own (it is then serialized).
  isSet(name: string): boolean {
    return this._values.has(this._resolve(name))
  }

  // Throws the ValidationError a set would throw, without changing anything.
  checkValue(name: string, value: unknown): void {
    const wire = this._resolve(name)
    this._validate(this.schema.props.get(wire)!, value)
  }

  /** @internal */ _resolve(name: string): string {
    const wire = this.schema.lookup.get(name)
    if (wire == null) {
      const names = [...this.schema.props.keys()]
      const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
      const similar = names.filter((n) => similarity(n, snake) >= 0.6)
      const which = similar.length > 0 ? "similar" : "possible"
      throw new AttributeError(
        `unexpected attribute '${name}' to ${this.type}, ${which} attributes are ${(similar.length > 0 ? similar : names).sort().join(", ")}`,
      )
    }
    return wire
  }

  private _validate(prop: PropSchema, value: unknown): void {
    const detail = validate(prop.kind, value, refCheck) ?? prop.rule?.check?.(value, this.schema.props) ?? null
    if (detail != null) {
      throw new ValidationError(`failed to validate ${this}.${prop.name}: ${detail}`, this.type, prop.name)
    }
  }

  /** @internal */ _set(wire: string, given: unknown, options: SetOptions): void {
    if (this._destroyed) throw new RuntimeError("document has been destroyed")
    const prop = this.schema.props.get(wire)!
    if (prop.readonly && options.fromJson !== true) {
      throw new RuntimeError(`${this.type}.${wire} is a readonly property`)
    }
    this._validate(prop, given)
    const value = normalizeContainer(prop.kind, prop.rule?.convert?.(given) ?? given)
    const hook = storageHooks.get(wire)
    this._document?._checkWrite()
    if (hook != null && hook.applies(this)) {
      hook.set(this, value, options.origin ?? SERVER)
      return
    }
    // a value equal to the current one (the default, when unset) changes nothing, as upstream
    const old = this._values.has(wire) ? this._values.get(wire) : prop.hasDefault ? decodeDefault(this.type, prop) : undefined
    if (isEqual(old, value)) return
    if (this._document != null && hasModels(value)) this._document.checkOwnership(value)
    const stored = freezeCopy(value)
    this._values.set(wire, stored)
    this._changed(wire, old, stored, options.origin ?? SERVER)
  }

  /** @internal */ _changed(attr: string, old: unknown, value: unknown, origin: Origin): void {
    if (this._document != null) {
      this._document._modelChanged(this, attr, old, value, origin)
    } else {
      this._invokeCallbacks(attr, old, value)
    }
  }

  // ---- property callbacks (spec §3.6)

  onChange(attr: string, ...callbacks: PropertyCallback[]): void {
    if (callbacks.length === 0) {
      throw new ValueError("on_change takes an attribute name and one or more callbacks, got only one parameter")
    }
    const wire = this._resolve(attr)
    this._changeCallbacks ??= new Map()
    const list = this._changeCallbacks.get(wire) ?? []
    for (const cb of callbacks) if (!list.includes(cb)) list.push(cb)
    this._changeCallbacks.set(wire, list)
  }

  removeOnChange(attr: string, ...callbacks: PropertyCallback[]): void {
    const list = this._changeCallbacks?.get(this._resolve(attr)) ?? []
    for (const cb of callbacks) {
      const i = list.indexOf(cb)
      if (i < 0) throw new ValueError("list.remove(x): x not in list")
      list.splice(i, 1)
    }
  }

  /** @internal */ _hasCallbacks(attr: string): boolean {
    return (this._changeCallbacks?.get(attr)?.length ?? 0) > 0
  }

  /** @internal */ _invokeCallbacks(attr: string, old: unknown, value: unknown): void {
    const list = this._changeCallbacks?.get(attr)
    if (list == null) return
    for (const cb of [...list]) adopt(this, cb(attr, old, value), `a ${this.type}.${attr} change callback`)
  }

  // ---- UI events (spec §12)

  // Subscribes to a UI event by its Bokeh name ("button_click", "tap", …). The name joins
  // the synced `subscribed_events`, which tells BokehJS to send such events at all.
  onEvent(name: string, ...callbacks: EventCallback[]): void {
    if (!isModelEvent(name)) {
      throw new ValueError(DOCUMENT_EVENTS.has(name)
        ? `'${name}' is a document event: subscribe with Document.onEvent`
        : `unknown event name '${name}'`)
    }
    this._eventCallbacks ??= new Map()
    const list = this._eventCallbacks.get(name) ?? []
    for (const cb of callbacks) if (!list.includes(cb)) list.push(cb)
    this._eventCallbacks.set(name, list)
    const subscribed = this.getValue("subscribed_events") as ReadonlySet<string> | readonly string[]
    const names = new Set(subscribed)
    if (!names.has(name)) this._set("subscribed_events", new Set([...names, name]), {})
  }

  removeOnEvent(name: string, ...callbacks: EventCallback[]): void {
    const list = this._eventCallbacks?.get(name) ?? []
    for (const cb of callbacks) {
      const i = list.indexOf(cb)
      if (i >= 0) list.splice(i, 1)
    }
  }

  /** @internal */ _triggerEvent(event: ModelEvent): void {
    const list = this._eventCallbacks?.get(event.name)
    if (list == null) return
    for (const cb of [...list]) adopt(this, cb(event), `a ${this.type} ${event.name} event callback`)
  }

  // ---- JS callbacks (run in the browser; CustomJS models)

  // Runs `callbacks` in the browser when a property changes (`jsOnChange("value", cb)`) or on
  // any BokehJS event name such as "change:value".
  jsOnChange(event: string, ...callbacks: Model[]): void {
    const key = this.schema.lookup.has(event) ? `change:${this._resolve(event)}` : event
    this._addJsCallbacks("js_property_callbacks", key, callbacks)
  }

  // Runs `callbacks` in the browser on a UI event of this model ("tap", "button_click", …).
  jsOnEvent(name: string, ...callbacks: Model[]): void {
    this._addJsCallbacks("js_event_callbacks", name, callbacks)
  }

  // Keeps `other.otherAttr` equal to `this.attr` in the browser, with no server round trip.
  jsLink(attr: string, other: Model, otherAttr: string, attrSelector?: number | string): void {
    const source = this._resolve(attr)
    const target = other._resolve(otherAttr)
    const selector = attrSelector == null ? "" : `[${JSON.stringify(attrSelector)}]`
    const CustomJS = modelClass("CustomJS")
    this.jsOnChange(source, new CustomJS({ args: { other }, code: `other.${target} = this.${source}${selector}` }))
  }

  private _addJsCallbacks(prop: string, key: string, callbacks: Model[]): void {
    const current = this.getValue(prop) as Readonly<Record<string, readonly Model[]>>
    const list = [...(current[key] ?? [])]
    for (const cb of callbacks) if (!list.includes(cb)) list.push(cb)
    this._set(prop, { ...current, [key]: list }, {})
  }

  // ---- references (spec §4)

  // This model and every model reachable from its property values.
  references(): Set<Model> {
    const refs = new Set<Model>()
    const stack: Model[] = [this]
    while (stack.length > 0) {
      const model = stack.pop()!
      if (refs.has(model)) continue
      refs.add(model)
      model._forEachChild((child) => { if (!refs.has(child)) stack.push(child) })
    }
    return refs
  }

  /** @internal */ _forEachChild(visit: (model: Model) => void): void {
    for (const [name, value] of this._values) {
      if (storageHooks.get(name)?.applies(this)) continue
      forEachModel(value, isModel, visit)
    }
  }

  // Every model reachable from this one that matches the selector.
  select(selector: Selector): Model[] {
    return [...this.references()].filter((m) => matches(m, selector))
  }

  selectOne(selector: Selector): Model | null {
    const found = this.select(selector)
    if (found.length > 1) {
      throw new ValueError(`Found more than one model matching ${describeSelector(selector)}: ${found.join(", ")}`)
    }
    return found[0] ?? null
  }

  // Property values this model holds (set or unstable defaults), in property order.
  attributes(): Map<string, unknown> {
    const out = new Map<string, unknown>()
    for (const name of this.schema.props.keys()) {
      if (this._values.has(name)) out.set(name, this.getValue(name))
    }
    return out
  }
}

export type Selector = {
  readonly name?: string
  readonly type?: string | (abstract new (...args: never[]) => Model)
  readonly [property: string]: unknown
}

export function matches(model: Model, selector: Selector): boolean {
  for (const [key, expected] of Object.entries(selector)) {
    if (key === "type") {
      const name = typeof expected === "string" ? expected : (expected as typeof Model).__name__
      if (!isSubtype(model.type, name)) return false
    } else {
      const wire = model.schema.lookup.get(key)
      if (wire == null || !isEqual(model.getValue(wire), expected)) return false
    }
  }
  return true
}

export function describeSelector(selector: Selector): string {
  const parts = Object.entries(selector).map(([k, v]) =>
    `'${k}': ${typeof v === "function" ? (v as typeof Model).__name__ : JSON.stringify(v)}`)
  return `{${parts.join(", ")}}`
}

// Properties whose storage is not a plain value (ColumnDataSource.data): the owner installs
// a hook so the model keeps one code path for validation and callbacks.
export interface StorageHook {
  applies(model: Model): boolean
  get(model: Model): unknown
  set(model: Model, value: unknown, origin: Origin): void
}

const storageHooks = new Map<string, StorageHook>()

export function installStorageHook(attr: string, hook: StorageHook): void {
  storageHooks.set(attr, hook)
}

export function hasModels(value: unknown): boolean {
  return containsModel(value, isModel)
}

function similarity(a: string, b: string): number {
  // Ratio of shared bigrams; enough to suggest "line_color" for "line_colour".
  const grams = (s: string) => new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)))
  const ga = grams(a), gb = grams(b)
  if (ga.size === 0 || gb.size === 0) return a === b ? 1 : 0
  let shared = 0
  for (const g of ga) if (gb.has(g)) shared++
  return (2 * shared) / (ga.size + gb.size)
}

// A callback's result: a promise goes to the document (its session's running task waits for
// it); outside a document a rejection is still logged rather than left unhandled.
function adopt(model: Model, result: unknown, what: string): void {
  if (result == null) return
  if (model._document != null) {
    model._document._adoptCallbackResult(result, what)
  } else if (typeof (result as { then?: unknown }).then === "function") {
    Promise.resolve(result).catch((error: unknown) => log("error", `error in ${what}: ${error instanceof Error ? error.message : String(error)}`))
  }
}
