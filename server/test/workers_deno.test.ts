// The worker runners under Deno 2: TypeScript worker modules load without tsx, typed arrays
// move, models are refused, session and global runners deliver, and a stopped server leaves
// no worker behind (and the process exits by itself).
import assert from "node:assert/strict"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { test } from "node:test"
import { fileURLToPath, pathToFileURL } from "node:url"
import { exited, spawnUntil } from "./helpers.ts"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const url = (path: string) => JSON.stringify(pathToFileURL(join(ROOT, path)).href)

const SCRIPT = `
import { serve } from ${url("server/server.ts")}
import { GlobalTaskRunner, SessionTaskRunner, WorkerHost, workerStats } from ${url("server/workers/index.ts")}
import { Div } from ${url("document/index.ts")}
const FUNCTIONS = ${url("server/workers/test_functions.ts")}
const out: Record<string, unknown> = {}
const host = new WorkerHost({ module: FUNCTIONS, export: "batch" })
const batch = await host.call<{ values: Float64Array; sum: number }>([10], { keepAlive: true })
out.batch = [batch.values.constructor.name, batch.sum]
out.refused = await host.call([{ d: new Div() }]).then(() => "sent", (e: Error) => e.message)
await host.terminate()
let runner: SessionTaskRunner<{ x: number }, number> | null = null
const server = await serve({ "/app": (doc) => {
  runner = new SessionTaskRunner({ worker: { module: FUNCTIONS, export: "squareTask" } })
  doc.addRoot(runner.view())
} }, { port: 0, address: "127.0.0.1" })
await (await fetch("http://127.0.0.1:" + server.port + "/app")).text()
const global = new GlobalTaskRunner<number>("count", { worker: { module: FUNCTIONS, export: "counter" }, seconds: 0.01 })
runner!.append({ x: 7 })
await new Promise((resolve) => setTimeout(resolve, 600))
out.global = [global.calls, global.value]
out.session = [runner!.value, runner!.status]
out.running = workerStats()
await server.stop()
await GlobalTaskRunner.removeAll()
await new Promise((resolve) => setTimeout(resolve, 100))
out.stopped = workerStats()
console.log("RESULT " + JSON.stringify(out))
`

test("the runners work under Deno 2", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "bokeh-ts-deno-workers-"))
  try {
    const file = join(dir, "runners.ts")
    writeFileSync(file, SCRIPT)
    // a package.json beside the script puts Deno in npm mode, resolving packages from node_modules
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }))
    const { child, match } = await spawnUntil(join(ROOT, "node_modules", ".bin", "deno"), ["run", "--quiet", "-A", file],
      /RESULT (.*)\n/, { cwd: ROOT })
    const out = JSON.parse(match[1]!)
    assert.deepEqual(out.batch, ["Float64Array", 45])
    assert.match(out.refused, /is the model Div\(id='p\d+'\); workers never receive models/)
    const [calls, value] = out.global
    assert.ok(calls >= 20 && value === calls, `global runner: ${calls} calls, value ${value}`)
    assert.deepEqual(out.session, [49, "The queue is empty"])
    assert.deepEqual(out.running, { workers: 2, timers: out.running.timers, sessionRunners: 1, globalRunners: 1 })
    assert.deepEqual(out.stopped, { workers: 0, timers: 0, sessionRunners: 0, globalRunners: 0 })
    // nothing holds the process once its script is done
    const t0 = Date.now()
    await exited(child)
    assert.ok(Date.now() - t0 < 2000, `Deno exited ${Date.now() - t0} ms after its result`)
    assert.equal(child.exitCode, 0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
