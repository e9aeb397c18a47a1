// Reps → values and models, for everything BokehJS or bokeh.client may send (spec
// protocol.md §5). New models are created detached; the caller decides whether to apply.
import { DeserializationError, UnknownReferenceError } from "../errors.ts"
import { SERVER, type Origin } from "../events.ts"
import { specFromWire } from "../kinds/specs.ts"
import { log } from "../logging.ts"
import { Model, type ModelEvent } from "../model/model.ts"
import { modelClass } from "../model/registry.ts"
import { schemaOf } from "../model/schema.ts"
import { isPlainObject } from "../model/values.ts"
import { setOwn } from "../util/plain.ts"
import { NDArray, typedArrayCtors, type NumericDType, type TypedArray } from "../ndarray.ts"
import { Slice } from "../sources/slice.ts"
import { decodeInline } from "./bytes.ts"

export interface DeserializerOptions {
  // models the sender may refer to by id (the document's)
  readonly resolve?: (id: string) => Model | null | undefined
  readonly buffers?: ReadonlyMap<string, Uint8Array>
  readonly origin?: Origin
}

type Obj = Record<string, unknown>

export class Deserializer {
  // models created from full reps while decoding, by id
  readonly created = new Map<string, Model>()
  private readonly resolveKnown: (id: string) => Model | null | undefined
  private readonly buffers: ReadonlyMap<string, Uint8Array>
  private readonly origin: Origin

  constructor(options: DeserializerOptions = {}) {
    this.resolveKnown = options.resolve ?? (() => null)
    this.buffers = options.buffers ?? new Map()
    this.origin = options.origin ?? SERVER
  }

  decode(rep: unknown): unknown {
    if (rep === null || typeof rep !== "object") return rep
    if (Array.isArray(rep)) return rep.map((item) => this.decode(item))
    const obj = rep as Obj
    if (typeof obj.type === "string") return this.decodeTyped(obj.type, obj)
    if (typeof obj.id === "string") return this.resolve(obj.id)
    const out: Obj = {}
    for (const [k, v] of Object.entries(obj)) setOwn(out, k, this.decode(v))
    return out
  }

  resolve(id: string): Model {
    const model = this.created.get(id) ?? this.resolveKnown(id)
    if (model == null) throw new UnknownReferenceError(id)
    return model
  }

  private decodeTyped(type: string, obj: Obj): unknown {
    switch (type) {
      case "ref":
        return this.resolve(String(obj.id))
      case "object":
        return typeof obj.id === "string" ? this.decodeModel(obj) : this.decode(obj.attributes ?? {})
      case "number":
        return decodeNumber(obj.value)
      case "array":
        return entries(obj).map((item) => this.decode(item))
      case "set":
        return new Set(entries(obj).map((item) => this.decode(item)))
      case "map":
        return this.decodeMap(entries(obj))
      case "bytes": {
        // a Bytes property value: an owned ArrayBuffer (a Uint8Array would be an array)
        const bytes = this.decodeBytes(obj.data)
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
      }
      case "slice":
        return new Slice(this.int(obj.start), this.int(obj.stop), this.int(obj.step))
      case "typed_array":
        return this.decodeArray(obj, null)
      case "ndarray":
        return this.decodeArray(obj, obj.shape)
      case "value":
      case "field":
      case "expr":
        return this.decodeSpec(type, obj)
      case "date":
        return Date.parse(String(obj.iso))
      case "event":
        return this.decodeEvent(obj)
      case "symbol":
        throw new DeserializationError(`can't resolve named symbol '${String(obj.name)}'`)
      default:
        throw new DeserializationError(`unknown representation type '${type}'`)
    }
  }

  private int(value: unknown): number | null {
    const decoded = this.decode(value)
    if (decoded == null) return null
    if (!Number.isInteger(decoded)) throw new DeserializationError(`expected an integer in a slice, got ${JSON.stringify(value)}`)
    return decoded as number
  }

  private decodeModel(obj: Obj): Model {
    const id = obj.id as string
    // A full rep of a model we already have is treated as a reference (Python-compatible).
    const existing = this.created.get(id) ?? this.resolveKnown(id)
    if (existing != null) return existing
    if (typeof obj.name !== "string") throw new DeserializationError(`model rep without a name: ${JSON.stringify(obj)}`)
    if (isAbstract(obj.name)) {
      throw new DeserializationError(`can't create an instance of the abstract model '${obj.name}'`)
    }
    const model = Model.withId(modelClass(obj.name), id)
    this.created.set(id, model)
    const attributes = obj.attributes ?? {}
    if (!isPlainObject(attributes)) throw new DeserializationError(`attributes of ${obj.name} must be an object`)
    for (const [attr, rep] of Object.entries(attributes)) {
      this.setFromJson(model, attr, rep)
    }
    model._finalizeDefaults()
    return model
  }

  // Sets one attribute from its rep, with the DataSpec rules of spec §3.3. Unknown
  // attributes are ignored with a warning, as upstream does.
  setFromJson(model: Model, attr: string, rep: unknown): void {
    const prop = model.schema.props.get(attr)
    if (prop == null) {
      log("warn", `JSON had attr '${attr}' on ${model.type} which is a client-only or invalid attribute that shouldn't have been sent`)
      return
    }
    this.setDecoded(model, attr, this.decode(rep))
  }

  setDecoded(model: Model, attr: string, value: unknown): void {
    const prop = model.schema.props.get(attr)!
    if (prop.kind.type === "Spec" && isPlainObject(value)) {
      const current = model.isSet(attr) ? model.getValue(attr) : undefined
      value = specFromWire(prop.kind.spec, current, value)
    }
    model.setValue(attr, value, { origin: this.origin, fromJson: true })
  }

  private decodeMap(items: unknown[]): unknown {
    const pairs = items.map((item) => {
      if (!Array.isArray(item) || item.length !== 2) throw new DeserializationError("map entries must be [key, value] pairs")
      return [this.decode(item[0]), this.decode(item[1])] as const
    })
    if (pairs.every(([k]) => typeof k === "string")) {
      const out: Obj = {}
      for (const [k, v] of pairs) setOwn(out, k as string, v)
      return out
    }
    return new Map(pairs)
  }

  private decodeBytes(data: unknown): Uint8Array {
    if (typeof data === "string") return decodeInline(data)
    if (data != null && typeof data === "object" && typeof (data as Obj).id === "string") {
      const id = (data as Obj).id as string
      const buffer = this.buffers.get(id)
      if (buffer == null) throw new DeserializationError(`buffer '${id}' is missing from the message`)
      return buffer
    }
    throw new DeserializationError(`malformed bytes rep: ${JSON.stringify(data)}`)
  }

  private decodeArray(obj: Obj, shapeRep: unknown): unknown {
    const dtype = String(obj.dtype)
    const shape = shapeRep == null ? null : (this.decode(shapeRep) as number[])
    if (shape != null && (!Array.isArray(shape) || !shape.every((n) => Number.isInteger(n) && n >= 0))) {
      throw new DeserializationError(`malformed ndarray shape: ${JSON.stringify(shapeRep)}`)
    }
    if (dtype === "object") {
      const items = this.decode(obj.array)
      if (!Array.isArray(items)) throw new DeserializationError("object ndarray must carry a list")
      if (shape != null && shape.reduce((a, b) => a * b, 1) !== items.length) {
        throw new DeserializationError(`ndarray of shape [${shape.join(", ")}] does not match ${items.length} items`)
      }
      return shape == null || shape.length === 1 ? items : new NDArray(items, shape, "object")
    }
    const numeric = dtype === "bool" ? "uint8" : dtype
    if (!Object.hasOwn(typedArrayCtors, numeric)) throw new DeserializationError(`unsupported dtype '${dtype}'`)
    const ctor = typedArrayCtors[numeric as NumericDType]
    const bytes = this.decodeBytes((obj.array as Obj | undefined)?.type === "bytes" ? (obj.array as Obj).data : obj.array)
    if (bytes.byteLength % ctor.BYTES_PER_ELEMENT !== 0) {
      throw new DeserializationError(`${bytes.byteLength} bytes do not hold whole ${dtype} items`)
    }
    // copy into an aligned, owned buffer: message frames are reused and may be misaligned
    const own = new Uint8Array(bytes.byteLength)
    own.set(bytes)
    if (obj.order === "big" && ctor.BYTES_PER_ELEMENT > 1) swapBytes(own, ctor.BYTES_PER_ELEMENT)
    const array = new ctor(own.buffer, 0, own.byteLength / ctor.BYTES_PER_ELEMENT) as TypedArray
    if (shape != null && shape.reduce((a, b) => a * b, 1) !== array.length) {
      throw new DeserializationError(`ndarray of shape [${shape.join(", ")}] does not match ${array.length} items`)
    }
    if (shape != null && shape.length !== 1) return new NDArray(array, shape, dtype as NumericDType)
    // a 1-d bool array (numpy bool columns from Python) reads as booleans
    if (dtype === "bool") return Array.from(array, (v) => v !== 0)
    return array
  }

  private decodeSpec(type: string, obj: Obj): Obj {
    const out: Obj = {}
    if (type === "field") {
      if (typeof obj.field !== "string") throw new DeserializationError("a field spec needs a string field")
      out.field = obj.field
    } else {
      out[type] = this.decode(obj[type])
    }
    if (obj.transform != null) out.transform = this.decode(obj.transform)
    if (obj.units != null) out.units = obj.units
    return out
  }

  private decodeEvent(obj: Obj): ModelEvent {
    if (typeof obj.name !== "string") throw new DeserializationError("an event rep needs a name")
    const values = (this.decode(obj.values ?? { type: "map" }) ?? {}) as Obj
    if (values instanceof Map) throw new DeserializationError("event values must have string keys")
    const model = values.model
    if (model != null && !(model instanceof Model)) throw new DeserializationError("an event's model must be a model reference")
    return { name: obj.name, model: (model as Model | undefined) ?? null, values }
  }
}

function entries(obj: Obj): unknown[] {
  const items = obj.entries ?? []
  if (!Array.isArray(items)) throw new DeserializationError(`'entries' of a ${String(obj.type)} rep must be a list`)
  return items
}

export function decodeNumber(value: unknown): number {
  if (typeof value === "number") return value
  switch (value) {
    case "nan": return NaN
    case "+inf": return Infinity
    case "-inf": return -Infinity
  }
  throw new DeserializationError(`malformed number rep: ${JSON.stringify(value)}`)
}

function isAbstract(name: string): boolean {
  try {
    return schemaOf(name).abstract
  } catch {
    return false
  }
}

function swapBytes(bytes: Uint8Array, width: number): void {
  for (let i = 0; i < bytes.length; i += width) bytes.subarray(i, i + width).reverse()
}
