// The document's only side channel: warnings upstream logs instead of raising. The server
// replaces the sink to route them into its own logger.

export type LogLevel = "debug" | "info" | "warn" | "error"
export type LogSink = (level: LogLevel, message: string) => void

let sink: LogSink = (level, message) => {
  if (level === "warn" || level === "error") console[level](message)
}

export function setLogSink(next: LogSink): void {
  sink = next
}

export function log(level: LogLevel, message: string): void {
  sink(level, message)
}
