// The glyph methods of a figure: p.line(…), p.vbar(…), … one per Bokeh glyph method, each
// taking positional values in Bokeh's order and/or an options object, and returning the new
// GlyphRenderer. The table below is the single list of methods, classes and positional names.
import {
  AnnularWedge, Annulus, Arc, Bezier, Block, Circle, Ellipse, Figure as BaseFigure, HArea, HAreaStep, HBar,
  HSpan, HStrip, HexTile, Image, ImageRGBA, ImageStack, ImageURL, Line, MathMLGlyph, MultiLine, MultiPolygons,
  Ngon, Patch, Patches, Quad, Quadratic, Ray, Rect, Scatter, Segment, Spline, Step, TeXGlyph, Text, VArea,
  VAreaStep, VBar, VSpan, VStrip, ValueError, Wedge,
  type GlyphRenderer,
} from "../document/index.ts"
import type { GlyphClass, GlyphMethod, GlyphOptions, RendererOf } from "./glyph_types.ts"
import { createRenderer, parseArgs } from "./renderer.ts"

const GLYPHS = {
  annularWedge: [AnnularWedge, ["x", "y", "innerRadius", "outerRadius", "startAngle", "endAngle", "direction"]],
  annulus: [Annulus, ["x", "y", "innerRadius", "outerRadius"]],
  arc: [Arc, ["x", "y", "radius", "startAngle", "endAngle", "direction"]],
  bezier: [Bezier, ["x0", "y0", "x1", "y1", "cx0", "cy0", "cx1", "cy1"]],
  block: [Block, ["x", "y", "width", "height"]],
  circle: [Circle, ["x", "y", "radius"]],
  ellipse: [Ellipse, ["x", "y", "width", "height", "angle"]],
  harea: [HArea, ["x1", "x2", "y"]],
  hareaStep: [HAreaStep, ["x1", "x2", "y"]],
  hbar: [HBar, ["y", "height", "right", "left"]],
  hexTile: [HexTile, ["q", "r"]],
  hspan: [HSpan, ["y"]],
  hstrip: [HStrip, ["y0", "y1"]],
  image: [Image, ["image", "x", "y", "dw", "dh", "dilate"]],
  imageRgba: [ImageRGBA, ["image", "x", "y", "dw", "dh", "dilate"]],
  imageStack: [ImageStack, ["image", "x", "y", "dw", "dh", "dilate"]],
  imageUrl: [ImageURL, ["url", "x", "y", "w", "h", "angle", "dilate"]],
  line: [Line, ["x", "y"]],
  mathml: [MathMLGlyph, ["x", "y", "text"]],
  multiLine: [MultiLine, ["xs", "ys"]],
  multiPolygons: [MultiPolygons, ["xs", "ys"]],
  ngon: [Ngon, ["x", "y", "radius"]],
  patch: [Patch, ["x", "y"]],
  patches: [Patches, ["xs", "ys"]],
  quad: [Quad, ["left", "right", "top", "bottom"]],
  quadratic: [Quadratic, ["x0", "y0", "x1", "y1", "cx", "cy"]],
  ray: [Ray, ["x", "y", "length", "angle"]],
  rect: [Rect, ["x", "y", "width", "height", "angle", "dilate"]],
  scatter: [Scatter, ["x", "y", "size", "angle", "marker"]],
  segment: [Segment, ["x0", "y0", "x1", "y1"]],
  spline: [Spline, ["x", "y"]],
  step: [Step, ["x", "y", "mode"]],
  tex: [TeXGlyph, ["x", "y", "text"]],
  text: [Text, ["x", "y", "text", "angle", "xOffset", "yOffset"]],
  varea: [VArea, ["x", "y1", "y2"]],
  vareaStep: [VAreaStep, ["x", "y1", "y2"]],
  vbar: [VBar, ["x", "width", "top", "bottom"]],
  vspan: [VSpan, ["x"]],
  vstrip: [VStrip, ["x0", "x1"]],
  wedge: [Wedge, ["x", "y", "radius", "startAngle", "endAngle", "direction"]],
} as const

type Glyphs = typeof GLYPHS
export type GlyphMethodName = keyof Glyphs
type GlyphMethods = { [K in GlyphMethodName]: GlyphMethod<Glyphs[K][0], Glyphs[K][1]> }

export const GLYPH_METHODS = Object.keys(GLYPHS) as GlyphMethodName[]

export function glyphClassOf(method: GlyphMethodName): GlyphClass {
  return GLYPHS[method][0] as unknown as GlyphClass
}

// Options of a glyph method, e.g. GlyphOptionsOf<"vbar">.
export type GlyphOptionsOf<M extends GlyphMethodName> = GlyphOptions<Glyphs[M][0]>
export type RendererOfMethod<M extends GlyphMethodName> = RendererOf<Glyphs[M][0]>

// Python Bokeh 3.4 turned circle(size=…) into scatter(size=…); say so rather than guess.
function checkCircle(options: Record<string, unknown>): void {
  if ("size" in options) {
    throw new ValueError("circle() takes a radius in data units; for screen-sized circles use scatter({ size, marker: \"circle\" })")
  }
}

export function callGlyphMethod(plot: GlyphAPI, method: GlyphMethodName, args: readonly unknown[]): GlyphRenderer {
  const [cls, positional] = GLYPHS[method]
  const where = `${method}()`
  const options = parseArgs(where, positional, args)
  if (method === "circle") checkCircle(options)
  return createRenderer(plot, cls as unknown as GlyphClass, options, { where })
}

// Declaration merging gives the class one typed method per table entry.
export interface GlyphAPI extends GlyphMethods {}
export class GlyphAPI extends BaseFigure {}

for (const method of GLYPH_METHODS) {
  Object.defineProperty(GlyphAPI.prototype, method, {
    configurable: true,
    writable: true,
    value(this: GlyphAPI, ...args: unknown[]) {
      return callGlyphMethod(this, method, args)
    },
  })
}
