import { pyQuote } from "./util/python.ts"

// Error classes named after the Python exceptions the spec quotes, so ERROR replies and
// logs read the same as upstream's.

export class ValueError extends Error { override name = "ValueError" }
export class RuntimeError extends Error { override name = "RuntimeError" }
export class KeyError extends Error { override name = "KeyError" }
export class AttributeError extends Error { override name = "AttributeError" }
export class ProtocolError extends Error { override name = "ProtocolError" }
export class UnknownReferenceError extends Error {
  override name = "UnknownReferenceError"
  constructor(readonly id: string) {
    super(`can't resolve reference '${id}'`)
  }
}
export class UnsetValueError extends Error { override name = "UnsetValueError" }
export class DeserializationError extends Error { override name = "DeserializationError" }

// A property set with a value of the wrong kind. A ValueError, as upstream raises.
export class ValidationError extends ValueError {
  constructor(
    message: string,
    readonly model: string,
    readonly property: string,
  ) {
    super(message)
  }
  override name = "ValidationError"
}

// The repr of an error as Python prints it: Class("message"), quoting like Python's repr().
export function errorRepr(error: unknown): string {
  if (!(error instanceof Error)) return `Exception(${pyQuote(String(error))})`
  return `${error.name === "ValidationError" ? "ValueError" : error.name}(${pyQuote(error.message)})`
}
