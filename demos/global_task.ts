// One background task for the whole process (seed 001, "global thread"): a worker fetches a
// timestamp every 0.33 s and every open session shows it. Opening more sessions starts no
// more workers: a GlobalTaskRunner is one per key. Open http://localhost:5006/global_task in
// a few tabs.
import type { Document } from "../document/index.ts"
import { Column, Div } from "../document/index.ts"
import { GlobalTaskRunner } from "../server/workers/index.ts"

export const KEY = "example-worker"

export default function globalTask(doc: Document): void {
  // The first session starts the runner; later ones get the same object back.
  const runner = new GlobalTaskRunner<Date>(KEY, {
    worker: { module: new URL("./workers/timestamp.ts", import.meta.url), export: "default" },
    seconds: 0.33,
  })

  const view = runner.view({ format: (value) => `Last result: ${value?.toISOString() ?? "none yet"}` })
  const received = new Div({ name: "received", text: "0 results received during this session" })
  const watching = new Div({ name: "watching", text: "" })
  let results = 0
  // Runs in this session's queue after every call of the worker (once, with the latest value,
  // if the session was busy), so it may change this session's models.
  runner.subscribe(() => {
    results += 1
    received.text = `${results} result${results === 1 ? "" : "s"} received during this session`
    watching.text = `Sessions watching this runner: ${runner.sessionCount}`
  })
  ;(view.children[0] as Div).name = "last"

  doc.title = "bokeh-ts: global task runner"
  doc.addRoot(new Column({
    children: [new Div({ text: `<h2>Global task runner "${KEY}"</h2>` }), view, received, watching],
  }))
}
