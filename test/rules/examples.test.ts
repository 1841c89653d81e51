import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { evaluate } from '../../src/rules/evaluate.ts'
import { EXAMPLES } from '../../src/rules/examples.ts'
import { lineEn } from '../../src/rules/messages.ts'
import { PROFILE_IDS } from '../../src/rules/profiles.ts'
import { ctxFor } from '../../src/rules/rule.ts'

// The hand-written example candidates are the bases of boundary cases: each must be valid under
// every profile that admits it (`admittedBy`, default all).
describe.each(Object.entries(EXAMPLES))('example %s', (_persona, build) => {
  it.each(build!.admittedBy ?? PROFILE_IDS)('passes every candidate rule under %s', (profile) => {
    const ctx = ctxFor(profile)
    expect(evaluate(RULES, 'candidate', build!(ctx), ctx).map(lineEn)).toEqual([])
  })
})
