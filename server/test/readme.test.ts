// The README's app example serves as written: a click runs the server-side handler.
import assert from "node:assert/strict"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { test } from "node:test"
import { fileURLToPath, pathToFileURL } from "node:url"
import { RawClient, startServer } from "./helpers.ts"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

test("the README's counter app serves and answers a click", async () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8")
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.startsWith("// counter.ts"))
  assert.ok(block != null, "the README has the counter example")
  const dir = mkdtempSync(join(tmpdir(), "bokeh-ts-readme-app-"))
  // apps are ES modules: in a folder without "type": "module" tsx would load a .ts as CommonJS
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }))
  const file = join(dir, "counter.ts")
  writeFileSync(file, block.replace("bokeh-ts/document/index.ts", pathToFileURL(join(ROOT, "document/index.ts")).href))
  const server = await startServer([file])
  try {
    assert.deepEqual(server.urls, [`http://127.0.0.1:${server.port}/counter`])
    const client = await RawClient.connect(server, "/counter")
    const pulled = await client.pull()
    assert.equal(pulled.msgtype, "PULL-DOC-REPLY", JSON.stringify(pulled.content))
    const roots = (pulled.content as any).doc.roots
    client.patch([{
      kind: "MessageSent", msg_type: "bokeh_event",
      msg_data: { type: "event", name: "button_click", values: { type: "map", entries: [["model", { id: roots[0].id }]] } },
    }])
    const patch = await client.next("PATCH-DOC")
    assert.deepEqual((patch.content as any).events, [{ kind: "ModelChanged", model: { id: roots[1].id }, attr: "text", new: "1 clicks" }])
    client.close()
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})

test("the README's plotting app serves: the walk streams, and ?period= reaches the slider", async () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8")
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.startsWith("// walk.ts"))
  assert.ok(block != null, "the README has the walk example")
  const dir = mkdtempSync(join(tmpdir(), "bokeh-ts-readme-walk-"))
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }))
  const file = join(dir, "walk.ts")
  writeFileSync(file, block
    .replace("bokeh-ts/plots/index.ts", pathToFileURL(join(ROOT, "plots/index.ts")).href)
    .replace("bokeh-ts/server/index.ts", pathToFileURL(join(ROOT, "server/index.ts")).href))
  const server = await startServer([file])
  try {
    // the page request carries ?period=100; its session (created with the page) syncs it
    const page = await (await fetch(`http://127.0.0.1:${server.port}/walk?period=100`)).text()
    const token = /"token":"([^"]+)"/.exec(page)?.[1]
    assert.ok(token != null, "the page has a session token")
    const client = await RawClient.connect(server, "/walk", { token })
    const pulled = await client.pull()
    assert.equal(pulled.msgtype, "PULL-DOC-REPLY", JSON.stringify(pulled.content))
    const slider = JSON.stringify(pulled.content).match(/"name":"Slider","id":"[^"]+","attributes":\{[^}]*"value":(\d+)/)
    assert.equal(slider?.[1], "100", "the slider took its value from the URL")
    // the period starts at 200 ms: rows arrive as ColumnsStreamed events
    const streamed = await client.take((m) => m.msgtype === "PATCH-DOC" && (m.content as any).events.some((e: any) => e.kind === "ColumnsStreamed"), "a streamed row", 3000)
    assert.ok(streamed != null)
    client.close()
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})
