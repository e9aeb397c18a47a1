// Widgets driven by server callbacks: the Button and the Slider send their events and changes
// to the server, which rewrites the Div. Open http://localhost:5006/widgets.
import type { Document } from "../document/index.ts"
import { Button, Column, Div, Row, Slider } from "../document/index.ts"

// The texts the server writes (server/test/browser.test.ts expects them).
function clickText(clicks: number): string {
  return `Button clicked ${clicks} time${clicks === 1 ? "" : "s"}`
}

function sliderText(value: number): string {
  return `Slider at ${value}: its square is ${value * value}`
}

export default function widgets(doc: Document): void {
  const button = new Button({ name: "button", label: "Click me", buttonType: "primary" })
  const slider = new Slider({ name: "slider", title: "Value", start: 0, end: 10, step: 1, value: 0, width: 300 })
  const clicks = new Div({ name: "clicks", text: "Not clicked yet" })
  const status = new Div({ name: "status", text: sliderText(slider.value) })

  let count = 0
  button.onEvent("button_click", () => {
    count += 1
    clicks.text = clickText(count)
  })
  // runs for changes from the browser too: the client's patch sets `value` on the server's model
  slider.onChange("value", (_attr, _old, value) => {
    status.text = sliderText(value as number)
  })

  doc.title = "bokeh-ts: widgets"
  doc.addRoot(new Column({
    name: "layout",
    children: [
      new Div({ text: "<h2>Server-side widget callbacks</h2>" }),
      new Row({ children: [button, clicks] }),
      slider,
      status,
    ],
  }))
}
