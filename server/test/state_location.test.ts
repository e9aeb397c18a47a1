// state.location (spec document.md §14.2) and onload / deferLoad (§14.5): the URL as the
// request gave it and as the browser reports it, checked writes, query sync with models, and
// the callbacks that wait for the page. A raw client plays the browser here; the real BokehJS
// checks the carrier, and Chromium the whole round trip.
import assert from "node:assert/strict"
import { test } from "node:test"
import type { TestContext } from "node:test"
import { AttributeError, Column, CustomJS, Div, Select, Slider, ValueError, type Document } from "../../document/index.ts"
import type { AppFunction } from "../application.ts"
import type { SessionContext } from "../context.ts"
import type { BokehServer } from "../server.ts"
import { deferLoad, execute, onload, state, type LocationChange } from "../state/index.ts"
import { generateSessionId } from "../tokens.ts"
import { launchChromium, openApp } from "./chromium.ts"
import { RawClient, bokehSession, captureServerLog, closeBokehJS, sleep, startServer, waitFor } from "./helpers.ts"

async function start(t: TestContext, app: AppFunction): Promise<BokehServer> {
  const server = await startServer({ "/loc": app })
  t.after(() => server.stop())
  return server
}

async function open(t: TestContext, server: BokehServer): Promise<{ context: SessionContext; client: RawClient }> {
  const id = generateSessionId(server.tokens)
  const client = await RawClient.connect(server, "/loc", { sessionId: id })
  t.after(() => client.close())
  await client.pull()
  return { context: server.contexts.get("/loc")!.sessions.find((c) => c.id === id)!, client }
}

function documentReady(client: RawClient): void {
  client.patch([{ kind: "MessageSent", msg_type: "bokeh_event", msg_data: { type: "event", name: "document_ready", values: { type: "map" } } }])
}

function carrierOf(doc: Document): CustomJS {
  return doc.getModelByName("bokeh_ts_location") as CustomJS
}

// What the page script sends: window.location's parts and the last wish it applied.
function report(client: RawClient, doc: Document, parts: Record<string, string | number>): void {
  const value = { seq: carrierOf(doc).args.seq as number, protocol: "http:", hostname: "127.0.0.1", port: "5006", pathname: "/loc", search: "", hash: "", ...parts }
  client.patch([{ kind: "ModelChanged", model: { id: carrierOf(doc).id }, attr: "tags", new: [{ type: "map", entries: Object.entries(value) }] }])
}

// The location of a session, read inside it (state reads the current session).
function locationOf(context: SessionContext) {
  return execute(() => state.location, context) as Promise<ReturnType<() => typeof state.location>>
}

test("the location starts from the page request: scheme, host, path and query; no hash", async (t) => {
  let href = ""
  const server = await start(t, () => { href = state.location.href })
  const response = await fetch(`http://127.0.0.1:${server.port}/loc?a=1&b=x%20y`)
  assert.equal(response.status, 200)
  assert.equal(href, `http://127.0.0.1:${server.port}/loc?a=1&b=x+y`)
  const context = server.contexts.get("/loc")!.sessions[0]!
  const location = await locationOf(context)
  assert.deepEqual([location.protocol, location.hostname, location.port, location.pathname, location.search, location.hash, location.query],
    ["http:", "127.0.0.1", String(server.port), "/loc", "?a=1&b=x+y", "", { a: "1", b: "x y" }])
})

test("writes are checked before anything changes; href, protocol, hostname and port are read-only", async (t) => {
  const server = await start(t, (doc) => doc.addRoot(new Div()))
  const { context } = await open(t, server)
  const location = await locationOf(context)
  await execute(() => {
    assert.throws(() => { location.search = "a=1" }, (e: Error) => e instanceof ValueError && /Location.search must be empty or start with '\?'.*got "a=1"/.test(e.message))
    assert.throws(() => { location.search = "?a#b" }, /hold no '#'/)
    assert.throws(() => { location.hash = "top" }, /Location.hash must be empty or start with '#', got "top"/)
    assert.throws(() => { location.pathname = "loc" }, /Location.pathname must start with '\/'/)
    assert.throws(() => { location.pathname = 3 as never }, /Location.pathname must be a string, got number 3/)
    assert.throws(() => { location.href = "http://elsewhere/" }, (e: Error) => e instanceof AttributeError && /Location.href is read-only/.test(e.message))
    for (const field of ["protocol", "hostname", "port"] as const) {
      assert.throws(() => { (location as unknown as Record<string, string>)[field] = "x" }, new RegExp(`Location.${field} is read-only`))
    }
    assert.throws(() => location.update({ hash: "#ok", search: "bad" }), /Location.search/)
    assert.equal(location.hash, "", "a failed update changes no part")
    assert.throws(() => location.update({ port: "1" } as never), /Location.port is read-only/)
    assert.throws(() => location.update({ query: "1" } as never), /Location has no field 'query'/)
    assert.throws(() => { location.reload = "yes" as never }, /reload must be a boolean/)
    assert.throws(() => location.updateQuery({ a: {} as never }), /the value of 'a' must be a string, number, boolean or null/)
    // "?" and "#" alone are what a browser reports as ""
    location.search = "?"
    assert.equal(location.search, "")
  }, context)
})

test("server writes go to the browser as numbered wishes; reports update the location; stale reports are ignored", async (t) => {
  const server = await start(t, (doc) => doc.addRoot(new Div()))
  const { context, client } = await open(t, server)
  const location = await locationOf(context)
  const doc = context.document
  const heard: Array<[LocationChange[], string]> = []
  location.onChange((changes, origin) => { heard.push([[...changes], origin]) })
  assert.ok(doc.roots.includes(carrierOf(doc)), "the carrier is a root")
  assert.deepEqual(doc.jsEventCallbacks.get("document_ready")?.length, 1)
  await execute(() => {
    location.updateQuery({ a: 1 })
    location.updateQuery({ b: "c" })
  }, context)
  assert.equal(location.search, "?a=1&b=c")
  // wish 1 woke the script of the client that already had the document
  assert.deepEqual(carrierOf(doc).args, { seq: 3, set: { search: "?a=1&b=c" }, reload: false, history: "push" })
  await execute(() => location.updateQuery({ a: null }, { history: "replace" }), context)
  assert.deepEqual(carrierOf(doc).args, { seq: 4, set: { search: "?b=c" }, reload: false, history: "replace" })
  // the browser applied wish 4, then the person changed the hash
  report(client, doc, { search: "?b=c", hash: "#part" })
  await waitFor(() => location.hash === "#part", 1000, "the report")
  assert.equal(location.href, "http://127.0.0.1:5006/loc?b=c#part")
  // a report sent before the browser saw a newer wish is stale
  await execute(() => { location.hash = "#newer" }, context)
  client.patch([{ kind: "ModelChanged", model: { id: carrierOf(doc).id }, attr: "tags",
    new: [{ type: "map", entries: Object.entries({ seq: 4, protocol: "http:", hostname: "h", port: "", pathname: "/loc", search: "", hash: "#old" }) }] }])
  await sleep(30)
  assert.equal(location.hash, "#newer")
  assert.deepEqual(carrierOf(doc).args.set, { search: "?b=c", hash: "#newer" }, "the fields the server set so far")
  assert.deepEqual(heard.map(([changes, origin]) => [changes.map((c) => `${c.field}=${c.value}`), origin]), [
    [["search=?a=1"], "server"], [["search=?a=1&b=c"], "server"], [["search=?b=c"], "server"],
    [["port=5006", "hash=#part"], "browser"], [["hash=#newer"], "server"],
  ])
  const { log } = await captureServerLog(async () => {
    client.patch([{ kind: "ModelChanged", model: { id: carrierOf(doc).id }, attr: "tags", new: ["junk"] }])
    await sleep(30)
  })
  assert.ok(log.some(([level, m]) => level === "error" && /malformed location report/.test(m)), JSON.stringify(log))
})

test("sync: the URL's values win at first, then model and query follow each other; unsync removes the parameters", async (t) => {
  let slider!: Slider
  let select!: Select
  const refused: Array<Record<string, string>> = []
  const server = await start(t, (doc) => {
    slider = new Slider({ start: 0, end: 10, value: 1, step: 1 })
    select = new Select({ options: ["red", "blue", "3"], value: "red" })
    doc.addRoot(slider)
    doc.addRoot(select)
    state.location.sync(slider, { value: "freq" }, { onError: (attempted) => { refused.push(attempted) } })
    state.location.sync(select, ["value", "title"])
  })
  const response = await fetch(`http://127.0.0.1:${server.port}/loc?freq=5`)
  assert.equal(response.status, 200)
  const context = server.contexts.get("/loc")!.sessions[0]!
  const location = await locationOf(context)
  assert.equal(slider.value, 5, "?freq=5 restored the slider")
  assert.deepEqual(location.query, { freq: "5", value: "red", title: "" }, "the other values written into the query")
  // model → URL, replacing the history entry
  await execute(() => { select.value = "3" }, context)
  assert.equal(location.query.value, "3", "a string stays a string for a Select")
  assert.equal(carrierOf(context.document).args.history, "replace")
  // URL → model: the back button, a typed URL
  await execute(() => { location.search = "?freq=8&value=blue" }, context)
  assert.deepEqual([slider.value, select.value], [8, "blue"])
  // a value the property refuses is reported, not applied
  await execute(() => { location.search = "?freq=high" }, context)
  assert.equal(slider.value, 8)
  assert.deepEqual(refused, [{ freq: "high" }])
  await execute(() => {
    location.unsync(slider)
    location.updateQuery({ freq: 2, value: "red" })
  }, context)
  assert.equal(slider.value, 8, "no longer synced")
  assert.equal(select.value, "red")
  await execute(() => location.unsync(select, ["title"]), context)
  assert.equal(location.search, "?freq=2&value=red")
  await execute(() => location.unsync(select), context)
  assert.equal(location.search, "?freq=2", "only what was never synced is left")
  await execute(() => location.updateQuery({ freq: null }), context)
  assert.equal(location.search, "", "an empty query has no '?'")
  await execute(() => {
    assert.throws(() => location.unsync(slider), /cannot unsync Slider.*never synced/)
    assert.throws(() => location.sync(slider, []), /sync expects property names/)
    assert.throws(() => location.sync(slider, ["valu"]), /unexpected attribute 'valu' to Slider/)
    assert.throws(() => location.sync(slider, { value: "" }), /query name for 'value' must be a non-empty string/)
  }, context)
})

test("onload callbacks wait for document_ready, run in order in one pass, then loaded is true", async (t) => {
  const order: string[] = []
  const server = await start(t, (doc) => {
    const div = new Div({ text: "-" })
    doc.addRoot(div)
    onload(async () => {
      order.push(`first loaded=${state.loaded}`)
      await sleep(10)
      // registered during the pass: same pass
      onload(() => { order.push(`nested loaded=${state.loaded}`) })
    })
    onload(() => { throw new Error("second failed") })
    onload(() => { order.push(`third busy=${state.busy}`); div.text = "loaded" })
  })
  const { context, client } = await open(t, server)
  await sleep(30)
  assert.equal(order.length, 0, "nothing before the page is ready")
  const { log } = await captureServerLog(async () => {
    documentReady(client)
    await waitFor(() => order.length === 3, 2000, "the onload pass")
  })
  assert.deepEqual(order, ["first loaded=false", "third busy=true", "nested loaded=false"])
  assert.ok(log.some(([level, m]) => level === "error" && /onload callback.*second failed/s.test(m)))
  assert.equal(await execute(() => state.loaded, context), true)
  // after load: as the next task; a second document_ready (another tab) runs nothing again
  await execute(() => onload(() => { order.push(`late loaded=${state.loaded}`) }), context)
  await waitFor(() => order.length === 4, 1000, "the late callback")
  documentReady(client)
  await sleep(30)
  assert.deepEqual(order.slice(3), ["late loaded=true"])
  let direct = 0
  onload(() => { direct++ })
  assert.equal(direct, 1, "outside a session it runs at once")
  assert.throws(() => onload(5 as never), /onload expects a function, got number 5/)
})

test("deferLoad shows a placeholder, then what build() made once the page is ready (or why it failed)", async (t) => {
  const server = await start(t, (doc) => {
    doc.addRoot(deferLoad(async () => { await sleep(5); return new Div({ name: "content", text: "the content" }) }))
    doc.addRoot(deferLoad(() => { throw new Error("no data") }, { layout: new Column({ name: "failing" }) }))
  })
  const { context, client } = await open(t, server)
  const [ok, failing] = context.document.roots as [Column, Column]
  assert.equal((ok.children[0] as Div).text, "Loading…")
  await captureServerLog(async () => {
    documentReady(client)
    await waitFor(() => (ok.children[0] as Div).name === "content", 2000, "the content")
  })
  assert.equal((failing.children[0] as Div).text, "Failed to load: no data")
  assert.throws(() => deferLoad("x" as never), /deferLoad expects a function/)
})

test("in Chromium: document_ready arrives, deferLoad fills in, the hash reaches the server, the carrier root renders nothing and logs no error", async (t) => {
  const server = await startServer({
    "/page": (doc) => {
      doc.addRoot(deferLoad(() => new Div({ name: "late", text: "built after load" })))
      state.location.updateQuery({ from: "server" })
    },
    "/late": (doc) => doc.addRoot(new Div({ text: "location made after load" })),
  }, { allowWebsocketOrigin: [] })
  t.after(() => server.stop())
  const browser = await launchChromium()
  t.after(() => browser.close())
  const { page, errors } = await openApp(browser, `http://127.0.0.1:${server.port}/page?x=1#here`)
  await page.getByText("built after load").waitFor()
  const context = server.contexts.get("/page")!.sessions[0]!
  const location = await locationOf(context)
  await waitFor(() => location.hash === "#here", 5000, "the browser's report")
  assert.equal(location.search, "?x=1&from=server")
  assert.equal(new URL(page.url()).search, "?x=1&from=server", "the server's query was applied in place")
  await execute(() => { location.hash = "#there" }, context)
  await page.waitForURL(/#there$/)
  assert.deepEqual(errors, [])
  // a location first used after the page loaded: no document_ready will come, yet it links up
  const late = await openApp(browser, `http://127.0.0.1:${server.port}/late#late`)
  await late.page.getByText("location made after load").waitFor()
  const lateContext = server.contexts.get("/late")!.sessions[0]!
  const lateLocation = await locationOf(lateContext)
  await waitFor(() => lateLocation.hash === "#late", 5000, "the late location's first report")
  assert.deepEqual(late.errors, [])
})

// last: loading BokehJS in this process replaces globals such as fetch
test("the real BokehJS accepts the carrier root and its scripts", async (t) => {
  const server = await start(t, (doc) => {
    doc.addRoot(new Div({ text: "hi" }))
    state.location.updateQuery({ q: "1" })
  })
  const session = await bokehSession(server, "/loc")
  t.after(async () => {
    session.close()
    await closeBokehJS()
  })
  const carrier = session.document.get_model_by_name("bokeh_ts_location")
  assert.equal(carrier.type, "CustomJS")
  assert.deepEqual({ ...carrier.args, set: { ...carrier.args.set } }, { seq: 1, set: { search: "?q=1" }, reload: false, history: "push" })
  assert.equal(carrier.js_property_callbacks["change:args"].length, 1)
})
