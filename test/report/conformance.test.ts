import { describe, expect, it } from 'vitest'
import { buildReport, judgeRule, ruleOutcome, verdictFor, type RuleInput, type TestOutcome } from '../../src/report/conformance.ts'
import { conformanceHtml } from '../../src/report/html.ts'

const rule = (id: string, level: RuleInput['level'] = 'must'): RuleInput => ({ id, level, area: 'photo', stage: 'application', title: '照片', checkable: level !== 'manual' })
const test = (status: TestOutcome['status'], expectedStatus: TestOutcome['expectedStatus'] = 'passed', rules = ['PHOTO-SIZE']): TestOutcome =>
  ({ title: `t ${status}/${expectedStatus}`, file: 'specs/photo/size.spec.ts', status, expectedStatus, rules, evidence: {} })

const na = (reason: string): TestOutcome => ({ ...test('skipped'), notApplicable: reason })
const failing = (o: Partial<TestOutcome>): TestOutcome => ({ ...test('failed', 'passed', ['A', 'B', 'C']), ...o })
const assertion = 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 3\nReceived: 2'

describe('ruleOutcome: one test, each of its rules', () => {
  const table: { name: string; t: TestOutcome; expected: Record<string, string> }[] = [
    { name: 'one rule step failed, the others passed', t: failing({ ruleNotes: [{ rule: 'A', outcome: 'pass' }, { rule: 'B', outcome: 'fail' }, { rule: 'C', outcome: 'pass' }], errors: [assertion] }), expected: { A: 'pass', B: 'fail', C: 'pass' } },
    { name: 'a rule step errored (the target refused the connection)', t: failing({ ruleNotes: [{ rule: 'A', outcome: 'pass' }, { rule: 'B', outcome: 'error', reason: 'fetch failed (connect ECONNREFUSED)' }, { rule: 'C', outcome: 'error', reason: 'fetch failed (connect ECONNREFUSED)' }] }), expected: { A: 'pass', B: 'error: fetch failed (connect ECONNREFUSED)', C: 'error: fetch failed (connect ECONNREFUSED)' } },
    { name: 'a plain test failing on an assertion blames its rules', t: failing({ errors: [assertion] }), expected: { A: 'fail', B: 'fail', C: 'fail' } },
    { name: 'an assertion with a custom message is still an assertion', t: failing({ errors: ['Error: B broke\n\n\x1b[2mexpect(\x1b[22mreceived).toBe(expected)'] }), expected: { A: 'fail', B: 'fail', C: 'fail' } },
    { name: 'a web-first assertion that waited in vain is an assertion', t: failing({ errors: ['Error: expect(locator).toBeVisible() failed\n\nLocator: getByRole(\'alert\')'] }), expected: { A: 'fail', B: 'fail', C: 'fail' } },
    { name: 'a plain test with a setup error: every rule is error', t: failing({ errors: ['Error: could not seed: 502'] }), expected: { A: 'error: Error: could not seed: 502', B: 'error: Error: could not seed: 502', C: 'error: Error: could not seed: 502' } },
    { name: 'the target down for the worker', t: failing({ errors: ['TypeError: fetch failed\n   at adapter.ts:5\ncause: connect ECONNREFUSED 127.0.0.1:4000'] }), expected: { A: 'error: TypeError: fetch failed (connect ECONNREFUSED 127.0.0.1:4000)', B: 'error: TypeError: fetch failed (connect ECONNREFUSED 127.0.0.1:4000)', C: 'error: TypeError: fetch failed (connect ECONNREFUSED 127.0.0.1:4000)' } },
    { name: 'an assertion beside a setup error: error (the test could not finish)', t: failing({ errors: [assertion, 'Error: browser closed'] }), expected: { A: 'error: Error: browser closed', B: 'error: Error: browser closed', C: 'error: Error: browser closed' } },
    { name: 'a timeout in a plain test', t: failing({ status: 'timedOut', errors: ['Test timeout of 30000ms exceeded.'] }), expected: { A: 'error: the test timed out', B: 'error: the test timed out', C: 'error: the test timed out' } },
    { name: 'a passed test', t: { ...failing({}), status: 'passed' }, expected: { A: 'pass', B: 'pass', C: 'pass' } },
    { name: 'a skipped test, not applicable', t: { ...failing({}), status: 'skipped', notApplicable: 'no portal' }, expected: { A: 'not-applicable: no portal', B: 'not-applicable: no portal', C: 'not-applicable: no portal' } },
    { name: 'a skipped test for another reason', t: { ...failing({}), status: 'skipped' }, expected: { A: 'skipped', B: 'skipped', C: 'skipped' } },
  ]
  it.each(table)('$name', ({ t, expected }) => {
    const got = Object.fromEntries(['A', 'B', 'C'].map((id) => { const o = ruleOutcome(t, id); return [id, o.reason ? `${o.outcome}: ${o.reason}` : o.outcome] }))
    expect(got).toEqual(expected)
  })
  it('a rule failing in one test and erroring in another is fail; erroring alone gives the reasons', () => {
    const r = rule('B')
    expect(judgeRule(r, [failing({ ruleNotes: [{ rule: 'B', outcome: 'fail' }] }), failing({ status: 'timedOut' })]).verdict).toBe('fail')
    expect(judgeRule(r, [failing({ status: 'timedOut' }), failing({ errors: ['Error: x'] })])).toEqual({ verdict: 'error', reasons: ['Error: x', 'the test timed out'] })
  })
})

describe('verdictFor', () => {
  const table: { name: string; tests: TestOutcome[]; level?: RuleInput['level']; expected: string }[] = [
    { name: 'all passed', tests: [test('passed'), test('passed')], expected: 'pass' },
    { name: 'one failed', tests: [test('passed'), test('failed')], expected: 'fail' },
    { name: 'a timeout is an error, not a failure', tests: [test('timedOut')], expected: 'error' },
    { name: 'an interrupted run is an error', tests: [test('interrupted')], expected: 'error' },
    { name: 'a failure beside an error is a failure', tests: [test('timedOut'), test('failed')], expected: 'fail' },
    { name: 'an error beside a pass is an error (not judged in full)', tests: [test('passed'), test('timedOut')], expected: 'error' },
    { name: 'all tests not applicable', tests: [na('no portal')], expected: 'not-applicable' },
    { name: 'not applicable in one test, passed in another', tests: [na('no portal'), test('passed')], expected: 'pass' },
    { name: 'an expected failure that timed out is an error', tests: [test('timedOut', 'failed')], expected: 'error' },
    { name: 'no tests', tests: [], expected: 'not-covered' },
    { name: 'only skipped', tests: [test('skipped', 'skipped')], expected: 'not-covered' },
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
    expect(r.summary).toEqual({ pass: 0, fail: 1, error: 0, 'expected-fail': 0, 'unexpected-pass': 0, 'not-applicable': 0, 'not-covered': 1, manual: 1 })
    expect(r.unknownRules).toEqual(['NO-SUCH-RULE'])
    expect(r.rules.find((x) => x.id === 'PHOTO-SIZE')!.tests).toHaveLength(2)
  })
  it('blames only the rule whose step failed: the test\'s other rules pass, and each test says what it said of the rule', () => {
    const t = { ...test('failed', 'passed', ['PHOTO-SIZE', 'ID-CHECK-DIGIT']), ruleNotes: [{ rule: 'PHOTO-SIZE', outcome: 'pass' as const }, { rule: 'ID-CHECK-DIGIT', outcome: 'fail' as const }], evidence: { trace: 'trace.zip' } }
    const r = buildReport({ ...input, tests: [t] })
    expect(r.rules.map((x) => [x.id, x.verdict, x.tests[0]?.outcome, x.evidence.length])).toEqual([['PHOTO-SIZE', 'pass', 'pass', 0], ['ID-CHECK-DIGIT', 'fail', 'fail', 1], ['MATERIAL-LEGIBLE', 'manual', undefined, 0]])
  })
  it('an error verdict carries its reasons in the JSON', () => {
    const r = buildReport({ ...input, tests: [{ ...test('failed'), errors: ['TypeError: fetch failed\ncause: connect ECONNREFUSED 127.0.0.1:1'] }] })
    const photo = r.rules.find((x) => x.id === 'PHOTO-SIZE')!
    expect([photo.verdict, photo.reasons, r.summary.error]).toEqual(['error', ['TypeError: fetch failed (connect ECONNREFUSED 127.0.0.1:1)'], 1])
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

describe('accepted readings in the report', () => {
  const pay: RuleInput = { id: 'PAY-OPENS', level: 'must', area: 'payment', stage: 'payment', title: '缴费', checkable: true, readings: [{ id: '002-二', summary: 'after on-site confirmation' }, { id: '002-四', summary: 'pay button after registration' }] }
  const seen = (readings: string[]): TestOutcome => ({ ...test('passed', 'passed', ['PAY-OPENS']), readings })
  const report = (tests: TestOutcome[]) => buildReport({ target: 't', profile: 'national', versions: {}, generatedAt: 'now', rules: [pay, rule('PHOTO-SIZE')], tests, expectedFailures: {} }).rules
  it('says which reading the target follows instead of failing either', () => {
    const [r, photo] = report([seen(['PAY-OPENS=002-四']), seen(['PAY-OPENS=002-二|002-四', 'PHOTO-SIZE=x'])])
    expect(r!.verdict).toBe('pass')
    expect(r!.reading).toEqual({ follows: ['002-四'], text: 'follows 002-四, pay button after registration' })
    expect(photo!.reading).toBeUndefined()
  })
  it('says so when the tests saw the target follow different readings', () => {
    expect(report([seen(['PAY-OPENS=002-四']), seen(['PAY-OPENS=002-二'])])[0]!.reading).toEqual({ follows: [], text: 'follows none of the accepted readings consistently' })
  })
  it('leaves the field out when no test recorded a reading, and shows it in the HTML', () => {
    expect(report([test('passed', 'passed', ['PAY-OPENS'])])[0]!.reading).toBeUndefined()
    const html = conformanceHtml(buildReport({ target: 't', profile: 'national', versions: {}, generatedAt: 'now', rules: [pay], tests: [seen(['PAY-OPENS=002-四'])], expectedFailures: {} }))
    expect(html).toContain('读法 reading: follows 002-四, pay button after registration')
  })
})
