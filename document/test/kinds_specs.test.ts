import { test } from "node:test"
import assert from "node:assert/strict"

import type { Kind } from "../kinds/kind.ts"
import { validate, pyRepr } from "../kinds/validate.ts"
import { SPECS, specToWire, specFromWire } from "../kinds/specs.ts"
import { STRICT } from "../kinds/strict.ts"
import { refs, interp, stack, sum, range, ok, bad, specOk, specBad } from "./kinds_fixture.ts"

const List = (item: Kind): Kind => ({ type: "List", item })

// --- specs -------------------------------------------------------------------------------------

test("NumberSpec: value, field, expr, transform, units", () => {
  specOk("NumberSpec", 1, 1.5, NaN, true, "x", { value: 1 }, { field: "x" }, { expr: stack },
    { value: 1, transform: interp }, { field: "x", transform: interp }, { type: "value", value: 2 },
    { value: 1, transform: undefined, units: undefined }, { field: "y", transform: null })
  specBad("NumberSpec", [1, 2], "expected a value of type Real, got [1, 2] of type list")
  specBad("NumberSpec", null, "expected a value of type Real, got None of type NoneType")
  specBad("NumberSpec", { value: "x" }, "expected a value of type Real, got x of type str")
  specBad("NumberSpec", { field: 1 }, "expected a field name of type str, got 1 of type int")
  specBad("NumberSpec", { expr: range }, "expected an instance of type Expression, got Range1d(id='p1', ...) of type Range1d")
  specBad("NumberSpec", { expr: sum })
  specBad("NumberSpec", { value: 1, transform: range }, "expected an instance of type Transform, got Range1d(id='p1', ...) of type Range1d")
  specBad("NumberSpec", { value: 1, units: "data" }, "NumberSpec does not take units, got units 'data'")
  specBad("NumberSpec", { value: 1, field: "x" }, "invalid NumberSpec object {'value': 1, 'field': 'x'}: expected exactly one of 'value', 'field' or 'expr'")
  specBad("NumberSpec", { value: 1, foo: 2 }, "invalid NumberSpec object {'value': 1, 'foo': 2}: unexpected key 'foo'")
  specBad("NumberSpec", { type: "field", value: 1 }, "invalid NumberSpec object {'type': 'field', 'value': 1}: type 'field' does not match its 'value' key")
  specBad("NumberSpec", { transform: interp }, "invalid NumberSpec object {'transform': LinearInterpolator(id='p3', ...)}: expected exactly one of 'value', 'field' or 'expr'")
  specOk("IntSpec", 3, "col", { value: 3 })
  specBad("IntSpec", 3.5, "expected a value of type Integral, got 3.5 of type float")
  specOk("BooleanSpec", true, "col")
  specBad("BooleanSpec", 1)
  assert.equal(validate({ type: "Spec", spec: "NumberSpec" }, "junk", refs), null)
  assert.equal(validate({ type: "Spec", spec: "NumberSpec" }, [1], refs), "expected a value of type Real, got [1] of type list")
  assert.equal(validate(List({ type: "Spec", spec: "NumberSpec" }), [1, "x", { value: 2 }], refs), null)
})

test("unit specs check their units", () => {
  specOk("AngleSpec", 1, -1, { value: 90, units: "deg" }, { field: "a", units: "turn" })
  specBad("AngleSpec", { value: 1, units: "foo" }, "invalid units: 'foo'; allowed values are deg, rad, grad or turn")
  specOk("DistanceSpec", 0, 2, { value: 1, units: "screen" }, { field: "r", units: "data" })
  specBad("DistanceSpec", -1, "expected a non-negative number, got -1")
  specBad("DistanceSpec", { value: -1, units: "screen" }, "expected a non-negative number, got -1")
  specBad("DistanceSpec", { value: 1, units: "rad" }, "invalid units: 'rad'; allowed values are screen or data")
  specOk("NullDistanceSpec", null, 1, { value: null })
  specOk("ScreenSizeSpec", 0, 4, "size")
  specBad("ScreenSizeSpec", -4, "expected a non-negative number, got -4")
  specBad("ScreenSizeSpec", { value: 1, units: "screen" })
})

test("ColorSpec: color strings are values, other strings are fields", () => {
  specOk("ColorSpec", "red", "#ff0000", "rgb(1, 2, 3)", [255, 0, 0], null, "my_colors", { value: "red" }, { field: "c" })
  assert.deepEqual(specToWire("ColorSpec", "red"), { value: "red" })
  assert.deepEqual(specToWire("ColorSpec", "my_colors"), { field: "my_colors" })
  assert.deepEqual(specToWire("ColorSpec", null), { value: null })
  specBad("ColorSpec", 5, "expected either None or a value of type Color, got 5")
  specBad("ColorSpec", { value: "notacolor" }, "expected either None or a value of type Color, got 'notacolor'")
  specOk("ColorScalar", "red", null, { value: "blue" })
  specBad("ColorScalar", "notacolor", "expected either None or a value of type Color, got 'notacolor'")
  specBad("ColorScalar", { field: "c" }, "ColorScalar takes a value or an expression, not a field; got {'field': 'c'}")
})

test("enum specs: members are values, other strings are fields (scalars reject them)", () => {
  specOk("MarkerSpec", "circle", "markers", { value: "@custom" })
  assert.deepEqual(specToWire("MarkerSpec", "circle"), { value: "circle" })
  assert.deepEqual(specToWire("MarkerSpec", "markers"), { field: "markers" })
  assert.deepEqual(specToWire("MarkerSpec", "@custom"), { field: "@custom" })
  specBad("MarkerSpec", { value: "blob" })
  for (const [spec, member] of [["FontStyleSpec", "bold italic"], ["TextAlignSpec", "center"], ["TextBaselineSpec", "middle"],
    ["LineJoinSpec", "bevel"], ["LineCapSpec", "butt"], ["OutlineShapeSpec", "ellipse"]] as const) {
    specOk(spec, member, "column", { value: member })
    assert.deepEqual(specToWire(spec, member), { value: member })
    assert.deepEqual(specToWire(spec, "column"), { field: "column" })
    specBad(spec, { value: "column" })
  }
  specOk("FontStyleScalar", "italic")
  specBad("FontStyleScalar", "oblique", "invalid value: 'oblique'; allowed values are normal, italic, bold or bold italic")
  specBad("LineJoinScalar", "x", "invalid value: 'x'; allowed values are miter, round or bevel")
  specBad("TextAlignScalar", "justify")
  specOk("TextAnchorSpec", "auto", "top_left", ["left", 0.5], ["start", "top"], "anchors", { value: [0.2, 0.8] })
  assert.deepEqual(specToWire("TextAnchorSpec", "auto"), { value: "auto" })
  specBad("TextAnchorSpec", { value: ["left", 2] })
})

test("LineDashSpec: names and dash patterns are values", () => {
  specOk("LineDashSpec", "dashed", "4 4", "", [4, 4], "dash_col", { value: [1, 2] })
  assert.deepEqual(specToWire("LineDashSpec", "10 5"), { value: "10 5" })
  assert.deepEqual(specToWire("LineDashSpec", "dash_col"), { field: "dash_col" })
  specBad("LineDashSpec", [1.5], "expected an element of either Enum('solid', 'dashed', 'dotted', 'dotdash', 'dashdot'), Regex('^(\\\\d+(\\\\s+\\\\d+)*)?$') or Seq(Int), got [1.5]")
  specOk("LineDashScalar", "dotted", [2, 2])
  specBad("LineDashScalar", "wiggly")
})

test("FontSizeSpec: CSS sizes are values, digit-led junk is an error", () => {
  specOk("FontSizeSpec", "12px", "1.5em", "100%", "sizes", { value: "10pt" })
  assert.deepEqual(specToWire("FontSizeSpec", "12px"), { value: "12px" })
  assert.deepEqual(specToWire("FontSizeSpec", "sizes"), { field: "sizes" })
  specBad("FontSizeSpec", "6", "'6' is not a valid font size value")
  specBad("FontSizeSpec", "", "'' is not a valid font size value")
  specBad("FontSizeSpec", "10 px", "'10 px' is not a valid font size value")
  specBad("FontSizeSpec", { value: "large" }, "'large' is not a valid font size value")
  specBad("FontSizeSpec", { value: "" }, "empty string is not a valid font size value")
  specOk("FontSizeScalar", "12px", "1.25REM", { value: "9pt" })
  specBad("FontSizeScalar", "large", "'large' is not a valid font size value")
  specBad("FontSizeScalar", 12, "expected a value of type str, got 12 of type int")
})

test("string specs: plain strings are field names, values need {value}", () => {
  specOk("StringSpec", "name", { value: "hello" }, { field: "name" })
  specBad("StringSpec", 5, "expected a value of type str, got 5 of type int")
  assert.deepEqual(specToWire("StringSpec", "name"), { field: "name" })
  specOk("NullStringSpec", null, "col", { value: null }, { value: "x" })
  specOk("FontSpec", "fonts", { value: "helvetica" })
  specOk("StringScalar", "hello", { value: "hello" }, { expr: sum })
  specBad("StringScalar", { expr: stack }, "expected an instance of type ScalarExpression, got Stack(id='p4', ...) of type Stack")
  assert.deepEqual(specToWire("StringScalar", "hello"), { value: "hello" })
  specOk("NullStringScalar", null, "x")
  specBad("NullStringScalar", 1, "expected either None or a value of type String, got 1")
})

test("coordinate specs take numbers, factors and dates", () => {
  specOk("XCoordinateSpec", 1, "x", { value: "a" }, { value: ["a", "b"] }, { value: ["a", "b", "c"] },
    { value: ["a", 0.5] }, new Date(0), { value: new Date(0) }, { expr: stack })
  specBad("XCoordinateSpec", [1, 2])
  specBad("YCoordinateSpec", { value: ["a", "b", "c", "d"] })
  specOk("XOrYCoordinateSpec", 2)
  specOk("XCoordinateSeqSpec", [1, 2, 3], new Float64Array(3), ["a", "b"], [["a", "b"]], "xs", { value: [1, 2] })
  specBad("YCoordinateSeqSpec", [1, {}])
  specOk("XCoordinateSeqSeqSeqSpec", [[[1, 2]], [[3]]], [[new Float64Array(2)]], "xs")
  specBad("YCoordinateSeqSeqSeqSpec", [[1, 2]])
})

test("lenient specs and the fallback for unknown spec names", () => {
  specOk("AnySpec", 1, null, {}, [1], "col")
  specOk("NDArraySpec", new Float64Array(2), [[1]], "col")
  specOk("ArraySpec", [1, "a"], new Int32Array(1), "col")
  specBad("ArraySpec", 1)
  specOk("DictScalar", { a: 1 }, {})
  specBad("DictScalar", [1])
  specOk("AnyScalar", "anything", 1)
  specOk("ArrayScalar", [1])
  specOk("NumberScalar", 1, { value: 1, transform: interp })
  specBad("NumberScalar", "x", "expected a value of type Real, got x of type str")
  specOk("FutureSpec", 1, "x", { value: [] })
})

test("every spec family is in the table", () => {
  for (const [name, def] of Object.entries(SPECS)) {
    assert.equal(typeof def.field, "boolean", name)
    assert.equal(def.field, !name.endsWith("Scalar"), name)
  }
  assert.deepEqual(SPECS.AngleSpec.units, { default: "rad", valid: ["deg", "rad", "grad", "turn"] })
  assert.deepEqual(SPECS.DistanceSpec.units?.default, "data")
})

test("specToWire normalizes to the object form", () => {
  assert.deepEqual(specToWire("NumberSpec", 1), { value: 1 })
  assert.deepEqual(specToWire("NumberSpec", "x"), { field: "x" })
  assert.deepEqual(specToWire("NumberSpec", { value: 1, transform: undefined, units: undefined }), { value: 1 })
  assert.deepEqual(specToWire("NumberSpec", { type: "field", field: "x", transform: interp }), { field: "x", transform: interp })
  assert.deepEqual(specToWire("DistanceSpec", { field: "r", units: "screen" }), { field: "r", units: "screen" })
  assert.deepEqual(specToWire("NumberSpec", { expr: stack }), { expr: stack })
  assert.deepEqual(specToWire("NDArraySpec", [1, 2]), { value: [1, 2] })
})

test("specFromWire preserves the stored format (spec §3.3)", () => {
  assert.equal(specFromWire("NumberSpec", 1, { value: 2 }), 2)
  assert.deepEqual(specFromWire("NumberSpec", 1, { field: "x" }), { field: "x" })
  assert.equal(specFromWire("NumberSpec", "x", { field: "y" }), "y")
  assert.deepEqual(specFromWire("NumberSpec", "x", { value: 3 }), { value: 3 })
  assert.deepEqual(specFromWire("NumberSpec", { value: 1 }, { value: 2 }), { value: 2 })
  assert.deepEqual(specFromWire("NumberSpec", { field: "a" }, { field: "b" }), { field: "b" })
  assert.deepEqual(specFromWire("NumberSpec", 1, { value: 2, transform: interp }), { value: 2, transform: interp })
  assert.deepEqual(specFromWire("NumberSpec", undefined, { value: 2 }), { value: 2 })
  assert.deepEqual(specFromWire("NumberSpec", 1, { value: 2, transform: undefined, units: undefined }), 2)
  assert.equal(specFromWire("NumberSpec", 1, { type: "value", value: 5 } as never), 5)
  assert.equal(specFromWire("ColorSpec", "red", { value: "blue" }), "blue")
  assert.equal(specFromWire("ColorSpec", null, { value: "blue" }), "blue")
  // stored plainly these would read back as a field name, so they stay wrapped
  assert.deepEqual(specFromWire("ColorSpec", "red", { value: "not_a_color" }), { value: "not_a_color" })
  assert.deepEqual(specFromWire("NullStringSpec", null, { value: "hello" }), { value: "hello" })
  assert.equal(specFromWire("StringScalar", "a", { value: "b" }), "b")
  assert.equal(specFromWire("MarkerSpec", "circle", { value: "square" }), "square")
  assert.equal(specFromWire("MarkerSpec", "col", { field: "col2" }), "col2")
  assert.deepEqual(specFromWire("DictScalar", { a: 1 }, { value: { value: 1 } }), { value: { value: 1 } })
})

test("specFromWire keeps units until they change", () => {
  assert.deepEqual(specFromWire("DistanceSpec", { field: "a", units: "screen" }, { field: "woot3" }), { field: "woot3", units: "screen" })
  assert.deepEqual(specFromWire("DistanceSpec", { value: 1, units: "screen" }, { value: 2, units: "data" }), { value: 2, units: "data" })
  assert.deepEqual(specFromWire("DistanceSpec", 1, { value: 2, units: "screen" }), { value: 2, units: "screen" })
  assert.equal(specFromWire("DistanceSpec", 1, { value: 2 }), 2)
  assert.deepEqual(specFromWire("NumberSpec", { value: 1, units: "screen" }, { value: 2 }), { value: 2 })
})

test("specToWire(specFromWire(x)) round-trips the wire object", () => {
  const cases: [string, unknown, Record<string, unknown>][] = [
    ["NumberSpec", 1, { value: 2 }], ["NumberSpec", "x", { field: "y" }], ["NumberSpec", 1, { field: "y" }],
    ["NumberSpec", "x", { value: 1, transform: interp }], ["ColorSpec", "red", { value: "blue" }],
    ["ColorSpec", "red", { value: "col" }], ["ColorSpec", "col", { field: "red" }], ["StringSpec", "a", { value: "b" }],
    ["AngleSpec", 1, { value: 2, units: "deg" }], ["FontSizeSpec", "12px", { value: "6" }], ["NumberSpec", 0, { expr: stack }],
  ]
  for (const [spec, current, wire] of cases) {
    assert.deepEqual(specToWire(spec, specFromWire(spec, current, wire)), wire, `${spec} ${pyRepr(wire, refs)}`)
  }
})

// --- strict overrides --------------------------------------------------------------------------

test("STRICT overrides BokehJS's Any for widget values", () => {
  const check = (key: string, good: unknown[], wrong: unknown[]) => {
    const kind = STRICT[key]
    assert.ok(kind != null, key)
    ok(kind, ...good)
    for (const v of wrong) bad(kind, v)
  }
  check("Slider.value", [1, 2.5], ["1", null, [1]])
  check("Slider.value_throttled", [1], ["x"])
  assert.equal(validate(STRICT["Slider.value"]!, "<b>html</b>", refs), "expected a value of type Real, got <b>html</b> of type str")
  for (const p of ["value", "value_throttled"]) {
    check(`RangeSlider.${p}`, [[1, 2]], [[1], [1, "2"], 1])
    check(`DateSlider.${p}`, [1.6e12, "2024-01-31", "2024-01-31T12:30:00Z", "2024-01-31 12:30:00.123+01:00"], ["junk", "31/01/2024", null])
    check(`DateRangeSlider.${p}`, [[0, 1.6e12], ["2024-01-01", "2024-02-01"]], [[0], "2024-01-01"])
    check(`DatetimeRangeSlider.${p}`, [[0, 1.6e12]], [["x", 1]])
    check(`CategoricalSlider.${p}`, ["a"], [1, null])
  }
  check("Select.value", ["", "a"], [1, null])
  check("GroupFilter.group", ["g"], [1, ["g"]])
  assert.equal(validate(STRICT["Select.value"]!, 1, refs), "expected a value of type str, got 1 of type int")
})
