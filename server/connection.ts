// One websocket connection to a session (spec protocol.md §3–§4): assembles incoming frames
// into messages, hands each to its session as a task (so a connection's messages are handled
// in order, in order with everything else the session does), and writes replies.
import { KnownModels, errorRepr, type DocJson } from "../document/index.ts"
import { logger } from "./logger.ts"
import type { Message } from "./protocol/message.ts"
import { CLIENT_MSGTYPES, KNOWN_MSGTYPES, MSG, messages } from "./protocol/messages.ts"
import { FramingError, Receiver } from "./protocol/receiver.ts"
import type { ServerSession } from "./session/server_session.ts"
import { CLOSE, type Socket } from "./transport/socket.ts"

let nextConnectionId = 0

export class ServerConnection {
  readonly id = `c${++nextConnectionId}`
  // the models this client has; a patch refers to these by id and sends the rest in full
  readonly known = new KnownModels()
  // set once the client has a document (after PULL-DOC or PUSH-DOC): only then do patches
  // mean anything to it, and it must have the state they apply to
  hasDocument = false
  private readonly receiver = new Receiver()
  private pings = 0
  private closed = false

  constructor(readonly socket: Socket, readonly session: ServerSession) {}

  get open(): boolean {
    return !this.closed && this.socket.open
  }

  send(message: Message): void {
    if (this.open) this.socket.send(message.frames())
  }

  ping(): void {
    this.socket.ping(String(this.pings++))
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason)
  }

  // Called by the transport with each websocket frame (text as string, binary as bytes).
  receive(frame: string | Uint8Array): void {
    if (this.closed) return
    let message: Message | null
    try {
      message = this.receiver.consume(frame)
    } catch (error) {
      this.protocolError(error instanceof FramingError ? error.message : `bad frame: ${String(error)}`)
      return
    }
    if (message != null) this.dispatch(message)
  }

  // Called by the transport when the socket closed.
  detach(): void {
    if (this.closed) return
    this.closed = true
    this.session.removeConnection(this)
  }

  private dispatch(message: Message): void {
    const type = message.msgtype
    if (!KNOWN_MSGTYPES.has(type)) return this.protocolError(`unknown message type ${JSON.stringify(type)}`)
    if (!CLIENT_MSGTYPES.has(type)) return this.protocolError(`a server does not accept ${type} messages`)
    const reqid = message.msgid
    const content = message.content as Record<string, unknown>
    const session = this.session
    // the reply (or ERROR) is written inside the task, before the next message's task starts
    // `tracked`: client changes and UI events are work for users (busy), the rest housekeeping
    const reply = (task: () => Message, tracked = false) => {
      void session.lock.run(`${type} from connection ${this.id}`, () => {
        if (!this.open) return
        let answer: Message
        try {
          answer = task()
        } catch (error) {
          logger.debug(`${type} from connection ${this.id} of session ${session.shortId} failed: ${errorRepr(error)}`)
          answer = messages.error(reqid, errorRepr(error), error instanceof Error ? error.stack ?? null : null)
        }
        // the batch this message caused goes first, as upstream: broadcasts, then OK
        session.flush()
        this.send(answer)
      }, { tracked })
    }
    switch (type) {
      case MSG.SERVER_INFO_REQ:
        // queued like the rest, so the reply also says "everything you sent before is applied"
        return reply(() => messages.serverInfoReply(reqid))
      case MSG.PULL_DOC_REQ:
        return reply(() => session.pull(this, reqid))
      case MSG.PUSH_DOC:
        return reply(() => {
          session.push(this, content.doc as DocJson, message.bufferMap())
          return messages.ok(reqid)
        })
      case MSG.PATCH_DOC:
        return reply(() => {
          session.applyClientPatch(this, content, message.bufferMap())
          return messages.ok(reqid)
        }, true)
    }
  }

  private protocolError(text: string): void {
    logger.warn(`closing connection ${this.id} of session ${this.session.shortId}: ${text}`)
    this.close(CLOSE.PROTOCOL_ERROR, text)
    this.detach()
  }
}
