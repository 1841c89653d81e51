import type { Candidate } from '../candidate.ts'
import type { Ctx } from '../rule.ts'
import { probationDoctor } from './probationDoctor.ts'
import { diplomaNo, educationRecord, verified } from './records.ts'

/** 专升本: a three-year 专科 then a two-year 本科 (ticked), both listed. */
export function zhuanshengben(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  return {
    ...probationDoctor(ctx),
    education: [
      educationRecord({
        level: '专科', school: '湖北医药学院', major: '临床医学', lengthYears: 3,
        enrolled: `${y - 8}-09`, graduation: `${y - 5}-06`, diplomaNumber: diplomaNo('10929', y - 5, '专科', 2210),
        verification: verified(ctx),
      }),
      educationRecord({
        level: '本科', school: '湖北医药学院', major: '临床医学', lengthYears: 2,
        enrolled: `${y - 5}-09`, graduation: `${y - 3}-06`, diplomaNumber: diplomaNo('10929', y - 3, '本科', 871),
        degree: '医学学士', selected: true, verification: verified(ctx),
      }),
    ],
  }
}
