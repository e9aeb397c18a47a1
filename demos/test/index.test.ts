// What `npm start` serves: the whole demos/ folder. The index page links every demo, and every
// demo page loads in headless Chromium, renders and logs no errors.
import assert from "node:assert/strict"
import { readdirSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import type { Browser } from "playwright-core"
import { serve, type BokehServer } from "../../server/index.ts"
import { launchChromium, newPage, openApp } from "../../server/test/chromium.ts"

const DEMOS = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const NAMES = readdirSync(DEMOS).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort()

describe("npm start: every demo", { timeout: 120_000 }, () => {
  let server: BokehServer
  let browser: Browser
  let base: string

  before(async () => {
    server = await serve([DEMOS], { port: 0, address: "127.0.0.1" })
    base = `http://127.0.0.1:${server.port}`
    browser = await launchChromium()
  })

  after(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
    }
  })

  test("the index page links every demo", async () => {
    assert.ok(NAMES.length >= 7, `demos: ${NAMES.join(", ")}`)
    const { page } = await newPage(browser)
    try {
      await page.goto(`${base}/`)
      const links = await page.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))
      assert.deepEqual([...links].sort(), NAMES.map((n) => `/${n}`))
    } finally {
      await page.close()
    }
  })

  for (const name of NAMES) {
    test(`/${name} renders with no console errors`, async () => {
      const { page, errors } = await openApp(browser, `${base}/${name}`)
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
