// The server's log: levels as `bokeh serve --log-level`, one sink that tests can replace.
// The document's warnings are routed here too.
import { setLogSink, type LogLevel } from "../document/index.ts"

export type ServerLogLevel = LogLevel | "trace" | "critical"

const ORDER: Record<ServerLogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4, critical: 5 }

export type ServerLogSink = (level: ServerLogLevel, message: string) => void

const consoleSink: ServerLogSink = (level, message) => {
  const line = `${new Date().toISOString()} ${level.toUpperCase()}: ${message}`
  if (ORDER[level] >= ORDER.warn) console.error(line)
  else console.log(line)
}

let threshold = ORDER.info
let sink: ServerLogSink = consoleSink

export function setLogLevel(level: ServerLogLevel): void {
  if (!(level in ORDER)) throw new Error(`unknown log level ${level}; expected one of ${Object.keys(ORDER).join(", ")}`)
  threshold = ORDER[level]
}

export function setServerLogSink(next: ServerLogSink | null): void {
  sink = next ?? consoleSink
}

export const logger = {
  log(level: ServerLogLevel, message: string): void {
    if (ORDER[level] >= threshold) sink(level, message)
  },
  debug: (message: string) => logger.log("debug", message),
  info: (message: string) => logger.log("info", message),
  warn: (message: string) => logger.log("warn", message),
  error: (message: string) => logger.log("error", message),
}

// "message: stack" for a thrown value, for the log.
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`
  return String(error)
}

setLogSink((level, message) => logger.log(level, message))
