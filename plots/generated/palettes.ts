// Generated from @bokeh/bokehjs 3.10.0 (build/js/lib/api/palettes.js) by plots/generate_palettes.ts.
// Do not edit by hand: regenerate with `npm run palettes`.
// The color data comes from matplotlib (CC0), ColorBrewer (Apache-2.0), D3 (BSD-3-Clause) and
// Paul Tol (BSD-3-Clause); their notices are at the end of that BokehJS file.

export type Palette = readonly string[]
// one palette per size, keyed by its number of colors
export type PaletteGroup = Readonly<Record<number, Palette>>

export const YlGn3: Palette = ["#31a354", "#addd8e", "#f7fcb9"]
export const YlGn4: Palette = ["#238443", "#78c679", "#c2e699", "#ffffcc"]
export const YlGn5: Palette = ["#6837ff", "#31a354", "#78c679", "#c2e699", "#ffffcc"]
export const YlGn6: Palette = ["#6837ff", "#31a354", "#78c679", "#addd8e", "#d9f0a3", "#ffffcc"]
export const YlGn7: Palette = ["#5a32ff", "#238443", "#41ab5d", "#78c679", "#addd8e", "#d9f0a3", "#ffffcc"]
export const YlGn8: Palette = ["#5a32ff", "#238443", "#41ab5d", "#78c679", "#addd8e", "#d9f0a3", "#f7fcb9", "#ffffe5"]
export const YlGn9: Palette = ["#4529ff", "#6837ff", "#238443", "#41ab5d", "#78c679", "#addd8e", "#d9f0a3", "#f7fcb9", "#ffffe5"]
export const YlGnBu3: Palette = ["#2c7fb8", "#7fcdbb", "#edf8b1"]
export const YlGnBu4: Palette = ["#225ea8", "#41b6c4", "#a1dab4", "#ffffcc"]
export const YlGnBu5: Palette = ["#253494", "#2c7fb8", "#41b6c4", "#a1dab4", "#ffffcc"]
export const YlGnBu6: Palette = ["#253494", "#2c7fb8", "#41b6c4", "#7fcdbb", "#c7e9b4", "#ffffcc"]
export const YlGnBu7: Palette = ["#0c2c84", "#225ea8", "#1d91c0", "#41b6c4", "#7fcdbb", "#c7e9b4", "#ffffcc"]
export const YlGnBu8: Palette = ["#0c2c84", "#225ea8", "#1d91c0", "#41b6c4", "#7fcdbb", "#c7e9b4", "#edf8b1", "#ffffd9"]
export const YlGnBu9: Palette = ["#081d58", "#253494", "#225ea8", "#1d91c0", "#41b6c4", "#7fcdbb", "#c7e9b4", "#edf8b1", "#ffffd9"]
export const GnBu3: Palette = ["#43a2ca", "#a8ddb5", "#e0f3db"]
export const GnBu4: Palette = ["#2b8cbe", "#7bccc4", "#bae4bc", "#f0f9e8"]
export const GnBu5: Palette = ["#0868ac", "#43a2ca", "#7bccc4", "#bae4bc", "#f0f9e8"]
export const GnBu6: Palette = ["#0868ac", "#43a2ca", "#7bccc4", "#a8ddb5", "#ccebc5", "#f0f9e8"]
export const GnBu7: Palette = ["#08589e", "#2b8cbe", "#4eb3d3", "#7bccc4", "#a8ddb5", "#ccebc5", "#f0f9e8"]
export const GnBu8: Palette = ["#08589e", "#2b8cbe", "#4eb3d3", "#7bccc4", "#a8ddb5", "#ccebc5", "#e0f3db", "#f7fcf0"]
export const GnBu9: Palette = ["#084081", "#0868ac", "#2b8cbe", "#4eb3d3", "#7bccc4", "#a8ddb5", "#ccebc5", "#e0f3db", "#f7fcf0"]
export const BuGn3: Palette = ["#2ca25f", "#99d8c9", "#e5f5f9"]
export const BuGn4: Palette = ["#238b45", "#66c2a4", "#b2e2e2", "#edf8fb"]
export const BuGn5: Palette = ["#6d2cff", "#2ca25f", "#66c2a4", "#b2e2e2", "#edf8fb"]
export const BuGn6: Palette = ["#6d2cff", "#2ca25f", "#66c2a4", "#99d8c9", "#ccece6", "#edf8fb"]
export const BuGn7: Palette = ["#5824ff", "#238b45", "#41ae76", "#66c2a4", "#99d8c9", "#ccece6", "#edf8fb"]
export const BuGn8: Palette = ["#5824ff", "#238b45", "#41ae76", "#66c2a4", "#99d8c9", "#ccece6", "#e5f5f9", "#f7fcfd"]
export const BuGn9: Palette = ["#441bff", "#6d2cff", "#238b45", "#41ae76", "#66c2a4", "#99d8c9", "#ccece6", "#e5f5f9", "#f7fcfd"]
export const PuBuGn3: Palette = ["#1c9099", "#a6bddb", "#ece2f0"]
export const PuBuGn4: Palette = ["#02818a", "#67a9cf", "#bdc9e1", "#f6eff7"]
export const PuBuGn5: Palette = ["#016c59", "#1c9099", "#67a9cf", "#bdc9e1", "#f6eff7"]
export const PuBuGn6: Palette = ["#016c59", "#1c9099", "#67a9cf", "#a6bddb", "#d0d1e6", "#f6eff7"]
export const PuBuGn7: Palette = ["#016450", "#02818a", "#3690c0", "#67a9cf", "#a6bddb", "#d0d1e6", "#f6eff7"]
export const PuBuGn8: Palette = ["#016450", "#02818a", "#3690c0", "#67a9cf", "#a6bddb", "#d0d1e6", "#ece2f0", "#fff7fb"]
export const PuBuGn9: Palette = ["#014636", "#016c59", "#02818a", "#3690c0", "#67a9cf", "#a6bddb", "#d0d1e6", "#ece2f0", "#fff7fb"]
export const PuBu3: Palette = ["#2b8cbe", "#a6bddb", "#ece7f2"]
export const PuBu4: Palette = ["#0570b0", "#74a9cf", "#bdc9e1", "#f1eef6"]
export const PuBu5: Palette = ["#045a8d", "#2b8cbe", "#74a9cf", "#bdc9e1", "#f1eef6"]
export const PuBu6: Palette = ["#045a8d", "#2b8cbe", "#74a9cf", "#a6bddb", "#d0d1e6", "#f1eef6"]
export const PuBu7: Palette = ["#034e7b", "#0570b0", "#3690c0", "#74a9cf", "#a6bddb", "#d0d1e6", "#f1eef6"]
export const PuBu8: Palette = ["#034e7b", "#0570b0", "#3690c0", "#74a9cf", "#a6bddb", "#d0d1e6", "#ece7f2", "#fff7fb"]
export const PuBu9: Palette = ["#023858", "#045a8d", "#0570b0", "#3690c0", "#74a9cf", "#a6bddb", "#d0d1e6", "#ece7f2", "#fff7fb"]
export const BuPu3: Palette = ["#8856a7", "#9ebcda", "#e0ecf4"]
export const BuPu4: Palette = ["#88419d", "#8c96c6", "#b3cde3", "#edf8fb"]
export const BuPu5: Palette = ["#810f7c", "#8856a7", "#8c96c6", "#b3cde3", "#edf8fb"]
export const BuPu6: Palette = ["#810f7c", "#8856a7", "#8c96c6", "#9ebcda", "#bfd3e6", "#edf8fb"]
export const BuPu7: Palette = ["#6e016b", "#88419d", "#8c6bb1", "#8c96c6", "#9ebcda", "#bfd3e6", "#edf8fb"]
export const BuPu8: Palette = ["#6e016b", "#88419d", "#8c6bb1", "#8c96c6", "#9ebcda", "#bfd3e6", "#e0ecf4", "#f7fcfd"]
export const BuPu9: Palette = ["#4d004b", "#810f7c", "#88419d", "#8c6bb1", "#8c96c6", "#9ebcda", "#bfd3e6", "#e0ecf4", "#f7fcfd"]
export const RdPu3: Palette = ["#c51b8a", "#fa9fb5", "#fde0dd"]
export const RdPu4: Palette = ["#ae017e", "#f768a1", "#fbb4b9", "#feebe2"]
export const RdPu5: Palette = ["#7a0177", "#c51b8a", "#f768a1", "#fbb4b9", "#feebe2"]
export const RdPu6: Palette = ["#7a0177", "#c51b8a", "#f768a1", "#fa9fb5", "#fcc5c0", "#feebe2"]
export const RdPu7: Palette = ["#7a0177", "#ae017e", "#dd3497", "#f768a1", "#fa9fb5", "#fcc5c0", "#feebe2"]
export const RdPu8: Palette = ["#7a0177", "#ae017e", "#dd3497", "#f768a1", "#fa9fb5", "#fcc5c0", "#fde0dd", "#fff7f3"]
export const RdPu9: Palette = ["#49006a", "#7a0177", "#ae017e", "#dd3497", "#f768a1", "#fa9fb5", "#fcc5c0", "#fde0dd", "#fff7f3"]
export const PuRd3: Palette = ["#dd1c77", "#c994c7", "#e7e1ef"]
export const PuRd4: Palette = ["#ce1256", "#df65b0", "#d7b5d8", "#f1eef6"]
export const PuRd5: Palette = ["#980043", "#dd1c77", "#df65b0", "#d7b5d8", "#f1eef6"]
export const PuRd6: Palette = ["#980043", "#dd1c77", "#df65b0", "#c994c7", "#d4b9da", "#f1eef6"]
export const PuRd7: Palette = ["#91003f", "#ce1256", "#e7298a", "#df65b0", "#c994c7", "#d4b9da", "#f1eef6"]
export const PuRd8: Palette = ["#91003f", "#ce1256", "#e7298a", "#df65b0", "#c994c7", "#d4b9da", "#e7e1ef", "#f7f4f9"]
export const PuRd9: Palette = ["#67001f", "#980043", "#ce1256", "#e7298a", "#df65b0", "#c994c7", "#d4b9da", "#e7e1ef", "#f7f4f9"]
export const OrRd3: Palette = ["#e34a33", "#fdbb84", "#fee8c8"]
export const OrRd4: Palette = ["#d7301f", "#fc8d59", "#fdcc8a", "#fef0d9"]
export const OrRd5: Palette = ["#b30000", "#e34a33", "#fc8d59", "#fdcc8a", "#fef0d9"]
export const OrRd6: Palette = ["#b30000", "#e34a33", "#fc8d59", "#fdbb84", "#fdd49e", "#fef0d9"]
export const OrRd7: Palette = ["#990000", "#d7301f", "#ef6548", "#fc8d59", "#fdbb84", "#fdd49e", "#fef0d9"]
export const OrRd8: Palette = ["#990000", "#d7301f", "#ef6548", "#fc8d59", "#fdbb84", "#fdd49e", "#fee8c8", "#fff7ec"]
export const OrRd9: Palette = ["#7f0000", "#b30000", "#d7301f", "#ef6548", "#fc8d59", "#fdbb84", "#fdd49e", "#fee8c8", "#fff7ec"]
export const YlOrRd3: Palette = ["#f03b20", "#feb24c", "#ffeda0"]
export const YlOrRd4: Palette = ["#e31a1c", "#fd8d3c", "#fecc5c", "#ffffb2"]
export const YlOrRd5: Palette = ["#bd0026", "#f03b20", "#fd8d3c", "#fecc5c", "#ffffb2"]
export const YlOrRd6: Palette = ["#bd0026", "#f03b20", "#fd8d3c", "#feb24c", "#fed976", "#ffffb2"]
export const YlOrRd7: Palette = ["#b10026", "#e31a1c", "#fc4e2a", "#fd8d3c", "#feb24c", "#fed976", "#ffffb2"]
export const YlOrRd8: Palette = ["#b10026", "#e31a1c", "#fc4e2a", "#fd8d3c", "#feb24c", "#fed976", "#ffeda0", "#ffffcc"]
export const YlOrRd9: Palette = ["#800026", "#bd0026", "#e31a1c", "#fc4e2a", "#fd8d3c", "#feb24c", "#fed976", "#ffeda0", "#ffffcc"]
export const YlOrBr3: Palette = ["#d95f0e", "#fec44f", "#fff7bc"]
export const YlOrBr4: Palette = ["#cc4c02", "#fe9929", "#fed98e", "#ffffd4"]
export const YlOrBr5: Palette = ["#993404", "#d95f0e", "#fe9929", "#fed98e", "#ffffd4"]
export const YlOrBr6: Palette = ["#993404", "#d95f0e", "#fe9929", "#fec44f", "#fee391", "#ffffd4"]
export const YlOrBr7: Palette = ["#8c2d04", "#cc4c02", "#ec7014", "#fe9929", "#fec44f", "#fee391", "#ffffd4"]
export const YlOrBr8: Palette = ["#8c2d04", "#cc4c02", "#ec7014", "#fe9929", "#fec44f", "#fee391", "#fff7bc", "#ffffe5"]
export const YlOrBr9: Palette = ["#662506", "#993404", "#cc4c02", "#ec7014", "#fe9929", "#fec44f", "#fee391", "#fff7bc", "#ffffe5"]
export const Purples3: Palette = ["#756bb1", "#bcbddc", "#efedf5"]
export const Purples4: Palette = ["#6a51a3", "#9e9ac8", "#cbc9e2", "#f2f0f7"]
export const Purples5: Palette = ["#54278f", "#756bb1", "#9e9ac8", "#cbc9e2", "#f2f0f7"]
export const Purples6: Palette = ["#54278f", "#756bb1", "#9e9ac8", "#bcbddc", "#dadaeb", "#f2f0f7"]
export const Purples7: Palette = ["#4a1486", "#6a51a3", "#807dba", "#9e9ac8", "#bcbddc", "#dadaeb", "#f2f0f7"]
export const Purples8: Palette = ["#4a1486", "#6a51a3", "#807dba", "#9e9ac8", "#bcbddc", "#dadaeb", "#efedf5", "#fcfbfd"]
export const Purples9: Palette = ["#3f007d", "#54278f", "#6a51a3", "#807dba", "#9e9ac8", "#bcbddc", "#dadaeb", "#efedf5", "#fcfbfd"]
export const Blues3: Palette = ["#3182bd", "#9ecae1", "#deebf7"]
export const Blues4: Palette = ["#2171b5", "#6baed6", "#bdd7e7", "#eff3ff"]
export const Blues5: Palette = ["#08519c", "#3182bd", "#6baed6", "#bdd7e7", "#eff3ff"]
export const Blues6: Palette = ["#08519c", "#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#eff3ff"]
export const Blues7: Palette = ["#084594", "#2171b5", "#4292c6", "#6baed6", "#9ecae1", "#c6dbef", "#eff3ff"]
export const Blues8: Palette = ["#084594", "#2171b5", "#4292c6", "#6baed6", "#9ecae1", "#c6dbef", "#deebf7", "#f7fbff"]
export const Blues9: Palette = ["#08306b", "#08519c", "#2171b5", "#4292c6", "#6baed6", "#9ecae1", "#c6dbef", "#deebf7", "#f7fbff"]
export const Greens3: Palette = ["#31a354", "#a1d99b", "#e5f5e0"]
export const Greens4: Palette = ["#238b45", "#74c476", "#bae4b3", "#edf8e9"]
export const Greens5: Palette = ["#6d2cff", "#31a354", "#74c476", "#bae4b3", "#edf8e9"]
export const Greens6: Palette = ["#6d2cff", "#31a354", "#74c476", "#a1d99b", "#c7e9c0", "#edf8e9"]
export const Greens7: Palette = ["#5a32ff", "#238b45", "#41ab5d", "#74c476", "#a1d99b", "#c7e9c0", "#edf8e9"]
export const Greens8: Palette = ["#5a32ff", "#238b45", "#41ab5d", "#74c476", "#a1d99b", "#c7e9c0", "#e5f5e0", "#f7fcf5"]
export const Greens9: Palette = ["#441bff", "#6d2cff", "#238b45", "#41ab5d", "#74c476", "#a1d99b", "#c7e9c0", "#e5f5e0", "#f7fcf5"]
export const Oranges3: Palette = ["#e6550d", "#fdae6b", "#fee6ce"]
export const Oranges4: Palette = ["#d94701", "#fd8d3c", "#fdbe85", "#feedde"]
export const Oranges5: Palette = ["#a63603", "#e6550d", "#fd8d3c", "#fdbe85", "#feedde"]
export const Oranges6: Palette = ["#a63603", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#feedde"]
export const Oranges7: Palette = ["#8c2d04", "#d94801", "#f16913", "#fd8d3c", "#fdae6b", "#fdd0a2", "#feedde"]
export const Oranges8: Palette = ["#8c2d04", "#d94801", "#f16913", "#fd8d3c", "#fdae6b", "#fdd0a2", "#fee6ce", "#fff5eb"]
export const Oranges9: Palette = ["#7f2704", "#a63603", "#d94801", "#f16913", "#fd8d3c", "#fdae6b", "#fdd0a2", "#fee6ce", "#fff5eb"]
export const Reds3: Palette = ["#de2d26", "#fc9272", "#fee0d2"]
export const Reds4: Palette = ["#cb181d", "#fb6a4a", "#fcae91", "#fee5d9"]
export const Reds5: Palette = ["#a50f15", "#de2d26", "#fb6a4a", "#fcae91", "#fee5d9"]
export const Reds6: Palette = ["#a50f15", "#de2d26", "#fb6a4a", "#fc9272", "#fcbba1", "#fee5d9"]
export const Reds7: Palette = ["#99000d", "#cb181d", "#ef3b2c", "#fb6a4a", "#fc9272", "#fcbba1", "#fee5d9"]
export const Reds8: Palette = ["#99000d", "#cb181d", "#ef3b2c", "#fb6a4a", "#fc9272", "#fcbba1", "#fee0d2", "#fff5f0"]
export const Reds9: Palette = ["#67000d", "#a50f15", "#cb181d", "#ef3b2c", "#fb6a4a", "#fc9272", "#fcbba1", "#fee0d2", "#fff5f0"]
export const Greys3: Palette = ["#636363", "#bdbdbd", "#f0f0f0"]
export const Greys4: Palette = ["#525252", "#969696", "#cccccc", "#f7f7f7"]
export const Greys5: Palette = ["#252525", "#636363", "#969696", "#cccccc", "#f7f7f7"]
export const Greys6: Palette = ["#252525", "#636363", "#969696", "#bdbdbd", "#d9d9d9", "#f7f7f7"]
export const Greys7: Palette = ["#252525", "#525252", "#737373", "#969696", "#bdbdbd", "#d9d9d9", "#f7f7f7"]
export const Greys8: Palette = ["#252525", "#525252", "#737373", "#969696", "#bdbdbd", "#d9d9d9", "#f0f0f0", "#ffffff"]
export const Greys9: Palette = ["#0000ff", "#252525", "#525252", "#737373", "#969696", "#bdbdbd", "#d9d9d9", "#f0f0f0", "#ffffff"]
export const Greys10: Palette = ["#0000ff", "#1c1c1c", "#383838", "#555555", "#717171", "#8d8d8d", "#aaaaaa", "#c6c6c6", "#e2e2e2", "#ffffff"]
export const Greys11: Palette = ["#0000ff", "#191919", "#333333", "#4c4c4c", "#666666", "#7f7f7f", "#999999", "#b2b2b2", "#cccccc", "#e5e5e5", "#ffffff"]
export const Greys256: Palette = ["#0000ff", "#010101", "#020202", "#030303", "#040404", "#050505", "#060606", "#070707", "#080808", "#090909", "#0a0a0a", "#0b0b0b", "#0c0c0c", "#0d0d0d", "#0e0e0e", "#0f0f0f", "#101010", "#111111", "#121212", "#131313", "#141414", "#151515", "#161616", "#171717", "#181818", "#191919", "#1a1a1a", "#1b1b1b", "#1c1c1c", "#1d1d1d", "#1e1e1e", "#1f1f1f", "#202020", "#212121", "#222222", "#232323", "#242424", "#252525", "#262626", "#272727", "#282828", "#292929", "#2a2a2a", "#2b2b2b", "#2c2c2c", "#2d2d2d", "#2e2e2e", "#2f2f2f", "#303030", "#313131", "#323232", "#333333", "#343434", "#353535", "#363636", "#373737", "#383838", "#393939", "#3a3a3a", "#3b3b3b", "#3c3c3c", "#3d3d3d", "#3e3e3e", "#3f3f3f", "#404040", "#414141", "#424242", "#434343", "#444444", "#454545", "#464646", "#474747", "#484848", "#494949", "#4a4a4a", "#4b4b4b", "#4c4c4c", "#4d4d4d", "#4e4e4e", "#4f4f4f", "#505050", "#515151", "#525252", "#535353", "#545454", "#555555", "#565656", "#575757", "#585858", "#595959", "#5a5a5a", "#5b5b5b", "#5c5c5c", "#5d5d5d", "#5e5e5e", "#5f5f5f", "#606060", "#616161", "#626262", "#636363", "#646464", "#656565", "#666666", "#676767", "#686868", "#696969", "#6a6a6a", "#6b6b6b", "#6c6c6c", "#6d6d6d", "#6e6e6e", "#6f6f6f", "#707070", "#717171", "#727272", "#737373", "#747474", "#757575", "#767676", "#777777", "#787878", "#797979", "#7a7a7a", "#7b7b7b", "#7c7c7c", "#7d7d7d", "#7e7e7e", "#7f7f7f", "#808080", "#818181", "#828282", "#838383", "#848484", "#858585", "#868686", "#878787", "#888888", "#898989", "#8a8a8a", "#8b8b8b", "#8c8c8c", "#8d8d8d", "#8e8e8e", "#8f8f8f", "#909090", "#919191", "#929292", "#939393", "#949494", "#959595", "#969696", "#979797", "#989898", "#999999", "#9a9a9a", "#9b9b9b", "#9c9c9c", "#9d9d9d", "#9e9e9e", "#9f9f9f", "#a0a0a0", "#a1a1a1", "#a2a2a2", "#a3a3a3", "#a4a4a4", "#a5a5a5", "#a6a6a6", "#a7a7a7", "#a8a8a8", "#a9a9a9", "#aaaaaa", "#ababab", "#acacac", "#adadad", "#aeaeae", "#afafaf", "#b0b0b0", "#b1b1b1", "#b2b2b2", "#b3b3b3", "#b4b4b4", "#b5b5b5", "#b6b6b6", "#b7b7b7", "#b8b8b8", "#b9b9b9", "#bababa", "#bbbbbb", "#bcbcbc", "#bdbdbd", "#bebebe", "#bfbfbf", "#c0c0c0", "#c1c1c1", "#c2c2c2", "#c3c3c3", "#c4c4c4", "#c5c5c5", "#c6c6c6", "#c7c7c7", "#c8c8c8", "#c9c9c9", "#cacaca", "#cbcbcb", "#cccccc", "#cdcdcd", "#cecece", "#cfcfcf", "#d0d0d0", "#d1d1d1", "#d2d2d2", "#d3d3d3", "#d4d4d4", "#d5d5d5", "#d6d6d6", "#d7d7d7", "#d8d8d8", "#d9d9d9", "#dadada", "#dbdbdb", "#dcdcdc", "#dddddd", "#dedede", "#dfdfdf", "#e0e0e0", "#e1e1e1", "#e2e2e2", "#e3e3e3", "#e4e4e4", "#e5e5e5", "#e6e6e6", "#e7e7e7", "#e8e8e8", "#e9e9e9", "#eaeaea", "#ebebeb", "#ececec", "#ededed", "#eeeeee", "#efefef", "#f0f0f0", "#f1f1f1", "#f2f2f2", "#f3f3f3", "#f4f4f4", "#f5f5f5", "#f6f6f6", "#f7f7f7", "#f8f8f8", "#f9f9f9", "#fafafa", "#fbfbfb", "#fcfcfc", "#fdfdfd", "#fefefe", "#ffffff"]
export const PuOr3: Palette = ["#998ec3", "#f7f7f7", "#f1a340"]
export const PuOr4: Palette = ["#5e3c99", "#b2abd2", "#fdb863", "#e66101"]
export const PuOr5: Palette = ["#5e3c99", "#b2abd2", "#f7f7f7", "#fdb863", "#e66101"]
export const PuOr6: Palette = ["#542788", "#998ec3", "#d8daeb", "#fee0b6", "#f1a340", "#b35806"]
export const PuOr7: Palette = ["#542788", "#998ec3", "#d8daeb", "#f7f7f7", "#fee0b6", "#f1a340", "#b35806"]
export const PuOr8: Palette = ["#542788", "#8073ac", "#b2abd2", "#d8daeb", "#fee0b6", "#fdb863", "#e08214", "#b35806"]
export const PuOr9: Palette = ["#542788", "#8073ac", "#b2abd2", "#d8daeb", "#f7f7f7", "#fee0b6", "#fdb863", "#e08214", "#b35806"]
export const PuOr10: Palette = ["#2d004b", "#542788", "#8073ac", "#b2abd2", "#d8daeb", "#fee0b6", "#fdb863", "#e08214", "#b35806", "#7f3b08"]
export const PuOr11: Palette = ["#2d004b", "#542788", "#8073ac", "#b2abd2", "#d8daeb", "#f7f7f7", "#fee0b6", "#fdb863", "#e08214", "#b35806", "#7f3b08"]
export const BrBG3: Palette = ["#5ab4ac", "#f5f5f5", "#d8b365"]
export const BrBG4: Palette = ["#018571", "#80cdc1", "#dfc27d", "#a6611a"]
export const BrBG5: Palette = ["#018571", "#80cdc1", "#f5f5f5", "#dfc27d", "#a6611a"]
export const BrBG6: Palette = ["#01665e", "#5ab4ac", "#c7eae5", "#f6e8c3", "#d8b365", "#8c510a"]
export const BrBG7: Palette = ["#01665e", "#5ab4ac", "#c7eae5", "#f5f5f5", "#f6e8c3", "#d8b365", "#8c510a"]
export const BrBG8: Palette = ["#01665e", "#35978f", "#80cdc1", "#c7eae5", "#f6e8c3", "#dfc27d", "#bf812d", "#8c510a"]
export const BrBG9: Palette = ["#01665e", "#35978f", "#80cdc1", "#c7eae5", "#f5f5f5", "#f6e8c3", "#dfc27d", "#bf812d", "#8c510a"]
export const BrBG10: Palette = ["#3c30ff", "#01665e", "#35978f", "#80cdc1", "#c7eae5", "#f6e8c3", "#dfc27d", "#bf812d", "#8c510a", "#543005"]
export const BrBG11: Palette = ["#3c30ff", "#01665e", "#35978f", "#80cdc1", "#c7eae5", "#f5f5f5", "#f6e8c3", "#dfc27d", "#bf812d", "#8c510a", "#543005"]
export const PRGn3: Palette = ["#7fbf7b", "#f7f7f7", "#af8dc3"]
export const PRGn4: Palette = ["#8837ff", "#a6dba0", "#c2a5cf", "#7b3294"]
export const PRGn5: Palette = ["#8837ff", "#a6dba0", "#f7f7f7", "#c2a5cf", "#7b3294"]
export const PRGn6: Palette = ["#1b7837", "#7fbf7b", "#d9f0d3", "#e7d4e8", "#af8dc3", "#762a83"]
export const PRGn7: Palette = ["#1b7837", "#7fbf7b", "#d9f0d3", "#f7f7f7", "#e7d4e8", "#af8dc3", "#762a83"]
export const PRGn8: Palette = ["#1b7837", "#5aae61", "#a6dba0", "#d9f0d3", "#e7d4e8", "#c2a5cf", "#9970ab", "#762a83"]
export const PRGn9: Palette = ["#1b7837", "#5aae61", "#a6dba0", "#d9f0d3", "#f7f7f7", "#e7d4e8", "#c2a5cf", "#9970ab", "#762a83"]
export const PRGn10: Palette = ["#441bff", "#1b7837", "#5aae61", "#a6dba0", "#d9f0d3", "#e7d4e8", "#c2a5cf", "#9970ab", "#762a83", "#40004b"]
export const PRGn11: Palette = ["#441bff", "#1b7837", "#5aae61", "#a6dba0", "#d9f0d3", "#f7f7f7", "#e7d4e8", "#c2a5cf", "#9970ab", "#762a83", "#40004b"]
export const PiYG3: Palette = ["#a1d76a", "#f7f7f7", "#e9a3c9"]
export const PiYG4: Palette = ["#4dac26", "#b8e186", "#f1b6da", "#d01c8b"]
export const PiYG5: Palette = ["#4dac26", "#b8e186", "#f7f7f7", "#f1b6da", "#d01c8b"]
export const PiYG6: Palette = ["#4d9221", "#a1d76a", "#e6f5d0", "#fde0ef", "#e9a3c9", "#c51b7d"]
export const PiYG7: Palette = ["#4d9221", "#a1d76a", "#e6f5d0", "#f7f7f7", "#fde0ef", "#e9a3c9", "#c51b7d"]
export const PiYG8: Palette = ["#4d9221", "#7fbc41", "#b8e186", "#e6f5d0", "#fde0ef", "#f1b6da", "#de77ae", "#c51b7d"]
export const PiYG9: Palette = ["#4d9221", "#7fbc41", "#b8e186", "#e6f5d0", "#f7f7f7", "#fde0ef", "#f1b6da", "#de77ae", "#c51b7d"]
export const PiYG10: Palette = ["#276419", "#4d9221", "#7fbc41", "#b8e186", "#e6f5d0", "#fde0ef", "#f1b6da", "#de77ae", "#c51b7d", "#8e0152"]
export const PiYG11: Palette = ["#276419", "#4d9221", "#7fbc41", "#b8e186", "#e6f5d0", "#f7f7f7", "#fde0ef", "#f1b6da", "#de77ae", "#c51b7d", "#8e0152"]
export const RdBu3: Palette = ["#67a9cf", "#f7f7f7", "#ef8a62"]
export const RdBu4: Palette = ["#0571b0", "#92c5de", "#f4a582", "#ca0020"]
export const RdBu5: Palette = ["#0571b0", "#92c5de", "#f7f7f7", "#f4a582", "#ca0020"]
export const RdBu6: Palette = ["#2166ac", "#67a9cf", "#d1e5f0", "#fddbc7", "#ef8a62", "#b2182b"]
export const RdBu7: Palette = ["#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b"]
export const RdBu8: Palette = ["#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#fddbc7", "#f4a582", "#d6604d", "#b2182b"]
export const RdBu9: Palette = ["#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582", "#d6604d", "#b2182b"]
export const RdBu10: Palette = ["#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f"]
export const RdBu11: Palette = ["#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f"]
export const RdGy3: Palette = ["#999999", "#ffffff", "#ef8a62"]
export const RdGy4: Palette = ["#404040", "#bababa", "#f4a582", "#ca0020"]
export const RdGy5: Palette = ["#404040", "#bababa", "#ffffff", "#f4a582", "#ca0020"]
export const RdGy6: Palette = ["#4d4d4d", "#999999", "#e0e0e0", "#fddbc7", "#ef8a62", "#b2182b"]
export const RdGy7: Palette = ["#4d4d4d", "#999999", "#e0e0e0", "#ffffff", "#fddbc7", "#ef8a62", "#b2182b"]
export const RdGy8: Palette = ["#4d4d4d", "#878787", "#bababa", "#e0e0e0", "#fddbc7", "#f4a582", "#d6604d", "#b2182b"]
export const RdGy9: Palette = ["#4d4d4d", "#878787", "#bababa", "#e0e0e0", "#ffffff", "#fddbc7", "#f4a582", "#d6604d", "#b2182b"]
export const RdGy10: Palette = ["#1a1a1a", "#4d4d4d", "#878787", "#bababa", "#e0e0e0", "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f"]
export const RdGy11: Palette = ["#1a1a1a", "#4d4d4d", "#878787", "#bababa", "#e0e0e0", "#ffffff", "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f"]
export const RdYlBu3: Palette = ["#91bfdb", "#ffffbf", "#fc8d59"]
export const RdYlBu4: Palette = ["#2c7bb6", "#abd9e9", "#fdae61", "#d7191c"]
export const RdYlBu5: Palette = ["#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c"]
export const RdYlBu6: Palette = ["#4575b4", "#91bfdb", "#e0f3f8", "#fee090", "#fc8d59", "#d73027"]
export const RdYlBu7: Palette = ["#4575b4", "#91bfdb", "#e0f3f8", "#ffffbf", "#fee090", "#fc8d59", "#d73027"]
export const RdYlBu8: Palette = ["#4575b4", "#74add1", "#abd9e9", "#e0f3f8", "#fee090", "#fdae61", "#f46d43", "#d73027"]
export const RdYlBu9: Palette = ["#4575b4", "#74add1", "#abd9e9", "#e0f3f8", "#ffffbf", "#fee090", "#fdae61", "#f46d43", "#d73027"]
export const RdYlBu10: Palette = ["#313695", "#4575b4", "#74add1", "#abd9e9", "#e0f3f8", "#fee090", "#fdae61", "#f46d43", "#d73027", "#a50026"]
export const RdYlBu11: Palette = ["#313695", "#4575b4", "#74add1", "#abd9e9", "#e0f3f8", "#ffffbf", "#fee090", "#fdae61", "#f46d43", "#d73027", "#a50026"]
export const Spectral3: Palette = ["#99d594", "#ffffbf", "#fc8d59"]
export const Spectral4: Palette = ["#2b83ba", "#abdda4", "#fdae61", "#d7191c"]
export const Spectral5: Palette = ["#2b83ba", "#abdda4", "#ffffbf", "#fdae61", "#d7191c"]
export const Spectral6: Palette = ["#3288bd", "#99d594", "#e6f598", "#fee08b", "#fc8d59", "#d53e4f"]
export const Spectral7: Palette = ["#3288bd", "#99d594", "#e6f598", "#ffffbf", "#fee08b", "#fc8d59", "#d53e4f"]
export const Spectral8: Palette = ["#3288bd", "#66c2a5", "#abdda4", "#e6f598", "#fee08b", "#fdae61", "#f46d43", "#d53e4f"]
export const Spectral9: Palette = ["#3288bd", "#66c2a5", "#abdda4", "#e6f598", "#ffffbf", "#fee08b", "#fdae61", "#f46d43", "#d53e4f"]
export const Spectral10: Palette = ["#5e4fa2", "#3288bd", "#66c2a5", "#abdda4", "#e6f598", "#fee08b", "#fdae61", "#f46d43", "#d53e4f", "#9e0142"]
export const Spectral11: Palette = ["#5e4fa2", "#3288bd", "#66c2a5", "#abdda4", "#e6f598", "#ffffbf", "#fee08b", "#fdae61", "#f46d43", "#d53e4f", "#9e0142"]
export const RdYlGn3: Palette = ["#91cf60", "#ffffbf", "#fc8d59"]
export const RdYlGn4: Palette = ["#1a9641", "#a6d96a", "#fdae61", "#d7191c"]
export const RdYlGn5: Palette = ["#1a9641", "#a6d96a", "#ffffbf", "#fdae61", "#d7191c"]
export const RdYlGn6: Palette = ["#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027"]
export const RdYlGn7: Palette = ["#1a9850", "#91cf60", "#d9ef8b", "#ffffbf", "#fee08b", "#fc8d59", "#d73027"]
export const RdYlGn8: Palette = ["#1a9850", "#66bd63", "#a6d96a", "#d9ef8b", "#fee08b", "#fdae61", "#f46d43", "#d73027"]
export const RdYlGn9: Palette = ["#1a9850", "#66bd63", "#a6d96a", "#d9ef8b", "#ffffbf", "#fee08b", "#fdae61", "#f46d43", "#d73027"]
export const RdYlGn10: Palette = ["#6837ff", "#1a9850", "#66bd63", "#a6d96a", "#d9ef8b", "#fee08b", "#fdae61", "#f46d43", "#d73027", "#a50026"]
export const RdYlGn11: Palette = ["#6837ff", "#1a9850", "#66bd63", "#a6d96a", "#d9ef8b", "#ffffbf", "#fee08b", "#fdae61", "#f46d43", "#d73027", "#a50026"]
export const Bokeh3: Palette = ["#ec1557", "#f05223", "#f6a91b"]
export const Bokeh4: Palette = ["#ec1557", "#f05223", "#f6a91b", "#a5cd39"]
export const Bokeh5: Palette = ["#ec1557", "#f05223", "#f6a91b", "#a5cd39", "#20b254"]
export const Bokeh6: Palette = ["#ec1557", "#f05223", "#f6a91b", "#a5cd39", "#20b254", "#aaaeff"]
export const Bokeh7: Palette = ["#ec1557", "#f05223", "#f6a91b", "#a5cd39", "#20b254", "#aaaeff", "#892889"]
export const Bokeh8: Palette = ["#ec1557", "#f05223", "#f6a91b", "#a5cd39", "#20b254", "#aaaeff", "#4998d3", "#892889"]
export const Inferno3: Palette = ["#0003ff", "#ba3655", "#fcfea4"]
export const Inferno4: Palette = ["#0003ff", "#781c6d", "#ed6825", "#fcfea4"]
export const Inferno5: Palette = ["#0003ff", "#550f6d", "#ba3655", "#f98c09", "#fcfea4"]
export const Inferno6: Palette = ["#0003ff", "#410967", "#932567", "#dc5039", "#fba40a", "#fcfea4"]
export const Inferno7: Palette = ["#0003ff", "#32095d", "#781c6d", "#ba3655", "#ed6825", "#fbb318", "#fcfea4"]
export const Inferno8: Palette = ["#0003ff", "#270b52", "#63146e", "#9e2963", "#d24742", "#f57c15", "#fabf25", "#fcfea4"]
export const Inferno9: Palette = ["#0003ff", "#1f0c47", "#550f6d", "#88216a", "#ba3655", "#e35832", "#f98c09", "#f8c931", "#fcfea4"]
export const Inferno10: Palette = ["#0003ff", "#1a0b40", "#4a0b6a", "#781c6d", "#a42c60", "#cd4247", "#ed6825", "#fb9906", "#f7cf3a", "#fcfea4"]
export const Inferno11: Palette = ["#0003ff", "#160b39", "#410967", "#6a176e", "#932567", "#ba3655", "#dc5039", "#f2751a", "#fba40a", "#f6d542", "#fcfea4"]
export const Inferno256: Palette = ["#0003ff", "#0004ff", "#0006ff", "#010007", "#010109", "#01010b", "#02010e", "#020210", "#030212", "#040314", "#040316", "#050418", "#06041b", "#07051d", "#08061f", "#090621", "#0a0723", "#0b0726", "#0d0828", "#0e082a", "#0f092d", "#10092f", "#120a32", "#130a34", "#140b36", "#160b39", "#170b3b", "#190b3e", "#1a0b40", "#1c0c43", "#1d0c45", "#1f0c47", "#200c4a", "#220b4c", "#240b4e", "#260b50", "#270b52", "#290b54", "#2b0a56", "#2d0a58", "#2e0a5a", "#300a5c", "#32095d", "#34095f", "#350960", "#370961", "#390962", "#3b0964", "#3c0965", "#3e0966", "#400966", "#410967", "#430a68", "#450a69", "#460a69", "#480b6a", "#4a0b6a", "#4b0c6b", "#4d0c6b", "#4f0d6c", "#500d6c", "#520e6c", "#530e6d", "#550f6d", "#570f6d", "#58106d", "#5a116d", "#5b116e", "#5d126e", "#5f126e", "#60136e", "#62146e", "#63146e", "#65156e", "#66156e", "#68166e", "#6a176e", "#6b176e", "#6d186e", "#6e186e", "#70196e", "#72196d", "#731a6d", "#751b6d", "#761b6d", "#781c6d", "#7a1c6d", "#7b1d6c", "#7d1d6c", "#7e1e6c", "#801f6b", "#811f6b", "#83206b", "#85206a", "#86216a", "#88216a", "#892269", "#8b2269", "#8d2369", "#8e2468", "#902468", "#912567", "#932567", "#952666", "#962666", "#982765", "#992864", "#9b2864", "#9c2963", "#9e2963", "#a02a62", "#a12b61", "#a32b61", "#a42c60", "#a62c5f", "#a72d5f", "#a92e5e", "#ab2e5d", "#ac2f5c", "#ae305b", "#af315b", "#b1315a", "#b23259", "#b43358", "#b53357", "#b73456", "#b83556", "#ba3655", "#bb3754", "#bd3753", "#be3852", "#bf3951", "#c13a50", "#c23b4f", "#c43c4e", "#c53d4d", "#c73e4c", "#c83e4b", "#c93f4a", "#cb4049", "#cc4148", "#cd4247", "#cf4446", "#d04544", "#d14643", "#d24742", "#d44841", "#d54940", "#d64a3f", "#d74b3e", "#d94d3d", "#da4e3b", "#db4f3a", "#dc5039", "#dd5238", "#de5337", "#df5436", "#e05634", "#e25733", "#e35832", "#e45a31", "#e55b30", "#e65c2e", "#e65e2d", "#e75f2c", "#e8612b", "#e9622a", "#ea6428", "#eb6527", "#ec6726", "#ed6825", "#ed6a23", "#ee6c22", "#ef6d21", "#f06f1f", "#f0701e", "#f1721d", "#f2741c", "#f2751a", "#f37719", "#f37918", "#f47a16", "#f57c15", "#f57e14", "#f68012", "#f68111", "#f78310", "#f7850e", "#f8870d", "#f8880c", "#f88a0b", "#f98c09", "#f98e08", "#f99008", "#fa9107", "#fa9306", "#fa9506", "#fa9706", "#fb9906", "#fb9b06", "#fb9d06", "#fb9e07", "#fba007", "#fba208", "#fba40a", "#fba60b", "#fba80d", "#fbaa0e", "#fbac10", "#fbae12", "#fbb014", "#fbb116", "#fbb318", "#fbb51a", "#fbb71c", "#fbb91e", "#fabb21", "#fabd23", "#fabf25", "#fac128", "#f9c32a", "#f9c52c", "#f9c72f", "#f8c931", "#f8cb34", "#f8cd37", "#f7cf3a", "#f7d13c", "#f6d33f", "#f6d542", "#f5d745", "#f5d948", "#f4db4b", "#f4dc4f", "#f3de52", "#f3e056", "#f3e259", "#f2e45d", "#f2e660", "#f1e864", "#f1e968", "#f1eb6c", "#f1ed70", "#f1ee74", "#f1f079", "#f1f27d", "#f2f381", "#f2f485", "#f3f689", "#f4f78d", "#f5f891", "#f6fa95", "#f7fb99", "#f9fc9d", "#fafda0", "#fcfea4"]
export const Magma3: Palette = ["#0003ff", "#b53679", "#fbfcbf"]
export const Magma4: Palette = ["#0003ff", "#711f81", "#f0605d", "#fbfcbf"]
export const Magma5: Palette = ["#0003ff", "#4f117b", "#b53679", "#fb8660", "#fbfcbf"]
export const Magma6: Palette = ["#0003ff", "#3b0f6f", "#8c2980", "#dd4968", "#fd9f6c", "#fbfcbf"]
export const Magma7: Palette = ["#0003ff", "#2b115e", "#711f81", "#b53679", "#f0605d", "#feae76", "#fbfcbf"]
export const Magma8: Palette = ["#0003ff", "#221150", "#5d177e", "#972c7f", "#d1426e", "#f8755c", "#feb97f", "#fbfcbf"]
export const Magma9: Palette = ["#0003ff", "#1b1044", "#4f117b", "#812581", "#b53679", "#e55063", "#fb8660", "#fec286", "#fbfcbf"]
export const Magma10: Palette = ["#0003ff", "#170f3c", "#430f75", "#711f81", "#9e2e7e", "#cb3e71", "#f0605d", "#fc9366", "#fec78b", "#fbfcbf"]
export const Magma11: Palette = ["#0003ff", "#140d35", "#3b0f6f", "#63197f", "#8c2980", "#b53679", "#dd4968", "#f66e5b", "#fd9f6c", "#fdcd90", "#fbfcbf"]
export const Magma256: Palette = ["#0003ff", "#0004ff", "#0006ff", "#010007", "#010109", "#01010b", "#02020d", "#02020f", "#030311", "#040313", "#040415", "#050417", "#060519", "#07051b", "#08061d", "#09071f", "#0a0722", "#0b0824", "#0c0926", "#0d0a28", "#0e0a2a", "#0f0b2c", "#100c2f", "#110c31", "#120d33", "#140d35", "#150e38", "#160e3a", "#170f3c", "#180f3f", "#1a1041", "#1b1044", "#1c1046", "#1e1049", "#1f114b", "#20114d", "#221150", "#231152", "#251155", "#261157", "#281159", "#2a115c", "#2b115e", "#2d1060", "#2f1062", "#301065", "#321067", "#341068", "#350f6a", "#370f6c", "#390f6e", "#3b0f6f", "#3c0f71", "#3e0f72", "#400f73", "#420f74", "#430f75", "#450f76", "#470f77", "#481078", "#4a1079", "#4b1079", "#4d117a", "#4f117b", "#50127b", "#52127c", "#53137c", "#55137d", "#57147d", "#58157e", "#5a157e", "#5b167e", "#5d177e", "#5e177f", "#60187f", "#61187f", "#63197f", "#651a80", "#661a80", "#681b80", "#691c80", "#6b1c80", "#6c1d80", "#6e1e81", "#6f1e81", "#711f81", "#731f81", "#742081", "#762181", "#772181", "#792281", "#7a2281", "#7c2381", "#7e2481", "#7f2481", "#812581", "#822581", "#842681", "#852681", "#872781", "#892881", "#8a2881", "#8c2980", "#8d2980", "#8f2a80", "#912a80", "#922b80", "#942b80", "#952c80", "#972c7f", "#992d7f", "#9a2d7f", "#9c2e7f", "#9e2e7e", "#9f2f7e", "#a12f7e", "#a3307e", "#a4307d", "#a6317d", "#a7317d", "#a9327c", "#ab337c", "#ac337b", "#ae347b", "#b0347b", "#b1357a", "#b3357a", "#b53679", "#b63679", "#b83778", "#b93778", "#bb3877", "#bd3977", "#be3976", "#c03a75", "#c23a75", "#c33b74", "#c53c74", "#c63c73", "#c83d72", "#ca3e72", "#cb3e71", "#cd3f70", "#ce4070", "#d0416f", "#d1426e", "#d3426d", "#d4436d", "#d6446c", "#d7456b", "#d9466a", "#da4769", "#dc4869", "#dd4968", "#de4a67", "#e04b66", "#e14c66", "#e24d65", "#e44e64", "#e55063", "#e65162", "#e75262", "#e85461", "#ea5560", "#eb5660", "#ec585f", "#ed595f", "#ee5b5e", "#ee5d5d", "#ef5e5d", "#f0605d", "#f1615c", "#f2635c", "#f3655c", "#f3675b", "#f4685b", "#f56a5b", "#f56c5b", "#f66e5b", "#f6705b", "#f7715b", "#f7735c", "#f8755c", "#f8775c", "#f9795c", "#f97b5d", "#f97d5d", "#fa7f5e", "#fa805e", "#fa825f", "#fb8460", "#fb8660", "#fb8861", "#fb8a62", "#fc8c63", "#fc8e63", "#fc9064", "#fc9265", "#fc9366", "#fd9567", "#fd9768", "#fd9969", "#fd9b6a", "#fd9d6b", "#fd9f6c", "#fda16e", "#fda26f", "#fda470", "#fea671", "#fea873", "#feaa74", "#feac75", "#feae76", "#feaf78", "#feb179", "#feb37b", "#feb57c", "#feb77d", "#feb97f", "#febb80", "#febc82", "#febe83", "#fec085", "#fec286", "#fec488", "#fec689", "#fec78b", "#fec98d", "#fecb8e", "#fdcd90", "#fdcf92", "#fdd193", "#fdd295", "#fdd497", "#fdd698", "#fdd89a", "#fdda9c", "#fddc9d", "#fddd9f", "#fddfa1", "#fde1a3", "#fce3a5", "#fce5a6", "#fce6a8", "#fce8aa", "#fceaac", "#fcecae", "#fceeb0", "#fcf0b1", "#fcf1b3", "#fcf3b5", "#fcf5b7", "#fbf7b9", "#fbf9bb", "#fbfabd", "#fbfcbf"]
export const Plasma3: Palette = ["#0c0786", "#ca4678", "#eff821"]
export const Plasma4: Palette = ["#0c0786", "#9b179e", "#ec7853", "#eff821"]
export const Plasma5: Palette = ["#0c0786", "#7c02a7", "#ca4678", "#f79341", "#eff821"]
export const Plasma6: Palette = ["#0c0786", "#6a00a7", "#b02a8f", "#e06461", "#fca635", "#eff821"]
export const Plasma7: Palette = ["#0c0786", "#5c00a5", "#9b179e", "#ca4678", "#ec7853", "#fdb22f", "#eff821"]
export const Plasma8: Palette = ["#0c0786", "#5201a3", "#8908a5", "#b83289", "#da5a68", "#f38748", "#fdbb2b", "#eff821"]
export const Plasma9: Palette = ["#0c0786", "#4a02a0", "#7c02a7", "#a82296", "#ca4678", "#e56b5c", "#f79341", "#fdc328", "#eff821"]
export const Plasma10: Palette = ["#0c0786", "#45039e", "#7200a8", "#9b179e", "#bc3685", "#d7566c", "#ec7853", "#fa9d3a", "#fcc726", "#eff821"]
export const Plasma11: Palette = ["#0c0786", "#40039c", "#6a00a7", "#8f0da3", "#b02a8f", "#ca4678", "#e06461", "#f1824c", "#fca635", "#fccc25", "#eff821"]
export const Plasma256: Palette = ["#0c0786", "#100787", "#130689", "#15068a", "#18068b", "#1b068c", "#1d068d", "#1f058e", "#21058f", "#230590", "#250591", "#270592", "#290593", "#2b0594", "#2d0494", "#2f0495", "#310496", "#330497", "#340498", "#360498", "#380499", "#3a049a", "#3b039a", "#3d039b", "#3f039c", "#40039c", "#42039d", "#44039e", "#45039e", "#47029f", "#49029f", "#4a02a0", "#4c02a1", "#4e02a1", "#4f02a2", "#5101a2", "#5201a3", "#5401a3", "#5601a3", "#5701a4", "#5901a4", "#5a00a5", "#5c00a5", "#5e00a5", "#5f00a6", "#6100a6", "#6200a6", "#6400a7", "#6500a7", "#6700a7", "#6800a7", "#6a00a7", "#6c00a8", "#6d00a8", "#6f00a8", "#7000a8", "#7200a8", "#7300a8", "#7500a8", "#7601a8", "#7801a8", "#7901a8", "#7b02a8", "#7c02a7", "#7e03a7", "#7f03a7", "#8104a7", "#8204a7", "#8405a6", "#8506a6", "#8607a6", "#8807a5", "#8908a5", "#8b09a4", "#8c0aa4", "#8e0ca4", "#8f0da3", "#900ea3", "#920fa2", "#9310a1", "#9511a1", "#9612a0", "#9713a0", "#99149f", "#9a159e", "#9b179e", "#9d189d", "#9e199c", "#9f1a9b", "#a01b9b", "#a21c9a", "#a31d99", "#a41e98", "#a51f97", "#a72197", "#a82296", "#a92395", "#aa2494", "#ac2593", "#ad2692", "#ae2791", "#af2890", "#b02a8f", "#b12b8f", "#b22c8e", "#b42d8d", "#b52e8c", "#b62f8b", "#b7308a", "#b83289", "#b93388", "#ba3487", "#bb3586", "#bc3685", "#bd3784", "#be3883", "#bf3982", "#c03b81", "#c13c80", "#c23d80", "#c33e7f", "#c43f7e", "#c5407d", "#c6417c", "#c7427b", "#c8447a", "#c94579", "#ca4678", "#cb4777", "#cc4876", "#cd4975", "#ce4a75", "#cf4b74", "#d04d73", "#d14e72", "#d14f71", "#d25070", "#d3516f", "#d4526e", "#d5536d", "#d6556d", "#d7566c", "#d7576b", "#d8586a", "#d95969", "#da5a68", "#db5b67", "#dc5d66", "#dc5e66", "#dd5f65", "#de6064", "#df6163", "#df6262", "#e06461", "#e16560", "#e26660", "#e3675f", "#e3685e", "#e46a5d", "#e56b5c", "#e56c5b", "#e66d5a", "#e76e5a", "#e87059", "#e87158", "#e97257", "#ea7356", "#ea7455", "#eb7654", "#ec7754", "#ec7853", "#ed7952", "#ed7b51", "#ee7c50", "#ef7d4f", "#ef7e4e", "#f0804d", "#f0814d", "#f1824c", "#f2844b", "#f2854a", "#f38649", "#f38748", "#f48947", "#f48a47", "#f58b46", "#f58d45", "#f68e44", "#f68f43", "#f69142", "#f79241", "#f79341", "#f89540", "#f8963f", "#f8983e", "#f9993d", "#f99a3c", "#fa9c3b", "#fa9d3a", "#fa9f3a", "#faa039", "#fba238", "#fba337", "#fba436", "#fca635", "#fca735", "#fca934", "#fcaa33", "#fcac32", "#fcad31", "#fdaf31", "#fdb030", "#fdb22f", "#fdb32e", "#fdb52d", "#fdb62d", "#fdb82c", "#fdb92b", "#fdbb2b", "#fdbc2a", "#fdbe29", "#fdc029", "#fdc128", "#fdc328", "#fdc427", "#fdc626", "#fcc726", "#fcc926", "#fccb25", "#fccc25", "#fcce25", "#fbd024", "#fbd124", "#fbd324", "#fad524", "#fad624", "#fad824", "#f9d924", "#f9db24", "#f8dd24", "#f8df24", "#f7e024", "#f7e225", "#f6e425", "#f6e525", "#f5e726", "#f5e926", "#f4ea26", "#f3ec26", "#f3ee26", "#f2f026", "#f2f126", "#f1f326", "#f0f525", "#f0f623", "#eff821"]
export const Viridis3: Palette = ["#440154", "#208f8c", "#fde724"]
export const Viridis4: Palette = ["#440154", "#30678d", "#35b778", "#fde724"]
export const Viridis5: Palette = ["#440154", "#3b518a", "#208f8c", "#5bc862", "#fde724"]
export const Viridis6: Palette = ["#440154", "#404387", "#29788e", "#22a784", "#79d151", "#fde724"]
export const Viridis7: Palette = ["#440154", "#443982", "#30678d", "#208f8c", "#35b778", "#8dd644", "#fde724"]
export const Viridis8: Palette = ["#440154", "#46317e", "#365a8c", "#277e8e", "#1ea087", "#49c16d", "#9dd93a", "#fde724"]
export const Viridis9: Palette = ["#440154", "#472b7a", "#3b518a", "#2c718e", "#208f8c", "#27ad80", "#5bc862", "#aadb32", "#fde724"]
export const Viridis10: Palette = ["#440154", "#472777", "#3e4989", "#30678d", "#25828e", "#1e9c89", "#35b778", "#6bcd59", "#b2dd2c", "#fde724"]
export const Viridis11: Palette = ["#440154", "#482374", "#404387", "#345e8d", "#29788e", "#208f8c", "#22a784", "#42be71", "#79d151", "#bade27", "#fde724"]
export const Viridis256: Palette = ["#440154", "#440255", "#440357", "#450558", "#45065a", "#45085b", "#46095c", "#460b5e", "#460c5f", "#460e61", "#470f62", "#471163", "#471265", "#471466", "#471567", "#471669", "#47186a", "#48196b", "#481a6c", "#481c6e", "#481d6f", "#481e70", "#482071", "#482172", "#482273", "#482374", "#472575", "#472676", "#472777", "#472878", "#472a79", "#472b7a", "#472c7b", "#462d7c", "#462f7c", "#46307d", "#46317e", "#45327f", "#45347f", "#453580", "#453681", "#443781", "#443982", "#433a83", "#433b83", "#433c84", "#423d84", "#423e85", "#424085", "#414186", "#414286", "#404387", "#404487", "#3f4587", "#3f4788", "#3e4888", "#3e4989", "#3d4a89", "#3d4b89", "#3d4c89", "#3c4d8a", "#3c4e8a", "#3b508a", "#3b518a", "#3a528b", "#3a538b", "#39548b", "#39558b", "#38568b", "#38578c", "#37588c", "#37598c", "#365a8c", "#365b8c", "#355c8c", "#355d8c", "#345e8d", "#345f8d", "#33608d", "#33618d", "#32628d", "#32638d", "#31648d", "#31658d", "#31668d", "#30678d", "#30688d", "#2f698d", "#2f6a8d", "#2e6b8e", "#2e6c8e", "#2e6d8e", "#2d6e8e", "#2d6f8e", "#2c708e", "#2c718e", "#2c728e", "#2b738e", "#2b748e", "#2a758e", "#2a768e", "#2a778e", "#29788e", "#29798e", "#287a8e", "#287a8e", "#287b8e", "#277c8e", "#277d8e", "#277e8e", "#267f8e", "#26808e", "#26818e", "#25828e", "#25838d", "#24848d", "#24858d", "#24868d", "#23878d", "#23888d", "#23898d", "#22898d", "#228a8d", "#228b8d", "#218c8d", "#218d8c", "#218e8c", "#208f8c", "#20908c", "#20918c", "#1f928c", "#1f938b", "#1f948b", "#1f958b", "#1f968b", "#1e978a", "#1e988a", "#1e998a", "#1e998a", "#1e9a89", "#1e9b89", "#1e9c89", "#1e9d88", "#1e9e88", "#1e9f88", "#1ea087", "#1fa187", "#1fa286", "#1fa386", "#20a485", "#20a585", "#21a685", "#21a784", "#22a784", "#23a883", "#23a982", "#24aa82", "#25ab81", "#26ac81", "#27ad80", "#28ae7f", "#29af7f", "#2ab07e", "#2bb17d", "#2cb17d", "#2eb27c", "#2fb37b", "#30b47a", "#32b57a", "#33b679", "#35b778", "#36b877", "#38b976", "#39b976", "#3bba75", "#3dbb74", "#3ebc73", "#40bd72", "#42be71", "#44be70", "#45bf6f", "#47c06e", "#49c16d", "#4bc26c", "#4dc26b", "#4fc369", "#51c468", "#53c567", "#55c666", "#57c665", "#59c764", "#5bc862", "#5ec961", "#60c960", "#62ca5f", "#64cb5d", "#67cc5c", "#69cc5b", "#6bcd59", "#6dce58", "#70ce56", "#72cf55", "#74d054", "#77d052", "#79d151", "#7cd24f", "#7ed24e", "#81d34c", "#83d34b", "#86d449", "#88d547", "#8bd546", "#8dd644", "#90d643", "#92d741", "#95d73f", "#97d83e", "#9ad83c", "#9dd93a", "#9fd938", "#a2da37", "#a5da35", "#a7db33", "#aadb32", "#addc30", "#afdc2e", "#b2dd2c", "#b5dd2b", "#b7dd29", "#bade27", "#bdde26", "#bfdf24", "#c2df22", "#c5df21", "#c7e01f", "#cae01e", "#cde01d", "#cfe11c", "#d2e11b", "#d4e11a", "#d7e219", "#dae218", "#dce218", "#dfe318", "#e1e318", "#e4e318", "#e7e419", "#e9e419", "#ece41a", "#eee51b", "#f1e51c", "#f3e51e", "#f6e61f", "#f8e621", "#fae622", "#fde724"]
export const Cividis3: Palette = ["#204cff", "#7b7b78", "#ffe945"]
export const Cividis4: Palette = ["#204cff", "#565c6c", "#a69c75", "#ffe945"]
export const Cividis5: Palette = ["#204cff", "#404c6b", "#7b7b78", "#bcae6e", "#ffe945"]
export const Cividis6: Palette = ["#204cff", "#31446b", "#666870", "#958f78", "#cab969", "#ffe945"]
export const Cividis7: Palette = ["#204cff", "#223d6c", "#565c6c", "#7b7b78", "#a69c75", "#d3c065", "#ffe945"]
export const Cividis8: Palette = ["#204cff", "#15396d", "#49536b", "#6c6d72", "#8d8878", "#b2a672", "#d9c661", "#ffe945"]
export const Cividis9: Palette = ["#204cff", "#01356e", "#404c6b", "#5f636e", "#7b7b78", "#9b9377", "#bcae6e", "#dfcb5d", "#ffe945"]
export const Cividis10: Palette = ["#204cff", "#336eff", "#37476b", "#565c6c", "#6f7073", "#898578", "#a69c75", "#c3b46c", "#e3cd5b", "#ffe945"]
export const Cividis11: Palette = ["#204cff", "#316fff", "#31446b", "#4d556b", "#666870", "#7b7b78", "#958f78", "#aea373", "#cab969", "#e6d059", "#ffe945"]
export const Cividis256: Palette = ["#204cff", "#204eff", "#2150ff", "#2251ff", "#2353ff", "#2355ff", "#2456ff", "#2558ff", "#265aff", "#265bff", "#275dff", "#285fff", "#2861ff", "#2963ff", "#2a64ff", "#2a66ff", "#2b68ff", "#2c6aff", "#2d6cff", "#2d6dff", "#2e6eff", "#2e6fff", "#2f6fff", "#2f6fff", "#306fff", "#316fff", "#316fff", "#326eff", "#336eff", "#346eff", "#346eff", "#01356e", "#06366e", "#0a376d", "#0e376d", "#12386d", "#15396d", "#17396d", "#1a3a6c", "#1c3b6c", "#1e3c6c", "#203c6c", "#223d6c", "#243e6c", "#263e6c", "#273f6c", "#29406b", "#2b416b", "#2c416b", "#2e426b", "#2f436b", "#31446b", "#32446b", "#33456b", "#35466b", "#36466b", "#37476b", "#38486b", "#3a496b", "#3b496b", "#3c4a6b", "#3d4b6b", "#3e4b6b", "#404c6b", "#414d6b", "#424e6b", "#434e6b", "#444f6b", "#45506b", "#46506b", "#47516b", "#48526b", "#49536b", "#4a536b", "#4b546b", "#4c556b", "#4d556b", "#4e566b", "#4f576c", "#50586c", "#51586c", "#52596c", "#535a6c", "#545a6c", "#555b6c", "#565c6c", "#575d6d", "#585d6d", "#595e6d", "#5a5f6d", "#5b5f6d", "#5c606d", "#5d616e", "#5e626e", "#5f626e", "#5f636e", "#60646e", "#61656f", "#62656f", "#63666f", "#64676f", "#65676f", "#666870", "#676970", "#686a70", "#686a70", "#696b71", "#6a6c71", "#6b6d71", "#6c6d72", "#6d6e72", "#6e6f72", "#6f6f72", "#6f7073", "#707173", "#717273", "#727274", "#737374", "#747475", "#757575", "#757575", "#767676", "#777776", "#787876", "#797877", "#7a7977", "#7b7a77", "#7b7b78", "#7c7b78", "#7d7c78", "#7e7d78", "#7f7e78", "#807e78", "#817f78", "#828078", "#838178", "#848178", "#858278", "#868378", "#878478", "#888578", "#898578", "#8a8678", "#8b8778", "#8c8878", "#8d8878", "#8e8978", "#8f8a78", "#908b78", "#918c78", "#928c78", "#938d78", "#948e78", "#958f78", "#968f77", "#979077", "#989177", "#999277", "#9a9377", "#9b9377", "#9c9477", "#9d9577", "#9e9676", "#9f9776", "#a09876", "#a19876", "#a29976", "#a39a75", "#a49b75", "#a59c75", "#a69c75", "#a79d75", "#a89e74", "#a99f74", "#aaa074", "#aba174", "#aca173", "#ada273", "#aea373", "#afa473", "#b0a572", "#b1a672", "#b2a672", "#b4a771", "#b5a871", "#b6a971", "#b7aa70", "#b8ab70", "#b9ab70", "#baac6f", "#bbad6f", "#bcae6e", "#bdaf6e", "#beb06e", "#bfb16d", "#c0b16d", "#c1b26c", "#c2b36c", "#c3b46c", "#c5b56b", "#c6b66b", "#c7b76a", "#c8b86a", "#c9b869", "#cab969", "#cbba68", "#ccbb68", "#cdbc67", "#cebd67", "#d0be66", "#d1bf66", "#d2c065", "#d3c065", "#d4c164", "#d5c263", "#d6c363", "#d7c462", "#d8c561", "#d9c661", "#dbc760", "#dcc860", "#ddc95f", "#deca5e", "#dfcb5d", "#e0cb5d", "#e1cc5c", "#e3cd5b", "#e4ce5b", "#e5cf5a", "#e6d059", "#e7d158", "#e8d257", "#e9d356", "#ebd456", "#ecd555", "#edd654", "#eed753", "#efd852", "#f0d951", "#f1da50", "#f3db4f", "#f4dc4e", "#f5dd4d", "#f6de4c", "#f7df4b", "#f9e049", "#fae048", "#fbe147", "#fce246", "#fde345", "#ffe443", "#ffe542", "#ffe642", "#ffe743", "#ffe844", "#ffe945"]
export const Turbo3: Palette = ["#30123b", "#a1fc3d", "#7a0402"]
export const Turbo4: Palette = ["#30123b", "#1ae4b6", "#f9ba38", "#7a0402"]
export const Turbo5: Palette = ["#30123b", "#2ab9ed", "#a1fc3d", "#fb8022", "#7a0402"]
export const Turbo6: Palette = ["#30123b", "#3e9bfe", "#46f783", "#e1dc37", "#ef5a11", "#7a0402"]
export const Turbo7: Palette = ["#30123b", "#4584f9", "#1ae4b6", "#a1fc3d", "#f9ba38", "#e5460a", "#7a0402"]
export const Turbo8: Palette = ["#30123b", "#4675ed", "#1ccdd7", "#61fc6c", "#cfea34", "#fe9b2d", "#db3a07", "#7a0402"]
export const Turbo9: Palette = ["#30123b", "#4668e0", "#2ab9ed", "#2ff09a", "#a1fc3d", "#ecd139", "#fb8022", "#d23005", "#7a0402"]
export const Turbo10: Palette = ["#30123b", "#4560d6", "#36a8f9", "#1ae4b6", "#71fd5f", "#c5ef33", "#f9ba38", "#f66b18", "#cb2b03", "#7a0402"]
export const Turbo11: Palette = ["#30123b", "#4458cb", "#3e9bfe", "#18d5cc", "#46f783", "#a1fc3d", "#e1dc37", "#fda631", "#ef5a11", "#c52602", "#7a0402"]
export const Turbo256: Palette = ["#30123b", "#311542", "#32184a", "#341b51", "#351e58", "#36215f", "#372365", "#38266c", "#392972", "#3a2c79", "#3b2f7f", "#3c3285", "#3c358b", "#3d3791", "#3e3a96", "#3f3d9c", "#4040a1", "#4043a6", "#4145ab", "#4148b0", "#424bb5", "#434eba", "#4350be", "#4353c2", "#4456c7", "#4458cb", "#455bce", "#455ed2", "#4560d6", "#4563d9", "#4666dd", "#4668e0", "#466be3", "#466de6", "#4670e8", "#4673eb", "#4675ed", "#4678f0", "#467af2", "#467df4", "#467ff6", "#4682f8", "#4584f9", "#4587fb", "#4589fc", "#448cfd", "#438efd", "#4291fe", "#4193fe", "#4096fe", "#3f98fe", "#3e9bfe", "#3c9dfd", "#3ba0fc", "#39a2fc", "#38a5fb", "#36a8f9", "#34aaf8", "#33acf6", "#31aff5", "#2fb1f3", "#2db4f1", "#2bb6ef", "#2ab9ed", "#28bbeb", "#26bde9", "#25c0e6", "#23c2e4", "#21c4e1", "#20c6df", "#1ec9dc", "#1dcbda", "#1ccdd7", "#1bcfd4", "#1ad1d2", "#19d3cf", "#18d5cc", "#18d7ca", "#17d9c7", "#17dac4", "#17dcc2", "#17debf", "#18e0bd", "#18e1ba", "#19e3b8", "#1ae4b6", "#1be5b4", "#1de7b1", "#1ee8af", "#20e9ac", "#22eba9", "#24eca6", "#27eda3", "#29eea0", "#2cef9d", "#2ff09a", "#32f197", "#35f394", "#38f491", "#3bf48d", "#3ff58a", "#42f687", "#46f783", "#4af880", "#4df97c", "#51f979", "#55fa76", "#59fb72", "#5dfb6f", "#61fc6c", "#65fc68", "#69fd65", "#6dfd62", "#71fd5f", "#74fe5c", "#78fe59", "#7cfe56", "#80fe53", "#84fe50", "#87fe4d", "#8bfe4b", "#8efe48", "#92fe46", "#95fe44", "#98fe42", "#9bfd40", "#9efd3e", "#a1fc3d", "#a4fc3b", "#a6fb3a", "#a9fb39", "#acfa37", "#aef937", "#b1f836", "#b3f835", "#b6f735", "#b9f534", "#bbf434", "#bef334", "#c0f233", "#c3f133", "#c5ef33", "#c8ee33", "#caed33", "#cdeb34", "#cfea34", "#d1e834", "#d4e735", "#d6e535", "#d8e335", "#dae236", "#dde036", "#dfde36", "#e1dc37", "#e3da37", "#e5d838", "#e7d738", "#e8d538", "#ead339", "#ecd139", "#edcf39", "#efcd39", "#f0cb3a", "#f2c83a", "#f3c63a", "#f4c43a", "#f6c23a", "#f7c039", "#f8be39", "#f9bc39", "#f9ba38", "#fab737", "#fbb537", "#fbb336", "#fcb035", "#fcae34", "#fdab33", "#fda932", "#fda631", "#fda330", "#fea12f", "#fe9e2e", "#fe9b2d", "#fe982c", "#fd952b", "#fd9229", "#fd8f28", "#fd8c27", "#fc8926", "#fc8624", "#fb8323", "#fb8022", "#fa7d20", "#fa7a1f", "#f9771e", "#f8741c", "#f7711b", "#f76e1a", "#f66b18", "#f56817", "#f46516", "#f36315", "#f26014", "#f15d13", "#ef5a11", "#ee5810", "#ed550f", "#ec520e", "#ea500d", "#e94d0d", "#e84b0c", "#e6490b", "#e5460a", "#e3440a", "#e24209", "#e04008", "#de3e08", "#dd3c07", "#db3a07", "#d93806", "#d73606", "#d63405", "#d43205", "#d23005", "#d02f04", "#ce2d04", "#cb2b03", "#c92903", "#c72803", "#c52602", "#c32402", "#c02302", "#be2102", "#bb1f01", "#b91e01", "#b61c01", "#b41b01", "#b11901", "#ae1801", "#ac1601", "#a91501", "#a61401", "#a31201", "#a01101", "#9d1001", "#9a0e01", "#970d01", "#940c01", "#910b01", "#8e0a01", "#8b0901", "#870801", "#840701", "#810602", "#7d0502", "#7a0402"]
export const Accent3: Palette = ["#7fc97f", "#beaed4", "#fdc086"]
export const Accent4: Palette = ["#7fc97f", "#beaed4", "#fdc086", "#ffff99"]
export const Accent5: Palette = ["#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0"]
export const Accent6: Palette = ["#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f"]
export const Accent7: Palette = ["#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17"]
export const Accent8: Palette = ["#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17", "#666666"]
export const Dark2_3: Palette = ["#1b9e77", "#d95f02", "#7570b3"]
export const Dark2_4: Palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a"]
export const Dark2_5: Palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e"]
export const Dark2_6: Palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"]
export const Dark2_7: Palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d"]
export const Dark2_8: Palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"]
export const Paired3: Palette = ["#a6cee3", "#1f78b4", "#b2df8a"]
export const Paired4: Palette = ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c"]
export const Paired5: Palette = ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99"]
export const Paired6: Palette = ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c"]
export const Paired7: Palette = ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f"]
export const Paired8: Palette = ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00"]
export const Paired9: Palette = ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6"]
export const Paired10: Palette = ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a"]
export const Paired11: Palette = ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99"]
export const Paired12: Palette = ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928"]
export const Pastel1_3: Palette = ["#fbb4ae", "#b3cde3", "#ccebc5"]
export const Pastel1_4: Palette = ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4"]
export const Pastel1_5: Palette = ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6"]
export const Pastel1_6: Palette = ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc"]
export const Pastel1_7: Palette = ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd"]
export const Pastel1_8: Palette = ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec"]
export const Pastel1_9: Palette = ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec", "#f2f2f2"]
export const Pastel2_3: Palette = ["#b3e2cd", "#fdcdac", "#cbd5e8"]
export const Pastel2_4: Palette = ["#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4"]
export const Pastel2_5: Palette = ["#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9"]
export const Pastel2_6: Palette = ["#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae"]
export const Pastel2_7: Palette = ["#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae", "#f1e2cc"]
export const Pastel2_8: Palette = ["#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae", "#f1e2cc", "#cccccc"]
export const Set1_3: Palette = ["#e41a1c", "#377eb8", "#4daf4a"]
export const Set1_4: Palette = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3"]
export const Set1_5: Palette = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00"]
export const Set1_6: Palette = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33"]
export const Set1_7: Palette = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628"]
export const Set1_8: Palette = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf"]
export const Set1_9: Palette = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf", "#999999"]
export const Set2_3: Palette = ["#66c2a5", "#fc8d62", "#8da0cb"]
export const Set2_4: Palette = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3"]
export const Set2_5: Palette = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854"]
export const Set2_6: Palette = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f"]
export const Set2_7: Palette = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494"]
export const Set2_8: Palette = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"]
export const Set3_3: Palette = ["#8dd3c7", "#ffffb3", "#bebada"]
export const Set3_4: Palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072"]
export const Set3_5: Palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3"]
export const Set3_6: Palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462"]
export const Set3_7: Palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69"]
export const Set3_8: Palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5"]
export const Set3_9: Palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9"]
export const Set3_10: Palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd"]
export const Set3_11: Palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5"]
export const Set3_12: Palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"]
export const Category10_3: Palette = ["#1f77b4", "#ff7f0e", "#2ca02c"]
export const Category10_4: Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"]
export const Category10_5: Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"]
export const Category10_6: Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]
export const Category10_7: Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"]
export const Category10_8: Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
export const Category10_9: Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"]
export const Category10_10: Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]
export const Category20_3: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e"]
export const Category20_4: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78"]
export const Category20_5: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c"]
export const Category20_6: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a"]
export const Category20_7: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728"]
export const Category20_8: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896"]
export const Category20_9: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd"]
export const Category20_10: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5"]
export const Category20_11: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b"]
export const Category20_12: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94"]
export const Category20_13: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2"]
export const Category20_14: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2"]
export const Category20_15: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f"]
export const Category20_16: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7"]
export const Category20_17: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7", "#bcbd22"]
export const Category20_18: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7", "#bcbd22", "#dbdb8d"]
export const Category20_19: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7", "#bcbd22", "#dbdb8d", "#17becf"]
export const Category20_20: Palette = ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7", "#bcbd22", "#dbdb8d", "#17becf", "#9edae5"]
export const Category20b_3: Palette = ["#393b79", "#5254a3", "#6b6ecf"]
export const Category20b_4: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede"]
export const Category20b_5: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939"]
export const Category20b_6: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252"]
export const Category20b_7: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b"]
export const Category20b_8: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c"]
export const Category20b_9: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31"]
export const Category20b_10: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39"]
export const Category20b_11: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52"]
export const Category20b_12: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52", "#e7cb94"]
export const Category20b_13: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52", "#e7cb94", "#843c39"]
export const Category20b_14: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52", "#e7cb94", "#843c39", "#ad494a"]
export const Category20b_15: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52", "#e7cb94", "#843c39", "#ad494a", "#d6616b"]
export const Category20b_16: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52", "#e7cb94", "#843c39", "#ad494a", "#d6616b", "#e7969c"]
export const Category20b_17: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52", "#e7cb94", "#843c39", "#ad494a", "#d6616b", "#e7969c", "#7b4173"]
export const Category20b_18: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52", "#e7cb94", "#843c39", "#ad494a", "#d6616b", "#e7969c", "#7b4173", "#a55194"]
export const Category20b_19: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52", "#e7cb94", "#843c39", "#ad494a", "#d6616b", "#e7969c", "#7b4173", "#a55194", "#ce6dbd"]
export const Category20b_20: Palette = ["#393b79", "#5254a3", "#6b6ecf", "#9c9ede", "#637939", "#8ca252", "#b5cf6b", "#cedb9c", "#8c6d31", "#bd9e39", "#e7ba52", "#e7cb94", "#843c39", "#ad494a", "#d6616b", "#e7969c", "#7b4173", "#a55194", "#ce6dbd", "#de9ed6"]
export const Category20c_3: Palette = ["#3182bd", "#6baed6", "#9ecae1"]
export const Category20c_4: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef"]
export const Category20c_5: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d"]
export const Category20c_6: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c"]
export const Category20c_7: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b"]
export const Category20c_8: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2"]
export const Category20c_9: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354"]
export const Category20c_10: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476"]
export const Category20c_11: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b"]
export const Category20c_12: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b", "#c7e9c0"]
export const Category20c_13: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b", "#c7e9c0", "#756bb1"]
export const Category20c_14: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b", "#c7e9c0", "#756bb1", "#9e9ac8"]
export const Category20c_15: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b", "#c7e9c0", "#756bb1", "#9e9ac8", "#bcbddc"]
export const Category20c_16: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b", "#c7e9c0", "#756bb1", "#9e9ac8", "#bcbddc", "#dadaeb"]
export const Category20c_17: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b", "#c7e9c0", "#756bb1", "#9e9ac8", "#bcbddc", "#dadaeb", "#636363"]
export const Category20c_18: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b", "#c7e9c0", "#756bb1", "#9e9ac8", "#bcbddc", "#dadaeb", "#636363", "#969696"]
export const Category20c_19: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b", "#c7e9c0", "#756bb1", "#9e9ac8", "#bcbddc", "#dadaeb", "#636363", "#969696", "#bdbdbd"]
export const Category20c_20: Palette = ["#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#e6550d", "#fd8d3c", "#fdae6b", "#fdd0a2", "#31a354", "#74c476", "#a1d99b", "#c7e9c0", "#756bb1", "#9e9ac8", "#bcbddc", "#dadaeb", "#636363", "#969696", "#bdbdbd", "#d9d9d9"]
export const Colorblind3: Palette = ["#72b2ff", "#e69f00", "#f0e442"]
export const Colorblind4: Palette = ["#72b2ff", "#e69f00", "#f0e442", "#9e73ff"]
export const Colorblind5: Palette = ["#72b2ff", "#e69f00", "#f0e442", "#9e73ff", "#56b4e9"]
export const Colorblind6: Palette = ["#72b2ff", "#e69f00", "#f0e442", "#9e73ff", "#56b4e9", "#d55e00"]
export const Colorblind7: Palette = ["#72b2ff", "#e69f00", "#f0e442", "#9e73ff", "#56b4e9", "#d55e00", "#cc79a7"]
export const Colorblind8: Palette = ["#72b2ff", "#e69f00", "#f0e442", "#9e73ff", "#56b4e9", "#d55e00", "#cc79a7", "#0000ff"]
export const Bright3: Palette = ["#4477aa", "#ee6677", "#228833"]
export const Bright4: Palette = ["#4477aa", "#ee6677", "#228833", "#ccbb44"]
export const Bright5: Palette = ["#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee"]
export const Bright6: Palette = ["#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee", "#aa3377"]
export const Bright7: Palette = ["#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee", "#aa3377", "#bbbbbb"]
export const HighContrast3: Palette = ["#4488ff", "#ddaa33", "#bb5566"]
export const Vibrant3: Palette = ["#ee7733", "#77bbff", "#33bbee"]
export const Vibrant4: Palette = ["#ee7733", "#77bbff", "#33bbee", "#ee3377"]
export const Vibrant5: Palette = ["#ee7733", "#77bbff", "#33bbee", "#ee3377", "#cc3311"]
export const Vibrant6: Palette = ["#ee7733", "#77bbff", "#33bbee", "#ee3377", "#cc3311", "#9988ff"]
export const Vibrant7: Palette = ["#ee7733", "#77bbff", "#33bbee", "#ee3377", "#cc3311", "#9988ff", "#bbbbbb"]
export const Muted3: Palette = ["#cc6677", "#332288", "#ddcc77"]
export const Muted4: Palette = ["#cc6677", "#332288", "#ddcc77", "#117733"]
export const Muted5: Palette = ["#cc6677", "#332288", "#ddcc77", "#117733", "#88ccee"]
export const Muted6: Palette = ["#cc6677", "#332288", "#ddcc77", "#117733", "#88ccee", "#882255"]
export const Muted7: Palette = ["#cc6677", "#332288", "#ddcc77", "#117733", "#88ccee", "#882255", "#44aa99"]
export const Muted8: Palette = ["#cc6677", "#332288", "#ddcc77", "#117733", "#88ccee", "#882255", "#44aa99", "#999933"]
export const Muted9: Palette = ["#cc6677", "#332288", "#ddcc77", "#117733", "#88ccee", "#882255", "#44aa99", "#999933", "#aa4499"]
export const MediumContrast3: Palette = ["#6699cc", "#4488ff", "#eecc66"]
export const MediumContrast4: Palette = ["#6699cc", "#4488ff", "#eecc66", "#994455"]
export const MediumContrast5: Palette = ["#6699cc", "#4488ff", "#eecc66", "#994455", "#997700"]
export const MediumContrast6: Palette = ["#6699cc", "#4488ff", "#eecc66", "#994455", "#997700", "#ee99aa"]
export const PaleTextBackground: Palette = ["#bbccee", "#cceeff", "#ccddaa", "#eeeebb", "#ffcccc", "#dddddd"]
export const DarkText: Palette = ["#222255", "#225555", "#225522", "#666633", "#663333", "#555555"]
export const Light3: Palette = ["#77aadd", "#ee8866", "#eedd88"]
export const Light4: Palette = ["#77aadd", "#ee8866", "#eedd88", "#ffaabb"]
export const Light5: Palette = ["#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff"]
export const Light6: Palette = ["#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99"]
export const Light7: Palette = ["#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33"]
export const Light8: Palette = ["#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#aaaa00"]
export const Light9: Palette = ["#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#aaaa00", "#dddddd"]
export const Sunset3: Palette = ["#364b9a", "#eaeccc", "#a50026"]
export const Sunset4: Palette = ["#364b9a", "#a5d2e5", "#fdc072", "#a50026"]
export const Sunset5: Palette = ["#364b9a", "#83b8d7", "#eaeccc", "#f99858", "#a50026"]
export const Sunset6: Palette = ["#364b9a", "#6ea6cd", "#c2e4ef", "#feda8b", "#f67e4b", "#a50026"]
export const Sunset7: Palette = ["#364b9a", "#6197c5", "#a5d2e5", "#eaeccc", "#fdc072", "#ed6841", "#a50026"]
export const Sunset8: Palette = ["#364b9a", "#598dc0", "#92c4de", "#cde6e5", "#f8df9d", "#fcab62", "#e75839", "#a50026"]
export const Sunset9: Palette = ["#364b9a", "#5384bc", "#83b8d7", "#87ddeb", "#eaeccc", "#fdd081", "#f99858", "#e34d34", "#a50026"]
export const Sunset10: Palette = ["#364b9a", "#4e7fb9", "#77aed1", "#a5d2e5", "#d3e7df", "#f5e2a7", "#fdc072", "#f78951", "#df4430", "#a50026"]
export const Sunset11: Palette = ["#364b9a", "#4a7bb7", "#6ea6cd", "#98cae1", "#c2e4ef", "#eaeccc", "#feda8b", "#fdb366", "#f67e4b", "#dd3d2d", "#a50026"]
export const BuRd3: Palette = ["#2166ac", "#f7f7f7", "#b2182b"]
export const BuRd4: Palette = ["#2166ac", "#bbdaea", "#fac9b0", "#b2182b"]
export const BuRd5: Palette = ["#2166ac", "#92c5de", "#f7f7f7", "#f4a582", "#b2182b"]
export const BuRd6: Palette = ["#2166ac", "#72b1d3", "#d8e8f1", "#fbe0d0", "#e8896c", "#b2182b"]
export const BuRd7: Palette = ["#2166ac", "#5da3cb", "#bbdaea", "#f7f7f7", "#fac9b0", "#e0775e", "#b2182b"]
export const BuRd8: Palette = ["#2166ac", "#4e9ac6", "#a3cee3", "#e1ecf3", "#fae7db", "#f6b495", "#da6954", "#b2182b"]
export const BuRd9: Palette = ["#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582", "#d6604d", "#b2182b"]
export const TolPRGn3: Palette = ["#762a83", "#f7f7f7", "#1b7837"]
export const TolPRGn4: Palette = ["#762a83", "#dac4df", "#cae6c1", "#1b7837"]
export const TolPRGn5: Palette = ["#762a83", "#c2a5cf", "#f7f7f7", "#acd39e", "#1b7837"]
export const TolPRGn6: Palette = ["#762a83", "#b18fc0", "#eadbeb", "#def1da", "#8bc485", "#1b7837"]
export const TolPRGn7: Palette = ["#762a83", "#a681b7", "#dac4df", "#f7f7f7", "#cae6c1", "#75ba75", "#1b7837"]
export const TolPRGn8: Palette = ["#762a83", "#9e77b0", "#ccb2d6", "#ede3ee", "#e5f3e2", "#b8dbad", "#65b369", "#1b7837"]
export const TolPRGn9: Palette = ["#762a83", "#9970ab", "#c2a5cf", "#e7d4e8", "#f7f7f7", "#d9f0d3", "#acd39e", "#5aae61", "#1b7837"]
export const TolYlOrBr3: Palette = ["#ffffe5", "#fb9a29", "#662506"]
export const TolYlOrBr4: Palette = ["#ffffe5", "#fece65", "#e1640e", "#662506"]
export const TolYlOrBr5: Palette = ["#ffffe5", "#fee391", "#fb9a29", "#cc4c02", "#662506"]
export const TolYlOrBr6: Palette = ["#ffffe5", "#feeba2", "#fdbb47", "#ef7818", "#b74202", "#662506"]
export const TolYlOrBr7: Palette = ["#ffffe5", "#fef0ad", "#fece65", "#fb9a29", "#e1640e", "#aa3c03", "#662506"]
export const TolYlOrBr8: Palette = ["#ffffe5", "#fef4b5", "#feda7e", "#fcb23e", "#f2821d", "#d55607", "#a03703", "#662506"]
export const TolYlOrBr9: Palette = ["#ffffe5", "#fff7bc", "#fee391", "#fec44f", "#fb9a29", "#ec7014", "#cc4c02", "#993404", "#662506"]
export const Iridescent3: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1"]
export const Iridescent4: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5"]
export const Iridescent5: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf"]
export const Iridescent6: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca"]
export const Iridescent7: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2"]
export const Iridescent8: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8"]
export const Iridescent9: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc"]
export const Iridescent10: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1"]
export const Iridescent11: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4"]
export const Iridescent12: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7"]
export const Iridescent13: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7"]
export const Iridescent14: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4"]
export const Iridescent15: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4", "#88a5dd"]
export const Iridescent16: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4", "#88a5dd", "#9398d2"]
export const Iridescent17: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4", "#88a5dd", "#9398d2", "#9b8ac4"]
export const Iridescent18: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4", "#88a5dd", "#9398d2", "#9b8ac4", "#9d7db2"]
export const Iridescent19: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4", "#88a5dd", "#9398d2", "#9b8ac4", "#9d7db2", "#9a709e"]
export const Iridescent20: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4", "#88a5dd", "#9398d2", "#9b8ac4", "#9d7db2", "#9a709e", "#906388"]
export const Iridescent21: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4", "#88a5dd", "#9398d2", "#9b8ac4", "#9d7db2", "#9a709e", "#906388", "#805770"]
export const Iridescent22: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4", "#88a5dd", "#9398d2", "#9b8ac4", "#9d7db2", "#9a709e", "#906388", "#805770", "#684957"]
export const Iridescent23: Palette = ["#fefbe9", "#fcf7d5", "#f5f3c1", "#eaf0b5", "#ddecbf", "#d0e7ca", "#c2e3d2", "#b5ddd8", "#a8d8dc", "#9bd2e1", "#8dcbe4", "#81c4e7", "#7bbce7", "#7eb2e4", "#88a5dd", "#9398d2", "#9b8ac4", "#9d7db2", "#9a709e", "#906388", "#805770", "#684957", "#46353a"]
export const TolRainbow3: Palette = ["#1965b0", "#f7f056", "#dc050c"]
export const TolRainbow4: Palette = ["#1965b0", "#4eb265", "#f7f056", "#dc050c"]
export const TolRainbow5: Palette = ["#1965b0", "#7bafde", "#4eb265", "#f7f056", "#dc050c"]
export const TolRainbow6: Palette = ["#1965b0", "#7bafde", "#4eb265", "#cae0ab", "#f7f056", "#dc050c"]
export const TolRainbow7: Palette = ["#882e72", "#1965b0", "#7bafde", "#4eb265", "#cae0ab", "#f7f056", "#dc050c"]
export const TolRainbow8: Palette = ["#882e72", "#1965b0", "#7bafde", "#4eb265", "#cae0ab", "#f7f056", "#ee8026", "#dc050c"]
export const TolRainbow9: Palette = ["#882e72", "#1965b0", "#7bafde", "#4eb265", "#cae0ab", "#f7f056", "#ee8026", "#dc050c", "#72190e"]
export const TolRainbow10: Palette = ["#882e72", "#1965b0", "#7bafde", "#4eb265", "#cae0ab", "#f7f056", "#f4a736", "#e8601c", "#dc050c", "#72190e"]
export const TolRainbow11: Palette = ["#882e72", "#1965b0", "#5289c7", "#7bafde", "#4eb265", "#cae0ab", "#f7f056", "#f4a736", "#e8601c", "#dc050c", "#72190e"]
export const TolRainbow12: Palette = ["#d1bbd7", "#aa6f9e", "#882e72", "#1965b0", "#5289c7", "#7bafde", "#4eb265", "#cae0ab", "#f7f056", "#f4a736", "#e8601c", "#dc050c"]
export const TolRainbow13: Palette = ["#d1bbd7", "#aa6f9e", "#882e72", "#1965b0", "#5289c7", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f4a736", "#e8601c", "#dc050c"]
export const TolRainbow14: Palette = ["#d1bbd7", "#aa6f9e", "#882e72", "#1965b0", "#5289c7", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f6c141", "#f1932d", "#e8601c", "#dc050c"]
export const TolRainbow15: Palette = ["#d1bbd7", "#aa6f9e", "#882e72", "#1965b0", "#5289c7", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f6c141", "#f1932d", "#e8601c", "#dc050c", "#72190e"]
export const TolRainbow16: Palette = ["#d1bbd7", "#ba8db4", "#aa6f9e", "#882e72", "#1965b0", "#5289c7", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f6c141", "#f1932d", "#e8601c", "#dc050c", "#72190e"]
export const TolRainbow17: Palette = ["#d1bbd7", "#ba8db4", "#aa6f9e", "#994f88", "#882e72", "#1965b0", "#5289c7", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f6c141", "#f1932d", "#e8601c", "#dc050c", "#72190e"]
export const TolRainbow18: Palette = ["#d1bbd7", "#ba8db4", "#aa6f9e", "#994f88", "#882e72", "#1965b0", "#5289c7", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f6c141", "#f1932d", "#e8601c", "#dc050c", "#a5170e", "#72190e"]
export const TolRainbow19: Palette = ["#d9cce3", "#caaccb", "#ba8db4", "#aa6f9e", "#994f88", "#882e72", "#1965b0", "#5289c7", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f6c141", "#f1932d", "#e8601c", "#dc050c", "#a5170e", "#72190e"]
export const TolRainbow20: Palette = ["#d9cce3", "#caaccb", "#ba8db4", "#aa6f9e", "#994f88", "#882e72", "#1965b0", "#437dbf", "#6195cf", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f6c141", "#f1932d", "#e8601c", "#dc050c", "#a5170e", "#72190e"]
export const TolRainbow21: Palette = ["#d9cce3", "#caaccb", "#ba8db4", "#aa6f9e", "#994f88", "#882e72", "#1965b0", "#437dbf", "#6195cf", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f7cb45", "#f4a736", "#ee8026", "#e65518", "#dc050c", "#a5170e", "#72190e"]
export const TolRainbow22: Palette = ["#d9cce3", "#caaccb", "#ba8db4", "#aa6f9e", "#994f88", "#882e72", "#1965b0", "#437dbf", "#6195cf", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f7cb45", "#f4a736", "#ee8026", "#e65518", "#dc050c", "#a5170e", "#72190e", "#42150a"]
export const TolRainbow23: Palette = ["#e8ecfb", "#d9cce3", "#caaccb", "#ba8db4", "#aa6f9e", "#994f88", "#882e72", "#1965b0", "#437dbf", "#6195cf", "#7bafde", "#4eb265", "#90c987", "#cae0ab", "#f7f056", "#f7cb45", "#f4a736", "#ee8026", "#e65518", "#dc050c", "#a5170e", "#72190e", "#42150a"]

export const YlGn: PaletteGroup = { 3: YlGn3, 4: YlGn4, 5: YlGn5, 6: YlGn6, 7: YlGn7, 8: YlGn8, 9: YlGn9 }
export const YlGnBu: PaletteGroup = { 3: YlGnBu3, 4: YlGnBu4, 5: YlGnBu5, 6: YlGnBu6, 7: YlGnBu7, 8: YlGnBu8, 9: YlGnBu9 }
export const GnBu: PaletteGroup = { 3: GnBu3, 4: GnBu4, 5: GnBu5, 6: GnBu6, 7: GnBu7, 8: GnBu8, 9: GnBu9 }
export const BuGn: PaletteGroup = { 3: BuGn3, 4: BuGn4, 5: BuGn5, 6: BuGn6, 7: BuGn7, 8: BuGn8, 9: BuGn9 }
export const PuBuGn: PaletteGroup = { 3: PuBuGn3, 4: PuBuGn4, 5: PuBuGn5, 6: PuBuGn6, 7: PuBuGn7, 8: PuBuGn8, 9: PuBuGn9 }
export const PuBu: PaletteGroup = { 3: PuBu3, 4: PuBu4, 5: PuBu5, 6: PuBu6, 7: PuBu7, 8: PuBu8, 9: PuBu9 }
export const BuPu: PaletteGroup = { 3: BuPu3, 4: BuPu4, 5: BuPu5, 6: BuPu6, 7: BuPu7, 8: BuPu8, 9: BuPu9 }
export const RdPu: PaletteGroup = { 3: RdPu3, 4: RdPu4, 5: RdPu5, 6: RdPu6, 7: RdPu7, 8: RdPu8, 9: RdPu9 }
export const PuRd: PaletteGroup = { 3: PuRd3, 4: PuRd4, 5: PuRd5, 6: PuRd6, 7: PuRd7, 8: PuRd8, 9: PuRd9 }
export const OrRd: PaletteGroup = { 3: OrRd3, 4: OrRd4, 5: OrRd5, 6: OrRd6, 7: OrRd7, 8: OrRd8, 9: OrRd9 }
export const YlOrRd: PaletteGroup = { 3: YlOrRd3, 4: YlOrRd4, 5: YlOrRd5, 6: YlOrRd6, 7: YlOrRd7, 8: YlOrRd8, 9: YlOrRd9 }
export const YlOrBr: PaletteGroup = { 3: YlOrBr3, 4: YlOrBr4, 5: YlOrBr5, 6: YlOrBr6, 7: YlOrBr7, 8: YlOrBr8, 9: YlOrBr9 }
export const Purples: PaletteGroup = { 3: Purples3, 4: Purples4, 5: Purples5, 6: Purples6, 7: Purples7, 8: Purples8, 9: Purples9 }
export const Blues: PaletteGroup = { 3: Blues3, 4: Blues4, 5: Blues5, 6: Blues6, 7: Blues7, 8: Blues8, 9: Blues9 }
export const Greens: PaletteGroup = { 3: Greens3, 4: Greens4, 5: Greens5, 6: Greens6, 7: Greens7, 8: Greens8, 9: Greens9 }
export const Oranges: PaletteGroup = { 3: Oranges3, 4: Oranges4, 5: Oranges5, 6: Oranges6, 7: Oranges7, 8: Oranges8, 9: Oranges9 }
export const Reds: PaletteGroup = { 3: Reds3, 4: Reds4, 5: Reds5, 6: Reds6, 7: Reds7, 8: Reds8, 9: Reds9 }
export const Greys: PaletteGroup = { 3: Greys3, 4: Greys4, 5: Greys5, 6: Greys6, 7: Greys7, 8: Greys8, 9: Greys9, 10: Greys10, 11: Greys11, 256: Greys256 }
export const PuOr: PaletteGroup = { 3: PuOr3, 4: PuOr4, 5: PuOr5, 6: PuOr6, 7: PuOr7, 8: PuOr8, 9: PuOr9, 10: PuOr10, 11: PuOr11 }
export const BrBG: PaletteGroup = { 3: BrBG3, 4: BrBG4, 5: BrBG5, 6: BrBG6, 7: BrBG7, 8: BrBG8, 9: BrBG9, 10: BrBG10, 11: BrBG11 }
export const PRGn: PaletteGroup = { 3: PRGn3, 4: PRGn4, 5: PRGn5, 6: PRGn6, 7: PRGn7, 8: PRGn8, 9: PRGn9, 10: PRGn10, 11: PRGn11 }
export const PiYG: PaletteGroup = { 3: PiYG3, 4: PiYG4, 5: PiYG5, 6: PiYG6, 7: PiYG7, 8: PiYG8, 9: PiYG9, 10: PiYG10, 11: PiYG11 }
export const RdBu: PaletteGroup = { 3: RdBu3, 4: RdBu4, 5: RdBu5, 6: RdBu6, 7: RdBu7, 8: RdBu8, 9: RdBu9, 10: RdBu10, 11: RdBu11 }
export const RdGy: PaletteGroup = { 3: RdGy3, 4: RdGy4, 5: RdGy5, 6: RdGy6, 7: RdGy7, 8: RdGy8, 9: RdGy9, 10: RdGy10, 11: RdGy11 }
export const RdYlBu: PaletteGroup = { 3: RdYlBu3, 4: RdYlBu4, 5: RdYlBu5, 6: RdYlBu6, 7: RdYlBu7, 8: RdYlBu8, 9: RdYlBu9, 10: RdYlBu10, 11: RdYlBu11 }
export const Spectral: PaletteGroup = { 3: Spectral3, 4: Spectral4, 5: Spectral5, 6: Spectral6, 7: Spectral7, 8: Spectral8, 9: Spectral9, 10: Spectral10, 11: Spectral11 }
export const RdYlGn: PaletteGroup = { 3: RdYlGn3, 4: RdYlGn4, 5: RdYlGn5, 6: RdYlGn6, 7: RdYlGn7, 8: RdYlGn8, 9: RdYlGn9, 10: RdYlGn10, 11: RdYlGn11 }
export const Bokeh: PaletteGroup = { 3: Bokeh3, 4: Bokeh4, 5: Bokeh5, 6: Bokeh6, 7: Bokeh7, 8: Bokeh8 }
export const Inferno: PaletteGroup = { 3: Inferno3, 4: Inferno4, 5: Inferno5, 6: Inferno6, 7: Inferno7, 8: Inferno8, 9: Inferno9, 10: Inferno10, 11: Inferno11, 256: Inferno256 }
export const Magma: PaletteGroup = { 3: Magma3, 4: Magma4, 5: Magma5, 6: Magma6, 7: Magma7, 8: Magma8, 9: Magma9, 10: Magma10, 11: Magma11, 256: Magma256 }
export const Plasma: PaletteGroup = { 3: Plasma3, 4: Plasma4, 5: Plasma5, 6: Plasma6, 7: Plasma7, 8: Plasma8, 9: Plasma9, 10: Plasma10, 11: Plasma11, 256: Plasma256 }
export const Viridis: PaletteGroup = { 3: Viridis3, 4: Viridis4, 5: Viridis5, 6: Viridis6, 7: Viridis7, 8: Viridis8, 9: Viridis9, 10: Viridis10, 11: Viridis11, 256: Viridis256 }
export const Cividis: PaletteGroup = { 3: Cividis3, 4: Cividis4, 5: Cividis5, 6: Cividis6, 7: Cividis7, 8: Cividis8, 9: Cividis9, 10: Cividis10, 11: Cividis11, 256: Cividis256 }
export const Turbo: PaletteGroup = { 3: Turbo3, 4: Turbo4, 5: Turbo5, 6: Turbo6, 7: Turbo7, 8: Turbo8, 9: Turbo9, 10: Turbo10, 11: Turbo11, 256: Turbo256 }
export const Accent: PaletteGroup = { 3: Accent3, 4: Accent4, 5: Accent5, 6: Accent6, 7: Accent7, 8: Accent8 }
export const Dark2: PaletteGroup = { 3: Dark2_3, 4: Dark2_4, 5: Dark2_5, 6: Dark2_6, 7: Dark2_7, 8: Dark2_8 }
export const Paired: PaletteGroup = { 3: Paired3, 4: Paired4, 5: Paired5, 6: Paired6, 7: Paired7, 8: Paired8, 9: Paired9, 10: Paired10, 11: Paired11, 12: Paired12 }
export const Pastel1: PaletteGroup = { 3: Pastel1_3, 4: Pastel1_4, 5: Pastel1_5, 6: Pastel1_6, 7: Pastel1_7, 8: Pastel1_8, 9: Pastel1_9 }
export const Pastel2: PaletteGroup = { 3: Pastel2_3, 4: Pastel2_4, 5: Pastel2_5, 6: Pastel2_6, 7: Pastel2_7, 8: Pastel2_8 }
export const Set1: PaletteGroup = { 3: Set1_3, 4: Set1_4, 5: Set1_5, 6: Set1_6, 7: Set1_7, 8: Set1_8, 9: Set1_9 }
export const Set2: PaletteGroup = { 3: Set2_3, 4: Set2_4, 5: Set2_5, 6: Set2_6, 7: Set2_7, 8: Set2_8 }
export const Set3: PaletteGroup = { 3: Set3_3, 4: Set3_4, 5: Set3_5, 6: Set3_6, 7: Set3_7, 8: Set3_8, 9: Set3_9, 10: Set3_10, 11: Set3_11, 12: Set3_12 }
export const Category10: PaletteGroup = { 3: Category10_3, 4: Category10_4, 5: Category10_5, 6: Category10_6, 7: Category10_7, 8: Category10_8, 9: Category10_9, 10: Category10_10 }
export const Category20: PaletteGroup = { 3: Category20_3, 4: Category20_4, 5: Category20_5, 6: Category20_6, 7: Category20_7, 8: Category20_8, 9: Category20_9, 10: Category20_10, 11: Category20_11, 12: Category20_12, 13: Category20_13, 14: Category20_14, 15: Category20_15, 16: Category20_16, 17: Category20_17, 18: Category20_18, 19: Category20_19, 20: Category20_20 }
export const Category20b: PaletteGroup = { 3: Category20b_3, 4: Category20b_4, 5: Category20b_5, 6: Category20b_6, 7: Category20b_7, 8: Category20b_8, 9: Category20b_9, 10: Category20b_10, 11: Category20b_11, 12: Category20b_12, 13: Category20b_13, 14: Category20b_14, 15: Category20b_15, 16: Category20b_16, 17: Category20b_17, 18: Category20b_18, 19: Category20b_19, 20: Category20b_20 }
export const Category20c: PaletteGroup = { 3: Category20c_3, 4: Category20c_4, 5: Category20c_5, 6: Category20c_6, 7: Category20c_7, 8: Category20c_8, 9: Category20c_9, 10: Category20c_10, 11: Category20c_11, 12: Category20c_12, 13: Category20c_13, 14: Category20c_14, 15: Category20c_15, 16: Category20c_16, 17: Category20c_17, 18: Category20c_18, 19: Category20c_19, 20: Category20c_20 }
export const Colorblind: PaletteGroup = { 3: Colorblind3, 4: Colorblind4, 5: Colorblind5, 6: Colorblind6, 7: Colorblind7, 8: Colorblind8 }
export const Bright: PaletteGroup = { 3: Bright3, 4: Bright4, 5: Bright5, 6: Bright6, 7: Bright7 }
export const HighContrast: PaletteGroup = { 3: HighContrast3 }
export const Vibrant: PaletteGroup = { 3: Vibrant3, 4: Vibrant4, 5: Vibrant5, 6: Vibrant6, 7: Vibrant7 }
export const Muted: PaletteGroup = { 3: Muted3, 4: Muted4, 5: Muted5, 6: Muted6, 7: Muted7, 8: Muted8 }
export const MediumContrast: PaletteGroup = { 3: MediumContrast3, 4: MediumContrast4, 5: MediumContrast5, 6: MediumContrast6 }
export const Light: PaletteGroup = { 3: Light3, 4: Light4, 5: Light5, 6: Light6, 7: Light7, 8: Light8, 9: Light9 }
export const Sunset: PaletteGroup = { 3: Sunset3, 4: Sunset4, 5: Sunset5, 6: Sunset6, 7: Sunset7, 8: Sunset8, 9: Sunset9, 10: Sunset10, 11: Sunset11 }
export const BuRd: PaletteGroup = { 3: BuRd3, 4: BuRd4, 5: BuRd5, 6: BuRd6, 7: BuRd7, 8: BuRd8, 9: BuRd9 }
export const TolPRGn: PaletteGroup = { 3: TolPRGn3, 4: TolPRGn4, 5: TolPRGn5, 6: TolPRGn6, 7: TolPRGn7, 8: TolPRGn8, 9: TolPRGn9 }
export const TolYlOrBr: PaletteGroup = { 3: TolYlOrBr3, 4: TolYlOrBr4, 5: TolYlOrBr5, 6: TolYlOrBr6, 7: TolYlOrBr7, 8: TolYlOrBr8, 9: TolYlOrBr9 }
export const Iridescent: PaletteGroup = { 3: Iridescent3, 4: Iridescent4, 5: Iridescent5, 6: Iridescent6, 7: Iridescent7, 8: Iridescent8, 9: Iridescent9, 10: Iridescent10, 11: Iridescent11, 12: Iridescent12, 13: Iridescent13, 14: Iridescent14, 15: Iridescent15, 16: Iridescent16, 17: Iridescent17, 18: Iridescent18, 19: Iridescent19, 20: Iridescent20, 21: Iridescent21, 22: Iridescent22, 23: Iridescent23 }
export const TolRainbow: PaletteGroup = { 3: TolRainbow3, 4: TolRainbow4, 5: TolRainbow5, 6: TolRainbow6, 7: TolRainbow7, 8: TolRainbow8, 9: TolRainbow9, 10: TolRainbow10, 11: TolRainbow11, 12: TolRainbow12, 13: TolRainbow13, 14: TolRainbow14, 15: TolRainbow15, 16: TolRainbow16, 17: TolRainbow17, 18: TolRainbow18, 19: TolRainbow19, 20: TolRainbow20, 21: TolRainbow21, 22: TolRainbow22, 23: TolRainbow23 }

export const brewer = { YlGn, YlGnBu, GnBu, BuGn, PuBuGn, PuBu, BuPu, RdPu, PuRd, OrRd, YlOrRd, YlOrBr, Purples, Blues, Greens, Oranges, Reds, Greys, PuOr, BrBG, PRGn, PiYG, RdBu, RdGy, RdYlBu, Spectral, RdYlGn, Accent, Dark2, Paired, Pastel1, Pastel2, Set1, Set2, Set3 } as const
export const d3 = { Category10, Category20, Category20b, Category20c } as const
export const bokeh = { Bokeh } as const
export const mpl = { Magma, Inferno, Plasma, Viridis, Cividis, Turbo } as const
export const tol = { Bright, HighContrast, Vibrant, Muted, MediumContrast, Light, Sunset, BuRd, TolPRGn, TolYlOrBr, Iridescent, TolRainbow } as const
export const colorblind = { Colorblind } as const

// every palette by name ("Viridis256", "Category10_10", …)
export const PALETTES: Readonly<Record<string, Palette>> = {
  YlGn3, YlGn4, YlGn5, YlGn6, YlGn7, YlGn8, YlGn9, YlGnBu3,
  YlGnBu4, YlGnBu5, YlGnBu6, YlGnBu7, YlGnBu8, YlGnBu9, GnBu3, GnBu4,
  GnBu5, GnBu6, GnBu7, GnBu8, GnBu9, BuGn3, BuGn4, BuGn5,
  BuGn6, BuGn7, BuGn8, BuGn9, PuBuGn3, PuBuGn4, PuBuGn5, PuBuGn6,
  PuBuGn7, PuBuGn8, PuBuGn9, PuBu3, PuBu4, PuBu5, PuBu6, PuBu7,
  PuBu8, PuBu9, BuPu3, BuPu4, BuPu5, BuPu6, BuPu7, BuPu8,
  BuPu9, RdPu3, RdPu4, RdPu5, RdPu6, RdPu7, RdPu8, RdPu9,
  PuRd3, PuRd4, PuRd5, PuRd6, PuRd7, PuRd8, PuRd9, OrRd3,
  OrRd4, OrRd5, OrRd6, OrRd7, OrRd8, OrRd9, YlOrRd3, YlOrRd4,
  YlOrRd5, YlOrRd6, YlOrRd7, YlOrRd8, YlOrRd9, YlOrBr3, YlOrBr4, YlOrBr5,
  YlOrBr6, YlOrBr7, YlOrBr8, YlOrBr9, Purples3, Purples4, Purples5, Purples6,
  Purples7, Purples8, Purples9, Blues3, Blues4, Blues5, Blues6, Blues7,
  Blues8, Blues9, Greens3, Greens4, Greens5, Greens6, Greens7, Greens8,
  Greens9, Oranges3, Oranges4, Oranges5, Oranges6, Oranges7, Oranges8, Oranges9,
  Reds3, Reds4, Reds5, Reds6, Reds7, Reds8, Reds9, Greys3,
  Greys4, Greys5, Greys6, Greys7, Greys8, Greys9, Greys10, Greys11,
  Greys256, PuOr3, PuOr4, PuOr5, PuOr6, PuOr7, PuOr8, PuOr9,
  PuOr10, PuOr11, BrBG3, BrBG4, BrBG5, BrBG6, BrBG7, BrBG8,
  BrBG9, BrBG10, BrBG11, PRGn3, PRGn4, PRGn5, PRGn6, PRGn7,
  PRGn8, PRGn9, PRGn10, PRGn11, PiYG3, PiYG4, PiYG5, PiYG6,
  PiYG7, PiYG8, PiYG9, PiYG10, PiYG11, RdBu3, RdBu4, RdBu5,
  RdBu6, RdBu7, RdBu8, RdBu9, RdBu10, RdBu11, RdGy3, RdGy4,
  RdGy5, RdGy6, RdGy7, RdGy8, RdGy9, RdGy10, RdGy11, RdYlBu3,
  RdYlBu4, RdYlBu5, RdYlBu6, RdYlBu7, RdYlBu8, RdYlBu9, RdYlBu10, RdYlBu11,
  Spectral3, Spectral4, Spectral5, Spectral6, Spectral7, Spectral8, Spectral9, Spectral10,
  Spectral11, RdYlGn3, RdYlGn4, RdYlGn5, RdYlGn6, RdYlGn7, RdYlGn8, RdYlGn9,
  RdYlGn10, RdYlGn11, Bokeh3, Bokeh4, Bokeh5, Bokeh6, Bokeh7, Bokeh8,
  Inferno3, Inferno4, Inferno5, Inferno6, Inferno7, Inferno8, Inferno9, Inferno10,
  Inferno11, Inferno256, Magma3, Magma4, Magma5, Magma6, Magma7, Magma8,
  Magma9, Magma10, Magma11, Magma256, Plasma3, Plasma4, Plasma5, Plasma6,
  Plasma7, Plasma8, Plasma9, Plasma10, Plasma11, Plasma256, Viridis3, Viridis4,
  Viridis5, Viridis6, Viridis7, Viridis8, Viridis9, Viridis10, Viridis11, Viridis256,
  Cividis3, Cividis4, Cividis5, Cividis6, Cividis7, Cividis8, Cividis9, Cividis10,
  Cividis11, Cividis256, Turbo3, Turbo4, Turbo5, Turbo6, Turbo7, Turbo8,
  Turbo9, Turbo10, Turbo11, Turbo256, Accent3, Accent4, Accent5, Accent6,
  Accent7, Accent8, Dark2_3, Dark2_4, Dark2_5, Dark2_6, Dark2_7, Dark2_8,
  Paired3, Paired4, Paired5, Paired6, Paired7, Paired8, Paired9, Paired10,
  Paired11, Paired12, Pastel1_3, Pastel1_4, Pastel1_5, Pastel1_6, Pastel1_7, Pastel1_8,
  Pastel1_9, Pastel2_3, Pastel2_4, Pastel2_5, Pastel2_6, Pastel2_7, Pastel2_8, Set1_3,
  Set1_4, Set1_5, Set1_6, Set1_7, Set1_8, Set1_9, Set2_3, Set2_4,
  Set2_5, Set2_6, Set2_7, Set2_8, Set3_3, Set3_4, Set3_5, Set3_6,
  Set3_7, Set3_8, Set3_9, Set3_10, Set3_11, Set3_12, Category10_3, Category10_4,
  Category10_5, Category10_6, Category10_7, Category10_8, Category10_9, Category10_10, Category20_3, Category20_4,
  Category20_5, Category20_6, Category20_7, Category20_8, Category20_9, Category20_10, Category20_11, Category20_12,
  Category20_13, Category20_14, Category20_15, Category20_16, Category20_17, Category20_18, Category20_19, Category20_20,
  Category20b_3, Category20b_4, Category20b_5, Category20b_6, Category20b_7, Category20b_8, Category20b_9, Category20b_10,
  Category20b_11, Category20b_12, Category20b_13, Category20b_14, Category20b_15, Category20b_16, Category20b_17, Category20b_18,
  Category20b_19, Category20b_20, Category20c_3, Category20c_4, Category20c_5, Category20c_6, Category20c_7, Category20c_8,
  Category20c_9, Category20c_10, Category20c_11, Category20c_12, Category20c_13, Category20c_14, Category20c_15, Category20c_16,
  Category20c_17, Category20c_18, Category20c_19, Category20c_20, Colorblind3, Colorblind4, Colorblind5, Colorblind6,
  Colorblind7, Colorblind8, Bright3, Bright4, Bright5, Bright6, Bright7, HighContrast3,
  Vibrant3, Vibrant4, Vibrant5, Vibrant6, Vibrant7, Muted3, Muted4, Muted5,
  Muted6, Muted7, Muted8, Muted9, MediumContrast3, MediumContrast4, MediumContrast5, MediumContrast6,
  PaleTextBackground, DarkText, Light3, Light4, Light5, Light6, Light7, Light8,
  Light9, Sunset3, Sunset4, Sunset5, Sunset6, Sunset7, Sunset8, Sunset9,
  Sunset10, Sunset11, BuRd3, BuRd4, BuRd5, BuRd6, BuRd7, BuRd8,
  BuRd9, TolPRGn3, TolPRGn4, TolPRGn5, TolPRGn6, TolPRGn7, TolPRGn8, TolPRGn9,
  TolYlOrBr3, TolYlOrBr4, TolYlOrBr5, TolYlOrBr6, TolYlOrBr7, TolYlOrBr8, TolYlOrBr9, Iridescent3,
  Iridescent4, Iridescent5, Iridescent6, Iridescent7, Iridescent8, Iridescent9, Iridescent10, Iridescent11,
  Iridescent12, Iridescent13, Iridescent14, Iridescent15, Iridescent16, Iridescent17, Iridescent18, Iridescent19,
  Iridescent20, Iridescent21, Iridescent22, Iridescent23, TolRainbow3, TolRainbow4, TolRainbow5, TolRainbow6,
  TolRainbow7, TolRainbow8, TolRainbow9, TolRainbow10, TolRainbow11, TolRainbow12, TolRainbow13, TolRainbow14,
  TolRainbow15, TolRainbow16, TolRainbow17, TolRainbow18, TolRainbow19, TolRainbow20, TolRainbow21, TolRainbow22,
  TolRainbow23,
}
