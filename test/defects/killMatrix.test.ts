import { describe, expect, it } from 'vitest'
import { defectNamed } from '../../src/site/defects/registry.ts'
import { judgeDefects, provenBy, testsOfJsonReport, type RanTest } from '../../src/report/defects.ts'
import { defectsHtml } from '../../src/report/defectsHtml.ts'
import { buildReport } from '../../src/report/conformance.ts'

const d = (name: string) => defectNamed(name)!
const t = (project: string, id: string, failed: boolean, rules: string[] = []): RanTest => ({ project, id, rules, failed, skipped: false })

describe('the kill matrix', () => {
  it('reads tests, projects and rule tags from a Playwright JSON report', () => {
    const tests = testsOfJsonReport({ suites: [{ title: 'specs/x.spec.ts', specs: [], suites: [{ title: 'ID-AGE-MAX', specs: [
      { title: 'API', file: 'specs/x.spec.ts', line: 1, tags: ['@rule:ID-AGE-MAX', '@api'], tests: [{ projectName: 'defect:age-76-accepted', status: 'unexpected' }, { projectName: 'baseline:national', status: 'expected' }] },
    ] }] }] })
    expect(tests).toEqual([
      { project: 'defect:age-76-accepted', id: 'specs/x.spec.ts › ID-AGE-MAX › API', rules: ['ID-AGE-MAX'], failed: true, skipped: false },
      { project: 'baseline:national', id: 'specs/x.spec.ts › ID-AGE-MAX › API', rules: ['ID-AGE-MAX'], failed: false, skipped: false },
    ])
  })

  it('counts a kill only for a test that fails with the defect and passes without it', () => {
    const [killed, brokenOnly, untested] = judgeDefects([d('age-76-accepted'), d('age-75-refused'), d('no-lock-after-submit')], [
      t('baseline:national', 'api', false, ['ID-AGE-MAX']), t('baseline:national', 'ui', true, ['ID-AGE-MAX']),
      t('defect:age-76-accepted', 'api', true, ['ID-AGE-MAX']), t('defect:age-76-accepted', 'ui', true, ['ID-AGE-MAX']),
      t('defect:age-75-refused', 'api', false, ['ID-AGE-MAX']), t('defect:age-75-refused', 'ui', true, ['ID-AGE-MAX']),
    ])
    expect(killed).toMatchObject({ defect: 'age-76-accepted', killed: true, by: ['api'], killedBy: ['ID-AGE-MAX'], brokenInBaseline: ['ui'] })
    expect(brokenOnly).toMatchObject({ killed: false, by: [], reason: 'every test of its rules passed with the defect on' })
    expect(untested).toMatchObject({ killed: false, ran: 0, reason: expect.stringMatching(/no test tagged with @rule:REVIEW-SUBMIT-LOCKS-ALL or @rule:MATERIAL-UPLOAD-LOCKED runs under hubei-2026/) })
    expect(provenBy([killed!, brokenOnly!, untested!])).toEqual(new Map([['ID-AGE-MAX', ['age-76-accepted']]]))
    const html = defectsHtml([killed!, brokenOnly!, untested!], '2026-01-01T00:00:00Z')
    expect(html).toContain('1 killed</strong>, <strong>2 survived')
    expect(html).toContain('age-75-refused')
  })

  it('marks proven rules in the conformance report and lists the checkable rules without a killed defect', () => {
    const rule = (id: string, level: 'must' | 'manual' = 'must') => ({ id, level, area: 'identity', stage: 'register', title: id, checkable: level !== 'manual' })
    const base = { target: 't', profile: 'national', versions: {}, generatedAt: '', tests: [], expectedFailures: {}, rules: [rule('ID-AGE-MAX'), rule('ID-AGE-MIN'), rule('ID-POLICE-VERIFIED', 'manual')] }
    const report = buildReport({ ...base, proven: new Map([['ID-AGE-MAX', ['age-76-accepted']]]) })
    expect(report.rules[0]!.proven).toEqual(['age-76-accepted'])
    expect(report.unproven).toEqual(['ID-AGE-MIN'])
    expect(buildReport(base).unproven).toBeUndefined()
  })
})
