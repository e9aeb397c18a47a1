// bokeh-ts server: serve apps to BokehJS pages and bokeh.client over the Bokeh protocol.
export { serve, BokehServer, type ServerOptions } from "./server.ts"
export { Application, loadApplications, type AppFunction, type AppModule, type Metadata } from "./application.ts"
export { SessionContext, currentSessionContext, type ServerContext } from "./context.ts"
export { ServerSession } from "./session/server_session.ts"
export { curdoc } from "./curdoc.ts"
export { withoutDocumentLock } from "../document/index.ts"
export { setLogLevel, setServerLogSink, type ServerLogLevel } from "./logger.ts"
export type { RequestInfo } from "./http/request.ts"
