// Model classes by qualified name. Filled by classes.ts at import time; kept separate from
// model.ts so the generated classes can extend Model without an import cycle.
import type { Model } from "./model.ts"
import { DeserializationError } from "../errors.ts"

type ModelClass = { new (attrs?: object): Model; readonly __name__: string }

const classes = new Map<string, ModelClass>()

export function registerModelClasses(table: Readonly<Record<string, unknown>>): void {
  for (const cls of Object.values(table)) {
    const c = cls as ModelClass
    classes.set(c.__name__, c)
  }
}

export function modelClass(name: string): ModelClass {
  const cls = classes.get(name)
  if (cls == null) {
    throw new DeserializationError(`could not resolve type '${name}', which could be due to a widget or a custom model not being registered before first usage`)
  }
  return cls
}

export function hasModelClass(name: string): boolean {
  return classes.has(name)
}
