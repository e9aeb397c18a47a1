// Imports point one way: document/ ← server/ ← plots/, demos/, bench/. document/ runtime code
// imports no Node-only module (it must run on Deno and in browsers).
import assert from "node:assert/strict"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { builtinModules } from "node:module"
import { dirname, join, relative, resolve } from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const LAYERS = ["document", "server", "plots", "demos", "bench"] as const
type Layer = (typeof LAYERS)[number]

// What each layer may import from the others.
const ALLOWED: Record<Layer, readonly Layer[]> = {
  document: [],
  server: ["document"],
  plots: ["document", "server"],
  demos: ["document", "server", "plots"],
  bench: ["document", "server", "plots"],
}

// document/ folders that are dev tooling, not runtime: they may use Node.
const DOCUMENT_DEV = ["document/test/", "document/oracle/", "document/catalog/"]
// npm packages document/ runtime code may use (pure JS, no Node APIs)
const DOCUMENT_PACKAGES = new Set(["fflate"])

export interface Violation {
  readonly file: string
  readonly specifier: string
  readonly reason: string
}

export function importsOf(source: string): string[] {
  const out: string[] = []
  const re = /(?:^|[\s;])(?:import|export)\s[^"'`]*?from\s*["']([^"']+)["']|(?:^|[\s;(])import\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g
  for (const m of source.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3])!)
  return out
}

function layerOf(path: string): Layer | null {
  const top = path.split("/")[0]
  return (LAYERS as readonly string[]).includes(top!) ? (top as Layer) : null
}

export function checkFile(file: string, source: string): Violation[] {
  const layer = layerOf(file)
  if (layer == null) return []
  const violations: Violation[] = []
  const runtimeDocument = layer === "document" && !DOCUMENT_DEV.some((dir) => file.startsWith(dir))
  for (const specifier of importsOf(source)) {
    if (specifier.startsWith(".")) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), specifier)).split("\\").join("/")
      const targetLayer = layerOf(target)
      if (targetLayer == null) {
        violations.push({ file, specifier, reason: "imports outside the project folders" })
      } else if (targetLayer !== layer && !ALLOWED[layer].includes(targetLayer)) {
        violations.push({ file, specifier, reason: `${layer}/ may not import ${targetLayer}/` })
      } else if (runtimeDocument && DOCUMENT_DEV.some((dir) => target.startsWith(dir))) {
        violations.push({ file, specifier, reason: "document/ runtime code may not import dev tooling" })
      }
    } else if (runtimeDocument) {
      const bare = specifier.replace(/^node:/, "").split("/")[0]!
      if (specifier.startsWith("node:") || builtinModules.includes(bare)) {
        violations.push({ file, specifier, reason: "document/ may not use Node-only modules" })
      } else {
        const pkg = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : bare
        if (!DOCUMENT_PACKAGES.has(pkg)) violations.push({ file, specifier, reason: `document/ may not depend on '${pkg}'` })
      }
    }
  }
  return violations
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = `${dir}/${name}`
    if (name === "node_modules") continue
    if (statSync(join(ROOT, path)).isDirectory()) yield* sourceFiles(path)
    else if (/\.(ts|mts|js|mjs)$/.test(name)) yield path
  }
}

test("every import in the tree points the allowed way", () => {
  const violations: Violation[] = []
  for (const layer of LAYERS) {
    for (const file of sourceFiles(layer)) violations.push(...checkFile(file, readFileSync(join(ROOT, file), "utf8")))
  }
  assert.deepEqual(violations, [], violations.map((v) => `${v.file}: '${v.specifier}': ${v.reason}`).join("\n"))
})

test("the checker catches each kind of violation", () => {
  const reasons = (file: string, src: string) => checkFile(file, src).map((v) => v.reason)
  assert.deepEqual(reasons("document/model/x.ts", `import { serve } from "../../server/serve.ts"`), ["document/ may not import server/"])
  assert.deepEqual(reasons("document/x.ts", `import { readFileSync } from "node:fs"`), ["document/ may not use Node-only modules"])
  assert.deepEqual(reasons("document/x.ts", `import fs from "fs"`), ["document/ may not use Node-only modules"])
  assert.deepEqual(reasons("document/x.ts", `const m = await import("koa")`), ["document/ may not depend on 'koa'"])
  assert.deepEqual(reasons("server/x.ts", `export { figure } from "../plots/figure.ts"`), ["server/ may not import plots/"])
  assert.deepEqual(reasons("document/x.ts", `import "../bench/run.ts"`), ["document/ may not import bench/"])
  assert.deepEqual(reasons("document/x.ts", `import { loadBokehJS } from "./oracle/bokehjs.ts"`), ["document/ runtime code may not import dev tooling"])
  // allowed directions
  assert.deepEqual(reasons("plots/x.ts", `import { Document } from "../document/index.ts"\nimport { serve } from "../server/index.ts"`), [])
  assert.deepEqual(reasons("document/test/x.ts", `import { readFileSync } from "node:fs"`), [])
  assert.deepEqual(reasons("document/x.ts", `import { gzipSync } from "fflate"`), [])
  assert.deepEqual(reasons("server/x.ts", `import type { Model } from "../document/model/model.ts"`), [])
})
