import type { Candidate } from '../candidate.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'

/**
 * A foreign national with a mainland degree: passport, ethnicity 其它. Hunan 2025 asks foreign
 * nationals to fill the 往来大陆通行证 field too without saying with what; the example repeats the
 * passport number there in every profile.
 */
export function foreign(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  return {
    ...freshGraduate(ctx),
    username: 'johnsmith',
    origin: '外籍',
    idType: '外籍护照',
    idNumber: 'P12345678',
    idValidUntil: `${y + 5}-06-30`,
    name: 'John Smith',
    pinyin: 'john smith',
    birthDate: `${y - 27}-02-11`,
    ethnicity: '其它',
    nationality: '美国',
    mainlandPass: 'P12345678',
    mobile: '2025550123',
    homePhone: '202-5550123',
    workPhone: '202-5550188',
    email: 'john.smith@example.com',
    address: '美国华盛顿特区宾夕法尼亚大道1600号',
    postcode: '20500',
  }
}
