// Test helpers: a server on 127.0.0.1 port 0, a raw protocol client (frames by hand, for
// bad-input tests) and the real BokehJS client loaded in Node.
import { spawn, type ChildProcess } from "node:child_process"
import WebSocket from "ws"
import type { Application, AppFunction } from "../application.ts"
import { Message } from "../protocol/message.ts"
import { messages } from "../protocol/messages.ts"
import { Receiver } from "../protocol/receiver.ts"
import { serve, type BokehServer, type ServerOptions } from "../server.ts"
import { generateSessionId, generateToken } from "../tokens.ts"
import { loadBokehJS } from "../../document/oracle/bokehjs.ts"
import { setServerLogSink, type ServerLogLevel } from "../logger.ts"

export async function startServer(
  apps: ReadonlyArray<string | Application> | Record<string, Application | AppFunction>,
  options: ServerOptions = {},
): Promise<BokehServer> {
  // happy-dom's WebSocket sends Origin http://127.0.0.1 (port 80)
  return serve(apps, { port: 0, address: "127.0.0.1", allowWebsocketOrigin: ["127.0.0.1"], keepAlive: 0, ...options })
}

export function tokenFor(server: BokehServer, sessionId = generateSessionId(server.tokens), extra: Record<string, unknown> = {}): string {
  return generateToken(sessionId, server.tokens, extra)
}

export function wsUrl(server: BokehServer, appPath: string): string {
  return `ws://127.0.0.1:${server.port}${server.prefix}${appPath === "/" ? "" : appPath}/ws`
}

// Collects the server's log while `fn` runs.
export async function captureServerLog<T>(fn: () => Promise<T>): Promise<{ result: T; log: Array<[ServerLogLevel, string]> }> {
  const log: Array<[ServerLogLevel, string]> = []
  setServerLogSink((level, message) => { log.push([level, message]) })
  try {
    return { result: await fn(), log }
  } finally {
    setServerLogSink(null)
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export async function waitFor(cond: () => boolean, timeoutMs = 5000, what = "condition"): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(5)
  }
}

// A protocol client that speaks frames directly.
export class RawClient {
  readonly received: Message[] = []
  readonly closed: Promise<{ code: number; reason: string }>
  private readonly receiver = new Receiver()
  private waiters: Array<() => void> = []

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data: WebSocket.RawData, isBinary: boolean) => {
      const frame = isBinary ? new Uint8Array(data as Buffer) : data.toString()
      const message = this.receiver.consume(frame)
      if (message == null) return
      this.received.push(message)
      for (const wake of this.waiters.splice(0)) wake()
    })
    this.closed = new Promise((resolve) => {
      ws.on("close", (code, reason) => {
        resolve({ code, reason: reason.toString() })
        for (const wake of this.waiters.splice(0)) wake()
      })
    })
  }

  static async connect(
    server: BokehServer, appPath: string,
    options: { token?: string; sessionId?: string; headers?: Record<string, string>; query?: string; waitForAck?: boolean } = {},
  ): Promise<RawClient> {
    const token = options.token ?? tokenFor(server, options.sessionId)
    const url = wsUrl(server, appPath) + (options.query != null ? `?${options.query}` : "")
    const ws = new WebSocket(url, ["bokeh", token], { headers: options.headers })
    const client = new RawClient(ws)
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve())
      ws.once("error", reject)
      ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    })
    if (options.waitForAck !== false) await client.next("ACK")
    return client
  }

  send(message: Message): void {
    for (const frame of message.frames()) this.ws.send(frame, { binary: typeof frame !== "string" })
  }

  sendFrame(frame: string | Uint8Array): void {
    this.ws.send(frame, { binary: typeof frame !== "string" })
  }

  // The first not-yet-taken message of this type (any type when omitted).
  next(msgtype?: string, timeoutMs = 5000): Promise<Message> {
    return this.take((m) => msgtype == null || m.msgtype === msgtype, msgtype ?? "a message", timeoutMs)
  }

  // Sends a request and waits for the message answering it.
  request(message: Message, timeoutMs = 5000): Promise<Message> {
    this.send(message)
    return this.take((m) => m.header.reqid === message.msgid, `the reply to ${message.msgtype}`, timeoutMs)
  }

  async take(pred: (m: Message) => boolean, what: string, timeoutMs = 5000): Promise<Message> {
    const end = Date.now() + timeoutMs
    for (;;) {
      const i = this.received.findIndex(pred)
      if (i >= 0) return this.received.splice(i, 1)[0]!
      if (this.ws.readyState === WebSocket.CLOSED) throw new Error(`connection closed while waiting for ${what}`)
      const left = end - Date.now()
      if (left <= 0) throw new Error(`timed out waiting for ${what}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => { clearTimeout(timer); resolve() })
      })
    }
  }

  async pull(): Promise<Message> {
    return this.request(messages.pullDocReq())
  }

  patch(events: unknown[], buffers: Array<{ id: string; data: Uint8Array }> = []): Message {
    const message = Message.create("PATCH-DOC", { events }, { buffers })
    this.send(message)
    return message
  }

  close(): void {
    this.ws.close()
  }
}

// The WebSocket BokehJS gets in Node. `ws` emits every message of one TCP read synchronously,
// so promise continuations (BokehJS creates its session in one, after the PULL-DOC-REPLY) would
// run only after all of them, and BokehJS would drop the patches that came in the same read. A
// browser dispatches each message as its own task; this does the same, in order.
export class BrowserLikeWebSocket extends WebSocket {
  private readonly inbox: Array<() => void> = []
  private draining = false

  override addEventListener(type: string, listener: any, options?: any): void {
    if (type !== "message") return super.addEventListener(type as any, listener, options)
    const self = this
    super.addEventListener("message", function (this: unknown, event: unknown) {
      self.inbox.push(() => listener.call(self, event))
      self.drain()
    } as any, options)
  }

  private drain(): void {
    if (this.draining) return
    this.draining = true
    setImmediate(() => {
      this.draining = false
      this.inbox.shift()?.()
      if (this.inbox.length > 0) this.drain()
    })
  }
}

export function installBrowserWebSocket(): void {
  ;(globalThis as any).WebSocket = BrowserLikeWebSocket
}

// The real BokehJS client (pull_session) in this process.
export async function bokehSession(server: BokehServer, appPath: string, token = tokenFor(server)): Promise<any> {
  installBrowserWebSocket()
  const Bokeh = await loadBokehJS()
  const { pull_session } = Bokeh.require("client/connection")
  return pull_session(wsUrl(server, appPath), token, undefined)
}

// Stops BokehJS's timers (its document GC runs on a 30 s throttle) so the test process can end.
export async function closeBokehJS(): Promise<void> {
  const happyDOM = (globalThis as any).happyDOM
  await happyDOM?.abort?.()
}

// Starts a process and waits until its stdout matches `pattern` (a start-up line).
export async function spawnUntil(
  command: string, args: readonly string[], pattern: RegExp, options: { cwd: string; stdin?: "pipe" | "ignore" },
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(command, args, { cwd: options.cwd, stdio: [options.stdin ?? "ignore", "pipe", "inherit"] })
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = ""
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString()
      const found = pattern.exec(out)
      if (found != null) resolve(found)
    })
    child.once("exit", (code) => reject(new Error(`${command} exited with ${code}: ${out}`)))
  })
  return { child, match }
}

export function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode != null || child.signalCode != null) resolve()
    else child.once("exit", () => resolve())
  })
}
