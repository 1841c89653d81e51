import { EXAMS, type Category, type ExamLevel } from '../../rules/exams.ts'

/** One exam (考试项目) the wizard offers: full code = exam year + 3-digit code. */
export interface YearExam {
  code: string
  category: Category
  level: ExamLevel
  name: string
}

/** The exams of an exam year (from the catalogue's exam table), in the order of their codes. */
export function examsOf(year: number): YearExam[] {
  return EXAMS.map((e) => ({
    code: `${year}${e.code}`, category: e.category, level: e.level,
    name: e.level === '执业' ? `${e.category}执业医师` : `${e.category}执业助理医师`,
  }))
}

/** The exam with this full code in that year, or null. */
export function examByCode(year: number, code: string): YearExam | null {
  return examsOf(year).find((e) => e.code === code) ?? null
}
