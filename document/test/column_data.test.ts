// ColumnData: the column store behind ColumnDataSource.data (spec document.md §11): slices, data, stream.
import { test } from "node:test"
import assert from "node:assert/strict"

import { ColumnData, Slice, type Column } from "../sources/column_data.ts"
import { storeStats, resetStoreStats } from "../sources/store.ts"
import { NDArray } from "../ndarray.ts"
import { loadBokehJS } from "../oracle/bokehjs.ts"
import { throwsValue, assertSame, copyColumn, rng, type Ctor, CTORS, referenceStream } from "./column_helpers.ts"

// ---------------------------------------------------------------------------------------------
// Slice

test("Slice prints in Python form and resolves patch defaults", () => {
  assert.equal(String(new Slice(10, 1, null)), "slice(10, 1, None)")
  assert.equal(String(new Slice(null, 10, -1)), "slice(None, 10, -1)")
  assert.equal(String(new Slice()), "slice(None, None, None)")
  assert.equal(`${new Slice(0, 2, 1)}`, "slice(0, 2, 1)")
  assert.deepEqual(new Slice().resolve(5), { start: 0, stop: 5, step: 1, count: 5 })
  assert.deepEqual(new Slice(1, null, 2).resolve(6), { start: 1, stop: 6, step: 2, count: 3 })
  assert.deepEqual(new Slice(1, 6, 2).resolve(5), { start: 1, stop: 6, step: 2, count: 3 })
  assert.deepEqual(new Slice(4, 2, null).resolve(5), { start: 4, stop: 2, step: 1, count: 0 })
  assert.deepEqual(new Slice(null, 2, null).resolve(5).count, 2)
})

// ---------------------------------------------------------------------------------------------
// data

test("construction: mappings only, insertion order kept", () => {
  throwsValue(() => new ColumnData([1, 2] as never), "expected a dict or pandas.DataFrame, got [1, 2]")
  throwsValue(() => new ColumnData("abc" as never), "expected a dict or pandas.DataFrame, got abc")
  throwsValue(() => new ColumnData(null as never), "expected a dict or pandas.DataFrame, got None")
  throwsValue(() => new ColumnData(5 as never), "expected a dict or pandas.DataFrame, got 5")
  throwsValue(() => new ColumnData(new Float64Array([1]) as never), "expected a dict or pandas.DataFrame, got array([1])")

  const empty = new ColumnData()
  assert.deepEqual(empty.names(), [])
  assert.deepEqual(empty.toObject(), {})

  const fromObject = new ColumnData({ b: [1], a: [2], c: new Float64Array([3]) })
  assert.deepEqual(fromObject.names(), ["b", "a", "c"])
  const fromMap = new ColumnData(new Map<string, Column>([["z", [1]], ["y", [2]]]))
  assert.deepEqual(fromMap.names(), ["z", "y"])
  assert.deepEqual(Object.keys(fromMap.toObject()), ["z", "y"])

  // a column name that is special on plain objects
  const proto = new ColumnData(new Map<string, Column>([["__proto__", [1]]]))
  const obj = proto.toObject()
  assert.ok(Object.hasOwn(obj, "__proto__"))
  assert.equal(Object.getPrototypeOf(obj), Object.prototype)

  assert.throws(() => new ColumnData({ a: 5 } as never), TypeError)
  assert.throws(() => new ColumnData({ a: new NDArray(new Float64Array(4), [2, 2]) } as never), TypeError)
})

test("get/has/set/delete/replace/lengths/toObject", () => {
  const x = [1, 2, 3]
  const y = new Int32Array([4, 5, 6])
  const data = new ColumnData({ x, y })
  assert.equal(data.get("x"), x, "adopted column is returned as is until changed")
  assert.equal(data.get("y"), y)
  assert.equal(data.get("nope"), undefined)
  assert.ok(data.has("x") && !data.has("nope"))
  assert.equal(data.size, 2)

  const object = data.toObject()
  assert.notEqual(object, data.toObject(), "a fresh object each time")
  object["z"] = [0]
  assert.deepEqual(data.toObject(), { x, y })
  assert.ok(!data.has("z"))

  data.set("x", ["a"])
  data.set("w", [7])
  assert.deepEqual(data.names(), ["x", "y", "w"], "replacing a column keeps its position")
  assert.deepEqual(data.lengths(), new Map([["x", 1], ["y", 3], ["w", 1]]))
  assert.equal(data.delete("y"), true)
  assert.equal(data.delete("y"), false)
  assert.deepEqual(data.names(), ["x", "w"])
  assert.deepEqual(data.entries(), [["x", ["a"]], ["w", [7]]])

  data.replace(new Map<string, Column>([["q", []]]))
  assert.deepEqual(data.names(), ["q"])
  throwsValue(() => data.replace([] as never), "expected a dict or pandas.DataFrame, got []")
  assert.throws(() => data.replace({ ok: [1], bad: 3 } as never), TypeError)
  assert.deepEqual(data.names(), ["q"], "failed replace changes nothing")
})

test("lengthWarning", () => {
  assert.equal(new ColumnData({ a: [10, 11], b: [20, 21] }).lengthWarning(), null)
  assert.equal(new ColumnData().lengthWarning(), null)
  assert.equal(
    new ColumnData({ b: [20, 21, 22], a: [10, 11] }).lengthWarning(),
    "ColumnDataSource's columns must be of the same length. Current lengths: ('a', 2), ('b', 3)",
  )
  assert.equal(
    new ColumnData({ y: new Float64Array(1), x: [], "it's": [1, 2] }).lengthWarning(),
    `ColumnDataSource's columns must be of the same length. Current lengths: ("it's", 2), ('x', 0), ('y', 1)`,
  )
})

// ---------------------------------------------------------------------------------------------
// stream: errors

test("stream: error texts and check order (§11.2, Q9)", () => {
  const data = new ColumnData({ a: [1], b: [2], c: [3] })
  throwsValue(() => data.stream({ a: [1], b: [2] }), "Must stream updates to all existing columns (missing: c)")
  throwsValue(() => data.stream({ a: [1], b: [2], c: [3], e: [4], d: [5] }),
    "Must stream updates to all existing columns (extra: d, e)")
  throwsValue(() => data.stream({ c: [1], x: [1] }),
    "Must stream updates to all existing columns (missing: a, b, extra: x)")
  // column set before lengths / ndarray checks
  throwsValue(() => data.stream({ a: [1], b: [2, 3] }), "Must stream updates to all existing columns (missing: c)")
  throwsValue(() => data.stream({ a: [1], b: [2, 3], c: [] }), "All streaming column updates must be the same length")
  throwsValue(() => data.stream({ a: [1], b: new Float64Array(2), c: [3] }), "All streaming column updates must be the same length")
  // the n-d check runs per column, before the lengths check
  throwsValue(() => data.stream({ a: [1, 2, 3], b: new NDArray(new Float64Array(6), [2, 3]), c: [3] }),
    "stream(...) only supports 1d sequences, got ndarray with size (2, 3)")
  throwsValue(() => data.stream({ a: [1], b: new NDArray(new Float64Array(1), []), c: [3] }),
    "stream(...) only supports 1d sequences, got ndarray with size ()")
  // rollover must be a positive integer (Q9)
  for (const bad of [0, -1, 1.5, NaN, Infinity]) {
    throwsValue(() => data.stream({ a: [1], b: [2], c: [3] }, bad), "rollover must be a positive integer")
  }
  throwsValue(() => data.stream({ a: [1], b: [2], c: [3] }, "3" as never), "rollover must be a positive integer")
  throwsValue(() => data.stream({ a: [1], b: [2], c: 3 } as never),
    "stream(...) column values must be sequences, got int for column 'c': 3")
  assert.throws(() => data.stream([] as never), { name: "AttributeError", message: "'list' object has no attribute 'keys'" })
  // nothing changed by any of the failures
  assert.deepEqual(data.toObject(), { a: [1], b: [2], c: [3] })

  // validateStream throws the same and changes nothing
  throwsValue(() => data.validateStream({ a: [1] }), "Must stream updates to all existing columns (missing: b, c)")
  data.validateStream({ a: [1], b: [2], c: [3] }, 2)
  assert.deepEqual(data.toObject(), { a: [1], b: [2], c: [3] })

  // a failing column later in the map leaves earlier columns untouched
  const typed = new ColumnData({ a: new Float64Array([1]), b: [2] })
  throwsValue(() => typed.stream({ a: new Float64Array([5]), b: new NDArray([1, 2, 3, 4], [2, 2]) }),
    "stream(...) only supports 1d sequences, got ndarray with size (2, 2)")
  assertSame(typed.get("a"), new Float64Array([1]))

  // no columns: only an empty stream is valid
  const none = new ColumnData()
  none.stream({})
  throwsValue(() => none.stream({ x: [1] }), "Must stream updates to all existing columns (extra: x)")
})

// ---------------------------------------------------------------------------------------------
// stream: semantics

test("stream: plain columns concatenate, rollover keeps the last rows", () => {
  const data = new ColumnData({ x: [1, 2], y: ["a", "b"] })
  data.stream({ x: [3], y: ["c"] })
  assert.deepEqual(data.toObject(), { x: [1, 2, 3], y: ["a", "b", "c"] })
  data.stream({ x: [4, 5], y: ["d", "e"] }, 3)
  assert.deepEqual(data.toObject(), { x: [3, 4, 5], y: ["c", "d", "e"] })
  data.stream({ x: [6], y: ["f"] }, 10)
  assert.deepEqual(data.get("x"), [3, 4, 5, 6], "rollover larger than the length keeps everything")
  data.stream({ x: [7, 8, 9, 10, 11], y: ["g", "h", "i", "j", "k"] }, 2)
  assert.deepEqual(data.toObject(), { x: [10, 11], y: ["j", "k"] })
  data.stream({ x: [], y: [] }, 1)
  assert.deepEqual(data.get("x"), [11], "an empty chunk still applies rollover")
  // odd values pass through untouched
  const item = new NDArray(new Float64Array(4), [2, 2])
  data.stream({ x: [NaN, null, [1, 2], item], y: [1, 2, 3, 4] })
  const x = data.get("x") as unknown[]
  assert.ok(Number.isNaN(x[1]) && x[2] === null && x[4] === item)
})

test("stream: typed columns keep their type (Q10), as BokehJS does", () => {
  const data = new ColumnData({ i: new Int32Array([1, 2]), f: new Float32Array([1, 2]) })
  data.stream({ i: new Float64Array([2.7, -3.9]), f: [0.1, "x"] })
  assertSame(data.get("i"), new Int32Array([1, 2, 2, -3]))
  assertSame(data.get("f"), new Float32Array([1, 2, 0.1, NaN]))
  data.stream({ i: [1e10, null], f: new Float64Array([5, 6]) }, 3)
  assertSame(data.get("i"), new Int32Array([-3, 1410065408, 0]))
  assertSame(data.get("f"), new Float32Array([NaN, 5, 6]))
  // an empty typed column keeps its type too (BokehJS concatenates into the old type)
  const empty = new ColumnData({ e: new Int32Array(0), p: [] })
  empty.stream({ e: new Float64Array([1.5, 2.5]), p: new Float64Array([1.5, 2.5]) })
  assertSame(empty.get("e"), new Int32Array([1, 2]))
  assertSame(empty.get("p"), new Float64Array([1.5, 2.5]), "empty plain column takes the chunk's type")
})

test("stream: plain old + typed chunk becomes typed (BokehJS rule), except an already-full rolled column", () => {
  const data = new ColumnData({ x: [1.5, "a", null] })
  data.stream({ x: new Int16Array([7]) })
  assertSame(data.get("x"), new Int16Array([1, 0, 0, 7]))

  const rolled = new ColumnData({ x: [1.5, 2.5, 3.5] })
  rolled.stream({ x: new Int32Array([4]) }, 5)
  assertSame(rolled.get("x"), new Int32Array([1, 2, 3, 4]), "total within rollover")
  const grown = new ColumnData({ x: [1.5, 2.5] })
  grown.stream({ x: new Int32Array([4, 5]) }, 3)
  assertSame(grown.get("x"), new Int32Array([2, 4, 5]), "old shorter than rollover: allocated typed")
  const full = new ColumnData({ x: [1.5, 2.5, 3.5] })
  full.stream({ x: new Int32Array([4]) }, 3)
  assertSame(full.get("x"), [2.5, 3.5, 4], "old already at rollover: BokehJS keeps the plain array")
})

test("stream: NDArray 1-d chunks and the chunk is copied, never adopted", () => {
  const data = new ColumnData({ x: [], y: new Float64Array(0), b: [] })
  const chunk = new Float64Array([1, 2])
  const plain = [1, 2]
  data.stream({ x: chunk, y: new NDArray(new Float64Array([3, 4]), [2]), b: new NDArray([true, false], [2], "bool") })
  assertSame(data.get("y"), new Float64Array([3, 4]))
  assert.deepEqual(data.get("b"), [true, false])
  const x = data.get("x")!
  assert.notEqual(x, chunk)
  assertSame(x, chunk)
  data.stream({ x: [3], y: [5], b: [true] })
  data.patch({ x: [[0, 100]] })
  assertSame(chunk, new Float64Array([1, 2]), "the streamed chunk is not written to")
  const other = new ColumnData({ p: [] })
  other.stream({ p: plain })
  other.stream({ p: [3] })
  other.patch({ p: [[0, 9]] })
  assert.deepEqual(plain, [1, 2])
  assert.deepEqual(other.get("p"), [9, 2, 3])
})

test("stream: random sequences match the naive reference (fixed seed)", () => {
  const random = rng(20240611)
  const int = (n: number) => Math.floor(random() * n)
  const values = () => [int(100) - 50, NaN, 0.5 + int(10), null, "s", -0, 1e9][int(7)]
  const makeChunk = (typed: Ctor | null, n: number): Column => {
    const plain = Array.from({ length: n }, values)
    return typed == null ? plain : new typed(plain.map((v) => typeof v === "number" ? v : int(9)))
  }
  for (let trial = 0; trial < 300; trial++) {
    const n0 = int(20)
    const initial: Record<string, Column> = {
      p: makeChunk(null, n0),
      t: makeChunk(CTORS[int(CTORS.length)]!, n0),
      m: makeChunk(int(2) === 0 ? null : CTORS[int(CTORS.length)]!, n0),
    }
    const data = new ColumnData(initial)
    const reference: Record<string, Column> = { p: copyColumn(initial.p!), t: copyColumn(initial.t!), m: copyColumn(initial.m!) }
    const fixedRollover = int(3) === 0 ? null : 1 + int(40)
    const kept: Array<[Column, Column]> = []
    for (let step = 0; step < 80; step++) {
      const rollover = int(10) === 0 ? (int(2) === 0 ? null : 1 + int(60)) : fixedRollover
      const n = int(6) === 0 ? int(120) : int(8)
      const chunks: Record<string, Column> = {
        p: makeChunk(int(4) === 0 ? CTORS[int(8)]! : null, n),
        t: makeChunk(int(2) === 0 ? CTORS[int(8)]! : null, n),
        m: makeChunk(int(2) === 0 ? CTORS[int(8)]! : null, n),
      }
      data.stream(chunks, rollover)
      for (const name of ["p", "t", "m"]) {
        reference[name] = referenceStream(reference[name]!, chunks[name]!, rollover)
        assertSame(data.get(name), reference[name], `trial ${trial} step ${step} column ${name}`)
      }
      if (int(5) === 0) {
        const view = data.get("t")!
        kept.push([view, copyColumn(view)])
      }
      if (int(4) === 0 && reference.m!.length > 0) {
        const i = int(reference.m!.length)
        const v = values()
        data.patch({ m: [[i, v]] })
        reference.m![i] = v
      }
    }
    for (const [view, copy] of kept) assertSame(view, copy, `trial ${trial}: a returned view changed`)
  }
})

// BokehJS applies the same ColumnsStreamed events on the client: our state must equal its state.
test("stream: equals BokehJS stream_to_column, and flags the cases where it cannot", async () => {
  const Bokeh = await loadBokehJS()
  const { stream_to_column } = Bokeh.require("core/patching") as {
    stream_to_column(col: Column, chunk: Column, rollover: number | null): Column
  }
  // spot checks of the rules
  assertSame(stream_to_column(new Int32Array([1]), new Float64Array([2.5]), null), new Int32Array([1, 2]))
  assertSame(stream_to_column(new Int32Array(0), new Float64Array([2.5]), null), new Int32Array([2]))
  assertSame(stream_to_column([1.5, 2.5, 3.5], new Int32Array([4]), 3), [2.5, 3.5, 4])
  assertSame(stream_to_column(new Float64Array([1, 2]), new Float64Array([3]), 2), new Float64Array([2, 3]))

  const random = rng(7)
  const int = (n: number) => Math.floor(random() * n)
  let divergent = 0
  for (let trial = 0; trial < 300; trial++) {
    const t0 = CTORS[int(CTORS.length)]!
    const n0 = int(12)
    const initial: Record<string, Column> = {
      t: new t0(Array.from({ length: n0 }, () => int(300) - 100)),
      p: Array.from({ length: n0 }, () => int(300) / 4),
    }
    const data = new ColumnData(initial)
    const client: Record<string, Column> = { t: copyColumn(initial.t!), p: copyColumn(initial.p!) }
    for (let step = 0; step < 40; step++) {
      const rollover = [null, 3, 8, 20, 1 + int(30)][int(5)]!
      const n = int(5) === 0 ? int(40) : int(5)
      const chunk = (): Column => {
        const raw = Array.from({ length: n }, () => int(1000) / 8 - 60)
        return int(2) === 0 ? raw : new CTORS[int(CTORS.length)]!(raw)
      }
      const chunks = { t: chunk(), p: chunk() }
      const { clientDivergent } = data.stream(chunks, rollover)
      for (const name of ["t", "p"] as const) {
        const js = stream_to_column(client[name]!, copyColumn(chunks[name]), rollover)
        const ours = data.get(name)!
        if (clientDivergent.includes(name)) {
          divergent++
          assert.notEqual(js.length, ours.length, "flagged divergence is real")
          client[name] = copyColumn(ours)
        } else {
          assertSame(ours, js, `trial ${trial} step ${step} column ${name} rollover ${rollover}`)
          client[name] = js
        }
        if (rollover != null && ours.length > 0) assert.ok(ours.length <= rollover)
      }
    }
  }
  assert.ok(divergent > 0, "the sequences exercise the flagged case")
})

// ---------------------------------------------------------------------------------------------
// the rolling store: O(rows added) per stream, proved by counting copies

test("stream with rollover copies O(rows added), not O(column length), per call", () => {
  const R = 1000
  const N = 50_000
  const data = new ColumnData({ t: new Float64Array(0), p: [] })
  resetStoreStats()
  const buffers = new Set<unknown>()
  for (let i = 0; i < N; i++) {
    data.stream({ t: [i], p: [i] }, R)
    buffers.add(data.storage("t")!.buffer)
  }
  // A whole-column copy per call would be ~2 × R × N = 1e8 element copies.
  assert.ok(storeStats.relocated <= 2 * 2 * N, `relocated ${storeStats.relocated}`)
  assert.equal(storeStats.materialized, 0, "no read, no view built")
  assert.ok(buffers.size <= 12, `typed buffer reallocated ${buffers.size} times (only while growing)`)
  const info = data.storage("t")!
  assert.ok(info.capacity >= 2 * R && info.capacity <= 4 * R, `capacity ${info.capacity}`)
  assertSame(data.get("t"), Float64Array.from({ length: R }, (_, i) => N - R + i))
  assert.deepEqual(data.get("p"), Array.from({ length: R }, (_, i) => N - R + i))
  const plain = data.storage("p")!
  assert.ok(plain.start <= Math.max(plain.end - plain.start, 16), "dead prefix stays bounded")

  // A large steady-state column: each call costs the same however long the column is.
  const big = new ColumnData({ t: new Float64Array(100_000) })
  big.stream({ t: [1] }, 100_000)
  resetStoreStats()
  for (let i = 0; i < 200_000; i++) big.stream({ t: [i] }, 100_000)
  assert.ok(storeStats.relocated <= 2 * 100_000 + 2 * 200_000, `relocated ${storeStats.relocated}`)

  // Without rollover growth is geometric: amortized O(1) per row.
  const grow = new ColumnData({ t: new Int32Array(0), p: [] })
  resetStoreStats()
  for (let i = 0; i < N; i++) grow.stream({ t: [i, i], p: [i, i] })
  assert.ok(storeStats.relocated <= 2 * 2 * N, `relocated ${storeStats.relocated}`)
  assert.equal(grow.get("t")!.length, 2 * N)
})

test("typed reads are O(1) views; interleaved reads do not break the O(k) bound", () => {
  const R = 500
  const data = new ColumnData({ t: new Float32Array(0) })
  resetStoreStats()
  const kept: Array<[Column, number]> = []
  for (let i = 0; i < 20_000; i++) {
    data.stream({ t: [i] }, R)
    if (i % 97 === 0) {
      const view = data.get("t")!
      assert.equal(view.length, Math.min(i + 1, R))
      kept.push([view, view[view.length - 1] as number])
    }
  }
  assert.equal(storeStats.materialized, 0)
  assert.ok(storeStats.relocated <= 2 * 20_000, `relocated ${storeStats.relocated}`)
  const view = data.get("t") as Float32Array
  assert.equal(view.buffer, (data.storage("t")!.buffer as Float32Array).buffer, "the view shares the backing buffer")
  for (const [old, lastValue] of kept) assert.equal(old[old.length - 1], lastValue, "old views stay intact")
})

test("patch costs O(patched elements): it writes into the backing store of a rolled column", () => {
  const R = 100_000
  const data = new ColumnData({ t: new Float64Array(0), p: [] })
  for (let i = 0; i < R + 12_345; i++) data.stream({ t: [i], p: [i] }, R)
  const before = data.storage("t")!
  assert.ok(before.start > 0, "the column is rolled: live rows do not start at the buffer front")
  resetStoreStats()
  for (let k = 0; k < 1000; k++) data.patch({ t: [[k, -k], [new Slice(R - 3, null, null), [1, 2, 3]]], p: [[k, -k]] })
  assert.equal(storeStats.relocated, 0)
  const after = data.storage("t")!
  assert.equal(after.buffer, before.buffer, "no reallocation")
  assert.equal(after.start, before.start)
  assert.equal(after.buffer[after.start + 999], -999)
  const t = data.get("t")!
  assert.equal(t[999], -999)
  assert.deepEqual(Array.from(t.slice(R - 3)), [1, 2, 3])
  assert.equal((data.get("p") as unknown[])[5], -5)

  // After a read the first patch detaches once (copy-on-write), later ones are O(k) again.
  resetStoreStats()
  const view = data.get("t")!
  data.patch({ t: [[0, 42]] })
  assert.equal(storeStats.relocated, R)
  assert.equal(view[0], -0, "the earlier view is a snapshot")
  data.patch({ t: [[1, 43]] })
  data.patch({ t: [[2, 44]] })
  assert.equal(storeStats.relocated, R)
  assertSame(data.get("t")!.slice(0, 3), new Float64Array([42, 43, 44]))
})

test("returned views and given arrays are never mutated", () => {
  const t = new Int32Array([1, 2, 3])
  const p = [1, 2, 3]
  const data = new ColumnData({ t, p })
  data.stream({ t: [4], p: [4] }, 3)
  data.patch({ t: [[0, 100]], p: [[0, 100]] })
  assertSame(t, new Int32Array([1, 2, 3]))
  assert.deepEqual(p, [1, 2, 3])
  assertSame(data.get("t"), new Int32Array([100, 3, 4]))
  assert.deepEqual(data.get("p"), [100, 3, 4])

  const v1 = data.get("t")!
  const w1 = data.get("p")!
  assert.equal(data.get("t"), v1, "cached until the next change")
  data.patch({ t: [[1, -1]], p: [[1, -1]] })
  data.stream({ t: [5, 6, 7], p: [5, 6, 7] }, 3)
  assertSame(v1, new Int32Array([100, 3, 4]))
  assert.deepEqual(w1, [100, 3, 4])
  assertSame(data.get("t"), new Int32Array([5, 6, 7]))
  // (The converse is the caller's duty: returned views are read-only. A typed view shares
  // memory with the store and a plain view is cached, so writing into either would show up.)

  // items of plain columns are cloned before a sub-patch writes into them
  const image = new NDArray(new Float64Array([1, 2, 3, 4]), [2, 2])
  const row = [1, 2, 3]
  const images = new ColumnData({ img: [image], rows: [row] })
  const before = images.get("img")!
  images.patch({ img: [[[0, 1, 1], [40]]], rows: [[[0, 0], [10]]] })
  assert.deepEqual(Array.from(image.array), [1, 2, 3, 4])
  assert.deepEqual(row, [1, 2, 3])
  assert.equal((before as unknown[])[0], image)
  resetStoreStats()
  images.patch({ img: [[[0, 0, 0], [10]]] })
  assert.equal(storeStats.cloned, 0, "an item already private is written in place")
  const patched = (images.get("img") as NDArray[])[0]!
  assert.deepEqual(Array.from(patched.array), [10, 2, 3, 40])
  assert.deepEqual(patched.shape, [2, 2])
  assert.deepEqual(images.get("rows"), [[10, 2, 3]])
  images.patch({ img: [[[0, 0, 0], [11]]] })
  assert.equal(storeStats.cloned, 4, "after exposing it, cloned once more")
  assert.deepEqual(Array.from(patched.array), [10, 2, 3, 40], "the exposed item is a snapshot")
})

