// The axis and grid figure() puts on each dimension, chosen from the axis type and the range.
import {
  CategoricalAxis, ContinuousTicker, DatetimeAxis, FactorRange, Grid, LinearAxis, LogAxis, MercatorAxis,
  MercatorTickFormatter, MercatorTicker, Range1d, TimedeltaAxis, ValueError,
  type Axis, type BaseText, type Plot, type Range,
} from "../document/index.ts"
import type { AxisType } from "./ranges.ts"

export type AxisLocation = "above" | "below" | "left" | "right"

export interface AxisSpec {
  readonly type: AxisType
  readonly location: AxisLocation | null
  readonly minorTicks: number | "auto" | null
  readonly label: string | BaseText | null
  // the range was given as Dates: an "auto" axis is then a datetime axis
  readonly dateRange: boolean
}

function makeAxis(spec: AxisSpec, range: Range, dim: 0 | 1): Axis | null {
  switch (spec.type) {
    case null: return null
    case "linear": return new LinearAxis()
    case "log": return new LogAxis()
    case "datetime": return new DatetimeAxis()
    case "timedelta": return new TimedeltaAxis()
    case "mercator": {
      const axis = new MercatorAxis()
      const dimension = dim === 0 ? "lon" : "lat"
      ;(axis.ticker as MercatorTicker).dimension = dimension
      ;(axis.formatter as MercatorTickFormatter).dimension = dimension
      return axis
    }
    case "auto":
      if (range instanceof FactorRange) return new CategoricalAxis()
      if (range instanceof Range1d && spec.dateRange) return new DatetimeAxis()
      return new LinearAxis()
    default:
      throw new ValueError(`unknown axis type '${String(spec.type)}': expected "auto", "linear", "log", "datetime", "timedelta", "mercator" or null`)
  }
}

function minorTickCount(axis: Axis, minorTicks: number | "auto" | null): number {
  if (minorTicks == null) return 0
  if (minorTicks === "auto") return axis instanceof LogAxis ? 10 : 5
  if (!Number.isInteger(minorTicks) || minorTicks <= 1) throw new ValueError(`minor ticks must be an integer greater than 1, got ${minorTicks}`)
  return minorTicks
}

// Adds the axis (on its side) and its grid (in the center) for one dimension of `plot`.
export function addAxisAndGrid(plot: Plot, spec: AxisSpec, range: Range, dim: 0 | 1): void {
  const axis = makeAxis(spec, range, dim)
  if (axis == null) return
  if (axis.ticker instanceof ContinuousTicker) axis.ticker.numMinorTicks = minorTickCount(axis, spec.minorTicks)
  if (spec.label != null && spec.label !== "") axis.axisLabel = spec.label
  plot.center = [...plot.center, new Grid({ dimension: dim, axis })]
  if (spec.location != null) {
    const side = spec.location
    const valid = dim === 0 ? ["above", "below"] : ["left", "right"]
    if (!valid.includes(side)) throw new ValueError(`${dim === 0 ? "xAxisLocation" : "yAxisLocation"} must be ${valid.map((v) => `"${v}"`).join(" or ")} or null, got "${side}"`)
    plot[side] = [...plot[side], axis]
  }
}
