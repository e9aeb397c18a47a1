// The applications of every running server in this process, so that process-wide code (a
// scheduled task, a worker, another app) can reach an app's live sessions: updateSessions().
// A server adds its apps when it starts and removes them when it stops.
import type { ServerContext } from "../context.ts"

const running = new Set<ServerContext>()

export function registerApps(contexts: Iterable<ServerContext>): void {
  for (const context of contexts) running.add(context)
}

export function unregisterApps(contexts: Iterable<ServerContext>): void {
  for (const context of contexts) running.delete(context)
}

// The running apps served at `appPath` ("/" or "/name"), over all servers.
export function runningApps(appPath: string): ServerContext[] {
  return [...running].filter((context) => context.appPath === appPath)
}
