import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ConformanceReport } from '../../src/report/conformance.ts'

// The blame machinery end to end: Playwright runs the synthetic specs of test/report/blame (each fails in
// one way) through the real fixtures and the conformance reporter; each test's per-rule outcome is checked.

let report: ConformanceReport
const out = mkdtempSync(join(tmpdir(), 'bm-blame-'))
beforeAll(() => {
  spawnSync('npx', ['playwright', 'test', '-c', 'test/report/blame/playwright.config.ts'], { env: { ...process.env, BAOMING_REPORTS: out }, stdio: 'ignore' })
  report = JSON.parse(readFileSync(join(out, 'conformance.json'), 'utf8'))
}, 240_000)
afterAll(() => rmSync(out, { recursive: true, force: true }))

const said = (rule: string, title: string) => {
  const t = report.rules.find((r) => r.id === rule)!.tests.find((x) => x.title === title)!
  return t.reason ? `${t.outcome}: ${t.reason}` : t.outcome
}
const [A, B, C] = ['ACCOUNT-PASSWORD-FORMAT', 'ACCOUNT-PASSWORD-CASE-SENSITIVE', 'ACCOUNT-RECOVERY-ANSWER-LENGTH']

describe('a failing test blames only the rules that broke', () => {
  test('one rule step of three fails: only that rule is blamed, the others pass', () => {
    expect([A, B, C].map((r) => said(r, 'one rule of three breaks'))).toEqual(['pass', 'fail', 'pass'])
  })
  test('a soft assertion in a rule step blames that rule', () => {
    expect([A, B].map((r) => said(r, 'a soft assertion breaks one rule'))).toEqual(['fail', 'pass'])
  })
  test('a plain test failing its assertion blames its rule', () => {
    expect(said(C, 'a plain single-rule test fails its assertion')).toBe('fail')
  })
})

describe('a test that could not judge says error, with why', () => {
  test('a refused connection inside a rule step: that rule is error, the earlier one passed', () => {
    expect(said(A, 'the target refuses the connection inside a rule step')).toBe('pass')
    expect(said(B, 'the target refuses the connection inside a rule step')).toMatch(/^error: fetch failed \(connect ECONNREFUSED/)
  })
  test('an error before any rule step: every rule of the test is error', () => {
    expect([A, B].map((r) => said(r, 'a setup error before any rule step'))).toEqual(Array(2).fill('error: Error: could not seed the candidate: 502 Bad Gateway'))
  })
  test('a timeout: the rule it stopped in is error, the one checked before passed', () => {
    expect([A, C].map((r) => said(r, 'a timeout in the second rule'))).toEqual(['pass', 'error: the test timed out'])
  })
  test('a target that is down: the rule is error, not fail, and the report says why', () => {
    const r = report.rules.find((x) => x.id === 'ACCOUNT-CHANGE-PASSWORD-CURRENT')!
    expect(r.verdict).toBe('error')
    expect(r.reasons).toEqual([expect.stringMatching(/fetch failed \(.*ECONNREFUSED/)])
  })
  test('a capability the target lacks: not-applicable with its reason', () => {
    expect(said(C, 'a capability the target lacks')).toBe('not-applicable: the target has no account recovery')
  })
})
