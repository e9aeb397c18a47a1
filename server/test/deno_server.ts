// Run by deno_server.test.ts under Deno 2: serves the BokehJS client test's app, prints
// "listening <port>" and stays up until its stdin closes.
import { ColumnDataSource, Div, Slider, type Document } from "../../document/index.ts"
import { serve } from "../index.ts"

function app(doc: Document): void {
  const source = new ColumnDataSource({ name: "source", data: { x: new Float64Array([0]), y: new Float64Array([0]) } })
  const slider = new Slider({ name: "slider", start: 0, end: 100, value: 1 })
  const div = new Div({ name: "div", text: "start" })
  slider.onChange("value", (_attr, _old, value) => { div.text = `slider at ${value} (${typeof Deno})` })
  doc.addRoot(source)
  doc.addRoot(slider)
  doc.addRoot(div)
  let n = 1
  doc.addPeriodicCallback(() => {
    source.stream({ x: new Float64Array([n]), y: new Float64Array([n * n]) }, 50)
    n++
  }, 20)
}

declare const Deno: unknown

const server = await serve({ "/app": app }, { port: 0, address: "127.0.0.1", allowWebsocketOrigin: ["127.0.0.1"], keepAlive: 0 })
console.log(`listening ${server.port}`)
process.stdin.on("data", () => {})
process.stdin.on("end", () => {
  void server.stop().then(() => process.exit(0))
})
