/** Injectable time: frozen with `--now`, movable by tests and the admin API, else the wall clock. */
export interface Clock {
  now(): Date
  /** Freezes time at an ISO instant; null returns to the wall clock. */
  set(iso: string | null): void
  readonly frozen: boolean
}

/** A clock frozen at `fixed` when given, else following the wall clock. */
export function createClock(fixed?: string | null): Clock {
  let at: Date | null = fixed ? parseInstant(fixed) : null
  return {
    now: () => (at ? new Date(at) : new Date()),
    set: (iso) => { at = iso ? parseInstant(iso) : null },
    get frozen() { return at !== null },
  }
}

function parseInstant(iso: string): Date {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) throw new Error(`not an ISO date-time: "${iso}"`)
  return d
}

/** Beijing wall time of an instant, the way the platform shows and compares dates. */
export function beijing(d: Date): { date: string; dateTime: string; iso: string } {
  const t = new Date(d.getTime() + 8 * 3600_000).toISOString()
  return { date: t.slice(0, 10), dateTime: `${t.slice(0, 10)} ${t.slice(11, 19)}`, iso: `${t.slice(0, 19)}+08:00` }
}
