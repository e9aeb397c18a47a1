// figure(): ranges, scales, axes and grids, tools and active tools, title, pass-through Plot
// options, the styling accessors and addLayout.
import assert from "node:assert/strict"
import { describe, test } from "node:test"
import {
  BoxZoomTool, CategoricalAxis, CategoricalScale, DataRange1d, DatetimeAxis, FactorRange, Grid, HelpTool,
  HoverTool, Legend, LinearAxis, LinearScale, LogAxis, LogScale, MercatorAxis, PanTool, Range1d, ResetTool,
  SaveTool, TapTool, TimedeltaAxis, Title, WheelZoomTool, type BasicTicker, type MercatorTicker,
} from "../../document/index.ts"
import { Figure, figure } from "../figure.ts"

describe("figure() defaults", () => {
  test("a Figure with Bokeh's default tools, data ranges, linear scales, axes and grids", () => {
    const p = figure()
    assert.ok(p instanceof Figure)
    assert.equal(p.type, "Figure")
    assert.deepEqual(p.toolbar.tools.map((t) => t.constructor), [PanTool, WheelZoomTool, BoxZoomTool, SaveTool, ResetTool, HelpTool])
    assert.ok(p.xRange instanceof DataRange1d && p.yRange instanceof DataRange1d)
    assert.ok(p.xScale instanceof LinearScale && p.yScale instanceof LinearScale)
    assert.equal(p.below.length, 1)
    assert.ok(p.below[0] instanceof LinearAxis)
    assert.ok(p.left[0] instanceof LinearAxis)
    assert.deepEqual(p.grids.map((g) => [g.dimension, g.axis]), [[0, p.below[0]], [1, p.left[0]]])
    assert.equal((p.xaxes[0]!.ticker as BasicTicker).numMinorTicks, 5)
  })

  test("Plot options pass through; unknown ones are errors with suggestions", () => {
    const p = figure({ width: 300, height: 200, sizingMode: "stretch_width", toolbarLocation: "above", backgroundFillColor: "#eee", borderFillColor: "black", matchAspect: true })
    assert.deepEqual([p.width, p.height, p.sizingMode, p.toolbarLocation, p.backgroundFillColor, p.borderFillColor, p.matchAspect], [300, 200, "stretch_width", "above", "#eee", "black", true])
    assert.throws(() => figure({ widht: 300 } as never), /figure\(\): unexpected option 'widht'; did you mean 'width'/)
    assert.throws(() => figure({ xAxisTipe: "log" } as never), /did you mean 'xAxisType'/)
    assert.throws(() => figure({ width: "wide" as never }), /failed to validate Figure.*width/)
  })

  test("the title: a string becomes a Title model", () => {
    const p = figure({ title: "hello" })
    assert.ok(p.title instanceof Title)
    assert.equal(p.title.text, "hello")
    p.title = "again"
    assert.equal(p.title.text, "again")
    p.title.align = "center"
    const t = new Title({ text: "mine" })
    assert.equal(figure({ title: t }).title, t)
    const none = figure({ title: null })
    assert.throws(() => none.title.text, /title is null/)
  })
})

describe("ranges, scales and axes", () => {
  test("factors → FactorRange, CategoricalScale and CategoricalAxis (nested factors too)", () => {
    const p = figure({ xRange: ["a", "b"], yRange: [["x", "1"], ["x", "2"]] })
    assert.ok(p.xRange instanceof FactorRange)
    assert.deepEqual((p.xRange as FactorRange).factors, ["a", "b"])
    assert.deepEqual((p.yRange as FactorRange).factors, [["x", "1"], ["x", "2"]])
    assert.ok(p.xScale instanceof CategoricalScale && p.yScale instanceof CategoricalScale)
    assert.ok(p.below[0] instanceof CategoricalAxis && p.left[0] instanceof CategoricalAxis)
  })

  test("[start, end] → Range1d; Dates make an auto axis a datetime axis", () => {
    const p = figure({ xRange: [0, 10], yRange: [new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 1, 1))] })
    assert.ok(p.xRange instanceof Range1d)
    assert.deepEqual([(p.xRange as Range1d).start, (p.xRange as Range1d).end], [0, 10])
    assert.equal((p.yRange as Range1d).start, Date.UTC(2024, 0, 1))
    assert.ok(p.below[0] instanceof LinearAxis && p.left[0] instanceof DatetimeAxis)
    const given = new Range1d({ start: 1, end: 2 })
    assert.equal(figure({ xRange: given }).xRange, given)
  })

  test("bad ranges are errors", () => {
    assert.throws(() => figure({ xRange: [1, 2, 3] as never }), /xRange: expected a Range, \[start, end\] or a list of factors/)
    assert.throws(() => figure({ xRange: ["a", ["b", "c"]] as never }), /factors must all have the same number of levels/)
    assert.throws(() => figure({ xRange: ["a"], xAxisType: "log" }), /categorical range needs an "auto" axis type/)
  })

  test("axis types", () => {
    const p = figure({ xAxisType: "log", yAxisType: "datetime" })
    assert.ok(p.xScale instanceof LogScale && p.below[0] instanceof LogAxis)
    assert.equal((p.below[0] as LogAxis).ticker.getValue("num_minor_ticks"), 10)
    assert.ok(p.left[0] instanceof DatetimeAxis)
    const m = figure({ xAxisType: "mercator", yAxisType: "mercator" })
    assert.ok(m.below[0] instanceof MercatorAxis)
    assert.equal(((m.below[0] as MercatorAxis).ticker as MercatorTicker).dimension, "lon")
    assert.equal(((m.left[0] as MercatorAxis).ticker as MercatorTicker).dimension, "lat")
    assert.ok(figure({ xAxisType: "timedelta" }).below[0] instanceof TimedeltaAxis)
    const none = figure({ xAxisType: null })
    assert.equal(none.below.length, 0)
    assert.deepEqual(none.grids.map((g) => g.dimension), [1])
    assert.throws(() => figure({ xAxisType: "polar" as never }), /unknown axis type 'polar'/)
  })

  test("axis locations, labels and minor ticks", () => {
    const p = figure({ xAxisLocation: "above", yAxisLocation: "right", xAxisLabel: "time", yMinorTicks: 3, xMinorTicks: null })
    assert.equal(p.below.length, 0)
    assert.equal((p.above[0] as LinearAxis).axisLabel, "time")
    assert.ok(p.right[0] instanceof LinearAxis)
    assert.equal(((p.right[0] as LinearAxis).ticker as BasicTicker).numMinorTicks, 3)
    assert.equal(((p.above[0] as LinearAxis).ticker as BasicTicker).numMinorTicks, 0)
    const hidden = figure({ yAxisLocation: null })
    assert.equal(hidden.left.length + hidden.right.length, 0)
    assert.equal(hidden.grids.length, 2)
    assert.throws(() => figure({ xAxisLocation: "left" as never }), /xAxisLocation must be "above" or "below" or null/)
    assert.throws(() => figure({ xMinorTicks: 1 }), /minor ticks must be an integer greater than 1/)
  })
})

describe("tools", () => {
  test("names, instances and tooltips", () => {
    const tap = new TapTool()
    const p = figure({ tools: ["pan", tap, "hover"], tooltips: [["value", "@y"]] })
    const tools = p.toolbar.tools
    assert.deepEqual(tools.map((t) => t.constructor), [TapTool, PanTool, HoverTool])
    assert.deepEqual((tools[2] as HoverTool).tooltips, [["value", "@y"]])
    const q = figure({ tools: "xpan, ywheel_zoom", tooltips: "@x" })
    assert.equal((q.toolbar.tools[0] as PanTool).dimensions, "width")
    assert.equal((q.toolbar.tools[1] as WheelZoomTool).dimensions, "height")
    assert.ok(q.toolbar.tools[2] instanceof HoverTool)
    assert.equal(q.hover.tooltips, "@x")
    assert.equal(figure({ tools: "" }).toolbar.tools.length, 0)
  })

  test("active tools by name or instance; unknown names are errors", () => {
    const p = figure({ tools: "pan,box_zoom,wheel_zoom,xwheel_zoom", activeDrag: "box_zoom", activeScroll: "xwheel_zoom", activeInspect: null })
    assert.ok(p.toolbar.activeDrag instanceof BoxZoomTool)
    assert.equal((p.toolbar.activeScroll as WheelZoomTool).dimensions, "width")
    assert.equal(p.toolbar.activeInspect, null)
    assert.throws(() => figure({ tools: "pan", activeDrag: "box_zoom" }), /activeDrag: 'box_zoom' is not one of the tools named in 'tools' \(the names given are 'pan'\)/)
    assert.throws(() => figure({ tools: "pan,wheel_zom" }), /unknown tool name 'wheel_zom'; did you mean 'wheel_zoom'/)
    assert.throws(() => figure({ tools: "pan", toolbar: p.toolbar }), /either tools or toolbar/)
  })
})

describe("styling accessors", () => {
  test("p.xaxis / p.axis / p.grid set a property on every model", () => {
    const p = figure({ yAxisLocation: "right" })
    p.axis.axisLabelTextColor = "red"
    assert.deepEqual(p.axes.map((a) => a.axisLabelTextColor), ["red", "red"])
    assert.equal(p.axis.axisLabelTextColor, "red")
    p.xaxis.axisLabel = "x only"
    assert.equal(p.xaxis[0]!.axisLabel, "x only")
    assert.equal(p.xaxis.length, 1)
    assert.deepEqual([...p.grid].map((g) => g instanceof Grid), [true, true])
    p.ygrid.gridLineColor = null
    assert.deepEqual(p.grids.map((g) => g.gridLineColor), ["#e5e5e5", null])
  })

  test("reading values that differ, bad values and empty lists are errors", () => {
    const p = figure()
    p.xaxis.axisLabel = "a"
    assert.throws(() => p.axis.axisLabel, /holds 2 models whose 'axisLabel' differ/)
    assert.throws(() => { p.axis.majorLabelOrientation = "sideways" as never }, /failed to validate/)
    assert.deepEqual(p.axes.map((a) => a.majorLabelOrientation), ["horizontal", "horizontal"])
    assert.throws(() => { figure({ xAxisLocation: null }).xaxis.visible = false }, /p.xaxis is empty/)
    assert.throws(() => { (p.axis as unknown as { nonsense: number }).nonsense = 1 }, /has no property 'nonsense'/)
  })

  test("p.legend creates one legend once; addLayout moves models between panels", () => {
    const p = figure()
    p.legend.location = "top_left"
    p.legend.location = "bottom_left"
    const legends = p.center.filter((m) => m instanceof Legend)
    assert.equal(legends.length, 1)
    p.addLayout(legends[0]!, "right")
    assert.deepEqual(p.right, legends)
    assert.equal(p.center.filter((m) => m instanceof Legend).length, 0)
    assert.throws(() => p.addLayout(legends[0]!, "middle" as never), /place must be one of/)
  })
})
