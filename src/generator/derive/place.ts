import type { ProfileId } from '../../rules/profiles.ts'
import { UNITS, siteOf, type Unit, type UnitFit } from '../reference.ts'
import { pick, type Draw } from './draw.ts'

// Where a candidate works decides the exam area and site (报考考区/考点: "本人所在地或工作单位所在的考区").
// A profile with an exam area keeps units inside it; Shijiazhuang's notice covers one 考点 only.
const UNIT_PREFIX: Partial<Record<ProfileId, string>> = {
  'hubei-2022': '42',
  'hubei-2026': '42',
  'hebei-shijiazhuang-2022': '1301',
  'hunan-2025': '43',
}

/** Units that fit a need (category or post) inside the profile's area. */
export function unitsFor(profile: ProfileId, fit: UnitFit): readonly Unit[] {
  const key = `${profile}/${fit}`
  const cached = UNITS_BY.get(key)
  if (cached) return cached
  const prefix = UNIT_PREFIX[profile] ?? ''
  const found = UNITS.filter((u) => u.division.startsWith(prefix) && u.fits.includes(fit))
  if (found.length === 0) throw new Error(`no work unit for "${fit}" under ${profile}: add one to src/generator/data/units.json`)
  UNITS_BY.set(key, found)
  return found
}
const UNITS_BY = new Map<string, readonly Unit[]>()

export interface Place {
  unit: Unit
  /** 考区: province-level code. */
  area: string
  /** 考点: prefecture (district in municipalities). */
  site: string
}

/** Draws a work unit that fits and derives the exam area and site from it. */
export function placeFor(d: Draw, fit: UnitFit): Place {
  const unit = pick(d, unitsFor(d.profile.id, fit))
  return { unit, area: `${unit.division.slice(0, 2)}0000`, site: siteOf(unit.division) }
}
