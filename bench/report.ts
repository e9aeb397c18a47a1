// Markdown tables of the load results for bench/RESULTS.md (and for --target runs).
import type { LoadRow, PullRow } from "./load/suite.ts"
import type { ClickResult } from "./load/roundtrip.ts"
import type { MemoryResult } from "./load/memory.ts"

const n = (v: number) => v.toLocaleString("en-US")

export function loadTable(rows: readonly LoadRow[]): string {
  const lines = [
    "| sessions × rate | delivered / expected updates/s | latency p50 | p99 | max | server CPU | server RSS start → peak | connected | all pulled in |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ]
  for (const { sessions, periodMs, result: r } of rows) {
    const s = r.server
    lines.push(`| ${n(sessions)} × ${1000 / periodMs} Hz | ${n(r.updatesPerSec)} / ${n(r.expectedPerSec)} (${(100 * r.deliveredRatio).toFixed(1)}%) | ` +
      `${r.latency.p50} ms | ${r.latency.p99} ms | ${r.latency.max} ms | ${s?.cpuPercent ?? "?"}% | ` +
      `${s == null ? "?" : `${s.rssStartMB} → ${s.rssPeakMB} MB`} | ${n(r.connected)}/${n(r.sessions)} | ${(r.connectAllMs / 1000).toFixed(1)} s |`)
  }
  return lines.join("\n")
}

// Updates per second one server core could deliver, from the measured rate and CPU share.
export function capacityPerCore(rows: readonly LoadRow[]): { rate: number; row: LoadRow } | null {
  let best: { rate: number; row: LoadRow } | null = null
  for (const row of rows) {
    const cpu = row.result.server?.cpuPercent
    if (cpu == null || cpu < 20) continue // too little load to extrapolate from
    const rate = (row.result.updatesPerSec * 100) / cpu
    if (best == null || row.result.updatesPerSec > best.row.result.updatesPerSec) best = { rate, row }
  }
  return best
}

export function pullTable(server: ReadonlyMap<number, number>, rows: readonly PullRow[]): string {
  const lines = [
    "| points (x, y Float64) | buffers | server side: serialize + frames (mitata avg) | client: request → last byte (min / median / max) |",
    "| --- | --- | --- | --- |",
  ]
  for (const { points, result } of rows) {
    const ms = server.get(points)
    lines.push(`| ${n(points)} | ${(result.bytes / 2 ** 20).toFixed(1)} MiB | ${ms == null ? "?" : `${ms.toFixed(3)} ms`} | ` +
      `${result.pullMs.min} / ${result.pullMs.median} / ${result.pullMs.max} ms (${result.runs} runs) |`)
  }
  return lines.join("\n")
}

export function clickTable(r: ClickResult): string {
  return [
    "| sessions | clicks answered /s | round trip p50 | p90 | p99 | max | unanswered |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    `| ${r.connected}/${r.sessions} | ${n(r.clicksPerSec)} | ${r.rtt.p50} ms | ${r.rtt.p90} ms | ${r.rtt.p99} ms | ${r.rtt.max} ms | ${r.lost} |`,
  ].join("\n")
}

export function memoryTable(idle: MemoryResult | null, streaming: readonly LoadRow[]): string {
  const lines = ["| sessions | kind | RSS before → after | per session |", "| --- | --- | --- | --- |"]
  if (idle != null) {
    lines.push(`| ${n(idle.connected)} | idle (figure, no callbacks) | ${idle.rssBeforeMB} → ${idle.rssAfterMB} MB | ${n(idle.perSessionKB)} kB |`)
  }
  for (const { periodMs, result: r } of streaming) {
    if (r.server == null || r.connected === 0) continue
    const kb = ((r.server.rssEndMB - r.server.rssStartMB) * 1024) / r.connected
    lines.push(`| ${n(r.connected)} | streaming ${1000 / periodMs} Hz, rollover 1,000 | ${r.server.rssStartMB} → ${r.server.rssEndMB} MB | ${n(Math.round(kb))} kB |`)
  }
  return lines.join("\n")
}
