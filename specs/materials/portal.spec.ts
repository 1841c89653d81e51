import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor, expectShownRefusal } from '../../fixtures/refusal.ts'
import { need, needUi } from '../../fixtures/need.ts'
import { filed } from '../../fixtures/lifecycleSeed.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { buildResidentId } from '../../src/rules/checks/residentId.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { profilesOf } from '../../src/rules/rule.ts'
import { ctxOf } from '../../fixtures/reference.ts'

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
        const c = target.unique(candidateExample(undefined, ctxOf(target)))
        const e = await target.api.enrol(c, { until: 'submit' })
        const refused = await need(target, 'portal').enterPortal(e.session!, c)
        expectRefusedFor(target, refused, [rule.id])
      } else {
        const refused = await need(target, 'portal').enterPortal(f.session, f.c, row.wrong)
        expectRefusedFor(target, refused, [rule.id])
        expect((await need(target, 'portal').portal(f.session)).status, 'not authorised after a refusal').toBeGreaterThanOrEqual(400)
      }
      expect((await need(target, 'portal').enterPortal(f.session, f.c)).status).toBe(200)
      expect((await need(target, 'portal').portal(f.session)).status).toBe(200)
    })

    test('UI: the authorisation form refuses the wrong entry, then lets the candidate in', ruleTags([rule.id], 'ui'), async ({ page, target, profile }) => {
      const portalPage = needUi(target, page, 'portal')
      const own = await filed(target, profile, { enter: false })
      let f = own
      if ('draft' in row) {
        const c = target.unique(candidateExample(undefined, ctxOf(target)))
        const e = await target.api.enrol(c, { until: 'submit' })
        f = { c, session: e.session!, applicationId: e.applicationId! }
      }
      await target.ui.enter(page, f.session)
      await portalPage.open()
      const wrong = 'wrong' in row ? (row.wrong as { password?: string; captcha?: string; idNumber?: string }) : {}
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
