// Standalone output, as bokeh.embed: fileHtml (a whole HTML page), jsonItem (for
// Bokeh.embed.embed_item), components (a script and divs for your own page) and save. The
// pinned BokehJS comes from the CDN, from a folder URL (the bokeh-ts server's /static/js, or
// node_modules/@bokeh/bokehjs/build/js), or inlined; only the bundles the models need load.
import { readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { BOKEHJS_VERSION, Document, Plot, ValueError, type DocJson, type Model, type UIElement } from "../document/index.ts"
import { escapeHtml, scriptJson } from "../server/http/templates.ts"

// "cdn": https://cdn.bokeh.org (needs the network); "inline": the bundles inside the page;
// { root }: a URL (or relative path) of a folder holding bokeh.min.js, bokeh-widgets.min.js, …
export type Resources = "cdn" | "inline" | { readonly root: string }

export const CDN_ROOT = "https://cdn.bokeh.org/bokeh/release"

// The BokehJS bundles in load order: the core first, the extensions after.
export const BUNDLES = ["bokeh", "bokeh-gl", "bokeh-widgets", "bokeh-tables", "bokeh-mathjax"] as const
export type Bundle = (typeof BUNDLES)[number]

const TABLE_BASES = ["TableWidget", "TableColumn", "CellFormatter", "CellEditor", "RowAggregator", "GroupingInfo"]
const MATH_BASES = ["MathText", "MathTextGlyph"]
// TeX in a plain string ($$…$$, \[…\], \(…\)) is typeset by BokehJS with MathJax
const TEX = /\$\$[\s\S]+?\$\$|\\\[[\s\S]+?\\\]|\\\([\s\S]+?\\\)/

// build/js of the pinned @bokeh/bokehjs package: the bundles for "inline"
export function bokehjsBuildDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve("@bokeh/bokehjs/package.json")), "build", "js")
}

function isA(model: Model, bases: readonly string[]): boolean {
  return bases.some((base) => model.type === base || model.schema.ancestors.has(base))
}

function hasTexString(model: Model): boolean {
  for (const value of model.attributes().values()) if (typeof value === "string" && TEX.test(value)) return true
  return false
}

// The bundles a set of models needs, as Bokeh's resources do: widgets, tables, WebGL, MathJax.
export function bundlesFor(models: Iterable<Model>): Bundle[] {
  const needed = new Set<Bundle>(["bokeh"])
  for (const model of models) {
    if (isA(model, ["Widget"])) needed.add("bokeh-widgets")
    if (isA(model, TABLE_BASES)) needed.add("bokeh-tables")
    if (isA(model, MATH_BASES) || hasTexString(model)) needed.add("bokeh-mathjax")
    if (model instanceof Plot && model.outputBackend === "webgl") needed.add("bokeh-gl")
  }
  return BUNDLES.filter((b) => needed.has(b))
}

export function scriptTags(resources: Resources, bundles: readonly Bundle[]): string {
  return bundles.map((name) => {
    if (resources === "inline") {
      // a "</script" inside the code would end the element early; "<\/" means the same in JS strings
      const code = readFileSync(join(bokehjsBuildDir(), `${name}.min.js`), "utf8").replace(/<\/(script)/gi, "<\\/$1")
      return `    <script type="text/javascript">\n${code}\n    </script>`
    }
    const url = resources === "cdn" ? `${CDN_ROOT}/${name}-${BOKEHJS_VERSION}.min.js` : `${resources.root.replace(/\/+$/, "")}/${name}.min.js`
    return `    <script type="text/javascript" src="${escapeHtml(url)}"></script>`
  }).join("\n")
}

interface Prepared {
  readonly json: DocJson
  readonly rootIds: string[]
  readonly models: Model[]
  readonly title: string
}

// The document JSON of `what`: a Document as it is, or models as roots of a fresh document
// (models already in a document must be its only roots, or pass that Document instead).
function prepare(what: UIElement | readonly UIElement[] | Document, where: string): Prepared {
  if (what instanceof Document) {
    if (what.roots.length === 0) throw new ValueError(`${where}: the document has no roots`)
    return { json: what.toJSON(), rootIds: what.roots.map((r) => r.id), models: [...what.models.values()], title: what.title }
  }
  const roots = Array.isArray(what) ? [...(what as readonly UIElement[])] : [what as UIElement]
  if (roots.length === 0) throw new ValueError(`${where}: nothing to render`)
  const owner = roots[0]!.document
  if (owner != null || roots.some((r) => r.document != null)) {
    const sameDoc = roots.every((r) => r.document === owner)
    if (owner == null || !sameDoc || owner.roots.length !== roots.length || !owner.roots.every((r) => roots.includes(r as UIElement))) {
      throw new ValueError(`${where}: these models belong to a document with other roots; pass that Document instead`)
    }
    return { json: owner.toJSON(), rootIds: owner.roots.map((r) => r.id), models: [...owner.models.values()], title: owner.title }
  }
  const doc = new Document({ title: "" })
  for (const root of roots) doc.addRoot(root)
  try {
    return { json: doc.toJSON(), rootIds: roots.map((r) => r.id), models: [...doc.models.values()], title: "" }
  } finally {
    // leave the models free to join another document
    doc.clear()
  }
}

// Element and document ids derive from the model ids, so output is reproducible.
const elementId = (rootId: string) => `bk-root-${rootId}`
const docId = (rootIds: readonly string[]) => `bk-doc-${rootIds[0]}`

function embedScript(jsonScriptId: string, renderItems: unknown): string {
  return `    <script type="text/javascript">
      (function() {
        function embed() {
          const Bokeh = window.Bokeh;
          if (Bokeh === undefined) {
            console.error("BokehJS is not loaded: the document cannot be rendered");
            return;
          }
          Bokeh.safely(function() {
            const docs_json = document.getElementById(${scriptJson(jsonScriptId)}).textContent;
            Bokeh.embed.embed_items(docs_json, ${scriptJson(renderItems)});
          });
        }
        if (document.readyState !== "loading") embed();
        else document.addEventListener("DOMContentLoaded", embed, { once: true });
      })();
    </script>`
}

export interface FileHtmlOptions {
  // the page title (default: the Document's title, else "Bokeh Plot")
  readonly title?: string
  // where BokehJS comes from (default "cdn")
  readonly resources?: Resources
}

// A complete HTML page that renders the models (or a whole Document) with the pinned BokehJS.
export function fileHtml(what: UIElement | readonly UIElement[] | Document, options: FileHtmlOptions = {}): string {
  const { json, rootIds, models, title } = prepare(what, "fileHtml()")
  const docid = docId(rootIds)
  const roots = Object.fromEntries(rootIds.map((id) => [id, elementId(id)]))
  const renderItems = [{ docid, roots, root_ids: rootIds }]
  const divs = rootIds.map((id) => `    <div id="${escapeHtml(elementId(id))}" style="display: contents;"></div>`)
  const pageTitle = options.title ?? (title !== "" ? title : "Bokeh Plot")
  const jsonScriptId = `${docid}-json`
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(pageTitle)}</title>
    <style>
      html, body { box-sizing: border-box; display: flow-root; height: 100%; margin: 0; padding: 0; }
    </style>
${scriptTags(options.resources ?? "cdn", bundlesFor(models))}
  </head>
  <body>
${divs.join("\n")}
    <script type="application/json" id="${escapeHtml(jsonScriptId)}">${scriptJson({ [docid]: json })}</script>
${embedScript(jsonScriptId, renderItems)}
  </body>
</html>
`
}

// Writes fileHtml(...) to `path`.
export function save(what: UIElement | readonly UIElement[] | Document, path: string, options: FileHtmlOptions = {}): void {
  writeFileSync(path, fileHtml(what, options))
}

export interface JsonItem {
  readonly target_id: string | null
  readonly root_id: string
  readonly doc: DocJson
  readonly version: string
}

// One model as JSON for Bokeh.embed.embed_item(item, targetId) on any page that loads BokehJS
// (bundlesFor([model]) tells which bundles that page needs).
export function jsonItem(model: UIElement, target: string | null = null): JsonItem {
  const { json, rootIds } = prepare(model, "jsonItem()")
  return { target_id: target, root_id: rootIds[0]!, doc: { ...json, title: "" }, version: BOKEHJS_VERSION }
}

export interface Components {
  // a <script> that renders every model into its div; the page must load BokehJS itself
  readonly script: string
  // one <div> per model, in order
  readonly divs: string[]
}

// A script and one div per model, to place in a page of your own (Bokeh's components()).
export function components(models: UIElement | readonly UIElement[]): Components {
  const { json, rootIds } = prepare(models, "components()")
  const docid = docId(rootIds)
  const roots = Object.fromEntries(rootIds.map((id) => [id, elementId(id)]))
  const jsonScriptId = `${docid}-json`
  const script = `    <script type="application/json" id="${escapeHtml(jsonScriptId)}">${scriptJson({ [docid]: json })}</script>\n` +
    embedScript(jsonScriptId, [{ docid, roots, root_ids: rootIds }])
  return { script, divs: rootIds.map((id) => `<div id="${escapeHtml(elementId(id))}" style="display: contents;"></div>`) }
}
