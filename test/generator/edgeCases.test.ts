import { describe, expect, it } from 'vitest'
import { edgeCases, unapplied } from '../../src/generator/edgeCases.ts'
import { RULES } from '../../src/rules/catalogue.ts'
import { evaluate } from '../../src/rules/evaluate.ts'
import { PROFILE_IDS } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor } from '../../src/rules/rule.ts'

// Every boundary case of every candidate rule becomes a generated record; the whole catalogue must
// reject it for exactly the rules its label names, and accept the accept cases.
describe.each(PROFILE_IDS)('%s', (profile) => {
  const records = edgeCases({ profile, seed: 7 })

  it('edge records fail exactly their labelled rules', () => {
    const ctx = ctxFor(profile)
    const wrong = records.flatMap((r) => {
      const broken = [...new Set(evaluate(RULES, 'candidate', r.candidate, ctx).map((v) => v.rule))].sort()
      return JSON.stringify(broken) === JSON.stringify(r.expected.rules) ? [] : [`${r.edge!.rule} / ${r.edge!.case}: breaks [${broken}], labelled [${r.expected.rules}]`]
    })
    expect(wrong).toEqual([])
  })

  it('covers every boundary case of every candidate rule', () => {
    const ctx = ctxFor(profile)
    const total = RULES.filter((r) => r.check?.subject === 'candidate').reduce((n, r) => n + casesFor(r, profile, ctx).length, 0)
    const missing = unapplied.filter((u) => u.profile === profile).map((u) => `${u.rule} / ${u.case}: ${u.reason}`)
    expect(missing).toEqual([])
    expect(records.length).toBe(total)
    expect(records.every((r) => r.expected.verdict === 'accept' ? r.expected.rules.length === 0 : r.expected.rules.length === 1)).toBe(true)
  })

  it('is deterministic and filters by rule', () => {
    const again = edgeCases({ profile, seed: 7 })
    expect(again).toEqual(records)
    const one = records[0]!
    expect(edgeCases({ profile, seed: 7, rule: one.edge!.rule })[0]).toEqual(one)
  })
})

describe('edge cases the accepted readings dispute', () => {
  it('carry each reading\'s verdict beside the first reading\'s', () => {
    const records = edgeCases({ profile: 'hunan-2025', rule: 'EDU-GRADUATE-LOWER-RECORD' })
    const disputed = records.filter((r) => r.expected.readings)
    expect(disputed.map((r) => [r.edge!.case, r.expected])).toEqual([['硕士 only', { verdict: 'accept', rules: [], readings: { '004-八': 'accept', '002-二.4': 'reject' } }]])
    expect(edgeCases({ profile: 'national', rule: 'EDU-GRADUATE-LOWER-RECORD' }).some((r) => r.expected.readings)).toBe(false)
  })
})
