// A button and a Div: each click (a ButtonClick event from the client) rewrites the Div on the
// server, which the client sees as a PATCH-DOC. The load generator times that round trip.
import { Button, Column, Div, type Document } from "../../document/index.ts"

export default function click(doc: Document): void {
  const button = new Button({ name: "button", label: "Click" })
  const div = new Div({ name: "clicks", text: "0" })
  let clicks = 0
  button.onEvent("button_click", () => {
    clicks += 1
    div.text = String(clicks)
  })
  doc.title = "click"
  doc.addRoot(new Column({ children: [button, div] }))
}
