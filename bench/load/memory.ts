// Memory per idle session: RSS of the server process tree before and after N sessions have
// pulled a document and sit idle. RSS includes garbage V8 has not collected yet and heap
// headroom, so the figure is an upper bound of what a session really keeps.
import { LoadClient, LoadStats } from "./client.ts"
import { ProcSampler } from "./loadgen.ts"

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export interface MemoryResult {
  readonly sessions: number
  readonly connected: number
  readonly rssBeforeMB: number
  readonly rssAfterMB: number
  readonly perSessionKB: number
}

export async function runIdleMemory(url: string, pid: number, sessions: number, log: (line: string) => void = () => {}): Promise<MemoryResult> {
  const sampler = new ProcSampler(pid)
  // one session first, so code paths are compiled and caches warm before the baseline
  const first = new LoadClient(url, { stats: new LoadStats() })
  await first.ready()
  await sleep(2000)
  const before = sampler.rssKb()
  const clients: LoadClient[] = [first]
  for (let i = 1; i < sessions; i++) {
    clients.push(new LoadClient(url, { stats: new LoadStats(), timeoutMs: 120_000 }))
    // at most 50 handshakes in flight
    if (i % 50 === 0) {
      await Promise.all(clients.slice(-50).map((c) => c.ready().catch(() => {})))
      log(`idle sessions: ${i}/${sessions}`)
    }
  }
  await Promise.all(clients.map((c) => c.ready().catch(() => {})))
  await sleep(5000) // let the server settle (and V8 collect what the handshakes left)
  const after = sampler.rssKb()
  const connected = clients.filter((c) => c.state === "pulled").length
  await Promise.all(clients.map((c) => c.close()))
  return {
    sessions, connected,
    rssBeforeMB: Math.round(before / 102.4) / 10,
    rssAfterMB: Math.round(after / 102.4) / 10,
    perSessionKB: Math.round((after - before) / Math.max(1, connected - 1)),
  }
}
