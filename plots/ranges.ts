// figure()'s x_range / y_range forms and the scale each range takes, as bokeh.plotting does:
// nothing → DataRange1d (fits the data), [start, end] → Range1d, a list of factors → FactorRange.
import {
  CategoricalScale, DataRange1d, FactorRange, LinearScale, LogScale, Range, Range1d, ValueError,
  type Scale,
} from "../document/index.ts"
import type { Factors } from "./mappers.ts"
import { quote } from "./util.ts"

export type RangeLike = Range | readonly [number | Date, number | Date] | Factors

export type AxisType = "auto" | "linear" | "log" | "datetime" | "timedelta" | "mercator" | null

const isFactor = (f: unknown): boolean =>
  typeof f === "string" || (Array.isArray(f) && f.length >= 2 && f.length <= 3 && f.every((level) => typeof level === "string"))

const isBound = (b: unknown): b is number | Date => (typeof b === "number" && !Number.isNaN(b)) || (b instanceof Date && !isNaN(b.getTime()))

export function getRange(input: RangeLike | null | undefined, which: string): Range {
  if (input == null) return new DataRange1d()
  if (input instanceof Range) return input
  if (Array.isArray(input)) {
    if (input.length > 0 && input.every(isFactor)) {
      const levels = new Set(input.map((f) => (typeof f === "string" ? 1 : f.length)))
      if (levels.size > 1) throw new ValueError(`${which}: factors must all have the same number of levels, got ${quote(input)}`)
      return new FactorRange({ factors: input as Factors })
    }
    if (input.length === 2 && input.every(isBound)) {
      const [start, end] = input.map((b) => (b instanceof Date ? b.getTime() : b)) as [number, number]
      return new Range1d({ start, end })
    }
  }
  throw new ValueError(`${which}: expected a Range, [start, end] or a list of factors, got ${quote(input)}`)
}

// True for a [start, end] range given as Dates: the "auto" axis of such a range is a datetime axis.
export function isDateRange(input: RangeLike | null | undefined): boolean {
  return Array.isArray(input) && input.length === 2 && input[0] instanceof Date
}

export function getScale(range: Range, axisType: AxisType): Scale {
  if (range instanceof FactorRange) {
    if (axisType != null && axisType !== "auto") throw new ValueError(`a categorical range needs an "auto" axis type, got "${axisType}"`)
    return new CategoricalScale()
  }
  return axisType === "log" ? new LogScale() : new LinearScale()
}
