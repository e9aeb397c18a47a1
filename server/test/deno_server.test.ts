// The server under Deno 2: it starts, and the real BokehJS client (in this Node process)
// pulls, receives streamed rows and sends a change the Deno server applies and answers.
import assert from "node:assert/strict"
import { dirname, join, resolve } from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { generateSessionId, generateToken } from "../tokens.ts"
import { loadBokehJS } from "../../document/oracle/bokehjs.ts"
import { closeBokehJS, exited, installBrowserWebSocket, spawnUntil, waitFor } from "./helpers.ts"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

test("the server runs under Deno 2 and serves the BokehJS client", { timeout: 120_000 }, async () => {
  const { child: deno, match } = await spawnUntil(join(ROOT, "node_modules", ".bin", "deno"),
    ["run", "--quiet", "-A", join(ROOT, "server/test/deno_server.ts")], /listening (\d+)/, { cwd: ROOT, stdin: "pipe" })
  try {
    const port = Number(match[1])
    const page = await fetch(`http://127.0.0.1:${port}/app`)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /static\/js\/bokeh\.min\.js/)

    installBrowserWebSocket()
    const Bokeh = await loadBokehJS()
    const { pull_session } = Bokeh.require("client/connection")
    const settings = { sessionIds: "unsigned", secretKey: null, sessionTokenExpiration: 300 } as const
    const session = await pull_session(`ws://127.0.0.1:${port}/app/ws`, generateToken(generateSessionId(settings), settings), undefined)
    try {
      const doc = session.document
      const source = doc.get_model_by_name("source")
      await waitFor(() => source.get_length() >= 6, 10_000, "streamed rows")
      const xs = Array.from(source.data.x as ArrayLike<number>)
      assert.deepEqual(xs.slice(0, 4), [0, 1, 2, 3])
      doc.get_model_by_name("slider").value = 42
      // the text is made by the Deno server from the value it applied
      await waitFor(() => doc.get_model_by_name("div").text === "slider at 42", 10_000, "the server's answer")
    } finally {
      session.close()
    }
  } finally {
    deno.stdin!.end()
    await exited(deno)
    await closeBokehJS()
  }
})
