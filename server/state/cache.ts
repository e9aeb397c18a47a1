// A process-wide cache shared by every session (spec document.md §14.11), with an optional
// time to live per entry. Expired entries are dropped when they are next looked at: there is
// no timer, so the cache never keeps the process alive.
import { performance } from "node:perf_hooks"
import { ValueError } from "../../document/index.ts"
import { describe } from "./current.ts"

interface Entry {
  readonly value: unknown
  // performance.now() after which the entry is gone; Infinity without a ttl
  readonly expires: number
}

export interface CacheOptions {
  // ms the value stays fresh (default: forever)
  readonly ttl?: number | null
}

export class Cache {
  private readonly entries = new Map<string, Entry>()
  // computations under way, shared by concurrent asCached() callers of the same key
  private readonly inFlight = new Map<string, Promise<unknown>>()

  get size(): number {
    this.sweep()
    return this.entries.size
  }

  has(key: string): boolean {
    return this.fresh(key) != null
  }

  get<T = unknown>(key: string): T | undefined {
    return this.fresh(key)?.value as T | undefined
  }

  set(key: string, value: unknown, options: CacheOptions = {}): void {
    this.entries.set(checkKey(key), { value, expires: expiry(options.ttl) })
  }

  delete(key: string): boolean {
    return this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }

  keys(): string[] {
    this.sweep()
    return [...this.entries.keys()]
  }

  // The value cached under `key`, or `fn()`'s result, cached (for `ttl` ms when given). Callers
  // that ask while `fn` runs wait for the same result: `fn` runs once. A failure is not cached
  // and reaches every caller that waited for it.
  async asCached<T>(key: string, fn: () => T | Promise<T>, options: CacheOptions = {}): Promise<T> {
    checkKey(key)
    if (typeof fn !== "function") throw new ValueError(`asCached expects a function that computes the value, got ${describe(fn)}`)
    expiry(options.ttl)
    const hit = this.fresh(key)
    if (hit != null) return hit.value as T
    const running = this.inFlight.get(key)
    if (running != null) return running as Promise<T>
    const computing = (async () => {
      try {
        const value = await fn()
        // the ttl counts from when the value was made
        this.entries.set(key, { value, expires: expiry(options.ttl) })
        return value
      } finally {
        this.inFlight.delete(key)
      }
    })()
    this.inFlight.set(key, computing)
    return computing
  }

  // computations under way (for tests: the table shrinks back when they end)
  get computing(): number {
    return this.inFlight.size
  }

  private fresh(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry == null) return undefined
    if (entry.expires > performance.now()) return entry
    this.entries.delete(key)
    return undefined
  }

  private sweep(): void {
    const now = performance.now()
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key)
  }
}

function expiry(ttl: number | null | undefined): number {
  if (ttl == null) return Infinity
  if (typeof ttl !== "number" || !(ttl > 0)) throw new ValueError(`ttl must be a positive number of milliseconds, got ${describe(ttl)}`)
  return performance.now() + ttl
}

function checkKey(key: unknown): string {
  if (typeof key !== "string") throw new ValueError(`cache keys are strings, got ${describe(key)}`)
  return key
}

// The process's cache (Panel's state.cache).
export const cache = new Cache()

// Memoizes `fn()` in the process cache under `key`; see Cache.asCached.
export function asCached<T>(key: string, fn: () => T | Promise<T>, options: CacheOptions = {}): Promise<T> {
  return cache.asCached(key, fn, options)
}
