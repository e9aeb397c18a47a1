// Gallery: legends inside and outside the plot, grouping, mute/hide policies, and categorical
// color and marker mapping with a categorical color bar.
import { ColumnDataSource, Legend, LegendItem } from "../../document/index.ts"
import { figure, type Figure } from "../figure.ts"
import { colorBar, factorCmap, factorMark } from "../mappers.ts"
import { Category10_3, Category10_4 } from "../palettes.ts"
import { linspace, map, normals, rng } from "./data.ts"

// Two renderers share one legend item (same legendLabel); click mutes (muted glyph alpha 0.2).
export function legendInside(): Figure {
  const x = linspace(0, 10, 40)
  const p = figure({ title: "Legend inside: click an item to mute it", width: 650, height: 400 })
  for (const [i, k] of [1, 2, 3].entries()) {
    const y = map(x, (v) => Math.sin(v / k) * k)
    const color = Category10_3[i]!
    p.line(x, y, { legendLabel: `sin(x/${k})·${k}`, color, lineWidth: 2, mutedAlpha: 0.1 })
    p.scatter(x, y, { legendLabel: `sin(x/${k})·${k}`, color, size: 6, mutedColor: "gray" })
  }
  p.legend.location = "bottom_right"
  p.legend.clickPolicy = "mute"
  p.legend.title = "curves"
  p.legend.backgroundFillAlpha = 0.6
  return p
}

// A legend placed outside, right of the plot, and a second hand-made legend above it.
export function legendOutside(): Figure {
  const random = rng(23)
  const p = figure({ title: "Legends outside the plot area", width: 720, height: 420 })
  p.addLayout(new Legend({ title: "series", location: "center", clickPolicy: "hide" }), "right")
  const renderers = ["alpha", "beta", "gamma", "delta"].map((name, i) => {
    const x = normals(random, 50, i * 2, 0.8)
    const y = normals(random, 50, i, 0.8)
    return p.scatter(x, y, { size: 9, color: Category10_4[i]!, alpha: 0.7, legendLabel: name, marker: "circle" })
  })
  const summary = new Legend({
    items: [new LegendItem({ label: { value: "first two" }, renderers: renderers.slice(0, 2) }), new LegendItem({ label: { value: "last two" }, renderers: renderers.slice(2) })],
    orientation: "horizontal", location: "center",
  })
  p.addLayout(summary, "above")
  return p
}

// factorCmap + factorMark by species, legend grouped per species, categorical color bar.
export function categoricalColorBar(): Figure {
  const random = rng(31)
  const species = ["setosa", "versicolor", "virginica"]
  const rows: { x: number; y: number; s: string }[] = []
  species.forEach((s, i) => {
    const xs = normals(random, 40, 5 + i * 1.2, 0.4)
    const ys = normals(random, 40, 3.2 - i * 0.3, 0.3)
    xs.forEach((x, k) => rows.push({ x, y: ys[k]!, s }))
  })
  const source = new ColumnDataSource({ data: { length: rows.map((r) => r.x), width: rows.map((r) => r.y), species: rows.map((r) => r.s) } })
  const p = figure({ title: "Categorical color and marker mapping", width: 700, height: 450, xAxisLabel: "petal length", yAxisLabel: "sepal width" })
  const r = p.scatter({
    x: "length", y: "width", source, size: 11, fillAlpha: 0.5, legendGroup: "species",
    color: factorCmap("species", "Category10_3", species), marker: factorMark("species", ["hex", "circle_x", "triangle"], species),
  })
  p.legend.location = "top_right"
  p.addLayout(colorBar(r, { title: "species" }), "right")
  return p
}
