// The wire protocol: framing (spec protocol.md §3) and each message type (§4) against a live
// server, with a client that writes frames by hand.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { Button, ColumnDataSource, Div, Document } from "../../document/index.ts"
import { Message } from "../protocol/message.ts"
import { messages } from "../protocol/messages.ts"
import { FramingError, Receiver } from "../protocol/receiver.ts"
import type { BokehServer } from "../server.ts"
import { RawClient, startServer, tokenFor, waitFor } from "./helpers.ts"

describe("framing", () => {
  test("a message with buffers is header, metadata, content, then (buffer header, payload) pairs", () => {
    const bytes = new Uint8Array([1, 2, 3])
    const message = Message.create("PATCH-DOC", { events: [] }, { buffers: [{ id: "0", data: bytes }] })
    const frames = message.frames()
    assert.equal(frames.length, 5)
    assert.equal(JSON.parse(frames[0] as string).num_buffers, 1)
    assert.deepEqual(JSON.parse(frames[3] as string), { id: "0" })
    assert.equal(frames[4], bytes)
    const receiver = new Receiver()
    const back = frames.map((f) => receiver.consume(f)).at(-1)!
    assert.deepEqual(back.content, { events: [] })
    assert.deepEqual([...back.bufferMap().get("0")!], [1, 2, 3])
    // without buffers num_buffers is left out; 0 is accepted too (Python writes it)
    assert.equal(JSON.parse(messages.ack().frames()[0] as string).num_buffers, undefined)
    const r = new Receiver()
    for (const f of [JSON.stringify({ msgid: "1", msgtype: "OK", num_buffers: 0 }), "{}"]) assert.equal(r.consume(f), null)
    assert.equal(r.consume("{}")!.msgtype, "OK")
  })

  test("broken framing is a FramingError naming the problem", () => {
    const cases: Array<[Array<string | Uint8Array>, RegExp]> = [
      [[new Uint8Array([1])], /expected a text frame for the header/],
      [["{not json"], /header is not valid JSON/],
      [["[1]"], /header must be a JSON object/],
      [[JSON.stringify({ msgid: "1" })], /no msgtype/],
      [[JSON.stringify({ msgtype: "OK" })], /no msgid/],
      [[JSON.stringify({ msgid: "1", msgtype: "OK", num_buffers: -1 })], /invalid num_buffers/],
      [[JSON.stringify({ msgid: "1", msgtype: "OK", num_buffers: 1 }), "{}", "{}", JSON.stringify({ id: "0", x: 1 })], /exactly \{"id": string\}/],
      [[JSON.stringify({ msgid: "1", msgtype: "OK", num_buffers: 1 }), "{}", "{}", JSON.stringify({ id: "0" }), "text"], /binary frame for a buffer payload/],
    ]
    for (const [frames, message] of cases) {
      const receiver = new Receiver()
      assert.throws(() => { for (const f of frames) receiver.consume(f) }, (e: unknown) => e instanceof FramingError && message.test(e.message))
    }
  })
})

describe("messages", () => {
  let server: BokehServer
  before(async () => {
    server = await startServer({
      "/app": (doc: Document) => {
        const source = new ColumnDataSource({ name: "source", data: { x: new Float64Array([1, 2, 3]) } })
        const button = new Button({ name: "button", label: "Go" })
        const div = new Div({ name: "div", text: "idle" })
        button.onEvent("button_click", () => { div.text = "clicked" })
        doc.title = "Protocol"
        doc.addRoot(source)
        doc.addRoot(button)
        doc.addRoot(div)
      },
    }, { keepAlive: 40 })
  })
  after(async () => { await server.stop() })

  test("ACK comes first; SERVER-INFO-REPLY names the BokehJS version", async () => {
    const client = await RawClient.connect(server, "/app", { waitForAck: false })
    const first = await client.next()
    assert.equal(first.msgtype, "ACK")
    const info = await client.request(messages.serverInfoReq())
    assert.equal(info.msgtype, "SERVER-INFO-REPLY")
    assert.deepEqual((info.content as any).version_info.bokeh, "3.10.0")
    client.close()
  })

  test("PULL-DOC-REPLY answers the request with the document and its arrays as binary buffers", async () => {
    const client = await RawClient.connect(server, "/app")
    const reply = await client.pull()
    assert.equal(reply.msgtype, "PULL-DOC-REPLY")
    const doc = (reply.content as any).doc
    assert.equal(doc.title, "Protocol")
    assert.equal(doc.version, "3.10.0")
    assert.equal(doc.config.name, "DocumentConfig")
    assert.equal(reply.buffers.length, 1)
    assert.deepEqual([...new Float64Array(reply.buffers[0]!.data.slice().buffer)], [1, 2, 3])
    client.close()
  })

  test("PATCH-DOC: an empty list is OK; a stream with a binary buffer is applied and reaches other tabs", async () => {
    const token = tokenFor(server)
    const a = await RawClient.connect(server, "/app", { token })
    const b = await RawClient.connect(server, "/app", { token })
    const pulled = await a.pull()
    await b.pull()
    const sourceId = (pulled.content as any).doc.roots[0].id
    const empty = a.patch([])
    assert.equal((await a.take((m) => m.header.reqid === empty.msgid, "OK")).msgtype, "OK")
    const rows = new Float64Array([4, 5])
    const sent = a.patch([{
      kind: "ColumnsStreamed", model: { id: sourceId }, attr: "data", rollover: null,
      data: { type: "map", entries: [["x", { type: "ndarray", array: { type: "bytes", data: { id: "0" } }, shape: [2], dtype: "float64", order: "little" }]] },
    }], [{ id: "0", data: new Uint8Array(rows.buffer) }])
    assert.equal((await a.take((m) => m.header.reqid === sent.msgid, "OK")).msgtype, "OK")
    const session = server.contexts.get("/app")!.getSession(JSON.parse(Buffer.from(token, "base64url").toString()).session_id)!
    const source = session.document.getModelByName("source") as ColumnDataSource
    assert.deepEqual([...source.data.x as Float64Array], [1, 2, 3, 4, 5])
    const patch = await b.next("PATCH-DOC")
    assert.equal((patch.content as any).events[0].kind, "ColumnsStreamed")
    assert.deepEqual([...new Float64Array(patch.buffers[0]!.data.slice().buffer)], [4, 5])
    // the sender gets nothing back
    await new Promise((r) => setTimeout(r, 50))
    assert.equal(a.received.filter((m) => m.msgtype === "PATCH-DOC").length, 0)
    a.close()
    b.close()
  })

  test("a button_click from the client reaches the model's onEvent handler, whose change comes back", async () => {
    const client = await RawClient.connect(server, "/app")
    const doc = (await client.pull()).content as any
    const buttonId = doc.doc.roots[1].id
    client.patch([{
      kind: "MessageSent", msg_type: "bokeh_event",
      msg_data: { type: "event", name: "button_click", values: { type: "map", entries: [["model", { id: buttonId }]] } },
    }])
    const patch = await client.next("PATCH-DOC")
    assert.deepEqual((patch.content as any).events.map((e: any) => [e.attr, e.new]), [["text", "clicked"]])
    client.close()
  })

  test("PUSH-DOC replaces the document; other tabs hear it, the pusher is not echoed", async () => {
    const token = tokenFor(server)
    const pusher = await RawClient.connect(server, "/app", { token })
    const other = await RawClient.connect(server, "/app", { token })
    await other.pull()
    const pushed = new Document({ title: "Pushed" })
    pushed.addRoot(new Div({ text: "from the client" }))
    const ok = await pusher.request(messages.pushDoc(pushed.toJSON(), []))
    assert.equal(ok.msgtype, "OK")
    const events: any[] = []
    while (!events.some((e: any) => e.kind === "TitleChanged")) events.push(...((await other.next("PATCH-DOC")).content as any).events)
    assert.deepEqual(events.map((e: any) => e.kind), ["RootRemoved", "RootRemoved", "RootRemoved", "RootAdded", "TitleChanged"])
    const again = await pusher.pull()
    assert.equal((again.content as any).doc.title, "Pushed")
    assert.deepEqual(pusher.received.filter((m) => m.msgtype === "PATCH-DOC").map((m) => m.content), [])
    pusher.close()
    other.close()
  })

  test("keep-alive pings carry a per-connection counter", async () => {
    const client = await RawClient.connect(server, "/app")
    const pings: string[] = []
    client.ws.on("ping", (data: Buffer) => pings.push(data.toString()))
    await waitFor(() => pings.length >= 2, 2000, "two pings")
    assert.deepEqual(pings.slice(0, 2), ["0", "1"])
    client.close()
  })
})
