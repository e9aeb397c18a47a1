// Loading apps (files, app folders, folders of apps) and the CLI.
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { after, before, describe, test } from "node:test"
import { fileURLToPath, pathToFileURL } from "node:url"
import { loadApplications } from "../application.ts"
import type { BokehServer } from "../server.ts"
import { exited, spawnUntil, startServer } from "./helpers.ts"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const DOCUMENT = pathToFileURL(join(ROOT, "document/index.ts")).href

describe("apps", () => {
  let dir: string
  let server: BokehServer
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "bokeh-ts-apps-"))
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }))
    writeFileSync(join(dir, "hello.ts"), `
      import { Div } from ${JSON.stringify(DOCUMENT)}
      export const metadata = { author: "me" }
      export default (doc: any) => { doc.title = "Hello"; doc.addRoot(new Div({ text: "hello" })) }
    `)
    writeFileSync(join(dir, "plain.js"), `export default (doc) => { doc.title = "Plain" }`)
    writeFileSync(join(dir, "_helper.ts"), `export const notAnApp = 1`)
    writeFileSync(join(dir, "thing.test.ts"), `export default () => {}`)
    mkdirSync(join(dir, "folder", "static"), { recursive: true })
    writeFileSync(join(dir, "folder", "main.ts"), `export default (doc: any) => { doc.title = "Folder" }
      export const metadata = async () => ({ computed: true })`)
    writeFileSync(join(dir, "folder", "static", "note.txt"), "static text")
    server = await startServer([dir])
  })
  after(async () => {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  test("a folder serves every app module in it and every app folder under it", () => {
    assert.deepEqual(server.applications.map((a) => a.path).sort(), ["/folder", "/hello", "/plain"])
  })

  test("each app's page, metadata and own static files are served", async () => {
    const base = `http://127.0.0.1:${server.port}`
    const page = await (await fetch(`${base}/hello`)).text()
    assert.match(page, /<title>Hello<\/title>/)
    assert.deepEqual(await (await fetch(`${base}/hello/metadata`)).json(), { url: "/hello", data: { author: "me" } })
    assert.deepEqual(await (await fetch(`${base}/folder/metadata`)).json(), { url: "/folder", data: { computed: true } })
    assert.equal(await (await fetch(`${base}/folder/static/note.txt`)).text(), "static text")
    assert.equal((await fetch(`${base}/folder/static/../main.ts`)).status, 404)
    // an app without static/ serves BokehJS's files there
    assert.equal((await fetch(`${base}/hello/static/js/bokeh.min.js`)).status, 200)
    const index = await (await fetch(`${base}/`)).text()
    for (const app of ["/folder", "/hello", "/plain"]) assert.match(index, new RegExp(`href="${app}"`))
  })

  test("a module without a default export is refused with a clear message", async () => {
    const bad = join(dir, "..", `bad-${process.pid}.ts`)
    writeFileSync(bad, "export const x = 1")
    try {
      await assert.rejects(loadApplications([bad]), /has no default export/)
    } finally {
      rmSync(bad, { force: true })
    }
  })
})

test("bokeh-ts serve prints the URLs of the apps and serves them", { timeout: 60_000 }, async () => {
  const { child: cli, match } = await spawnUntil(process.execPath,
    [join(ROOT, "server/bin.js"), "serve", join(ROOT, "demos"), "--port", "0", "--address", "127.0.0.1"],
    /Bokeh app running at: (.*)/, { cwd: ROOT })
  try {
    const line = match[1]!
    const urls = line.split(", ")
    assert.ok(urls.length >= 2)
    assert.ok(urls.some((u) => /^http:\/\/127\.0\.0\.1:\d+\/random_walk$/.test(u)), line)
    const response = await fetch(urls[0]!)
    assert.equal(response.status, 200)
  } finally {
    cli.kill("SIGTERM")
    await exited(cli)
  }
})

test("bokeh-ts rejects a bad flag value with a message", async () => {
  const cli = spawn(process.execPath, [join(ROOT, "server/bin.js"), "serve", join(ROOT, "demos"), "--port", "many"], { cwd: ROOT })
  let err = ""
  cli.stderr.on("data", (c: Buffer) => { err += c.toString() })
  const code = await new Promise((r) => cli.once("exit", r))
  assert.equal(code, 1)
  assert.match(err, /--port takes a number, got "many"/)
})
