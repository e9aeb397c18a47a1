// fileHtml / jsonItem / components / save without a browser: the page's structure, the
// embedded document, escaping, which bundles load from where, and documents.
import assert from "node:assert/strict"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, test } from "node:test"
import { DataTable, Document, Slider, TeX, type DocJson } from "../../document/index.ts"
import { figure } from "../figure.ts"
import { column } from "../layouts.ts"
import { bundlesFor, components, fileHtml, jsonItem, save } from "../standalone.ts"

function embedded(html: string): { docs: Record<string, DocJson>; items: unknown } {
  const json = /<script type="application\/json" id="[^"]+">([\s\S]*?)<\/script>/.exec(html)
  const items = /Bokeh\.embed\.embed_items\(docs_json, (.*)\);/.exec(html)
  assert.ok(json != null && items != null, "the page embeds a document and render items")
  return { docs: JSON.parse(json[1]!), items: JSON.parse(items[1]!) }
}

function plot(title = "t") {
  const p = figure({ title })
  p.line([1, 2], [3, 4])
  return p
}

describe("fileHtml", () => {
  test("a page with the document, one div per root and the render items", () => {
    const a = plot(), b = plot()
    const html = fileHtml([a, b], { title: "two plots" })
    assert.match(html, /<title>two plots<\/title>/)
    const { docs, items } = embedded(html)
    const [docid] = Object.keys(docs)
    assert.deepEqual(docs[docid!]!.roots.map((r) => (r as { id: string }).id), [a.id, b.id])
    assert.deepEqual(items, [{ docid, roots: { [a.id]: `bk-root-${a.id}`, [b.id]: `bk-root-${b.id}` }, root_ids: [a.id, b.id] }])
    for (const id of [a.id, b.id]) assert.match(html, new RegExp(`<div id="bk-root-${id}" style="display: contents;"></div>`))
    // the models are free again afterwards
    assert.equal(a.document, null)
    new Document().addRoot(a)
  })

  test("text that could end a script or break the page is escaped", () => {
    const p = figure({ title: "</script><script>alert(1)</script>" })
    p.text({ x: [1], y: [1], text: ["<b>&</b>"] })
    const html = fileHtml(p, { title: "<i>x</i>" })
    assert.match(html, /<title>&#60;i&#62;x&#60;\/i&#62;<\/title>/)
    assert.equal(html.match(/<\/script>/g)!.length, html.match(/<script/g)!.length)
    const { docs } = embedded(html)
    assert.match(JSON.stringify(docs), /<\/script><script>alert\(1\)<\/script>/)
  })

  test("a Document renders all its roots under its title; models of a shared document must come as the Document", () => {
    const doc = new Document({ title: "my doc" })
    const a = plot(), b = plot()
    doc.addRoot(a)
    doc.addRoot(b)
    const html = fileHtml(doc)
    assert.match(html, /<title>my doc<\/title>/)
    assert.equal(Object.values(embedded(html).docs)[0]!.title, "my doc")
    assert.throws(() => fileHtml(a), /belong to a document with other roots; pass that Document/)
    assert.equal(a.document, doc)
    assert.throws(() => fileHtml(new Document()), /the document has no roots/)
  })

  test("resources: CDN by default, a folder URL, or inline", () => {
    const cdn = fileHtml(plot())
    assert.match(cdn, /<script type="text\/javascript" src="https:\/\/cdn\.bokeh\.org\/bokeh\/release\/bokeh-3\.10\.0\.min\.js"><\/script>/)
    const served = fileHtml(column([plot(), new Slider({ start: 0, end: 1, value: 0 })]), { resources: { root: "http://localhost:5006/static/js/" } })
    assert.deepEqual([...served.matchAll(/src="([^"]+)"/g)].map((m) => m[1]), ["http://localhost:5006/static/js/bokeh.min.js", "http://localhost:5006/static/js/bokeh-widgets.min.js"])
    const inline = fileHtml(plot(), { resources: "inline" })
    assert.ok(inline.length > 1_000_000)
    assert.doesNotMatch(inline, /<script type="text\/javascript" src=/)
  })
})

describe("bundles", () => {
  test("only the extensions the models need", () => {
    assert.deepEqual(bundlesFor(plot().references()), ["bokeh"])
    assert.deepEqual(bundlesFor(new Slider({ start: 0, end: 1, value: 0 }).references()), ["bokeh", "bokeh-widgets"])
    assert.deepEqual(bundlesFor(new DataTable().references()), ["bokeh", "bokeh-widgets", "bokeh-tables"])
    assert.deepEqual(bundlesFor(figure({ outputBackend: "webgl" }).references()), ["bokeh", "bokeh-gl"])
    assert.deepEqual(bundlesFor(figure({ xAxisLabel: "$$\\alpha$$" }).references()), ["bokeh", "bokeh-mathjax"])
    assert.deepEqual(bundlesFor(figure({ xAxisLabel: new TeX({ text: "x" }) }).references()), ["bokeh", "bokeh-mathjax"])
    assert.deepEqual(bundlesFor(figure({ xAxisLabel: "costs $5 and $6" }).references()), ["bokeh"])
  })
})

describe("jsonItem, components, save", () => {
  test("jsonItem: Bokeh's json_item shape, with an untitled document", () => {
    const p = plot("titled")
    const item = jsonItem(p, "here")
    assert.deepEqual(Object.keys(item), ["target_id", "root_id", "doc", "version"])
    assert.equal(item.target_id, "here")
    assert.equal(item.root_id, p.id)
    assert.equal(item.version, "3.10.0")
    assert.equal(item.doc.title, "")
    assert.equal(jsonItem(p).target_id, null)
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(item)))
  })

  test("components: one div per model and a script that fills them", () => {
    const a = plot(), b = plot()
    const { script, divs } = components([a, b])
    assert.deepEqual(divs, [a, b].map((m) => `<div id="bk-root-${m.id}" style="display: contents;"></div>`))
    const { items } = embedded(script)
    assert.deepEqual((items as Array<{ root_ids: string[] }>)[0]!.root_ids, [a.id, b.id])
  })

  test("save writes the page", () => {
    const dir = mkdtempSync(join(tmpdir(), "bokeh-ts-plots-"))
    try {
      const path = join(dir, "plot.html")
      save(plot(), path, { title: "saved" })
      assert.match(readFileSync(path, "utf8"), /<title>saved<\/title>/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
