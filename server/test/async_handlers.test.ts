// Async event and property callbacks (seed 003's `async def run_async(event)`): the task that ran
// the handler keeps the session's lock until the handler's promise settles, so what it changes
// after an await is in order with the session's other tasks, and a rejection is logged instead
// of crashing the process.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { Button, ColumnDataSource, Div, Slider, type Document } from "../../document/index.ts"
import type { BokehServer } from "../index.ts"
import { captureServerLog, RawClient, sleep, startServer } from "./helpers.ts"

const click = (id: string) => ({
  kind: "MessageSent", msg_type: "bokeh_event",
  msg_data: { type: "event", name: "button_click", values: { type: "map", entries: [["model", { id }]] } },
})

describe("async callbacks keep their task", () => {
  let server: BokehServer
  // the order in which the server saw things happen, per session
  const trace: string[] = []

  before(async () => {
    server = await startServer({
      "/app": (doc: Document) => {
        const button = new Button({ name: "button", label: "Go" })
        const failing = new Button({ name: "failing", label: "Fail" })
        const status = new Div({ name: "status", text: "idle" })
        const slider = new Slider({ name: "slider", start: 0, end: 10, value: 0, step: 1 })
        const ticks = new ColumnDataSource({ name: "ticks", data: { n: [] } })
        let n = 0
        button.onEvent("button_click", async () => {
          status.text = "Running"
          trace.push("handler start")
          await sleep(150)
          status.text = "Finished"
          trace.push("handler end")
        })
        failing.onEvent("button_click", async () => {
          await sleep(10)
          throw new Error("the handler failed after an await")
        })
        slider.onChange("value", async (_a, _o, value) => {
          await sleep(20)
          status.text = `slider at ${value}`
        })
        // a competing producer: it must never run inside the handler's awaits
        doc.addPeriodicCallback(() => {
          trace.push("tick")
          ticks.stream({ n: [n++] }, 100)
        }, 5)
        for (const root of [button, failing, status, slider, ticks]) doc.addRoot(root)
      },
    })
  })
  after(async () => { await server.stop() })

  async function connect(): Promise<{ client: RawClient; ids: Map<string, string> }> {
    const client = await RawClient.connect(server, "/app")
    const roots = ((await client.pull()).content as any).doc.roots as any[]
    return { client, ids: new Map(roots.map((r) => [r.attributes.name, r.id])) }
  }

  test("a click's handler holds the lock across its await; the client sees Running, then Finished", async () => {
    const { client, ids } = await connect()
    const { log } = await captureServerLog(async () => {
      trace.length = 0
      client.patch([click(ids.get("button")!)])
      const texts: string[] = []
      while (!texts.includes("Finished")) {
        const patch = await client.next("PATCH-DOC")
        for (const e of (patch.content as any).events) if (e.kind === "ModelChanged" && e.attr === "text") texts.push(e.new)
      }
      assert.deepEqual(texts, ["Running", "Finished"])
    })
    const start = trace.indexOf("handler start")
    const end = trace.indexOf("handler end")
    assert.ok(start >= 0 && end > start)
    assert.deepEqual(trace.slice(start + 1, end), [], "no periodic tick ran while the handler awaited")
    assert.ok(trace.slice(end).includes("tick") || (await sleep(50), trace.slice(end).includes("tick")), "ticks resume afterwards")
    assert.deepEqual(log.filter(([level]) => level === "error"), [])
    client.close()
  })

  test("an async property callback's change after its await comes back in order", async () => {
    const { client, ids } = await connect()
    client.patch([{ kind: "ModelChanged", model: { id: ids.get("slider")! }, attr: "value", new: 7 }])
    const ok = await client.next("OK")
    assert.ok(ok != null)
    const patch = await client.take((m) => m.msgtype === "PATCH-DOC" && (m.content as any).events.some((e: any) => e.attr === "text"), "status text")
    assert.equal((patch.content as any).events.find((e: any) => e.attr === "text").new, "slider at 7")
    client.close()
  })

  test("a rejected async handler is logged with what failed; the session and server keep going", async () => {
    const { client, ids } = await connect()
    const { log } = await captureServerLog(async () => {
      client.patch([click(ids.get("failing")!)])
      // OK says the patch was applied; the handler is still awaiting then
      await client.next("OK")
      await sleep(100)
    })
    assert.ok(log.some(([level, message]) => level === "error" && /Button button_click event callback/.test(message) && /failed after an await/.test(message)),
      JSON.stringify(log))
    // still serving: the other handler works on the same session
    client.patch([click(ids.get("button")!)])
    await client.take((m) => m.msgtype === "PATCH-DOC" && (m.content as any).events.some((e: any) => e.new === "Finished"), "Finished")
    client.close()
  })
})
