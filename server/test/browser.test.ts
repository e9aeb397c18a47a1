// End to end: apps served to unmodified BokehJS 3.10 in headless Debian Chromium: a streaming
// plot and widgets whose events reach server callbacks.
import assert from "node:assert/strict"
import { dirname, resolve } from "node:path"
import { describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { servedInBrowser } from "./chromium.ts"

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "fixtures")

// The page-side globals the assertions read (BokehJS's own objects, untyped here).
declare const Bokeh: { documents: Array<{ get_model_by_name(name: string): any }> }

describe("apps in a real browser", { timeout: 60_000 }, () => {
  const app = servedInBrowser([resolve(FIXTURES, "stream_app.ts"), resolve(FIXTURES, "widgets_app.ts")])

  test("the index page lists both apps", async () => {
    const page = await app.browser.newPage()
    try {
      await page.goto(`${app.base}/`)
      const links = await page.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))
      assert.ok(links.includes("/stream_app"), `links: ${links.join(", ")}`)
      assert.ok(links.includes("/widgets_app"), `links: ${links.join(", ")}`)
    } finally {
      await page.close()
    }
  })

  test("/stream_app renders a canvas and receives streamed rows", async () => {
    const { page, errors } = await app.open("/stream_app")
    try {
      assert.equal(await page.title(), "bokeh-ts: streaming")
      // css selectors pierce the plot view's open shadow root
      await page.locator("canvas").first().waitFor({ state: "attached" })
      const length = () => page.evaluate(() => Bokeh.documents[0]!.get_model_by_name("stream_source").get_length() as number)
      const first = await length()
      // the server streams a row every 100 ms: the browser's copy must keep growing
      await page.waitForFunction((n) => Bokeh.documents[0]!.get_model_by_name("stream_source").get_length() >= n + 5, first)
      const later = await length()
      assert.ok(later > first, `rows ${first} → ${later}`)
      // the columns stay aligned and ordered: the newest time is the largest
      const t = await page.evaluate(() => Array.from(Bokeh.documents[0]!.get_model_by_name("stream_source").data.t as ArrayLike<number>))
      assert.ok(t.every((v, i) => i === 0 || v > t[i - 1]!), "t increases")
      // the x range follows the end of the data
      const end = await page.evaluate(() => Bokeh.documents[0]!.get_model_by_name("stream_plot").x_range.end as number)
      assert.ok(Number.isFinite(end) && end > 0, `x_range.end = ${end}`)
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })

  test("/widgets_app: the button and the slider reach server callbacks", async () => {
    const { page, errors } = await app.open("/widgets_app")
    try {
      assert.equal(await page.title(), "bokeh-ts: widgets")
      const divText = (name: string) => page.evaluate((n) => Bokeh.documents[0]!.get_model_by_name(n).text as string, name)

      // a click goes to the server as a ButtonClick event; its callback rewrites the Div
      await page.locator("button", { hasText: "Click me" }).click()
      await page.getByText("Button clicked 1 time", { exact: true }).waitFor()
      await page.locator("button", { hasText: "Click me" }).click()
      await page.getByText("Button clicked 2 times", { exact: true }).waitFor()
      assert.equal(await divText("clicks"), "Button clicked 2 times")

      // moving the slider as a person does (keyboard on the noUiSlider handle, step 1) ...
      await page.locator(".noUi-handle").focus()
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight")
      await page.getByText("Slider at 3: its square is 9", { exact: true }).waitFor()

      // ... and setting the model's value in the page: both are patched to the server, whose
      // onChange answers with the derived text
      await page.evaluate(() => { Bokeh.documents[0]!.get_model_by_name("slider").value = 5 })
      await page.getByText("Slider at 5: its square is 25", { exact: true }).waitFor()
      assert.equal(await divText("status"), "Slider at 5: its square is 25")

      const sessions = app.server.contexts.get("/widgets_app")!.sessions
      assert.equal(sessions.length, 1)
      const doc = sessions[0]!.document
      assert.equal((doc.getModelByName("slider") as unknown as { value: number }).value, 5)
      assert.equal((doc.getModelByName("clicks") as unknown as { text: string }).text, "Button clicked 2 times")
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })
})
