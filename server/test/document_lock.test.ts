// The session task queue and document lock (spec document.md §9, §17): FIFO, async tasks keep
// the lock, pending writes flushed once per batch (and when the loop turns during an await),
// implicit tasks for changes made outside any task, and a clear error for a change made
// while another task holds the lock.
import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { Div, Document, RuntimeError, Slider } from "../../document/index.ts"
import { ServerConnection } from "../connection.ts"
import { ServerSession } from "../session/server_session.ts"
import { MemorySocket } from "./memory_socket.ts"
import { sleep } from "./helpers.ts"
import { messages } from "../protocol/messages.ts"

function setup() {
  const doc = new Document()
  const div = new Div({ text: "a" })
  const slider = new Slider({ start: 0, end: 10, value: 1 })
  doc.addRoot(div)
  doc.addRoot(slider)
  const session = new ServerSession("s1", doc, "test")
  const socket = new MemorySocket()
  const connection = new ServerConnection(socket, session)
  session.addConnection(connection)
  session.pull(connection, "r0")
  return { doc, div, slider, session, socket, connection }
}

function texts(socket: MemorySocket): unknown[] {
  return socket.patchEvents().filter((e) => e.attr === "text").map((e) => e.new)
}

describe("document lock", () => {
  test("tasks run one at a time in FIFO order; an async task keeps the lock until it settles", async () => {
    const { session } = setup()
    const order: string[] = []
    const a = session.execute(async () => {
      order.push("a start")
      await sleep(20)
      order.push("a end")
    })
    const b = session.execute(() => { order.push("b") })
    const c = session.execute(async () => { order.push("c") })
    await Promise.all([a, b, c])
    assert.deepEqual(order, ["a start", "a end", "b", "c"])
    session.destroy()
  })

  test("changes of one task go out as one PATCH-DOC, in order", async () => {
    const { session, socket, div, slider } = setup()
    await session.execute(() => {
      div.text = "b"
      slider.value = 5
      div.text = "c"
    })
    const patches = socket.received.filter((m) => m.msgtype === "PATCH-DOC")
    assert.equal(patches.length, 1)
    assert.deepEqual(socket.patchEvents().map((e) => [e.attr, e.new]), [["text", "b"], ["value", 5], ["text", "c"]])
    session.destroy()
  })

  test("pending writes are flushed when the loop turns while an async task awaits", async () => {
    const { session, socket, div } = setup()
    let seenWhileWaiting: unknown[] = []
    await session.execute(async () => {
      div.text = "started"
      await sleep(30)
      seenWhileWaiting = texts(socket)
      div.text = "done"
    })
    assert.deepEqual(seenWhileWaiting, ["started"])
    assert.deepEqual(texts(socket), ["started", "done"])
    session.destroy()
  })

  test("a change made outside any task while the lock is free runs as an implicit task", async () => {
    const { session, socket, div, slider } = setup()
    div.text = "outside"
    slider.value = 3
    // nothing is sent synchronously: the implicit task ends at the next microtask
    assert.deepEqual(texts(socket), [])
    await Promise.resolve()
    assert.equal(socket.received.filter((m) => m.msgtype === "PATCH-DOC").length, 1)
    assert.deepEqual(texts(socket), ["outside"])
    // and the queue goes on working afterwards
    await session.execute(() => { div.text = "after" })
    assert.deepEqual(texts(socket), ["outside", "after"])
    session.destroy()
  })

  test("a change from outside while another task holds the lock throws before anything changes", async () => {
    const { session, div, socket } = setup()
    let release!: () => void
    const held = session.execute(() => new Promise<void>((resolve) => { release = resolve }))
    await sleep(5)
    assert.throws(() => { div.text = "intruder" }, (error: unknown) => {
      assert.ok(error instanceof RuntimeError)
      assert.match(error.message, /outside its session's task queue/)
      assert.match(error.message, /addNextTickCallback|execute/)
      return true
    })
    assert.equal(div.text, "a")
    // the documented way in: queue it
    const queued = session.execute(() => { div.text = "queued" })
    release()
    await Promise.all([held, queued])
    assert.equal(div.text, "queued")
    assert.deepEqual(texts(socket), ["queued"])
    session.destroy()
  })

  test("awaiting a locked operation from inside the lock holder throws instead of deadlocking", async () => {
    const { session } = setup()
    const error = await session.execute(async () => {
      try {
        await session.withDocumentLocked(() => 1)
        return null
      } catch (e) {
        return e
      }
    })
    assert.ok(error instanceof RuntimeError)
    assert.match((error as Error).message, /not reentrant/)
    // execute() from inside the holder runs right away
    const inner = await session.execute(() => session.execute(() => 42))
    assert.equal(inner, 42)
    session.destroy()
  })

  test("a task that throws still flushes what it changed (deviation Q2) and the queue goes on", async () => {
    const { session, socket, div } = setup()
    await assert.rejects(session.execute(() => {
      div.text = "half"
      throw new Error("boom")
    }), /boom/)
    assert.deepEqual(texts(socket), ["half"])
    await session.execute(() => { div.text = "next" })
    assert.deepEqual(texts(socket), ["half", "next"])
    session.destroy()
  })

  test("a destroyed session turns queued tasks into no-ops", async () => {
    const { session } = setup()
    let ran = false
    let release!: () => void
    const held = session.execute(() => new Promise<void>((resolve) => { release = resolve }))
    const queued = session.execute(() => { ran = true })
    session.destroy()
    release()
    await held
    assert.equal(await queued, undefined)
    assert.equal(ran, false)
  })

  test("echo suppression: a client's own change is not sent back; reactions to it are", async () => {
    const { session, socket, connection, div, slider } = setup()
    const other = new MemorySocket()
    const second = new ServerConnection(other, session)
    session.addConnection(second)
    session.pull(second, "r1")
    slider.onChange("value", (_attr, _old, value) => {
      div.text = `value ${value}`
      if ((value as number) > 8) slider.value = 8
    })
    await session.execute(() => session.applyClientPatch(connection, {
      events: [{ kind: "ModelChanged", model: { id: slider.id }, attr: "value", new: 9 }],
    }, new Map()))
    // the originator gets only the reactions; the other connection gets everything
    const own = socket.patchEvents().map((e) => [e.attr, e.new])
    const theirs = other.patchEvents().map((e) => [e.attr, e.new])
    assert.ok(!own.some(([attr, value]) => attr === "value" && value === 9), "the client's own value is not echoed")
    assert.ok(own.some(([attr, value]) => attr === "value" && value === 8), "the clamp reaches the originator")
    // other tabs get the change too, serialized with the value of its moment (Q15): 8
    assert.deepEqual(theirs.filter(([attr]) => attr === "value").at(-1), ["value", 8])
    assert.ok(theirs.length > own.length, "other tabs get the client's change as well")
    assert.equal(slider.value, 8)
    session.destroy()
  })

  test("a connection that pulls later gets full reps of models added before, and no bare references", async () => {
    const { session, socket, doc } = setup()
    // nobody listening but the first connection: a new root goes to it in full
    await session.execute(() => doc.addRoot(new Div({ text: "new" })))
    const added = socket.patchEvents().find((e) => e.kind === "RootAdded")!
    assert.equal((added.model as Record<string, unknown>).type, "object")
    const late = new MemorySocket()
    const conn = new ServerConnection(late, session)
    session.addConnection(conn)
    late.send(messages.ack().frames())
    session.pull(conn, "r2")
    const div2 = new Div({ text: "another" })
    await session.execute(() => doc.addRoot(div2))
    // both connections get it in full (neither knew it)
    for (const s of [socket, late]) {
      const ev = s.patchEvents().filter((e) => e.kind === "RootAdded").at(-1)!
      assert.equal((ev.model as Record<string, unknown>).id, div2.id)
      assert.equal((ev.model as Record<string, unknown>).type, "object")
    }
    session.destroy()
  })
})
