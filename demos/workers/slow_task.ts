// The worker function of demos/session_tasks.ts. It runs in a worker thread, so it may block
// for as long as it likes: the server's event loop, and every session, carry on meanwhile.

export interface TaskResult {
  readonly task: number
  readonly finished: Date
}

// Stands in for a long computation (or a blocking library call): the thread sleeps, as a
// synchronous function would keep it busy.
function block(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

export default function processTask(task: number, ms = 1000): TaskResult {
  block(ms)
  return { task, finished: new Date() }
}
