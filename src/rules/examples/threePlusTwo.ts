import type { Candidate } from '../candidate.ts'
import { examCode } from '../exams.ts'
import type { Ctx } from '../rule.ts'
import { probationDoctor } from './probationDoctor.ts'
import { bornOn, diplomaNo, educationRecord, verified } from './records.ts'

/** 3+2: three years of 中专 then two of 专科 (ticked), applying for 临床助理. */
export function threePlusTwo(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  const base = probationDoctor(ctx)
  return {
    ...base,
    ...bornOn(ctx, `${y - 23}-04-12`, '女', 404),
    education: [
      educationRecord({
        level: '中专', school: '荆州卫生学校', major: '农村医学', lengthYears: 3,
        enrolled: `${y - 7}-09`, graduation: `${y - 4}-07`, diplomaNumber: '421000201900321',
      }),
      educationRecord({
        level: '专科', school: '荆州职业技术学院', major: '临床医学', lengthYears: 2,
        enrolled: `${y - 4}-09`, graduation: `${y - 2}-07`, diplomaNumber: diplomaNo('12677', y - 2, '专科', 5530),
        selected: true, verification: verified(ctx),
      }),
    ],
    application: { ...base.application, examCode: examCode(y, '临床', '助理'), attempts: 1 },
  }
}
