// Plain objects: `{...}` literals and JSON objects, as opposed to class instances, Maps, arrays.
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

// Sets an own property, also when the key is "__proto__" (a legitimate column or map key on
// the wire, which plain assignment would turn into a prototype change).
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}
