// Background work on worker threads: a worker function is named by module URL and export,
// gets plain data and returns plain data or typed arrays; results reach documents only as
// tasks of their sessions' queues (spec document.md §14.10, §17 rules 1 and 2).
import { liveTimerCount } from "./timers.ts"
import { GlobalTaskRunner } from "./global_task_runner.ts"
import { SessionTaskRunner } from "./session_task_runner.ts"
import { WorkerHost } from "./worker_host.ts"

export { WorkerHost, type WorkerFunctionRef, type CallOptions } from "./worker_host.ts"
export { WorkerError, type SerializedError } from "./errors.ts"
export { SessionTaskRunner, QUEUE_EMPTY, type SessionTaskRunnerOptions, type RunnerWatcher } from "./session_task_runner.ts"
export { GlobalTaskRunner, type GlobalTaskRunnerOptions, type GlobalSubscriber } from "./global_task_runner.ts"
// transfer() is for worker modules: they import it from ./transfer.ts, which loads nothing else
export { assertPlainData } from "./plain_data.ts"

// What is running now: worker threads, runner timers, session runners, global runners.
export function workerStats(): { workers: number; timers: number; sessionRunners: number; globalRunners: number } {
  return {
    workers: WorkerHost.liveCount,
    timers: liveTimerCount(),
    sessionRunners: SessionTaskRunner.liveCount,
    globalRunners: GlobalTaskRunner.keys.length,
  }
}
