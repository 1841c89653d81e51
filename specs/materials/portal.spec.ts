import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor, expectShownRefusal } from '../../fixtures/refusal.ts'
import { need, needUi } from '../../fixtures/need.ts'
import { enterPortal, filed, laterSessionCase, laterSessionEnters, relogin } from '../../fixtures/lifecycleSeed.ts'
import type { PortalEntry } from '../../fixtures/adapter.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { buildResidentId } from '../../src/rules/checks/residentId.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { profilesOf } from '../../src/rules/rule.ts'
import { ctxOf } from '../../fixtures/reference.ts'

// 上传相关材料: entering the portal with the national account. Each rule's reject cases (a wrong, blank
// or missing password, captcha token or ID number; another's account; an application not yet submitted)
// against its accept case (the candidate's own account on a submitted application).

/** Someone else's well-formed ID number. */
const otherId = buildResidentId('110101', '1990-03-07', '男', 777)

/**
 * Each rule's wrong entries, a class each: the wrong value, the blank one, and for the captcha's token
 * also missing, blank and unknown ids; for the account, another candidate's (their own valid account).
 * The UI tries the first (a form cannot leave out a token).
 */
const ENTRY: { rule: string; wrong: { name: string; entry: PortalEntry | 'other-account' }[]; draft?: true }[] = [
  { rule: 'MATERIAL-PORTAL-AUTHORISE', wrong: [{ name: 'wrong password', entry: { password: 'Wrong12345' } }, { name: 'blank password', entry: { password: '' } }, { name: "another candidate's account", entry: 'other-account' }] },
  {
    rule: 'MATERIAL-PORTAL-CAPTCHA',
    wrong: [
      { name: 'wrong answer', entry: { captcha: '1234' } }, { name: 'blank answer', entry: { captcha: '' } },
      { name: 'captcha id missing', entry: { captchaId: null } }, { name: 'captcha id blank', entry: { captchaId: '' } }, { name: 'captcha id unknown', entry: { captchaId: 'no-such-captcha-0000' } },
    ],
  },
  { rule: 'MATERIAL-PORTAL-ID-NUMBER', wrong: [{ name: "another person's ID number", entry: { idNumber: otherId } }, { name: 'blank ID number', entry: { idNumber: '' } }] },
  { rule: 'MATERIAL-PORTAL-AFTER-APPLY', wrong: [], draft: true },
]

for (const row of ENTRY) {
  const rule = ruleById(row.rule)
  test.describe(rule.id, () => {
    test.beforeEach(({ profile }) => test.skip(!profilesOf(rule).includes(profile), `${rule.id} does not apply under ${profile}`))

    test('API: the wrong entry is refused for the rule; the candidate\'s own entry is accepted', ruleTags([rule.id], 'api'), async ({ target, profile }) => {
      const f = await filed(target, profile, { enter: false })
      if (row.draft) {
        const c = target.unique(candidateExample(undefined, ctxOf(target)))
        const e = await target.api.enrol(c, { until: 'submit' })
        const refused = await need(target, 'portal').enterPortal(e.session!, c)
        expectRefusedFor(target, refused, [rule.id])
      } else {
        for (const { name, entry } of row.wrong) {
          // Another candidate's national account, right in itself, does not open this candidate's portal.
          const sent = entry === 'other-account' ? await (async () => { const o = await filed(target, profile, { enter: false }); return { username: o.c.username, password: o.c.password } })() : entry
          expectRefusedFor(target, await need(target, 'portal').enterPortal(f.session, f.c, sent), [rule.id], name)
          expect.soft((await need(target, 'portal').portal(f.session)).status, `${name}: not authorised after the refusal`).toBeGreaterThanOrEqual(400)
        }
      }
      expect((await need(target, 'portal').enterPortal(f.session, f.c)).status).toBe(200)
      expect((await need(target, 'portal').portal(f.session)).status).toBe(200)
    })

    test('UI: the authorisation form refuses the wrong entry, then lets the candidate in', ruleTags([rule.id], 'ui'), async ({ page, target, profile }) => {
      const portalPage = needUi(target, page, 'portal')
      const own = await filed(target, profile, { enter: false })
      let f = own
      if (row.draft) {
        const c = target.unique(candidateExample(undefined, ctxOf(target)))
        const e = await target.api.enrol(c, { until: 'submit' })
        f = { c, session: e.session!, applicationId: e.applicationId! }
      }
      await target.ui.enter(page, f.session)
      await portalPage.open()
      const first = row.wrong[0]?.entry
      const wrong = first && first !== 'other-account' ? first : {}
      await portalPage.authorise(f.c, wrong)
      await expectShownRefusal(portalPage.errors, rule.id)
      await expect(portalPage.submitReview).toHaveCount(0)
      await page.context().clearCookies()
      await target.ui.enter(page, own.session)
      await portalPage.open()
      await portalPage.authorise(own.c)
      await expect(portalPage.submitReview).toBeVisible()
    })
  })
}

// A later session: Hubei's seed allows authorising once per account (首次登陆, 激活用户) or in every session
// (the 授权访问 login form); Hebei's, every entry. Either way, an account that never authorised stays out.
test.describe('MATERIAL-PORTAL-AUTHORISE in a later session', () => {
  const rule = ruleById('MATERIAL-PORTAL-AUTHORISE')
  test.beforeEach(({ profile }) => test.skip(!profilesOf(rule).includes(profile), `${rule.id} does not apply under ${profile}`))

  test('API: a second login enters as the profile\'s reading has it; an account that never authorised enters in no session', ruleTags([rule.id], 'api'), async ({ target, profile }) => {
    const entered = await laterSessionEnters(target, profile)
    const later = laterSessionCase(profile)
    if (!later.readings) expect(entered ? 'accept' : 'reject', `${later.name}: ${later.expected}ed under ${profile}`).toBe(later.expected)
    const never = await filed(target, profile, { enter: false })
    const second = await relogin(target, never, false)
    for (const [what, session] of [['first session', never.session], ['second login', second.session]] as const) {
      expectRefusedFor(target, await need(target, 'portal').portal(session), [rule.id], `never authorised, ${what}`)
    }
    await enterPortal(target, second)
    expect((await need(target, 'portal').portal(second.session)).status).toBe(200)
  })
})
