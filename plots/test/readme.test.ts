// The README's example runs as written and saves a page whose document BokehJS loads.
import assert from "node:assert/strict"
import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { test } from "node:test"
import { fileURLToPath, pathToFileURL } from "node:url"
import { promisify } from "node:util"
import { oracle } from "../../document/test/oracle.ts"

const HERE = dirname(fileURLToPath(import.meta.url))

test("the README example runs and saves a page BokehJS can load", async () => {
  const readme = readFileSync(resolve(HERE, "../README.md"), "utf8")
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1]
  assert.ok(block != null && block.includes("figure("), "README has a TypeScript example")
  const dir = mkdtempSync(join(tmpdir(), "bokeh-ts-plots-readme-"))
  try {
    const file = join(dir, "example.mts")
    writeFileSync(file, block.replace("./plots/index.ts", pathToFileURL(resolve(HERE, "../index.ts")).href))
    // tsx resolved from here: the example runs in a temporary folder outside the project
    await promisify(execFile)(process.execPath, ["--import", import.meta.resolve("tsx"), file], { cwd: dir, timeout: 60_000 })
    const html = readFileSync(join(dir, "fruits.html"), "utf8")
    const json = /<script type="application\/json" id="[^"]+">([\s\S]*?)<\/script>/.exec(html)![1]!
    const [doc] = Object.values(JSON.parse(json) as Record<string, unknown>)
    const js = await oracle()
    const types = [...js.load(doc).all_models].map((m: { type: string }) => m.type)
    for (const type of ["Column", "Figure", "VBar", "Line", "Legend", "CategoricalColorMapper", "Slider"]) {
      assert.ok(types.includes(type), `the page's document has a ${type}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
