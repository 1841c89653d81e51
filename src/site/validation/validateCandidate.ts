import { RULES } from '../../rules/catalogue.ts'
import { Candidate } from '../../rules/candidate.ts'
import { checkRule } from '../../rules/evaluate.ts'
import { messageZh } from '../../rules/messages.ts'
import type { AnyRule, Ctx, Stage, Violation } from '../../rules/rule.ts'
import type { FieldError } from './fieldError.ts'

/** Which rules a form answers to: those governing its fields, plus the path-less rules of its stages. */
export interface Scope {
  /** Candidate paths the form writes ('mobile', 'education.2'); a path covers everything under it. 'all': every rule of the stages. */
  fields: readonly string[] | 'all'
  stages: readonly Stage[]
  /** Paths never checked here (the secrets, which the site keeps only as hashes after registration). */
  exclude?: readonly string[]
}

const under = (a: string, b: string) => a === b || a.startsWith(`${b}.`)
const overlaps = (a: string, b: string) => under(a, b) || under(b, a)
/** A rule's path "lies in" a form when it equals or sits under one of the form's fields. */
const liesIn = (path: string, fields: readonly string[]) => fields.some((f) => under(path, f))
const inScope = (path: string, fields: readonly string[]) => fields.some((f) => overlaps(path, f))

/**
 * Checks a candidate record against the catalogue for one form: the shape of the fields the form
 * writes, then every rule in scope. The catalogue is read on every call, so new rules apply at once.
 */
export function validateCandidate(subject: unknown, scope: Scope, ctx: Ctx, rules: readonly AnyRule[] = RULES): FieldError[] {
  const errors: FieldError[] = shapeErrors(subject, scope.fields)
  if (errors.length) return errors
  for (const rule of rules) {
    if (rule.check?.subject !== 'candidate' || rule.level === 'manual') continue
    const path = rule.check.path
    if (path && scope.exclude?.some((x) => overlaps(path, x))) continue
    const wanted = scope.fields === 'all' ? scope.stages.includes(rule.stage) : path ? liesIn(path, scope.fields) : scope.stages.includes(rule.stage)
    if (!wanted) continue
    for (const v of safeCheck(rule, subject, ctx)) {
      if (scope.fields !== 'all' && v.path && !inScope(v.path, scope.fields)) continue
      errors.push(toFieldError(v, ctx))
    }
  }
  return errors
}

/** The Chinese message of a violation, with its rule and path. */
export function toFieldError(v: Violation, ctx: Ctx): FieldError {
  return { rule: v.rule, path: v.path, code: v.code, message: messageZh(v, ctx.profile.id) }
}

// A rule written for complete records may throw on a half-filled one (a draft): that is "not yet
// applicable", not a refusal, so it is skipped here and caught again at submit on the whole record.
function safeCheck(rule: AnyRule, subject: unknown, ctx: Ctx): Violation[] {
  try {
    return checkRule(rule, subject, ctx) ?? []
  } catch {
    return []
  }
}

function shapeErrors(subject: unknown, fields: Scope['fields']): FieldError[] {
  const r = Candidate.safeParse(subject)
  if (r.success) return []
  return r.error.issues
    .map((i) => ({ path: i.path.join('.'), code: i.code }))
    .filter((i) => fields === 'all' || inScope(i.path, fields))
    .map((i) => ({ rule: null, path: i.path, code: i.code, message: i.code === 'invalid_value' ? '请从列表中选择有效的选项。' : '填写的内容格式不正确，请检查后重新填写。' }))
}
