// An application: what `bokeh-ts serve app.ts` serves. A TS/JS module whose default export
// fills each new session's document, with optional lifecycle hooks (spec document.md §13).
import { existsSync, readdirSync, statSync } from "node:fs"
import { basename, extname, join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import type { Document } from "../document/index.ts"
import type { ServerContext, SessionContext } from "./context.ts"
import type { RequestInfo } from "./http/request.ts"

export type AppFunction = (doc: Document, context: SessionContext) => void | Promise<void>

export type Metadata = Record<string, unknown>

// The shape of an app module.
export interface AppModule {
  default?: AppFunction
  onServerLoaded?(context: ServerContext): void | Promise<void>
  onServerUnloaded?(context: ServerContext): void | Promise<void>
  onSessionCreated?(context: SessionContext): void | Promise<void>
  onSessionDestroyed?(context: SessionContext): void | Promise<void>
  // served at /<app>/metadata
  metadata?: Metadata | (() => Metadata | Promise<Metadata>)
  // extra values for the session token, from the page request (Bokeh's process_request)
  processRequest?(request: RequestInfo): Record<string, unknown>
}

const MODULE_EXTENSIONS = new Set([".ts", ".mts", ".js", ".mjs"])
const MAIN_FILES = ["main.ts", "main.mts", "main.js", "main.mjs"]

export class Application {
  constructor(
    // "/name", or "/" for a single app served at the root
    readonly path: string,
    readonly module: AppModule,
    // the app's own static/ folder, served at /<app>/static/
    readonly staticDir: string | null = null,
    readonly source: string = "<function>",
  ) {
    if (typeof module.default !== "function") {
      throw new TypeError(`app ${source} has no default export; it must export default (doc, context) => { ... }`)
    }
  }

  get name(): string {
    return this.path === "/" ? "root" : this.path.slice(1)
  }

  static fromFunction(path: string, fn: AppFunction, hooks: Omit<AppModule, "default"> = {}): Application {
    return new Application(normalizePath(path), { ...hooks, default: fn })
  }

  // A module file is one app named after the file; a folder with main.ts (or main.js) is one
  // app named after the folder, with its static/ folder.
  static async load(file: string, path?: string): Promise<Application> {
    const full = resolve(file)
    if (statSync(full).isDirectory()) {
      const main = MAIN_FILES.map((m) => join(full, m)).find((m) => existsSync(m))
      if (main == null) throw new Error(`${file} is a folder without main.ts or main.js`)
      const staticDir = join(full, "static")
      const module = await import(pathToFileURL(main).href) as AppModule
      return new Application(normalizePath(path ?? basename(full)), module, existsSync(staticDir) ? staticDir : null, main)
    }
    const module = await import(pathToFileURL(full).href) as AppModule
    return new Application(normalizePath(path ?? basename(full, extname(full))), module, null, full)
  }

  async metadata(): Promise<Metadata> {
    const meta = this.module.metadata
    if (meta == null) return {}
    return typeof meta === "function" ? await meta() : meta
  }
}

// What `serve APP [APP...]` means: files and app folders as given; a plain folder (no main)
// serves every app module in it and every app folder under it.
export async function loadApplications(targets: readonly string[]): Promise<Application[]> {
  const apps: Application[] = []
  for (const target of targets) {
    const full = resolve(target)
    if (!existsSync(full)) throw new Error(`no such app: ${target}`)
    if (statSync(full).isDirectory() && !isAppFolder(full)) {
      for (const entry of readdirSync(full).sort()) {
        const child = join(full, entry)
        if (entry.startsWith("_") || entry.startsWith(".") || entry === "test" || entry === "node_modules") continue
        if (statSync(child).isDirectory() ? isAppFolder(child) : isAppModule(entry)) apps.push(await Application.load(child))
      }
    } else {
      apps.push(await Application.load(full))
    }
  }
  const seen = new Set<string>()
  for (const app of apps) {
    if (seen.has(app.path)) throw new Error(`two apps would be served at ${app.path}`)
    seen.add(app.path)
  }
  return apps
}

function isAppFolder(dir: string): boolean {
  return MAIN_FILES.some((m) => existsSync(join(dir, m)))
}

function isAppModule(name: string): boolean {
  return MODULE_EXTENSIONS.has(extname(name)) && !/\.(test|d)\.[mc]?[tj]s$/.test(name)
}

export function normalizePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "")
  return trimmed === "" ? "/" : `/${trimmed}`
}
