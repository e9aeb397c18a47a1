// Models: construction, typed accessors, validation errors, property callbacks, references.
import assert from "node:assert/strict"
import { describe, test } from "node:test"
import {
  AttributeError, BoxAnnotation, Button, CustomJS, ColumnDataSource, DataRange1d, Div, GlyphRenderer, Legend, LinearAxis,
  LinearColorMapper, Model, Plot, Range1d, RangeSlider, Row, Scatter, Select, Slider, TableColumn,
  Title, Toolbar, ValidationError, ValueError,
} from "../index.ts"

function rejects(fn: () => void, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ValidationError, `expected a ValidationError, got ${String(e)}`)
    assert.match(e.message, pattern)
    return true
  })
}

describe("construction", () => {
  test("ids count up from p1000 and are unique", () => {
    const a = new Div(), b = new Div()
    assert.match(a.id, /^p\d{4,}$/)
    assert.equal(Number(b.id.slice(1)), Number(a.id.slice(1)) + 1)
  })

  test("camelCase and wire names both initialize", () => {
    const plot = new Plot({ toolbarLocation: "below", min_border: 5 } as never)
    assert.equal(plot.toolbarLocation, "below")
    assert.equal(plot.getValue("min_border"), 5)
    assert.equal(plot.minBorder, 5)
  })

  test("an id among the initializers is refused", () => {
    assert.throws(() => new Div({ id: "x" } as never), /initializing 'id' is not allowed/)
  })

  test("unknown attributes name the model and suggest similar ones", () => {
    assert.throws(() => new Scatter({ fillColour: "red" } as never), (e: unknown) => {
      assert.ok(e instanceof AttributeError)
      assert.match(e.message, /unexpected attribute 'fillColour' to Scatter, similar attributes are .*fill_color/)
      return true
    })
  })

  test("defaults read like BokehJS's, and model-valued defaults are fresh per instance", () => {
    const a = new Plot(), b = new Plot()
    assert.equal(a.width, 600)
    assert.ok(a.toolbar instanceof Toolbar)
    assert.notEqual(a.toolbar, b.toolbar)
    assert.ok(a.isSet("toolbar"), "model-valued defaults are held (and sent) by the instance")
    assert.equal(new Scatter().size, 4)
    assert.equal(new Scatter().marker, "circle")
    assert.deepEqual(new Scatter().x, "x")
  })
})

describe("validation", () => {
  const cases: Array<[string, () => void, RegExp]> = [
    ["Int", () => { new LinearAxis().axisLabelStandoff = 1.5 }, /LinearAxis\(id='p\d+', \.\.\.\)\.axis_label_standoff: expected a value of type Integral, got 1\.5 of type float/],
    ["Float", () => { new Range1d().start = "junk" as never }, /failed to validate Range1d\(id='p\d+', \.\.\.\)\.start: .*got junk of type str/],
    ["Float (strict overlay: Slider.value)", () => { new Slider({ start: 0, end: 1 }).value = "x" as never }, /Slider\(id='p\d+', \.\.\.\)\.value: expected a value of type Real, got x of type str/],
    ["Percent", () => { new Scatter().hitDilation = 0; new LinearAxis().majorLabelTextAlpha = 2 as never }, /\.major_label_text_alpha: .*got 2/],
    ["NonNegative", () => { new BoxAnnotation().minWidth = -1 }, /BoxAnnotation\(id='p\d+', \.\.\.\)\.min_width: expected a non-negative number, got -1/],
    ["String", () => { new Div().text = 10 as never }, /Div\(id='p\d+', \.\.\.\)\.text: expected a value of type str, got 10 of type int/],
    ["Enum", () => { new Plot().toolbarLocation = "middle" as never }, /toolbar_location: expected either None or a value of type Enum\('above', 'below', 'left', 'right'\), got 'middle'/],
    ["Nullable", () => { new Title().text = null as never }, /Title\(id='p\d+', \.\.\.\)\.text/],
    ["Or", () => { new Plot().sizingMode = 3 as never }, /sizing_mode/],
    ["List", () => { new Select().options = [1, 2] as never }, /Select\(id='p\d+', \.\.\.\)\.options/],
    ["Tuple", () => { new RangeSlider({ start: 0, end: 10 }).value = [1] as never }, /RangeSlider\(id='p\d+', \.\.\.\)\.value/],
    ["Dict", () => { new LinearColorMapper().jsPropertyCallbacks = { a: 1 } as never }, /js_property_callbacks/],
    ["Color", () => { new Plot().backgroundFillColor = "notacolor" }, /background_fill_color: expected either None or a value of type Color, got 'notacolor'/],
    ["Enum", () => { new Plot().outputBackend = "gpu" as never }, /output_backend: invalid value: 'gpu'; allowed values are canvas, svg or webgl/],
    ["Ref(Model)", () => { new Plot().xRange = new Div() as never }, /x_range: expected an instance of type Range, got Div\(id='p\d+', \.\.\.\)/],
    ["List(Ref)", () => { new Row().children = [new TableColumn()] as never }, /Row\(id='p\d+', \.\.\.\)\.children/],
    ["NumberSpec", () => { new Scatter().size = { value: "big" } as never }, /Scatter\(id='p\d+', \.\.\.\)\.size/],
    ["ColorSpec", () => { new Scatter().fillColor = 12.5 as never }, /fill_color/],
    ["DataSpec object", () => { new Scatter().x = { field: "x", value: 1 } as never }, /Scatter\(id='p\d+', \.\.\.\)\.x/],
  ]
  for (const [kind, fn, pattern] of cases) {
    test(`${kind}: a wrong value throws a ValidationError naming Model.property`, () => rejects(fn, pattern))
  }

  test("a failed set keeps the old value and emits nothing", () => {
    const slider = new Slider({ start: 0, end: 10, value: 3 })
    const seen: unknown[] = []
    slider.onChange("value", (_a, _o, v) => seen.push(v))
    assert.throws(() => { slider.value = "junk" as never }, ValidationError)
    assert.equal(slider.value, 3)
    assert.deepEqual(seen, [])
  })

  test("the error is a ValueError as upstream raises, with model and property named", () => {
    try {
      new Div().text = 1 as never
      assert.fail("no error")
    } catch (e) {
      assert.ok(e instanceof ValueError && e instanceof ValidationError)
      assert.equal((e as ValidationError).model, "Div")
      assert.equal((e as ValidationError).property, "text")
    }
  })

  test("readonly properties may be given at construction but not set later", () => {
    const source = new ColumnDataSource()
    assert.throws(() => { (source as unknown as { setValue: Model["setValue"] }).setValue("selected", source.selected) }, /ColumnDataSource.selected is a readonly property/)
  })

  test("stored containers are frozen copies: in-place mutation fails loudly", () => {
    const tags = ["a"]
    const div = new Div({ tags })
    tags.push("b")
    assert.deepEqual(div.tags, ["a"])
    assert.throws(() => (div.tags as unknown[]).push("c"), TypeError)
  })
})

describe("stored shapes", () => {
  test("a value equal to the current one, default included, changes nothing and is not sent", () => {
    const div = new Div({ text: "" })
    assert.equal(div.isSet("text"), false)
    let calls = 0
    div.onChange("text", () => calls++)
    div.text = ""
    assert.equal(calls, 0)
    div.text = "x"
    assert.ok(div.isSet("text"))
    assert.equal(calls, 1)
  })

  test("Set kinds read back as Sets and Dict kinds as plain objects, whatever shape was given", () => {
    const button = new Button({ subscribedEvents: ["button_click"] })
    assert.ok(button.subscribedEvents instanceof Set)
    assert.deepEqual([...button.subscribedEvents], ["button_click"])
    const mapper = new LinearColorMapper({ jsPropertyCallbacks: new Map([["change:low", []]]) })
    assert.deepEqual(mapper.jsPropertyCallbacks, { "change:low": [] })
    assert.ok(!(mapper.jsPropertyCallbacks instanceof Map))
  })
})

describe("property callbacks", () => {
  test("run with (attr, old, new), once per change, in registration order", () => {
    const slider = new Slider({ start: 0, end: 10, value: 1 })
    const calls: string[] = []
    const a = (attr: string, old: unknown, value: unknown) => calls.push(`a ${attr} ${old}->${value}`)
    const b = () => calls.push("b")
    slider.onChange("value", a, b)
    slider.onChange("value", a)
    slider.value = 2
    slider.value = 2
    assert.deepEqual(calls, ["a value 1->2", "b"])
    slider.removeOnChange("value", b)
    slider.value = 3
    assert.deepEqual(calls.slice(2), ["a value 2->3"])
    assert.throws(() => slider.removeOnChange("value", b), ValueError)
  })

  test("accessor names work too, and onChange needs a callback", () => {
    const plot = new Plot()
    let seen = ""
    plot.onChange("toolbarLocation", (attr) => { seen = attr })
    plot.toolbarLocation = "left"
    assert.equal(seen, "toolbar_location")
    assert.throws(() => plot.onChange("width"), /on_change takes an attribute name and one or more callbacks/)
  })

  test("NaN is never equal to NaN, so re-setting it notifies", () => {
    const range = new Range1d({ start: NaN })
    let n = 0
    range.onChange("start", () => n++)
    range.start = NaN
    assert.equal(n, 1)
  })
})

describe("JS callbacks", () => {
  test("jsOnChange, jsOnEvent and jsLink fill the synced callback properties", () => {
    const slider = new Slider({ start: 0, end: 10, value: 1 })
    const div = new Div()
    const log = new CustomJS({ code: "console.log(cb_obj.value)" })
    slider.jsOnChange("value", log)
    slider.jsOnChange("value", log)
    assert.deepEqual(slider.jsPropertyCallbacks, { "change:value": [log] })
    slider.jsLink("value", div, "text")
    const [, linked] = slider.jsPropertyCallbacks["change:value"]! as CustomJS[]
    assert.equal(linked!.code, "other.text = this.value")
    assert.equal((linked!.args as Record<string, unknown>).other, div)
    const button = new Button()
    button.jsOnEvent("button_click", log)
    assert.deepEqual(button.jsEventCallbacks, { button_click: [log] })
  })
})

describe("events and references", () => {
  test("onEvent subscribes the event name (synced subscribed_events)", () => {
    const button = new Button()
    button.onEvent("button_click", () => {})
    assert.deepEqual([...button.subscribedEvents as Set<string>], ["button_click"])
  })

  test("references reach nested models through lists, dicts and specs", () => {
    const mapper = new LinearColorMapper({ palette: ["red", "blue"] })
    const source = new ColumnDataSource({ data: { x: [1] } })
    const renderer = new GlyphRenderer({ dataSource: source, glyph: new Scatter({ fillColor: { field: "x", transform: mapper } }) })
    const plot = new Plot({ renderers: [renderer], xRange: new DataRange1d(), right: [new Legend()] })
    const refs = plot.references()
    for (const m of [mapper, source, renderer, plot.xRange, plot.toolbar, source.selected]) assert.ok(refs.has(m as Model), `${m}`)
    assert.deepEqual(plot.select({ type: "LinearColorMapper" }), [mapper])
    assert.equal(plot.selectOne({ type: Scatter }), renderer.glyph)
    assert.throws(() => plot.selectOne({ type: "Range" }), /Found more than one model matching/)
  })
})
