// The committed generated files must match a fresh run of the catalog generator against the
// pinned BokehJS, and the catalog must have the shape the runtime relies on.
import { test } from "node:test"
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { loadBokehJS } from "../oracle/bokehjs.ts"
import { generateFrom, repoRoot, type Generation } from "../catalog/generate.ts"
import { catalog } from "../generated/catalog.ts"
import { LineJoin } from "../generated/enums.ts"
import type { ModelDef, PropDef } from "../model/catalog_types.ts"

// Loading BokehJS and introspecting it is the slow part (~1 s): do it once for all tests.
let generation: Promise<Generation> | undefined
const generated = (): Promise<Generation> => (generation ??= loadBokehJS().then(generateFrom))

const byName = new Map(catalog.map((m) => [m.name, m]))

function resolveProp(model: string, attr: string): { owner: string; prop: PropDef } {
  for (let m: ModelDef | undefined = byName.get(model); m != null; m = m.base == null ? undefined : byName.get(m.base)) {
    const prop = m.props[attr]
    if (prop != null && "kind" in prop) return { owner: m.name, prop }
  }
  throw new Error(`${model}.${attr} not found`)
}

test("committed generated files are up to date", async () => {
  const { files } = await generated()
  const stale: string[] = []
  for (const file of files) {
    let committed: string | null = null
    try {
      committed = readFileSync(join(repoRoot, file.path), "utf8")
    } catch { /* missing counts as stale */ }
    if (committed !== file.text) stale.push(file.path)
  }
  assert.deepEqual(stale, [], `stale generated file(s): ${stale.join(", ")}; run \`npm run catalog\``)
})

test("catalog covers every registered BokehJS model", async () => {
  const { data } = await generated()
  assert.equal(data.registered.length, 406)
  for (const name of data.registered) {
    const def = byName.get(name)
    assert.ok(def != null, `registered model ${name} is missing from the catalog`)
    assert.equal(def.abstract, undefined, `${name} is registered but marked abstract`)
  }
  assert.equal(catalog.filter((m) => m.abstract !== true).length, 406)
  assert.equal(byName.size, catalog.length, "catalog names are unique")
})

test("bases come before their subclasses; the chain ends at Model", () => {
  const seen = new Set<string>()
  for (const model of catalog) {
    if (model.base == null) assert.equal(model.name, "Model")
    else assert.ok(seen.has(model.base), `${model.name} comes before its base ${model.base}`)
    seen.add(model.name)
  }
  assert.equal(catalog[0]!.name, "Model")
})

test("property kinds and defaults", () => {
  const value = resolveProp("Slider", "value")
  assert.equal(value.owner, "AbstractSlider")
  assert.deepEqual(value.prop.kind, { type: "Unknown" })
  assert.equal("default" in value.prop, false, "Slider.value has no default")
  assert.deepEqual(resolveProp("Slider", "start").prop.kind, { type: "Float" })

  const xRange = resolveProp("Plot", "x_range").prop
  assert.deepEqual(xRange.kind, { type: "Ref", model: "Range" })
  assert.deepEqual(xRange.default, { type: "object", name: "DataRange1d" })

  const marker = resolveProp("Scatter", "marker").prop
  assert.deepEqual(marker.kind, { type: "Spec", spec: "MarkerSpec" })
  assert.deepEqual(marker.default, { type: "value", value: "circle" })

  assert.equal(byName.get("Slider")!.overrides?.["format"], "0[.]00")
})

test("enums carry their BokehJS names", () => {
  const join = resolveProp("Plot", "outline_line_join").prop.kind
  assert.deepEqual(join, { type: "Enum", name: "LineJoin", values: ["miter", "round", "bevel"] })
  assert.deepEqual([...LineJoin], ["miter", "round", "bevel"])
})

// models.ts is checked as text: importing it would pull in the whole model runtime.
test("models.ts declares and registers every class", async () => {
  const { files } = await generated()
  const text = files.find((f) => f.path.endsWith("/models.ts"))!.text
  assert.match(text, /^export class Slider extends NumericalSlider \{$/m)
  assert.match(text, /^ {2}get xRange\(\): Range \{ return this\.getv\("x_range"\) as Range \}$/m)
  const registry = text.slice(text.indexOf("export const modelClasses = {"))
  for (const model of catalog) {
    assert.ok(registry.includes(`\n  ${/^[A-Za-z_$][\w$]*$/.test(model.name) ? model.name : JSON.stringify(model.name)}: `), `${model.name} missing from modelClasses`)
  }
})
