import { profileChain, type ProfileId } from '../profiles.ts'
import type { WORK_STATUSES } from '../vocabulary.ts'

// The 在岗情况 options differ by profile: seed 002 lists "试用期、在职、当年毕业研究生", seed 004
// (the 2025 platform, seen from Hunan) names the graduate-student option "研究生(在读)". One table, read by the rule
// APP-WORK-STATUS-OPTIONS and by the example candidates.

export type WorkStatus = (typeof WORK_STATUSES)[number]

/** The 在岗情况 options per profile (profiles without an entry inherit their parent's). */
export const WORK_STATUS_OPTIONS: Partial<Record<ProfileId, readonly WorkStatus[]>> = {
  national: ['试用期', '在职', '当年毕业研究生'],
  'national-2025': ['试用期', '在职', '研究生(在读)'],
}

/** The two names the seeds give the graduate-student option. */
export const GRADUATE_STATUSES: readonly WorkStatus[] = ['当年毕业研究生', '研究生(在读)']

/** The 在岗情况 options offered under a profile. */
export function workStatusOptions(profile: ProfileId): readonly WorkStatus[] {
  for (const id of profileChain(profile)) {
    const options = WORK_STATUS_OPTIONS[id]
    if (options) return options
  }
  throw new Error(`no 在岗情况 options for ${profile}`)
}

/** The graduate-student option's name under a profile. */
export function graduateStatus(profile: ProfileId): WorkStatus {
  return workStatusOptions(profile).find((o) => GRADUATE_STATUSES.includes(o))!
}

/** Whether a 在岗情况 value is a graduate-student option under any profile's name. */
export function isGraduateStatus(status: string): boolean {
  return (GRADUATE_STATUSES as readonly string[]).includes(status)
}
