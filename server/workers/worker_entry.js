// The bootstrap every worker thread runs (plain JavaScript: on Node it loads before any
// TypeScript loader exists). It imports the worker function named by workerData
// { module, export }, then answers { kind: "call", id, args } messages one at a time with
// { kind: "result", id, value } or { kind: "error", id, error: { name, message, stack } }.
// Nothing here, and nothing the worker function sees, is a model: only cloned data.
import { parentPort, workerData } from "node:worker_threads"

// the mark of server/workers/transfer.ts (a global symbol, so no import is needed)
const TRANSFER = Symbol.for("bokeh-ts.workers.transfer")
const TS_MODULE = /\.(ts|mts|cts|tsx)$/

const { module: moduleUrl, export: exportName } = workerData

function serialize(error) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack }
  return { name: "Error", message: String(error) }
}

// Node does not hand the parent's tsx loader to worker threads (checked on Node 20), so a
// TypeScript worker module needs tsx registered here. Deno imports TypeScript natively.
async function registerTypeScript() {
  if (typeof globalThis.Deno !== "undefined" || !TS_MODULE.test(new URL(moduleUrl).pathname)) return
  let api
  try {
    api = await import("tsx/esm/api")
  } catch {
    // no tsx: a Node with built-in type stripping may still load the module
    return
  }
  api.register()
}

async function load() {
  await registerTypeScript()
  const module = await import(moduleUrl)
  const fn = module[exportName]
  if (typeof fn !== "function") {
    const found = exportName in module ? `a ${typeof fn}` : "nothing"
    throw new TypeError(`the worker module ${moduleUrl} exports ${found} as '${exportName}'; a worker function must be an exported function`)
  }
  return fn
}

const loading = load()
loading.then(
  () => parentPort.postMessage({ kind: "ready" }),
  (error) => parentPort.postMessage({ kind: "load-failed", error: serialize(error) }),
)

async function run(fn, id, args) {
  let result
  try {
    result = await fn(...args)
  } catch (error) {
    parentPort.postMessage({ kind: "error", id, error: serialize(error) })
    return
  }
  let value = result
  let list = []
  if (result != null && typeof result === "object" && result[TRANSFER] === true) {
    value = result.value
    list = result.list
  }
  try {
    parentPort.postMessage({ kind: "result", id, value }, list)
  } catch (error) {
    const message = `the result of ${exportName} in ${moduleUrl} cannot be sent to the main thread (${error.message}); ` +
      "return plain data (numbers, strings, arrays, plain objects, Dates) or typed arrays"
    parentPort.postMessage({ kind: "error", id, error: { name: "DataCloneError", message } })
  }
}

// One call at a time, in arrival order, even for async worker functions. Calls that arrive
// after a failed load are dropped: the host has rejected them already.
let chain = Promise.resolve()
parentPort.on("message", (message) => {
  if (message == null || message.kind !== "call") return
  chain = chain.then(() => loading).then((fn) => run(fn, message.id, message.args), () => undefined)
})
