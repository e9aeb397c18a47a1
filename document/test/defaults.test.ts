// Every registered model's every property default equals what BokehJS 3.10 gives a fresh
// instance (the receiver of a document relies on it: only non-default values are sent).
import assert from "node:assert/strict"
import { before, test } from "node:test"
import "../index.ts"
import { modelClass } from "../model/registry.ts"
import { allModelNames, schemaOf } from "../model/schema.ts"
import { Serializer } from "../serialization/serializer.ts"
import { canonical, oracle, specRep, type Oracle } from "./oracle.ts"

let js: Oracle
before(async () => {
  js = await oracle()
})

// Five BokehJS models cannot be created without arguments; both sides get the same ones.
const REQUIRED: Record<string, Record<string, unknown>> = {
  AjaxDataSource: { data_url: "http://127.0.0.1/data" },
  ServerSentDataSource: { data_url: "http://127.0.0.1/data" },
  WebDataSource: { data_url: "http://127.0.0.1/data" },
  GeoJSONDataSource: { geojson: "{}" },
  ImageURLTexture: { url: "http://127.0.0.1/t.png" },
}

// Nested models compare by type: their own defaults are checked when their class is walked.
function shallow(rep: unknown): unknown {
  if (Array.isArray(rep)) return rep.map(shallow)
  if (rep == null || typeof rep !== "object") return rep
  const obj = rep as Record<string, unknown>
  if (typeof obj.object === "string") return { object: obj.object }
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) out[k] = shallow(v)
  return out
}

test("defaults of every property of every registered model equal BokehJS's", () => {
  const names = allModelNames().filter((name) => !schemaOf(name).abstract)
  assert.equal(names.length, 406)
  const mismatches: string[] = []
  let checked = 0
  for (const name of names) {
    const attrs = REQUIRED[name] ?? {}
    const ours = new (modelClass(name))(attrs)
    const theirs = js.blankModel(name, attrs)
    for (const prop of ours.schema.props.values()) {
      const jsProp = theirs.property(prop.name)
      if (!prop.hasDefault && !ours.isSet(prop.name)) {
        if (!jsProp.is_unset) mismatches.push(`${name}.${prop.name}: unset here, set in BokehJS`)
        continue
      }
      const s = new Serializer({ binary: false })
      const value = ours.getValue(prop.name)
      const mine = shallow(canonical(JSON.parse(JSON.stringify(prop.kind.type === "Spec" ? specRep(s.encodeSpec(prop.kind.spec, value)) : s.encode(value)))))
      const JsSerializer = js.Bokeh.require("core/serialization").Serializer
      const their = shallow(canonical(JSON.parse(JSON.stringify(new JsSerializer({ binary: false }).encode(jsProp.get_value())))))
      try {
        assert.deepStrictEqual(mine, their)
      } catch {
        mismatches.push(`${name}.${prop.name}: ${JSON.stringify(mine)} vs ${JSON.stringify(their)}`)
      }
      checked++
    }
  }
  assert.deepEqual(mismatches, [], mismatches.slice(0, 30).join("\n"))
  assert.ok(checked > 8_000, `walked ${checked} properties`)
})
