import { lifecycleBase, type LifecycleEvent } from '../../rules/lifecycle.ts'
import type { AnyRule, Ctx } from '../../rules/rule.ts'
import { RULES } from '../../rules/catalogue.ts'
import type { FieldError } from './fieldError.ts'
import { checkSubject } from './checkSubject.ts'

/**
 * Asks the catalogue whether an action is allowed now (window, lock, transition rules): builds the
 * lifecycle event the action is and returns the refusals of every event rule that applies.
 */
export function checkEvent(event: Partial<LifecycleEvent> & Pick<LifecycleEvent, 'action' | 'state' | 'at'>, ctx: Ctx, rules: readonly AnyRule[] = RULES): FieldError[] {
  const subject: LifecycleEvent = { ...lifecycleBase('upload', ctx), material: '', materialUnlocked: false, ...event }
  return checkSubject('event', subject, ctx, {}, rules)
}
