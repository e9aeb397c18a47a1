// The one seam between the protocol and a websocket implementation. A connection needs only
// this; `ws_socket.ts` adapts the `ws` package (Node, and Deno through its Node layer), and
// tests can use an in-memory socket.
import type { Frame } from "../protocol/message.ts"

export interface Socket {
  // writes every frame of one message, contiguously (spec protocol.md §3.4)
  send(frames: readonly Frame[]): void
  close(code: number, reason: string): void
  ping(payload: string): void
  readonly open: boolean
}

// Close codes (spec protocol.md §3.6: Python's 10000/10001 are not valid websocket codes).
export const CLOSE = {
  INTERNAL_ERROR: 4000,
  PROTOCOL_ERROR: 4001,
  // the token was rejected (bad signature, expired, no session id)
  REJECTED: 4003,
  // too much sent before the server could answer
  FLOOD: 4008,
  SESSION_DESTROYED: 4010,
  GOING_AWAY: 1001,
} as const
