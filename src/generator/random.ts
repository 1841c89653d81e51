import type { Faker, Randomizer } from '@faker-js/faker'
import { faker as fakerZhCN } from '@faker-js/faker/locale/zh_CN'

// Faker's default Mersenne Twister costs ~40 µs to re-seed; a 32-bit sfc-style generator re-seeds
// in nanoseconds, so one Faker can be re-seeded per record and a record's seed still rebuilds it alone.

/** Mixes a seed and a stream number into one well-spread 32-bit state (murmur3 finaliser). */
export function mix(seed: number, stream = 0): number {
  let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** A fast, seedable Randomizer for Faker (mulberry32). */
function mulberry32(): Randomizer {
  let s = 0
  return {
    next() {
      s = (s + 0x6d2b79f5) | 0
      let t = s
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    },
    seed(v) {
      s = Array.isArray(v) ? v.reduce((a, b) => mix(a, b), 0) : mix(v)
    },
  }
}

const randomizer = mulberry32()
// The zh_CN entry point loads one locale (8 MB) where the package root loads all seventy (40 MB);
// its Faker class, built again with our randomizer, gives a zh_CN Faker we can re-seed cheaply.
const FakerClass = fakerZhCN.constructor as typeof Faker
const shared = new FakerClass({ locale: fakerZhCN.rawDefinitions, randomizer })

/** The next draw in [0, 1) of the shared Faker's randomizer (hot paths call it without faker's option parsing). */
export const nextRandom = (): number => randomizer.next()

/** The generator's Faker (zh_CN), re-seeded for one record: same seed, same draws. */
export function fakerFor(seed: number, stream = 0): Faker {
  shared.seed([seed >>> 0, stream])
  return shared
}

/** Parses a CLI/API seed: a non-negative 32-bit integer. */
export function isSeed(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff
}
