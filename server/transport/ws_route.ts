// A new websocket on <app>/ws (spec protocol.md §1.9 step 5, §2.7): check the token, find or
// create the session, attach a connection and send ACK. Frames that arrive before the
// connection is ready wait (up to a limit: a flood before ACK closes the socket).
import { Buffer } from "node:buffer"
import type { IncomingMessage } from "node:http"
import type WebSocket from "ws"
import { ServerConnection } from "../connection.ts"
import { requestFromHttp, requestFromToken } from "../http/request.ts"
import { describeError, logger } from "../logger.ts"
import type { BokehServer } from "../server.ts"
import { checkTokenSignature, getSessionId, getTokenPayload, tokenExpired } from "../tokens.ts"
import { CLOSE } from "./socket.ts"
import { WsSocket } from "./ws_socket.ts"

// what a client may send before it has its ACK
const EARLY_FRAMES_LIMIT = 64

export function acceptWebsocket(server: BokehServer, ws: WebSocket, req: IncomingMessage): void {
  const socket = new WsSocket(ws)
  const early: Array<string | Uint8Array> = []
  let connection: ServerConnection | null = null
  let closed = false
  ws.on("message", (data: WebSocket.RawData, isBinary: boolean) => {
    const frame = isBinary ? toBytes(data) : data.toString()
    if (connection != null) return connection.receive(frame)
    early.push(frame)
    if (early.length > EARLY_FRAMES_LIMIT) {
      early.length = 0
      socket.close(CLOSE.FLOOD, `more than ${EARLY_FRAMES_LIMIT} frames sent before ACK`)
    }
  })
  ws.on("close", () => {
    closed = true
    connection?.detach()
  })
  ws.on("error", (error) => logger.debug(`websocket error: ${describeError(error)}`))

  const reject = (reason: string) => {
    logger.info(`refusing websocket: ${reason}`)
    socket.close(CLOSE.REJECTED, reason)
  }
  const path = (req.url ?? "/").split("?")[0]!
  const app = server.appForWebsocket(path)
  if (app == null) return reject(`no app at ${path}`)
  if (ws.protocol !== "bokeh") return reject("Subprotocol header is not 'bokeh'")
  const offered = String(req.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim())
  const token = offered[1]
  if (offered.length !== 2 || token == null || token === "") return reject("No token received in subprotocol header")
  let sessionId: string
  let payload: Record<string, unknown>
  try {
    if (!checkTokenSignature(token, server.tokens)) return reject("Invalid token signature")
    if (tokenExpired(token)) {
      return reject("Token is expired. Configure the app with a larger value for --session-token-expiration if necessary")
    }
    sessionId = getSessionId(token)
    payload = getTokenPayload(token)
  } catch (error) {
    return reject(`Invalid token: ${(error as Error).message}`)
  }
  if (sessionId === "") return reject("Token has an empty session id")

  const request = requestFromToken(payload, requestFromHttp(req))
  app.createSessionIfNeeded(sessionId, token, payload, request).then(
    (session) => {
      if (closed) return
      if (session.destroyed) return socket.close(CLOSE.SESSION_DESTROYED, "session destroyed")
      connection = new ServerConnection(socket, session)
      session.addConnection(connection)
      for (const frame of early.splice(0)) connection.receive(frame)
    },
    (error: unknown) => {
      logger.error(`could not create session for app ${app.app.name}: ${describeError(error)}`)
      socket.close(CLOSE.INTERNAL_ERROR, "could not create the session")
    },
  )
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
