// The progress line of `npm run bench` on stderr: "[3/9] load: 1000 sessions × 10 Hz — …".
// On a terminal the detail rewrites one line; in CI logs every update is its own line.
export class Progress {
  private step = 0
  private label = ""

  constructor(private readonly steps: number) {}

  start(label: string): void {
    this.step += 1
    this.label = label
    this.write(`[${this.step}/${this.steps}] ${label}`, true)
  }

  detail = (text: string): void => {
    this.write(`[${this.step}/${this.steps}] ${this.label} — ${text}`, false)
  }

  done(): void {
    if (process.stderr.isTTY) process.stderr.write("\n")
  }

  private write(line: string, first: boolean): void {
    if (process.stderr.isTTY) process.stderr.write(`${first && this.step > 1 ? "\n" : ""}\r\x1b[K${line.slice(0, process.stderr.columns - 1)}`)
    else process.stderr.write(`${line}\n`)
  }
}
