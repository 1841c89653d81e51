import type { Candidate } from '../candidate.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'

/** A Macau resident with a mainland degree: 澳门身份证 (8 characters), 11-character pass. */
export function macau(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  return {
    ...freshGraduate(ctx),
    username: 'wongkaman',
    origin: '澳门',
    idType: '澳门身份证',
    idNumber: '15123456',
    idValidUntil: `${y + 8}-10-01`,
    name: 'Wong Ka Man',
    pinyin: 'huang jia wen',
    sex: '女',
    birthDate: `${y - 25}-10-01`,
    mainlandPass: 'M0123456789',
    mobile: '66123456',
    homePhone: '853-28123456',
    workPhone: '853-28765432',
    email: 'wongkaman@example.com',
    address: '澳门新马路100号',
    postcode: '999078',
  }
}
