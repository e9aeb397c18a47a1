// ColumnData: the column store behind ColumnDataSource.data (spec document.md §11).
import { test } from "node:test"
import assert from "node:assert/strict"

import { ColumnData, Slice, type Column } from "../sources/column_data.ts"
import { storeStats, resetStoreStats } from "../sources/store.ts"
import { NDArray, isTypedArray, type TypedArray } from "../ndarray.ts"
import { ValueError } from "../errors.ts"
import { loadBokehJS } from "../oracle/bokehjs.ts"

// ---------------------------------------------------------------------------------------------
// helpers

function throwsValue(fn: () => unknown, message: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ValueError, `expected ValueError, got ${String(error)}`)
    assert.equal(error.message, message)
    return true
  })
}

function kindOf(column: Column): string {
  return isTypedArray(column) ? column.constructor.name : "Array"
}

// Same array kind and the same elements (Object.is, so NaN equals NaN).
function assertSame(actual: unknown, expected: unknown, label = ""): void {
  assert.ok(Array.isArray(actual) || isTypedArray(actual), `${label}: not a column: ${String(actual)}`)
  const a = actual as Column
  const e = expected as Column
  assert.equal(kindOf(a), kindOf(e), `${label}: kind`)
  assert.equal(a.length, e.length, `${label}: length`)
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(a[i], e[i])) assert.fail(`${label}: [${i}] ${String(a[i])} !== ${String(e[i])}`)
  }
}

function copyColumn<T extends Column>(column: T): T {
  return column.slice() as T
}

// Deterministic PRNG (mulberry32).
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Ctor = new (n: number | ArrayLike<number>) => TypedArray
const CTORS: Ctor[] = [Float64Array, Float32Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Int8Array, Uint8Array]

// The server semantics of spec §11.3 + deviations, written the obvious (whole-copy) way.
function referenceStream(old: Column, chunk: Column, rollover: number | null): Column {
  const total = old.length + chunk.length
  const last = <T extends Column>(all: T): T =>
    rollover != null && all.length > rollover ? all.slice(all.length - rollover) as T : all
  const typedOf = (ctor: Ctor): TypedArray => {
    const all = new ctor(total)
    for (let i = 0; i < old.length; i++) all[i] = old[i] as number
    for (let i = 0; i < chunk.length; i++) all[old.length + i] = chunk[i] as number
    return all
  }
  if (isTypedArray(old)) return last(typedOf(old.constructor as Ctor))
  if (isTypedArray(chunk)) {
    if (rollover != null && total > rollover && old.length >= rollover) return last([...old, ...Array.from(chunk)])
    return last(typedOf(chunk.constructor as Ctor))
  }
  return last([...old, ...chunk])
}

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

// ---------------------------------------------------------------------------------------------
// patch: errors

test("patch: error texts (§11.2, Q8)", () => {
  const img = new NDArray(new Float64Array(6), [2, 3])
  const data = new ColumnData({ foo: [10, 20, 30, 40, 50], img: [img, [1, 2], 5], t: new Float64Array(3) })
  const cases: Array<[unknown, string]> = [
    [{ bar: [[0, 1]], foo: [[0, 1]], baz: [] }, "Can only patch existing columns (extra: bar, baz)"],
    [{ foo: [[5, 1]] }, "Out-of bounds index (5) in patch for column: foo"], // Q8: i == len
    [{ foo: [[6, 1]] }, "Out-of bounds index (6) in patch for column: foo"],
    [{ foo: [[-1, 1]] }, "Out-of bounds index (-1) in patch for column: foo"],
    [{ foo: [[new Slice(10, 1, null), []]] }, "Patch slices must have start < end, got slice(10, 1, None)"],
    [{ foo: [[new Slice(3, -1, null), []]] }, "Patch slices must have start < end, got slice(3, -1, None)"],
    [{ foo: [[new Slice(null, 10, -1), []]] }, "Patch slices must have non-negative (start, stop, step) values, got slice(None, 10, -1)"],
    [{ foo: [[new Slice(-2, null, null), []]] }, "Patch slices must have non-negative (start, stop, step) values, got slice(-2, None, None)"],
    [{ foo: [[new Slice(0, 7, null), []]] }, "Out-of bounds slice index stop (7) in patch for column: foo"],
    [{ img: [[[], [1]]] }, "Empty (length zero) patch multi-index"],
    [{ img: [[[0], [1]]] }, "Patch multi-index must contain more than one subindex"],
    [{ img: [[[new Slice(), 0], [1]]] }, "Initial patch sub-index may only be integer, got: slice(None, None, None)"],
    [{ img: [[[1.5, 0], [1]]] }, "Initial patch sub-index may only be integer, got: 1.5"],
    [{ img: [[["a", 0], [1]]] }, "Initial patch sub-index may only be integer, got: a"],
    [{ img: [[[3, 0], [1]]] }, "Out-of bounds initial sub-index (3) in patch for column: img"],
    [{ img: [[[-1, 0], [1]]] }, "Out-of bounds initial sub-index (-1) in patch for column: img"],
    [{ img: [[[2, 0], [1]]] }, "Can only sub-patch into columns with NumPy array items"],
    [{ t: [[[0, 0], [1]]] }, "Can only sub-patch into columns with NumPy array items"],
    [{ img: [[[0, 0], [1]]] }, "Shape mismatch between patch slice and sliced data"],
    [{ img: [[[1, 0, 0], [1]]] }, "Shape mismatch between patch slice and sliced data"],
    [{ img: [[[0, 0, "x"], [1]]] }, "Invalid patch sub-index: x"],
    [{ img: [[[0, 0, [1]], [1]]] }, "Invalid patch sub-index: [1]"],
    [{ img: [[[0, 0, 1.5], [1]]] }, "Invalid patch sub-index: 1.5"],
    [{ foo: [["a", 1]] }, "Invalid patch index: a"],
    [{ foo: [[1.5, 1]] }, "Invalid patch index: 1.5"],
    [{ foo: [[{ start: 0 }, [1]]] }, "Invalid patch index: {'start': 0}"],
    [{ foo: [[null, 1]] }, "Invalid patch index: None"],
    [{ foo: [[true, 1]] }, "Invalid patch index: True"],
    // our additions (see patch.ts)
    [{ foo: [[new Slice(0, 2, 0), [1, 2]]] }, "slice step cannot be zero"],
    [{ foo: [[new Slice(0.5, 2, null), [1, 2]]] }, "slice indices must be integers or None or have an __index__ method"],
    [{ foo: [[new Slice(0, 2, null), [1]]] }, "could not broadcast input array from shape (1,) into shape (2,)"],
    [{ foo: [[new Slice(0, 2, null), 7]] }, "Patch values for a slice or multi-index must be a sequence, got: 7"],
    [{ img: [[[0, 0, 3], [1]]] }, "index 3 is out of bounds for axis 1 with size 3"],
    [{ img: [[[0, 2, 0], [1]]] }, "index 2 is out of bounds for axis 0 with size 2"],
    [{ img: [[[0, 0, -1], [1]]] }, "index -1 is out of bounds for axis 1 with size 3"],
    [{ img: [[[0, new Slice(0, 3, null), 0], [1, 2, 3]]] }, "Out-of bounds slice index stop (3) in patch for column: img"],
    [{ img: [[[0, 0, new Slice(2, 1, null)], []]] }, "Patch slices must have start < end, got slice(2, 1, None)"],
    [{ img: [[[0, 0, 0], 5]] }, "Patch values for a slice or multi-index must be a sequence, got: 5"],
    [{ foo: [[0]] }, "Patch entries must be (index, value) pairs, got: [0]"],
  ]
  const snapshot = { foo: [10, 20, 30, 40, 50], t: new Float64Array(3) }
  for (const [patches, message] of cases) {
    throwsValue(() => data.patch(patches as never), message)
    throwsValue(() => data.validatePatch(patches as never), message)
  }
  assert.deepEqual(data.get("foo"), snapshot.foo)
  assertSame(data.get("t"), snapshot.t)
  assert.equal((data.get("img") as unknown[])[0], img)
  assert.deepEqual(Array.from(img.array), [0, 0, 0, 0, 0, 0])
  // 4-d indices into a 3-d item
  const cube = new ColumnData({ c: [new NDArray(new Float64Array(8), [2, 2, 2])] })
  throwsValue(() => cube.patch({ c: [[[0, 0, 0, 0], [1]]] }),
    "Patch multi-indices into items of more than 2 dimensions are not supported, got 4 sub-indices")
})

test("patch: check order — extra columns first, then per column per entry; nothing applied on error", () => {
  const data = new ColumnData({ a: [1, 2, 3], b: [4, 5, 6] })
  throwsValue(() => data.patch({ a: [[9, 0]], zz: [[0, 0]] }), "Can only patch existing columns (extra: zz)")
  throwsValue(() => data.patch({ b: [[0, 1], [7, 0]], a: [[8, 0]] }), "Out-of bounds index (7) in patch for column: b")
  throwsValue(() => data.patch({ a: [[0, 1], [new Slice(2, 1, null), []], [9, 1]] }),
    "Patch slices must have start < end, got slice(2, 1, None)")
  // the first column's valid entries were not applied
  assert.deepEqual(data.toObject(), { a: [1, 2, 3], b: [4, 5, 6] })
  data.validatePatch({ a: [[0, 1]] })
  assert.deepEqual(data.get("a"), [1, 2, 3], "validatePatch changes nothing")
})

// ---------------------------------------------------------------------------------------------
// patch: semantics

test("patch: worked examples of §11.4", () => {
  const foo = new ColumnData({ foo: [10, 20, 30, 40, 50] })
  foo.patch({ foo: [[new Slice(null, 2, null), [1, 2]], [new Slice(1, 3, null), [1000, 2000]]] })
  assert.deepEqual(foo.get("foo"), [1, 1000, 2000, 40, 50])

  const repeated = new ColumnData({ foo: [10, 20] })
  repeated.patch({ foo: [[1, 40], [1, 50]] })
  assert.deepEqual(repeated.get("foo"), [10, 50])

  const nested = new ColumnData({ img: [[[1, 2, 3], [4, 5, 6]]] })
  nested.patch({ img: [[[0, new Slice(), 2], [100, 101]]] })
  assert.deepEqual(nested.get("img"), [[[1, 2, 100], [4, 5, 101]]])

  const image = new ColumnData({ img: [new NDArray(new Float64Array([1, 2, 3, 4, 5, 6]), [2, 3])] })
  image.patch({ img: [[[0, new Slice(), 2], [100, 101]]] })
  const nd = (image.get("img") as NDArray[])[0]!
  assert.deepEqual(Array.from(nd.array), [1, 2, 100, 4, 5, 101])
  assert.ok(nd.array instanceof Float64Array)
})

test("patch: index forms, NaN, typed coercion, rolled columns", () => {
  const data = new ColumnData({ p: [0, 1, 2, 3, 4, 5, 6], t: new Int16Array([0, 1, 2, 3, 4, 5, 6]) })
  data.patch({
    p: [[new Slice(1, null, 3), ["a", "b"]], [0, NaN], [new Slice(5, 5, null), []]],
    t: [[new Slice(null, null, 2), new Float64Array([10.9, 20.9, 30.9, 40.9])], [1, NaN], [3, 70000]],
  })
  const p = data.get("p") as unknown[]
  assert.ok(Number.isNaN(p[0]))
  assert.deepEqual(p.slice(1), ["a", 2, 3, "b", 5, 6])
  assertSame(data.get("t"), new Int16Array([10, 0, 20, 4464, 30, 5, 40]))
  // a value that is itself an array replaces the item
  data.patch({ p: [[2, [1, 2]]] })
  assert.deepEqual((data.get("p") as unknown[])[2], [1, 2])

  // positions are relative to the rolled window
  const rolled = new ColumnData({ x: new Float64Array(0), y: [] })
  for (let i = 0; i < 50; i++) rolled.stream({ x: [i], y: [i] }, 10)
  rolled.patch({ x: [[0, -1], [new Slice(8, null, null), [-2, -3]]], y: [[9, -9]] })
  assertSame(rolled.get("x"), new Float64Array([-1, 41, 42, 43, 44, 45, 46, 47, -2, -3]))
  assert.deepEqual(rolled.get("y"), [40, 41, 42, 43, 44, 45, 46, 47, 48, -9])
  rolled.stream({ x: [50], y: [50] }, 10)
  assertSame(rolled.get("x"), new Float64Array([41, 42, 43, 44, 45, 46, 47, -2, -3, 50]))

  // a Map of patches, applied in map order
  const m = new ColumnData({ a: [1, 2] })
  m.patch(new Map([["a", [[0, 5] as const, [0, 6] as const]]]))
  assert.deepEqual(m.get("a"), [6, 2])
})

test("patch: multi-index into NDArray, typed and plain items", () => {
  const data = new ColumnData({
    nd1: [new NDArray(new Int32Array([1, 2, 3, 4]), [4])],
    nd2: [new NDArray(new Float32Array(12), [3, 4])],
    typed: [new Float64Array([1, 2, 3]), new Float64Array([4, 5])],
    plain1: [["a", "b", "c"], []],
    plain2: [[new Float64Array([1, 2]), new Float64Array([3, 4])]],
    obj: [new NDArray(["x", "y", "z", "w"], [2, 2])],
  })
  data.patch({
    nd1: [[[0, new Slice(1, 3, null)], [20.5, 30]], [[0, 0], [NaN]]],
    nd2: [[[0, new Slice(null, null, 2), new Slice(1, null, 2)], [1, 2, 3, 4]], [[0, 1, 0], [9]]],
    typed: [[[1, 1], [50]], [[0, new Slice()], [7, 8, 9]]],
    plain1: [[[0, 2], ["C"]]],
    plain2: [[[0, 1, new Slice()], new Float64Array([30, 40])]],
    obj: [[[0, 1, 1], ["W"]]],
  })
  assert.deepEqual(Array.from((data.get("nd1") as NDArray[])[0]!.array), [0, 20, 30, 4])
  assert.deepEqual(Array.from((data.get("nd2") as NDArray[])[0]!.array), [0, 1, 0, 2, 9, 0, 0, 0, 0, 3, 0, 4])
  const typed = data.get("typed") as Float64Array[]
  assertSame(typed[0], new Float64Array([7, 8, 9]))
  assertSame(typed[1], new Float64Array([4, 50]))
  assert.deepEqual(data.get("plain1"), [["a", "b", "C"], []])
  const plain2 = (data.get("plain2") as Float64Array[][])[0]!
  assertSame(plain2[1], new Float64Array([30, 40]))
  assert.deepEqual((data.get("obj") as NDArray[])[0]!.array, ["x", "y", "z", "W"])
  // an item replaced earlier in the same patch is what later sub-indices address
  const replaced = new ColumnData({ c: [5, new Float64Array(2)] })
  const value = new NDArray(new Float64Array([0, 0, 0, 0]), [2, 2])
  replaced.patch({ c: [[0, value], [[0, 1, 0], [3]], [new Slice(1, 2, null), [[1, 2]]], [[1, 1], [9]]] })
  const c = replaced.get("c") as unknown[]
  assert.deepEqual(Array.from((c[0] as NDArray).array), [0, 0, 3, 0])
  assert.deepEqual(Array.from(value.array), [0, 0, 0, 0], "the caller's value is not written into")
  assert.deepEqual(c[1], [1, 9])
  throwsValue(() => replaced.patch({ c: [[0, 5], [[0, 0, 0], [1]]] }), "Can only sub-patch into columns with NumPy array items")
})

// The client applies ColumnsPatched with patch_to_column: same events, same resulting state.
test("patch: equals BokehJS patch_to_column on random patches", async () => {
  const Bokeh = await loadBokehJS()
  const { patch_to_column } = Bokeh.require("core/patching") as {
    patch_to_column(col: unknown, patch: Array<[unknown, unknown]>): Set<number>
  }
  // BokehJS holds ndarray items as typed arrays carrying a shape
  const asClientItem = (nd: NDArray) => Object.assign((nd.array as Float64Array).slice(), { shape: nd.shape.slice() })
  const random = rng(99)
  const int = (n: number) => Math.floor(random() * n)
  const randomSlice = (length: number): Slice => {
    const start = int(2) === 0 ? null : int(length + 1)
    const stop = int(2) === 0 ? null : (start ?? 0) + int(length + 1 - (start ?? 0))
    const step = int(2) === 0 ? null : 1 + int(3)
    return new Slice(start, stop, step)
  }
  const value = () => int(3) === 0 ? NaN : int(2000) / 8 - 100
  for (let trial = 0; trial < 200; trial++) {
    const n = 1 + int(15)
    const ctor = CTORS[int(CTORS.length)]!
    const t = new ctor(Array.from({ length: n }, () => int(100)))
    const p = Array.from({ length: n }, () => int(100))
    const [h, w] = [1 + int(4), 1 + int(5)]
    const images = [new NDArray(new Float64Array(h * w).map(() => int(9)), [h, w]), new NDArray(new Float64Array(w), [w])]
    const data = new ColumnData({ t, p, img: images })
    const patches: Record<string, Array<[unknown, unknown]>> = { t: [], p: [], img: [] }
    for (let k = 0; k < 1 + int(6); k++) {
      for (const name of ["t", "p"]) {
        if (int(2) === 0) {
          patches[name]!.push([int(n), value()])
        } else {
          const s = randomSlice(n)
          patches[name]!.push([s, Array.from({ length: s.resolve(n).count }, value)])
        }
      }
      const which = int(2)
      const sub = (size: number) => int(2) === 0 ? int(size) : randomSlice(size)
      const count = (s: number | Slice, size: number) => typeof s === "number" ? 1 : s.resolve(size).count
      if (which === 0) {
        const [a, b] = [sub(h), sub(w)]
        patches.img!.push([[0, a, b], Array.from({ length: count(a, h) * count(b, w) }, value)])
      } else {
        const a = sub(w)
        patches.img!.push([[1, a], Array.from({ length: count(a, w) }, value)])
      }
    }
    const client = { t: copyColumn(t), p: copyColumn(p), img: images.map(asClientItem) }
    data.patch(patches as never)
    for (const name of ["t", "p", "img"] as const) patch_to_column(client[name], patches[name]!)
    assertSame(data.get("t"), client.t, `trial ${trial} t`)
    assertSame(data.get("p"), client.p, `trial ${trial} p`)
    const img = data.get("img") as NDArray[]
    for (let i = 0; i < 2; i++) assertSame(img[i]!.array, Float64Array.from(client.img[i]!), `trial ${trial} img ${i}`)
  }
})
