import { SKILLS_FEE } from '../../rules/lifecycle.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import type { FeeKind } from '../store/payments.ts'

/**
 * Where a profile's seed states no fee (national, Hubei, Hunan), the reference site charges this
 * placeholder so the payment flow can run; the page says the area's published fee applies.
 */
export const PLACEHOLDER_FEE_YUAN = 100

/**
 * A fee in yuan under a profile, and whether a seed states it: the skills-exam fee (PAY-FEE-AMOUNT's
 * table, Hebei 289 元) by default; no seed states the written-exam fee (综合笔试费), so it is always
 * the placeholder.
 */
export function feeOf(profile: ProfileId, kind: FeeKind = 'skills'): { yuan: number; stated: boolean } {
  const stated = kind === 'skills' ? SKILLS_FEE[profile] : undefined
  return stated ? { yuan: stated, stated: true } : { yuan: PLACEHOLDER_FEE_YUAN, stated: false }
}
