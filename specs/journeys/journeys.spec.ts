import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { examYear } from '../../fixtures/reference.ts'
import { need, needUi, resetClock } from '../../fixtures/need.ts'
import { filed, image, materials, relogin, reviewDay } from '../../fixtures/lifecycleSeed.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { type ProfileId } from '../../src/rules/profiles.ts'
import { ctxFor } from '../../src/rules/rule.ts'

// End-to-end journeys per persona and portal profile: registered and applied through the API, then
// in the browser: 上传相关材料 → upload → 提交审核 → 退回修改 → fix → resubmit → 审核通过 (考点 and
// 考区 in Hebei) → 缴费 → 已缴费.

test.afterEach(async ({ target }) => resetClock(target))
// A journey is a whole registration season in one test: it gets more than the default 30 s.
test.describe.configure({ timeout: 90_000 })

const PORTAL_PROFILES: ProfileId[] = ['hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022']
const PERSONAS = ['fresh-graduate', 'assistant-upgrade-zhuanke', 'graduate-student'] as const
const JOURNEY_RULES = ['REVIEW-SUBMIT-LOCKS-ALL', 'REVIEW-RETURN-UNLOCKS-NAMED', 'REVIEW-FEEDBACK-NEWEST-FIRST', 'PAY-PAID-AFTER-CONFIRMATION']

const admitted = (persona: string, profile: ProfileId) => { try { candidateExample(persona, ctxFor(profile)); return true } catch { return false } }

for (const profile of PORTAL_PROFILES) {
  for (const persona of PERSONAS.filter((p) => admitted(p, profile))) {
    test(`${persona} under ${profile}: upload → 提交审核 → 退回修改 → fix → resubmit → 审核通过 → 缴费`, ruleTags(JOURNEY_RULES, 'ui', [profile]), async ({ page, target }) => {
    const paymentPage = needUi(target, page, 'payment')
    const reviewPage = needUi(target, page, 'review')
      const portalPage = needUi(target, page, 'portal')
      const f0 = await filed(target, profile, { persona, enter: false })
      await target.ui.enter(page, f0.session)
      await portalPage.open()
      await portalPage.authorise(f0.c)
      await expect(portalPage.submitReview).toBeVisible()
      const required = (await materials(target, f0)).filter((m) => m.required)
      for (const m of required) for (let i = 0; i < m.images.min; i++) await portalPage.upload(m.title, { name: `${m.id}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(image(m.id, 6 * 1024, i).data) })
      for (const m of required) await expect(portalPage.images(m.title)).toHaveCount(m.images.min)
      await portalPage.submit((await portalPage.declaration.count()) > 0)
      for (const m of required) await expect(portalPage.lockState(m.title)).toHaveText('已锁定')

      // The 考点 reviewer returns one material during the review period.
      const named = required.find((m) => m.id !== 'identity') ?? required[0]!
      await need(target, 'clock').set(reviewDay(examYear(target)))
      const site = await need(target, 'review').staff('site-reviewer', f0.c)
      await page.context().clearCookies()
      await target.ui.enter(page, site.session)
      await reviewPage.open(f0.c)
      await reviewPage.returnForCorrection('材料不清晰，请重新上传！', [named.title])
      await expect(reviewPage.state).toHaveText('退回修改')

      // The candidate fixes only that material and resubmits.
      await need(target, 'clock').set(reviewDay(examYear(target), '11:00:00'))
      const f = await relogin(target, f0, false)
      await page.context().clearCookies()
      await target.ui.enter(page, f.session)
      await portalPage.open()
      await portalPage.authorise(f.c)
      await expect(portalPage.feedback.first()).toContainText('材料不清晰，请重新上传！')
      await expect(portalPage.lockState(named.title)).toHaveText('未锁定')
      await portalPage.deleteImage(named.title, 1)
      await portalPage.upload(named.title, { name: `${named.id}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(image(named.id, 6 * 1024, 8).data) })
      await portalPage.submit((await portalPage.declaration.count()) > 0)
      await expect(portalPage.lockState(named.title)).toHaveText('已锁定')

      // 审核通过 at every level.
      const reviewers = [await need(target, 'review').staff('site-reviewer', f.c), ...(target.capabilities.reviewLevels === 2 ? [await need(target, 'review').staff('region-reviewer', f.c)] : [])]
      for (const r of reviewers) {
        await page.context().clearCookies()
        await target.ui.enter(page, r.session)
        await reviewPage.openFile(f.applicationId)
        await reviewPage.approve()
      }
      await expect(reviewPage.state).toHaveText('审核通过')

      // 缴费 on the gateway's order page; 已缴费 once confirmed.
      await page.context().clearCookies()
      await target.ui.enter(page, (await relogin(target, f, false)).session)
      await paymentPage.open(f.applicationId)
      await expect(paymentPage.status).toHaveText('未缴费')
      await paymentPage.pay()
      await expect(paymentPage.status).toHaveText('已缴费')
    })
  }
}
