// Round trips and pulls against a served app, with the load generator's protocol client:
// - clicks: N sessions each press the app's "button" in a closed loop (a ButtonClick event in a
//   PATCH-DOC) and time until the server's change to the "clicks" Div comes back;
// - pulls: fresh sessions time PULL-DOC-REQ → complete PULL-DOC-REPLY (every buffer received).
import { Message } from "../../server/protocol/message.ts"
import { messages } from "../../server/protocol/messages.ts"
import { LatencyHistogram, LoadClient, LoadStats } from "./client.ts"

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export interface ClickResult {
  readonly sessions: number
  readonly connected: number
  readonly clicks: number // answered round trips in the window
  readonly clicksPerSec: number
  readonly lost: number // clicks with no answer within 5 s
  readonly rtt: ReturnType<LatencyHistogram["summary"]>
}

// The id of the model named `name` anywhere in a PULL-DOC-REPLY's document.
export function findModelId(reply: Message, name: string): string | null {
  const stack: unknown[] = [reply.content]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value == null || typeof value !== "object") continue
    const obj = value as Record<string, unknown>
    if (obj.type === "object" && typeof obj.id === "string" && (obj.attributes as Record<string, unknown> | undefined)?.name === name) return obj.id
    stack.push(...(Array.isArray(value) ? value : Object.values(obj)))
  }
  return null
}

function clickMessage(buttonId: string): Message {
  return messages.patchDoc({
    events: [{
      kind: "MessageSent", msg_type: "bokeh_event",
      msg_data: { type: "event", name: "button_click", values: { type: "map", entries: [["model", { id: buttonId }]] } },
    }],
  } as never, [])
}

// Each session clicks, waits for the answer, thinks `thinkMs`, clicks again.
export async function runClicks(url: string, sessions: number, durationMs: number, thinkMs = 100): Promise<ClickResult> {
  const rtt = new LatencyHistogram(10_000)
  let recording = false
  let lost = 0
  const waiting = new Map<LoadClient, { sentAt: number; done: () => void }>()
  const clients: LoadClient[] = []
  for (let i = 0; i < sessions; i++) {
    const client: LoadClient = new LoadClient(url, {
      stats: new LoadStats(), keepPull: true,
      onPatch: (message) => {
        const events = (message.content as { events?: Array<{ kind?: string; attr?: string }> }).events ?? []
        if (!events.some((e) => e.kind === "ModelChanged" && e.attr === "text")) return
        const w = waiting.get(client)
        if (w == null) return
        waiting.delete(client)
        if (recording) rtt.record(performance.now() - w.sentAt)
        w.done()
      },
    })
    clients.push(client)
  }
  await Promise.all(clients.map((c) => c.ready().catch(() => {})))
  const ready = clients.filter((c) => c.state === "pulled")
  let stop = false
  const loops = ready.map(async (client) => {
    const id = findModelId(client.pullReply!, "button")
    if (id == null) throw new Error(`${url}: no model named "button" in the document`)
    await sleep(Math.random() * thinkMs) // spread the sessions over the think time
    while (!stop) {
      const answered = new Promise<void>((done) => waiting.set(client, { sentAt: performance.now(), done }))
      client.send(clickMessage(id))
      const timedOut = await Promise.race([answered.then(() => false), sleep(5000).then(() => true)])
      if (timedOut) {
        waiting.delete(client)
        if (recording) lost++
      }
      await sleep(thinkMs)
    }
  })
  await sleep(2000) // warm-up
  rtt.reset()
  recording = true
  const t0 = performance.now()
  await sleep(durationMs)
  recording = false
  const measured = performance.now() - t0
  stop = true
  await Promise.all(loops)
  await Promise.all(clients.map((c) => c.close()))
  const summary = rtt.summary()
  return {
    sessions, connected: ready.length, clicks: summary.samples,
    clicksPerSec: Math.round((summary.samples * 1000) / measured), lost, rtt: summary,
  }
}

export interface PullResult {
  readonly runs: number
  readonly bytes: number // of the reply's buffers
  readonly pullMs: { readonly min: number; readonly median: number; readonly max: number }
}

// `runs` fresh sessions, one after the other, each pulling once.
export async function runPulls(url: string, runs: number): Promise<PullResult> {
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const client = new LoadClient(url, { stats: new LoadStats(), keepPull: true, timeoutMs: 120_000 })
    await client.ready()
    times.push(client.pullMs)
    bytes = client.pullReply!.buffers.reduce((sum, b) => sum + b.data.byteLength, 0)
    await client.close()
  }
  times.sort((a, b) => a - b)
  const r = (v: number) => Math.round(v * 10) / 10
  return { runs, bytes, pullMs: { min: r(times[0]!), median: r(times[Math.floor(times.length / 2)]!), max: r(times[times.length - 1]!) } }
}
