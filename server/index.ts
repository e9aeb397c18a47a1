// bokeh-ts server: serve apps to BokehJS pages and bokeh.client over the Bokeh protocol.
export { serve, BokehServer, type ServerOptions } from "./server.ts"
export { Application, loadApplications, type AppFunction, type AppModule, type Metadata } from "./application.ts"
export { SessionContext, currentSessionContext, type ServerContext } from "./context.ts"
export { ServerSession } from "./session/server_session.ts"
export { curdoc } from "./curdoc.ts"
export { withoutDocumentLock } from "../document/index.ts"
export { setLogLevel, setServerLogSink, type ServerLogLevel } from "./logger.ts"
export type { RequestInfo } from "./http/request.ts"
// session state, callbacks and scheduled tasks (state/)
export {
  state, Location, PeriodicCallback, Cache, cache, asCached, addPeriodicCallback, scheduleTask, cancelTask, scheduledTasks,
  execute, withLock, unlocked, updateSessions, onload, deferLoad, bindBusy, onBusyChange, onProcessBusyChange,
  type BindBusyOptions, type CacheOptions, type DeferLoadOptions, type LocationChange, type PeriodicOptions,
  type ScheduleOptions, type SessionTarget, type SyncSpec,
} from "./state/index.ts"
// background work on worker threads (workers/)
export {
  WorkerHost, WorkerError, SessionTaskRunner, GlobalTaskRunner, workerStats, QUEUE_EMPTY,
  type WorkerFunctionRef, type CallOptions, type SessionTaskRunnerOptions, type GlobalTaskRunnerOptions,
  type GlobalSubscriber, type RunnerWatcher,
} from "./workers/index.ts"
