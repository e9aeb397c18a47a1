// Shape of the generated model catalog (document/generated/catalog.ts).
import type { Kind } from "../kinds/kind.ts"

// A default value as BokehJS serializes it (JSON reps, NaN as {type:"number"}), except that
// nested models carry no id: `{type:"object", name, attributes?}` means "a fresh instance".
export type DefaultRep = unknown

export interface PropDef {
  readonly kind: Kind
  // absent when BokehJS leaves the property unset (a value is required)
  readonly default?: DefaultRep
  readonly readonly?: true
}

export interface AliasDef {
  readonly alias: string
}

export interface ModelDef {
  // qualified name, as BokehJS registers it
  readonly name: string
  // parent class name; null only for the root `Model`
  readonly base: string | null
  // true for abstract bases that BokehJS does not register (cannot be created from JSON)
  readonly abstract?: true
  // own properties (wire names), in BokehJS definition order; internal (non-syncable)
  // BokehJS properties are left out: they never travel over the wire
  readonly props: Readonly<Record<string, PropDef | AliasDef>>
  // new defaults for inherited properties
  readonly overrides?: Readonly<Record<string, DefaultRep>>
}
