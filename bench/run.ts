// `npm run bench`: runs the benchmark suites and writes bench/RESULTS.md (and results.json).
// Results are reported, never asserted: timings belong here, not in unit tests.
import { writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "mitata"
import { registerDocumentBenchmarks } from "./document.bench.ts"
import { machineDescription } from "./machine.ts"

const HERE = dirname(fileURLToPath(import.meta.url))

function fmt(ns: number): string {
  if (ns < 1e3) return `${ns.toFixed(1)} ns`
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)} µs`
  if (ns < 1e9) return `${(ns / 1e6).toFixed(2)} ms`
  return `${(ns / 1e9).toFixed(2)} s`
}

registerDocumentBenchmarks()
process.stderr.write("running document micro-benchmarks (mitata)…\n")
const results = await run({ format: "mitata", print: (s: string) => process.stderr.write(s + "\n") })

const rows = results.benchmarks.flatMap((trial) =>
  trial.runs.filter((r) => r.stats != null).map((r) => {
    const s = r.stats!
    return `| ${r.name} | ${fmt(s.avg)} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${s.samples.length} |`
  }))

const md = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts). Numbers are reported, not asserted.

## Machine

${machineDescription()}
- Date: ${new Date().toISOString().slice(0, 10)}

## Document core (mitata micro-benchmarks)

| benchmark | avg | p50 | p99 | samples |
| --- | --- | --- | --- | --- |
${rows.join("\n")}

Notes:
- "stream 10 rows … (10,000 calls per sample)": one sample is 10,000 \`stream()\` calls of 10 rows
  each into a source whose columns hold \`rollover\` rows, so per-call cost is the sample time / 10,000.
  The cost does not grow with the rollover length: columns live in a rolling store with spare
  capacity, appends write in place and the live window is compacted once per ~rollover rows
  (amortized O(rows added)).
- "serialize … 1,000,000-point": the typed columns are not copied; they go out as binary buffers
  that view the columns' own memory.
`
writeFileSync(join(HERE, "RESULTS.md"), md)
writeFileSync(join(HERE, "results.json"), JSON.stringify({ date: new Date().toISOString(), benchmarks: results.benchmarks.map((t) => ({ alias: t.alias, runs: t.runs.map((r) => ({ name: r.name, avg: r.stats?.avg, p50: r.stats?.p50, p99: r.stats?.p99 })) })) }, null, 2))
process.stderr.write(`wrote ${join(HERE, "RESULTS.md")}\n`)
