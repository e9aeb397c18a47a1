// An in-memory Socket: what a connection sends is decoded back into messages.
import type { Frame, Message } from "../protocol/message.ts"
import { Receiver } from "../protocol/receiver.ts"
import type { Socket } from "../transport/socket.ts"

export class MemorySocket implements Socket {
  readonly received: Message[] = []
  open = true
  closedWith: { code: number; reason: string } | null = null
  private readonly receiver = new Receiver()

  send(frames: readonly Frame[]): void {
    for (const frame of frames) {
      const message = this.receiver.consume(frame)
      if (message != null) this.received.push(message)
    }
  }

  close(code: number, reason: string): void {
    this.open = false
    this.closedWith = { code, reason }
  }

  ping(): void {}

  // events of every PATCH-DOC received so far
  patchEvents(): Array<Record<string, unknown>> {
    return this.received
      .filter((m) => m.msgtype === "PATCH-DOC")
      .flatMap((m) => (m.content as { events: Array<Record<string, unknown>> }).events)
  }
}
