// The HTML and JavaScript the HTTP routes send: the app page (spec protocol.md §1.3), the
// autoload.js body (§1.5) and the index page (§1.8). Every interpolated value goes through
// escapeHtml (HTML text and attributes) or scriptJson (inside <script>).
import { randomUUID } from "node:crypto"

// The BokehJS bundles a server page loads, in order (no bokeh-api, no CSS: styles ship in JS).
export const BOKEH_BUNDLES = ["bokeh", "bokeh-gl", "bokeh-widgets", "bokeh-tables", "bokeh-mathjax"] as const

export type BokehLogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal"

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

// JSON that is also a valid JS expression and cannot end a <script> element or open an HTML
// comment: <, > and & are written as \u escapes (JSON.parse and JS read them back unchanged),
// as are U+2028/U+2029, which old JS engines reject in string literals.
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
}

// `root` is "" (root-relative) or "http://host:port", followed by the prefix; `version` gives
// the cache-busting hash of a file under static/js/.
export function bundleUrls(root: string, version: (file: string) => string): string[] {
  return BOKEH_BUNDLES.map((name) => {
    const file = `${name}.min.js`
    return `${root}/static/js/${file}?v=${encodeURIComponent(version(file))}`
  })
}

export interface AppPageOptions {
  readonly title: string
  readonly bundleUrls: readonly string[]
  readonly rootIds: readonly string[]
  readonly token: string
  readonly logLevel?: BokehLogLevel
}

export function appPageHtml(options: AppPageOptions): string {
  const jsonId = randomUUID()
  const roots: Record<string, string> = {}
  const divs: string[] = []
  for (const rootId of options.rootIds) {
    const elementId = randomUUID()
    roots[rootId] = elementId
    divs.push(`    <div id="${elementId}" data-root-id="${escapeHtml(rootId)}" style="display: contents;"></div>`)
  }
  const renderItems = [{ token: options.token, roots, root_ids: [...options.rootIds], use_for_title: true }]
  const scripts = options.bundleUrls.map((url) => `    <script type="text/javascript" src="${escapeHtml(url)}"></script>`)
  const title = options.title === "" ? "Bokeh Plot" : options.title
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(title)}</title>
    <style>
      html, body { box-sizing: border-box; display: flow-root; height: 100%; margin: 0; padding: 0; }
    </style>
${scripts.join("\n")}
    <script type="text/javascript">Bokeh.set_log_level(${scriptJson(options.logLevel ?? "info")});</script>
  </head>
  <body>
${divs.join("\n")}
    <script type="application/json" id="${jsonId}">{}</script>
    <script type="text/javascript">
${WAIT_FOR_BOKEH}
      function embed(Bokeh) {
        const docs_json = document.getElementById(${scriptJson(jsonId)}).textContent;
        const render_items = ${scriptJson(renderItems)};
        Bokeh.embed.embed_items(docs_json, render_items);
      }
      if (document.readyState !== "loading") whenBokeh(embed);
      else document.addEventListener("DOMContentLoaded", function() { whenBokeh(embed) }, { once: true });
    })();
    </script>
  </body>
</html>
`
}

// Opens an IIFE (closed by the caller) defining whenBokeh(fn): runs fn(Bokeh) inside
// Bokeh.safely once window.Bokeh exists, polling every 10 ms, giving up after 100 tries.
const WAIT_FOR_BOKEH = `    (function() {
      function whenBokeh(fn) {
        let attempts = 0;
        (function poll() {
          const Bokeh = window.Bokeh;
          if (Bokeh !== undefined) Bokeh.safely(function() { fn(Bokeh) });
          else if (++attempts <= 100) setTimeout(poll, 10);
          else console.error("Bokeh: BokehJS is not loaded, the document cannot be rendered");
        })();
      }`

export interface AutoloadOptions {
  // the bundles to load, or [] when the embedding page loads BokehJS itself (resources=none)
  readonly bundleUrls: readonly string[]
  // id of the <script> element BokehJS replaces with the rendered roots
  readonly elementId: string
  readonly token: string
  // passed on to embed_items when the request gave them
  readonly appPath?: string | null
  readonly absoluteUrl?: string | null
  readonly logLevel?: BokehLogLevel
}

// Loads BokehJS once per page however many autoload scripts run on it (a shared queue of
// callbacks and a counter of scripts still loading), then embeds into the element.
export function autoloadJs(options: AutoloadOptions): string {
  const renderItems = [{ token: options.token, elementid: options.elementId, use_for_title: false }]
  const extra: string[] = []
  if (options.appPath != null) {
    extra.push(scriptJson(options.appPath))
    if (options.absoluteUrl != null) extra.push(scriptJson(options.absoluteUrl))
  } else if (options.absoluteUrl != null) {
    extra.push("undefined", scriptJson(options.absoluteUrl))
  }
  const embedArgs = ["docs_json", "render_items", ...extra].join(", ")
  return `${WAIT_FOR_BOKEH}
      const root = window;
      const js_urls = ${scriptJson(options.bundleUrls)};
      const element_id = ${scriptJson(options.elementId)};

      if (document.getElementById(element_id) == null) {
        console.warn("Bokeh: autoload.js configured with elementid '" + element_id + "' but no matching script tag was found.");
      }
      if (root._bokeh_onload_callbacks === undefined) root._bokeh_onload_callbacks = [];
      if (root._bokeh_is_loading === undefined) root._bokeh_is_loading = 0;
      if (root._bokeh_loaded_urls === undefined) root._bokeh_loaded_urls = {};

      function run_callbacks() {
        const callbacks = root._bokeh_onload_callbacks;
        root._bokeh_onload_callbacks = [];
        for (const callback of callbacks) callback();
      }

      function load(urls, callback) {
        root._bokeh_onload_callbacks.push(callback);
        // another autoload script is loading BokehJS: our callback runs when it is done
        if (root._bokeh_is_loading > 0) return;
        const missing = urls.filter(function(url) { return !root._bokeh_loaded_urls[url] });
        if (missing.length === 0) { run_callbacks(); return; }
        root._bokeh_is_loading = missing.length;
        for (const url of missing) {
          const script = document.createElement("script");
          script.async = false;
          script.src = url;
          const done = function() {
            root._bokeh_loaded_urls[url] = true;
            root._bokeh_is_loading--;
            if (root._bokeh_is_loading === 0) run_callbacks();
          };
          script.onload = done;
          script.onerror = function() { console.error("Bokeh: failed to load " + url); done(); };
          document.head.appendChild(script);
        }
      }

      function embed(Bokeh) {
        Bokeh.set_log_level(${scriptJson(options.logLevel ?? "info")});
        const docs_json = '{}';
        const render_items = ${scriptJson(renderItems)};
        Bokeh.embed.embed_items(${embedArgs});
      }

      load(js_urls, function() { whenBokeh(embed) });
    })();
`
}

export interface IndexPageOptions {
  readonly prefix: string
  // app paths ("/" or "/name")
  readonly appPaths: readonly string[]
}

export function indexHtml(options: IndexPageOptions): string {
  const links = [...options.appPaths].sort().map((path) => {
    const href = options.prefix + path
    return `      <li><a href="${escapeHtml(href)}">${escapeHtml(href)}</a></li>`
  })
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Bokeh applications</title>
  </head>
  <body>
    <h1>Bokeh applications</h1>
    <ul>
${links.join("\n")}
    </ul>
  </body>
</html>
`
}
