// Gallery: images (scalar with a color mapper, RGBA), a heatmap of rects and hex tiles, each
// color-mapped figure with its ColorBar.
import { ColumnDataSource, EqHistColorMapper, LinearColorMapper, NDArray, WeightedStackColorMapper } from "../../document/index.ts"
import { figure, type Figure } from "../figure.ts"
import { colorBar, linearCmap } from "../mappers.ts"
import { Set1_3, Viridis256 } from "../palettes.ts"
import { normals, rng } from "./data.ts"

// image(): a 2-D scalar field through a LinearColorMapper, with its color bar on the right.
export function image(): Figure {
  const nx = 200, ny = 150
  const values = new Float64Array(nx * ny)
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const x = (i / nx) * 10, y = (j / ny) * 7.5
      values[j * nx + i] = Math.sin(x) * Math.cos(y) + 0.3 * Math.sin(x * y / 4)
    }
  }
  const p = figure({ title: "image() with a color bar", width: 640, height: 420, xRange: [0, 10], yRange: [0, 7.5], tooltips: [["x", "$x"], ["y", "$y"], ["value", "@image"]] })
  const mapper = new LinearColorMapper({ palette: Viridis256, low: -1.3, high: 1.3 })
  const r = p.image({ image: [new NDArray(values, [ny, nx])], x: 0, y: 0, dw: 10, dh: 7.5, colorMapper: mapper, level: "image" })
  p.addLayout(colorBar(r, { title: "value", width: 12 }), "right")
  p.grid.gridLineWidth = 0.5
  return p
}

// image_rgba(): pixels packed as 0xAABBGGRR in a Uint32Array (little-endian RGBA bytes).
export function imageRgba(): Figure {
  const n = 64
  const pixels = new Uint32Array(n * n)
  const bytes = new Uint8Array(pixels.buffer)
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = (j * n + i) * 4
      bytes[k] = Math.round((i / (n - 1)) * 255)
      bytes[k + 1] = Math.round((j / (n - 1)) * 255)
      bytes[k + 2] = 158
      bytes[k + 3] = 255
    }
  }
  const p = figure({ title: "image_rgba()", width: 450, height: 450, xRange: [0, 10], yRange: [0, 10] })
  p.imageRgba({ image: [new NDArray(pixels, [n, n])], x: 0, y: 0, dw: 10, dh: 10 })
  p.imageRgba({ image: [new NDArray(pixels, [n, n])], x: 6, y: 6, dw: 3, dh: 3, globalAlpha: 0.6 })
  return p
}

// rect() heatmap on two categorical axes, linear color map, color bar below.
export function heatmap(): Figure {
  const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  const hours = Array.from({ length: 12 }, (_, i) => `${i * 2}h`)
  const random = rng(3)
  const x: string[] = [], y: string[] = [], rate: number[] = []
  for (const day of days) {
    for (const [h, hour] of hours.entries()) {
      x.push(hour)
      y.push(day)
      rate.push(Math.round((Math.sin((h / 12) * Math.PI) * 40 + random() * 20 + (day === "Sat" || day === "Sun" ? 10 : 0)) * 10) / 10)
    }
  }
  const source = new ColumnDataSource({ data: { hour: x, day: y, rate } })
  const p = figure({ title: "Activity by day and hour", xRange: hours, yRange: [...days].reverse(), width: 700, height: 380, xAxisLocation: "above", tools: "hover,save", tooltips: [["when", "@day @hour"], ["rate", "@rate"]] })
  const r = p.rect({ x: "hour", y: "day", width: 1, height: 1, source, lineColor: null, fillColor: linearCmap("rate", "Inferno256", 0, 70) })
  p.addLayout(colorBar(r, { orientation: "horizontal", height: 10, location: [0, 0] as const, title: "rate" }), "below")
  p.axis.axisLineColor = null
  p.axis.majorTickLineColor = null
  p.grid.gridLineColor = null
  return p
}

// hexbin(): counts of seeded normal points in hexagons (hex_tile glyphs) and the color bar.
export function hexTiles(): Figure {
  const random = rng(21)
  const x = normals(random, 4000, 0, 1.5)
  const y = normals(random, 4000, 0, 1)
  const p = figure({ title: "hexbin()", width: 620, height: 480, matchAspect: true, backgroundFillColor: "#440154", tools: "wheel_zoom,reset,hover", tooltips: [["count", "@c"], ["(q, r)", "(@q, @r)"]] })
  const [r] = p.hexbin(x, y, 0.3, { palette: "Viridis256", hoverColor: "pink", hoverAlpha: 0.8 })
  p.addLayout(colorBar(r, { title: "count" }), "right")
  p.grid.visible = false
  return p
}

// image_stack(): three weighted layers blended by a WeightedStackColorMapper; image_url()
// drawing an inline SVG (a data: URL, so no network is needed).
export function imageStackAndUrl(): Figure {
  const nx = 60, ny = 40, layers = 3
  const stack = new Float64Array(ny * nx * layers)
  const centers = [[15, 12], [40, 28], [30, 10]]
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      centers.forEach(([cx, cy], k) => {
        stack[(j * nx + i) * layers + k] = Math.exp(-((i - cx!) ** 2 + (j - cy!) ** 2) / 120)
      })
    }
  }
  const mapper = new WeightedStackColorMapper({
    palette: Set1_3, nanColor: "#00000000",
    alphaMapper: new EqHistColorMapper({ palette: ["#00000000", "#000000ff"], rescaleDiscreteLevels: true }),
  })
  const p = figure({ title: "image_stack() and image_url()", width: 700, height: 420, xRange: [0, 90], yRange: [0, 40] })
  p.imageStack({ image: [new NDArray(stack, [ny, nx, layers])], x: 0, y: 0, dw: nx, dh: ny, colorMapper: mapper })
  const svg = "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='40'><circle cx='20' cy='20' r='18' fill='%23e6550d'/></svg>"
  p.imageUrl({ url: [`data:image/svg+xml;utf8,${svg}`], x: [65], y: [30], w: 20, h: 20, anchor: "top_left" })
  return p
}
