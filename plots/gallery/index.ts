// The gallery: figures that exercise every glyph method, axis type, legend placement, color
// mapper and layout. Each entry builds fresh models from fixed data (seeded), so a run in a new
// process gives the same documents; the tests render every entry in BokehJS and Chromium, and
// the PNG renderer will use them as references.
import type { UIElement } from "../../document/index.ts"
import { areas, donut, pie, stackedAreas } from "./areas.ts"
import { datetimeAxis, logAxis, mathText, mercatorAxes, rangesAndAxes, stretchWidth } from "./axes.ts"
import { barsCategorical, dodgedBars, groupedBars, hbarSorted, hbarStack, histogramQuad, vbarStack } from "./bars.ts"
import { circles, lines, markers, multiLine, otherGlyphs, patches, segmentsAndRays, text } from "./basic.ts"
import { heatmap, hexTiles, image, imageRgba, imageStackAndUrl } from "./images.ts"
import { columnLayout, dataTable, gridplotLayout, rowLayout, widgetsLayout } from "./layouts.ts"
import { categoricalColorBar, legendInside, legendOutside } from "./legends.ts"

export interface GalleryEntry {
  readonly name: string
  readonly build: () => UIElement
}

export const GALLERY: readonly GalleryEntry[] = [
  { name: "lines", build: lines },
  { name: "markers", build: markers },
  { name: "circles", build: circles },
  { name: "text", build: text },
  { name: "segments_and_rays", build: segmentsAndRays },
  { name: "patches", build: patches },
  { name: "multi_line", build: multiLine },
  { name: "other_glyphs", build: otherGlyphs },
  { name: "bars_categorical", build: barsCategorical },
  { name: "hbar_sorted", build: hbarSorted },
  { name: "vbar_stack", build: vbarStack },
  { name: "hbar_stack", build: hbarStack },
  { name: "grouped_bars", build: groupedBars },
  { name: "dodged_bars", build: dodgedBars },
  { name: "histogram", build: histogramQuad },
  { name: "areas", build: areas },
  { name: "stacked_areas", build: stackedAreas },
  { name: "pie", build: pie },
  { name: "donut", build: donut },
  { name: "image", build: image },
  { name: "image_rgba", build: imageRgba },
  { name: "image_stack_and_url", build: imageStackAndUrl },
  { name: "heatmap", build: heatmap },
  { name: "hex_tiles", build: hexTiles },
  { name: "datetime_axis", build: datetimeAxis },
  { name: "log_axis", build: logAxis },
  { name: "ranges_and_axes", build: rangesAndAxes },
  { name: "mercator_axes", build: mercatorAxes },
  { name: "stretch_width", build: stretchWidth },
  { name: "math_text", build: mathText },
  { name: "legend_inside", build: legendInside },
  { name: "legend_outside", build: legendOutside },
  { name: "categorical_color_bar", build: categoricalColorBar },
  { name: "row", build: rowLayout },
  { name: "column", build: columnLayout },
  { name: "gridplot", build: gridplotLayout },
  { name: "widgets_layout", build: widgetsLayout },
  { name: "data_table", build: dataTable },
]
