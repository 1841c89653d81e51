import type { Candidate } from '../candidate.ts'
import type { Ctx } from '../rule.ts'
import { assistantUpgradeZhuanke } from './assistantUpgradeZhuanke.ts'
import { assistantCertificate, bornOn, educationRecord } from './records.ts'

/** A 中专 graduate holding a 执业助理医师 certificate (registered six years ago) applying for 临床执业. */
export function assistantUpgradeZhongzhuan(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  return {
    ...assistantUpgradeZhuanke(ctx),
    ...bornOn(ctx, `${y - 29}-11-02`, '男', 135),
    name: '赵强', pinyin: 'zhao qiang', username: 'zhaoqiang3', email: 'zhaoqiang@example.com',
    // 中专 diplomas have no 学信网 registration: a shorter number and no verification code.
    education: [educationRecord({
      level: '中专', school: '石家庄市卫生学校', major: '农村医学', lengthYears: 3,
      enrolled: `${y - 13}-09`, graduation: `${y - 10}-07`, diplomaNumber: '130100200812345', selected: true,
    })],
    certificates: [assistantCertificate(ctx, `${y - 8}-12`, `${y - 7}-06`, '内科专业')],
  }
}
