// Every gallery figure as standalone HTML in headless Chromium with the pinned BokehJS: the page
// renders with no console error and its canvas has something drawn on it. Also jsonItem with
// Bokeh.embed.embed_item, components(), and inline / folder-URL resources. Nothing touches the
// network: the CDN and page origins are answered from node_modules and from memory.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import type { Browser, Page } from "playwright-core"
import { launchChromium, newPage } from "../../server/test/chromium.ts"
import { figure } from "../figure.ts"
import { GALLERY } from "../gallery/index.ts"
import { CDN_ROOT, bokehjsBuildDir, bundlesFor, components, fileHtml, jsonItem, scriptTags } from "../standalone.ts"
import { column } from "../layouts.ts"
import { Slider } from "../widgets.ts"

const ORIGIN = "http://gallery.test"
const STATIC = "http://static.test/js"

// Pages by path, registered by each test before it navigates.
const pages = new Map<string, string>()
const bundleCache = new Map<string, string>()
const requested: string[] = []

function bundle(file: string): string {
  let code = bundleCache.get(file)
  if (code == null) {
    code = readFileSync(join(bokehjsBuildDir(), file), "utf8")
    bundleCache.set(file, code)
  }
  return code
}

async function routeAll(page: Page): Promise<void> {
  // anything not answered below would be a real network request: refuse it (routes added
  // later take precedence)
  await page.route("**/*", (route) => route.abort())
  await page.route(`${CDN_ROOT}/*`, async (route) => {
    const file = new URL(route.request().url()).pathname.split("/").pop()!
    requested.push(file)
    const m = /^(bokeh(?:-[a-z]+)?)-3\.10\.0\.min\.js$/.exec(file)
    if (m == null) return route.fulfill({ status: 404, body: "not found" })
    await route.fulfill({ body: bundle(`${m[1]}.min.js`), contentType: "text/javascript" })
  })
  await page.route(`${STATIC}/*`, async (route) => {
    const file = new URL(route.request().url()).pathname.split("/").pop()!
    requested.push(`static:${file}`)
    await route.fulfill({ body: bundle(file), contentType: "text/javascript" })
  })
  await page.route(`${ORIGIN}/**`, async (route) => {
    const html = pages.get(new URL(route.request().url()).pathname)
    await route.fulfill(html == null ? { status: 404, body: "no such page" } : { body: html, contentType: "text/html" })
  })
}

// Page-side (a string, so the TS loader's helpers never reach the browser): for every canvas,
// in shadow roots too, the number of pixels that differ from its most common color.
const DRAWN_PIXELS = `(() => {
  const counts = []
  const roots = [document]
  while (roots.length > 0) {
    const root = roots.pop()
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) roots.push(el.shadowRoot)
      if (!(el instanceof HTMLCanvasElement) || el.width === 0 || el.height === 0) continue
      const ctx = el.getContext("2d")
      if (ctx == null) continue
      const data = new Uint32Array(ctx.getImageData(0, 0, el.width, el.height).data.buffer)
      const freq = new Map()
      for (const px of data) freq.set(px, (freq.get(px) || 0) + 1)
      const background = Math.max(...freq.values())
      counts.push(data.length - background)
    }
  }
  return counts
})()`

async function rendered(page: Page, documents = 1): Promise<void> {
  await page.waitForFunction((n) => {
    const bokeh = (globalThis as { Bokeh?: { documents: Array<{ is_idle: boolean }> } }).Bokeh
    return bokeh != null && bokeh.documents.length >= n && bokeh.documents.every((d) => d.is_idle)
  }, documents)
}

async function drawnPixels(page: Page): Promise<number[]> {
  return await page.evaluate(DRAWN_PIXELS) as number[]
}

describe("standalone HTML in Chromium", { timeout: 120_000 }, () => {
  let browser: Browser
  let page: Page
  let errors: string[]

  before(async () => {
    browser = await launchChromium()
    ;({ page, errors } = await newPage(browser))
    await routeAll(page)
  })

  after(async () => {
    await browser?.close()
  })

  async function open(path: string, html: string): Promise<void> {
    pages.set(path, html)
    errors.length = 0
    requested.length = 0
    const response = await page.goto(`${ORIGIN}${path}`)
    assert.equal(response?.status(), 200)
  }

  // the extension bundles a figure needs beyond "bokeh" (widgets, tables, MathJax)
  const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
    math_text: ["bokeh-mathjax"],
    widgets_layout: ["bokeh-widgets"],
    data_table: ["bokeh-widgets", "bokeh-tables"],
  }

  for (const entry of GALLERY) {
    test(`${entry.name}: fileHtml renders without errors`, async () => {
      const model = entry.build()
      const needed = ["bokeh", ...(EXTENSIONS[entry.name] ?? [])]
      await open(`/${entry.name}`, fileHtml(model, { title: entry.name }))
      await rendered(page)
      assert.equal(await page.title(), entry.name)
      assert.deepEqual(errors, [])
      assert.deepEqual(requested, needed.map((b) => `${b}-3.10.0.min.js`), "the page loads exactly the bundles it needs")
      const drawn = await drawnPixels(page)
      assert.ok(drawn.some((n) => n > 500), `a canvas has a drawing (non-background pixels per canvas: ${drawn.join(", ")})`)
    })
  }

  test("a figure that BokehJS cannot render makes the checks fail", async () => {
    // the controls: an unloadable model type is reported, and an empty page has no drawing
    const html = fileHtml(figure()).replace(/"name":"Figure"/, '"name":"NoSuchModel"')
    await open("/broken", html)
    await page.waitForTimeout(300)
    assert.ok(errors.length > 0, "an unknown model type is reported on the console")
    await open("/empty", "<!DOCTYPE html><html><body><canvas width=10 height=10></canvas></body></html>")
    assert.ok((await drawnPixels(page)).every((n) => n === 0))
  })

  test("jsonItem renders through Bokeh.embed.embed_item", async () => {
    const p = figure({ title: "json item", width: 400, height: 300 })
    p.scatter([1, 2, 3], [3, 1, 2], { size: 20 })
    const panel = column([p, new Slider({ start: 0, end: 1, value: 0.5, title: "s" })])
    const item = jsonItem(panel, "target")
    const html = `<!DOCTYPE html><html><head>${scriptTags("cdn", bundlesFor(panel.references()))}</head>
      <body><div id="target"></div><script>Bokeh.embed.embed_item(${JSON.stringify(item).replace(/</g, "\\u003c")})</script></body></html>`
    await open("/json_item", html)
    await rendered(page)
    assert.deepEqual(errors, [])
    const ids = await page.evaluate("Bokeh.documents[0].roots().map((r) => r.id)") as string[]
    assert.deepEqual(ids, [panel.id])
    assert.ok((await drawnPixels(page)).some((n) => n > 500))
    assert.equal(await page.locator("#target .noUi-handle").count(), 1, "the slider rendered inside the target")
  })

  test("components() places each model in its div of your page", async () => {
    const a = figure({ width: 300, height: 200 })
    a.line([1, 2, 3], [1, 3, 2])
    const b = figure({ width: 300, height: 200 })
    b.vbar([1, 2, 3], 0.5, [1, 3, 2])
    const { script, divs } = components([a, b])
    const html = `<!DOCTYPE html><html><head>${scriptTags("cdn", ["bokeh"])}</head>
      <body><h1>mine</h1><section>${divs[0]}</section><section>${divs[1]}</section>${script}</body></html>`
    await open("/components", html)
    await rendered(page)
    assert.deepEqual(errors, [])
    assert.equal(await page.locator("section canvas").count() >= 2, true)
  })

  test("inline resources render with no request for BokehJS", async () => {
    const p = figure({ title: "inline" })
    p.line([1, 2, 3], [2, 1, 3], { lineWidth: 3 })
    await open("/inline", fileHtml(p, { resources: "inline" }))
    await rendered(page)
    assert.deepEqual(errors, [])
    assert.deepEqual(requested, [])
    assert.ok((await drawnPixels(page)).some((n) => n > 500))
  })

  test("resources from a folder URL (a bokeh-ts server's /static/js)", async () => {
    const p = figure({ title: "served" })
    p.scatter([1, 2, 3], [2, 1, 3], { size: 15 })
    await open("/served", fileHtml(column([p, new Slider({ start: 0, end: 10, value: 3, title: "k" })]), { resources: { root: `${STATIC}/` } }))
    await rendered(page)
    assert.deepEqual(errors, [])
    assert.deepEqual(requested, ["static:bokeh.min.js", "static:bokeh-widgets.min.js"])
  })
})
