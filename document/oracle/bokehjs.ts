// Loads the pinned BokehJS browser bundles into this Node process, inside a happy-dom
// window whose 2D canvas is backed by @napi-rs/canvas. Dev/test only: the runtime never
// needs a DOM. Used by the catalog generator and as the conformance oracle in tests.
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import vm from "node:vm"

export type BokehGlobal = {
  version: string
  require(name: string): any
}

const BUNDLES = ["bokeh", "bokeh-gl", "bokeh-widgets", "bokeh-tables", "bokeh-api", "bokeh-mathjax"]

let loaded: BokehGlobal | undefined

export function bokehjsDir(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve("@bokeh/bokehjs/package.json")), "build", "js")
}

export async function loadBokehJS(): Promise<BokehGlobal> {
  if (loaded != null) return loaded
  const { GlobalRegistrator } = await import("@happy-dom/global-registrator").catch(() => ({ GlobalRegistrator: null as any }))
  if (GlobalRegistrator != null) {
    if (!(globalThis as any).window) GlobalRegistrator.register({ url: "http://127.0.0.1/" })
  } else {
    const { Window } = await import("happy-dom")
    const win = new Window({ url: "http://127.0.0.1/" }) as any
    for (const key of Object.getOwnPropertyNames(win)) {
      if (key in globalThis) continue
      try { (globalThis as any)[key] = win[key] } catch { /* read-only global */ }
    }
    ;(globalThis as any).window = globalThis
    ;(globalThis as any).document = win.document
  }
  patchCanvas(await import("@napi-rs/canvas"))
  const dir = bokehjsDir()
  const channels = unrefMessageChannels()
  try {
    for (const name of BUNDLES) {
      const code = readFileSync(join(dir, `${name}.min.js`), "utf8")
      vm.runInThisContext(code, { filename: `${name}.min.js` })
    }
  } finally {
    channels.restore()
  }
  loaded = (globalThis as any).Bokeh as BokehGlobal
  // Keep BokehJS quiet about things that only matter in a browser.
  loaded.require("core/logging").set_log_level("error")
  return loaded
}

// BokehJS keeps a MessageChannel open for its `defer` helper, which would keep any process
// that loaded it (node:test files, scripts) alive forever. Channels created while the bundles
// load hold the event loop only while a message is in flight.
function unrefMessageChannels(): { restore(): void } {
  const Original = globalThis.MessageChannel
  globalThis.MessageChannel = class extends Original {
    constructor() {
      super()
      holdOnlyWhilePending(this.port1, this.port2)
    }
  }
  return { restore: () => { globalThis.MessageChannel = Original } }
}

function holdOnlyWhilePending(a: MessagePort, b: MessagePort): void {
  type NodePort = MessagePort & { ref(): void; unref(): void }
  const ports = [a, b] as NodePort[]
  let pending = 0
  const hold = (on: boolean) => { for (const port of ports) on ? port.ref() : port.unref() }
  let proto = Object.getPrototypeOf(a)
  while (proto != null && Object.getOwnPropertyDescriptor(proto, "onmessage") == null) proto = Object.getPrototypeOf(proto)
  const handler = Object.getOwnPropertyDescriptor(proto, "onmessage")!
  for (const port of ports) {
    const post = port.postMessage.bind(port) as (...args: unknown[]) => void
    port.postMessage = (...args: unknown[]) => {
      if (pending++ == 0) hold(true)
      post(...args)
    }
    Object.defineProperty(port, "onmessage", {
      configurable: true,
      get: () => handler.get!.call(port),
      set: (fn: ((e: MessageEvent) => void) | null) => {
        handler.set!.call(port, fn == null ? fn : (event: MessageEvent) => {
          try {
            fn.call(port, event)
          } finally {
            if (--pending == 0) hold(false)
          }
        })
        if (pending == 0) hold(false)
      },
    })
  }
  hold(false)
}

function patchCanvas(napi: typeof import("@napi-rs/canvas")): void {
  // BokehJS prefers OffscreenCanvas for text metrics; happy-dom's has no 2D context.
  ;(globalThis as any).OffscreenCanvas = class {
    constructor(width: number, height: number) {
      return napi.createCanvas(Math.max(1, width), Math.max(1, height))
    }
  }
  const proto = (globalThis as any).HTMLCanvasElement?.prototype
  if (proto == null) return
  const contexts = new WeakMap<object, unknown>()
  proto.getContext = function (this: any, type: string) {
    if (type !== "2d") return null
    let ctx = contexts.get(this)
    if (ctx == null) {
      const canvas = napi.createCanvas(Math.max(1, this.width || 300), Math.max(1, this.height || 150))
      ctx = canvas.getContext("2d")
      contexts.set(this, ctx)
    }
    return ctx
  }
}
