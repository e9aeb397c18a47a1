// curdoc(): the document of the code running now, read from the task context (spec §17
// rule 9). Inside a no-lock callback it is the unlocked view, which can only schedule
// next-tick callbacks (spec document.md §9.5).
import { AttributeError, RuntimeError, type Document } from "../document/index.ts"
import { currentTask } from "./session/task_context.ts"

const ALLOWED = new Set(["addNextTickCallback", "removeNextTickCallback"])
const unlockedViews = new WeakMap<Document, Document>()

export function curdoc(): Document {
  const task = currentTask()
  if (task == null) {
    throw new RuntimeError("curdoc() is only available in code run by a session: app code, its callbacks and event handlers")
  }
  return task.unlocked ? unlocked(task.document) : task.document
}

function unlocked(doc: Document): Document {
  let view = unlockedViews.get(doc)
  if (view == null) {
    view = new Proxy(doc, {
      get(target, key) {
        if (typeof key === "string" && ALLOWED.has(key)) {
          const fn = (target as unknown as Record<string, (...args: unknown[]) => unknown>)[key]!
          return fn.bind(target)
        }
        throw new AttributeError(
          "Only 'addNextTickCallback' may be used safely without taking the document lock; to make other changes " +
          "to the document, add a next tick callback and make your changes from that callback.",
        )
      },
      set() {
        throw new AttributeError("the document cannot be changed without taking the document lock; use addNextTickCallback")
      },
    })
    unlockedViews.set(doc, view)
  }
  return view
}
