import { test, expect } from '../../fixtures/index.ts'
import type { Candidate } from '../../src/rules/candidate.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxOf } from '../../fixtures/reference.ts'
import { need } from '../../fixtures/need.ts'
import { securityOf, securityTags } from './securityOf.ts'

// The security baseline, stored XSS: markup typed into the name, the address and the school is text on
// the success notice and on the reviewer's page. A field whose rules refuse the markup stores nothing.

const PAYLOAD = '<img src=x onerror=alert(1)>'
const FIELDS: { field: string; put: (c: Candidate) => Candidate }[] = [
  { field: 'name', put: (c) => ({ ...c, name: `${c.name}${PAYLOAD}` }) },
  { field: 'address', put: (c) => ({ ...c, address: `${c.address}${PAYLOAD}` }) },
  { field: 'school', put: (c) => ({ ...c, education: c.education.map((e, i) => (i === 0 ? { ...e, school: `${e.school}${PAYLOAD}` } : e)) }) },
]

test('SEC-STORED-XSS: markup in the name, address and school is escaped on the notice and the reviewer\'s page', securityTags(['SEC-STORED-XSS'], 'api'), async ({ target, profile }) => {
  const security = securityOf(target)
  for (const { field, put } of FIELDS) {
    const c = put(target.unique(candidateExample(undefined, ctxOf(target))))
    const e = await target.api.enrol(c)
    if (e.refused || e.applicationId === null) {
      // Refused by the field's own rules: nothing stored to escape (the report says so).
      test.info().annotations.push({ type: 'reading', description: `${field} with markup refused at ${e.refused?.step ?? 'enrolment'}: nothing stored to escape` })
      continue
    }
    const reviewer = await need(target, 'review').staff('site-reviewer', c)
    const pages = { notice: await security.noticeHtml(e.session!, e.applicationId), reviewer: await security.reviewerHtml(reviewer.session, e.applicationId) }
    for (const [where, html] of Object.entries(pages)) expect(html, `${field} on the ${where} page`).not.toContain(PAYLOAD)
  }
})
