// Python-style slices (as used in ColumnDataSource patches) and the small amount of Python
// value formatting that the normative error messages of spec §11.2 need.

import { PY_REPR, pyNumber } from "../util/python.ts"

// A slice as it travels in a ColumnsPatched event: `{"type":"slice","start":…,"stop":…,"step":…}`.
// `null` means "not given" (Python `None`).
export class Slice {
  constructor(
    readonly start: number | null = null,
    readonly stop: number | null = null,
    readonly step: number | null = null,
  ) {}

  [PY_REPR](): string {
    return this.toString()
  }

  // Python form, e.g. `slice(10, 1, None)`.
  toString(): string {
    return `slice(${pyBound(this.start)}, ${pyBound(this.stop)}, ${pyBound(this.step)})`
  }

  // The defaults a patch uses (and BokehJS's `slice()`): start 0, stop `length`, step 1.
  // No clamping and no negative-index wrapping: patch validation rejects those cases first.
  resolve(length: number): ResolvedSlice {
    const start = this.start ?? 0
    const stop = this.stop ?? length
    const step = this.step ?? 1
    return { start, stop, step, count: sliceCount(start, stop, step) }
  }
}

export type ResolvedSlice = { readonly start: number, readonly stop: number, readonly step: number, readonly count: number }

// Number of positions start, start+step, … that are < stop (step > 0).
export function sliceCount(start: number, stop: number, step: number): number {
  return stop > start ? Math.ceil((stop - start) / step) : 0
}

export function isSlice(value: unknown): value is Slice {
  return value instanceof Slice
}

function pyBound(value: number | null): string {
  return value == null ? "None" : pyNumber(value)
}
