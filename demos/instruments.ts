// Instruments monitored in the background while you edit a position (seed 000, the
// panel#7014 report): a worker reads four instruments a thousand times a second and every open
// session shows the readings, while the position Spinner stays yours to edit. Each reading
// and each edit is applied as a task of the session's queue, one at a time, so nothing lands
// on the wrong model or property. Open http://localhost:5006/instruments.
import type { Document } from "../document/index.ts"
import type { SessionContext } from "../server/index.ts"
import { Column, Div, Row, Spinner } from "../document/index.ts"
import { GlobalTaskRunner } from "../server/workers/index.ts"
import { INSTRUMENTS } from "./workers/instruments.ts"

export const KEY = "instruments"
export const PERIOD_S = 0.001
// about as often as a screen refreshes
export const DISPLAY_MS = 30

// The displays' texts: derived from numbers, never read back into them.
export function readingText(i: number, value: number): string {
  const { name, unit } = INSTRUMENTS[i]!
  return `<b>${name}</b>: ${value.toFixed(2)} ${unit}`
}

export function positionText(value: number | null): string {
  return `<b>The position</b>: ${value == null ? "not set" : value.toFixed(1)}`
}

// Readings reach a session a thousand times a second, more than a browser can draw: the
// displays show the mean of the readings received since they were last drawn, at most every
// `displayMs` (0: every reading, which the tests use to race at full rate).
export function instrumentsApp(options: { displayMs?: number } = {}) {
  const displayMs = options.displayMs ?? DISPLAY_MS
  return function instruments(doc: Document, context: SessionContext): void {
    // One reader per process, whichever session comes first.
    const runner = new GlobalTaskRunner<Float64Array>(KEY, {
      worker: { module: new URL("./workers/instruments.ts", import.meta.url), export: "default" },
      seconds: PERIOD_S,
    })

    // Per instrument: a read-only number and its formatted label. The number is what a
    // program would use; the label is display only.
    const values = INSTRUMENTS.map((instrument, i) => new Spinner({
      name: `value_${i}`, title: `${instrument.name} (${instrument.unit})`, value: instrument.level,
      step: 0.01, mode: "float", disabled: true, width: 160,
    }))
    const labels = INSTRUMENTS.map((instrument, i) => new Div({ name: `label_${i}`, text: readingText(i, instrument.level), width: 240 }))

    // Runs in this session's queue after each reading; a session that falls behind gets the
    // latest reading once instead of a backlog.
    const sums = new Float64Array(INSTRUMENTS.length)
    let summed = 0
    let received = 0
    let drawnAt = -Infinity
    runner.subscribe((readings) => {
      if (readings == null) return
      received++
      summed++
      readings.forEach((value, i) => { sums[i] += value })
      const now = performance.now()
      if (now - drawnAt < displayMs) return
      drawnAt = now
      sums.forEach((sum, i) => {
        values[i]!.value = sum / summed
        labels[i]!.text = readingText(i, sum / summed)
      })
      sums.fill(0)
      summed = 0
    })

    // The position is edited in the browser. The server formats it into a label; the label
    // has no way back into the number (the mistake behind seed 000).
    const position = new Spinner({ name: "position", title: "Position (mm)", value: 0, step: 0.1, mode: "float", width: 160 })
    const positionLabel = new Div({ name: "position_label", text: positionText(0) })
    position.onChange("value", (_attr, _old, value) => {
      positionLabel.text = positionText(value as number | null)
    })

    // What the reader achieves, and how much of it reaches this session, once a second.
    const rate = new Div({ name: "rate", text: "Readings per second: measuring…" })
    let lastCalls = runner.calls
    doc.addPeriodicCallback(() => {
      rate.text = `Readings per second: ${runner.calls - lastCalls} (this session received ${received})`
      lastCalls = runner.calls
      received = 0
    }, 1000)

    // Nobody watching: stop reading (this session's subscription has ended by now); the
    // next session starts a new reader.
    context.onDestroyed(() => {
      if (runner.subscribers === 0) void runner.remove()
    })

    doc.title = "bokeh-ts: instruments"
    doc.addRoot(new Column({
      children: [
        new Div({ text: "<h2>Instruments read by a worker thread</h2>" }),
        ...INSTRUMENTS.map((_, i) => new Row({ children: [values[i]!, labels[i]!] })),
        new Row({ children: [position, positionLabel] }),
        rate,
      ],
    }))
  }
}

export default instrumentsApp()
