import type { Candidate } from '../candidate.ts'
import { examCode } from '../exams.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'
import { assistantCertificate, bornOn, diplomaNo, educationRecord, verified } from './records.ts'

/** A 专科 graduate holding a 执业助理医师 certificate (registered four years ago) applying for 临床执业. */
export function assistantUpgradeZhuanke(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  const base = freshGraduate(ctx)
  return {
    ...base,
    ...bornOn(ctx, `${y - 28}-05-20`, '女', 246),
    name: '王芳', pinyin: 'wang fang', username: 'wangfang8', email: 'wangfang@example.com',
    work: { ...base.work, status: '在职', monthsInPost: 48 },
    education: [educationRecord({
      level: '专科', school: '沧州医学高等专科学校', major: '临床医学', lengthYears: 3,
      enrolled: `${y - 9}-09`, graduation: `${y - 6}-06`, diplomaNumber: diplomaNo('12868', y - 6, '专科', 3318),
      selected: true, verification: verified(ctx),
    })],
    certificates: [assistantCertificate(ctx, `${y - 5}-12`, `${y - 4}-03`, '内科专业')],
    application: { ...base.application, examCode: examCode(y, '临床', '执业'), freshGraduate: false },
  }
}
