import type { Faker } from '@faker-js/faker'
import type { Profile } from '../../rules/profiles.ts'
import { nextRandom } from '../random.ts'

/** What every derivation draws from: one record's seeded Faker, its profile and its reference date. */
export interface Draw {
  f: Faker
  profile: Profile
  /** YYYY-MM-DD "today" for the record (windows, validity periods). */
  refDate: string
  /** The profile's exam year. */
  year: number
}

/** A whole number in [min, max]. */
export function int(_d: Draw, min: number, max: number): number {
  // The draw's Faker was seeded for this record; its randomizer is read directly, as faker.number.int would.
  return min + Math.floor(nextRandom() * (max - min + 1))
}

/** One element of a non-empty list. */
export function pick<T>(d: Draw, list: readonly T[]): T {
  if (list.length === 0) throw new Error('pick from an empty list')
  return list[int(d, 0, list.length - 1)]!
}

/** A string of n decimal digits (leading zeros allowed unless `lead` is given). */
export function digits(d: Draw, n: number, lead = '0123456789'): string {
  let s = lead[int(d, 0, lead.length - 1)]!
  for (let i = 1; i < n; i++) s += String(int(d, 0, 9))
  return s
}

export const pad2 = (n: number): string => String(n).padStart(2, '0')

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
/** n upper-case letters and digits (faker's string module is slow per call). */
export function upperAlnum(d: Draw, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += ALNUM[int(d, 0, 35)]
  return s
}

/** A real calendar day in a year (days 1-28 keep every month valid). */
export function dayIn(d: Draw, year: number, months: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]): string {
  return `${year}-${pad2(pick(d, months))}-${pad2(int(d, 1, 28))}`
}

/** The date n days before a YYYY-MM-DD date. */
export function daysBefore(date: string, n: number): string {
  const key = `${date}|${n}`
  let d = DAYS_BEFORE.get(key)
  if (d === undefined) {
    d = new Date(Date.parse(`${date}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10)
    if (DAYS_BEFORE.size < 100_000) DAYS_BEFORE.set(key, d)
  }
  return d
}
// A run asks for a few hundred (reference date, days) pairs a million times: parsing and formatting a Date each time was a tenth of `generate`'s CPU.
const DAYS_BEFORE = new Map<string, string>()
