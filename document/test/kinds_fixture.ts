// Shared by the kinds/specs tests: a fake model world and assertion helpers.
import assert from "node:assert/strict"

import type { Kind } from "../kinds/kind.ts"
import { validate, describeKind, pyRepr, type RefCheck } from "../kinds/validate.ts"
import { validateSpec } from "../kinds/specs.ts"

export class FakeModel {
  constructor(readonly name: string, readonly id: string) {}
}

const PARENT: Record<string, string> = {
  Range: "Model", Range1d: "Range", DataRange: "Range", DataRange1d: "DataRange", Slider: "Model",
  Transform: "Model", Interpolator: "Transform", LinearInterpolator: "Interpolator",
  Expression: "Model", Stack: "Expression", ScalarExpression: "Model", Sum: "ScalarExpression",
}

export const refs: RefCheck = {
  modelName: (v) => (v instanceof FakeModel ? v.name : null),
  isSubtype(name, base) {
    for (let n: string | undefined = name; n != null; n = PARENT[n]) if (n === base) return true
    return false
  },
}

export const range = new FakeModel("Range1d", "p1")
export const slider = new FakeModel("Slider", "p2")
export const interp = new FakeModel("LinearInterpolator", "p3")
export const stack = new FakeModel("Stack", "p4")
export const sum = new FakeModel("Sum", "p5")

export function ok(kind: Kind, ...values: unknown[]): void {
  for (const v of values) assert.equal(validate(kind, v, refs), null, `${describeKind(kind)} should accept ${pyRepr(v, refs)}`)
}

export function bad(kind: Kind, value: unknown, message?: string): void {
  const error = validate(kind, value, refs)
  assert.notEqual(error, null, `${describeKind(kind)} should reject ${pyRepr(value, refs)}`)
  if (message !== undefined) assert.equal(error, message)
}

export function specOk(spec: string, ...values: unknown[]): void {
  for (const v of values) assert.equal(validateSpec(spec, v, refs), null, `${spec} should accept ${pyRepr(v, refs)}`)
}

export function specBad(spec: string, value: unknown, message?: string): void {
  const error = validateSpec(spec, value, refs)
  assert.notEqual(error, null, `${spec} should reject ${pyRepr(value, refs)}`)
  if (message !== undefined) assert.equal(error, message)
}
