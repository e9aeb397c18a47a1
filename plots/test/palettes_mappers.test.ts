// Palettes (generated from the pinned BokehJS; the file must be fresh), palette helpers, the
// color/marker mapping helpers, transforms and ColorBar construction.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { describe, test } from "node:test"
import {
  CategoricalColorMapper, CategoricalMarkerMapper, ColorBar, CumSum, Dodge, EqHistColorMapper, Jitter,
  LinearColorMapper, LogColorMapper, NDArray, Stack,
} from "../../document/index.ts"
import { figure } from "../figure.ts"
import { GENERATED_PATH, palettesSource } from "../generate_palettes.ts"
import { colorBar, eqHistCmap, factorCmap, factorMark, linearCmap, logCmap } from "../mappers.ts"
import * as palettes from "../palettes.ts"
import { cumsum, dodge, field, jitter, stack, value } from "../transform.ts"

describe("palettes", () => {
  test("plots/generated/palettes.ts is what the generator writes from the pinned BokehJS", () => {
    assert.equal(readFileSync(GENERATED_PATH, "utf8"), palettesSource(), "stale: run `npm run palettes`")
  })

  test("palettes are #rrggbb lists, grouped by size", () => {
    assert.equal(palettes.Viridis256.length, 256)
    assert.equal(palettes.Viridis256[0], "#440154")
    assert.deepEqual(Object.keys(palettes.Category10).map(Number), [3, 4, 5, 6, 7, 8, 9, 10])
    assert.equal(palettes.Category10[10], palettes.Category10_10)
    assert.deepEqual(palettes.Category10_3, ["#1f77b4", "#ff7f0e", "#2ca02c"])
    assert.ok(Object.values(palettes.PALETTES).every((p) => p.every((c) => /^#[0-9a-f]{6}$/.test(c))))
    assert.ok(Object.keys(palettes.brewer).includes("Spectral") && Object.keys(palettes.d3).includes("Category20"))
    // BokehJS 3.10 drops the alpha byte of this color; the generator reads it as opaque
    assert.equal(palettes.Turbo3[2], "#7a0402")
  })

  test("linearPalette picks evenly (as Python's); the named helpers use the 256-color maps", () => {
    assert.deepEqual(palettes.linearPalette(["a", "b", "c", "d", "e"], 3), ["a", "c", "e"])
    assert.deepEqual(palettes.viridis(2), [palettes.Viridis256[0], palettes.Viridis256[255]])
    assert.equal(palettes.magma(7).length, 7)
    assert.throws(() => palettes.linearPalette(["a"], 2), /requested 2 colors from a palette of 1/)
  })

  test("interpPalette blends between colors", () => {
    assert.deepEqual(palettes.interpPalette(["#000000", "#ffffff"], 3), ["#000000", "#808080", "#ffffff"])
    assert.deepEqual(palettes.interpPalette(["#ff0000"], 2), ["#ff0000", "#ff0000"])
    assert.throws(() => palettes.interpPalette(["red"], 2), /needs #rrggbb/)
  })

  test("palettes by name, with suggestions for typos", () => {
    assert.equal(palettes.resolvePalette("Inferno256"), palettes.Inferno256)
    const mine = ["red", "blue"]
    assert.equal(palettes.resolvePalette(mine), mine)
    assert.throws(() => palettes.resolvePalette("Viridis255"), /unknown palette 'Viridis255'; did you mean 'Viridis256'/)
  })
})

describe("mappers", () => {
  test("linearCmap / logCmap / eqHistCmap: a field with a continuous color mapper", () => {
    const lin = linearCmap("v", "Viridis3", 0, 10, { lowColor: "white" })
    assert.equal(lin.field, "v")
    const mapper = lin.transform as LinearColorMapper
    assert.ok(mapper instanceof LinearColorMapper)
    assert.deepEqual([mapper.palette, mapper.low, mapper.high, mapper.lowColor, mapper.highColor, mapper.nanColor], [palettes.Viridis3, 0, 10, "white", null, "gray"])
    assert.ok(logCmap("v", ["red", "blue"], 1, 100).transform instanceof LogColorMapper)
    assert.ok(eqHistCmap("v", "Greys9", null, null).transform instanceof EqHistColorMapper)
    assert.throws(() => linearCmap("v", "Viridis3", 10, 0), /low \(10\) must not be greater than high \(0\)/)
    assert.throws(() => logCmap("v", "Viridis3", 0, 10), /must be positive/)
  })

  test("factorCmap and factorMark, with nested factor levels", () => {
    const cmap = factorCmap("x", ["red", "blue"], ["a", "b"], { start: 1, end: 2, nanColor: "black" })
    const mapper = cmap.transform as CategoricalColorMapper
    assert.deepEqual([mapper.factors, mapper.palette, mapper.start, mapper.end, mapper.nanColor], [["a", "b"], ["red", "blue"], 1, 2, "black"])
    const mark = factorMark("kind", ["circle", "square"], [["a", "1"], ["a", "2"]])
    assert.ok(mark.transform instanceof CategoricalMarkerMapper)
    assert.deepEqual((mark.transform as CategoricalMarkerMapper).markers, ["circle", "square"])
    assert.throws(() => factorMark("kind", ["blob" as never], ["a"]), /failed to validate CategoricalMarkerMapper/)
  })

  test("colorBar takes the mapper of a renderer's fill color or image, or a mapper", () => {
    const p = figure()
    const r = p.scatter({ x: [1, 2], y: [1, 2], fillColor: linearCmap("y", "Viridis256", 0, 2) })
    const bar = colorBar(r, { title: "y" })
    assert.ok(bar instanceof ColorBar)
    assert.equal(bar.colorMapper, (r.glyph.getValue("fill_color") as { transform: unknown }).transform)
    assert.equal(bar.title, "y")
    const img = p.image({ image: [new NDArray(new Float64Array(4), [2, 2])], x: 0, y: 0, dw: 1, dh: 1 })
    assert.equal(colorBar(img).colorMapper, img.glyph.getValue("color_mapper"))
    const mapper = new LinearColorMapper({ palette: ["red", "blue"] })
    assert.equal(colorBar(mapper).colorMapper, mapper)
    assert.throws(() => colorBar(p.scatter([1], [1], { color: "red" })), /expected Scatter.fill_color to be a field with a color mapper transform/)
    assert.throws(() => colorBar(p.line([1], [1])), /expected Line.line_color to be a field/)
  })
})

describe("transforms", () => {
  test("field, value, stack, cumsum, dodge, jitter", () => {
    assert.deepEqual(field("x"), { field: "x" })
    assert.deepEqual(value(3), { value: 3 })
    const s = stack("a", "b").expr as Stack
    assert.ok(s instanceof Stack)
    assert.deepEqual(s.fields, ["a", "b"])
    const c = cumsum("angle", true).expr as CumSum
    assert.deepEqual([c.field, c.includeZero], ["angle", true])
    const d = dodge("x", -0.25)
    assert.equal(d.field, "x")
    assert.equal((d.transform as Dodge).value, -0.25)
    const j = jitter("y", 0.5, { distribution: "normal" })
    assert.deepEqual([(j.transform as Jitter).width, (j.transform as Jitter).distribution], [0.5, "normal"])
  })

  test("a value() keeps a string that names a column a value", () => {
    const r = figure().text({ x: [1], y: [2], text: value("x") })
    assert.deepEqual(r.glyph.getValue("text"), { value: "x" })
  })
})
