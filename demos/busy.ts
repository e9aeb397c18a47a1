// A busy indicator (Panel's `state.busy` example): the button starts a slow job on the server,
// and one indicator shows whether this session is working, another whether any session of
// the server is. Open http://localhost:5006/busy, and a second tab to see the second one move.
import type { Document } from "../document/index.ts"
import { Button, Column, Div, Row } from "../document/index.ts"
import { bindBusy } from "../server/index.ts"

const JOB_MS = 1500

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export default function busy(doc: Document): void {
  const button = new Button({ name: "run", label: `Run a ${JOB_MS / 1000} s job`, buttonType: "primary" })
  const indicator = new Div({ name: "indicator", text: "idle", width: 160 })
  const anywhere = new Div({ name: "anywhere", text: "idle", width: 260 })
  const result = new Div({ name: "result", text: "No job has run yet" })

  // No callback has to say it is busy: the session counts its running tasks, and the binding
  // rewrites the Div when the count leaves or returns to zero.
  bindBusy(indicator, "text", { busy: "This session is busy", idle: "This session is idle" })
  bindBusy(anywhere, "text", { busy: "Some session is busy", idle: "All sessions are idle" }, { scope: "process" })

  let runs = 0
  // An async handler keeps its task, so the session stays busy until the job's promise settles
  // (and clicks made meanwhile queue behind it).
  button.onEvent("button_click", async () => {
    await sleep(JOB_MS)
    runs += 1
    result.text = `Job ${runs} finished at ${new Date().toLocaleTimeString()}`
  })

  doc.title = "bokeh-ts: busy indicator"
  doc.addRoot(new Column({
    children: [
      new Div({ text: "<h2>Busy indicator</h2>" }),
      new Row({ children: [button, indicator, anywhere] }),
      result,
    ],
  }))
}
