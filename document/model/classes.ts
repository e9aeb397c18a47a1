// The generated model classes, registered by name so the deserializer and model-valued
// defaults can create instances. Import models from here (or the package index), not from
// the generated file directly.
import { modelClasses } from "../generated/models.ts"
import { registerModelClasses } from "./registry.ts"

registerModelClasses(modelClasses)

export * from "../generated/models.ts"

// ColumnDataSource's data store, stream and patch (augments the generated class)
import "../sources/column_data_source.ts"
