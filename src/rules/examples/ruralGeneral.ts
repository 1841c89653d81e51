import type { Candidate } from '../candidate.ts'
import { examCode } from '../exams.ts'
import type { ProfileId } from '../profiles.ts'
import type { Ctx } from '../rule.ts'
import { probationDoctor } from './probationDoctor.ts'
import { diplomaNo, educationRecord, verified } from './records.ts'

/** A township health centre in the profile's home prefecture (real division codes). */
const CENTRES: Record<ProfileId, { unit: string; division: string }> = {
  national: { unit: '密云区高岭镇卫生院', division: '110118' },
  'national-2025': { unit: '密云区高岭镇卫生院', division: '110118' },
  'hubei-2022': { unit: '蔡甸区消泗乡卫生院', division: '420114' },
  'hubei-2026': { unit: '蔡甸区消泗乡卫生院', division: '420114' },
  'hebei-shijiazhuang-2022': { unit: '井陉县威州镇卫生院', division: '130121' },
  'hunan-2025': { unit: '宁乡市黄材镇卫生院', division: '430182' },
}

/** A 专科 graduate who has worked a year in a township health centre, applying for 乡村全科助理. */
export function ruralGeneral(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  const base = probationDoctor(ctx)
  const centre = CENTRES[ctx.profile.id]
  return {
    ...base,
    work: { ...base.work, ...centre, unitDivision: centre.division, unitType: '乡镇卫生院', post: '全科', monthsInPost: 12 },
    education: [educationRecord({
      level: '专科', school: '湖北医药学院', major: '临床医学', lengthYears: 3,
      enrolled: `${y - 5}-09`, graduation: `${y - 2}-06`, diplomaNumber: diplomaNo('10929', y - 2, '专科', 6120),
      selected: true, verification: verified(ctx),
    })],
    application: { ...base.application, examCode: examCode(y, '乡村全科', '助理'), attempts: 1 },
  }
}
