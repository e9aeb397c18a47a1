// Bytes on the wire: binary buffers referenced by id, or inline base64 of gzip (BokehJS 3.10
// gunzips every inline `bytes` rep). fflate keeps this free of Node-only APIs.
import { gunzipSync, gzipSync } from "fflate"

export interface Buffer {
  readonly id: string
  readonly data: Uint8Array
}

export function bytesOf(view: ArrayBufferView | ArrayBuffer): Uint8Array {
  return view instanceof ArrayBuffer
    ? new Uint8Array(view)
    : new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
}

// Level 1: array data barely compresses better at higher levels, and costs twice the time.
export function encodeInline(data: Uint8Array): string {
  return toBase64(gzipSync(data, { level: 1, mtime: 0 }))
}

// Accepts both generations: gzip (Bokeh >= 3.8) and raw base64 (older senders).
export function decodeInline(text: string): Uint8Array {
  const raw = fromBase64(text)
  return raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw
}

const CHUNK = 0x8000

export function toBase64(data: Uint8Array): string {
  let binary = ""
  for (let i = 0; i < data.length; i += CHUNK) {
    binary += String.fromCharCode(...data.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}
