// The document core runs under Deno 2 (the `deno` npm package provides the binary).
import assert from "node:assert/strict"
import { execFile } from "node:child_process"
import { dirname, join, resolve } from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

function denoBinary(): string {
  return join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "deno.cmd" : "deno")
}

test("document smoke test under Deno 2", async () => {
  const { stdout } = await promisify(execFile)(
    denoBinary(),
    ["run", "--quiet", "--allow-read", "--allow-env", join(ROOT, "document/test/deno_smoke.ts")],
    { cwd: ROOT, timeout: 120_000 },
  )
  assert.match(stdout, /^ok 2 roots, 3 events/m)
})
