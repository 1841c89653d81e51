import type { Candidate, EducationRecord } from '../candidate.ts'
import type { AFFILIATIONS, EDUCATION_REGIONS, UNIT_TYPES } from '../vocabulary.ts'
import { HOMES } from './home.ts'
import type { ProfileId } from '../profiles.ts'

// A profile means rules and values, not a place: the example candidates take the work unit (with its
// 考区 and 考点), schools and majors from the target's own dictionary where it gives one, and keep
// everything else, so each persona stays what it is (a 乡镇卫生院 doctor, an army doctor, a 专科 graduate).

/** A unit of the target's dictionary, in the candidate model's terms. */
export interface LocalUnit { name: string; division: string; type: (typeof UNIT_TYPES)[number]; affiliation: (typeof AFFILIATIONS)[number] }

/** A school of the target's dictionary; `region` as an education record's 类型 (大陆, 港澳台, 国外). */
export interface LocalSchool { name: string; region?: (typeof EDUCATION_REGIONS)[number] }

/** The target's own places and dictionaries the example candidates draw from (its adapter's `reference()`). */
export interface Local {
  /** 考区 (province division code) and their 考点 (the candidate model's site codes). */
  areas?: readonly { code: string; sites: readonly { code: string }[] }[]
  units?: readonly LocalUnit[]
  schools?: readonly LocalSchool[]
  majors?: readonly string[]
}

/** 隶属 whose units form their own kind; every other civil unit takes its prefecture's 考点. */
const OWN_KIND = new Set<string>(['军队', '武警', '公安', '中央', '省级'])
const sameKind = (a: string, b: string) => a === b || (!OWN_KIND.has(a) && !OWN_KIND.has(b))
const siteOf = (division: string) => `${division.slice(0, 4)}00`

/** The target's unit that can stand for the example's: same type and kind of 隶属, in the profile's 考区, a 考点 the target has; the home prefecture first. */
function unitFor(c: Candidate, local: Local, profile: ProfileId, examArea: string | null): LocalUnit | undefined {
  const home = siteOf(HOMES[profile].division)
  const sites = local.areas && new Set(local.areas.flatMap((a) => a.sites.map((s) => s.code)))
  const fits = (local.units ?? []).filter((u) => u.type === c.work.unitType && sameKind(u.affiliation, c.work.affiliation)
    && (!examArea || u.division.slice(0, 2) === examArea.slice(0, 2)) && (!sites || sites.has(siteOf(u.division))))
  return fits.find((u) => siteOf(u.division) === home) ?? fits[0]
}

/** The target's name for a record's school (the same name, else one of the same region); null: keep ours (and a 师承 record's '-'). */
function schoolFor(r: EducationRecord, local: Local): string | null {
  if (!local.schools?.length || r.studyForm === '师承' || r.school.length < 2 || local.schools.some((s) => s.name === r.school)) return null
  return (local.schools.find((s) => s.region === r.region) ?? null)?.name ?? null
}

/** The target's name for a major (the same name, else one sharing its first two characters); null: keep ours. */
function majorFor(name: string, local: Local): string | null {
  if (!local.majors?.length || !name || local.majors.includes(name)) return null
  return local.majors.find((m) => m.slice(0, 2) === name.slice(0, 2)) ?? null
}

/** The example candidate placed in the target's dictionary: its unit, 考区 and 考点, schools and majors where the target has its own. */
export function localise(c: Candidate, local: Local, profile: ProfileId, examArea: string | null): Candidate {
  const unit = c.work.unit ? unitFor(c, local, profile, examArea) : undefined
  const placed: Candidate = unit && unit.name !== c.work.unit
    ? { ...c, work: { ...c.work, unit: unit.name, unitDivision: unit.division, affiliation: unit.affiliation },
        application: { ...c.application, area: `${unit.division.slice(0, 2)}0000`, site: siteOf(unit.division) } }
    : c
  return {
    ...placed,
    education: placed.education.map((r) => ({ ...r, school: schoolFor(r, local) ?? r.school, major: majorFor(r.major, local) ?? r.major })),
  }
}
