import type { ProfileId } from './profiles.ts'
import { getPath, withPath } from './path.ts'
import { casesFor, ctxFor, paramsFor, type AnyRule, type Case, type Ctx, type Finding, type Verdict, type Violation } from './rule.ts'
import { SUBJECTS, type SubjectKind, type SubjectOf } from './subjects.ts'

function asFindings(result: Finding | Finding[] | null | undefined | false): Finding[] {
  if (!result) return []
  return Array.isArray(result) ? result : [result]
}

/**
 * Runs one rule on a subject. Returns null when the rule does not apply (other profile, out of
 * scope), else its violations (empty: the subject conforms). `params`: one accepted reading's
 * instead of the profile's first.
 */
export function checkRule(rule: AnyRule, subject: unknown, ctx: Ctx, params: unknown = paramsFor(rule, ctx.profile.id)): Violation[] | null {
  const check = rule.check
  if (!check) return null
  if (params === null) return null
  if (check.applies && !check.applies(subject, params, ctx)) return null
  const findings: Finding[] = []
  if (check.schema && check.path) {
    const result = check.schema(params, ctx).safeParse(getPath(subject, check.path))
    if (!result.success) {
      const issue = result.error.issues[0]!
      findings.push({ code: issue.code, path: check.path, detail: { reason: issue.message } })
    }
  }
  if (check.test) findings.push(...asFindings(check.test(subject, params, ctx)))
  return findings.map((f) => ({ ...f, rule: rule.id, level: rule.level, path: f.path ?? check.path ?? '' }))
}

/** Runs every rule of the catalogue that checks this kind of subject; returns all violations. */
export function evaluate<K extends SubjectKind>(
  rules: readonly AnyRule[],
  kind: K,
  subject: SubjectOf<K>,
  ctx: Ctx,
): Violation[] {
  const out: Violation[] = []
  for (const rule of rules) {
    if (rule.check?.subject !== kind) continue
    const v = checkRule(rule, subject, ctx)
    if (v) out.push(...v)
  }
  return out
}

/** The subject a boundary case describes: the named valid base with the case's changes. */
export function caseSubject(rule: AnyRule, c: Case, ctx: Ctx): unknown {
  const kind = rule.check!.subject as SubjectKind
  let subject: unknown = SUBJECTS[kind].base(c.base, ctx)
  for (const [path, value] of Object.entries(c.set ?? {})) subject = withPath(subject, path, value)
  if ('value' in c) {
    if (!rule.check!.path) throw new Error(`${rule.id}: case "${c.name}" has a value but the check has no path`)
    subject = withPath(subject, rule.check!.path, c.value)
  }
  return subject
}

/** The verdict one rule gives a subject ('accept' also when the rule is out of scope). */
export function verdictOf(rule: AnyRule, subject: unknown, ctx: Ctx): Verdict {
  const v = checkRule(rule, subject, ctx)
  return v && v.length > 0 ? 'reject' : 'accept'
}

export interface CaseResult {
  rule: string
  profile: ProfileId
  case: Case
  expected: Verdict
  actual: Verdict
  violations: Violation[]
}

/** Runs every boundary case of a rule under a profile. */
export function runCases(rule: AnyRule, profile: ProfileId, refDate?: string): CaseResult[] {
  const ctx = ctxFor(profile, refDate)
  return casesFor(rule, profile, ctx).map((c) => {
    const subject = caseSubject(rule, c, ctx)
    const violations = checkRule(rule, subject, ctx) ?? []
    return { rule: rule.id, profile, case: c, expected: c.expected, actual: violations.length ? 'reject' : 'accept', violations }
  })
}
