import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { need, needUi, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { approveAll, filed, inReview, opensAtSubmission, rulesOf, underReview } from '../../fixtures/lifecycleSeed.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { SKILLS_FEE } from '../../src/rules/lifecycle.ts'
import { type ProfileId } from '../../src/rules/profiles.ts'
import { ctxOf } from '../../fixtures/reference.ts'

// What is charged and given back: the published fee (Hebei 289 元), nothing for a skills-exempt
// candidate, a refund only for a rejected file, through the channel it was paid with.

test.afterEach(async ({ target }) => resetClock(target))


/** Under review, then approved at every level; answers the file with a fresh session. */
async function approved(target: Target, profile: ProfileId, o: { exempt?: boolean } = {}) {
  need(target, 'payment')
  const c = target.unique(candidateExample(undefined, ctxOf(target)))
  const f0 = await filed(target, profile, { candidate: o.exempt ? { ...c, application: { ...c.application, skillsExempt: true } } : c })
  await underReview(target, f0)
  const { f, reviewer } = await inReview(target, f0)
  await approveAll(target, f, reviewer)
  return f
}

test.describe('PAY-EXEMPT-NO-SKILLS-FEE', () => {
  test('API: a skills-exempt candidate is shown 免缴 and a payment is refused', ruleTags(['PAY-EXEMPT-NO-SKILLS-FEE'], 'api'), async ({ target, profile }) => {
    const f = await approved(target, profile, { exempt: true })
    const status = (await need(target, 'payment').payment(f.session, f.applicationId)).body
    expect([status.status, status.open]).toEqual(['免缴', false])
    const r = await need(target, 'payment').pay(f.session, f.applicationId)
    expect(r.status).toBeGreaterThanOrEqual(400)
    // A target names the rule if it wants to (the reference site refuses before any order exists); never another rule.
    expect(rulesOf(target, r).filter((id) => id !== null && id !== 'PAY-EXEMPT-NO-SKILLS-FEE')).toEqual([])
  })

  test('UI: the pay page shows 免缴 and no 立即缴费', ruleTags(['PAY-EXEMPT-NO-SKILLS-FEE'], 'ui'), async ({ page, target, profile }) => {
    const paymentPage = needUi(target, page, 'payment')
    const f = await approved(target, profile, { exempt: true })
    await target.ui.enter(page, f.session)
    await paymentPage.open(f.applicationId)
    await expect(paymentPage.status).toHaveText('免缴')
    await expect(paymentPage.payNow).toHaveCount(0)
  })
})

test.describe('PAY-FEE-AMOUNT', () => {
  test('API: the order charges the published fee', ruleTags(['PAY-FEE-AMOUNT'], 'api'), async ({ target, profile }) => {
    const f = await approved(target, profile)
    expect((await need(target, 'payment').payment(f.session, f.applicationId)).body.fee.yuan).toBe(SKILLS_FEE[profile])
    expect((await need(target, 'payment').pay(f.session, f.applicationId)).body.amountFen).toBe(SKILLS_FEE[profile]! * 100)
  })

  test('UI: the pay page states the published fee', ruleTags(['PAY-FEE-AMOUNT'], 'ui'), async ({ page, target, profile }) => {
    const paymentPage = needUi(target, page, 'payment')
    const f = await approved(target, profile)
    await target.ui.enter(page, f.session)
    await paymentPage.open(f.applicationId)
    await expect(page.getByText(new RegExp(`${SKILLS_FEE[profile]}\\s*元`)).first()).toBeVisible()
  })
})

test.describe('refunds', () => {
  /** Paid and then rejected (where paying opens before review), or paid after approval. */
  async function paidThen(target: Target, profile: ProfileId, outcome: 'reject' | 'approve') {
    if (outcome === 'approve') {
      const f = await approved(target, profile)
      const order = await need(target, 'payment').pay(f.session, f.applicationId)
      await need(target, 'payment').payOnGateway(order.body)
      await need(target, 'clock').runDeadlines!()
      return f
    }
    const f0 = await filed(target, profile)
    const order = await need(target, 'payment').pay(f0.session, f0.applicationId)
    await need(target, 'payment').payOnGateway(order.body)
    await underReview(target, f0)
    const { f, reviewer } = await inReview(target, f0)
    expect((await need(target, 'review').decide(reviewer, f.applicationId, 'reject', { message: '学历不符合报考条件' })).status).toBe(200)
    return f
  }

  test('API: a rejected file is refunded through its payment channel; an approved paid file is not', ruleTags(['PAY-REFUND-ONLY-REJECTED', 'PAY-REFUND-ORIGINAL-CHANNEL'], 'api', ['hubei-2022', 'hubei-2026']), async ({ target, profile, checkRule }) => {
    const rejected = await paidThen(target, profile, 'reject')
    const r = (await need(target, 'payment').payment(rejected.session, rejected.applicationId)).body
    await checkRule('PAY-REFUND-ONLY-REJECTED', async () => {
      expect(r.status).toBe('已退费')
      expect(r.refunds).toHaveLength(1)
    })
    await checkRule('PAY-REFUND-ORIGINAL-CHANNEL', async () => {
      expect(r.refunds[0]?.channel).toBe(r.payments[0].channel)
    })
    await resetClock(target)
    const kept = await paidThen(target, profile, 'approve')
    const k = (await need(target, 'payment').payment(kept.session, kept.applicationId)).body
    await checkRule('PAY-REFUND-ONLY-REJECTED', async () => {
      expect([k.status, k.refunds.length]).toEqual(['已缴费', 0])
    })
  })

  test('UI: the rejected candidate\'s pay page shows 已退费', ruleTags(['PAY-REFUND-ONLY-REJECTED', 'PAY-REFUND-ORIGINAL-CHANNEL'], 'ui', ['hubei-2022', 'hubei-2026']), async ({ page, target, profile }) => {
    const paymentPage = needUi(target, page, 'payment')
    const f = await paidThen(target, profile, 'reject')
    await target.ui.enter(page, f.session)
    await paymentPage.open(f.applicationId)
    await expect(paymentPage.status).toHaveText('已退费')
    await expect(page.getByText(/支付宝|alipay/).first()).toBeVisible()
  })

  test('API: an approved, paid file gets no refund (paying opens only after the final review)', ruleTags(['PAY-REFUND-ONLY-REJECTED'], 'api', ['hebei-shijiazhuang-2022']), async ({ target, profile }) => {
    expect(await opensAtSubmission(target, profile)).toBe(false)
    const f = await paidThen(target, profile, 'approve')
    const k = (await need(target, 'payment').payment(f.session, f.applicationId)).body
    expect([k.status, k.refunds.length]).toEqual(['已缴费', 0])
  })

  test('UI: an approved, paid file still shows 已缴费 after the deadline run', ruleTags(['PAY-REFUND-ONLY-REJECTED'], 'ui', ['hebei-shijiazhuang-2022']), async ({ page, target, profile }) => {
    const paymentPage = needUi(target, page, 'payment')
    const f = await paidThen(target, profile, 'approve')
    await target.ui.enter(page, f.session)
    await paymentPage.open(f.applicationId)
    await expect(paymentPage.status).toHaveText('已缴费')
  })
})
