// A short text for a worker's result, for the runners' ready-made views.
export function describeValue(value: unknown): string {
  if (value === undefined) return "none yet"
  if (value instanceof Date) return value.toISOString()
  if (typeof value === "string") return value
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const items = Array.from(value as unknown as ArrayLike<number | bigint>)
    const shown = items.slice(0, 5).map(String).join(", ")
    return `${value.constructor.name}(${items.length}) [${shown}${items.length > 5 ? ", …" : ""}]`
  }
  if (typeof value !== "object" || value === null) return String(value)
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
