import { accountBase, type AccountAttempt } from '../../rules/account.ts'
import type { AnyRule, Ctx } from '../../rules/rule.ts'
import { RULES } from '../../rules/catalogue.ts'
import type { FieldError } from './fieldError.ts'
import { checkSubject } from './checkSubject.ts'

/** Asks the catalogue's account rules about one account action (register twice, log in, recover, change password). */
export function checkAccount(attempt: Partial<AccountAttempt> & Pick<AccountAttempt, 'action'>, ctx: Ctx, fill: Record<string, string> = {}, rules: readonly AnyRule[] = RULES): FieldError[] {
  return checkSubject('account', { ...accountBase(attempt.action, ctx), ...attempt }, ctx, fill, rules)
}
