// Assembles messages from websocket frames (spec protocol.md §3.5): header, metadata and
// content as text frames, then one (buffer header text, payload binary) pair per buffer.
import type { Buffer } from "../../document/index.ts"
import { Message, type Header } from "./message.ts"

// Broken framing: the connection cannot continue (the server closes with 4001).
export class FramingError extends Error {
  override name = "FramingError"
}

type State = "header" | "metadata" | "content" | "buffer_header" | "buffer_payload"

export class Receiver {
  private state: State = "header"
  private header: Header | null = null
  private metadata: Record<string, unknown> = {}
  private content: unknown = null
  private buffers: Buffer[] = []
  private bufferId = ""

  // Feeds one frame; returns the message it completes, or null while one is incomplete.
  consume(frame: string | Uint8Array): Message | null {
    const text = typeof frame === "string"
    switch (this.state) {
      case "header": {
        const header = this.json(frame, "header")
        if (typeof header.msgtype !== "string") throw new FramingError("message header has no msgtype")
        if (typeof header.msgid !== "string") throw new FramingError("message header has no msgid")
        const n = header.num_buffers ?? 0
        if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw new FramingError(`invalid num_buffers ${JSON.stringify(n)}`)
        this.header = header as unknown as Header
        this.state = "metadata"
        return null
      }
      case "metadata":
        this.metadata = this.json(frame, "metadata")
        this.state = "content"
        return null
      case "content":
        this.content = this.json(frame, "content")
        return this.completeOr("buffer_header")
      case "buffer_header": {
        const bh = this.json(frame, "buffer header")
        const keys = Object.keys(bh)
        if (keys.length !== 1 || typeof bh.id !== "string") {
          throw new FramingError(`buffer header must be exactly {"id": string}, got ${JSON.stringify(bh)}`)
        }
        this.bufferId = bh.id
        this.state = "buffer_payload"
        return null
      }
      case "buffer_payload":
        if (text) throw new FramingError("expected a binary frame for a buffer payload, got text")
        this.buffers.push({ id: this.bufferId, data: frame })
        return this.completeOr("buffer_header")
    }
  }

  private completeOr(next: State): Message | null {
    const n = this.header!.num_buffers ?? 0
    if (this.buffers.length < n) {
      this.state = next
      return null
    }
    const message = new Message(this.header!, this.content, this.buffers, this.metadata)
    this.state = "header"
    this.header = null
    this.metadata = {}
    this.content = null
    this.buffers = []
    return message
  }

  private json(frame: string | Uint8Array, part: string): Record<string, unknown> {
    if (typeof frame !== "string") throw new FramingError(`expected a text frame for the ${part}, got binary`)
    let value: unknown
    try {
      value = JSON.parse(frame)
    } catch (e) {
      throw new FramingError(`the ${part} is not valid JSON: ${(e as Error).message}`)
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new FramingError(`the ${part} must be a JSON object`)
    }
    return value as Record<string, unknown>
  }
}
