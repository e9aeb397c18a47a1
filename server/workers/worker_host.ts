// One worker thread running one worker function, named by module URL and export (a function
// cannot cross into a thread). Calls are numbered messages answered in order; the thread is
// unref'd, so it never keeps the process alive; a thread that dies is replaced at the next call.
import { Worker, type Transferable } from "node:worker_threads"
import { pathToFileURL } from "node:url"
import { outsideTasks } from "../session/task_context.ts"
import { logger } from "../logger.ts"
import { WorkerError, type SerializedError } from "./errors.ts"
import { assertPlainData } from "./plain_data.ts"

// A worker function: `export` (default "default") of the module at `module`, an absolute URL
// such as new URL("./work.ts", import.meta.url) or an absolute file path.
export interface WorkerFunctionRef {
  readonly module: string | URL
  readonly export?: string
}

export interface CallOptions {
  // buffers of the arguments to move to the worker instead of copying them
  readonly transfer?: readonly Transferable[]
  // keep the process alive until this call is answered (a script awaiting a result); by
  // default a worker never keeps the process alive
  readonly keepAlive?: boolean
}

type Reply =
  | { kind: "ready" }
  | { kind: "load-failed"; error: SerializedError }
  | { kind: "result"; id: number; value: unknown }
  | { kind: "error"; id: number; error: SerializedError }

interface Pending {
  resolve(value: unknown): void
  reject(error: unknown): void
  readonly keepAlive: boolean
}

const ENTRY = new URL("./worker_entry.js", import.meta.url)

// Every worker thread started here and not yet exited (what leak tests count).
const liveWorkers = new Set<Worker>()

export class WorkerHost {
  static get liveCount(): number {
    return liveWorkers.size
  }

  // "slow_square.ts#default": how messages name the function
  readonly label: string
  readonly url: string
  readonly exportName: string
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  // unanswered calls that keep the process alive
  private holds = 0
  private loadError: WorkerError | null = null
  private _terminated = false

  constructor(fn: WorkerFunctionRef) {
    const { url, exportName } = resolveRef(fn)
    this.url = url
    this.exportName = exportName
    this.label = `${url.slice(url.lastIndexOf("/") + 1)}#${exportName}`
  }

  // Same module and export?
  sameFunction(fn: WorkerFunctionRef): boolean {
    const other = resolveRef(fn)
    return other.url === this.url && other.exportName === this.exportName
  }

  // calls sent and not yet answered
  get pendingCalls(): number {
    return this.pending.size
  }

  // is a thread running now?
  get alive(): boolean {
    return this.worker != null
  }

  get terminated(): boolean {
    return this._terminated
  }

  // Starts the thread now rather than at the first call (it takes ~0.1 s to load TypeScript).
  start(): void {
    if (this._terminated || this.loadError != null || this.worker != null) return
    this.worker = outsideTasks(() => this.spawn())
  }

  // Calls the worker function with `args` (plain data, never models). Resolves with its
  // result; rejects with a WorkerError carrying the worker's error, or a TypeError when the
  // arguments cannot be sent.
  call<R = unknown>(args: readonly unknown[] = [], options: CallOptions = {}): Promise<R> {
    try {
      if (!Array.isArray(args)) throw new TypeError(`the arguments of ${this.label} must be an array, got ${typeof args}`)
      assertPlainData(args, `the arguments of ${this.label}`)
    } catch (error) {
      return Promise.reject(error)
    }
    if (this._terminated) return Promise.reject(new Error(`the worker of ${this.label} was terminated`))
    if (this.loadError != null) return Promise.reject(this.loadError)
    this.start()
    const worker = this.worker!
    const id = this.nextId++
    const keepAlive = options.keepAlive === true
    return new Promise<R>((resolve, reject) => {
      try {
        worker.postMessage({ kind: "call", id, args }, options.transfer ?? [])
      } catch (error) {
        reject(new TypeError(`the arguments of ${this.label} cannot be sent to a worker: ${(error as Error).message}`))
        return
      }
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, keepAlive })
      if (keepAlive && this.holds++ === 0) worker.ref()
    })
  }

  // Stops the thread; unanswered calls reject. Later calls reject too.
  async terminate(): Promise<void> {
    this._terminated = true
    const worker = this.worker
    this.worker = null
    this.failAll(new WorkerError("AbortError", `the worker of ${this.label} was terminated`))
    if (worker == null) return
    await worker.terminate()
    liveWorkers.delete(worker)
  }

  private spawn(): Worker {
    const worker = new Worker(ENTRY, { workerData: { module: this.url, export: this.exportName } })
    liveWorkers.add(worker)
    worker.on("message", (reply: Reply) => this.onReply(worker, reply))
    // an exception the worker function left uncaught (in a timer, say) ends the thread
    worker.on("error", (error: unknown) => {
      this.lost(worker, error instanceof Error
        ? new WorkerError(error.name, `the worker of ${this.label} crashed: ${error.message}`, error.stack)
        : new WorkerError("Error", `the worker of ${this.label} crashed: ${String(error)}`))
    })
    worker.on("exit", (code: number) => {
      liveWorkers.delete(worker)
      this.lost(worker, new WorkerError("Error", `the worker of ${this.label} exited with code ${code} before answering`))
    })
    worker.on("messageerror", (error: unknown) => {
      logger.error(`a message from the worker of ${this.label} could not be read: ${String(error)}`)
    })
    // after the listeners: Node refs the thread again when a first "message" listener is added
    worker.unref()
    return worker
  }

  private onReply(worker: Worker, reply: Reply): void {
    if (worker !== this.worker) return
    switch (reply.kind) {
      case "ready":
        return
      case "load-failed":
        // a module that does not load will not load next time either: every call fails with this
        this.loadError = new WorkerError(reply.error.name, `cannot load the worker function ${this.label}: ${reply.error.message}`, reply.error.stack)
        this.worker = null
        this.failAll(this.loadError)
        void worker.terminate()
        return
      case "result":
      case "error": {
        const pending = this.pending.get(reply.id)
        if (pending == null) return
        this.pending.delete(reply.id)
        if (pending.keepAlive && --this.holds === 0) worker.unref()
        if (reply.kind === "result") pending.resolve(reply.value)
        else pending.reject(WorkerError.from(reply.error))
      }
    }
  }

  // The thread ended without being asked: its unanswered calls fail; the next call starts a new one.
  private lost(worker: Worker, error: WorkerError): void {
    if (worker !== this.worker) return
    this.worker = null
    this.failAll(error)
  }

  private failAll(error: Error): void {
    const pending = [...this.pending.values()]
    this.pending.clear()
    this.holds = 0
    for (const { reject } of pending) reject(error)
  }
}

function resolveRef(fn: WorkerFunctionRef): { url: string; exportName: string } {
  if (fn == null || typeof fn !== "object" || !("module" in fn)) {
    throw new TypeError("a worker function is named by { module: new URL('./work.ts', import.meta.url), export: 'name' }: " +
      `got ${describe(fn)}; functions themselves cannot be sent to a worker thread`)
  }
  const exportName = fn.export ?? "default"
  if (typeof exportName !== "string" || exportName === "") {
    throw new TypeError(`the export of a worker function must be a non-empty string, got ${describe(exportName)}`)
  }
  const module = fn.module
  let url: string
  // any URL object (pages' globals, such as happy-dom's, may replace the URL class)
  if (module != null && typeof module === "object" && typeof (module as URL).href === "string") {
    url = new URL((module as URL).href).href
  } else if (typeof module === "string" && /^[a-z][a-z0-9+.-]*:/i.test(module) && !/^[a-z]:[\\/]/i.test(module)) {
    url = new URL(module).href
  } else if (typeof module === "string" && (module.startsWith("/") || /^[a-z]:[\\/]/i.test(module))) {
    url = pathToFileURL(module).href
  } else {
    throw new TypeError(`the module of a worker function must be an absolute URL or path, e.g. new URL("./work.ts", import.meta.url); got ${describe(module)}`)
  }
  return { url, exportName }
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : typeof value === "function" ? `the function ${value.name || "(anonymous)"}` : String(value)
}
