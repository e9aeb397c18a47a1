// Session callbacks end to end (spec document.md §8, §9.5, §17): periodic callbacks never
// overlap, keep absolute deadlines, survive exceptions and stop on removal and on session
// destroy; a one-shot removed while it waits for the lock does not run; no-lock callbacks
// see only the unlocked document; an async task keeps the lock but its intermediate state
// reaches clients.
import assert from "node:assert/strict"
import { performance } from "node:perf_hooks"
import { test } from "node:test"
import type { TestContext } from "node:test"
import {
  AttributeError, Div, Slider, ValueError,
  type Document, type PeriodicCallback, type TimeoutCallback,
} from "../../document/index.ts"
import { curdoc, withoutDocumentLock } from "../index.ts"
import type { Message } from "../protocol/message.ts"
import type { ServerSession } from "../session/server_session.ts"
import { generateSessionId } from "../tokens.ts"
import { RawClient, captureServerLog, sleep, startServer, waitFor } from "./helpers.ts"

const APP = "/cbapp"

interface Setup {
  // stops the server (once; the test's `after` calls it too)
  stop(): Promise<void>
  session: ServerSession
  client: RawClient
  doc: Document
  div: Div
  slider: Slider
}

// A server with one session that has a connected client which pulled the document.
async function setup(t: TestContext): Promise<Setup> {
  const server = await startServer({
    [APP]: (doc) => {
      doc.addRoot(new Div({ text: "x" }))
      doc.addRoot(new Slider({ start: 0, end: 10, value: 1 }))
    },
  })
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await server.stop()
  }
  t.after(stop)
  const id = generateSessionId(server.tokens)
  const client = await RawClient.connect(server, APP, { sessionId: id })
  t.after(() => client.close())
  assert.equal((await client.pull()).msgtype, "PULL-DOC-REPLY")
  const session = server.contexts.get(APP)!.getSession(id)!
  const [div, slider] = session.document.roots as [Div, Slider]
  return { stop, session, client, doc: session.document, div, slider }
}

function busyWait(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end) { /* a synchronous callback body that takes `ms` */ }
}

function textPatches(messages: readonly Message[]): Array<{ index: number; text: unknown }> {
  const out: Array<{ index: number; text: unknown }> = []
  messages.forEach((m, index) => {
    if (m.msgtype !== "PATCH-DOC") return
    for (const e of (m.content as { events: Array<{ attr?: string; new?: unknown }> }).events) {
      if (e.attr === "text") out.push({ index, text: e.new })
    }
  })
  return out
}

// ---- periodic callbacks

test("an async periodic callback never overlaps itself: the next run starts after the previous ended", async (t) => {
  const { session } = await setup(t)
  let running = 0
  let maxRunning = 0
  const starts: number[] = []
  const ends: number[] = []
  await session.execute((doc) => {
    doc.addPeriodicCallback(async () => {
      running++
      maxRunning = Math.max(maxRunning, running)
      starts.push(performance.now())
      await sleep(90) // three periods
      ends.push(performance.now())
      running--
    }, 30)
  })
  await waitFor(() => ends.length >= 4, 3000, "four runs")
  assert.equal(maxRunning, 1)
  for (let i = 1; i < starts.length; i++) {
    assert.ok(starts[i]! >= ends[i - 1]!, `run ${i} started before run ${i - 1} ended`)
    // no catch-up: runs do not pile up after an overrun
    assert.ok(starts[i]! - starts[i - 1]! >= 85, `runs ${i - 1} and ${i} only ${(starts[i]! - starts[i - 1]!).toFixed(0)} ms apart`)
  }
})

test("a removed periodic callback stops; removing it again is a ValueError", async (t) => {
  const { session } = await setup(t)
  let runs = 0
  const callback = (await session.execute((doc) => doc.addPeriodicCallback(() => { runs++ }, 20)))!
  await waitFor(() => runs >= 3, 2000, "three runs")
  await session.execute((doc) => {
    assert.ok(doc.sessionCallbacks.includes(callback))
    doc.removePeriodicCallback(callback)
    assert.ok(!doc.sessionCallbacks.includes(callback))
  })
  const stoppedAt = runs
  await sleep(120)
  assert.equal(runs, stoppedAt)
  await session.execute((doc) => {
    assert.throws(() => doc.removePeriodicCallback(callback), (e: unknown) =>
      e instanceof ValueError && /already ran or was already removed/.test(e.message))
  })
})

test("a periodic callback keeps absolute deadlines: ~20 runs in 1 s at 50 ms with a 20 ms body", async (t) => {
  const { session } = await setup(t)
  let runs = 0
  let added = 0
  await session.execute((doc) => {
    added = performance.now()
    doc.addPeriodicCallback(() => {
      runs++
      busyWait(20)
    }, 50)
  })
  await sleep(1025 - (performance.now() - added))
  const count = runs
  // relative scheduling (next run 50 ms after the previous *ended*) would give ~14
  assert.ok(Math.abs(count - 20) <= 2, `${count} runs in ~1 s`)
})

test("a throwing periodic callback is logged with app and session and keeps running (locked and no-lock)", async (t) => {
  const { session } = await setup(t)
  let locked = 0
  let unlocked = 0
  const { log } = await captureServerLog(async () => {
    await session.execute((doc) => {
      doc.addPeriodicCallback(() => { throw new Error(`boom ${++locked}`) }, 20)
      doc.addPeriodicCallback(withoutDocumentLock(() => { throw new Error(`nolock boom ${++unlocked}`) }), 20)
    })
    await waitFor(() => locked >= 4 && unlocked >= 4, 3000, "four runs of each")
  })
  const errors = log.filter(([level]) => level === "error").map(([, text]) => text)
  assert.ok(session.id.startsWith(session.shortId) && session.shortId.length >= 8)
  for (const what of ["boom 1", "boom 2", "boom 3", "nolock boom 1", "nolock boom 3"]) {
    const line = errors.find((text) => text.includes(`Error: ${what}\n`))
    assert.ok(line != null, `"${what}" logged: ${JSON.stringify(errors)}`)
    assert.ok(line.includes("app cbapp"), `app name in "${line.split("\n")[0]}"`)
    assert.ok(line.includes(`session ${session.shortId}`), `session id in "${line.split("\n")[0]}"`)
  }
  assert.equal(session.destroyed, false)
})

test("all of a session's timers stop when it is destroyed", async (t) => {
  const { stop, session, client } = await setup(t)
  const ran: string[] = []
  let periodic = 0
  let nolockPeriodic = 0
  await session.execute((doc) => {
    doc.addPeriodicCallback(() => { periodic++ }, 20)
    doc.addPeriodicCallback(withoutDocumentLock(() => { nolockPeriodic++ }), 20)
    doc.addTimeoutCallback(() => { ran.push("timeout") }, 250)
    doc.addTimeoutCallback(withoutDocumentLock(() => { ran.push("nolock timeout") }), 250)
  })
  await waitFor(() => periodic >= 2 && nolockPeriodic >= 2, 2000, "periodic runs")
  // a next tick queued behind a task that is running when the session goes
  const blocker = session.execute(async (doc) => {
    doc.addNextTickCallback(() => { ran.push("next tick") })
    await sleep(50)
  })
  await sleep(10)
  await stop()
  await blocker
  const counts = [periodic, nolockPeriodic]
  await sleep(350)
  assert.deepEqual([periodic, nolockPeriodic], counts, "periodic callbacks stopped")
  assert.deepEqual(ran, [], "timeouts and the queued next tick never ran")
  assert.equal(session.destroyed, true)
  assert.equal((await client.closed).code, 4010)
})

// ---- one-shot callbacks and the lock

test("a timeout removed while it waits for the lock does not run (cancelled flag)", async (t) => {
  const { session } = await setup(t)
  const ran: string[] = []
  let removed: TimeoutCallback | null = null
  let kept: TimeoutCallback | null = null
  let timersLeft = -1
  await session.execute(async (doc) => {
    removed = doc.addTimeoutCallback(() => { ran.push("removed") }, 10)
    kept = doc.addTimeoutCallback(() => { ran.push("kept") }, 10)
    // both timers fire while this task holds the lock: they queue for it
    await sleep(60)
    timersLeft = session["scheduler"].size
    doc.removeTimeoutCallback(removed)
    ran.push("task end")
  })
  await waitFor(() => ran.includes("kept"), 2000, "the kept callback")
  await sleep(30)
  assert.equal(timersLeft, 0, "both timers had fired (the callbacks were waiting for the lock) when one was removed")
  assert.deepEqual(ran, ["task end", "kept"], "the kept one waited for the lock, the removed one never ran")
  assert.equal(removed!.cancelled, true)
  assert.equal(kept!.cancelled, false)
  assert.ok(!session.document.sessionCallbacks.some((c) => c === removed || c === kept), "both left the books")
})

// ---- no-lock callbacks

test("a no-lock callback runs without the lock, sees the unlocked curdoc, and can schedule a locked next tick", async (t) => {
  const { session, client, div } = await setup(t)
  let titleError: unknown = null
  let nolockRanDuringTask = false
  let lockedDoc: Document | null = null
  let taskRunning = false
  await session.execute(async (doc) => {
    taskRunning = true
    doc.addNextTickCallback(withoutDocumentLock(async () => {
      // the lock is held by the task that added us: we do not wait for it
      nolockRanDuringTask = taskRunning
      try {
        void curdoc().title
      } catch (error) {
        titleError = error
      }
      await sleep(10)
      curdoc().addNextTickCallback(() => {
        lockedDoc = curdoc()
        div.text = "from no-lock"
      })
    }))
    await sleep(60)
    taskRunning = false
  })
  assert.equal(nolockRanDuringTask, true)
  assert.ok(titleError instanceof AttributeError, `AttributeError, got ${String(titleError)}`)
  assert.match((titleError as AttributeError).message, /^Only 'addNextTickCallback' may be used safely without taking the document lock/)
  const patch = await client.next("PATCH-DOC")
  assert.deepEqual(textPatches([patch]).map((p) => p.text), ["from no-lock"])
  assert.equal(div.text, "from no-lock")
  assert.equal(lockedDoc, session.document, "the next tick it scheduled runs locked with the real document")
})

// ---- an async task keeps the lock

test("an async callback keeps the lock: clients see 'started' before 'done', and a client patch waits for the task", async (t) => {
  const { session, client, div, slider } = await setup(t)
  let sliderWhenDone: number | null = null
  await session.execute((doc) => {
    doc.addNextTickCallback(async () => {
      div.text = "started"
      await sleep(100)
      sliderWhenDone = slider.value
      div.text = "done"
    })
  })
  // the intermediate state is flushed while the task awaits
  const started = await client.next("PATCH-DOC", 2000)
  assert.deepEqual(textPatches([started]).map((p) => p.text), ["started"])
  assert.equal(div.text, "started")
  // a client change sent while the task runs is applied after it
  const request = client.patch([{ kind: "ModelChanged", model: { id: slider.id }, attr: "value", new: 3 }])
  await waitFor(() => client.received.some((m) => m.header.reqid === request.msgid), 3000, "the OK reply")
  const okIndex = client.received.findIndex((m) => m.header.reqid === request.msgid)
  assert.equal(client.received[okIndex]!.msgtype, "OK")
  const done = textPatches(client.received)
  assert.deepEqual(done.map((p) => p.text), ["done"])
  assert.ok(done[0]!.index < okIndex, "the 'done' patch arrived before the OK")
  assert.equal(sliderWhenDone, 1, "the client's change was not applied while the task ran")
  assert.equal(slider.value, 3)
})

test("the lock is FIFO across a periodic async task and queued work (each waits for the task)", async (t) => {
  const { session, div } = await setup(t)
  const order: string[] = []
  let callback: PeriodicCallback | null = null
  await session.execute((doc) => {
    callback = doc.addPeriodicCallback(async () => {
      order.push("task start")
      div.text = "busy"
      await sleep(80)
      order.push("task end")
      doc.removePeriodicCallback(callback!)
    }, 20)
  })
  await waitFor(() => order.includes("task start"), 2000, "the periodic task to start")
  await session.execute(() => { order.push(`queued sees ${div.text}`) })
  assert.deepEqual(order, ["task start", "task end", "queued sees busy"])
})
