// What `npm start` serves: the whole demos/ folder. The index page links every demo, and every
// demo page loads in headless Chromium, renders and logs no errors.
import assert from "node:assert/strict"
import { readdirSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { newPage, servedInBrowser } from "../../server/test/chromium.ts"

const DEMOS = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const NAMES = readdirSync(DEMOS).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort()

describe("npm start: every demo", { timeout: 120_000 }, () => {
  const app = servedInBrowser([DEMOS])

  test("the index page links every demo", async () => {
    assert.ok(NAMES.length >= 7, `demos: ${NAMES.join(", ")}`)
    const { page } = await newPage(app.browser)
    try {
      await page.goto(`${app.base}/`)
      const links = await page.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))
      assert.deepEqual([...links].sort(), NAMES.map((n) => `/${n}`))
    } finally {
      await page.close()
    }
  })

  for (const name of NAMES) {
    test(`/${name} renders with no console errors`, async () => {
      const { page, errors } = await app.open(`/${name}`)
      try {
        // some root view has drawn: a canvas (plots) or widget markup in the page's shadow roots
        await page.locator("canvas, .bk-btn, .bk-input, .bk-clearfix, div.bk-Div").first().waitFor({ state: "attached" })
        await page.waitForTimeout(500) // errors raised by the first updates
        assert.deepEqual(errors, [])
      } finally {
        await page.close()
      }
    })
  }
})
