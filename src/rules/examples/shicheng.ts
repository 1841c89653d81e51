import type { Candidate } from '../candidate.ts'
import { examCode } from '../exams.ts'
import { extendsProfile } from '../profiles.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'
import { bornOn, educationRecord } from './records.ts'

/** A 传统医学师承 candidate applying for 中医助理; the 2025 platform (seed 004) takes '-' where there is no school, month or number. */
export function shicheng(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  const base = freshGraduate(ctx)
  const blank = extendsProfile(ctx.profile.id, 'national-2025') ? '-' : ''
  return {
    ...base,
    ...bornOn(ctx, `${y - 41}-02-28`, '男', 77),
    name: '孙德仁', pinyin: 'sun de ren', username: 'sunderen', email: 'sunderen@example.com',
    work: { ...base.work, post: '中医科', monthsInPost: 12 },
    education: [educationRecord({
      level: '传统医学师承或确有专长人员', studyForm: '师承', school: blank, major: '中医学', lengthYears: null,
      enrolled: '', graduation: blank, diplomaNumber: blank, selected: true,
    })],
    application: { ...base.application, examCode: examCode(y, '中医', '助理'), freshGraduate: false },
  }
}
