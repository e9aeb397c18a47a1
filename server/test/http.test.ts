import assert from "node:assert/strict"
import { once } from "node:events"
import { readFileSync } from "node:fs"
import { request as httpRequest } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { test } from "node:test"
import type { TestContext } from "node:test"
import vm from "node:vm"
import Koa from "koa"
import type { AppRoute, HttpHost, SessionInfo, TokenSettings } from "../http/host.ts"
import { checkAllowlist, matchHost, normalizeAllowlist, resolveAllowlist } from "../http/origins.ts"
import type { RequestInfo } from "../http/request.ts"
import { canonicalHeaderName, parseCookies, parseQuery, requestFromHttp, requestFromToken, tokenPayloadFor } from "../http/request.ts"
import { bokehjsStaticDir, httpRoutes } from "../http/routes.ts"
import type { HttpRoutesOptions } from "../http/routes.ts"
import { scriptJson } from "../http/templates.ts"
import { checkSessionIdSignature, generateSessionId, generateToken, getSessionId, getTokenPayload } from "../tokens.ts"

const UNSIGNED: TokenSettings = { sessionIds: "unsigned", secretKey: null, sessionTokenExpiration: 300 }
const SIGNED: TokenSettings = { sessionIds: "signed", secretKey: "secret", sessionTokenExpiration: 300 }
const enc = (s: string) => new TextEncoder().encode(s)
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) // drops another realm's prototypes

interface Call { app: string; sessionId: string; token: string; request: RequestInfo }

interface Setup {
  prefix?: string
  apps?: AppRoute[]
  tokens?: TokenSettings
  session?: SessionInfo
  fail?: boolean
  options?: HttpRoutesOptions
}

function appRoute(path: string, metadata: () => Record<string, unknown> = () => ({})): AppRoute {
  return { path, metadata: async () => metadata() }
}

async function serve(t: TestContext, setup: Setup = {}) {
  const calls: Call[] = []
  const host: HttpHost = {
    prefix: setup.prefix ?? "",
    apps: setup.apps ?? [appRoute("/app")],
    tokens: setup.tokens ?? UNSIGNED,
    async createSessionIfNeeded(app, sessionId, token, request) {
      calls.push({ app: app.path, sessionId, token, request })
      if (setup.fail === true) throw new Error("app code exploded")
      return setup.session ?? { rootIds: ["p1001", "p1002"], title: "Demo" }
    },
  }
  const koa = new Koa()
  koa.use(httpRoutes(host, { onError: () => {}, ...setup.options }))
  const server = koa.listen(0, "127.0.0.1")
  await once(server, "listening")
  const { port } = server.address() as AddressInfo
  t.after(() => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  }))
  const base = `http://127.0.0.1:${port}`
  const get = (path: string, init?: RequestInit) => fetch(base + path, { redirect: "manual", ...init })
  // sends `path` unnormalized (fetch would resolve "..") and only the headers given (fetch adds
  // Cache-Control: no-cache to conditional requests)
  const raw = (path: string, headers: Record<string, string> = {}) => new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers }, (res) => {
      let body = ""
      res.on("data", (c) => (body += c))
      res.on("end", () => resolve({ status: res.statusCode!, body }))
    })
    req.on("error", reject)
    req.end()
  })
  return { calls, get, raw, port }
}

function renderItems(html: string) {
  const m = /const render_items = (.*);\n/.exec(html)
  assert.ok(m, "render_items in page")
  return JSON.parse(m[1]!) as Array<{ token: string; roots: Record<string, string>; root_ids: string[]; use_for_title: boolean }>
}

const BUNDLES = ["bokeh", "bokeh-gl", "bokeh-widgets", "bokeh-tables", "bokeh-mathjax"]

test("app page: bundles, placeholders, render item and a session made from the request", async (t) => {
  const { calls, get } = await serve(t)
  const res = await get("/app?N=10&N=x+y", { headers: { Cookie: "a=1; b=2", "X-Custom": "v" } })
  assert.equal(res.status, 200)
  assert.match(res.headers.get("content-type")!, /^text\/html/)
  const html = await res.text()
  const srcs = [...html.matchAll(/<script type="text\/javascript" src="([^"]+)"/g)].map((m) => m[1])
  assert.deepEqual(srcs.map((s) => s!.replace(/\?v=[0-9a-f]{16}$/, "")), BUNDLES.map((b) => `/static/js/${b}.min.js`))
  assert.match(html, /Bokeh\.set_log_level\("info"\);/)
  assert.match(html, /<title>Demo<\/title>/)
  const divs = [...html.matchAll(/<div id="([^"]+)" data-root-id="([^"]+)"/g)].map((m) => [m[2], m[1]])
  const [item] = renderItems(html)
  assert.deepEqual(item!.root_ids, ["p1001", "p1002"])
  assert.deepEqual(item!.roots, Object.fromEntries(divs))
  assert.equal(item!.use_for_title, true)
  assert.match(html, /<script type="application\/json" id="[^"]+">\{\}<\/script>/)

  assert.equal(calls.length, 1)
  const call = calls[0]!
  assert.equal(call.app, "/app")
  assert.match(call.sessionId, /^[A-Za-z0-9]{44}$/)
  assert.equal(item!.token, call.token)
  assert.equal(getSessionId(call.token), call.sessionId)
  const payload = getTokenPayload(call.token)
  assert.deepEqual(payload["arguments"], { N: [enc("10"), enc("x y")] })
  assert.deepEqual(payload["cookies"], { a: "1", b: "2" })
  const headers = payload["headers"] as Record<string, string>
  assert.equal(headers["X-Custom"], "v")
  assert.equal(headers["Host"], `127.0.0.1:${new URL(res.url).port}`)
  assert.equal(headers["Cookie"], undefined, "Cookie header travels as cookies only")
  // what app code sees: the Cookie header is rebuilt from the cookies
  assert.deepEqual(call.request.arguments, { N: ["10", "x y"] })
  assert.equal(call.request.headers["Cookie"], "a=1; b=2")
  assert.equal(call.request.path, "/app")
})

test("the page's embed script calls embed_items with the JSON and the render items", async (t) => {
  const { get } = await serve(t)
  const html = await (await get("/app/")).text()
  const script = /<script type="text\/javascript">\n([\s\S]*?)<\/script>/.exec(html)![1]!
  const jsonId = /<script type="application\/json" id="([^"]+)">/.exec(html)![1]
  const embedded: unknown[][] = []
  const document = { readyState: "complete", getElementById: (id: string) => (id === jsonId ? { textContent: "{}" } : null) }
  const context = vm.createContext({ document, console, setTimeout })
  context["window"] = context
  context["Bokeh"] = { safely: (fn: () => void) => fn(), embed: { embed_items: (...args: unknown[]) => embedded.push(args) } }
  vm.runInContext(script, context)
  assert.equal(embedded.length, 1)
  assert.deepEqual(plain(embedded[0]), ["{}", renderItems(html)])
})

test("a hostile title and root id are escaped in HTML and script", async (t) => {
  const title = `</script><script>alert("x")</script> & <b>`
  const { get } = await serve(t, { session: { rootIds: [`p1"</script>`], title } })
  const html = await (await get("/app")).text()
  assert.match(html, /<title>&#60;\/script&#62;&#60;script&#62;alert\(&#34;x&#34;\)&#60;\/script&#62; &#38; &#60;b&#62;<\/title>/)
  assert.doesNotMatch(html, /alert\("x"\)/)
  // only the page's own script elements close
  assert.equal(html.split("</script>").length - 1, html.split("<script").length - 1)
  assert.deepEqual(renderItems(html)[0]!.root_ids, [`p1"</script>`])
  assert.equal(scriptJson({ s: "</script>\u2028&" }), '{"s":"\\u003c/script\\u003e\\u2028\\u0026"}')
})

test("an empty title renders as 'Bokeh Plot'", async (t) => {
  const { get } = await serve(t, { session: { rootIds: [], title: "" } })
  assert.match(await (await get("/app")).text(), /<title>Bokeh Plot<\/title>/)
})

test("bokeh-session-id argument and Bokeh-Session-Id header choose the session", async (t) => {
  const { calls, get } = await serve(t)
  assert.equal((await get("/app?bokeh-session-id=shared&k=1")).status, 200)
  assert.equal(calls[0]!.sessionId, "shared")
  assert.deepEqual(calls[0]!.request.arguments, { k: ["1"] }, "bokeh-session-id is not an app argument")
  assert.deepEqual(getTokenPayload(calls[0]!.token)["arguments"], { "bokeh-session-id": [enc("shared")], k: [enc("1")] })
  assert.equal((await get("/app", { headers: { "Bokeh-Session-Id": "from-header" } })).status, 200)
  assert.equal(calls[1]!.sessionId, "from-header")
})

test("processRequest adds its keys to the minted token's payload", async (t) => {
  const options: HttpRoutesOptions = { processRequest: (app, req) => ({ user: `${app.path}:${req.arguments["who"]?.[0]}` }) }
  const { calls, get } = await serve(t, { options })
  assert.equal((await get("/app?who=ann")).status, 200)
  assert.equal(getTokenPayload(calls[0]!.token)["user"], "/app:ann")
})

test("a given bokeh-token is used as is, and its payload is the session's request", async (t) => {
  const { calls, get } = await serve(t)
  const token = generateToken("tok-session", UNSIGNED, { arguments: { from: [enc("token")] }, cookies: { c: "3" }, headers: { Host: "elsewhere" } })
  const html = await (await get(`/app?bokeh-token=${token}&other=1`)).text()
  assert.equal(renderItems(html)[0]!.token, token)
  assert.equal(calls[0]!.sessionId, "tok-session")
  assert.equal(calls[0]!.token, token)
  assert.deepEqual(calls[0]!.request.arguments, { from: ["token"] })
  assert.deepEqual(calls[0]!.request.headers, { Host: "elsewhere", Cookie: "c=3" })
})

test("session acquisition answers 403 in each refused case, without creating a session", async (t) => {
  const { calls, get } = await serve(t)
  const token = generateToken("x", UNSIGNED)
  const cases: Array<[string, RequestInit | undefined, string]> = [
    ["/app?bokeh-session-id=a", { headers: { "Bokeh-Session-Id": "b" } }, "session ID was provided as an argument and header"],
    [`/app?bokeh-token=${token}&bokeh-session-id=a`, undefined, "Both token and session ID were provided"],
    [`/app?bokeh-token=${token}`, { headers: { "Bokeh-Session-Id": "b" } }, "Both token and session ID were provided"],
    ["/app?bokeh-token=not-a-token", undefined, "Invalid token or session ID"],
    ["/app?bokeh-session-id=", undefined, "Invalid token or session ID"],
    ["/app/autoload.js?bokeh-autoload-element=e&bokeh-token=!!", undefined, "Invalid token or session ID"],
  ]
  for (const [path, init, message] of cases) {
    const res = await get(path, init)
    assert.equal(res.status, 403, path)
    assert.equal(await res.text(), message, path)
  }
  assert.equal(calls.length, 0)
})

test("signed mode: generated ids are signed; unsigned or forged ids and tokens get 403", async (t) => {
  const { calls, get } = await serve(t, { tokens: SIGNED })
  assert.equal((await get("/app")).status, 200)
  assert.equal(checkSessionIdSignature(calls[0]!.sessionId, SIGNED), true)
  const good = generateSessionId(SIGNED)
  assert.equal((await get(`/app?bokeh-session-id=${good}`)).status, 200)
  assert.equal(calls[1]!.sessionId, good)
  assert.equal((await get("/app?bokeh-session-id=plain")).status, 403)
  const foreign = generateToken(generateSessionId({ ...SIGNED, secretKey: "other" }), { ...SIGNED, secretKey: "other" })
  const res = await get(`/app?bokeh-token=${foreign}`)
  assert.equal(res.status, 403)
  assert.equal(await res.text(), "Invalid token or session ID")
  assert.equal(calls.length, 2)
})

test("external-signed mode refuses to invent session ids", async (t) => {
  const tokens: TokenSettings = { ...SIGNED, sessionIds: "external-signed" }
  const { calls, get } = await serve(t, { tokens })
  const res = await get("/app")
  assert.equal(res.status, 403)
  assert.equal(await res.text(), "No bokeh-session-id provided")
  assert.equal((await get(`/app?bokeh-session-id=${generateSessionId(tokens)}`)).status, 200)
  assert.equal(calls.length, 1)
})

test("a failing session creation answers 500 and the server keeps serving", async (t) => {
  const { get } = await serve(t, { fail: true })
  const res = await get("/app")
  assert.equal(res.status, 500)
  assert.equal(await res.text(), "Error creating the session")
  assert.equal((await get("/app/metadata")).status, 200)
})

test("prefix: every route moves under it, nothing answers outside it", async (t) => {
  const { get } = await serve(t, { prefix: "/pre" })
  const html = await (await get("/pre/app")).text()
  assert.match(html, /src="\/pre\/static\/js\/bokeh\.min\.js\?v=/)
  assert.equal((await get("/pre/app/?x=1")).status, 200)
  const bundle = await get("/pre/static/js/bokeh.min.js")
  assert.equal(bundle.status, 200)
  await bundle.arrayBuffer()
  assert.equal((await get("/pre/app/metadata")).status, 200)
  const index = await get("/pre")
  assert.equal(index.status, 302)
  assert.equal(index.headers.get("location"), "/pre/app")
  for (const path of ["/app", "/static/js/bokeh.min.js", "/prefix/app", "/preapp", "/favicon.ico", "/"]) {
    assert.equal((await get(path)).status, 404, path)
  }
  assert.equal((await get("/pre/favicon.ico")).status, 200)
})

test("an app at / serves the page at the root; unknown paths and <app>/ws fall through to 404", async (t) => {
  const { calls, get } = await serve(t, { apps: [appRoute("/")] })
  assert.equal((await get("/")).status, 200)
  assert.equal((await get("/?a=1")).status, 200)
  assert.equal(calls.length, 2)
  assert.equal((await get("/metadata")).status, 200)
  for (const path of ["/ws", "/nope", "/app"]) assert.equal((await get(path)).status, 404, path)
  assert.equal((await get("/", { method: "POST" })).status, 405)
})

test("autoload.js: 400 without element, CORS headers, OPTIONS preflight", async (t) => {
  const { calls, get } = await serve(t)
  const missing = await get("/app/autoload.js")
  assert.equal(missing.status, 400)
  assert.equal(missing.headers.get("access-control-allow-origin"), "*")
  assert.equal(calls.length, 0)
  const pre = await get("/app/autoload.js", { method: "OPTIONS", headers: { Origin: "http://embedder.example" } })
  assert.equal(pre.status, 200)
  assert.equal(pre.headers.get("access-control-allow-methods"), "PUT, GET, OPTIONS")
  assert.equal(pre.headers.get("access-control-allow-origin"), "http://embedder.example")
  const plainGet = await get("/app/autoload.js?bokeh-autoload-element=el", { headers: { Origin: "http://embedder.example" } })
  assert.equal(plainGet.headers.get("access-control-allow-origin"), "*")
  assert.equal(plainGet.headers.get("access-control-allow-credentials"), "true")
  assert.equal(plainGet.headers.get("access-control-allow-headers"), "*")
  const withCookie = await get("/app/autoload.js?bokeh-autoload-element=el", { headers: { Origin: "http://embedder.example", Cookie: "s=1" } })
  assert.equal(withCookie.headers.get("access-control-allow-origin"), "http://embedder.example")
})

// Runs an autoload body against a stub page; returns the embed_items calls and injected scripts.
function runAutoload(js: string, bokehPresent: boolean) {
  const embedded: unknown[][] = []
  const injected: Array<{ src: string; async: boolean; onload: () => void }> = []
  const document = {
    getElementById: (id: string) => (id === "el" ? {} : null),
    createElement: () => ({}) as { src: string; async: boolean; onload: () => void },
    head: { appendChild: (s: (typeof injected)[number]) => injected.push(s) },
  }
  const context = vm.createContext({ document, console, setTimeout })
  context["window"] = context
  const bokeh = {
    safely: (fn: () => void) => fn(),
    set_log_level: () => {},
    embed: { embed_items: (...args: unknown[]) => embedded.push(args) },
  }
  if (bokehPresent) context["Bokeh"] = bokeh
  vm.runInContext(js, context)
  const finishLoading = () => {
    context["Bokeh"] = bokeh
    for (const s of injected) s.onload()
  }
  return { embedded, injected, finishLoading }
}

test("autoload.js loads the bundles once, then embeds into the element", async (t) => {
  const { calls, get } = await serve(t, { prefix: "/pre" })
  const res = await get("/pre/app/autoload.js?bokeh-autoload-element=el&bokeh-app-path=/pre/app&bokeh-absolute-url=https://example.com:8443/pre/app&N=3")
  assert.equal(res.status, 200)
  assert.match(res.headers.get("content-type")!, /^application\/javascript/)
  const js = await res.text()
  const run = runAutoload(js, false)
  assert.deepEqual(run.injected.map((s) => s.src.replace(/\?v=\w+$/, "")), BUNDLES.map((b) => `https://example.com:8443/pre/static/js/${b}.min.js`))
  assert.ok(run.injected.every((s) => s.async === false))
  assert.equal(run.embedded.length, 0)
  run.finishLoading()
  assert.equal(run.embedded.length, 1)
  const token = calls[0]!.token
  assert.deepEqual(plain(run.embedded[0]), ["{}", [{ token, elementid: "el", use_for_title: false }], "/pre/app", "https://example.com:8443/pre/app"])
  assert.deepEqual(calls[0]!.request.arguments["N"], ["3"])
  assert.deepEqual(calls[0]!.request.arguments["bokeh-autoload-element"], ["el"])
})

test("autoload.js with resources=none loads nothing and embeds at once", async (t) => {
  const { get } = await serve(t)
  const js = await (await get("/app/autoload.js?bokeh-autoload-element=el&resources=none")).text()
  const run = runAutoload(js, true)
  assert.equal(run.injected.length, 0)
  assert.equal(run.embedded.length, 1)
  assert.equal((run.embedded[0] as unknown[])[2], "/", "app path defaults to /")
  assert.equal((run.embedded[0] as unknown[]).length, 3)
})

test("metadata: the app path and its data as JSON; no session is created", async (t) => {
  const { calls, get } = await serve(t, { apps: [appRoute("/app", () => ({ a: [1, "x"] })), appRoute("/bad", () => { throw new Error("no") })] })
  const res = await get("/app/metadata?x=1")
  assert.equal(res.status, 200)
  assert.match(res.headers.get("content-type")!, /^application\/json/)
  assert.deepEqual(await res.json(), { url: "/app", data: { a: [1, "x"] } })
  assert.equal((await get("/bad/metadata")).status, 500)
  assert.equal(calls.length, 0)
})

test("static files: BokehJS bundles with content type, ETag and caching by ?v=", async (t) => {
  const { get, raw } = await serve(t)
  const file = readFileSync(join(bokehjsStaticDir(), "bokeh.min.js"))
  const html = await (await get("/app")).text()
  const src = /src="(\/static\/js\/bokeh\.min\.js\?v=\w+)"/.exec(html)![1]!
  const versioned = await get(src)
  assert.equal(versioned.status, 200)
  assert.match(versioned.headers.get("content-type")!, /^application\/javascript/)
  assert.match(versioned.headers.get("cache-control")!, /max-age=31536000/)
  assert.equal(Buffer.compare(Buffer.from(await versioned.arrayBuffer()), file), 0)
  const bare = await get("/static/js/bokeh.min.js")
  assert.equal(bare.headers.get("cache-control"), "no-cache")
  assert.equal(Number(bare.headers.get("content-length")), file.length)
  await bare.arrayBuffer()
  const revalidated = await raw("/static/js/bokeh.min.js", { "If-None-Match": bare.headers.get("etag")! })
  assert.equal(revalidated.status, 304)
  assert.equal((await raw("/static/js/bokeh.min.js", { "If-None-Match": '"other"' })).status, 200)
  const head = await get("/static/js/bokeh-gl.min.js", { method: "HEAD" })
  assert.equal(head.status, 200)
  assert.equal(Number(head.headers.get("content-length")), readFileSync(join(bokehjsStaticDir(), "bokeh-gl.min.js")).length)
  const appStatic = await get("/app/static/js/bokeh-widgets.min.js")
  assert.equal(appStatic.status, 200)
  await appStatic.arrayBuffer()
  assert.equal((await get("/static/js/bokeh.min.js", { method: "POST" })).status, 405)
})

test("static files: traversal and anything outside static/js/ is refused", async (t) => {
  const { raw, get } = await serve(t)
  for (const path of [
    "/static/js/../../package.json",
    "/static/js/../../../../package.json",
    "/static/js/%2e%2e/%2e%2e/package.json",
    "/static/js/..%2f..%2fpackage.json",
    "/static/js/lib/../../../package.json",
    "/app/static/js/../../package.json",
    "/static/js/%00bokeh.min.js",
    "/static/js/",
    "/static/js/lib",
    "/static/package.json",
    "/static/js/nope.js",
  ]) {
    const res = await raw(path)
    assert.equal(res.status, 404, path)
    assert.doesNotMatch(res.body, /"name"/, path)
  }
  assert.equal((await raw("/static/js/lib/../bokeh.min.js")).status, 404, "no dot segments at all")
  const lib = await get("/static/js/lib/bokeh.js")
  assert.equal(lib.status, 200)
  await lib.text()
})

test("index: redirect to the only app, a sorted list for several, 404 when disabled", async (t) => {
  const one = await serve(t)
  const res = await one.get("/")
  assert.equal(res.status, 302)
  assert.equal(res.headers.get("location"), "/app")
  const many = await serve(t, { apps: [appRoute("/zeta"), appRoute("/alpha")] })
  const list = await many.get("/")
  assert.equal(list.status, 200)
  const hrefs = [...(await list.text()).matchAll(/href="([^"]+)"/g)].map((m) => m[1])
  assert.deepEqual(hrefs, ["/alpha", "/zeta"])
  const noRedirect = await serve(t, { options: { redirectRoot: false } })
  assert.equal((await noRedirect.get("/")).status, 200)
  const noIndex = await serve(t, { options: { useIndex: false } })
  assert.equal((await noIndex.get("/")).status, 404)
})

test("favicon: a valid 16×16 icon, or 404 when disabled", async (t) => {
  const { get } = await serve(t)
  const res = await get("/favicon.ico")
  assert.equal(res.status, 200)
  assert.equal(res.headers.get("content-type"), "image/x-icon")
  const bytes = new Uint8Array(await res.arrayBuffer())
  assert.deepEqual([...bytes.subarray(0, 8)], [0, 0, 1, 0, 1, 0, 16, 16])
  const view = new DataView(bytes.buffer)
  assert.equal(view.getUint32(14, true) + view.getUint32(18, true), bytes.length)
  assert.equal(view.getUint32(22, true), 40)
  const off = await serve(t, { options: { favicon: null } })
  assert.equal((await off.get("/favicon.ico")).status, 404)
})

test("requests: raw argument bytes, canonical header names, cookies", () => {
  assert.deepEqual(parseQuery("a=1&b=x+y&b=%FF%zz&c&=v&&d="), [
    ["a", enc("1")], ["b", enc("x y")], ["b", Uint8Array.of(0xff, 0x25, 0x7a, 0x7a)], ["c", enc("")], ["", enc("v")], ["d", enc("")],
  ])
  assert.equal(canonicalHeaderName("x-FORWARDED-for"), "X-Forwarded-For")
  assert.deepEqual(parseCookies(`a=1; b="q \\"x\\""; bad; c = 3 ; a=2`), { a: "2", b: 'q "x"', c: "3" })
  const req = requestFromHttp({
    url: "/app?__proto__=1&s=%C3%A9",
    headers: { host: "h", cookie: "k=v" },
    rawHeaders: ["Host", "h", "x-multi", "1", "X-Multi", "2", "cookie", "k=v"],
  })
  assert.deepEqual(Object.keys(req.arguments), ["__proto__", "s"])
  assert.deepEqual(req.arguments["s"], ["é"])
  assert.equal(Object.getPrototypeOf(req.arguments), Object.prototype)
  assert.deepEqual(req.headers, { Host: "h", "X-Multi": "1,2", Cookie: "k=v" })
  assert.deepEqual(req.cookies, { k: "v" })
  assert.equal(req.path, "/app")
})

test("token payloads: header and cookie filters; Cookie kept only when asked for", () => {
  const req = requestFromHttp({ url: "/a?x=1", headers: { cookie: "a=1; b=2" }, rawHeaders: ["Host", "h", "Cookie", "a=1; b=2", "X-Secret", "s"] })
  assert.deepEqual(tokenPayloadFor(req), { headers: { Host: "h", "X-Secret": "s" }, cookies: { a: "1", b: "2" }, arguments: { x: [{ bytes: "MQ" }] } })
  const filtered = tokenPayloadFor(req, { excludeHeaders: ["x-secret"], includeCookies: ["b"] })
  assert.deepEqual([filtered.headers, filtered.cookies], [{ Host: "h" }, { b: "2" }])
  assert.deepEqual(tokenPayloadFor(req, { includeHeaders: ["Cookie"] }).headers, { Cookie: "a=1; b=2" })
  assert.throws(() => tokenPayloadFor(req, { includeCookies: ["a"], excludeCookies: ["b"] }), /mutually exclusive/)
})

test("requestFromToken: the payload wins (Python's {bytes} form too), else the websocket request", () => {
  const ws = requestFromHttp({ url: "/app/ws?bokeh-session-id=s&q=ws", headers: { cookie: "w=1" }, rawHeaders: ["Host", "ws-host", "Cookie", "w=1"] })
  const fromPython = requestFromToken({ arguments: { N: [{ bytes: "MTA" }], "bokeh-session-id": [{ bytes: "enp6" }] }, cookies: { a: "1" }, headers: { Host: "page" } }, ws)
  assert.deepEqual(fromPython.arguments, { N: ["10"] })
  assert.deepEqual(fromPython.argumentBytes, { N: [enc("10")] })
  assert.deepEqual(fromPython.headers, { Host: "page", Cookie: "a=1" })
  assert.equal(fromPython.path, "/app/ws")
  const bare = requestFromToken({ session_expiry: 1 }, ws)
  assert.deepEqual(bare.arguments, { q: ["ws"] })
  assert.deepEqual([bare.cookies, bare.headers], [{ w: "1" }, { Host: "ws-host", Cookie: "w=1" }])
  const onlyCookies = requestFromToken({ cookies: { a: "1" } }, ws)
  assert.deepEqual(onlyCookies.headers, { Host: "ws-host", Cookie: "w=1" }, "no rebuild unless headers come from the payload too")
  const token = generateToken("s", UNSIGNED, tokenPayloadFor(ws))
  assert.deepEqual(requestFromToken(getTokenPayload(token), ws).argumentBytes, { q: [enc("ws")] })
})

test("websocket origins: default list, :80 quirk, wildcards, env override", () => {
  const list = resolveAllowlist(null, 5006, {})
  assert.deepEqual(list, ["localhost:5006"])
  assert.equal(checkAllowlist(undefined, list), true)
  assert.equal(checkAllowlist("http://localhost:5006", list), true)
  assert.equal(checkAllowlist("http://LOCALHOST:5006/", list), true)
  assert.equal(checkAllowlist("http://localhost:5007", list), false)
  assert.equal(checkAllowlist("http://evil.com", list), false)
  assert.equal(checkAllowlist("null", list), false)
  const configured = resolveAllowlist(["Example.com", "*.corp.net:*", "10.0.0.1:8000"], 5006, {})
  assert.deepEqual(configured, ["example.com:80", "*.corp.net:*", "10.0.0.1:8000"])
  assert.equal(checkAllowlist("https://example.com", configured), true, "a port-less origin counts as :80")
  assert.equal(checkAllowlist("https://example.com:443", configured), false)
  assert.equal(checkAllowlist("http://a.corp.net:1234", configured), true)
  assert.equal(checkAllowlist("http://a.b.net:1234", configured), false)
  assert.equal(checkAllowlist("http://10.0.0.1:8000", configured), true)
  assert.equal(checkAllowlist("http://anything:1", normalizeAllowlist(["*"])), true)
  assert.equal(matchHost("a.b:80", "a.b.c"), false, "pattern with more labels than the host")
  assert.equal(matchHost("a.b:80", "a.*:80"), true)
  assert.equal(matchHost("a.b:81", "a.b:80"), false)
  assert.deepEqual(resolveAllowlist(["x.com"], 5006, { BOKEH_ALLOW_WS_ORIGIN: "a.com:1, b.com" }), ["a.com:1", "b.com:80"])
  assert.deepEqual(resolveAllowlist(["x.com"], 5006, { BOKEH_ALLOW_WS_ORIGIN: "" }), ["x.com:80"])
})
