#!/usr/bin/env node
// The `bokeh-ts` command on Node: tsx compiles the TypeScript sources, and .ts apps, as they
// are imported. (Deno runs server/cli.ts directly.)
import { register } from "tsx/esm/api"

register()
const { main } = await import("./cli.ts")
main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
