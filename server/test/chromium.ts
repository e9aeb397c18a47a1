// Headless Debian Chromium for the browser tests, driven by playwright-core. The browser must be
// the system one (/usr/bin/chromium): playwright never downloads browsers here, and a missing
// chromium fails the test rather than skipping it.
import assert from "node:assert/strict"
import { existsSync } from "node:fs"
import { after, before } from "node:test"
import { chromium, type Browser, type Page } from "playwright-core"

export const CHROMIUM = "/usr/bin/chromium"
export const PAGE_TIMEOUT = 15_000

export async function launchChromium(): Promise<Browser> {
  assert.ok(existsSync(CHROMIUM),
    `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); the browser tests need it`)
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
}

// A fresh page whose console errors and uncaught exceptions are collected into `errors`.
export async function newPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage()
  page.setDefaultTimeout(PAGE_TIMEOUT)
  const errors: string[] = []
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`)
  })
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`))
  return { page, errors }
}

// Opens a served app page and waits until BokehJS has the session's document.
export async function openApp(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await newPage(browser)
  const response = await page.goto(url)
  assert.equal(response?.status(), 200, `GET ${url}`)
  await page.waitForFunction(() => {
    const bokeh = (globalThis as { Bokeh?: { documents: unknown[] } }).Bokeh
    return bokeh != null && bokeh.documents.length > 0
  })
  return { page, errors }
}

export interface ServedInBrowser {
  readonly server: import("../index.ts").BokehServer
  readonly browser: Browser
  // http://127.0.0.1:<port>: the websocket Origin allow-list holds that host, so pages come from there
  readonly base: string
  open(path: string): Promise<{ page: Page; errors: string[] }>
}

// For a describe(): serves `apps` on 127.0.0.1 (port 0) and launches Chromium before its tests,
// and stops both after them.
export function servedInBrowser(apps: readonly string[]): ServedInBrowser {
  let server: import("../index.ts").BokehServer | undefined
  let browser: Browser | undefined
  before(async () => {
    const { serve } = await import("../index.ts")
    server = await serve([...apps], { port: 0, address: "127.0.0.1" })
    browser = await launchChromium()
  })
  after(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
    }
  })
  return {
    get server() { return server! },
    get browser() { return browser! },
    get base() { return `http://127.0.0.1:${server!.port}` },
    open(path) { return openApp(browser!, `http://127.0.0.1:${server!.port}${path}`) },
  }
}
