import type { Candidate } from '../candidate.ts'
import { buildResidentId } from '../checks/residentId.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'

/** A Uyghur woman whose name has the minority dot, entered as the ASCII '.' (seed 002 FAQ 二.2). */
export function minorityName(ctx: Ctx): Candidate {
  const base = freshGraduate(ctx)
  const birthDate = `${ctx.profile.examYear - 25}-07-08`
  return {
    ...base,
    username: 'ayiguli01',
    idNumber: buildResidentId(base.idNumber.slice(0, 6), birthDate, '女', 246),
    name: '阿依古丽.买买提',
    pinyin: 'ayiguli maimaiti',
    sex: '女',
    birthDate,
    ethnicity: '维吾尔族',
    email: 'ayiguli@example.com',
  }
}
