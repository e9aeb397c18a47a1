// Tracked tasks: the work a session does for its users (client patches and UI events, session
// callbacks, execute) as opposed to protocol housekeeping. Observers hear when one starts and
// ends; state/busy.ts counts them. `started` runs inside the task before its body, so what an
// observer changes goes out before the work (the lock flushes right after), and `ended` in the
// task's `finally`.
import type { ServerSession } from "./server_session.ts"

export interface TrackedTaskObserver {
  started(session: ServerSession): void
  ended(session: ServerSession): void
}

const observers = new Set<TrackedTaskObserver>()

export function observeTrackedTasks(observer: TrackedTaskObserver): () => void {
  observers.add(observer)
  return () => { observers.delete(observer) }
}

export function trackedTaskStarted(session: ServerSession): void {
  for (const observer of observers) observer.started(session)
}

export function trackedTaskEnded(session: ServerSession): void {
  for (const observer of observers) observer.ended(session)
}
