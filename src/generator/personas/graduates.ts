import type { Work } from '../../rules/candidate.ts'
import { inherited, type ProfileId } from '../../rules/profiles.ts'
import { assemble, type Spec } from '../derive/assemble.ts'
import { int, pick, type Draw } from '../derive/draw.ts'
import type { Category, ExamLevel } from '../reference.ts'
import type { Builders } from './builder.ts'

// Mainland medical graduates: 应届 and 试用期满, graduate and long-programme students in their
// graduation year, and the multi-record paths 专升本 and 3+2.

export const GRADUATE_CATEGORIES: readonly Category[] = ['临床', '口腔', '公共卫生', '中医', '中西医结合']

/** 在岗情况 of a student in the graduation year: the 2025 platform's form (seed 004) names it 研究生(在读). */
const STUDENT_STATUS: Partial<Record<ProfileId, Work['status']>> = { 'national-2025': '研究生(在读)' }
export const studentStatus = (d: Draw): Work['status'] => inherited(STUDENT_STATUS, d.profile.id) ?? '当年毕业研究生'

/** 执业 needs 本科 (5 years); 助理 is reached with 专科 (3 years). */
const FIRST_DEGREES = [
  { level: '执业' as const, stage: { level: '本科' as const, years: 5 } },
  { level: '助理' as const, stage: { level: '专科' as const, years: 3 } },
]
function firstDegree(d: Draw, level?: ExamLevel): { level: ExamLevel; stage: Spec['plan']['stages'][number] } {
  return pick(d, FIRST_DEGREES.filter((f) => !level || f.level === level))
}

/** A graduate of last year in the probation year (the catalogue's default base). */
export function freshGraduateSpec(d: Draw): Spec {
  const category = pick(d, GRADUATE_CATEGORIES)
  const { level, stage } = firstDegree(d)
  return {
    category, level, plan: { stages: [stage], graduates: d.year - 1, graduated: true },
    status: '试用期', fit: category, extraSubject: '无', freshGraduate: true, monthsInPost: 12,
  }
}

/** A graduate of earlier years, in post after the probation year. */
export function probationSpec(d: Draw, category: Category = pick(d, GRADUATE_CATEGORIES), wanted?: ExamLevel): Spec {
  const { level, stage } = firstDegree(d, wanted)
  const graduates = d.year - 1 - int(d, 1, 6)
  return {
    category, level, plan: { stages: [stage], graduates, graduated: true },
    status: '在职', fit: category, extraSubject: '无', freshGraduate: false,
    monthsInPost: (d.year - graduates) * 12 - int(d, 6, 8), attempts: int(d, 1, 2),
  }
}

function studentSpec(d: Draw, category: Category, stages: Spec['plan']['stages']): Spec {
  return {
    category, level: '执业', plan: { stages, graduates: d.year, graduated: false },
    status: studentStatus(d), fit: category, extraSubject: '无', freshGraduate: true, monthsInPost: 12,
  }
}

export const graduates: Builders = {
  'fresh-graduate': (d) => assemble(d, freshGraduateSpec(d)),
  'probation-doctor': (d) => assemble(d, probationSpec(d)),
  'graduate-student': (d) => assemble(d, studentSpec(d, pick(d, GRADUATE_CATEGORIES), [
    { level: '本科', years: 5 }, { level: '硕士研究生', years: 3 },
  ])),
  'long-programme': (d) => assemble(d, studentSpec(d, pick(d, ['临床', '中医'] as const), [{ level: '本科长学制', years: 8 }])),
  zhuanshengben: (d) => assemble(d, {
    ...freshGraduateSpec(d), level: '执业',
    plan: { stages: [{ level: '专科', years: 3 }, { level: '本科', years: 2 }], graduates: d.year - 1, graduated: true },
  }),
  'three-plus-two': (d) => {
    const category = pick(d, ['临床', '中医'] as const)
    return assemble(d, {
      ...freshGraduateSpec(d), category, fit: category, level: '助理',
      plan: { stages: [{ level: '中专', years: 3 }, { level: '专科', years: 2 }], graduates: d.year - 1, graduated: true },
    })
  },
}
