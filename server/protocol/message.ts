// One Bokeh protocol message (spec protocol.md §3): header, metadata and content JSON plus
// binary buffers. A message is built once and its frames can go to any number of sockets.
import type { Buffer } from "../../document/index.ts"

export interface Header {
  readonly msgid: string
  readonly msgtype: string
  readonly reqid?: string
  readonly num_buffers?: number
}

export type Frame = string | Uint8Array

let nextMsgId = 0

// Unique per process, so unique per sender as the protocol asks.
export function newMsgId(): string {
  return `m${(++nextMsgId).toString(36)}`
}

export class Message<C = unknown> {
  private _frames: Frame[] | null = null

  constructor(
    readonly header: Header,
    readonly content: C,
    readonly buffers: readonly Buffer[] = [],
    readonly metadata: Record<string, unknown> = {},
  ) {}

  get msgtype(): string {
    return this.header.msgtype
  }

  get msgid(): string {
    return this.header.msgid
  }

  // header, metadata, content, then a (buffer header, payload) pair per buffer; serialized once
  frames(): readonly Frame[] {
    if (this._frames != null) return this._frames
    const header = this.buffers.length > 0 ? { ...this.header, num_buffers: this.buffers.length } : this.header
    const frames: Frame[] = [JSON.stringify(header), JSON.stringify(this.metadata), JSON.stringify(this.content)]
    for (const buffer of this.buffers) frames.push(JSON.stringify({ id: buffer.id }), buffer.data)
    return (this._frames = frames)
  }

  // The buffers as the deserializer wants them: id → bytes.
  bufferMap(): ReadonlyMap<string, Uint8Array> {
    return new Map(this.buffers.map((b) => [b.id, b.data]))
  }

  static create<C>(msgtype: string, content: C, options: { reqid?: string; buffers?: readonly Buffer[] } = {}): Message<C> {
    const header: Header = options.reqid == null
      ? { msgid: newMsgId(), msgtype }
      : { msgid: newMsgId(), msgtype, reqid: options.reqid }
    return new Message(header, content, options.buffers ?? [])
  }
}
