// Settings of the benchmark apps, from the environment (the bench suite sets them per case).
import process from "node:process"

export function envNumber(name: string, fallback: number): number {
  const text = process.env[name]
  const value = Number(text ?? fallback)
  if (!(value >= 0) || !Number.isFinite(value)) throw new Error(`${name} must be a non-negative number, got ${text}`)
  return value
}

export function envFlag(name: string, fallback: boolean): boolean {
  const text = process.env[name]
  return text == null ? fallback : text !== "0"
}
