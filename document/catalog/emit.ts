// Turns introspected catalog data into the TypeScript source of document/generated/catalog.ts
// and enums.ts. (models.ts comes from emit_models.ts.)
import type { Introspection } from "./introspect.ts"

export function header(version: string): string {
  return [
    `// Generated from @bokeh/bokehjs ${version} by document/catalog/generate.ts.`,
    "// Do not edit by hand: regenerate with `npm run catalog`.",
    "",
  ].join("\n")
}

const IDENT = /^[A-Za-z_$][\w$]*$/

export function propertyKey(key: string): string {
  return IDENT.test(key) ? key : JSON.stringify(key)
}

// A compact JS literal: like JSON, but identifier keys are left unquoted to keep it readable.
export function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`
  if (value != null && typeof value === "object") {
    const items = Object.entries(value).map(([k, v]) => `${propertyKey(k)}: ${literal(v)}`)
    return items.length == 0 ? "{}" : `{ ${items.join(", ")} }`
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`non-finite number in a literal`)
  return JSON.stringify(value)
}

export function emitCatalog(data: Introspection): string {
  const out: string[] = [header(data.version), `import type { ModelDef } from "../model/catalog_types.ts"`, ""]
  out.push(`// ${data.models.length} classes (${data.registered.length} registered), bases before subclasses.`)
  out.push("export const catalog: readonly ModelDef[] = [")
  for (const model of data.models) {
    out.push("  {")
    out.push(`    name: ${JSON.stringify(model.name)},`)
    out.push(`    base: ${JSON.stringify(model.base)},`)
    if (model.abstract) out.push("    abstract: true,")
    const props = Object.entries(model.props)
    if (props.length == 0) out.push("    props: {},")
    else {
      out.push("    props: {")
      for (const [name, prop] of props) out.push(`      ${propertyKey(name)}: ${literal(prop)},`)
      out.push("    },")
    }
    if (model.overrides != null) {
      out.push("    overrides: {")
      for (const [name, value] of Object.entries(model.overrides)) out.push(`      ${propertyKey(name)}: ${literal(value)},`)
      out.push("    },")
    }
    out.push("  },")
  }
  out.push("]", "")
  return out.join("\n")
}

export function emitEnums(data: Introspection): string {
  const out: string[] = [header(data.version), "// Named enumerations of BokehJS's core/enums.", ""]
  for (const { name, values, aliases } of data.enums) {
    out.push(`export const ${name} = ${literal(values)} as const`)
    out.push(`export type ${name} = typeof ${name}[number]`)
    for (const alias of aliases) {
      out.push(`export const ${alias} = ${name}`)
      out.push(`export type ${alias} = ${name}`)
    }
    out.push("")
  }
  return out.join("\n")
}
