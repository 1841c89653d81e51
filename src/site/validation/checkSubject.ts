import { RULES } from '../../rules/catalogue.ts'
import { checkRule } from '../../rules/evaluate.ts'
import type { AnyRule, Ctx, Violation } from '../../rules/rule.ts'
import type { SubjectKind } from '../../rules/subjects.ts'
import type { FieldError } from './fieldError.ts'
import { toFieldError } from './validateCandidate.ts'

/**
 * Every checkable rule of the catalogue for one kind of subject (an event, an account attempt),
 * as refusals. `fill` completes message placeholders the finding cannot know (the existing username).
 */
export function checkSubject(kind: SubjectKind, subject: unknown, ctx: Ctx, fill: Record<string, string> = {}, rules: readonly AnyRule[] = RULES): FieldError[] {
  const errors: FieldError[] = []
  for (const rule of rules) {
    if (rule.check?.subject !== kind || rule.level === 'manual') continue
    let found: Violation[]
    try {
      found = checkRule(rule, subject, ctx) ?? []
    } catch {
      found = []
    }
    errors.push(...found.map((v) => {
      const e = toFieldError(v, ctx)
      return { ...e, message: e.message.replace(/\{(\w+)\}/g, (m, k: string) => fill[k] ?? m) }
    }))
  }
  return errors
}
