/** The mocks' notion of time and identifiers: injectable so tests get the same output every run. */
export interface MockClock {
  /** The current instant. */
  now(): Date
  /** The next id with this prefix: `SMS-000001`, `T000001`… counting from 1 after each reset. */
  nextId(prefix: string): string
  /** Restarts every id counter. */
  reset(): void
}

/** A clock over `now` (the wall clock by default) with per-prefix counters. */
export function createClock(now: () => Date = () => new Date()): MockClock {
  const counters = new Map<string, number>()
  return {
    now,
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1
      counters.set(prefix, n)
      return `${prefix}${String(n).padStart(6, '0')}`
    },
    reset: () => counters.clear(),
  }
}

/** Today as YYYY-MM-DD in China Standard Time (UTC+8), the zone of every date the services speak of. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}
