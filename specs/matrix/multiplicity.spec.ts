import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { need, needUi, resetClock } from '../../fixtures/need.ts'
import { examYear } from '../../fixtures/reference.ts'
import { filed, image, inReview, materials, relogin, reviewDay, underReview } from '../../fixtures/lifecycleSeed.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import type { Window } from '../../src/rules/catalogue/schedule.ts'
import { SUBMIT_NOTICE } from '../../src/rules/lifecycle.ts'
import { PROFILES, type ProfileId } from '../../src/rules/profiles.ts'
import { paramsFor } from '../../src/rules/rule.ts'
import { PORTAL_PROFILES } from './seedState.ts'

// Multiplicity and order: every create-like action twice, at once and one after the other (an order, 提交审核), a batch job
// (the payment deadline) over a mixed population, and feedback whose times sort differently as text
// ("2/9" after "2/10", "9:40" after "10:05") than as time.

test.afterEach(async ({ target }) => resetClock(target))

/** Profiles where paying opens right after the application (Hubei): the file is payable as soon as it is filed. */
const PAY_AT_FILING = PORTAL_PROFILES.filter((p) => p.startsWith('hubei'))

test('API: 立即缴费 twice at once, once more later, and after paying: one order, one payment, then refused', ruleTags(['PAY-NO-DOUBLE-PAY', 'PAY-CALLBACK-ONCE'], 'api', PAY_AT_FILING), async ({ target, profile, checkRule }) => {
  const f = await filed(target, profile, { enter: false })
  const [a, b] = await Promise.all([need(target, 'payment').pay(f.session, f.applicationId), need(target, 'payment').pay(f.session, f.applicationId)])
  const orders = [a, b].filter((x) => x.status < 300)
  await checkRule('PAY-NO-DOUBLE-PAY', async () => {
    // Both clicks may be answered, with the same order; never two orders for one fee.
    expect(orders.length, JSON.stringify([a.body, b.body])).toBeGreaterThan(0)
    expect(new Set(orders.map((o) => o.body.orderId)).size, 'one order for two clicks').toBe(1)
  })
  // A later click, one after the other (the open order is found again, not only the one being created).
  const later = await need(target, 'payment').pay(f.session, f.applicationId)
  await checkRule('PAY-NO-DOUBLE-PAY', async () => {
    if (later.status < 300) expect(later.body.orderId, 'a later click reuses the open order').toBe(orders[0]?.body.orderId)
    else expect(later.status, 'a later click: reused or refused, never an error').toBeLessThan(500)
  })
  for (const o of orders) await need(target, 'payment').payOnGateway(o.body)
  await checkRule('PAY-CALLBACK-ONCE', async () => {
    const status = await need(target, 'payment').payment(f.session, f.applicationId)
    expect([status.body.status, status.body.payments.length]).toEqual(['已缴费', 1])
  })
  await checkRule('PAY-NO-DOUBLE-PAY', async () => {
    expect((await need(target, 'payment').pay(f.session, f.applicationId)).status, 'paying again after 已缴费').toBeGreaterThanOrEqual(400)
  })
})

test('API: 提交审核 twice at once locks once and posts one notice', ruleTags(['REVIEW-SUBMIT-NOTICE', 'REVIEW-SUBMIT-LOCKS-ALL'], 'api', PORTAL_PROFILES), async ({ target, profile, checkRule }) => {
  const f = await filed(target, profile)
  for (const m of (await materials(target, f)).filter((x) => x.required)) {
    for (let i = 0; i < m.images.min; i++) expect((await need(target, 'portal').upload(f.session, m.id, image(m.id, 6 * 1024, i))).status).toBe(201)
  }
  const answers = await Promise.all([need(target, 'portal').submitForReview(f.session, true), need(target, 'portal').submitForReview(f.session, true)])
  await checkRule('REVIEW-SUBMIT-NOTICE', async () => {
    expect(answers.filter((a) => a.status === 200).length, 'one of the two goes through').toBeGreaterThanOrEqual(1)
    const feedback = (await need(target, 'portal').portal(f.session)).body.feedback as { text: string }[]
    expect(feedback.filter((x) => x.text === SUBMIT_NOTICE).length, 'one 上报完成 notice').toBe(1)
  })
  await checkRule('REVIEW-SUBMIT-LOCKS-ALL', async () => {
    expect((await materials(target, f)).every((m) => m.locked)).toBe(true)
  })
})

test('API: the payment deadline run over paid and unpaid files withdraws only the unpaid', ruleTags(['PAY-UNPAID-WITHDRAWN'], 'api', PAY_AT_FILING), async ({ target, profile, checkRule }) => {
  const unpaid = await filed(target, profile, { enter: false })
  const paid = await filed(target, profile, { enter: false })
  const unpaid2 = await filed(target, profile, { enter: false })
  const order = await need(target, 'payment').pay(paid.session, paid.applicationId)
  await need(target, 'payment').payOnGateway(order.body)
  const due = new Date(Date.parse(need(target, 'clock').start) + 86_400_000).toISOString()
  await need(target, 'payment').setPayDue(due)
  try {
    await need(target, 'clock').set(new Date(Date.parse(due) + 3_600_000).toISOString())
    const run = await need(target, 'clock').runDeadlines!()
    await checkRule('PAY-UNPAID-WITHDRAWN', async () => {
      expect(run.status).toBe(200)
      const withdrawn = run.body.withdrawn as number[]
      expect([unpaid, paid, unpaid2].map((x) => withdrawn.includes(x.applicationId)), 'withdrawn: unpaid, paid, unpaid').toEqual([true, false, true])
    })
  } finally {
    await need(target, 'payment').setPayDue(null)
  }
})

/**
 * Where the three feedback entries fall: a return at 9:30 and the resubmission at 9:40 on a 9th, the second return at 10:05
 * on the 10th, inside the profile's review period (SCHED-REVIEW-PERIOD; after the first review day where it has no dates).
 * As shown text "3/9 09:40" sorts after "3/10 10:05", and an unpadded "9:40" after "10:05". Where the period holds no
 * 9th-and-10th (Hebei: 考点 returns in 2月14日–27日, the first 提交审核 in 1月12日–25日) no 考点 return can straddle a shown
 * date, so all three fall on one review day and only the hour does.
 */
function feedbackInstants(profile: ProfileId, year: number): [string, string, string] {
  const first = reviewDay(year).slice(0, 10)
  const w = (paramsFor(ruleById('SCHED-REVIEW-PERIOD'), profile) as Window | null) ?? { from: first, to: `${year}-12-31` }
  const month = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
    .find((m) => `${m}-09` >= w.from && `${m}-09` >= first && `${m}-10` <= w.to)
  const [d9, d10] = month ? [`${month}-09`, `${month}-10`] : [first, first]
  return [`${d9}T09:30:00+08:00`, `${d9}T09:40:00+08:00`, `${d10}T10:05:00+08:00`]
}

test('API and page: feedback across a 9 → 10 day and hour is listed newest first (as time, not as text)', ruleTags(['REVIEW-FEEDBACK-NEWEST-FIRST'], 'ui', PORTAL_PROFILES), async ({ target, profile, checkRule, page }) => {
  const portalPage = needUi(target, page, 'portal')
  const f0 = await filed(target, profile)
  await underReview(target, f0)
  const { f } = await inReview(target, f0)
  const named = (await materials(target, f)).find((m) => m.required && m.id !== 'identity')!.id
  const [returned, resubmitted, returnedAgain] = feedbackInstants(profile, examYear(target))
  // Staff and the candidate log in again at each instant: the clock may have moved days past their sessions.
  const returnAt = async (at: string, message: string) => {
    await need(target, 'clock').set(at)
    const reviewer = (await need(target, 'review').staff('site-reviewer', f.c)).session
    expect((await need(target, 'review').decide(reviewer, f.applicationId, 'return', { message, materials: [named] })).status).toBe(200)
  }
  await returnAt(returned, '第一次退回：请补充材料。')
  await need(target, 'clock').set(resubmitted)
  const again = await relogin(target, f)
  expect((await need(target, 'portal').submitForReview(again.session, true)).status).toBe(200)
  await returnAt(returnedAgain, '第二次退回：照片不清晰。')
  const expected = ['第二次退回：照片不清晰。', SUBMIT_NOTICE, '第一次退回：请补充材料。', SUBMIT_NOTICE]
  const last = await relogin(target, again)
  await checkRule('REVIEW-FEEDBACK-NEWEST-FIRST', async () => {
    const feedback = (await need(target, 'portal').portal(last.session)).body.feedback as { text: string }[]
    expect(feedback.map((x) => x.text)).toEqual(expected)
    await target.ui.enter(page, last.session)
    await portalPage.open()
    await expect(portalPage.feedback).toHaveText(expected.map((t) => new RegExp(`${t}$`)))
  })
})
