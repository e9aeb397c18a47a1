// The load section of `npm run bench`: our server (a child process running
// bench/apps/stream.ts) under N real websocket sessions, for the configurations the server
// issue names. The load generator runs in this process, on the other core.
import { spawn, type ChildProcess } from "node:child_process"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { runLoad, type LoadResult } from "./loadgen.ts"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

export interface LoadCase {
  readonly sessions: number
  readonly periodMs: number
}

export const CASES: readonly LoadCase[] = [
  { sessions: 1, periodMs: 100 },
  { sessions: 100, periodMs: 100 },
  { sessions: 1000, periodMs: 100 },
  { sessions: 100, periodMs: 10 },
]

async function startServer(periodMs: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(ROOT, "server/bin.js"), "serve", join(ROOT, "bench/apps/stream.ts"), "--port", "0", "--address", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, BK_PERIOD_MS: String(periodMs), BK_STREAM_K: "10", BK_ROLLOVER: "1000" },
    stdio: ["ignore", "pipe", "inherit"],
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = ""
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString()
      const match = /Bokeh app running at: (\S+)/.exec(out)
      if (match != null) resolveUrl(match[1]!)
    })
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)))
  })
  return { child, url }
}

export async function runLoadSuite(durationMs = 15_000, log: (line: string) => void = () => {}): Promise<Array<LoadCase & { result: LoadResult }>> {
  const out: Array<LoadCase & { result: LoadResult }> = []
  for (const c of CASES) {
    const { child, url } = await startServer(c.periodMs)
    try {
      log(`load: ${c.sessions} sessions × ${1000 / c.periodMs} Hz against ${url}`)
      const result = await runLoad({ url, sessions: c.sessions, durationMs, expectedHz: 1000 / c.periodMs, pid: child.pid!, log })
      out.push({ ...c, result })
    } finally {
      child.kill("SIGTERM")
      await new Promise((r) => { if (child.exitCode != null) r(null); else child.once("exit", r) })
    }
  }
  return out
}

export function loadTable(rows: ReadonlyArray<LoadCase & { result: LoadResult }>): string {
  const lines = [
    "| sessions × rate | delivered / expected updates/s | latency p50 | p99 | max | server CPU | server RSS peak | connected |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ]
  for (const { sessions, periodMs, result: r } of rows) {
    const server = r.server
    lines.push(`| ${sessions} × ${1000 / periodMs} Hz | ${r.updatesPerSec} / ${r.expectedPerSec} (${(100 * r.deliveredRatio).toFixed(1)}%) | ` +
      `${r.latency.p50} ms | ${r.latency.p99} ms | ${r.latency.max} ms | ${server?.cpuPercent ?? "?"}% | ${server?.rssPeakMB ?? "?"} MB | ${r.connected}/${r.sessions} |`)
  }
  return lines.join("\n")
}
