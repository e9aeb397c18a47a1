// The small figure the benchmark apps show (a line on their source, axes, grid, the default
// tools), built from raw models so that bench/apps stay independent of the plotting API. It
// matches Python's `figure(width=600, height=300)` with one line closely enough that a session
// weighs about what a typical Bokeh session weighs.
import {
  BoxZoomTool, type ColumnDataSource, DataRange1d, GlyphRenderer, Grid, HelpTool, Line, LinearAxis,
  PanTool, Plot, ResetTool, SaveTool, Title, Toolbar, WheelZoomTool,
} from "../../document/index.ts"

export function linePlot(source: ColumnDataSource, x: string, y: string, title: string): Plot {
  const xAxis = new LinearAxis()
  const yAxis = new LinearAxis()
  return new Plot({
    title: new Title({ text: title }),
    width: 600,
    height: 300,
    xRange: new DataRange1d(),
    yRange: new DataRange1d(),
    below: [xAxis],
    left: [yAxis],
    center: [new Grid({ dimension: 0, axis: xAxis }), new Grid({ dimension: 1, axis: yAxis })],
    renderers: [new GlyphRenderer({ dataSource: source, glyph: new Line({ x, y, lineColor: "#1f77b4" }) })],
    toolbar: new Toolbar({
      tools: [new PanTool(), new WheelZoomTool(), new BoxZoomTool(), new SaveTool(), new ResetTool(), new HelpTool()],
    }),
  })
}
