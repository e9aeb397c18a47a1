// Property-kind descriptors: plain data mirroring BokehJS's `core/kinds`, so the generated
// catalog can describe every property without importing BokehJS at run time.

export type EnumValue = string | number

export type Kind =
  | { type: "Any" }
  | { type: "Unknown" }
  | { type: "Bool" }
  | { type: "Float" }
  | { type: "Int" }
  | { type: "Percent" }
  | { type: "Str" }
  | { type: "Null" }
  | { type: "Bytes" }
  // a JS Date (BokehJS's Ref(Date)); it travels as milliseconds since the epoch
  | { type: "Date" }
  | { type: "Color" }
  | { type: "CSSLength" }
  | { type: "Node" }
  | { type: "Func" }
  | { type: "AnyRef" }
  | { type: "PrefixedStr"; prefix: string }
  | { type: "Regex"; pattern: string; flags: string }
  | { type: "Enum"; name?: string; values: readonly EnumValue[] }
  | { type: "Nullable" | "Opt" | "NonNegative" | "Positive"; base: Kind }
  | { type: "Or" | "Tuple" | "And"; types: readonly Kind[] }
  | { type: "List" | "NonEmptyList" | "Arrayable" | "Iterable" | "Set" | "Dict"; item: Kind }
  | { type: "KeyVal" | "Mapping"; key: Kind; item: Kind }
  | { type: "Struct" | "PartialStruct"; fields: Readonly<Record<string, Kind>> }
  | { type: "Ref"; model: string }
  // A BokehJS spec property (NumberSpec, ColorSpec, …, or a *Scalar). BokehJS types these as
  // Any at run time; the accepted values come from the hand-written table in specs.ts.
  | { type: "Spec"; spec: string }

export type KindType = Kind["type"]
