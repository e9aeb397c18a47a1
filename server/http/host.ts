// The seam between the HTTP routes and the rest of the server: what a page request needs
// to know and to do. `server.ts` implements it; tests can pass a fake.
import type { RequestInfo } from "./request.ts"

export type SessionIdMode = "unsigned" | "signed" | "external-signed"

export interface TokenSettings {
  readonly sessionIds: SessionIdMode
  // required for signed modes; utf-8 encoded as the HMAC key
  readonly secretKey: string | null
  // seconds a minted token stays valid for opening a websocket (default 300)
  readonly sessionTokenExpiration: number
}

export interface AppRoute {
  // "/" for a single app at the root, else "/name"
  readonly path: string
  // the app's `metadata` export (a JSON object or a function giving one); {} if none
  metadata(): Promise<Record<string, unknown>>
  // the app's own static/ folder, served at <app>/static/ (BokehJS's files when absent)
  readonly staticDir?: string | null
}

export interface SessionInfo {
  readonly rootIds: readonly string[]
  readonly title: string
}

export interface HttpHost {
  // "" or "/prefix"
  readonly prefix: string
  readonly apps: readonly AppRoute[]
  readonly tokens: TokenSettings
  // Gets or creates session `sessionId` of `app` (running the app code on creation).
  // `request` is what the session context will expose (arguments, cookies, headers).
  createSessionIfNeeded(app: AppRoute, sessionId: string, token: string, request: RequestInfo): Promise<SessionInfo>
}
