import { pinyin } from 'pinyin-pro'
import { buildResidentId } from '../../rules/checks/residentId.ts'
import { countiesOf, PROVINCES } from '../reference.ts'
import { dayIn, int, pick, type Draw } from './draw.ts'

export type Sex = '男' | '女'

// Names repeat across records, and pinyin conversion is the costliest step of a record: cache it (bounded).
const PINYIN_CACHE = new Map<string, string>()

/** Latin transliteration of a Chinese name: surname first, lower case, syllables spaced ('zhang wei'). */
export function pinyinOf(name: string): string {
  let py = PINYIN_CACHE.get(name)
  if (py === undefined) {
    py = pinyin(name, { toneType: 'none', surname: 'head', nonZh: 'consecutive', v: true }).replace(/\s+/g, ' ').trim()
    if (PINYIN_CACHE.size >= 20_000) PINYIN_CACHE.clear()
    PINYIN_CACHE.set(name, py)
  }
  return py
}

/** A Han name from faker's zh_CN name lists (read directly: faker's pattern engine is slow), matching the sex. */
export function hanName(d: Draw, sex: Sex): string {
  const p = d.f.definitions.person as unknown as { last_name: { generic: string[] }; first_name: Record<'male' | 'female', string[]> }
  return pick(d, p.last_name.generic) + pick(d, p.first_name[sex === '男' ? 'male' : 'female'])
}

/** A resident ID region: a real county-level division of the exam area's province, or of any province. */
export function idRegion(d: Draw): string {
  const province = d.profile.examArea?.code.slice(0, 2) ?? pick(d, PROVINCES)
  return pick(d, countiesOf(province)).code
}

export interface MainlandIdentity {
  idNumber: string
  idValidUntil: string
  sex: Sex
  birthDate: string
}

/**
 * A mainland resident's identity: birth date in the given year, sex, and the ID built from them,
 * so the ID's region, birth date and sex agree with the form by construction.
 */
export function mainlandIdentity(d: Draw, birthYear: number, sex: Sex = pick(d, ['男', '女'] as const)): MainlandIdentity {
  const birthDate = dayIn(d, birthYear)
  const idNumber = buildResidentId(idRegion(d), birthDate, sex, int(d, 0, 999))
  return { idNumber, idValidUntil: idValidity(d, birthDate), sex, birthDate }
}

/** ID expiry: 长期 from age 46, else a date on the birthday a few years after the exam year. */
export function idValidity(d: Draw, birthDate: string): string {
  const age = d.year - Number(birthDate.slice(0, 4))
  if (age >= 46) return '长期'
  return `${d.year + int(d, 1, 9)}${birthDate.slice(4)}`
}
