import { describe, expect, it } from 'vitest'
import { buildReport, type TestOutcome } from '../../src/report/conformance.ts'
import { conformanceHtml } from '../../src/report/html.ts'
import { RULES } from '../../src/rules/catalogue.ts'

// The conformance HTML as a reader meets it: the failures first with their evidence, the rules' own
// text in the page, evidence links relative to the report, one badge per verdict of the JSON.

const failed: TestOutcome = {
  title: 'ID-AGE-MAX › API: every boundary case gets its verdict', file: 'specs/identity/boundaries.spec.ts',
  status: 'failed', expectedStatus: 'passed', rules: ['ID-AGE-MAX'],
  evidence: { trace: 'test-results/identity-ID-AGE/trace.zip', screenshot: 'test-results/identity-ID-AGE/test-failed 1.png' },
  errors: ['Error: ID-AGE-MAX "exactly 76" (reject): accepted, so the stored record must satisfy ID-AGE-MAX\n\n\x1b[2mexpect(\x1b[22mreceived).toEqual(expected)\n- Array []\n+ Array [ { "code": "age-max" } ]'],
}
const passed: TestOutcome = { title: 'PHOTO-SIZE › API', file: 'specs/photo/boundaries.spec.ts', status: 'passed', expectedStatus: 'passed', rules: ['PHOTO-SIZE'], evidence: {} }
const report = buildReport({
  target: 'http://127.0.0.1:3000', profile: 'hubei-2026', versions: { baoming: '0.1.0' }, generatedAt: '2026-01-15T02:00:00.000Z',
  rules: RULES.filter((r) => ['ID-AGE-MAX', 'PHOTO-SIZE', 'PHOTO-FORMAT'].includes(r.id)).map((r) => ({ id: r.id, level: r.level, area: r.area, stage: r.stage, title: r.title, checkable: Boolean(r.check) })),
  tests: [failed, passed], expectedFailures: {},
})
const html = conformanceHtml(report)

describe('conformance HTML', () => {
  it('opens with 不符合: the failing rule, its case and what the target did, before the table of all rules', () => {
    const failures = html.indexOf('不符合 Failures')
    expect(failures).toBeGreaterThan(0)
    expect(failures).toBeLessThan(html.indexOf('<table'))
    const section = html.slice(failures, html.indexOf('</section>', failures))
    expect(section).toContain('ID-AGE-MAX')
    expect(section).not.toContain('PHOTO-SIZE')
    expect(section).toContain('ID-AGE-MAX &quot;exactly 76&quot; (reject): accepted, so the stored record must satisfy ID-AGE-MAX')
    expect(section).not.toContain('\x1b[')
  })

  it('shows the screenshot as a thumbnail and links the trace, relative to the report', () => {
    expect(html).toContain('<img class="thumb" src="test-results/identity-ID-AGE/test-failed%201.png"')
    expect(html).toContain('<a href="test-results/identity-ID-AGE/trace.zip">trace</a>')
    expect(html).not.toMatch(/href="(\.\.\/|\/)/)
  })

  it('carries the rules\' own text: summary and source quote', () => {
    const rule = RULES.find((r) => r.id === 'ID-AGE-MAX')!
    expect(html).toContain(rule.sources[0]!.quote.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    expect(html).toContain(rule.summary.replace(/'/g, '&#39;'))
    expect(html).not.toContain('docs/rules.md')
  })

  it('has a filtering badge for every verdict of the JSON, with its count', () => {
    for (const [verdict, n] of Object.entries(report.summary)) expect(html).toMatch(new RegExp(`data-filter="${verdict}" aria-pressed="false">[^<]*<strong>${n}</strong>`))
    expect(html).toContain('<tr class="v-fail" data-verdict="fail" id="rule-id-age-max">')
  })

  it('says so when no rule failed', () => {
    expect(conformanceHtml(buildReport({ ...{ target: 't', profile: 'national', versions: {}, generatedAt: '', expectedFailures: {} }, rules: [], tests: [] }))).toContain('No rule failed')
  })
})
