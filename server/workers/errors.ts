// Errors cross the thread boundary as plain `{ name, message, stack }`: an Error object would
// lose its class and its own properties in a structured clone.

export interface SerializedError {
  readonly name: string
  readonly message: string
  readonly stack?: string
}

// An error raised by a worker function (or by its worker thread), rebuilt on the main thread.
// `name` is the original one ("RangeError", …) and `stack` the worker's.
export class WorkerError extends Error {
  constructor(name: string, message: string, stack?: string) {
    super(message)
    this.name = name
    if (stack != null) this.stack = stack
  }

  static from(error: SerializedError): WorkerError {
    return new WorkerError(error.name, error.message, error.stack)
  }
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack }
  return { name: "Error", message: String(error) }
}
