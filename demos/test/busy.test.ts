// demos/busy.ts in headless Chromium: the page shows "busy" while the job runs (the change
// reaches the browser before the job ends, not batched with "idle"), then "idle" and the
// job's result.
import assert from "node:assert/strict"
import { dirname, resolve } from "node:path"
import { describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { servedInBrowser } from "../../server/test/chromium.ts"

const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), "../busy.ts")

// BokehJS's page globals, untyped here.
declare const Bokeh: { documents: Array<{ get_model_by_name(name: string): any }> }

describe("the busy demo in a real browser", { timeout: 30_000 }, () => {
  const app = servedInBrowser([DEMO])

  test("the indicators say busy while the job runs, idle before and after", async () => {
    const { page, errors } = await app.open(`/busy`)
    try {
      // every value the indicator takes in the app.browser, with the time it arrived
      await page.evaluate(() => {
        const seen: Array<[string, number]> = []
        ;(globalThis as unknown as { seen: typeof seen }).seen = seen
        const indicator = Bokeh.documents[0]!.get_model_by_name("indicator")
        indicator.connect(indicator.properties.text.change, () => seen.push([indicator.text, performance.now()]))
      })
      await page.getByText("This session is idle").waitFor()
      await page.getByText("All sessions are idle").waitFor()

      // from the click on: page-load work (document_ready) may have flipped busy before it
      const clicked = await page.evaluate(() => {
        ;(globalThis as unknown as { seen: unknown[] }).seen.length = 0
        return performance.now()
      })
      await page.locator("button", { hasText: "Run a 1.5 s job" }).click()
      await page.getByText("This session is busy").waitFor()
      await page.getByText("Some session is busy").waitFor()
      await page.getByText("Job 1 finished", { exact: false }).waitFor()
      await page.getByText("This session is idle").waitFor()

      const seen = await page.evaluate(() => (globalThis as unknown as { seen: Array<[string, number]> }).seen)
      assert.deepEqual(seen.map(([text]) => text), ["This session is busy", "This session is idle"], "no flicker in between")
      const [[, busyAt], [, idleAt]] = seen as [[string, number], [string, number]]
      assert.ok(busyAt - clicked < 1000, `busy arrived ${busyAt - clicked} ms after the click`)
      assert.ok(idleAt - busyAt >= 1400, `busy lasted ${idleAt - busyAt} ms, the job takes 1500`)
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })
})
