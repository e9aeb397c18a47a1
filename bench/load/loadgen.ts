// Load generator for concurrent periodic updates: N protocol sessions against any Bokeh
// server (ours or Python's `bokeh serve`) serving a streaming app whose ColumnsStreamed events
// carry a `ts` column (server wall clock ms). Measures delivered updates/s against the
// expected N × Hz and the delivery latency; optionally samples the server's CPU and RSS.
//
//   tsx bench/load/loadgen.ts --url http://127.0.0.1:5006/stream --sessions 100 --duration 10 --hz 10 [--pid <server pid>]
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import os from "node:os"
import { monitorEventLoopDelay } from "node:perf_hooks"
import { pathToFileURL } from "node:url"
import { parseArgs } from "node:util"
import { LoadClient, LoadStats } from "./client.ts"

export interface LoadOptions {
  readonly url: string
  readonly sessions: number
  readonly durationMs: number
  readonly warmupMs?: number // after all sessions pulled, before measuring (default 3000)
  readonly rampMs?: number // connects spread over this long (default 5 ms per session, ≤ 10 s)
  readonly expectedHz?: number // updates per second per session the app produces (default 10)
  readonly pid?: number // server process: CPU% and RSS sampled over it and its descendants
  readonly connectTimeoutMs?: number // per session, until its PULL-DOC-REPLY (default 120 s)
  readonly concurrency?: number // sessions connecting at once (default 50)
  readonly tsColumn?: string // default "ts"
  readonly log?: (line: string) => void
}

export interface Quantiles { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number }

export interface ServerUsage {
  readonly pids: readonly number[] // the process tree sampled (e.g. tsx wrapper + node)
  readonly cpuPercent: number // average over the measurement window; 100 = one core
  readonly rssStartMB: number // before the first connect
  readonly rssPeakMB: number // over the whole run (sampled every 250 ms)
  readonly rssEndMB: number // end of the measurement window, sessions still open
}

export interface LoadResult {
  readonly url: string
  readonly sessions: number
  readonly connected: number // sessions that pulled the document
  readonly failed: number // sessions that never got their PULL-DOC-REPLY
  readonly closedEarly: number // pulled, then closed by the server or the network before the end
  readonly connectAllMs: number // first connect → last pull
  readonly connectMs: Quantiles // per session, open → PULL-DOC-REPLY
  readonly measuredMs: number
  readonly expectedHz: number
  readonly patches: number // PATCH-DOC messages received in the window
  readonly updates: number // ColumnsStreamed events received in the window
  readonly updatesPerSec: number
  readonly expectedPerSec: number // connected × expectedHz
  readonly deliveredRatio: number
  readonly perSessionHz: { readonly min: number; readonly p50: number; readonly max: number }
  readonly latency: Quantiles & { readonly mean: number; readonly samples: number; readonly negative: number; readonly missingTs: number }
  readonly loadgen: { readonly cpuPercent: number; readonly eventLoopDelayP99Ms: number }
  readonly host: { readonly cores: number; readonly busyPercent: number } // 100 = one core fully busy
  readonly server?: ServerUsage
  readonly errors: Record<string, number> // distinct failure reasons (first 10) → count
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits

function quantiles(values: number[]): Quantiles {
  if (values.length === 0) return { p50: NaN, p90: NaN, p99: NaN, max: NaN }
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
  return { p50: round(at(0.5)), p90: round(at(0.9)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1]!) }
}

let clockTicks = 0
function ticksPerSecond(): number {
  if (clockTicks === 0) {
    try {
      clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100
    } catch {
      clockTicks = 100
    }
  }
  return clockTicks
}

// /proc/<pid>/stat fields after the parenthesized command name (which may hold spaces):
// [0] state, [1] ppid, …, [11] utime, [12] stime (clock ticks).
function statFields(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8")
    return text.slice(text.lastIndexOf(")") + 2).split(" ")
  } catch {
    return null
  }
}

// CPU time and RSS of a process and its descendants (Linux /proc).
export class ProcSampler {
  private timer: NodeJS.Timeout | null = null
  private pids: number[]
  peakRssKb = 0

  constructor(readonly pid: number, private readonly intervalMs = 250) {
    if (statFields(pid) == null) throw new Error(`no process ${pid} (or no /proc)`)
    this.pids = this.tree()
  }

  tree(): number[] {
    const children = new Map<number, number[]>()
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue
      const fields = statFields(Number(name))
      if (fields == null) continue
      const ppid = Number(fields[1])
      const list = children.get(ppid)
      if (list == null) children.set(ppid, [Number(name)])
      else list.push(Number(name))
    }
    const out: number[] = []
    const stack = [this.pid]
    while (stack.length > 0) {
      const pid = stack.pop()!
      out.push(pid)
      stack.push(...(children.get(pid) ?? []))
    }
    return out.sort((a, b) => a - b)
  }

  cpuSeconds(): number {
    let ticks = 0
    for (const pid of this.pids) {
      const f = statFields(pid)
      if (f != null) ticks += Number(f[11]) + Number(f[12])
    }
    return ticks / ticksPerSecond()
  }

  rssKb(): number {
    let kb = 0
    for (const pid of this.pids) {
      try {
        const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))
        if (m != null) kb += Number(m[1])
      } catch {
        // exited
      }
    }
    return kb
  }

  start(): void {
    this.sample()
    this.timer = setInterval(() => this.sample(), this.intervalMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer != null) clearInterval(this.timer)
    this.timer = null
    this.sample()
  }

  pidList(): readonly number[] {
    return this.pids
  }

  private sample(): void {
    this.pids = this.tree() // a server may fork workers after start
    this.peakRssKb = Math.max(this.peakRssKb, this.rssKb())
  }
}

// Whole-machine CPU time (busy, total) in ticks from /proc/stat: on a shared machine, busy time
// that is neither the server's nor the load generator's means the numbers are disturbed.
function hostTicks(): [number, number] {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1).map(Number)
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0)
    return [total - fields[3]! - fields[4]!, total] // minus idle and iowait
  } catch {
    return [NaN, NaN]
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { url, sessions, durationMs } = options
  const warmupMs = options.warmupMs ?? 3000
  const rampMs = options.rampMs ?? Math.min(10_000, sessions * 5)
  const expectedHz = options.expectedHz ?? 10
  const concurrency = options.concurrency ?? 50
  const log = options.log ?? (() => {})
  const stats = new LoadStats()
  const sampler = options.pid != null ? new ProcSampler(options.pid) : null
  const rssStartKb = sampler?.rssKb() ?? 0
  sampler?.start()

  // Ramp: session i may start at i × rampMs / N, and only while fewer than `concurrency`
  // handshakes are pending, so neither side sees 1000 connects in the same millisecond.
  const clients: LoadClient[] = []
  const pending: Promise<void>[] = []
  let inFlight = 0
  const rampStart = performance.now()
  for (let i = 0; i < sessions; i++) {
    const due = rampStart + (i * rampMs) / sessions
    while (performance.now() < due || inFlight >= concurrency) await sleep(Math.max(1, Math.min(10, due - performance.now())))
    const client = new LoadClient(url, { stats, timeoutMs: options.connectTimeoutMs ?? 120_000, tsColumn: options.tsColumn })
    clients.push(client)
    inFlight++
    pending.push(client.ready().catch(() => {}).finally(() => inFlight--))
    if ((i + 1) % 100 === 0) log(`started ${i + 1}/${sessions} sessions`)
  }
  await Promise.all(pending)
  const connectAllMs = performance.now() - rampStart
  const pulled = clients.filter((c) => c.state === "pulled")
  log(`${pulled.length}/${sessions} sessions pulled in ${Math.round(connectAllMs)} ms; warming up ${warmupMs} ms`)

  await sleep(warmupMs)
  stats.reset()
  for (const c of clients) c.updates = 0
  const LOOP_RESOLUTION_MS = 5
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS })
  loop.enable()
  const cpu0 = sampler?.cpuSeconds() ?? 0
  const host0 = hostTicks()
  const ownCpu0 = process.cpuUsage()
  const t0 = performance.now()
  stats.recording = true
  await sleep(durationMs)
  stats.recording = false
  const measuredMs = performance.now() - t0
  const ownCpu = process.cpuUsage(ownCpu0)
  const cpu1 = sampler?.cpuSeconds() ?? 0
  const host1 = hostTicks()
  const rssEndKb = sampler?.rssKb() ?? 0
  loop.disable()
  log(`measured ${Math.round(measuredMs)} ms; closing`)

  const closedEarly = pulled.filter((c) => c.state !== "pulled").length
  const errors: Record<string, number> = {}
  for (const c of clients) {
    if (c.error == null) continue
    const key = c.error.slice(0, 160)
    if (key in errors || Object.keys(errors).length < 10) errors[key] = (errors[key] ?? 0) + 1
  }
  const rates = pulled.map((c) => (c.updates * 1000) / measuredMs)
  const perSession = quantiles(rates)
  await Promise.all(clients.map((c) => c.close()))
  sampler?.stop()

  const updatesPerSec = (stats.updates * 1000) / measuredMs
  const expectedPerSec = pulled.length * expectedHz
  const result: LoadResult = {
    url, sessions,
    connected: pulled.length,
    failed: sessions - pulled.length,
    closedEarly,
    connectAllMs: Math.round(connectAllMs),
    connectMs: quantiles(pulled.map((c) => c.connectMs)),
    measuredMs: Math.round(measuredMs),
    expectedHz,
    patches: stats.patches,
    updates: stats.updates,
    updatesPerSec: round(updatesPerSec, 1),
    expectedPerSec,
    deliveredRatio: expectedPerSec > 0 ? round(updatesPerSec / expectedPerSec, 3) : NaN,
    perSessionHz: { min: rates.length > 0 ? round(Math.min(...rates)) : NaN, p50: perSession.p50, max: perSession.max },
    latency: { ...stats.latency.summary(), missingTs: stats.missingTs },
    loadgen: {
      cpuPercent: round(((ownCpu.user + ownCpu.system) / 1000 / measuredMs) * 100, 1),
      // the histogram's samples include the sampling timer's own period
      eventLoopDelayP99Ms: round(Math.max(0, loop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS)),
    },
    host: { cores: os.cpus().length, busyPercent: round(((host1[0] - host0[0]) / (host1[1] - host0[1])) * os.cpus().length * 100, 1) },
    errors,
  }
  if (sampler == null) return result
  return {
    ...result,
    server: {
      pids: sampler.pidList(),
      cpuPercent: round(((cpu1 - cpu0) * 1000 / measuredMs) * 100, 1),
      rssStartMB: round(rssStartKb / 1024, 1),
      rssPeakMB: round(sampler.peakRssKb / 1024, 1),
      rssEndMB: round(rssEndKb / 1024, 1),
    },
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: "string", default: "http://127.0.0.1:5006/stream" },
      sessions: { type: "string", short: "n", default: "100" },
      duration: { type: "string", default: "10" }, // seconds
      warmup: { type: "string", default: "3" }, // seconds
      ramp: { type: "string" }, // seconds
      hz: { type: "string", default: "10" },
      pid: { type: "string" },
      timeout: { type: "string", default: "120" }, // seconds, per session connect
      concurrency: { type: "string", default: "50" },
      quiet: { type: "boolean", short: "q", default: false },
    },
  })
  const num = (name: string, text: string | undefined): number | undefined => {
    if (text == null) return undefined
    const v = Number(text)
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} must be a non-negative number, got ${text}`)
    return v
  }
  const result = await runLoad({
    url: values.url,
    sessions: num("sessions", values.sessions)!,
    durationMs: num("duration", values.duration)! * 1000,
    warmupMs: num("warmup", values.warmup)! * 1000,
    rampMs: values.ramp == null ? undefined : num("ramp", values.ramp)! * 1000,
    expectedHz: num("hz", values.hz),
    pid: num("pid", values.pid),
    connectTimeoutMs: num("timeout", values.timeout)! * 1000,
    concurrency: num("concurrency", values.concurrency),
    log: values.quiet ? undefined : (line) => process.stderr.write(`[loadgen] ${line}\n`),
  })
  process.stdout.write(JSON.stringify(result, null, 2) + "\n")
}

if (process.argv[1] != null && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(() => process.exit(0), (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`)
    process.exit(1)
  })
}
