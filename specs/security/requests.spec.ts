import { test, expect } from '../../fixtures/index.ts'
import { pixelFlood } from '../../fixtures/pixelFlood.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxOf } from '../../fixtures/reference.ts'
import { securityOf, securityTags } from './securityOf.ts'

// The security baseline, requests: a body that never ends, an image that explodes when decoded, and a
// change sent the way a page of another site can send it. Seeded through the API, no browser.

test('SEC-BODY-LIMIT: an anonymous 200 MB login body is refused with 413 after its first KB', securityTags(['SEC-BODY-LIMIT'], 'api'), async ({ target }) => {
  const security = securityOf(target)
  const { status } = await security.oversizedBody(200 * 1024 * 1024, 5000)
  expect(status, 'a target that reads the whole body first never answers within 5 s').toBe(413)
})

test('SEC-PIXEL-FLOOD: a 12000×12000 PNG of a few KB is refused within 2 s and not stored', securityTags(['SEC-PIXEL-FLOOD'], 'api'), async ({ target, profile }) => {
  const security = securityOf(target)
  const e = await target.api.enrol(target.unique(candidateExample(undefined, ctxOf(target))), { until: 'start' })
  const started = Date.now()
  const { answer, stored } = await security.uploadImage(e.session!, { fileName: 'photo.png', data: pixelFlood(12000, 12000), declaredType: 'image/png' })
  expect(Date.now() - started, 'answered quickly: refused from the header, not decoded').toBeLessThan(2000)
  expect(stored, `refused (${answer.status})`).toBe(false)
})

test('SEC-JSON-CSRF: a cookie-authenticated change sent as text/plain JSON or from another origin changes nothing', securityTags(['SEC-JSON-CSRF'], 'api'), async ({ target, profile }) => {
  const security = securityOf(target)
  const c = target.unique(candidateExample(undefined, ctxOf(target)))
  const e = await target.api.enrol(c, { until: 'start' })
  for (const how of ['text-plain-json', 'foreign-origin'] as const) {
    const r = await security.crossSiteEmailChange(e.session!, `csrf-${how}@example.com`, how)
    expect(r.storedEmail, `${how}: the e-mail is unchanged (answer ${r.status})`).toBe(c.email)
  }
})
