import type { CATEGORIES, LEVELS } from './vocabulary.ts'

// The exams a candidate can choose: category × level → 3-digit exam code. The 考试编码 on the
// platform is the exam year followed by this code (seed 002: "考试编码: 2014110").
// From the seeds: 110 临床执业 and 120 口腔执业 (seed 002, 1. 选择报考类别, and 2021110 in seed 003's
// screenshot), 150 中西医结合执业 (seed 002, 四、网上缴费: "2014150 中西医结合执业医师").
// Assumed (no seed shows them): 130 公共卫生执业, 140 中医执业, and the 助理 codes 210-250 and
// 260 乡村全科助理, following the pattern "level digit, category digit, 0" of the codes above.
// 乡村全科 exists only at the 助理 level (seed 003: 乡村全科执业助理医师; seed 004: 【乡村】).

export type Category = (typeof CATEGORIES)[number]
export type ExamLevel = (typeof LEVELS)[number]

/** One exam of the 医师资格考试: its code, category, level, and whether a seed shows the code. */
export interface Exam {
  code: string
  category: Category
  level: ExamLevel
  fromSeed: boolean
}

/** Every exam a candidate can choose, as data. */
export const EXAMS: readonly Exam[] = [
  { code: '110', category: '临床', level: '执业', fromSeed: true },
  { code: '120', category: '口腔', level: '执业', fromSeed: true },
  { code: '130', category: '公共卫生', level: '执业', fromSeed: false },
  { code: '140', category: '中医', level: '执业', fromSeed: false },
  { code: '150', category: '中西医结合', level: '执业', fromSeed: true },
  { code: '210', category: '临床', level: '助理', fromSeed: false },
  { code: '220', category: '口腔', level: '助理', fromSeed: false },
  { code: '230', category: '公共卫生', level: '助理', fromSeed: false },
  { code: '240', category: '中医', level: '助理', fromSeed: false },
  { code: '250', category: '中西医结合', level: '助理', fromSeed: false },
  { code: '260', category: '乡村全科', level: '助理', fromSeed: false },
]

/** The exam a 7-digit 考试编码 (year + code) names; undefined when the shape or the code is unknown. */
export function examOf(examCode: string): Exam | undefined {
  if (!/^\d{7}$/.test(examCode)) return undefined
  return EXAMS.find((e) => e.code === examCode.slice(4))
}

/** The 7-digit 考试编码 of an exam in a year. */
export function examCode(year: number, category: Category, level: ExamLevel): string {
  const exam = EXAMS.find((e) => e.category === category && e.level === level)
  if (!exam) throw new Error(`no exam ${category}${level}`)
  return `${year}${exam.code}`
}
