// row / column / layout / gridplot, and the widget re-exports.
import assert from "node:assert/strict"
import { describe, test } from "node:test"
import {
  BoxZoomTool, Column, GridPlot, HelpTool, PanTool, Row, SaveTool, ToolProxy, WheelZoomTool,
} from "../../document/index.ts"
import { allModelNames, schemaOf } from "../../document/model/schema.ts"
import { figure } from "../figure.ts"
import { column, gridplot, layout, row } from "../layouts.ts"
import * as widgets from "../widgets.ts"

describe("row, column, layout", () => {
  test("row and column hold their children; sizing reaches children without their own", () => {
    const a = figure(), b = figure({ sizingMode: "fixed" })
    const r = row([a, b], { sizingMode: "stretch_width", spacing: 5 })
    assert.ok(r instanceof Row)
    assert.deepEqual(r.children, [a, b])
    assert.equal(r.spacing, 5)
    assert.equal(a.sizingMode, "stretch_width")
    assert.equal(b.sizingMode, "fixed")
    const c = column([figure()])
    assert.ok(c instanceof Column)
    assert.throws(() => row([a, "text" as never]), /row\(\): child 1 must be a UIElement/)
  })

  test("layout: the outer list is a column, inner lists rows, deeper lists columns", () => {
    const [a, b, c, d] = [figure(), figure(), figure(), figure()]
    const l = layout([[a, b], [c, [d]]])
    assert.ok(l instanceof Column)
    const [first, second] = l.children as [Row, Row]
    assert.ok(first instanceof Row && second instanceof Row)
    assert.deepEqual(first.children, [a, b])
    assert.ok(second.children[1] instanceof Column)
    assert.deepEqual((second.children[1] as Column).children, [d])
  })
})

describe("gridplot", () => {
  test("cells at their row and column, empty cells left out, sizes applied", () => {
    const [a, b, c] = [figure(), figure(), figure()]
    const g = gridplot([[a, b], [null, c]], { width: 250, height: 200 })
    assert.ok(g instanceof GridPlot)
    assert.deepEqual(g.children.map(([m, y, x]) => [m, y, x]), [[a, 0, 0], [b, 0, 1], [c, 1, 1]])
    assert.deepEqual([a.width, c.height], [250, 200])
    assert.equal(g.toolbarLocation, "above")
    const flat = gridplot([a, b, c], { ncols: 2 })
    assert.deepEqual(flat.children.map(([, y, x]) => [y, x]), [[0, 0], [0, 1], [1, 0]])
  })

  test("one toolbar: like tools become ToolProxies, save is one tool, plots lose their toolbars", () => {
    const a = figure(), b = figure({ tools: "pan,xwheel_zoom,save" })
    const g = gridplot([[a, b]])
    assert.equal(a.toolbarLocation, null)
    assert.equal(b.toolbarLocation, null)
    const tools = g.toolbar.tools
    const proxies = tools.filter((t): t is ToolProxy => t instanceof ToolProxy)
    const pan = proxies.find((p) => p.tools[0] instanceof PanTool)!
    assert.deepEqual(pan.tools, [a.toolbar.tools[0], b.toolbar.tools[0]])
    // wheel zooms of different dimensions stay apart
    const zooms = proxies.filter((p) => p.tools[0] instanceof WheelZoomTool)
    assert.deepEqual(zooms.map((z) => z.tools.length), [1, 1])
    assert.equal(tools.filter((t) => t instanceof SaveTool).length, 1)
    assert.ok(proxies.some((p) => p.tools[0] instanceof BoxZoomTool) && proxies.some((p) => p.tools[0] instanceof HelpTool))
  })

  test("mergeTools: false keeps each plot's toolbar; bad arguments are errors", () => {
    const a = figure()
    const g = gridplot([[a]], { mergeTools: false, toolbarLocation: null })
    assert.equal(a.toolbarLocation, "right")
    assert.equal(g.toolbar.tools.length, 0)
    assert.throws(() => gridplot([[a]], { ncols: 2 }), /with ncols, give a flat list/)
    assert.throws(() => gridplot([a]), /give rows \(a list of lists\) or a flat list with ncols/)
  })
})

describe("widgets", () => {
  test("every widget model BokehJS registers is exported by plots/widgets.ts", () => {
    const bases = ["Widget", "TableColumn", "CellFormatter", "CellEditor", "RowAggregator", "GroupingInfo"]
    const expected = allModelNames().filter((name) => !schemaOf(name).abstract && bases.some((base) => name === base || schemaOf(name).ancestors.has(base)))
    assert.ok(expected.length > 50)
    const exported = new Set(Object.keys(widgets))
    assert.deepEqual(expected.filter((name) => !exported.has(name)), [])
  })

  test("typed options construct and validate", () => {
    const slider = new widgets.Slider({ start: 0, end: 10, value: 3, step: 0.5, title: "k" })
    assert.equal(slider.value, 3)
    assert.throws(() => new widgets.Select({ options: 5 as never }), /failed to validate Select/)
  })
})
