import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestCase, TestResult } from '@playwright/test/reporter'
import { afterEach, describe, expect, test } from 'vitest'
import ConformanceReporter from '../../src/report/reporter.ts'

// The reporter as Playwright drives it: live runs give each project its options; a report merged from
// shard blobs (`playwright merge-reports`) keeps only the project's name.

const dirs: string[] = []
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }) })

function testCase(project: { name: string; use?: Record<string, unknown> }, rule: string, title: string): TestCase {
  const file = { type: 'file', location: { file: join(process.cwd(), 'specs/photo/boundaries.spec.ts') } }
  return {
    parent: { type: 'describe', parent: file, project: () => project },
    titlePath: () => ['', project.name, 'photo/boundaries.spec.ts', rule, title],
    annotations: [{ type: 'rule', description: rule }],
    tags: [`@rule:${rule}`],
    location: { file: file.location.file },
    expectedStatus: 'passed',
  } as unknown as TestCase
}

const passed = { status: 'passed', attachments: [] } as unknown as TestResult
const failed = { status: 'failed', attachments: [] } as unknown as TestResult

function run(cases: [TestCase, TestResult][]) {
  const outputDir = mkdtempSync(join(tmpdir(), 'bm-reporter-'))
  dirs.push(outputDir)
  const reporter = new ConformanceReporter({ outputDir, expectedFailures: join(outputDir, 'none.json') })
  for (const [c, r] of cases) reporter.onTestEnd(c, r)
  reporter.onEnd()
  return (profile: string) => JSON.parse(readFileSync(join(outputDir, `conformance-${profile}.json`), 'utf8'))
}

const verdict = (report: { rules: { id: string; verdict: string }[] }, id: string) => report.rules.find((r) => r.id === id)?.verdict

describe('conformance reporter', () => {
  test('a live run reads the profile from the project options', () => {
    const read = run([[testCase({ name: 'anything', use: { profile: 'hubei-2026' } }, 'PHOTO-SIZE', 'API'), failed]])
    const report = read('hubei-2026')
    expect(report.profile).toBe('hubei-2026')
    expect(verdict(report, 'PHOTO-SIZE')).toBe('fail')
  })

  test('a merged shard report reads the profile from the project name', () => {
    const read = run([
      [testCase({ name: 'hubei-2026' }, 'PHOTO-SIZE', 'API'), passed],
      [testCase({ name: 'hubei-2026' }, 'PHOTO-SIZE', 'UI'), passed],
      [testCase({ name: 'hunan-2025' }, 'PHOTO-FORMAT', 'API'), failed],
    ])
    expect(verdict(read('hubei-2026'), 'PHOTO-SIZE')).toBe('pass')
    expect(verdict(read('hunan-2025'), 'PHOTO-FORMAT')).toBe('fail')
  })

  test('a test that skipped itself for a missing capability makes its rule not-applicable, with the reason; the target\'s messages are kept', () => {
    const skipped = { status: 'skipped', attachments: [], annotations: [{ type: 'not-applicable', description: 'the target has no materials portal' }] } as unknown as TestResult
    const said = { status: 'passed', attachments: [], annotations: [{ type: 'target-message', description: '手机号码格式不正确' }] } as unknown as TestResult
    const report = run([
      [testCase({ name: 'hubei-2026' }, 'MATERIAL-IMAGE-SIZE', 'API'), skipped],
      [testCase({ name: 'hubei-2026' }, 'CONTACT-MOBILE-DIGITS', 'UI'), said],
    ])('hubei-2026')
    expect(verdict(report, 'MATERIAL-IMAGE-SIZE')).toBe('not-applicable')
    expect(report.rules.find((r: { id: string }) => r.id === 'MATERIAL-IMAGE-SIZE').tests[0].reason).toBe('the target has no materials portal')
    expect(report.rules.find((r: { id: string }) => r.id === 'CONTACT-MOBILE-DIGITS').tests[0].targetMessages).toEqual(['手机号码格式不正确'])
    expect(report.summary['not-applicable']).toBe(1)
  })
})
