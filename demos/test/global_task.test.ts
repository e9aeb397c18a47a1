// demos/global_task.ts in headless Chromium: every open session shows the shared runner's
// timestamps and counts what it received; three sessions start one worker.
import assert from "node:assert/strict"
import { dirname, resolve } from "node:path"
import { describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import type { Page } from "playwright-core"
import { servedInBrowser } from "../../server/test/chromium.ts"
import { GlobalTaskRunner, workerStats } from "../../server/workers/index.ts"
import { KEY } from "../global_task.ts"

const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), "../global_task.ts")

// BokehJS's page globals, untyped here.
declare const Bokeh: { documents: Array<{ get_model_by_name(name: string): any }> }

const text = (page: Page, name: string) => page.evaluate((n) => Bokeh.documents[0]!.get_model_by_name(n).text as string, name)

describe("the global task runner demo in a real browser", { timeout: 60_000 }, () => {
  const app = servedInBrowser([DEMO])

  test("three sessions share one worker and each shows its results", async () => {
    assert.equal(GlobalTaskRunner.get(KEY), null, "nothing starts before a session opens")
    const pages = await Promise.all([0, 1, 2].map(() => app.open(`/global_task`)))
    try {
      assert.deepEqual(GlobalTaskRunner.keys, [KEY])
      assert.equal(workerStats().workers, 1, "one worker for three sessions")
      const runner = GlobalTaskRunner.get<Date>(KEY)!
      assert.equal(runner.sessionCount, 3)
      assert.equal(runner.subscribers, 6, "each session: the view and its counter")

      for (const { page } of pages) {
        await page.getByText("Sessions watching this runner: 3").waitFor()
        // the timestamp changes about three times a second
        const first = await text(page, "last")
        assert.match(first, /^Last result: \d{4}-\d\d-\d\dT/)
        await page.waitForFunction((f) => Bokeh.documents[0]!.get_model_by_name("last").text !== f, first, { timeout: 3000 })
      }
      // counts keep growing in every session, each at the runner's pace
      const counts = async () => Promise.all(pages.map(async ({ page }) => Number(/^(\d+) results? received/.exec(await text(page, "received"))![1])))
      const before = await counts()
      const calls = runner.calls
      await pages[0]!.page.waitForTimeout(1000)
      const after = await counts()
      const made = runner.calls - calls
      assert.ok(made >= 2 && made <= 4, `${made} calls in a second at 0.33 s`)
      for (const [i, n] of after.entries()) assert.ok(n - before[i]! >= made - 1, `session ${i}: ${before[i]} → ${n}`)
      for (const { errors } of pages) assert.deepEqual(errors, [])
      assert.equal(workerStats().workers, 1)
    } finally {
      for (const { page } of pages) await page.close()
    }
  })
})
