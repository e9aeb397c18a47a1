// Worker functions for server/test/workers_*.test.ts (they run inside worker threads).
import { transfer } from "./transfer.ts"

// blocks this thread as a synchronous computation would
function block(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

export default function square(x: number): number {
  return x * x
}

export function slowSquare(x: number, ms = 50): number {
  block(ms)
  return x * x
}

export async function echo(value: unknown, ms = 0): Promise<unknown> {
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
  return value
}

export function fail(message: string): never {
  throw new RangeError(message)
}

export function returnsFunction(): unknown {
  return () => 1
}

// kills its thread from a timer, after answering
export function crashSoon(): string {
  setTimeout(() => { throw new Error("boom in a timer") }, 10)
  return "ok"
}

let count = 0
// state kept by the thread between calls
export function counter(): number {
  return ++count
}

// n readings, moved (not copied) to the main thread
export function batch(n: number): unknown {
  const values = new Float64Array(n)
  for (let i = 0; i < n; i++) values[i] = i
  return transfer({ values, sum: (n * (n - 1)) / 2 })
}

export function sum(values: Float64Array): number {
  let total = 0
  for (const v of values) total += v
  return total
}

export const notAFunction = 42

// a task: its square after `ms` of blocking work, or a RangeError for a negative number
export function squareTask(task: { x: number; ms?: number }): number {
  if (task.x < 0) throw new RangeError(`negative: ${task.x}`)
  block(task.ms ?? 50)
  return task.x * task.x
}
