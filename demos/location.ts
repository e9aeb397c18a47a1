// URL state: the Slider and the Select live in the query string (?freq=3&color=firebrick), so
// the browser's address bar, its back button, a reload and a shared link all restore them.
// Also shows what the page request carried (query arguments, cookies, headers) and the hash,
// which only the browser knows. Open http://localhost:5006/location?freq=5.
import type { Document } from "../document/index.ts"
import {
  Button, Column, ColumnDataSource, DataRange1d, Div, GlyphRenderer, Line, LinearAxis, Plot, Row,
  Select, Slider,
} from "../document/index.ts"
import { state } from "../server/index.ts"

const COLORS = ["navy", "firebrick", "seagreen", "darkorange"]
const SECTIONS = ["#intro", "#details"]
const N = 200

// Query arguments, cookies and headers come from whoever opened the page: escape them
// before putting them into HTML.
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function table(title: string, entries: ReadonlyArray<[string, string]>): string {
  const rows = entries.map(([k, v]) => `<tr><td><code>${escape(k)}</code></td><td>${escape(v)}</td></tr>`)
  return `<b>${title}</b><table>${rows.join("") || "<tr><td><i>none</i></td></tr>"}</table>`
}

function wave(freq: number): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(N)
  const y = new Float64Array(N)
  for (let i = 0; i < N; i++) {
    x[i] = (i / (N - 1)) * 2 * Math.PI
    y[i] = Math.sin(freq * x[i]!)
  }
  return { x, y }
}

export default function location(doc: Document): void {
  const slider = new Slider({ name: "freq", title: "Frequency", start: 1, end: 10, step: 1, value: 2, width: 300 })
  const select = new Select({ name: "color", title: "Color", options: COLORS, value: COLORS[0], width: 160 })
  const source = new ColumnDataSource({ data: wave(slider.value) })
  const line = new Line({ x: "x", y: "y", lineColor: select.value as string, lineWidth: 2 })
  const plot = new Plot({
    width: 600, height: 250, xRange: new DataRange1d(), yRange: new DataRange1d(),
    below: [new LinearAxis()], left: [new LinearAxis()],
    renderers: [new GlyphRenderer({ dataSource: source, glyph: line })],
  })
  slider.onChange("value", (_attr, _old, value) => { source.data = wave(value as number) })
  select.onChange("value", (_attr, _old, value) => {
    // Select.value accepts anything, and the URL is typed by people: keep to the options
    if (COLORS.includes(value as string)) line.lineColor = value as string
    else select.value = COLORS[0]
  })

  // The URL wins when it has the parameter (?freq=5 opens at 5); otherwise the widget's value
  // is written into it. From then on either side updates the other.
  const url = state.location
  url.sync(slider, { value: "freq" })
  url.sync(select, { value: "color" })

  const request = new Div({
    name: "request",
    text: [
      table("Query arguments", Object.entries(state.args).map(([k, v]) => [k, v.join(", ")])),
      table("Cookies", Object.entries(state.cookies)),
      table("Some headers", Object.entries(state.headers).filter(([k]) => /^(host|user-agent|accept-language)$/i.test(k))),
    ].join(""),
  })

  // The server only learns the hash once the page reports it, so this starts empty.
  const where = new Div({ name: "where" })
  const showWhere = () => {
    where.text = `<b>URL</b> <code>${escape(url.href)}</code><br><b>hash</b> <code>${escape(url.hash || "(none)")}</code>`
  }
  showWhere()
  url.onChange(showWhere)

  // A history entry per click, so the back button walks through the sections.
  const next = new Button({ name: "next_section", label: "Go to the next section" })
  next.onEvent("button_click", () => {
    url.hash = SECTIONS[(SECTIONS.indexOf(url.hash) + 1) % SECTIONS.length]!
  })
  const reset = new Button({ name: "reset", label: "Forget the URL state" })
  reset.onEvent("button_click", () => { url.update({ search: "", hash: "" }) })

  doc.title = "bokeh-ts: URL state"
  doc.addRoot(new Column({
    children: [
      new Div({ text: "<h2>URL state</h2>" }),
      new Row({ children: [slider, select] }),
      plot,
      new Row({ children: [next, reset] }),
      where,
      request,
    ],
  }))
}
