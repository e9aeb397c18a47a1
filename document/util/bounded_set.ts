// A set that forgets its oldest entries past a capacity (deviation Q14: upstream's seen-ids
// set grows without bound).
export class BoundedSet<T> {
  private readonly items = new Set<T>()
  constructor(readonly capacity: number) {}

  has(item: T): boolean {
    return this.items.has(item)
  }

  add(item: T): void {
    this.items.delete(item)
    this.items.add(item)
    if (this.items.size > this.capacity) {
      this.items.delete(this.items.values().next().value as T)
    }
  }

  delete(item: T): boolean {
    return this.items.delete(item)
  }

  get size(): number {
    return this.items.size
  }
}
