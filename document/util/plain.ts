// Plain objects: `{...}` literals and JSON objects, as opposed to class instances, Maps, arrays.
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
