import { accountRules } from './catalogue/account.ts'
import { identityRules } from './catalogue/identity.ts'
import { nameRules } from './catalogue/name.ts'
import { contactRules } from './catalogue/contact.ts'
import { educationRules } from './catalogue/education.ts'
import { trainingRules } from './catalogue/training.ts'
import { certificateRules } from './catalogue/certificate.ts'
import { applicationRules } from './catalogue/application.ts'
import { wizardRules } from './catalogue/wizard.ts'
import { photoRules } from './catalogue/photo.ts'
import { materialsRules } from './catalogue/materials.ts'
import { reviewRules } from './catalogue/review.ts'
import { paymentRules } from './catalogue/payment.ts'
import { scheduleRules } from './catalogue/schedule.ts'
import { securityRules } from './catalogue/security.ts'
import type { AnyRule } from './rule.ts'

/** Every rule of the catalogue, in report order (by area). */
export const RULES: readonly AnyRule[] = [
  ...accountRules,
  ...identityRules,
  ...nameRules,
  ...contactRules,
  ...educationRules,
  ...trainingRules,
  ...certificateRules,
  ...applicationRules,
  ...wizardRules,
  ...photoRules,
  ...materialsRules,
  ...reviewRules,
  ...paymentRules,
  ...scheduleRules,
  ...securityRules,
]

const byId = new Map(RULES.map((r) => [r.id, r]))

/** The rule with this ID; throws with the near misses when there is none. */
export function ruleById(id: string): AnyRule {
  const rule = byId.get(id)
  if (!rule) {
    const near = RULES.filter((r) => r.id.includes(id.split('-')[0] ?? id)).map((r) => r.id).slice(0, 5)
    throw new Error(`no rule "${id}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}`)
  }
  return rule
}
