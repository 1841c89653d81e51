import { RULES } from '../../rules/catalogue.ts'
import { checkRule } from '../../rules/evaluate.ts'
import { lifecycleBase, type LifecycleEvent } from '../../rules/lifecycle.ts'
import type { AnyRule, Ctx, Violation } from '../../rules/rule.ts'
import type { FieldError } from './fieldError.ts'
import { toFieldError } from './validateCandidate.ts'

/**
 * Asks the catalogue whether an action is allowed now (window, lock, transition rules): builds the
 * lifecycle event the action is and returns the refusals of every event rule that applies.
 */
export function checkEvent(event: Partial<LifecycleEvent> & Pick<LifecycleEvent, 'action' | 'state' | 'at'>, ctx: Ctx, rules: readonly AnyRule[] = RULES): FieldError[] {
  const subject: LifecycleEvent = { ...lifecycleBase('upload', ctx), material: '', materialUnlocked: false, ...event }
  const errors: FieldError[] = []
  for (const rule of rules) {
    if (rule.check?.subject !== 'event' || rule.level === 'manual') continue
    let found: Violation[]
    try {
      found = checkRule(rule, subject, ctx) ?? []
    } catch {
      found = []
    }
    errors.push(...found.map((v) => toFieldError(v, ctx)))
  }
  return errors
}
