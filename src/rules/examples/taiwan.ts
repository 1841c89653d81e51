import type { Candidate } from '../candidate.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'

/** A Taiwan resident with a mainland degree: 台湾身份证 and a 10-character 台胞证, Chinese name. */
export function taiwan(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  return {
    ...freshGraduate(ctx),
    username: 'linzhihao',
    origin: '台湾',
    idType: '台湾身份证',
    idNumber: 'A123456789',
    idValidUntil: '长期',
    name: '林志豪',
    pinyin: 'lin zhi hao',
    birthDate: `${y - 27}-08-08`,
    mainlandPass: '0123456789',
    mobile: '912345678',
    homePhone: '886-23456789',
    workPhone: '886-27654321',
    email: 'linzhihao@example.com',
    address: '台湾省台北市中正区重庆南路一段122号',
    postcode: '10048',
  }
}
