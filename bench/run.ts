// `npm run bench`: runs the benchmark suites and writes bench/RESULTS.md (and results.json).
// Results are reported, never asserted: timings belong here, not in unit tests.
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "mitata"
import { registerDocumentBenchmarks } from "./document.bench.ts"
import { registerServerBenchmarks } from "./server.bench.ts"
import { machineDescription } from "./machine.ts"
import { loadTable, runLoadSuite } from "./load/suite.ts"

const HERE = dirname(fileURLToPath(import.meta.url))

function fmt(ns: number): string {
  if (ns < 1e3) return `${ns.toFixed(1)} ns`
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)} µs`
  if (ns < 1e9) return `${(ns / 1e6).toFixed(2)} ms`
  return `${(ns / 1e9).toFixed(2)} s`
}

registerDocumentBenchmarks()
registerServerBenchmarks()
process.stderr.write("running document and server micro-benchmarks (mitata)…\n")
const results = await run({ format: "mitata", print: (s: string) => process.stderr.write(s + "\n") })

const rows = results.benchmarks.flatMap((trial) =>
  trial.runs.filter((r) => r.stats != null).map((r) => {
    const s = r.stats!
    return `| ${r.name} | ${fmt(s.avg)} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${s.samples.length} |`
  }))

// per-call cost of the 10,000-call stream samples, for the notes
const streamRuns = results.benchmarks.flatMap((t) => t.runs).filter((r) => /^(Float64|list) columns/.test(r.name) && r.stats != null)
const perCall = streamRuns.map((r) => `${r.name}: ${fmt(r.stats!.avg / 10_000)}`).join("; ")

// The load section takes a few minutes: `npm run bench -- --no-load` skips it.
const withLoad = !process.argv.includes("--no-load")
const load = withLoad ? await runLoadSuite(15_000, (line) => process.stderr.write(line + "\n")) : []
const pythonFile = join(HERE, "load", "python_baseline.md")
// its results table (the file also holds the set-up and the raw JSON)
const python = existsSync(pythonFile)
  ? /## Results\n([\s\S]*?)(?=\n## |$)/.exec(readFileSync(pythonFile, "utf8"))?.[1]?.trim() ?? "(no results table)"
  : "(not measured)"

const md = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts). Numbers are reported, not asserted. On this
shared 2-core VM, absolute timings vary from run to run by up to about 1.5×; compare rows
within one run (e.g. the stream cost at rollover 1,000 vs 1,000,000).

## Machine

${machineDescription()}
- Date: ${new Date().toISOString().slice(0, 10)}

## Document core (mitata micro-benchmarks)

| benchmark | avg | p50 | p99 | samples |
| --- | --- | --- | --- | --- |
${rows.join("\n")}

Notes:
- "Slider.value = v; createPatch": one property set on an attached model, its ModelChanged
  event serialized into PATCH-DOC content (with the binary-buffer rules) and stringified.
- "stream 10 rows … rollover N": one sample is 10,000 \`stream()\` calls of 10 rows each, so
  the per-call cost is the sample time / 10,000 (${perCall}). It does not grow with the column
  length (1,000 vs 1,000,000 rows): columns live in a rolling store with spare capacity,
  appends write in place and the live window is compacted once per ~rollover rows (amortized
  O(rows added)). Each call also validates the request, emits a ColumnsStreamed event and gives
  that event its own copy of the 10 new rows (so a caller may refill its arrays).
- "serialize … 1,000,000-point": with binary buffers the typed columns are not copied: the
  buffers view the columns' own (copy-on-write) memory, so the cost is the JSON of the small
  rest of the document. The inline form (standalone HTML/JSON) gzips and base64-encodes 16 MB.
- "one streaming batch": what a session pays per batch and 10-row update: stream, build the
  PATCH-DOC content (serialized when the event is dispatched), stringify it.
- "hold('combine')": 10,000 property sets under one hold, combined into 100 events (one per
  slider) through an index of held events, then dispatched.
- "session task: … N connections": one session task streaming 10 rows into a three-column
  source, its batch serialized once into one PATCH-DOC whose frames go to N connections (no-op
  sockets). An extra connection costs one send of the same frames, not a serialization.

## Server under load (bench/load)

${withLoad ? loadTable(load) : "(skipped: --no-load)"}

How: \`bench/load/suite.ts\` starts \`bokeh-ts serve bench/apps/stream.ts\` (10 rows per update,
rollover 1,000, a \`ts\` column with the server's \`Date.now()\`) in a child process, and
\`bench/load/loadgen.ts\` opens N real websocket sessions from this process (same machine, so the
load generator takes most of the second core), waits for every session to pull, warms up 3 s,
then counts the updates each session receives for 15 s. Latency is receipt time minus the rows'
\`ts\`. Server CPU (100% = one core) and RSS are sampled from /proc. The target for this
2-core machine: 1,000 sessions × 10 Hz fully delivered with p99 ≤ 10 ms.

## Python \`bokeh serve\` on the same machine (bench/load/python_baseline.md)

Python bokeh 3.9.2, the same load generator and the same update (10 rows of three float64
columns, rollover 1,000) from \`bench/load/stream_app.py\`, whose root is a small figure
(ours is the bare source: the page is lighter, each update the same); set-up and raw results
in the file.

${python}
`
writeFileSync(join(HERE, "RESULTS.md"), md)
writeFileSync(join(HERE, "results.json"), JSON.stringify({ date: new Date().toISOString(), load, benchmarks: results.benchmarks.map((t) => ({ alias: t.alias, runs: t.runs.map((r) => ({ name: r.name, avg: r.stats?.avg, p50: r.stats?.p50, p99: r.stats?.p99 })) })) }, null, 2))
process.stderr.write(`wrote ${join(HERE, "RESULTS.md")}\n`)
