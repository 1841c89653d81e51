/** Injectable time: frozen with `--now`, movable by tests and the trainer, running from an instant, else the wall clock. */
export interface Clock {
  now(): Date
  /** Freezes time at an ISO instant; null returns to the wall clock. */
  set(iso: string | null): void
  /** Lets time run on from an ISO instant at the wall clock's pace (a trainer's "从某一时刻开始运行"). */
  run(iso: string): void
  readonly frozen: boolean
  /** How the clock moves: frozen at an instant, running from one, or the wall clock. */
  readonly mode: 'frozen' | 'running' | 'wall'
}

/** A clock frozen at `fixed` when given, else following the wall clock; `wall` reads real time (tests inject their own). */
export function createClock(fixed?: string | null, wall: () => number = Date.now): Clock {
  let at: Date | null = fixed ? parseInstant(fixed) : null
  let offset: number | null = null
  return {
    now: () => (at ? new Date(at) : new Date(wall() + (offset ?? 0))),
    set: (iso) => { at = iso ? parseInstant(iso) : null; offset = null },
    run: (iso) => { offset = parseInstant(iso).getTime() - wall(); at = null },
    get frozen() { return at !== null },
    get mode() { return at !== null ? 'frozen' : offset !== null ? 'running' : 'wall' },
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
