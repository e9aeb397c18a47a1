// The load sections of `npm run bench`: each case starts our server on one app in a child
// process (bench/apps/…), drives it with real websocket sessions from this process (on the
// other core) and stops it. `--target URL` runs the streaming sweep against any server instead.
import { runLoad, type LoadResult } from "./loadgen.ts"
import { runIdleMemory, type MemoryResult } from "./memory.ts"
import { runClicks, runPulls, type ClickResult, type PullResult } from "./roundtrip.ts"
import { startServer } from "./server_process.ts"

export interface LoadCase {
  readonly sessions: number
  readonly periodMs: number
}

export type Log = (line: string) => void

// The matrix the benchmark issue names: N sessions × P, K = 10 rows per update.
export const MATRIX: readonly LoadCase[] = [1, 10, 100, 1000, 2000].flatMap((sessions) =>
  [100, 10].map((periodMs) => ({ sessions, periodMs })))

export const GLOBAL_CASES: readonly LoadCase[] = [
  { sessions: 100, periodMs: 100 },
  { sessions: 1000, periodMs: 100 },
]

const STREAM_ENV = { BK_STREAM_K: "10", BK_ROLLOVER: "1000" }

export type LoadRow = LoadCase & { readonly result: LoadResult }

async function loadCase(app: string, c: LoadCase, durationMs: number, log: Log): Promise<LoadRow> {
  const server = await startServer(app, { ...STREAM_ENV, BK_PERIOD_MS: String(c.periodMs) })
  try {
    log(`${app}: ${c.sessions} sessions × ${1000 / c.periodMs} Hz`)
    const result = await runLoad({ url: server.url, sessions: c.sessions, durationMs, expectedHz: 1000 / c.periodMs, pid: server.pid, log })
    return { ...c, result }
  } finally {
    await server.stop()
  }
}

export async function runMatrix(cases: readonly LoadCase[], durationMs: number, log: Log): Promise<LoadRow[]> {
  const out: LoadRow[] = []
  for (const c of cases) out.push(await loadCase("bench/apps/stream.ts", c, durationMs, log))
  return out
}

export async function runGlobal(cases: readonly LoadCase[], durationMs: number, log: Log): Promise<LoadRow[]> {
  const out: LoadRow[] = []
  for (const c of cases) out.push(await loadCase("bench/apps/global.ts", c, durationMs, log))
  return out
}

// Against a server we did not start (Python's `bokeh serve`, say): one sweep over N at the
// rate its app was started with.
export async function runTarget(url: string, sessions: readonly number[], hz: number, durationMs: number, pid: number | undefined, log: Log): Promise<LoadRow[]> {
  const out: LoadRow[] = []
  for (const n of sessions) {
    log(`${url}: ${n} sessions × ${hz} Hz`)
    out.push({ sessions: n, periodMs: 1000 / hz, result: await runLoad({ url, sessions: n, durationMs, expectedHz: hz, pid, log, connectTimeoutMs: 300_000 }) })
  }
  return out
}

export type PullRow = { readonly points: number; readonly result: PullResult }

export async function runPullCases(points: readonly number[], runs: number, log: Log): Promise<PullRow[]> {
  const out: PullRow[] = []
  for (const n of points) {
    const server = await startServer("bench/apps/pull.ts", { BK_PULL_POINTS: String(n) })
    try {
      log(`pull: ${n.toLocaleString("en-US")} points × ${runs}`)
      out.push({ points: n, result: await runPulls(server.url, runs) })
    } finally {
      await server.stop()
    }
  }
  return out
}

export async function runClickCase(sessions: number, durationMs: number, log: Log): Promise<ClickResult> {
  const server = await startServer("bench/apps/click.ts")
  try {
    log(`click round trips: ${sessions} sessions`)
    return await runClicks(server.url, sessions, durationMs)
  } finally {
    await server.stop()
  }
}

export async function runMemoryCase(sessions: number, log: Log): Promise<MemoryResult> {
  // the streaming app's figure, with no periodic callback: a typical idle session
  const server = await startServer("bench/apps/stream.ts", { BK_PERIOD_MS: "0" })
  try {
    log(`memory: ${sessions} idle sessions`)
    return await runIdleMemory(server.url, server.pid, sessions, log)
  } finally {
    await server.stop()
  }
}
