import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { filed, rulesOf } from '../../fixtures/lifecycleSeed.ts'
import { rejectMessage } from '../../fixtures/rejectMessage.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { buildResidentId } from '../../src/rules/checks/residentId.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxFor, profilesOf } from '../../src/rules/rule.ts'

// 上传相关材料: entering the portal with the national account. Each rule's reject case (a wrong
// password, captcha or ID number; an application not yet submitted) against its accept case (the
// candidate's own account on a submitted application).

/** Someone else's well-formed ID number. */
const otherId = buildResidentId('110101', '1990-03-07', '男', 777)

const ENTRY = [
  { rule: 'MATERIAL-PORTAL-AUTHORISE', wrong: { password: 'Wrong12345' } },
  { rule: 'MATERIAL-PORTAL-CAPTCHA', wrong: { captcha: '1234' } },
  { rule: 'MATERIAL-PORTAL-ID-NUMBER', wrong: { idNumber: otherId } },
  { rule: 'MATERIAL-PORTAL-AFTER-APPLY', wrong: {}, draft: true },
] as const

for (const row of ENTRY) {
  const rule = ruleById(row.rule)
  test.describe(rule.id, () => {
    test.beforeEach(({ profile }) => test.skip(!profilesOf(rule).includes(profile), `${rule.id} does not apply under ${profile}`))

    test('API: the wrong entry is refused for the rule; the candidate\'s own entry is accepted', ruleTags([rule.id], 'api'), async ({ target, profile }) => {
      const f = await filed(target, profile, { enter: false })
      if ('draft' in row) {
        const c = target.unique(candidateExample(undefined, ctxFor(profile)))
        const e = await target.api.enrol(c, { until: 'submit' })
        const refused = await target.partTwo.enterPortal(e.session!, c)
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(rulesOf(target, refused)).toContain(rule.id)
      } else {
        const refused = await target.partTwo.enterPortal(f.session, f.c, row.wrong)
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(rulesOf(target, refused)).toEqual([rule.id])
        expect((await target.partTwo.portal(f.session)).status, 'not authorised after a refusal').toBeGreaterThanOrEqual(400)
      }
      expect((await target.partTwo.enterPortal(f.session, f.c)).status).toBe(200)
      expect((await target.partTwo.portal(f.session)).status).toBe(200)
    })

    test('UI: the authorisation form shows the rule\'s message, then lets the candidate in', ruleTags([rule.id], 'ui'), async ({ page, target, profile, portalPage }) => {
      const own = await filed(target, profile, { enter: false })
      let f = own
      if ('draft' in row) {
        const c = target.unique(candidateExample(undefined, ctxFor(profile)))
        const e = await target.api.enrol(c, { until: 'submit' })
        f = { c, session: e.session!, applicationId: e.applicationId! }
      }
      await target.ui.enter(page, f.session)
      await portalPage.goto()
      const wrong = 'wrong' in row ? (row.wrong as { password?: string; captcha?: string; idNumber?: string }) : {}
      await page.getByLabel('用户名*').fill(f.c.username)
      await page.getByLabel('密码*').fill(wrong.password ?? f.c.password)
      const id = page.getByLabel('报考证件号码*')
      if (await id.count()) await id.fill(wrong.idNumber ?? f.c.idNumber)
      const captcha = page.getByLabel('验证码*')
      if (await captcha.count()) await captcha.fill(wrong.captcha ?? '8888')
      await page.getByRole('button', { name: '授权登录' }).click()
      await expect(portalPage.errors).toContainText(rejectMessage(rule, profile))
      await page.context().clearCookies()
      await target.ui.enter(page, own.session)
      await portalPage.goto()
      await portalPage.authorise(own.c.username, own.c.password, own.c.idNumber)
      await expect(portalPage.submitReview).toBeVisible()
    })
  })
}
