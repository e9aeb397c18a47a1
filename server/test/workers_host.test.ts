// WorkerHost: worker functions named by module and export, plain data in and out, errors as
// { name, message, stack }, models refused, crashed threads replaced, and threads that never
// keep the process alive.
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { after, describe, test } from "node:test"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Div, Document, Slider } from "../../document/index.ts"
import { WorkerError, WorkerHost, assertPlainData, workerStats } from "../workers/index.ts"
import { waitFor } from "./helpers.ts"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const FUNCTIONS = new URL("../workers/test_functions.ts", import.meta.url)
const hosts: WorkerHost[] = []

function host(exportName = "default"): WorkerHost {
  const h = new WorkerHost({ module: FUNCTIONS, export: exportName })
  hosts.push(h)
  return h
}

// worker threads never hold the process, so this test file holds it while it awaits them
const holdProcess = setInterval(() => {}, 60_000)

after(async () => {
  clearInterval(holdProcess)
  await Promise.all(hosts.map((h) => h.terminate()))
})

describe("WorkerHost", () => {
  test("calls an exported function in a thread and answers in order", async () => {
    const h = host("slowSquare")
    const answers = await Promise.all([1, 2, 3, 4].map((x) => h.call<number>([x, 5])))
    assert.deepEqual(answers, [1, 4, 9, 16])
    assert.equal(h.label, "test_functions.ts#slowSquare")
    // one thread keeps its module state between calls
    const counter = host("counter")
    assert.deepEqual([await counter.call(), await counter.call(), await counter.call()], [1, 2, 3])
    // async worker functions, and Dates, Maps and nested data, cross as structured clones
    const value = { when: new Date(0), map: new Map([["a", [1, 2]]]), nested: { list: [1, "two", null] } }
    assert.deepEqual(await host("echo").call([value, 5]), value)
  })

  test("a thrown error comes back with its name, message and the worker's stack", async () => {
    const error = await host("fail").call(["too far"]).then(() => null, (e: unknown) => e)
    assert.ok(error instanceof WorkerError)
    assert.equal(error.name, "RangeError")
    assert.equal(error.message, "too far")
    assert.match(error.stack ?? "", /test_functions\.ts/)
  })

  test("typed arrays cross both ways; transfer() moves the result's buffers", async () => {
    const result = await host("batch").call<{ values: Float64Array; sum: number }>([1000])
    assert.ok(result.values instanceof Float64Array)
    assert.equal(result.values.length, 1000)
    assert.equal(result.sum, 499500)
    const input = new Float64Array([1, 2, 3.5])
    assert.equal(await host("sum").call([input], { transfer: [input.buffer] }), 6.5)
    // moved, not copied
    assert.equal(input.byteLength, 0)
  })

  test("models, documents and functions are refused before anything is sent", async () => {
    const h = host("echo")
    const slider = new Slider({ start: 0, end: 1, value: 0.5 })
    await assert.rejects(h.call([{ settings: { slider } }]),
      /the arguments of test_functions\.ts#echo cannot be sent to a worker: the arguments of test_functions\.ts#echo\[0\]\.settings\.slider is the model Slider\(id='p\d+'\); workers never receive models/)
    await assert.rejects(h.call([[1, new Div()]]), /\[0\]\[1\] is the model Div/)
    await assert.rejects(h.call([new Map([["k", new Div()]])]), /\.get\("k"\) is the model Div/)
    await assert.rejects(h.call([new Document()]), /is a Document/)
    await assert.rejects(h.call([() => 1]), /is a function; a worker gets data only/)
    await assert.rejects(h.call("nope" as never), /must be an array/)
    // what cannot be cloned at all is refused with the runtime's reason
    await assert.rejects(h.call([new WeakMap()]), /cannot be sent to a worker: .*could not be cloned/)
    assert.throws(() => assertPlainData({ a: [1, { b: new Div() }] }, "the task"), /the task\.a\[1\]\.b is the model Div/)
    assertPlainData({ xs: new Float64Array(3), when: new Date(), big: 1n, list: Array.from({ length: 1e5 }, (_, i) => i) }, "ok")
    // the host still works
    assert.equal(await h.call(["fine"]), "fine")
  })

  test("bad worker references are clear errors", async () => {
    assert.throws(() => new WorkerHost((() => 1) as never), /a worker function is named by \{ module/)
    assert.throws(() => new WorkerHost({ module: "./relative.ts" }), /must be an absolute URL or path/)
    assert.throws(() => new WorkerHost({ module: FUNCTIONS, export: "" }), /non-empty string/)
    await assert.rejects(host("notAFunction").call([]),
      /cannot load the worker function test_functions\.ts#notAFunction: .* exports a number as 'notAFunction'/)
    await assert.rejects(host("missing").call([]), /exports nothing as 'missing'/)
    const missing = new WorkerHost({ module: new URL("./no_such_module.ts", FUNCTIONS) })
    hosts.push(missing)
    await assert.rejects(missing.call([]), /cannot load the worker function no_such_module\.ts#default/)
    // a module that did not load is not retried at every call
    await assert.rejects(missing.call([]), /cannot load/)
    assert.equal(missing.alive, false)
    // results that cannot be cloned
    await assert.rejects(host("returnsFunction").call([]), (e: Error) => e.name === "DataCloneError" && /return plain data/.test(e.message))
  })

  test("a crashed thread fails its calls and is replaced at the next call", async () => {
    const h = host("crashSoon")
    assert.equal(await h.call([]), "ok")
    await waitFor(() => !h.alive, 5000, "the thread to die")
    assert.equal(await h.call([]), "ok")
  })

  test("terminate() rejects unanswered calls and ends the thread", async () => {
    const before = WorkerHost.liveCount
    const h = new WorkerHost({ module: FUNCTIONS, export: "slowSquare" })
    const pending = h.call([2, 10_000]).then(() => null, (e: unknown) => e)
    await waitFor(() => WorkerHost.liveCount === before + 1, 5000, "the thread")
    await h.terminate()
    assert.match(String(await pending), /AbortError: the worker of test_functions\.ts#slowSquare was terminated/)
    await assert.rejects(h.call([1]), /was terminated/)
    assert.equal(WorkerHost.liveCount, before)
  })
})

describe("workers never keep the process alive", () => {
  const dir = mkdtempSync(join(tmpdir(), "bokeh-ts-workers-"))
  after(() => rmSync(dir, { recursive: true, force: true }))

  // Runs a script under Node (tsx); returns its exit code, its stdout and how long it took to
  // exit after its last output.
  function run(source: string, signalAfterOutput?: NodeJS.Signals): Promise<{ code: number | null; out: string; exitMs: number }> {
    // .mts: an ES module even without a package.json around it
    const file = join(dir, `script_${Math.random().toString(36).slice(2)}.mts`)
    writeFileSync(file, source)
    let lastOutput = Date.now()
    const child = spawn(process.execPath, ["--import", "tsx", file], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`the script did not exit: ${out}`)) }, 15_000)
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString()
        lastOutput = Date.now()
        if (signalAfterOutput != null && out.includes("running")) {
          child.kill(signalAfterOutput)
          signalAfterOutput = undefined
        }
      })
      child.on("exit", (code) => {
        clearTimeout(timer)
        resolve({ code, out, exitMs: Date.now() - lastOutput })
      })
    })
  }

  const workers = pathToFileURL(join(ROOT, "server/workers/index.ts")).href
  const functions = FUNCTIONS.href

  test("a script whose runner and worker are still busy exits when its own work ends", async () => {
    const { code, out, exitMs } = await run(`
      import { GlobalTaskRunner, WorkerHost } from ${JSON.stringify(workers)}
      const runner = new GlobalTaskRunner("tick", { worker: { module: ${JSON.stringify(functions)}, export: "counter" }, seconds: 0.05 })
      // a call that would block its thread for a minute
      void new WorkerHost({ module: ${JSON.stringify(functions)}, export: "slowSquare" }).call([1, 60_000]).catch(() => {})
      // the script holds the process while it waits, as the runner will not
      const hold = setInterval(() => {}, 1000)
      await new Promise((resolve) => runner.onResult(() => { if (runner.calls >= 3) resolve(null) }))
      clearInterval(hold)
      // a result awaited with keepAlive holds the process until it comes
      const value = await new WorkerHost({ module: ${JSON.stringify(functions)}, export: "slowSquare" }).call([7, 300], { keepAlive: true })
      console.log("done " + value)
    `)
    assert.equal(code, 0)
    assert.match(out, /done 49/)
    assert.ok(exitMs < 2000, `exited ${exitMs} ms after its last line`)
  })

  test("Ctrl+C on a server with busy runners: after a graceful stop the process exits by itself", async () => {
    const server = pathToFileURL(join(ROOT, "server/index.ts")).href
    const { code, out, exitMs } = await run(`
      import { serve } from ${JSON.stringify(server)}
      import { GlobalTaskRunner, WorkerHost } from ${JSON.stringify(workers)}
      const server = await serve({ "/": () => {} }, { port: 0, address: "127.0.0.1" })
      const runner = new GlobalTaskRunner("tick", { worker: { module: ${JSON.stringify(functions)}, export: "counter" }, seconds: 0.02 })
      void new WorkerHost({ module: ${JSON.stringify(functions)}, export: "slowSquare" }).call([1, 60_000]).catch(() => {})
      runner.onResult(() => { if (runner.calls === 2) console.log("running") })
      // no process.exit: only the server's stop, so anything left alive would hold the process
      process.once("SIGINT", () => { void server.stop().then(() => console.log("stopped")) })
    `, "SIGINT")
    assert.equal(code, 0, out)
    assert.match(out, /running\s+stopped/)
    assert.ok(exitMs < 2000, `exited ${exitMs} ms after the server stopped`)
  })

  test("nothing is left running in this process by the tests above once terminated", async () => {
    await Promise.all(hosts.splice(0).map((h) => h.terminate()))
    await waitFor(() => workerStats().workers === 0, 5000, "every thread to exit")
    assert.deepEqual(workerStats(), { workers: 0, timers: 0, sessionRunners: 0, globalRunners: 0 })
  })
})
