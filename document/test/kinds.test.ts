import { test } from "node:test"
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"

import type { Kind } from "../kinds/kind.ts"
import { validate, describeKind, pyRepr, pyTypeName } from "../kinds/validate.ts"
import { isColor, NAMED_COLORS } from "../kinds/color.ts"
import { bokehjsDir } from "../oracle/bokehjs.ts"
import { FakeModel, refs, range, slider, ok, bad } from "./kinds_fixture.ts"

// --- kind shorthands ---------------------------------------------------------------------------

const Float: Kind = { type: "Float" }
const Int: Kind = { type: "Int" }
const Str: Kind = { type: "Str" }
const Bool: Kind = { type: "Bool" }
const Color: Kind = { type: "Color" }
const Opt = (base: Kind): Kind => ({ type: "Opt", base })
const Tuple = (...types: Kind[]): Kind => ({ type: "Tuple", types })
const List = (item: Kind): Kind => ({ type: "List", item })

// --- primitives --------------------------------------------------------------------------------

test("Float accepts numbers (NaN, inf) and booleans, rejects the rest with Python's text", () => {
  ok(Float, 1, 1.5, -3, NaN, Infinity, -Infinity, true, false)
  bad(Float, "junk", "expected a value of type Real, got junk of type str")
  bad(Float, null, "expected a value of type Real, got None of type NoneType")
  bad(Float, undefined, "expected a value of type Real, got None of type NoneType")
  bad(Float, [1, 2], "expected a value of type Real, got [1, 2] of type list")
  bad(Float, { a: 1 }, "expected a value of type Real, got {'a': 1} of type dict")
  bad(Float, range, "expected a value of type Real, got Range1d(id='p1', ...) of type Range1d")
  bad(Float, new Map([["a", 1]]), "expected a value of type Real, got {'a': 1} of type dict")
})

test("Int uses Number.isInteger and accepts booleans", () => {
  ok(Int, 0, 1, -7, 1e20, true)
  bad(Int, 1.5, "expected a value of type Integral, got 1.5 of type float")
  bad(Int, "1", "expected a value of type Integral, got 1 of type str")
  bad(Int, NaN, "expected a value of type Integral, got nan of type float")
})

test("Percent, NonNegative, Positive", () => {
  const Percent: Kind = { type: "Percent" }
  ok(Percent, 0, 0.5, 1, true)
  bad(Percent, 10, "expected a value in range [0, 1], got 10")
  bad(Percent, -0.5, "expected a value in range [0, 1], got -0.5")
  bad(Percent, "x", "expected a value of type Real, got x of type str")
  const NonNegInt: Kind = { type: "NonNegative", base: Int }
  ok(NonNegInt, 0, 5)
  bad(NonNegInt, -1, "expected a non-negative number, got -1")
  bad(NonNegInt, 1.5, "expected a value of type Integral, got 1.5 of type float")
  bad({ type: "NonNegative", base: Float }, NaN, "expected a non-negative number, got nan")
  const Pos: Kind = { type: "Positive", base: Float }
  ok(Pos, 0.1, 3)
  bad(Pos, 0, "expected a positive number, got 0")
  bad(Pos, "x", "expected a value of type Real, got x of type str")
})

test("String rejects numbers, booleans, None and bytes", () => {
  ok(Str, "", "hello")
  bad(Str, 10, "expected a value of type str, got 10 of type int")
  bad(Str, 1.5, "expected a value of type str, got 1.5 of type float")
  bad(Str, true, "expected a value of type str, got True of type bool")
  bad(Str, null, "expected a value of type str, got None of type NoneType")
  bad(Str, new Uint8Array([104, 105]).buffer, "expected a value of type str, got b'hi' of type bytes")
  ok({ type: "CSSLength" }, "10px")
  bad({ type: "CSSLength" }, 10)
})

test("Bool, Null, Bytes, Any, Unknown", () => {
  ok(Bool, true, false)
  bad(Bool, 1, "expected a value of type bool or bool_, got 1 of type int")
  bad(Bool, "true", "expected a value of type bool or bool_, got true of type str")
  ok({ type: "Null" }, null)
  bad({ type: "Null" }, 0, "expected None, got 0")
  ok({ type: "Bytes" }, new Uint8Array(3), new ArrayBuffer(2))
  bad({ type: "Bytes" }, "abc", "expected a value of type bytes, got abc of type str")
  ok({ type: "Any" }, null, undefined, 1, "x", [], {}, range)
  ok({ type: "Unknown" }, null, 1, "x", range)
})

test("Func and Node can never be held on the server", () => {
  bad({ type: "Func" }, () => 1, "a JavaScript function cannot be held by a server-side document, got <function <anonymous>>")
  bad({ type: "Node" }, "div", "a DOM node cannot be held by a server-side document, got 'div'")
  ok({ type: "Nullable", base: { type: "Func" } }, null)
})

test("Enum, PrefixedStr, Regex", () => {
  const E: Kind = { type: "Enum", values: ["a", "b", "c"] }
  ok(E, "a", "c")
  bad(E, "x", "invalid value: 'x'; allowed values are a, b or c")
  bad(E, 1, "invalid value: 1; allowed values are a, b or c")
  ok({ type: "Enum", values: [1, 2] }, 2)
  bad({ type: "Enum", values: [1, 2] }, "1")
  const P: Kind = { type: "PrefixedStr", prefix: "@" }
  ok(P, "@x")
  bad(P, "x", "expected a string starting with '@', got 'x'")
  bad(P, 1, "expected a value of type str, got 1 of type int")
  const R: Kind = { type: "Regex", pattern: "^\\d+$", flags: "g" }
  ok(R, "12", "12", "3")  // a g flag must not make test() stateful
  bad(R, "x1", "expected a string matching '^\\\\d+$' pattern, got 'x1'")
})

test("Nullable, Opt, Or, And", () => {
  const N: Kind = { type: "Nullable", base: Float }
  ok(N, null, 1)
  bad(N, "x", "expected either None or a value of type Float, got 'x'")
  bad(N, undefined)
  ok(Opt(Float), undefined, 2)
  bad(Opt(Float), null, "expected a value of type Real, got None of type NoneType")
  const O: Kind = { type: "Or", types: [Float, Str] }
  ok(O, 1, "x")
  bad(O, [], "expected an element of either Float or String, got []")
  bad({ type: "Or", types: [Int, Str, Bool] }, null, "expected an element of either Int, String or Bool, got None")
  const A: Kind = { type: "And", types: [Float, { type: "NonNegative", base: Float }] }
  ok(A, 1)
  bad(A, -1)
})

// --- containers --------------------------------------------------------------------------------

test("List, NonEmptyList with the first failing item", () => {
  ok(List(Float), [], [1, 2.5, true])
  bad(List(Float), [1, "x"], "expected an element of List(Float), got [1, 'x']: item 1: expected a value of type Real, got x of type str")
  bad(List(Float), "x", "expected an element of List(Float), got 'x'")
  bad(List(Float), new Float64Array(2), "expected an element of List(Float), got array([0, 0])")
  const NE: Kind = { type: "NonEmptyList", item: Int }
  ok(NE, [1])
  bad(NE, [], "expected an element of NonEmpty(List(Int)), got []")
})

test("Arrayable, Iterable and Set accept typed arrays without walking them", () => {
  const A: Kind = { type: "Arrayable", item: Float }
  ok(A, [1, 2], new Float64Array(3), new Int32Array(2))
  bad(A, [1, "x"], "expected an element of Seq(Float), got [1, 'x']: item 1: expected a value of type Real, got x of type str")
  bad({ type: "Arrayable", item: Str }, new Float64Array(1))
  bad(A, new Set([1]))
  const I: Kind = { type: "Iterable", item: Int }
  ok(I, [1], new Set([1, 2]), new Uint8Array(1))
  bad(I, new Set(["x"]))
  const S: Kind = { type: "Set", item: Str }
  ok(S, new Set(["a"]), ["a", "b"])
  bad(S, new Set([1]), "expected an element of Set(String), got {1}: item 0: expected a value of type str, got 1 of type int")
})

test("Tuple: exact length, trailing Opt items may be left out", () => {
  const T = Tuple(Float, Float)
  ok(T, [1, 2])
  bad(T, [1], "expected an element of Tuple(Float, Float), got [1]: item 1 is missing")
  bad(T, [1, 2, 3], "expected an element of Tuple(Float, Float), got [1, 2, 3]: expected at most 2 items, got 3")
  bad(T, [1, "a"], "expected an element of Tuple(Float, Float), got [1, 'a']: item 1: expected a value of type Real, got a of type str")
  bad(T, "ab")
  const Grid = Tuple({ type: "Ref", model: "Range" }, Int, Int, Opt(Int), Opt(Int))
  ok(Grid, [range, 0, 1], [range, 0, 1, 2], [range, 0, 1, 2, 3])
  bad(Grid, [range, 0])
  bad(Tuple({ type: "Any" }, { type: "Any" }), [1])
})

test("Dict, KeyVal and Mapping take plain objects or Maps", () => {
  const D: Kind = { type: "Dict", item: Float }
  ok(D, {}, { a: 1 }, new Map([["a", 1]]))
  bad(D, { a: "x" }, "expected an element of Dict(String, Float), got {'a': 'x'}: key 'a': expected a value of type Real, got x of type str")
  bad(D, new Map([[1, 1]]), "expected an element of Dict(String, Float), got {1: 1}: invalid key 1: expected a value of type str, got 1 of type int")
  bad(D, [1], "expected an element of Dict(String, Float), got [1]")
  bad(D, range)
  const M: Kind = { type: "Mapping", key: Int, item: Str }
  ok(M, new Map([[1, "a"]]), { 1: "a", "-2": "b" })
  bad(M, { a: "x" }, "expected an element of Dict(Int, String), got {'a': 'x'}: invalid key 'a': expected a value of type Integral, got a of type str")
  ok({ type: "KeyVal", key: Str, item: List(Int) }, { a: [1] })
})

test("Struct and PartialStruct", () => {
  const S: Kind = { type: "Struct", fields: { start: Float, end: Float, label: Opt(Str) } }
  assert.equal(describeKind({ type: "Struct", fields: { start: Float, end: Float } }), "Struct(start=Float, end=Float)")
  ok(S, { start: 0, end: 1 }, { start: 0, end: 1, label: "x" })
  bad(S, { start: 0 }, "expected an element of Struct(start=Float, end=Float, label=Optional(String)), got {'start': 0}: missing field 'end'")
  bad(S, { start: 0, end: 1, other: 2 }, undefined)
  assert.match(validate(S, { start: 0, end: 1, other: 2 }, refs)!, /: unexpected field 'other'$/)
  assert.match(validate(S, { start: 0, end: "x" }, refs)!, /: field 'end': expected a value of type Real, got x of type str$/)
  bad(S, new Map([["start", 0], ["end", 1]]))
  const P: Kind = { type: "PartialStruct", fields: { x: Float, y: Float } }
  ok(P, {}, { x: 1 }, { x: 1, y: 2 })
  bad(P, { z: 1 })
  bad(P, { x: "a" })
})

test("Ref and AnyRef use the RefCheck", () => {
  const R: Kind = { type: "Ref", model: "Range" }
  ok(R, range, new FakeModel("DataRange1d", "p9"), new FakeModel("Range", "p8"))
  bad(R, slider, "expected an instance of type Range, got Slider(id='p2', ...) of type Slider")
  bad(R, {}, "expected an instance of type Range, got {} of type dict")
  bad(R, "p1", "expected an instance of type Range, got p1 of type str")
  bad({ type: "Ref", model: "bokeh.models.Range" }, slider, "expected an instance of type Range, got Slider(id='p2', ...) of type Slider")
  ok({ type: "AnyRef" }, range, slider)
  bad({ type: "AnyRef" }, { id: "p1" }, "expected an instance of type Model, got {'id': 'p1'} of type dict")
})

// --- colors ------------------------------------------------------------------------------------

test("Color accepts every form BokehJS and Python agree on", () => {
  ok(Color, "red", "RED", "Red", "rebeccapurple", "transparent", "#abc", "#abcd", "#AABBCC", "#aabbcc80",
    "rgb(1, 2, 3)", "rgba(1,2,3,0.5)", "rgb(1 2 3)", "rgb(1 2 3 / 50%)", "rgba(255, 255, 255, 1)",
    "rgb(10%, 20%, 30%)", "hsl(120, 50%, 50%)", "hsla(120deg, 50%, 50%, 0.3)", "hsl(0.5turn 50% 50% / 0.5)",
    [255, 0, 0], [0, 0, 0, 0.5], [0, 0, 0, 1])
  const msg = "expected a color (named CSS color, #RRGGBB[AA], #RGB[A], rgb()/rgba()/hsl()/hsla() string, or an (r, g, b[, a]) tuple), got 'notacolor'"
  bad(Color, "notacolor", msg)
  for (const v of ["", " red", "#abcde", "#ggg", "#", "rgb(1,2)", "rgb(1%, 2, 3)", "rgb(300,0,0)",
    "rgba(1,2,3,2)", "rgb(1, 2, 3 / 1)", "rgb(Infinity, 0, 0)", "hsl(120, 50%)", "hsl(120, 150%, 50%)", "cmyk(1,2,3,4)",
    [256, 0, 0], [1.5, 0, 0], [0, 0, 0, 2], [0, 0], ["a", 0, 0], 0xff0000ff, null, {}]) {
    bad(Color, v)
  }
  assert.equal(isColor("Blue"), true)
})

test("NAMED_COLORS matches BokehJS's svg_colors table", () => {
  const text = readFileSync(join(bokehjsDir(), "lib", "core", "util", "svg_colors.js"), "utf8")
  const names = [...text.matchAll(/^\s+([a-z]+): 0x[0-9a-f]{8},$/gm)].map((m) => m[1]!)
  assert.equal(names.length, 148)
  assert.deepEqual([...NAMED_COLORS].sort(), names.sort())
})

// --- rendering ---------------------------------------------------------------------------------

test("describeKind prints Python-style names", () => {
  const cases: [Kind, string][] = [
    [Float, "Float"], [Int, "Int"], [Str, "String"], [Bool, "Bool"], [{ type: "Percent" }, "Percent"],
    [{ type: "NonNegative", base: Int }, "NonNegative(Int)"], [{ type: "Nullable", base: Float }, "Nullable(Float)"],
    [{ type: "Or", types: [Float, Str] }, "Either(Float, String)"], [List(Str), "List(String)"],
    [Tuple(Float, Float), "Tuple(Float, Float)"], [{ type: "Dict", item: Float }, "Dict(String, Float)"],
    [{ type: "Enum", values: ["a", "b"] }, "Enum('a', 'b')"], [Color, "Color"],
    [{ type: "Ref", model: "Range" }, "Instance(Range)"], [{ type: "Any" }, "Any"], [{ type: "Unknown" }, "Any"],
    [{ type: "Bytes" }, "Bytes"], [{ type: "Regex", pattern: "^a+$", flags: "" }, "Regex('^a+$')"],
    [{ type: "Spec", spec: "NumberSpec" }, "NumberSpec"], [{ type: "Arrayable", item: Float }, "Seq(Float)"],
  ]
  for (const [kind, name] of cases) assert.equal(describeKind(kind), name)
  const long = describeKind({ type: "Enum", values: Array.from({ length: 30 }, (_, i) => `v${i}`) })
  assert.equal(long, "Enum('v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', ...)")
})

test("pyTypeName and pyRepr follow Python", () => {
  const cases: [unknown, string][] = [
    ["x", "str"], [1, "int"], [1.5, "float"], [NaN, "float"], [true, "bool"], [null, "NoneType"],
    [undefined, "NoneType"], [[], "list"], [{}, "dict"], [new Map(), "dict"], [new Set(), "set"],
    [new Float64Array(1), "ndarray"], [slider, "Slider"], [new ArrayBuffer(1), "bytes"],
  ]
  for (const [v, name] of cases) assert.equal(pyTypeName(v, refs), name)
  assert.equal(pyTypeName(new FakeModel("panel.models.widgets.Player", "p7"), refs), "Player")
  assert.equal(pyRepr("it's"), `"it's"`)
  assert.equal(pyRepr(`a'b"c`), `'a\\'b"c'`)
  assert.equal(pyRepr("a\nb"), "'a\\nb'")
  assert.equal(pyRepr([1, "a", true, null, [2.5]]), "[1, 'a', True, None, [2.5]]")
  assert.equal(pyRepr({ a: { b: [] } }), "{'a': {'b': []}}")
  assert.equal(pyRepr(new Set()), "set()")
  assert.equal(pyRepr(new Set([1, 2])), "{1, 2}")
  assert.equal(pyRepr([NaN, Infinity, -Infinity, 1e-5, 1.5e-7, 0.001, 1e21]), "[nan, inf, -inf, 1e-05, 1.5e-07, 0.001, 1000000000000000000000]")
  assert.equal(pyRepr(slider, refs), "Slider(id='p2', ...)")
  assert.equal(pyRepr(Array.from({ length: 1000 }, (_, i) => i)), `[${Array.from({ length: 20 }, (_, i) => i).join(", ")}, ...]`)
  assert.ok(pyRepr("x".repeat(10_000)).length < 300)
})

test("validation of big arrays is linear and typed arrays are O(1)", () => {
  const big = Array.from({ length: 1_000_000 }, (_, i) => i * 0.5)
  const kind = List(Float)
  let t = performance.now()
  assert.equal(validate(kind, big, refs), null)
  assert.ok(performance.now() - t < 500, "1e6 floats should validate quickly")
  const typed = new Float64Array(10_000_000)
  t = performance.now()
  assert.equal(validate({ type: "Arrayable", item: Float }, typed, refs), null)
  assert.ok(performance.now() - t < 5, "typed arrays are not walked")
  big[999_999] = "x" as unknown as number
  assert.match(validate(kind, big, refs)!, /: item 999999: expected a value of type Real, got x of type str$/)
})
