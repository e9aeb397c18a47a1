// Starts our server (`bokeh-ts serve <app>`) in a child process for one benchmark case, with
// the app's settings in the environment, and stops it afterwards.
import { spawn, type ChildProcess } from "node:child_process"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

export interface ServerProcess {
  readonly url: string // the app's page URL
  readonly pid: number
  stop(): Promise<void>
}

export async function startServer(app: string, env: Record<string, string> = {}, args: readonly string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(ROOT, "server/bin.js"), "serve", join(ROOT, app), "--port", "0", "--address", "127.0.0.1", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = ""
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString()
      const match = /Bokeh app running at: (\S+)/.exec(out)
      if (match != null) resolveUrl(match[1]!)
    })
    child.once("exit", (code) => reject(new Error(`server for ${app} exited with ${code} before it was ready`)))
  })
  return { url, pid: child.pid!, stop: () => stop(child) }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode != null) return
  const exited = new Promise((r) => child.once("exit", r))
  child.kill("SIGTERM")
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
  await exited
  clearTimeout(timer)
}
