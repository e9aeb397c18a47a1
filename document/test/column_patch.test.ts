// ColumnData patches (spec document.md §11.4): error texts, semantics, BokehJS equivalence.
import { test } from "node:test"
import assert from "node:assert/strict"

import { ColumnData, Slice } from "../sources/column_data.ts"
import { NDArray } from "../ndarray.ts"
import { loadBokehJS } from "../oracle/bokehjs.ts"
import { throwsValue, assertSame, copyColumn, rng, CTORS } from "./column_helpers.ts"

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

