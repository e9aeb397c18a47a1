// Background work per session (seed 001, "session thread"): each click queues a task that a
// worker thread of this session processes for about a second. The page stays responsive while
// it works: clicks keep registering and the status line counts down.
// Open http://localhost:5006/session_tasks.
import type { Document } from "../document/index.ts"
import { Button, Column, Div } from "../document/index.ts"
import { SessionTaskRunner } from "../server/workers/index.ts"
import type { TaskResult } from "./workers/slow_task.ts"

export default function sessionTasks(doc: Document): void {
  // A function cannot be sent to a thread, so the worker is named by module and export. The
  // runner finds its session by itself and stops (worker included) when the session ends.
  const runner = new SessionTaskRunner<number, TaskResult>({
    worker: { module: new URL("./workers/slow_task.ts", import.meta.url), export: "default" },
  })

  const button = new Button({ name: "add", label: "Add task", buttonType: "primary" })
  const added = new Div({ name: "added", text: "No task added yet" })
  let count = 0
  button.onEvent("button_click", () => {
    count += 1
    // the worker gets the task's data (a number here), never a model
    runner.append(count)
    added.text = `Tasks added: ${count}`
  })

  // The view's Divs are updated from the session's queue, like every other change.
  const view = runner.view({
    format: (result) => result == null
      ? "Last result: none yet"
      : `Last result: task ${result.task} finished at ${result.finished.toLocaleTimeString()}`,
  })
  // name the view's two lines so tests (and readers of the DOM) can find them
  const [status, last] = view.children as Div[]
  status!.name = "status"
  last!.name = "result"

  doc.title = "bokeh-ts: session task runner"
  doc.addRoot(new Column({
    children: [new Div({ text: "<h2>Tasks processed by this session's worker thread</h2>" }), button, added, view],
  }))
}
