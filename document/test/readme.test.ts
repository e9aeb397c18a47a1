// The README's example runs as written and prints a document BokehJS can load.
import assert from "node:assert/strict"
import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { test } from "node:test"
import { fileURLToPath, pathToFileURL } from "node:url"
import { promisify } from "node:util"
import { oracle } from "./oracle.ts"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

test("the README example runs and its output loads in BokehJS", async () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8")
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1]
  assert.ok(block != null && block.includes("new Document"), "README has a TypeScript example")
  const index = pathToFileURL(join(ROOT, "document/index.ts")).href
  const file = join(mkdtempSync(join(tmpdir(), "bokeh-ts-readme-")), "example.mts")
  writeFileSync(file, block.replace("./document/index.ts", index))
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", file], { cwd: ROOT, timeout: 60_000 })
  const json = JSON.parse(stdout)
  assert.equal(json.title, "demo")
  const js = await oracle()
  const jsDoc = js.load(json)
  const source = [...jsDoc.all_models].find((m: any) => m.type === "ColumnDataSource")
  assert.deepEqual(Array.from(source.data.x), [1, 2, 3, 4])
  assert.deepEqual(Array.from(source.data.y), [4, 1, 9, 16])
})
