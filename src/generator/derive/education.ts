import type { EducationRecord } from '../../rules/candidate.ts'
import { MAJORS, SCHOOLS, schoolKind, type Category, type EducationLevel, type School } from '../reference.ts'
import { daysBefore, digits, int, pick, upperAlnum, type Draw } from './draw.ts'

// Education timelines: enrolment in September, graduation in June or July after the programme's
// length, one stage after the other (专升本, 3+2). The 18-digit 电子注册号 is laid out as 学校代码(5)
// 办学类型(1) 毕业年份(4) 层次(2) 序号(6), so it agrees with the school and graduation year.

export interface Stage {
  level: EducationLevel
  years: number
  studyForm?: EducationRecord['studyForm']
}

export interface EducationPlan {
  category: Category
  stages: Stage[]
  /** Graduation year of the last stage. */
  graduates: number
  /** The last stage is finished (false: in the graduation year, no diploma yet). */
  graduated: boolean
}

const LEVEL_CODE: Partial<Record<EducationLevel, string>> = {
  博士研究生: '01', 硕士研究生: '02', 本科长学制: '05', 本科: '05', 专科: '06', 中专: '07',
}
const FORM_CODE: Record<string, string> = { 普通全日制: '1', 成人教育: '5', 网络教育: '6', 自学考试: '7', 师承: '9', '': '1' }
const DEGREE: Partial<Record<EducationLevel, string>> = {
  博士研究生: '医学博士', 硕士研究生: '医学硕士', 本科长学制: '医学博士', 本科: '医学学士',
}
/** Levels whose records carry a 学信网 verification code (seed 001: 专科、本科及以上学历). */
const VERIFIED: ReadonlySet<EducationLevel> = new Set(['博士研究生', '硕士研究生', '本科长学制', '本科', '专科'])

/** Schools that teach a level for a category. */
export function schoolsFor(category: Category, level: EducationLevel): readonly School[] {
  const key = `${category}/${level}`
  let list = SCHOOLS_BY.get(key)
  if (!list) {
    const kind = schoolKind(category)
    list = SCHOOLS.filter((s) => s.levels.includes(level) && s.kinds.includes(kind))
    SCHOOLS_BY.set(key, list)
  }
  return list
}
const SCHOOLS_BY = new Map<string, readonly School[]>()

/** The 18-digit electronic registration number of a diploma. */
export function diplomaNumber(d: Draw, school: School, form: string, year: number, level: EducationLevel): string {
  const head = school.code || `${school.province}000`
  return `${head}${FORM_CODE[form] ?? '1'}${year}${LEVEL_CODE[level] ?? '05'}${digits(d, 6)}`
}

/** A 学信网 online verification code: 16 upper-case letters and digits, issued within the last 3 months. */
export function verification(d: Draw, kind: NonNullable<EducationRecord['verification']>['kind']): EducationRecord['verification'] {
  return { kind, code: upperAlnum(d, 16), issuedOn: daysBefore(d.refDate, int(d, 1, 90)) }
}

/** The education records of a plan, oldest first; the last one is selected for the application. */
export function educationRecords(d: Draw, plan: EducationPlan): EducationRecord[] {
  const total = plan.stages.reduce((n, s) => n + s.years, 0)
  let start = plan.graduates - total
  return plan.stages.map((stage, i) => {
    const last = i === plan.stages.length - 1
    const end = start + stage.years
    const graduated = !last || plan.graduated
    const school = pick(d, schoolsFor(plan.category, stage.level))
    const form = stage.studyForm ?? '普通全日制'
    const record: EducationRecord = {
      region: '大陆',
      level: stage.level,
      studyForm: form,
      school: school.name,
      major: pick(d, MAJORS[plan.category][stage.level]),
      lengthYears: stage.years,
      enrolled: `${start}-09`,
      graduation: `${end}-0${pick(d, [6, 7])}`,
      diplomaNumber: graduated ? diplomaNumber(d, school, form, end, stage.level) : '',
      degree: graduated ? DEGREE[stage.level] ?? '' : '',
      selected: last,
      verification: VERIFIED.has(stage.level)
        ? verification(d, graduated ? '教育部学历证书电子注册备案表' : '教育部学籍在线验证报告')
        : null,
    }
    start = end
    return record
  })
}
