// The real BokehJS client (pull_session from the pinned bundles, in Node) against our server:
// it connects, pulls, receives streamed updates and sends changes the server applies; two
// connections on one session end in the same state.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import type { ColumnDataSource, Div } from "../../document/index.ts"
import { sliderApp } from "./fixtures/slider_app.ts"
import type { BokehServer } from "../server.ts"
import { bokehSession, closeBokehJS, sleep, startServer, tokenFor, waitFor } from "./helpers.ts"

const column = (source: any, name: string): number[] => Array.from(source.data[name] ?? source.data.get(name))

describe("BokehJS client", () => {
  let server: BokehServer
  before(async () => { server = await startServer({ "/app": sliderApp }) })
  after(async () => {
    await server.stop()
    await closeBokehJS()
  })

  test("pulls the document, receives streamed rows and sends changes the server applies", async () => {
    const session = await bokehSession(server, "/app")
    try {
      const doc = session.document
      assert.deepEqual(doc.roots().map((r: any) => r.type), ["ColumnDataSource", "Slider", "Div"])
      const source = doc.get_model_by_name("source")
      await waitFor(() => column(source, "x").length >= 8, 5000, "streamed rows")
      const xs = column(source, "x")
      assert.deepEqual(xs.slice(0, 4), [0, 1, 2, 3])
      // rows arrive in order, each y = x²
      assert.deepEqual(column(source, "y").slice(2, 6), xs.slice(2, 6).map((x) => x * x))

      const server_session = server.contexts.get("/app")!.sessions[0]!
      const serverSlider = server_session.document.getModelByName("slider")!
      doc.get_model_by_name("slider").value = 42
      await waitFor(() => serverSlider.getValue("value") === 42, 5000, "the slider change on the server")
      // the server's reaction comes back to the client that made the change
      await waitFor(() => doc.get_model_by_name("div").text === "slider at 42", 5000, "the derived Div text")
    } finally {
      session.close()
    }
  })

  test("two connections on one session end in the same state", async () => {
    const token = tokenFor(server)
    const first = await bokehSession(server, "/app", token)
    const second = await bokehSession(server, "/app", token)
    try {
      const sessions = server.contexts.get("/app")!.sessions
      const context = sessions.at(-1)!
      assert.equal(context.session!.connectionCount, 2)
      for (let i = 0; i < 20; i++) {
        const target = i % 2 === 0 ? first : second
        target.document.get_model_by_name("slider").value = i
        await sleep(3)
      }
      // stop streaming, then a last change: once it arrives, everything before it has too
      await context.session!.execute((doc) => {
        for (const cb of doc.sessionCallbacks) if (cb.kind === "periodic") doc.removePeriodicCallback(cb as any)
        ;(doc.getModelByName("div") as Div).text = "final"
      })
      for (const client of [first, second]) {
        await waitFor(() => client.document.get_model_by_name("div").text === "final", 5000, "the last change")
      }
      const serverDoc = context.document
      const serverX = Array.from((serverDoc.getModelByName("source") as ColumnDataSource).data.x as Float64Array)
      assert.ok(serverX.length > 2)
      for (const client of [first, second]) {
        const doc = client.document
        assert.equal(doc.get_model_by_name("slider").value, 19)
        assert.deepEqual(column(doc.get_model_by_name("source"), "x"), serverX)
      }
      assert.equal(serverDoc.getModelByName("slider")!.getValue("value"), 19)
    } finally {
      first.close()
      second.close()
    }
  })
})
