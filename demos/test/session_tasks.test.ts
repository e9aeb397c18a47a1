// demos/session_tasks.ts in headless Chromium: clicks queue one-second tasks for the
// session's worker; a click made while a task runs registers at once, the status line counts
// down, the last result arrives, and each session has its own worker.
import assert from "node:assert/strict"
import { dirname, resolve } from "node:path"
import { describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import type { Page } from "playwright-core"
import { servedInBrowser } from "../../server/test/chromium.ts"
import { workerStats } from "../../server/workers/index.ts"

const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), "../session_tasks.ts")

// BokehJS's page globals, untyped here.
declare const Bokeh: { documents: Array<{ get_model_by_name(name: string): any }> }

describe("the session task runner demo in a real browser", { timeout: 60_000 }, () => {
  const app = servedInBrowser([DEMO])

  const open = () => app.open(`/session_tasks`)

  // every text the status line takes in the browser
  async function recordStatus(page: Page): Promise<void> {
    await page.evaluate(() => {
      const seen: string[] = []
      ;(globalThis as unknown as { seen: string[] }).seen = seen
      const status = Bokeh.documents[0]!.get_model_by_name("status")
      status.connect(status.properties.text.change, () => seen.push(status.text))
    })
  }

  test("clicks queue tasks; the page stays responsive while the worker runs them", async () => {
    const { page, errors } = await open()
    try {
      await page.getByText("The queue is empty").waitFor()
      await page.getByText("Last result: none yet").waitFor()
      await recordStatus(page)
      const button = page.getByRole("button", { name: "Add task" })

      await button.click()
      await page.getByText("Tasks added: 1").waitFor()
      await page.getByText("Processing: 1 item left.").waitFor()
      // the worker is busy with task 1 for a second: the second click must register now
      const clicked = Date.now()
      await button.click()
      await page.getByText("Tasks added: 2").waitFor()
      const answered = Date.now() - clicked
      assert.ok(answered < 1000, `the second click took ${answered} ms to show`)
      await page.getByText("Processing: 2 items left.").waitFor()

      await page.getByText(/^Last result: task 1 finished at /).waitFor({ timeout: 5000 })
      await page.getByText(/^Last result: task 2 finished at /).waitFor({ timeout: 5000 })
      await page.getByText("The queue is empty").waitFor()
      const seen = await page.evaluate(() => (globalThis as unknown as { seen: string[] }).seen)
      assert.deepEqual(seen, ["Processing: 1 item left.", "Processing: 2 items left.", "Processing: 1 item left.", "The queue is empty"])
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })

  test("each session has its own runner and worker", async () => {
    const before = workerStats().workers
    const pages = await Promise.all([open(), open()])
    try {
      for (const { page } of pages) await page.getByRole("button", { name: "Add task" }).click()
      for (const { page } of pages) await page.getByText(/^Last result: task 1 finished at /).waitFor({ timeout: 5000 })
      assert.equal(workerStats().workers, before + 2)
      for (const { errors } of pages) assert.deepEqual(errors, [])
    } finally {
      for (const { page } of pages) await page.close()
    }
    // the server's stop ends the sessions, and with them their runners and workers
    await app.server.contexts.get("/session_tasks")!.destroyAll()
    assert.equal(workerStats().sessionRunners, 0)
  })
})
