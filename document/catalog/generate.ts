// The model catalog generator (`npm run catalog`): reads the pinned BokehJS's model registry
// and writes document/generated/{catalog,enums,models}.ts. `generateFiles` only computes the
// files, so the test can compare the committed ones against a fresh run.
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { loadBokehJS, type BokehGlobal } from "../oracle/bokehjs.ts"
import { introspect, type Introspection } from "./introspect.ts"
import { emitCatalog, emitEnums } from "./emit.ts"
import { emitModels } from "./emit_models.ts"

export interface GeneratedFile {
  // relative to the repository root
  readonly path: string
  readonly text: string
}

export interface Generation {
  readonly files: readonly GeneratedFile[]
  readonly data: Introspection
  // things worth a human's attention: unrepresentable kinds/defaults, renamed accessors
  readonly notes: readonly string[]
}

export const PINNED_VERSION = "3.10.0"

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..")

export function generateFrom(bokeh: BokehGlobal): Generation {
  if (bokeh.version !== PINNED_VERSION) {
    throw new Error(`expected @bokeh/bokehjs ${PINNED_VERSION}, loaded ${bokeh.version}`)
  }
  const data = introspect(bokeh)
  const models = emitModels(data)
  const files: GeneratedFile[] = [
    { path: "document/generated/catalog.ts", text: emitCatalog(data) },
    { path: "document/generated/enums.ts", text: emitEnums(data) },
    { path: "document/generated/models.ts", text: models.text },
  ]
  const notes = [...data.notes, ...models.collisions.map((c) => `accessor renamed: ${c}`)]
  return { files, data, notes }
}

export async function generateFiles(): Promise<GeneratedFile[]> {
  return [...generateFrom(await loadBokehJS()).files]
}

async function main(): Promise<void> {
  const { files, data, notes } = generateFrom(await loadBokehJS())
  for (const file of files) {
    const path = join(repoRoot, file.path)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, file.text)
    console.log(`wrote ${file.path} (${(Buffer.byteLength(file.text) / 1024).toFixed(1)} KiB, ${file.text.split("\n").length} lines)`)
  }
  const props = data.models.reduce((n, m) => n + Object.keys(m.props).length, 0)
  console.log(`${data.models.length} classes (${data.registered.length} registered), ${props} own properties, ${data.enums.length} enums`)
  for (const note of notes) console.log(`note: ${note}`)
}

if (process.argv[1] != null && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(() => process.exit(0), (error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
