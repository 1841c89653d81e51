import type { Candidate } from '../candidate.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'

/** A Hong Kong resident with a mainland degree: 香港身份证 (no expiry), 回乡证 in the pass field, English name. */
export function hongKong(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  return {
    ...freshGraduate(ctx),
    username: 'chantaiman',
    origin: '香港',
    idType: '香港身份证',
    idNumber: 'A1234563',
    idValidUntil: '长期',
    name: 'Chan Tai Man',
    pinyin: 'chen da wen',
    birthDate: `${y - 26}-05-20`,
    mainlandPass: 'H0123456789',
    mobile: '91234567',
    homePhone: '852-21234567',
    workPhone: '852-28123456',
    email: 'chantaiman@example.com',
    address: '香港九龙弥敦道100号',
    postcode: '999077',
  }
}
