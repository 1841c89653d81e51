import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { formSession } from './formSession.ts'
import { SESSION_TTL_MS } from '../../src/site/auth/sessions.ts'

let s: TestSite
beforeAll(async () => { s = await startTestSite() })
afterAll(async () => { await s.stop() })

describe('sessions and CSRF', () => {
  test('the session cookie is HttpOnly and SameSite=Lax', async () => {
    const res = await fetch(`${s.url}/login`)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^bm_session=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  test('a form POST without the session\'s CSRF token is refused and changes nothing', async () => {
    const f = formSession(s.url)
    await f.get('/register')
    const before = s.site.users.count()
    const { res } = await f.post('/register', { username: 'nocsrf01', _csrf: 'forged' })
    expect(res.status).toBe(403)
    expect(s.site.users.count()).toBe(before)
  })

  test('a token from another session is refused too', async () => {
    const a = formSession(s.url)
    const b = formSession(s.url)
    const tokenA = await a.csrf('/register')
    await b.get('/register')
    expect((await b.post('/register', { _csrf: tokenA })).res.status).toBe(403)
  })

  test('login with the test captcha sets a new session id (no fixation); a wrong captcha is refused', async () => {
    const c = s.candidate(101)
    await s.client().register(c)
    const f = formSession(s.url)
    const token = await f.csrf('/login')
    const anonymous = f.cookie
    const bad = await f.post('/login', { _csrf: token, username: c.username, password: c.password, captchaId: 'x', captcha: '0000' })
    expect(bad.res.status).toBe(422)
    expect(bad.html).toContain('验证码错误')
    const page = await f.get('/login')
    const captchaId = /name="captchaId" value="([^"]+)"/.exec(page.html)![1]!
    const ok = await f.post('/login', { _csrf: /name="_csrf" value="([^"]+)"/.exec(page.html)![1]!, username: c.username, password: c.password, captchaId, captcha: '8888' })
    expect(ok.res.status).toBe(303)
    expect(f.cookie).not.toBe(anonymous)
    expect((await f.get('/info')).res.status).toBe(200)
  })

  test('a session expires after its idle lifetime in real time; moving the site clock logs nobody out', async () => {
    const c = s.candidate(102)
    const api = s.client()
    await api.register(c)
    await api.login(c.username, c.password)
    expect((await api.call('GET', '/api/me')).status).toBe(200)
    const today = s.clock.now().toISOString()
    s.clock.set(new Date(s.clock.now().getTime() + 30 * 24 * 3600_000).toISOString())
    expect((await api.call('GET', '/api/me')).status).toBe(200)
    s.clock.set(today)
    s.sessionClock.set(new Date(s.sessionClock.now().getTime() + SESSION_TTL_MS + 1000).toISOString())
    expect((await api.call('GET', '/api/me')).status).toBe(403)
  })

  test('a session in use slides its idle expiry: two gaps of nearly the idle lifetime each keep it alive', async () => {
    const c = s.candidate(105)
    const api = s.client()
    await api.register(c)
    await api.login(c.username, c.password)
    for (let i = 0; i < 2; i++) {
      s.sessionClock.set(new Date(s.sessionClock.now().getTime() + SESSION_TTL_MS - 5 * 60_000).toISOString())
      expect((await api.call('GET', '/api/me')).status).toBe(200)
    }
  })

  test('the JSON API accepts only application/json on POST', async () => {
    const res = await fetch(`${s.url}/api/register`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=x' })
    expect(res.status).toBe(415)
  })

  test('a candidate cannot read another candidate\'s application', async () => {
    const a = s.client()
    const ca = s.candidate(103)
    await a.register(ca)
    await a.login(ca.username, ca.password)
    const app = await a.ok('POST', '/api/applications', { examCode: ca.application.examCode })
    const b = s.client()
    const cb = s.candidate(104)
    await b.register(cb)
    await b.login(cb.username, cb.password)
    expect((await b.call('GET', `/api/applications/${app.id}/notice`)).status).toBe(404)
    expect((await b.call('POST', `/api/applications/${app.id}/abandon`, {})).status).toBe(404)
  })
})
