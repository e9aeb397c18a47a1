// Typed arrays and n-dimensional arrays, the values that travel as binary buffers.

export type TypedArray =
  | Float64Array | Float32Array
  | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array

export type NumericDType = "float64" | "float32" | "int32" | "uint32" | "int16" | "uint16" | "int8" | "uint8"
export type DType = NumericDType | "bool" | "object"

type TypedArrayCtor = { new (n: number): TypedArray; new (b: ArrayBufferLike, o?: number, n?: number): TypedArray; BYTES_PER_ELEMENT: number }

export const typedArrayCtors: Readonly<Record<NumericDType, TypedArrayCtor>> = {
  float64: Float64Array, float32: Float32Array,
  int32: Int32Array, uint32: Uint32Array, int16: Int16Array, uint16: Uint16Array,
  int8: Int8Array, uint8: Uint8Array,
}

export function isTypedArray(value: unknown): value is TypedArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) &&
    !(value instanceof BigInt64Array) && !(value instanceof BigUint64Array)
}

// instanceof rather than the constructor: Node's Buffer is a Uint8Array subclass.
export function dtypeOf(array: TypedArray): NumericDType {
  if (array instanceof Float64Array) return "float64"
  if (array instanceof Float32Array) return "float32"
  if (array instanceof Int32Array) return "int32"
  if (array instanceof Uint32Array) return "uint32"
  if (array instanceof Int16Array) return "int16"
  if (array instanceof Uint16Array) return "uint16"
  if (array instanceof Int8Array) return "int8"
  if (array instanceof Uint8Array || (array as unknown) instanceof Uint8ClampedArray) return "uint8"
  throw new TypeError(`unsupported typed array ${(array as object).constructor.name}`)
}

// An array with a shape (row-major). 1-D numeric data is normally a plain TypedArray; NDArray
// is for images (2-D), booleans, and object-dtype arrays from Python.
export class NDArray {
  constructor(
    readonly array: TypedArray | unknown[],
    readonly shape: readonly number[],
    readonly dtype: DType = isTypedArray(array) ? dtypeOf(array) : "object",
  ) {
    const size = shape.reduce((a, b) => a * b, 1)
    if (size !== array.length) {
      throw new RangeError(`ndarray of shape [${shape.join(", ")}] needs ${size} items, got ${array.length}`)
    }
  }

  get ndim(): number {
    return this.shape.length
  }

  get length(): number {
    return this.array.length
  }
}

export function isNDArray(value: unknown): value is NDArray {
  return value instanceof NDArray
}
