// Values and models → Bokeh 3.x reps (spec protocol.md §5). One Serializer encodes one
// message: a model goes out in full the first time this message (or its receivers) meet it,
// as `{id}` after that; typed arrays become binary buffers (or inline gzip+base64).
import { ValueError } from "../errors.ts"
import { lastEventSeq } from "../events.ts"
import { specToWire } from "../kinds/specs.ts"
import { Model } from "../model/model.ts"
import { isPlainObject } from "../model/values.ts"
import { NDArray, dtypeOf, isTypedArray, type TypedArray } from "../ndarray.ts"
import { Slice } from "../sources/slice.ts"
import { bytesOf, encodeInline, type Buffer } from "./bytes.ts"

export interface SerializerOptions {
  // models every receiver of this message already has (they go out as `{id}`)
  readonly known?: (model: Model) => boolean
  // binary buffers (websocket messages) or inline base64 of gzip (standalone JSON/HTML)
  readonly binary?: boolean
}

export type Rep = unknown

// A UI event travelling server → client inside MessageSent.
export interface EventValue {
  readonly name: string
  readonly values: Readonly<Record<string, unknown>>
}

export class Serializer {
  readonly buffers: Buffer[] = []
  // models this message carries in full
  readonly emitted = new Set<Model>()
  // when each of those was serialized, as an event sequence number
  private readonly emittedAt = new Map<Model, number>()
  private readonly binary: boolean
  private readonly known: (model: Model) => boolean
  private readonly active = new Set<object>()

  constructor(options: SerializerOptions = {}) {
    this.binary = options.binary ?? true
    this.known = options.known ?? (() => false)
  }

  // Would a ref to this model resolve on every receiver?
  knows(model: Model): boolean {
    return this.emitted.has(model) || this.known(model)
  }

  encode(value: unknown): Rep {
    switch (typeof value) {
      case "string":
      case "boolean":
        return value
      case "undefined":
        return null
      case "number":
        return encodeNumber(value)
      case "object":
        return value === null ? null : this.encodeObject(value)
      default:
        throw new ValueError(`cannot serialize ${typeof value} values`)
    }
  }

  // Did this message already carry `model` in full with the change of event `seq` in it?
  hasStateOf(model: Model, seq: number): boolean {
    const at = this.emittedAt.get(model)
    return at != null && seq <= at
  }

  ref(model: Model): { id: string } {
    return { id: model.id }
  }

  encodeModel(model: Model): Rep {
    if (this.knows(model)) return { id: model.id }
    this.emitted.add(model)
    this.emittedAt.set(model, lastEventSeq())
    const attributes: Record<string, Rep> = {}
    let any = false
    for (const prop of model.schema.props.values()) {
      if (!model._values.has(prop.name)) continue
      const value = model.getValue(prop.name)
      attributes[prop.name] = prop.kind.type === "Spec" ? this.encodeSpec(prop.kind.spec, value) : this.encode(value)
      any = true
    }
    const rep: Record<string, Rep> = { type: "object", name: model.type, id: model.id }
    if (any) rep.attributes = attributes
    return rep
  }

  encodeSpec(spec: string, value: unknown): Rep {
    const wire = specToWire(spec, value) as Record<string, unknown>
    // BokehJS's *Scalar specs are plain properties in Python Bokeh, which refuses the
    // {type:"value"} form there; BokehJS takes either, so a bare value suits both
    if (spec.endsWith("Scalar") && "value" in wire && wire.transform == null && wire.units == null) {
      return this.encode(wire.value)
    }
    const rep: Record<string, Rep> = {}
    if ("value" in wire) {
      rep.type = "value"
      rep.value = this.encode(wire.value)
    } else if ("field" in wire) {
      rep.type = "field"
      rep.field = wire.field
    } else {
      rep.type = "expr"
      rep.expr = this.encode(wire.expr)
    }
    if (wire.transform != null) rep.transform = this.encode(wire.transform)
    if (wire.units != null) rep.units = wire.units
    return rep
  }

  encodeEvent(event: EventValue): Rep {
    return { type: "event", name: event.name, values: this.encodeMap(Object.entries(event.values)) }
  }

  encodeMap(entries: Iterable<readonly [unknown, unknown]>): Rep {
    const out: Rep[] = []
    for (const [k, v] of entries) out.push([this.encode(k), this.encode(v)])
    return out.length === 0 ? { type: "map" } : { type: "map", entries: out }
  }

  encodeBytes(data: Uint8Array): Rep {
    if (!this.binary) return { type: "bytes", data: encodeInline(data) }
    const id = String(this.buffers.length)
    this.buffers.push({ id, data })
    return { type: "bytes", data: { id } }
  }

  private encodeObject(value: object): Rep {
    if (value instanceof Model) return this.encodeModel(value)
    if (isTypedArray(value)) return this.encodeTypedArray(value, [value.length])
    if (value instanceof NDArray) return this.encodeNDArray(value)
    if (value instanceof Slice) {
      return { type: "slice", start: value.start, stop: value.stop, step: value.step }
    }
    if (value instanceof Date) return encodeNumber(value.getTime())
    if (value instanceof ArrayBuffer) return this.encodeBytes(new Uint8Array(value))
    if (this.active.has(value)) throw new ValueError("circular reference in a property value")
    this.active.add(value)
    try {
      if (Array.isArray(value)) return value.map((item) => this.encode(item))
      if (value instanceof Map) return this.encodeMap(value)
      if (value instanceof Set) {
        const entries = [...value].map((item) => this.encode(item))
        return entries.length === 0 ? { type: "set" } : { type: "set", entries }
      }
      if (isPlainObject(value)) return this.encodeMap(Object.entries(value))
    } finally {
      this.active.delete(value)
    }
    throw new ValueError(`cannot serialize a ${value.constructor?.name ?? "object"}`)
  }

  private encodeTypedArray(array: TypedArray, shape: readonly number[], dtype: string = dtypeOf(array)): Rep {
    return {
      type: "ndarray",
      array: this.encodeBytes(bytesOf(array)),
      shape: [...shape],
      dtype,
      order: "little",
    }
  }

  private encodeNDArray(value: NDArray): Rep {
    if (isTypedArray(value.array)) return this.encodeTypedArray(value.array, value.shape, value.dtype)
    return {
      type: "ndarray",
      array: value.array.map((item) => this.encode(item)),
      shape: [...value.shape],
      dtype: "object",
      order: "little",
    }
  }
}

export function encodeNumber(value: number): Rep {
  if (Number.isFinite(value)) return value
  if (Number.isNaN(value)) return { type: "number", value: "nan" }
  return { type: "number", value: value > 0 ? "+inf" : "-inf" }
}
