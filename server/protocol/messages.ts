// The message types of the protocol (spec protocol.md §4) and their constructors.
import { BOKEHJS_VERSION, type Buffer, type DocJson, type PatchJson } from "../../document/index.ts"
import { Message } from "./message.ts"

export const MSG = {
  ACK: "ACK",
  OK: "OK",
  ERROR: "ERROR",
  PULL_DOC_REQ: "PULL-DOC-REQ",
  PULL_DOC_REPLY: "PULL-DOC-REPLY",
  PUSH_DOC: "PUSH-DOC",
  PATCH_DOC: "PATCH-DOC",
  SERVER_INFO_REQ: "SERVER-INFO-REQ",
  SERVER_INFO_REPLY: "SERVER-INFO-REPLY",
} as const

export const KNOWN_MSGTYPES: ReadonlySet<string> = new Set(Object.values(MSG))

// What a server accepts from clients; the rest are server-to-client only.
export const CLIENT_MSGTYPES: ReadonlySet<string> = new Set([
  MSG.PULL_DOC_REQ, MSG.PUSH_DOC, MSG.PATCH_DOC, MSG.SERVER_INFO_REQ,
])

export const SERVER_VERSION = "0.1.0"

export const messages = {
  ack: () => Message.create(MSG.ACK, {}),
  ok: (reqid: string) => Message.create(MSG.OK, {}, { reqid }),
  error: (reqid: string | undefined, text: string, traceback: string | null = null) =>
    Message.create(MSG.ERROR, { text, traceback }, { reqid }),
  pullDocReq: () => Message.create(MSG.PULL_DOC_REQ, {}),
  pullDocReply: (reqid: string, doc: DocJson, buffers: readonly Buffer[]) =>
    Message.create(MSG.PULL_DOC_REPLY, { doc }, { reqid, buffers }),
  pushDoc: (doc: DocJson, buffers: readonly Buffer[]) => Message.create(MSG.PUSH_DOC, { doc }, { buffers }),
  patchDoc: (content: PatchJson, buffers: readonly Buffer[]) => Message.create(MSG.PATCH_DOC, content, { buffers }),
  serverInfoReq: () => Message.create(MSG.SERVER_INFO_REQ, {}),
  serverInfoReply: (reqid: string) =>
    Message.create(MSG.SERVER_INFO_REPLY, { version_info: { bokeh: BOKEHJS_VERSION, server: SERVER_VERSION } }, { reqid }),
}
