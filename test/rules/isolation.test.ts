import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { caseSubject, evaluate } from '../../src/rules/evaluate.ts'
import { casesFor, ctxFor, profilesOf } from '../../src/rules/rule.ts'
import type { SubjectKind } from '../../src/rules/subjects.ts'

// A boundary case changes one thing, so the whole catalogue must agree with it: a rejected case
// breaks exactly its own rule and an accepted case breaks none. This is what lets the generator
// label edge cases with the rules they break.
describe.each(RULES.filter((r) => r.check).map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(profilesOf(rule))('cases break only this rule under %s', (profile) => {
    const ctx = ctxFor(profile)
    const wrong = casesFor(rule, profile, ctx).flatMap((c) => {
      const subject = caseSubject(rule, c, ctx)
      const broken = [...new Set(evaluate(RULES, rule.check!.subject as SubjectKind, subject as never, ctx).map((v) => v.rule))].sort()
      const want = c.expected === 'reject' ? [rule.id] : []
      return JSON.stringify(broken) === JSON.stringify(want) ? [] : [`${c.name}: breaks [${broken.join(', ')}], expected [${want.join(', ')}]`]
    })
    expect(wrong).toEqual([])
  })
})
