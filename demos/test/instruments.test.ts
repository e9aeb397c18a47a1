// demos/instruments.ts, the scenario of seed 000 (holoviz/panel#7014): a worker reads the
// instruments at ≥ 500 Hz while a client edits the position. Nothing may crash, every edit
// must be applied in order, and every display must show its own value, never another
// model's or property's (the report's `<b>The position</b>: 4.0` landing in a number).
import assert from "node:assert/strict"
import { dirname, resolve } from "node:path"
import { performance } from "node:perf_hooks"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import type { Browser } from "playwright-core"
import type { Spinner } from "../../document/index.ts"
import { serve, type BokehServer } from "../../server/index.ts"
import { launchChromium, openApp } from "../../server/test/chromium.ts"
import { bokehSession, captureServerLog, closeBokehJS, RawClient, sleep, startServer, tokenFor, waitFor } from "../../server/test/helpers.ts"
import { GlobalTaskRunner, workerStats } from "../../server/workers/index.ts"
import { KEY, instrumentsApp, positionText, readingText } from "../instruments.ts"
import { INSTRUMENTS } from "../workers/instruments.ts"

const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), "../instruments.ts")
const EDIT_MS = 3000
const POSITION_LABEL = /^<b>The position<\/b>: -?\d+\.\d$/

// BokehJS's page globals, untyped here.
declare const Bokeh: { documents: Array<{ get_model_by_name(name: string): any }> }

// `slack` allows for a label's rounding to two decimals
function inRange(i: number, value: unknown, slack = 0): boolean {
  const { level, swing } = INSTRUMENTS[i]!
  return typeof value === "number" && Math.abs(value - level) <= swing + slack
}

// "<b>Pressure</b>: 1001.23 mbar" → 1001.23, checked against the instrument's own name and unit
function readingOf(i: number, text: unknown): number {
  const { name, unit } = INSTRUMENTS[i]!
  const match = new RegExp(`^<b>${name}</b>: (-?\\d+\\.\\d\\d) ${unit}$`).exec(String(text))
  assert.ok(match != null, `label_${i} shows ${String(text)}`)
  return Number(match[1])
}

describe("the instruments demo (seed 000)", { timeout: 60_000 }, () => {
  // the race: the demo's app drawing every reading (the served demo draws ~30 times a second)
  let server: BokehServer
  // the demo as served, for Chromium
  let demo: BokehServer

  before(async () => {
    server = await startServer({ "/instruments": instrumentsApp({ displayMs: 0 }) })
    demo = await serve([DEMO], { port: 0, address: "127.0.0.1" })
  })
  after(async () => {
    await server.stop()
    await demo.stop()
    await GlobalTaskRunner.removeAll()
    await closeBokehJS()
  })

  test("a client edits the position 1000 times while the worker reads at ≥ 500 Hz", { timeout: 30_000 }, async (t) => {
    const { result, log } = await captureServerLog(async () => {
      const token = tokenFor(server)
      const client = await bokehSession(server, "/instruments", token)
      // a second tab on the session records everything the server sends
      const tab = await RawClient.connect(server, "/instruments", { token })
      const pulled = await tab.pull()
      const names = new Map<string, string>()
      for (const root of (pulled.content as any).doc.roots) collectNames(root, names)
      const session = server.contexts.get("/instruments")!.sessions[0]!.session!
      const position = session.document.getModelByName("position") as Spinner
      const applied: number[] = []
      position.onChange("value", (_attr, _old, value) => { applied.push(value as number) })
      const runner = GlobalTaskRunner.get<Float64Array>(KEY)!
      assert.equal(workerStats().workers, 1)

      // the client edits while the worker's readings pour in
      const sent: number[] = []
      const clientPosition = client.document.get_model_by_name("position")
      const calls0 = runner.calls
      const t0 = performance.now()
      while (performance.now() - t0 < EDIT_MS) {
        const value = -(sent.length + 1) / 2
        sent.push(value)
        clientPosition.value = value
        await sleep(2)
      }
      const seconds = (performance.now() - t0) / 1000
      const rate = (runner.calls - calls0) / seconds
      await waitFor(() => applied.length === sent.length, 10_000, "every edit on the server")
      await waitFor(() => client.document.get_model_by_name("position_label").text === positionText(sent.at(-1)!), 10_000, "the last label")
      await waitFor(() => tab.received.some((m) => m.msgtype === "PATCH-DOC" &&
        (m.content as any).events.some((e: any) => e.new === positionText(sent.at(-1)!))), 10_000, "the last label on the tab")

      // the client's view of one moment: every label matches its own number
      for (let i = 0; i < INSTRUMENTS.length; i++) {
        const value = client.document.get_model_by_name(`value_${i}`).value
        assert.ok(inRange(i, value), `value_${i} = ${value}`)
        assert.equal(client.document.get_model_by_name(`label_${i}`).text, readingText(i, value))
      }
      assert.equal(client.document.get_model_by_name("position_label").text, positionText(clientPosition.value))

      // the report's value, sent by a client to the label: a Div's text is the client's to set,
      // and it has no path into the number
      const labelId = [...names].find(([, name]) => name === "position_label")![0]
      tab.patch([{ kind: "ModelChanged", model: { id: labelId }, attr: "text", new: "<b>The position</b>: 4.0" }])
      await waitFor(() => client.document.get_model_by_name("position_label").text === "<b>The position</b>: 4.0", 5000, "the client's label")
      assert.equal(position.value, sent.at(-1))
      assert.equal(applied.length, sent.length)
      client.close()
      tab.close()
      return { sent, applied, tab, names, rate, seconds }
    })
    const { sent, applied, tab, names, rate, seconds } = result

    // every edit applied, in the order sent, and nothing else written to the position
    assert.deepEqual(applied, sent)
    // no ERROR to anyone, nothing logged
    assert.deepEqual(tab.received.filter((m) => m.msgtype === "ERROR").map((m) => (m.content as any).text), [])
    assert.deepEqual(log.filter(([level]) => level === "error" || level === "warn"), [])

    // what the other tab saw: each value on its own model and property
    const positions: number[] = []
    const positionLabels: string[] = []
    const readings = new Array<number>(INSTRUMENTS.length).fill(0)
    for (const message of tab.received.filter((m) => m.msgtype === "PATCH-DOC")) {
      for (const event of (message.content as any).events) {
        assert.equal(event.kind, "ModelChanged", JSON.stringify(event))
        const name = names.get(event.model.id)
        const instrument = /^(value|label)_(\d)$/.exec(name ?? "")
        if (instrument != null) {
          const i = Number(instrument[2])
          if (instrument[1] === "value") {
            assert.equal(event.attr, "value")
            assert.ok(inRange(i, event.new), `${name} = ${event.new}`)
            readings[i]!++
          } else {
            assert.equal(event.attr, "text")
            assert.ok(inRange(i, readingOf(i, event.new), 0.005), `${name}: ${event.new}`)
          }
        } else if (name === "position") {
          assert.equal(event.attr, "value")
          assert.equal(typeof event.new, "number")
          positions.push(event.new)
        } else if (name === "position_label") {
          assert.equal(event.attr, "text")
          assert.match(event.new, POSITION_LABEL)
          positionLabels.push(event.new)
        } else {
          assert.equal(name, "rate", `unexpected event ${JSON.stringify(event)}`)
        }
      }
    }
    assert.deepEqual(positions, sent)
    assert.deepEqual(positionLabels, sent.map(positionText))
    const delivered = readings[0]! / seconds
    t.diagnostic(`${seconds.toFixed(1)} s: worker ${Math.round(rate)} readings/s, ${Math.round(delivered)}/s reached the tab; ` +
      `client ${sent.length} edits (${Math.round(sent.length / seconds)}/s)`)
    assert.ok(rate >= 500, `the worker produced ${Math.round(rate)} readings a second`)
    assert.ok(readings.every((n) => n === readings[0]), "the four instruments update together")
    assert.ok(delivered >= 250, `${Math.round(delivered)} readings a second reached the other tab`)
  })

  test("in Chromium: readings flow, typed positions show in their own label, no console errors", { timeout: 30_000 }, async () => {
    const browser: Browser = await launchChromium()
    try {
      const { page, errors } = await openApp(browser, `http://127.0.0.1:${demo.port}/instruments`)
      const first = await page.evaluate(() => Bokeh.documents[0]!.get_model_by_name("label_0").text as string)
      await page.waitForFunction((f) => Bokeh.documents[0]!.get_model_by_name("label_0").text !== f, first)
      // the page's own count of readings, from the server's once-a-second tally
      const RATE = /^Readings per second: (\d+) \(this session received (\d+)\)$/
      await page.waitForFunction((r) => new RegExp(r).test(Bokeh.documents[0]!.get_model_by_name("rate").text), RATE.source, { timeout: 5000 })
      await page.waitForTimeout(1100)
      const shown = await page.evaluate(() => Bokeh.documents[0]!.get_model_by_name("rate").text as string)
      const [, made, received] = RATE.exec(shown)!.map(Number)
      assert.ok(made! >= 500, shown)
      assert.ok(received! >= made! / 2, shown)

      // typed into the Spinner as a person would
      const input = page.getByLabel("Position (mm)")
      for (const value of ["4", "12.5", "-3.2", "7"]) {
        await input.fill(value)
        await input.press("Enter")
        await page.getByText(`The position: ${Number(value).toFixed(1)}`).waitFor()
      }
      // and a burst of edits through the page's model, as fast as the page makes them
      await page.evaluate(async () => {
        const position = Bokeh.documents[0]!.get_model_by_name("position")
        for (let i = 1; i <= 200; i++) {
          position.value = i / 10
          await new Promise((resolve) => setTimeout(resolve, 2))
        }
      })
      await page.getByText("The position: 20.0").waitFor()

      // one moment in the page: each label shows its own number
      const snapshot = await page.evaluate(() => {
        const doc = Bokeh.documents[0]!
        return {
          values: [0, 1, 2, 3].map((i) => doc.get_model_by_name(`value_${i}`).value as number),
          labels: [0, 1, 2, 3].map((i) => doc.get_model_by_name(`label_${i}`).text as string),
          position: doc.get_model_by_name("position").value as number,
          positionLabel: doc.get_model_by_name("position_label").text as string,
        }
      })
      snapshot.values.forEach((value, i) => {
        assert.ok(inRange(i, value), `value_${i} = ${value}`)
        assert.equal(snapshot.labels[i], readingText(i, value))
      })
      assert.equal(snapshot.position, 20)
      assert.equal(snapshot.positionLabel, positionText(20))
      const serverPosition = demo.contexts.get("/instruments")!.sessions.at(-1)!.document.getModelByName("position") as Spinner
      assert.equal(serverPosition.value, 20)
      assert.deepEqual(errors, [])
      await page.close()
    } finally {
      await browser.close()
    }
  })
})

// model id → name, for every named model under a root's JSON
function collectNames(value: unknown, names: Map<string, string>): void {
  if (value == null || typeof value !== "object") return
  if (Array.isArray(value)) {
    for (const item of value) collectNames(item, names)
    return
  }
  const object = value as Record<string, any>
  if (typeof object.id === "string" && typeof object.attributes?.name === "string") names.set(object.id, object.attributes.name)
  for (const item of Object.values(object)) collectNames(item, names)
}
