import { test, expect } from '../../fixtures/index.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxOf } from '../../fixtures/reference.ts'
import { securityOf, securityTags } from './securityOf.ts'
import type { Target } from '../../fixtures/index.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'

// The security baseline, sign-in and sessions: guessing is throttled, login gives a new session,
// logout ends it, and the session cookie is out of scripts' reach and not sent cross-site.

const registered = async (target: Target, profile: ProfileId) => {
  const c = target.unique(candidateExample(undefined, ctxOf(target)))
  await target.api.enrol(c, { until: 'probation' })
  return c
}

test('SEC-LOGIN-THROTTLE: after 10 wrong passwords the right one is refused too', securityTags(['SEC-LOGIN-THROTTLE'], 'api'), async ({ target, profile }) => {
  const security = securityOf(target)
  const c = await registered(target, profile)
  for (let i = 0; i < 10; i++) expect((await security.loginAttempt(c.username, `Wrong${i}x9`)).loggedIn).toBe(false)
  expect((await security.loginAttempt(c.username, c.password)).loggedIn, 'still let in after 10 failures in a row: no throttling').toBe(false)
})

test('SEC-SESSION-ROTATE and SEC-SESSION-LOGOUT: login issues a new token and drops the old one; logout ends the session', securityTags(['SEC-SESSION-ROTATE', 'SEC-SESSION-LOGOUT'], 'api'), async ({ target, profile, checkRule }) => {
  const security = securityOf(target)
  const c = await registered(target, profile)
  const probe = await security.loginProbe(c.username, c.password)
  await checkRule('SEC-SESSION-ROTATE', async () => {
    expect(probe.after, 'a session after login').not.toBe('')
    expect(probe.after, 'a new token, not the visitor\'s').not.toBe(probe.before)
    if (probe.before) expect(await security.sessionAlive(probe.before), 'the token held before login reaches no account').toBe(false)
  })
  await checkRule('SEC-SESSION-LOGOUT', async () => {
    expect(await security.sessionAlive(probe.after)).toBe(true)
    await security.logout(probe.after)
    expect(await security.sessionAlive(probe.after), 'the token still works after logout').toBe(false)
  })
})

test('SEC-COOKIE-FLAGS: the session cookie is HttpOnly with SameSite, and Secure over HTTPS', securityTags(['SEC-COOKIE-FLAGS'], 'api'), async ({ target, profile }) => {
  const security = securityOf(target)
  const c = await registered(target, profile)
  const { setCookie, https } = await security.loginProbe(c.username, c.password)
  expect(setCookie).toMatch(/;\s*HttpOnly/i)
  expect(setCookie).toMatch(/;\s*SameSite=(Lax|Strict)/i)
  if (https) expect(setCookie).toMatch(/;\s*Secure/i)
})
