import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { formSession } from './formSession.ts'
import { retryMessage } from '../../src/site/services/servicesClient.ts'

let s: TestSite
beforeAll(async () => { s = await startTestSite() })
afterAll(async () => { await s.stop() })

describe('external services', () => {
  for (const fault of ['5xx', 'timeout'] as const) {
    test(`identity ${fault}: a retry message, nothing stored, and the retry succeeds`, async () => {
      const c = s.candidate(fault === '5xx' ? 301 : 302)
      s.mocks.useScenarios([`identity-${fault}`])
      const before = s.site.users.count()
      const r = await s.client().call('POST', '/api/register', c)
      expect(r.status).toBe(503)
      expect(r.json.error[0].message).toBe(retryMessage('identity'))
      expect(s.site.users.count()).toBe(before)
      s.mocks.useScenarios([])
      expect((await s.client().call('POST', '/api/register', c)).status).toBe(201)
    })
  }

  test('the registration page keeps what was typed when the service fails', async () => {
    const c = s.candidate(303)
    s.mocks.useScenarios(['identity-5xx'])
    const f = formSession(s.url)
    const token = await f.csrf('/register')
    const { res, html } = await f.post('/register', { _csrf: token, username: c.username, password: c.password, passwordConfirm: c.password, recoveryQuestion: c.recoveryQuestion, recoveryAnswer: c.recoveryAnswer, origin: c.origin, idType: c.idType, idNumber: c.idNumber, idValidUntil: c.idValidUntil, name: c.name, pinyin: c.pinyin, ethnicity: c.ethnicity, nationality: c.nationality, email: c.email })
    s.mocks.useScenarios([])
    expect(res.status).toBe(503)
    expect(html).toContain(retryMessage('identity'))
    for (const v of [c.username, c.idNumber, c.name, c.recoveryQuestion]) expect(html).toContain(`value="${v}"`)
  })

  test('a name that does not match the ID is refused with the police database\'s message', async () => {
    const c = s.candidate(304)
    s.mocks.state.identity.add({ idType: c.idType, idNumber: c.idNumber, name: '王某某', validUntil: '长期' })
    const r = await s.client().call('POST', '/api/register', c)
    expect(r.status).toBe(422)
    expect(r.json.error[0]).toMatchObject({ code: 'identity-mismatch', path: 'name' })
  })

  test('an unknown 学信网 code is refused; education 5xx asks to retry and keeps nothing', async () => {
    const c = s.candidate(305)
    const api = s.client()
    await api.register(c)
    await api.login(c.username, c.password)
    const { selected: _s, ...edu } = c.education[0]!
    expect(edu.verification?.code).toBeTruthy()
    const unknown = await api.call('POST', '/api/info/education', { ...edu, verification: { kind: '教育部学历证书电子注册备案表', code: 'ZZZZZZZZZZZZZZZZ' } })
    expect(unknown.status).toBe(422)
    expect(unknown.json.error[0].code).toBe('verification-unknown')
    s.mocks.useScenarios(['education-5xx'])
    const down = await api.call('POST', '/api/info/education', edu)
    s.mocks.useScenarios([])
    expect(down.status).toBe(503)
    expect(down.json.error[0].message).toBe(retryMessage('education'))
    expect((await api.ok('GET', '/api/me')).records.education).toHaveLength(0)
    expect((await api.call('POST', '/api/info/education', edu)).status).toBe(201)
  })
})
