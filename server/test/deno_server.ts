// Run by deno_server.test.ts under Deno 2: serves the BokehJS client test's app, prints
// "listening <port>" and stays up until its stdin closes.
import { serve } from "../index.ts"
import { sliderApp } from "./fixtures/slider_app.ts"

const server = await serve({ "/app": sliderApp }, { port: 0, address: "127.0.0.1", allowWebsocketOrigin: ["127.0.0.1"], keepAlive: 0 })
console.log(`listening ${server.port}`)
process.stdin.on("data", () => {})
process.stdin.on("end", () => {
  void server.stop().then(() => process.exit(0))
})
