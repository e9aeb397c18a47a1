// `ws` WebSocket → Socket. Frames of one message go out corked, so a message with buffers
// costs one write to the kernel instead of one per frame.
import type WebSocket from "ws"
import type { Frame } from "../protocol/message.ts"
import type { Socket } from "./socket.ts"

const OPEN = 1

interface Corkable {
  cork?(): void
  uncork?(): void
}

export class WsSocket implements Socket {
  constructor(private readonly ws: WebSocket) {}

  get open(): boolean {
    return this.ws.readyState === OPEN
  }

  send(frames: readonly Frame[]): void {
    if (!this.open) return
    const raw = (this.ws as unknown as { _socket?: Corkable })._socket
    raw?.cork?.()
    try {
      for (const frame of frames) this.ws.send(frame, { binary: typeof frame !== "string" })
    } finally {
      raw?.uncork?.()
    }
  }

  close(code: number, reason: string): void {
    // close reasons are limited to 123 bytes
    if (this.ws.readyState <= OPEN) this.ws.close(code, truncate(reason, 120))
  }

  ping(payload: string): void {
    if (this.open) this.ws.ping(payload)
  }
}

function truncate(text: string, bytes: number): string {
  let out = text
  while (new TextEncoder().encode(out).length > bytes) out = out.slice(0, -1)
  return out
}
