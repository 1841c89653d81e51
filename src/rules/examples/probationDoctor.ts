import type { Candidate } from '../candidate.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'
import { bornOn, diplomaNo } from './records.ts'

/** A 本科 graduate of two years ago who has finished the probation year and works (在职). */
export function probationDoctor(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  const base = freshGraduate(ctx)
  return {
    ...base,
    ...bornOn(ctx, `${y - 25}-07-21`, '男', 457),
    name: '李明', pinyin: 'li ming', username: 'liming2', email: 'liming@example.com',
    work: { ...base.work, status: '在职', monthsInPost: 24 },
    education: [{
      ...base.education[0]!,
      enrolled: `${y - 7}-09`, graduation: `${y - 2}-06`, diplomaNumber: diplomaNo('10486', y - 2, '本科', 4521),
    }],
    application: { ...base.application, freshGraduate: false, attempts: 2 },
  }
}
