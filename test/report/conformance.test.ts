import { describe, expect, it } from 'vitest'
import { buildReport, verdictFor, type RuleInput, type TestOutcome } from '../../src/report/conformance.ts'
import { conformanceHtml } from '../../src/report/html.ts'

const rule = (id: string, level: RuleInput['level'] = 'must'): RuleInput => ({ id, level, area: 'photo', stage: 'application', title: '照片', checkable: level !== 'manual' })
const test = (status: TestOutcome['status'], expectedStatus: TestOutcome['expectedStatus'] = 'passed', rules = ['PHOTO-SIZE']): TestOutcome =>
  ({ title: `t ${status}/${expectedStatus}`, file: 'specs/photo/size.spec.ts', status, expectedStatus, rules, evidence: {} })

describe('verdictFor', () => {
  const table: { name: string; tests: TestOutcome[]; level?: RuleInput['level']; expected: string }[] = [
    { name: 'all passed', tests: [test('passed'), test('passed')], expected: 'pass' },
    { name: 'one failed', tests: [test('passed'), test('failed')], expected: 'fail' },
    { name: 'timed out counts as failed', tests: [test('timedOut')], expected: 'fail' },
    { name: 'no tests', tests: [], expected: 'not-covered' },
    { name: 'only skipped', tests: [test('skipped', 'skipped')], expected: 'not-covered' },
    { name: 'skipped for a capability the target lacks', tests: [{ ...test('skipped', 'skipped'), notApplicable: 'the target has no materials portal' }], expected: 'not-applicable' },
    { name: 'not applicable beside one that ran and failed', tests: [{ ...test('skipped', 'skipped'), notApplicable: 'no portal' }, test('failed')], expected: 'fail' },
    { name: 'expected failure that failed', tests: [test('failed', 'failed')], expected: 'expected-fail' },
    { name: 'expected failure that passed', tests: [test('passed', 'failed')], expected: 'unexpected-pass' },
    { name: 'a real failure beside an expected one', tests: [test('failed', 'failed'), test('failed')], expected: 'fail' },
    { name: 'manual rule', tests: [], level: 'manual', expected: 'manual' },
  ]
  it.each(table)('$name → $expected', ({ tests, level, expected }) => {
    expect(verdictFor(rule('PHOTO-SIZE', level), tests)).toBe(expected)
  })
})

describe('buildReport', () => {
  const input = {
    target: 'http://127.0.0.1:1', profile: 'national', versions: { baoming: '0.1.0' }, generatedAt: '2026-11-22T00:00:00Z',
    rules: [rule('PHOTO-SIZE'), rule('ID-CHECK-DIGIT'), rule('MATERIAL-LEGIBLE', 'manual')],
    tests: [test('passed'), test('failed', 'passed', ['PHOTO-SIZE', 'NO-SUCH-RULE'])],
    expectedFailures: {},
  }
  it('counts verdicts per rule and lists unknown rule IDs', () => {
    const r = buildReport(input)
    expect(r.summary).toEqual({ pass: 0, fail: 1, 'expected-fail': 0, 'unexpected-pass': 0, 'not-applicable': 0, 'not-covered': 1, manual: 1 })
    expect(r.unknownRules).toEqual(['NO-SUCH-RULE'])
    expect(r.rules.find((x) => x.id === 'PHOTO-SIZE')!.tests).toHaveLength(2)
  })
  it('is independent of the order tests arrive in (shards merge to the same report)', () => {
    expect(buildReport({ ...input, tests: [...input.tests].reverse() })).toEqual(buildReport(input))
  })
  it('renders HTML that names every rule and its verdict', () => {
    const html = conformanceHtml(buildReport(input))
    expect(html).toContain('PHOTO-SIZE')
    expect(html).toContain('不符合 fail')
    expect(html).toContain('NO-SUCH-RULE')
  })
})
