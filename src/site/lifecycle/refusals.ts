import type { Action, Actor, ReviewState } from '../../rules/lifecycle.ts'
import { nextState } from '../../rules/lifecycle.ts'
import type { SiteContext } from '../siteContext.ts'
import { Refusal, type FieldError } from '../validation/fieldError.ts'

/** HTTP status of a refusal by the rule that made it: locks, counts and final results 409, windows (payment not open yet) and roles 403, the rest 422. */
export function statusOf(errors: readonly FieldError[]): Refusal['status'] {
  const rules = errors.map((e) => e.rule ?? '')
  if (rules.some((r) => /^(REVIEW-ONLY-REVIEWERS|REVIEW-SITE-OWN-SITE|REVIEW-OWN-FILE|MATERIAL-PORTAL-AUTHORISE|MATERIAL-PORTAL-CAPTCHA|MATERIAL-PORTAL-ID-NUMBER)$/.test(r))) return 403
  if (rules.some((r) => r.startsWith('SCHED-') || r === 'PAY-DEADLINE' || r === 'REVIEW-RESUBMIT-DEADLINE' || r === 'PAY-OPENS' || r === 'PAY-WRITTEN-AFTER-SKILLS-RESULTS')) return 403
  if (rules.some((r) => /^(MATERIAL-UPLOAD-LOCKED|MATERIAL-IMAGE-COUNT|REVIEW-SUBMIT-LOCKS-ALL|REVIEW-RETURN-UNLOCKS-NAMED|REVIEW-FINAL-UNCHANGEABLE|REVIEW-REGION-AFTER-SITE|REVIEW-SITE-FIRST-LEVEL-ONLY|PAY-NO-DOUBLE-PAY|PAY-WRITTEN-ONLY-PASSED|MATERIAL-PORTAL-AFTER-APPLY)$/.test(r))) return 409
  return 422
}

/** Throws the refusals (status by rule) when there are any. */
export function refuseAll(errors: FieldError[]): void {
  if (errors.length) throw new Refusal(errors, statusOf(errors))
}

/** The state the review state machine (TRANSITIONS) leads to, or a 409 refusal. */
export function transition(site: SiteContext, from: ReviewState, action: Action, actor: Actor): ReviewState {
  const to = nextState(from, action, actor, site.profile.id)
  if (!to) throw Refusal.of('transition-refused', '当前审核状态下不能进行此操作。', 409)
  return to
}
