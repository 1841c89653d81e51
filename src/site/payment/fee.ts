import { SKILLS_FEE } from '../../rules/lifecycle.ts'
import type { ProfileId } from '../../rules/profiles.ts'

/**
 * Where a profile's seed states no fee (national, Hubei, Hunan), the reference site charges this
 * placeholder so the payment flow can run; the page says the area's published fee applies.
 */
export const PLACEHOLDER_FEE_YUAN = 100

/** The skills-exam fee in yuan under a profile, and whether a seed states it. */
export function feeOf(profile: ProfileId): { yuan: number; stated: boolean } {
  const stated = SKILLS_FEE[profile]
  return stated ? { yuan: stated, stated: true } : { yuan: PLACEHOLDER_FEE_YUAN, stated: false }
}
