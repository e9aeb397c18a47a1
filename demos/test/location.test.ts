// demos/location.ts in headless Chromium: the query string restores the widgets, the widgets
// rewrite it, the back button and a reload bring states back, the hash buttons push history
// entries, and the request's arguments and cookies are shown.
import assert from "node:assert/strict"
import { dirname, resolve } from "node:path"
import { describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import type { Page } from "playwright-core"
import { servedInBrowser } from "../../server/test/chromium.ts"

const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), "../location.ts")

// BokehJS's page globals, untyped here.
declare const Bokeh: { documents: Array<{ get_model_by_name(name: string): any }> }

function value(page: Page, name: string): Promise<unknown> {
  return page.evaluate((n) => Bokeh.documents[0]!.get_model_by_name(n).value, name)
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams
}

describe("the URL state demo in a real browser", { timeout: 30_000 }, () => {
  const app = servedInBrowser([DEMO])

  test("widgets follow the query string, and the query string follows the widgets", async () => {
    const { page, errors } = await app.open(`/location?freq=5`)
    try {
      // the URL's freq won; the Select's default was written into the URL in place
      assert.equal(await value(page, "freq"), 5)
      await page.waitForURL((url) => url.searchParams.get("color") === "navy")
      assert.equal(query(page).get("freq"), "5")

      // moving the widgets in the page rewrites the URL (no new history entries)
      await page.evaluate(() => { Bokeh.documents[0]!.get_model_by_name("freq").value = 7 })
      await page.evaluate(() => { Bokeh.documents[0]!.get_model_by_name("color").value = "firebrick" })
      await page.waitForURL((url) => url.searchParams.get("freq") === "7" && url.searchParams.get("color") === "firebrick")

      // a hash button pushes a history entry; the server learns the hash from the browser
      await page.locator("button", { hasText: "Go to the next section" }).click()
      await page.waitForURL(/#intro$/)
      await page.locator("button", { hasText: "Go to the next section" }).click()
      await page.waitForURL(/#details$/)
      await page.getByText("#details", { exact: true }).waitFor()

      // back: the previous entry's hash, reported to the server and shown
      await page.goBack()
      await page.waitForURL(/#intro$/)
      await page.getByText("#intro", { exact: true }).waitFor()

      // a reload is a new session: it starts from the URL
      await page.reload()
      await page.waitForFunction(() => (globalThis as { Bokeh?: { documents: unknown[] } }).Bokeh?.documents.length === 1)
      await page.waitForFunction(() => Bokeh.documents[0]!.get_model_by_name("freq").value === 7)
      assert.equal(await value(page, "color"), "firebrick")

      // a URL typed with a value the Select does not offer falls back to the first option
      await page.goto(`${app.base}/location?color=%3Cb%3Ebold%3C/b%3E`)
      await page.waitForFunction(() => (globalThis as { Bokeh?: { documents: unknown[] } }).Bokeh?.documents.length === 1)
      await page.waitForURL((url) => url.searchParams.get("color") === "navy")
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })

  test("the request's arguments, cookies and headers are shown, escaped", async () => {
    const context = await app.browser.newContext({ extraHTTPHeaders: { "Accept-Language": "fr-CH" } })
    await context.addCookies([{ name: "flavour", value: "<mint>", url: app.base }])
    const page = await context.newPage()
    try {
      const errors: string[] = []
      page.on("pageerror", (error) => errors.push(error.message))
      await page.goto(`${app.base}/location?freq=3&note=a%26b`)
      await page.waitForFunction(() => (globalThis as { Bokeh?: { documents: unknown[] } }).Bokeh?.documents.length === 1)
      const text = await page.evaluate(() => Bokeh.documents[0]!.get_model_by_name("request").text as string)
      assert.match(text, /<code>note<\/code><\/td><td>a&#38;b</)
      assert.match(text, /<code>flavour<\/code><\/td><td>&#60;mint&#62;</)
      assert.match(text, /fr-CH/)
      await page.getByText("<mint>", { exact: true }).waitFor()
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
})
