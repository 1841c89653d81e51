import type { z } from 'zod'

/** An in-memory table of seeded records, validated by their contract schema on the way in. */
export interface Store<S extends z.ZodType> {
  /** Adds (or replaces, by key) one record or several; throws with the schema's message on a bad one. */
  add(records: z.input<S> | z.input<S>[]): z.output<S>[]
  get(key: string): z.output<S> | undefined
  all(): z.output<S>[]
  clear(): void
}

/** A store of `schema` records keyed by `key(record)`. */
export function createStore<S extends z.ZodType>(schema: S, key: (r: z.output<S>) => string): Store<S> {
  const rows = new Map<string, z.output<S>>()
  return {
    add(records) {
      const list = (Array.isArray(records) ? records : [records]).map((r) => schema.parse(r))
      for (const r of list) rows.set(key(r), r)
      return list
    },
    get: (k) => rows.get(k),
    all: () => [...rows.values()],
    clear: () => rows.clear(),
  }
}
