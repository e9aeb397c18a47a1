// Stacked glyphs (vbarStack, hbarStack, vareaStack, hareaStack, vlineStack, hlineStack): one
// glyph call per stacker, its coordinates given by Stack expressions over the stackers so far.
// An option given as a plain array has one value per stacker (colors, legend labels, …); each
// renderer is named after its stacker, for hover's $name.
import { ValueError } from "../document/index.ts"
import { stack } from "./transform.ts"

function broadcast(stackers: readonly string[], options: Readonly<Record<string, unknown>>, where: string): Array<Record<string, unknown>> {
  const lengths = new Set(Object.values(options).filter(Array.isArray).map((v) => (v as unknown[]).length))
  if (lengths.size > 1) {
    throw new ValueError(`${where}: options given as lists must all have the same length, got lengths ${[...lengths].sort((a, b) => a - b).join(", ")}`)
  }
  if (lengths.size === 1 && !lengths.has(stackers.length)) {
    throw new ValueError(`${where}: options given as lists need one value per stacker (${stackers.length}), got ${[...lengths][0]}`)
  }
  return stackers.map((stacker, i) => {
    const call: Record<string, unknown> = { name: stacker }
    for (const [key, value] of Object.entries(options)) call[key] = Array.isArray(value) ? value[i] : value
    return call
  })
}

function checkStackers(stackers: readonly string[], specs: readonly string[], options: Readonly<Record<string, unknown>>, where: string): void {
  if (!Array.isArray(stackers) || stackers.length === 0 || !stackers.every((s) => typeof s === "string")) {
    throw new ValueError(`${where}: stackers must be a non-empty list of column names`)
  }
  for (const spec of specs) {
    if (Object.hasOwn(options, spec)) throw new ValueError(`${where}: '${spec}' is computed from the stackers and cannot be given`)
  }
}

// Stacks between two coordinates: bottom/top of bars, y1/y2 of areas, …
export function doubleStack(stackers: readonly string[], lower: string, upper: string, options: Readonly<Record<string, unknown>>, where: string): Array<Record<string, unknown>> {
  checkStackers(stackers, [lower, upper], options, where)
  return broadcast(stackers, options, where).map((call, i) => ({
    ...call,
    [lower]: stack(...stackers.slice(0, i)),
    [upper]: stack(...stackers.slice(0, i + 1)),
  }))
}

// Stacks one coordinate: the y of stacked lines.
export function singleStack(stackers: readonly string[], coordinate: string, options: Readonly<Record<string, unknown>>, where: string): Array<Record<string, unknown>> {
  checkStackers(stackers, [coordinate], options, where)
  return broadcast(stackers, options, where).map((call, i) => ({ ...call, [coordinate]: stack(...stackers.slice(0, i + 1)) }))
}
