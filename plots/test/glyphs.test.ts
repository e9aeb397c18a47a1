// Glyph methods: arguments, inline columns, field-or-value strings, visual shorthands and
// state glyphs, units, legends, stacks, hexbin, and the errors for bad input.
import assert from "node:assert/strict"
import { describe, test } from "node:test"
import {
  AjaxDataSource, Circle, ColumnDataSource, Document, Legend, LinearColorMapper, NDArray, Stack, VBar,
  type Glyph, type GlyphRenderer,
} from "../../document/index.ts"
import { figure } from "../figure.ts"
import { axialToCartesian, cartesianToAxial, hexbin } from "../hex.ts"
import { Greys9, Viridis256 } from "../palettes.ts"
import { value } from "../transform.ts"
import { DEFAULT_COLOR } from "../visuals.ts"

const dataOf = (r: GlyphRenderer) => (r.dataSource as ColumnDataSource).data
const spec = (g: Glyph, name: string) => g.getValue(name)

describe("arguments and columns", () => {
  test("positional values and options; arrays become columns named after their property", () => {
    const p = figure()
    const r = p.line([1, 2, 3], new Float64Array([4, 5, 6]), { lineWidth: 2 })
    assert.deepEqual(Object.keys(dataOf(r)), ["x", "y"])
    assert.deepEqual(spec(r.glyph, "x"), { field: "x" })
    assert.deepEqual(spec(r.glyph, "y"), { field: "y" })
    assert.ok(dataOf(r).y instanceof Float64Array)
    assert.equal(r.glyph.lineWidth, 2)
    assert.deepEqual(p.renderers, [r])
  })

  test("everything in one options object works the same", () => {
    const r = figure().vbar({ x: [1, 2], top: [3, 4], width: 0.5 })
    assert.deepEqual(Object.keys(dataOf(r)), ["x", "top"])
    assert.equal(r.glyph.width, 0.5)
    assert.ok(r.glyph instanceof VBar)
  })

  test("one array given for several properties (color) is one column named after the option", () => {
    const colors = ["red", "green"]
    const r = figure().scatter([1, 2], [3, 4], { color: colors })
    assert.deepEqual(Object.keys(dataOf(r)), ["color", "x", "y"])
    assert.deepEqual(spec(r.glyph, "fill_color"), { field: "color" })
    assert.deepEqual(spec(r.glyph, "line_color"), { field: "color" })
  })

  test("Dates become milliseconds since the epoch", () => {
    const r = figure({ xAxisType: "datetime" }).line([new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 2))], [1, 2])
    assert.deepEqual(Array.from(dataOf(r).x as Float64Array), [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)])
  })

  test("a source given as columns by name", () => {
    const r = figure().scatter({ x: "a", y: "b", source: { a: [1, 2], b: [3, 4] } })
    assert.ok(r.dataSource instanceof ColumnDataSource)
    assert.deepEqual(spec(r.glyph, "x"), { field: "a" })
  })

  test("mismatched column lengths are an error naming the columns", () => {
    assert.throws(() => figure().line([1, 2, 3], [1, 2]), /line\(\): columns must all have the same length, but 'x' has 3 and 'y' has 2/)
    assert.throws(() => figure().line({ x: "a", y: "b", source: { a: [1], b: [1, 2] } }), /'a' has 1 and 'b' has 2/)
  })

  test("arrays together with a source are an error, as in Bokeh", () => {
    const source = new ColumnDataSource({ data: { x: [1, 2], y: [3, 4] } })
    assert.throws(() => figure().scatter({ x: "x", y: [5, 6], color: ["red", "blue"], source }), /expected 'y' and 'color' to name columns of the given source/)
  })

  test("too many positional values, or options not last, are errors", () => {
    const p = figure()
    assert.throws(() => (p.line as (...a: unknown[]) => unknown)([1], [2], [3], {}), /line\(\) takes up to 2 positional values \(x, y\)/)
    assert.throws(() => (p.line as (...a: unknown[]) => unknown)({ lineWidth: 2 }, [2], {}), /options object must come last/)
    assert.throws(() => p.line([1], [2], { x: [3] }), /'x' is given both positionally and as an option/)
  })

  test("a 2-D array is not a column: images go in a list", () => {
    const img = new NDArray(new Float64Array(4), [2, 2])
    assert.throws(() => figure().image({ image: img as never, x: 0, y: 0, dw: 1, dh: 1 }), /image is a 2-D array; columns are 1-D \(put images in a list: image: \[image\]\)/)
    const r = figure().image({ image: [img], x: 0, y: 0, dw: 1, dh: 1 })
    assert.equal((dataOf(r).image as NDArray[])[0], img)
  })
})

describe("strings: field or value", () => {
  const source = () => new ColumnDataSource({ data: { x: [1, 2], y: [3, 4], red: [5, 6], label: ["a", "b"], c: ["blue", "navy"] } })

  test("a column name is a field, anything else a value when the property takes it", () => {
    const r = figure().text({ x: "x", y: "y", text: "label", textColor: "c", source: source() })
    assert.deepEqual(spec(r.glyph, "text"), { field: "label" })
    assert.deepEqual(spec(r.glyph, "text_color"), { field: "c" })
    const fixed = figure().text({ x: "x", y: "y", text: "hello", textColor: "green", source: source() })
    assert.deepEqual(spec(fixed.glyph, "text"), { value: "hello" })
    assert.deepEqual(spec(fixed.glyph, "text_color"), { value: "green" })
  })

  test("a column wins over a value of the same spelling", () => {
    const r = figure().scatter({ x: "x", y: "y", size: "red", fillColor: "red", source: source() })
    assert.deepEqual(spec(r.glyph, "size"), { field: "red" })
    assert.deepEqual(spec(r.glyph, "fill_color"), { field: "red" })
  })

  test("a string that is neither is an error listing the columns", () => {
    assert.throws(() => figure().scatter({ x: "x", y: "y", size: "sise", source: source() }),
      /scatter\(\): size="sise" is neither a column of the data source \(the source's columns are 'x', 'y', 'red', 'label' and 'c'\) nor a valid ScreenSizeSpec value/)
    assert.throws(() => figure().scatter({ x: "x", y: "y", fillColor: "notacolor", source: source() }), /fillColor="notacolor" is neither a column/)
  })

  test("a coordinate string is a factor on a categorical range, a mistyped column otherwise", () => {
    const r = figure({ xRange: ["a", "b"] }).vbar({ x: "a", top: 1, width: 0.5 })
    assert.deepEqual(spec(r.glyph, "x"), { value: "a" })
    assert.throws(() => figure().vbar({ x: "a", top: 1, width: 0.5 }), /x="a" is neither a column of the data source \(the source has no columns\) nor a factor \(the range is not categorical\)/)
  })

  test("strings are columns when the source's columns are not known yet (empty or web sources)", () => {
    const empty = new ColumnDataSource()
    const r = figure().scatter({ x: "a", y: "b", fillColor: "c", lineColor: "red", marker: "square", size: { field: "d" }, source: empty })
    // the strings then read as in Python Bokeh: fields, except colors and enum members
    const doc = new Document()
    doc.addRoot(r)
    const glyph = (doc.toJSON().roots[0] as { attributes: { glyph: { attributes: Record<string, unknown> } } }).attributes.glyph.attributes
    assert.deepEqual([glyph.x, glyph.fill_color, glyph.line_color, glyph.marker, glyph.size], [
      { type: "field", field: "a" }, { type: "field", field: "c" }, { type: "value", value: "red" }, { type: "value", value: "square" }, { type: "field", field: "d" },
    ])
    const web = new AjaxDataSource({ dataUrl: "http://example.test/data" })
    const t = figure().text({ x: "a", y: "b", text: value("hello"), source: web })
    assert.deepEqual(spec(t.glyph, "text"), { value: "hello" })
  })

  test("spec objects pass through; a {field} must name a column", () => {
    const r = figure().scatter({ x: { field: "x" }, y: "y", size: { value: 12 }, source: source() })
    assert.deepEqual(spec(r.glyph, "x"), { field: "x" })
    assert.deepEqual(spec(r.glyph, "size"), { value: 12 })
    assert.throws(() => figure().scatter({ x: { field: "nope" }, y: "y", source: source() }), /x refers to column 'nope', which is not in the data source/)
  })

  test("scalar properties (a line's color) take values only", () => {
    const r = figure().line({ x: "x", y: "y", lineColor: "red", source: source() })
    assert.deepEqual(spec(r.glyph, "line_color"), { value: "red" })
  })
})

describe("visual shorthands and state glyphs", () => {
  test("defaults: every color #1f77b4 (text and hatch black), every alpha 1", () => {
    const r = figure().vbar([1], 0.5, [2])
    for (const name of ["fill_color", "line_color"]) assert.deepEqual(spec(r.glyph, name), { value: DEFAULT_COLOR })
    assert.deepEqual(spec(r.glyph, "hatch_color"), { value: "black" })
    for (const name of ["fill_alpha", "line_alpha", "hatch_alpha"]) assert.equal(spec(r.glyph, name), 1)
    const t = figure().text([1], [2], { text: { value: "t" } })
    assert.deepEqual(spec(t.glyph, "text_color"), { value: "black" })
  })

  test("color and alpha set every color and alpha; a specific option wins", () => {
    const r = figure().vbar([1], 0.5, [2], { color: "navy", alpha: 0.5, lineColor: "white", fillAlpha: 0.8 })
    assert.deepEqual(spec(r.glyph, "fill_color"), { value: "navy" })
    assert.deepEqual(spec(r.glyph, "hatch_color"), { value: "navy" })
    assert.deepEqual(spec(r.glyph, "line_color"), { value: "white" })
    assert.equal(spec(r.glyph, "fill_alpha"), 0.8)
    assert.equal(spec(r.glyph, "line_alpha"), 0.5)
  })

  test("a bare trait applies only where the glyph has no property of that name", () => {
    const line = figure().line([1, 2], [1, 2], { width: 3 } as never)
    assert.equal(spec(line.glyph, "line_width"), 3)
    const bar = figure().vbar({ x: [1], top: [1], width: 0.3 })
    assert.equal(spec(bar.glyph, "width"), 0.3)
    assert.equal(bar.glyph.isSet("line_width"), false)
  })

  test("nonselection (alpha 0.1) and muted (alpha 0.2) glyphs always; selection and hover when asked", () => {
    const r = figure().scatter([1], [2], { color: "red" })
    const ns = r.nonselectionGlyph as Glyph, muted = r.mutedGlyph as Glyph
    assert.equal(spec(ns, "fill_alpha"), 0.1)
    assert.equal(spec(muted, "line_alpha"), 0.2)
    assert.deepEqual(spec(ns, "fill_color"), { value: "red" })
    assert.equal(r.selectionGlyph, "auto")
    assert.equal(r.hoverGlyph, null)
    const h = figure().scatter([1], [2], { color: "red", hoverColor: "orange", hoverAlpha: 0.9, selectionFillColor: "black", mutedAlpha: 0.05, nonselectionAlpha: 0.3 })
    assert.deepEqual(spec(h.hoverGlyph as Glyph, "fill_color"), { value: "orange" })
    assert.equal(spec(h.hoverGlyph as Glyph, "line_alpha"), 0.9)
    assert.deepEqual(spec(h.selectionGlyph as Glyph, "fill_color"), { value: "black" })
    assert.deepEqual(spec(h.selectionGlyph as Glyph, "line_color"), { value: "red" })
    assert.equal(spec(h.mutedGlyph as Glyph, "fill_alpha"), 0.05)
    assert.equal(spec(h.nonselectionGlyph as Glyph, "fill_alpha"), 0.3)
    // state glyphs share the main glyph's data fields
    assert.deepEqual(spec(h.hoverGlyph as Glyph, "x"), { field: "x" })
  })

  test("an unknown option is an error with suggestions", () => {
    assert.throws(() => figure().line([1], [1], { lineColour: "red" } as never), /line\(\): unexpected option 'lineColour'; did you mean 'lineColor'/)
    assert.throws(() => figure().image({ image: [], x: 0, y: 0, dw: 1, dh: 1, color: "red" } as never), /image\(\): unexpected option 'color'/)
  })

  test("an invalid value is an error naming the option", () => {
    assert.throws(() => figure().line([1], [1], { lineWidth: "wide" as never }), /line\(\): lineWidth="wide" is not a valid value/)
    assert.throws(() => figure().vbar([1], 0.5, [1], { level: "nowhere" as never }), /vbar\(\): invalid level: failed to validate GlyphRenderer/)
  })
})

describe("glyph specifics", () => {
  test("angle and distance units", () => {
    const r = figure().wedge({ x: [0], y: [0], radius: 1, startAngle: [0], endAngle: 90, startAngleUnits: "deg", endAngleUnits: "deg", radiusUnits: "screen" })
    assert.deepEqual(spec(r.glyph, "start_angle"), { field: "start_angle", units: "deg" })
    assert.deepEqual(spec(r.glyph, "end_angle"), { value: 90, units: "deg" })
    assert.deepEqual(spec(r.glyph, "radius"), { value: 1, units: "screen" })
  })

  test("image: palette builds the color mapper; not together with colorMapper", () => {
    const r = figure().image({ image: [new NDArray(new Float64Array(4), [2, 2])], x: 0, y: 0, dw: 1, dh: 1, palette: "Viridis256" })
    const mapper = r.glyph.getValue("color_mapper") as LinearColorMapper
    assert.ok(mapper instanceof LinearColorMapper)
    assert.deepEqual(mapper.palette, Viridis256)
    assert.throws(() => figure().image({ image: [], x: 0, y: 0, dw: 1, dh: 1, palette: Greys9, colorMapper: new LinearColorMapper({ palette: Greys9 }) } as never), /either palette or colorMapper/)
  })

  test("circle() takes a radius; a screen size points to scatter()", () => {
    assert.ok(figure().circle([1], [2], 0.5).glyph instanceof Circle)
    assert.throws(() => figure().circle({ x: [1], y: [2], size: 10 } as never), /use scatter\(\{ size, marker: "circle" \}\)/)
  })

  test("renderer options go to the GlyphRenderer", () => {
    const p = figure()
    const r = p.line([1], [2], { name: "main", level: "overlay", visible: false, xRangeName: "default" })
    assert.equal(r.name, "main")
    assert.equal(r.level, "overlay")
    assert.equal(r.visible, false)
  })

  test("addGlyph wraps a glyph you built", () => {
    const p = figure()
    const source = new ColumnDataSource({ data: { x: [1], y: [2] } })
    const glyph = new Circle({ x: "x", y: "y", radius: 1 })
    const r = p.addGlyph(glyph, { source, name: "c" })
    assert.equal(r.glyph, glyph)
    assert.equal(r.dataSource, source)
    assert.deepEqual(p.renderers, [r])
  })
})

describe("legends", () => {
  test("legendLabel: equal labels share one item", () => {
    const p = figure()
    const a = p.line([1], [1], { legendLabel: "A" })
    const b = p.scatter([1], [1], { legendLabel: "A" })
    const c = p.line([1], [1], { legendLabel: "C" })
    const [legend] = p.legend
    assert.deepEqual(legend!.items.map((i) => i.label), [{ value: "A" }, { value: "C" }])
    assert.deepEqual(legend!.items[0]!.renderers, [a, b])
    assert.deepEqual(legend!.items[1]!.renderers, [c])
    assert.ok(p.center.includes(legend!))
  })

  test("legendField labels from a column; legendGroup one item per distinct value", () => {
    const source = new ColumnDataSource({ data: { x: [1, 2, 3, 4], y: [1, 2, 3, 4], kind: ["b", "a", "b", "c"] } })
    const p = figure()
    p.scatter({ x: "x", y: "y", source, legendField: "kind" })
    const q = figure()
    const r = q.scatter({ x: "x", y: "y", source, legendGroup: "kind" })
    assert.deepEqual(p.legend.items.map((i) => i.label), [{ field: "kind" }])
    const items = q.legend.items
    assert.deepEqual(items.map((i) => [i.label, i.index]), [[{ value: "a" }, 1], [{ value: "b" }, 0], [{ value: "c" }, 3]])
    assert.ok(items.every((i) => i.renderers[0] === r))
  })

  test("a legend placed beforehand (outside) receives the items", () => {
    const p = figure()
    const outside = new Legend()
    p.addLayout(outside, "right")
    p.line([1], [1], { legendLabel: "x" })
    assert.equal(outside.items.length, 1)
    assert.equal(p.center.filter((m) => m instanceof Legend).length, 0)
  })

  test("errors: two legend options, a missing group column, two legends", () => {
    assert.throws(() => figure().line([1], [1], { legendLabel: "a", legendField: "b" }), /only one of legendLabel, legendField and legendGroup/)
    assert.throws(() => figure().line([1], [1], { legendGroup: "nope" }), /legendGroup column 'nope' is not in the glyph's data source/)
    const p = figure()
    p.addLayout(new Legend(), "right")
    p.addLayout(new Legend(), "left")
    assert.throws(() => p.line([1], [1], { legendLabel: "a" }), /has 2 legends/)
  })
})

describe("stacks and hexbin", () => {
  const source = () => new ColumnDataSource({ data: { x: ["a", "b"], y1: [1, 2], y2: [3, 4], y3: [5, 6] } })

  test("vbarStack: Stack expressions over the stackers so far, per-stacker lists, names", () => {
    const p = figure({ xRange: ["a", "b"] })
    const rs = p.vbarStack(["y1", "y2", "y3"], { x: "x", width: 0.9, color: ["red", "green", "blue"], legendLabel: ["one", "two", "three"], source: source() })
    assert.equal(rs.length, 3)
    const fields = (r: GlyphRenderer, name: string) => ((spec(r.glyph, name) as { expr: Stack }).expr).fields
    assert.deepEqual(rs.map((r) => [fields(r, "bottom"), fields(r, "top")]), [[[], ["y1"]], [["y1"], ["y1", "y2"]], [["y1", "y2"], ["y1", "y2", "y3"]]])
    assert.deepEqual(rs.map((r) => r.name), ["y1", "y2", "y3"])
    assert.deepEqual(rs.map((r) => spec(r.glyph, "fill_color")), [{ value: "red" }, { value: "green" }, { value: "blue" }])
    assert.equal(p.legend.items.length, 3)
  })

  test("hbarStack / vlineStack, and the stack errors", () => {
    const p = figure({ yRange: ["a", "b"] })
    const rs = p.hbarStack(["y1", "y2"], { y: "x", height: 0.5, source: source() })
    assert.deepEqual(((spec(rs[1]!.glyph, "left") as { expr: Stack }).expr).fields, ["y1"])
    const lines = figure({ xRange: ["a", "b"] }).vlineStack(["y1", "y2"], { x: "x", source: source() })
    assert.deepEqual(((spec(lines[1]!.glyph, "y") as { expr: Stack }).expr).fields, ["y1", "y2"])
    assert.throws(() => figure().vbarStack(["y1", "y2"], { x: "x", top: 1, source: source() } as never), /'top' is computed from the stackers/)
    assert.throws(() => figure().vbarStack(["y1", "y2"], { x: "x", color: ["red"], source: source() }), /need one value per stacker \(2\), got 1/)
    assert.throws(() => figure().vbarStack([], { x: "x" }), /stackers must be a non-empty list/)
  })

  test("hexbin counts every point once, tiles sorted by q then r", () => {
    const x = [0, 0.1, 5, 5.1, 5.05, -3], y = [0, 0.05, 5, 5, 5.1, 2]
    const bins = hexbin(x, y, 1)
    assert.equal(bins.counts.reduce((a, b) => a + b, 0), x.length)
    const keys = Array.from(bins.q, (q, i) => [q, bins.r[i]!])
    assert.deepEqual(keys, [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!))
    const [r, same] = figure().hexbin(x, y, 1)
    assert.deepEqual(Array.from(same.counts), Array.from(bins.counts))
    assert.deepEqual(Object.keys(dataOf(r)), ["q", "r", "c"])
  })

  test("axial and cartesian coordinates round-trip in both orientations", () => {
    for (const orientation of ["pointytop", "flattop"] as const) {
      for (const [q, r] of [[0, 0], [3, -2], [-4, 5], [7, 1]] as const) {
        const [x, y] = axialToCartesian(q, r, 0.7, orientation, 1.5)
        assert.deepEqual(cartesianToAxial(x + 0.05, y - 0.05, 0.7, orientation, 1.5), [q, r], `${orientation} (${q}, ${r})`)
      }
    }
  })
})
