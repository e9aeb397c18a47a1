// Streaming OHLC candlesticks with moving averages and a MACD panel, like Bokeh's classic OHLC
// demo: a simulated price ticks every 200 ms, each tick a new bar; the oldest bars roll off.
// Open http://localhost:5006/ohlc.
import { ColumnDataSource, DataRange1d, Select, Slider, column, figure, row, type Document } from "../plots/index.ts"

const ROLLOVER = 150 // bars on screen
const TICK_MS = 200

// Exponential moving average with smoothing 2 / (n + 1), updated one value at a time.
class Ema {
  private value: number | null = null
  constructor(private readonly n: number) {}
  next(x: number): number {
    const k = 2 / (this.n + 1)
    this.value = this.value == null ? x : this.value + k * (x - this.value)
    return this.value
  }
}

export default function ohlc(doc: Document): void {
  const source = new ColumnDataSource({
    name: "bars",
    data: Object.fromEntries(["time", "open", "high", "low", "close", "color", "ma", "macd", "signal", "hist"].map((c) => [c, []])),
  })
  const xRange = new DataRange1d({ follow: "end", followInterval: ROLLOVER, rangePadding: 1 })

  const price = figure({ title: "Simulated price", height: 380, sizingMode: "stretch_width", xRange, yAxisLocation: "right", tools: "xpan,xwheel_zoom,reset,save", tooltips: [["open", "@open{0.00}"], ["close", "@close{0.00}"], ["high", "@high{0.00}"], ["low", "@low{0.00}"]] })
  price.segment({ x0: "time", y0: "low", x1: "time", y1: "high", source, color: "#444" })
  price.vbar({ x: "time", width: 0.7, top: "open", bottom: "close", source, fillColor: "color", lineColor: "#444" })
  price.line({ x: "time", y: "ma", source, color: "#f2a900", lineWidth: 2, legendLabel: "moving average" })
  price.legend.location = "top_left"

  const macd = figure({ title: "MACD (12, 26, 9)", height: 180, sizingMode: "stretch_width", xRange, yAxisLocation: "right", tools: "" })
  macd.vbar({ x: "time", width: 0.7, top: "hist", bottom: 0, source, color: "#a3c4e0" })
  macd.line({ x: "time", y: "macd", source, color: "#1f5f99", legendLabel: "macd" })
  macd.line({ x: "time", y: "signal", source, color: "#d62728", legendLabel: "signal" })
  macd.legend.location = "top_left"

  const average = new Select({ name: "average", title: "Moving average", value: "SMA 10", options: ["SMA 10", "SMA 30", "EMA 10"] })
  const volatility = new Slider({ name: "volatility", title: "Volatility", start: 0.1, end: 3, step: 0.1, value: 1 })

  let t = 0
  let last = 100
  const closes: number[] = []
  const [fast, slow, signal] = [new Ema(12), new Ema(26), new Ema(9)]
  // the average of the newest closes, as the Select asks; SMA over a window or a fresh EMA pass
  const movingAverage = (): number => {
    const [kind, n] = average.value.split(" ") as [string, string]
    const window = closes.slice(-Number(n))
    if (kind === "SMA") return window.reduce((a, b) => a + b, 0) / window.length
    const ema = new Ema(Number(n))
    return window.reduce((_, x) => ema.next(x), 0)
  }

  doc.addPeriodicCallback(() => {
    const open = last
    // five sub-steps per bar give it a high and a low apart from open and close
    let high = open
    let low = open
    let close = open
    for (let i = 0; i < 5; i++) {
      close += (Math.random() - 0.5) * volatility.value
      high = Math.max(high, close)
      low = Math.min(low, close)
    }
    last = close
    closes.push(close)
    if (closes.length > 60) closes.shift()
    const m = fast.next(close) - slow.next(close)
    const s = signal.next(m)
    source.stream({
      time: [t++], open: [open], high: [high], low: [low], close: [close],
      color: [close >= open ? "#2ca25f" : "#de2d26"], ma: [movingAverage()], macd: [m], signal: [s], hist: [m - s],
    }, ROLLOVER)
  }, TICK_MS)

  doc.title = "bokeh-ts: OHLC"
  doc.addRoot(column([row([average, volatility]), price, macd], { sizingMode: "stretch_width" }))
}
