// A description of the machine a benchmark ran on, for bench/RESULTS.md.
import os from "node:os"

export function machineDescription(): string {
  const cpus = os.cpus()
  const gib = (os.totalmem() / 2 ** 30).toFixed(1)
  return [
    `- CPU: ${cpus[0]?.model ?? "unknown"} × ${cpus.length} logical cores`,
    `- Memory: ${gib} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Runtime: Node ${process.version}`,
  ].join("\n")
}
