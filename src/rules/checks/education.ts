import type { Candidate, Certificate, EducationRecord } from '../candidate.ts'
import type { EDUCATION_LEVELS } from '../vocabulary.ts'
import { isGraduateStatus } from './workStatus.ts'
import { YEAR_MONTH } from './dates.ts'

// Groupings of 报考学历 and small lookups the education and certificate rules share.

export type EducationLevel = (typeof EDUCATION_LEVELS)[number]

/** Levels of higher education (专科 and above): the ones with a 学信网 electronic registration. */
export const HIGHER_LEVELS: readonly EducationLevel[] = ['博士研究生', '硕士研究生', '本科长学制', '本科', '专科']

/** Levels that need no school, graduation month or diploma number (seed 002, 报考学历 / 毕业证书编号). */
export const NO_SCHOOL_LEVELS: readonly EducationLevel[] = ['传统医学师承或确有专长人员', '无学历']

/** Levels a candidate may still be studying at when applying (seed 002 FAQ 一.5: 在读研究生 or 长学制). */
export const IN_SCHOOL_LEVELS: readonly EducationLevel[] = ['博士研究生', '硕士研究生', '本科长学制']

export const SHICHENG = '传统医学师承或确有专长人员'

/** The education record ticked for this application (the first, if several are). */
export function selectedEducation(c: Candidate): EducationRecord | undefined {
  return c.education.find((r) => r.selected)
}

/** The certificate ticked for this application. */
export function selectedCertificate(c: Candidate): Certificate | undefined {
  return c.certificates.find((r) => r.selected)
}

/** Whether the record is the one a 当年毕业研究生 / 长学制 student is still studying for. */
export function inSchool(c: Candidate, r: EducationRecord): boolean {
  return r.selected && IN_SCHOOL_LEVELS.includes(r.level) && isGraduateStatus(c.work.status)
}

/** Whether a YYYY-MM value is well formed. */
export const isYearMonth = (s: string): boolean => YEAR_MONTH.test(s)

/**
 * Findings for the education records a rule governs (`inScope`) that break it (`bad`), each at
 * the record's own path, so a rule judges every record and not only the first.
 */
export function recordFindings(
  c: Candidate,
  inScope: (r: EducationRecord) => boolean,
  bad: (r: EducationRecord) => boolean,
  code: string,
  field: keyof EducationRecord,
): { code: string; path: string }[] {
  return c.education.flatMap((r, i) => (inScope(r) && bad(r) ? [{ code, path: `education.${i}.${String(field)}` }] : []))
}
