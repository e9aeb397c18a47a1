// The worker function of demos/instruments.ts: one reading of every instrument per call,
// returned as a Float64Array that is moved (not copied) to the main thread.
import { transfer } from "../../server/workers/transfer.ts"

// Each instrument reads around its own level, so a reading shown on the wrong instrument
// stands out. The main thread uses the same table to label and check them.
export const INSTRUMENTS = [
  { name: "Pressure", unit: "mbar", level: 1000, swing: 8 },
  { name: "Temperature", unit: "°C", level: 25, swing: 3 },
  { name: "Voltage", unit: "V", level: 5, swing: 0.4 },
  { name: "Flow", unit: "l/min", level: 150, swing: 40 },
] as const

let calls = 0

export default function readInstruments(): unknown {
  calls++
  const t = calls / 1000
  const readings = new Float64Array(INSTRUMENTS.length)
  INSTRUMENTS.forEach((instrument, i) => {
    const wave = Math.sin(t * (1 + i) + i) * 0.8 + (Math.random() - 0.5) * 0.4
    readings[i] = instrument.level + instrument.swing * wave
  })
  return transfer(readings)
}
