// The plotting demos in headless Chromium: each loads without console errors and shows the
// updates it promises (random walk, OHLC, sliders).
import assert from "node:assert/strict"
import { dirname, resolve } from "node:path"
import { describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import type { Page } from "playwright-core"
import { servedInBrowser } from "../../server/test/chromium.ts"

const DEMOS = resolve(dirname(fileURLToPath(import.meta.url)), "..")

// BokehJS's page globals, untyped here.
declare const Bokeh: { documents: Array<{ get_model_by_name(name: string): any }> }

const model = (page: Page, name: string, expr: string) =>
  page.evaluate(([n, e]) => new Function("m", `return ${e}`)(Bokeh.documents[0]!.get_model_by_name(n!)), [name, expr] as const)

describe("plotting demos in a real browser", { timeout: 90_000 }, () => {
  const app = servedInBrowser(["random_walk.ts", "ohlc.ts", "sliders.ts"].map((f) => resolve(DEMOS, f)))

  test("random walk: the line grows, and the period slider changes the rate on the server", async () => {
    const { page, errors } = await app.open(`/random_walk`)
    try {
      await page.locator("canvas").first().waitFor({ state: "attached" })
      const first = await model(page, "walk", "m.get_length()") as number
      await page.waitForFunction((n) => Bokeh.documents[0]!.get_model_by_name("walk").get_length() >= n + 5, first)
      const steps = await model(page, "walk", "Array.from(m.data.step)") as number[]
      assert.ok(steps.every((v, i) => i === 0 || v === steps[i - 1]! + 1), "steps arrive in order, none missing")

      await model(page, "period", "(m.value = 500, true)")
      await page.getByText("updating every 500 ms", { exact: true }).waitFor()
      const doc = app.server.contexts.get("/random_walk")!.sessions[0]!.document
      const periods = doc.sessionCallbacks.filter((c) => c.kind === "periodic").map((c) => (c as unknown as { period: number }).period)
      assert.deepEqual(periods, [500], "one periodic callback, at the new period")
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })

  test("OHLC: bars stream with consistent prices, and the averages follow the Select", async () => {
    const { page, errors } = await app.open(`/ohlc`)
    try {
      await page.waitForFunction(() => Bokeh.documents[0]!.get_model_by_name("bars").get_length() >= 8)
      const bars = await model(page, "bars", "({ ...Object.fromEntries(['open','high','low','close','ma','color'].map((c) => [c, Array.from(m.data[c])])) })") as Record<string, any[]>
      bars.open!.forEach((open: number, i: number) => {
        const [high, low, close] = [bars.high![i], bars.low![i], bars.close![i]]
        assert.ok(low <= Math.min(open, close) && high >= Math.max(open, close), `bar ${i}: low ≤ open, close ≤ high`)
        assert.equal(bars.color![i], close >= open ? "#2ca25f" : "#de2d26")
        assert.ok(Number.isFinite(bars.ma![i]))
      })
      // each bar opens at the previous close
      for (let i = 1; i < bars.open!.length; i++) assert.equal(bars.open![i], bars.close![i - 1])

      await model(page, "average", "(m.value = 'SMA 30', true)")
      const session = app.server.contexts.get("/ohlc")!.sessions[0]!
      await waitUntil(() => (session.document.getModelByName("average") as unknown as { value: string }).value === "SMA 30")
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })

  test("sliders: moving a slider reshapes the curve the browser draws", async () => {
    const { page, errors } = await app.open(`/sliders`)
    try {
      const peak = () => model(page, "wave", "Math.max(...Array.from(m.data.y).map(Math.abs))") as Promise<number>
      assert.ok(Math.abs(await peak() - 1) < 0.01, "amplitude 1 at start")
      await model(page, "amplitude", "(m.value = 2, true)")
      await page.waitForFunction(() => Math.max(...Array.from(Bokeh.documents[0]!.get_model_by_name("wave").data.y as ArrayLike<number>).map(Math.abs)) > 1.9)
      await model(page, "offset", "(m.value = 0.5, true)")
      await page.waitForFunction(() => Math.max(...Array.from(Bokeh.documents[0]!.get_model_by_name("wave").data.y as ArrayLike<number>)) > 2.4)
      // the title box retitles the plot, server side
      await page.locator("input[type=text]").fill("new title")
      await page.locator("input[type=text]").press("Enter")
      await page.waitForFunction(() => Bokeh.documents[0]!.get_model_by_name("plot").title.text === "new title")
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })
})

async function waitUntil(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out")
    await new Promise((r) => setTimeout(r, 20))
  }
}
