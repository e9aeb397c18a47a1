// Which models a receiver (a connection) already has, so a patch can send `{id}` for them
// and a full rep for the rest (spec protocol.md §6.5). A model that left the document and
// came back counts as unknown again: BokehJS may have dropped it meanwhile.
import type { Model } from "../model/model.ts"

export class KnownModels {
  // model → its attachment count when this receiver got it
  private readonly models = new WeakMap<Model, number>()

  has(model: Model): boolean {
    return model.document != null && this.models.get(model) === model._attachments
  }

  add(model: Model): void {
    this.models.set(model, model._attachments)
  }

  addAll(models: Iterable<Model>): void {
    for (const model of models) this.add(model)
  }
}

// The `known` predicate for one message going to several receivers: a model goes as `{id}`
// only if every receiver has it. Over-sending a full rep is harmless (BokehJS re-applies it);
// under-sending breaks the receiver, so the same frames can safely go to all of them.
export function knownToAll(receivers: readonly KnownModels[]): (model: Model) => boolean {
  if (receivers.length === 1) {
    const [only] = receivers
    return (model) => only!.has(model)
  }
  return (model) => receivers.every((r) => r.has(model))
}
