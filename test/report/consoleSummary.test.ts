import { describe, expect, it } from 'vitest'
import { buildReport, type TestOutcome } from '../../src/report/conformance.ts'
import { consoleSummary } from '../../src/report/consoleSummary.ts'

// What the console says at the end of a run: counts per verdict, then the rules to look at by ID.
const rules = ['PHOTO-SIZE', 'ID-AGE-MAX', 'NAME-REQUIRED', 'PHOTO-FORMAT'].map((id) => ({ id, level: 'must' as const, area: 'photo', stage: 'application', title: id, checkable: true }))
const t = (rule: string, status: TestOutcome['status'], errors?: string[]): TestOutcome => ({ title: rule, file: 'specs/x.spec.ts', status, expectedStatus: 'passed', rules: [rule], evidence: {}, ...(errors && { errors }) })
const report = buildReport({
  target: 't', profile: 'hubei-2026', versions: {}, generatedAt: '', expectedFailures: {}, rules,
  tests: [t('PHOTO-SIZE', 'passed'), t('ID-AGE-MAX', 'failed', ['Error: expect(received).toEqual(expected)']), t('NAME-REQUIRED', 'failed', ['TypeError: fetch failed\ncause: connect ECONNREFUSED 127.0.0.1:1'])],
})

describe('console summary', () => {
  it('names the failing rules and why a rule could not be judged', () => {
    const { lines, failing } = consoleSummary(report, 'reports/conformance-hubei-2026.json')
    expect(lines[0]).toMatch(/^hubei-2026: pass 1 · fail 1 · error 1 · .*not-covered 1/)
    expect(lines).toContain('  fail (1): ID-AGE-MAX')
    expect(lines).toContain('  error (1): NAME-REQUIRED')
    expect(lines).toContain('    NAME-REQUIRED: TypeError: fetch failed (connect ECONNREFUSED 127.0.0.1:1)')
    expect(lines.at(-1)).toBe('  reports/conformance-hubei-2026.json  reports/conformance-hubei-2026.html')
    expect(failing).toBe(2)
  })
})
