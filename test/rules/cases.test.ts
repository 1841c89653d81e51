import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { runCases } from '../../src/rules/evaluate.ts'
import { profilesOf } from '../../src/rules/rule.ts'

// Every boundary case of every rule, under every profile the rule applies to, gets its verdict.
describe.each(RULES.filter((r) => r.check).map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(profilesOf(rule))('boundary cases under %s', (profile) => {
    const results = runCases(rule, profile)
    const wrong = results
      .filter((r) => r.actual !== r.expected)
      .map((r) => `${r.case.name}: expected ${r.expected}, got ${r.actual}${r.violations.length ? ` (${r.violations.map((v) => v.code).join(', ')})` : ''}`)
    expect(wrong).toEqual([])
  })
})
