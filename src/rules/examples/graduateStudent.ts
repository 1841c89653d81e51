import type { Candidate } from '../candidate.ts'
import { graduateStatus } from '../checks/workStatus.ts'
import type { ProfileId } from '../profiles.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'
import { bornOn, diplomaNo, educationRecord, verified } from './records.ts'

/** A school in the profile's province: Hebei accepts graduating 研究生 only from its own schools. */
const SCHOOLS: Record<ProfileId, { school: string; area: string; code: string }> = {
  national: { school: '北京协和医学院', area: '110000', code: '10023' },
  'national-2025': { school: '北京协和医学院', area: '110000', code: '10023' },
  'hubei-2022': { school: '华中科技大学', area: '420000', code: '10487' },
  'hubei-2026': { school: '华中科技大学', area: '420000', code: '10487' },
  'hebei-shijiazhuang-2022': { school: '河北医科大学', area: '130000', code: '10089' },
  'hunan-2025': { school: '中南大学', area: '430000', code: '10533' },
}

/** A 硕士 student graduating in the exam year: no diploma number yet, the 本科 record listed but not ticked. */
export function graduateStudent(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  const base = freshGraduate(ctx)
  const s = SCHOOLS[ctx.profile.id]
  return {
    ...base,
    ...bornOn(ctx, `${y - 26}-01-09`, '女', 888),
    name: '陈静', pinyin: 'chen jing', username: 'chenjing26', email: 'chenjing@example.com',
    work: { ...base.work, status: graduateStatus(ctx.profile.id), monthsInPost: 12 },
    education: [
      educationRecord({
        level: '硕士研究生', school: s.school, schoolArea: s.area, major: '内科学', lengthYears: 3,
        enrolled: `${y - 3}-09`, graduation: `${y}-06`, diplomaNumber: '', degree: '临床医学硕士专业学位',
        selected: true, verification: verified(ctx, '教育部学籍在线验证报告', 'C5M2X8Q4T7K3W9N1'),
      }),
      educationRecord({
        level: '本科', school: s.school, schoolArea: s.area, major: '临床医学', lengthYears: 5,
        enrolled: `${y - 8}-09`, graduation: `${y - 3}-06`, diplomaNumber: diplomaNo(s.code, y - 3, '本科', 1207),
        degree: '医学学士', verification: verified(ctx),
      }),
    ],
  }
}
