import type { Candidate } from '../candidate.ts'
import { graduateStatus } from '../checks/workStatus.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'
import { bornOn, educationRecord, verified } from './records.ts'

/** An eight-year 本科长学制 student in the graduation year: no diploma number yet. */
export function longProgramme(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  const base = freshGraduate(ctx)
  return {
    ...base,
    ...bornOn(ctx, `${y - 26}-09-30`, '男', 612),
    name: '刘洋', pinyin: 'liu yang', username: 'liuyang88', email: 'liuyang@example.com',
    work: { ...base.work, status: graduateStatus(ctx.profile.id), monthsInPost: 12 },
    education: [educationRecord({
      level: '本科长学制', school: '北京大学', major: '临床医学', lengthYears: 8,
      enrolled: `${y - 8}-09`, graduation: `${y}-06`, diplomaNumber: '',
      selected: true, verification: verified(ctx, '教育部学籍在线验证报告', 'D8K3W6Q2M9T4X7R5'),
    })],
  }
}
