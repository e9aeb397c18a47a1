// The document's only side channel: warnings upstream logs instead of raising. The server
// replaces the sink to route them into its own logger.

export type LogLevel = "debug" | "info" | "warn" | "error"
export type LogSink = (level: LogLevel, message: string) => void

const consoleSink: LogSink = (level, message) => {
  if (level === "warn" || level === "error") console[level](message)
}

let sink: LogSink = consoleSink

export function setLogSink(next: LogSink | null): void {
  sink = next ?? consoleSink
}

export function log(level: LogLevel, message: string): void {
  sink(level, message)
}

// Runs `fn` with the messages it logs collected instead of printed.
export function captureLog<T>(fn: () => T): { result: T; messages: Array<[LogLevel, string]> } {
  const messages: Array<[LogLevel, string]> = []
  const previous = sink
  sink = (level, message) => { messages.push([level, message]) }
  try {
    return { result: fn(), messages }
  } finally {
    sink = previous
  }
}
