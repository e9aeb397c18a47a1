// Writes plots/generated/palettes.ts from the pinned BokehJS's palette module, so the palettes
// are plain typed data here (no run-time dependency on BokehJS internals). Run it after changing
// the pinned @bokeh/bokehjs:  npm run palettes
// plots/test/palettes.test.ts fails while the generated file is stale.
import { readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import vm from "node:vm"

export const GENERATED_PATH = join(dirname(fileURLToPath(import.meta.url)), "generated", "palettes.ts")

function bokehjsRoot(): string {
  const require = createRequire(import.meta.url)
  return dirname(require.resolve("@bokeh/bokehjs/package.json"))
}

type Exports = Record<string, unknown>

// The lib build is an ES module whose imports only serve its helper functions: drop them and
// the `export` keywords, evaluate the data, and collect every exported binding by name.
function evaluatePalettes(source: string): { names: string[]; values: Exports } {
  const names = [...source.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]!)
  const body = source
    .replace(/^import .*$/gm, "")
    .replace(/^export (const|function) /gm, "$1 ")
  const script = new vm.Script(`(function () {\n${body}\nreturn { ${names.join(", ")} }\n})()`, { filename: "palettes.js" })
  return { names, values: script.runInNewContext({}) as Exports }
}

function hex(color: number): string {
  // BokehJS 3.10 writes the last Turbo3…Turbo11 color as 0x7a0402, without its alpha byte
  // (nearly transparent as RGBA); Python's palettes have "#7A0402". A value that fits in 24 bits
  // is read as 0xRRGGBB, since no palette holds an almost transparent color.
  const rgba = (color > 0xffffff ? color >>> 0 : color * 0x100 + 0xff).toString(16).padStart(8, "0")
  // every BokehJS palette color is opaque; keep an alpha only if one ever is not
  return rgba.endsWith("ff") ? `#${rgba.slice(0, 6)}` : `#${rgba}`
}

const isPalette = (v: unknown): v is number[] => Array.isArray(v) && v.every((c) => typeof c === "number")
const isGroup = (v: unknown): v is Record<string, number[]> =>
  v != null && typeof v === "object" && !Array.isArray(v) && Object.values(v).every(isPalette)
const isCollection = (v: unknown): v is Record<string, Record<string, number[]>> =>
  v != null && typeof v === "object" && !Array.isArray(v) && Object.values(v).every(isGroup)

export function palettesSource(): string {
  const root = bokehjsRoot()
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version
  const { names, values } = evaluatePalettes(readFileSync(join(root, "build/js/lib/api/palettes.js"), "utf8"))

  const palettes: string[] = []
  const groups: string[] = []
  const collections: string[] = []
  // palette arrays by identity, to name the members of groups
  const paletteName = new Map<unknown, string>()
  for (const name of names) {
    const value = values[name]
    if (typeof value === "function") continue
    if (isPalette(value)) {
      paletteName.set(value, name)
      palettes.push(`export const ${name}: Palette = [${value.map((c) => JSON.stringify(hex(c))).join(", ")}]`)
    } else if (isGroup(value)) {
      // keyed by size, as Python's bokeh.palettes groups are (BokehJS keys them by name)
      const members = Object.values(value).map((p) => `${p.length}: ${paletteName.get(p)}`)
      groups.push(`export const ${name}: PaletteGroup = { ${members.join(", ")} }`)
    } else if (isCollection(value)) {
      collections.push(`export const ${name} = { ${Object.keys(value).join(", ")} } as const`)
    } else {
      throw new Error(`palettes.js: unexpected export '${name}'`)
    }
  }
  const paletteNames = [...paletteName.values()]
  return `// Generated from @bokeh/bokehjs ${version} (build/js/lib/api/palettes.js) by plots/generate_palettes.ts.
// Do not edit by hand: regenerate with \`npm run palettes\`.
// The color data comes from matplotlib (CC0), ColorBrewer (Apache-2.0), D3 (BSD-3-Clause) and
// Paul Tol (BSD-3-Clause); their notices are at the end of that BokehJS file.

export type Palette = readonly string[]
// one palette per size, keyed by its number of colors
export type PaletteGroup = Readonly<Record<number, Palette>>

${palettes.join("\n")}

${groups.join("\n")}

${collections.join("\n")}

// every palette by name ("Viridis256", "Category10_10", …)
export const PALETTES: Readonly<Record<string, Palette>> = {
${chunk(paletteNames, 8).map((line) => `  ${line.join(", ")},`).join("\n")}
}
`
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

if (process.argv[1] != null && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GENERATED_PATH, palettesSource())
  console.log(`wrote ${GENERATED_PATH}`)
}
