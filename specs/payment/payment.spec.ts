import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor } from '../../fixtures/refusal.ts'
import { examYear } from '../../fixtures/reference.ts'
import { has, need, needUi, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import type { Candidate } from '../../src/rules/candidate.ts'
import { approveAll, filed, inReview, opensAtSubmission, opensAtSubmissionAsSeen, payOpensDisputed, underReview, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { caseSubject } from '../../src/rules/evaluate.ts'
import { type LifecycleEvent } from '../../src/rules/lifecycle.ts'
import { type ProfileId } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor } from '../../src/rules/rule.ts'
import { payable } from '../../fixtures/payable.ts'

// Payment: when the pay button opens (per profile, from PAY-OPENS' table; where it holds two readings, the one the target follows), one payment per order
// whatever the gateway's callbacks do, 已缴费 only once confirmed, the deadline and withdrawal on the
// clock, the exempt candidate, refunds only to rejected files through the original channel.

test.afterEach(async ({ target }) => resetClock(target))


/** The rule's cases with their times moved so the table's base instant is when the file became payable. */
function shifted(id: string, profile: ProfileId, payableAt: string) {
  const rule = ruleById(id)
  const ctx = ctxFor(profile)
  const shift = Date.parse(payableAt) - Date.parse(`${ctx.refDate}T10:00:00+08:00`)
  const move = (iso: string) => (iso ? new Date(Date.parse(iso) + shift).toISOString() : iso)
  return casesFor(rule, profile, ctx).map((c) => {
    const e = caseSubject(rule, c, ctx) as LifecycleEvent
    return { c, e, at: move(e.at), dueBy: move(e.dueBy) }
  })
}

async function paid(target: Target, f: Filed, callbacks: 'once' | 'repeated' | 'lost' = 'once') {
  const order = await need(target, 'payment').pay(f.session, f.applicationId)
  expect(order.status, JSON.stringify(order.body)).toBe(201)
  await need(target, 'payment').payOnGateway(order.body, { callbacks })
  return order.body as { orderId: string; browserUrl: string; amountFen: number }
}

test.describe('PAY-OPENS', () => {
  test('API: paying is refused before the profile\'s point and open from it', ruleTags(['PAY-OPENS'], 'api'), async ({ target, profile }) => {
    if (!await opensAtSubmission(target, profile)) {
      const f = await filed(target, profile, { enter: false })
      const early = await need(target, 'payment').pay(f.session, f.applicationId)
      expectRefusedFor(target, early, ['PAY-OPENS'])
    }
    const { f } = await payable(target, profile)
    expect((await need(target, 'payment').payment(f.session, f.applicationId)).body.open).toBe(true)
    expect((await need(target, 'payment').pay(f.session, f.applicationId)).status).toBe(201)
  })

  test('UI: the pay page shows 立即缴费 only once paying is open', ruleTags(['PAY-OPENS'], 'ui'), async ({ page, target, profile }) => {
    const paymentPage = needUi(target, page, 'payment')
    const early = await filed(target, profile, { enter: false })
    await target.ui.enter(page, early.session)
    await paymentPage.open(early.applicationId)
    await expect(paymentPage.status).toHaveText('未缴费')
    // Where the profile accepts two readings, the pay page itself says which one the target follows.
    const shown = payOpensDisputed(profile) && (await paymentPage.payNow.count()) > 0
    if (opensAtSubmissionAsSeen(profile, shown)) {
      await expect(paymentPage.payNow).toBeVisible()
      return
    }
    await expect(paymentPage.payNow).toHaveCount(0)
    await page.context().clearCookies()
    const { f } = await payable(target, profile)
    await target.ui.enter(page, f.session)
    await paymentPage.open(f.applicationId)
    await expect(paymentPage.payNow).toBeVisible()
  })
})

test.describe('one payment per order, 已缴费 once confirmed', () => {
  const RULES = ['PAY-CALLBACK-ONCE', 'PAY-PAID-AFTER-CONFIRMATION', 'PAY-NO-DOUBLE-PAY']
  test('API: 未缴费 until confirmed; a repeated callback is acknowledged and records one payment; a second payment is refused', ruleTags(RULES, 'api'), async ({ target, profile, checkRule }) => {
    const { f } = await payable(target, profile)
    const order = await need(target, 'payment').pay(f.session, f.applicationId)
    await checkRule('PAY-PAID-AFTER-CONFIRMATION', async () => {
      expect((await need(target, 'payment').payment(f.session, f.applicationId)).body.status).toBe('未缴费')
    })
    // Every delivery is acknowledged (2xx): an error would make the gateway retry a paid order.
    const { callbackStatuses } = await need(target, 'payment').payOnGateway(order.body, { callbacks: 'repeated' })
    expect(callbackStatuses.length, 'the gateway repeated its callback').toBeGreaterThan(1)
    await checkRule('PAY-CALLBACK-ONCE', async () => {
      expect(callbackStatuses.every((s) => s !== null && s >= 200 && s < 300), `callback answers ${callbackStatuses.join(', ')}`).toBe(true)
      const status = (await need(target, 'payment').payment(f.session, f.applicationId)).body
      expect([status.status, status.payments.length]).toEqual(['已缴费', 1])
    })
    await checkRule('PAY-NO-DOUBLE-PAY', async () => {
      expectRefusedFor(target, await need(target, 'payment').pay(f.session, f.applicationId), ['PAY-NO-DOUBLE-PAY'])
    })
  })

  test('UI: a lost callback leaves 未缴费 until the status is asked; then 已缴费 and no second 立即缴费', ruleTags(RULES, 'ui'), async ({ page, target, profile }) => {
    const paymentPage = needUi(target, page, 'payment')
    const { f } = await payable(target, profile)
    await paid(target, f, 'lost')
    await target.ui.enter(page, f.session)
    await paymentPage.open(f.applicationId)
    await expect(paymentPage.status).toHaveText('未缴费')
    await paymentPage.refresh()
    await expect(paymentPage.status).toHaveText('已缴费')
    await expect(paymentPage.payNow).toHaveCount(0)
    expect((await need(target, 'payment').payment(f.session, f.applicationId)).body.payments).toHaveLength(1)
  })
})

test.describe('deadline', () => {
  test('API: paying before, at and after the deadline gets each case\'s verdict (PAY-DEADLINE table)', ruleTags(['PAY-DEADLINE'], 'api'), async ({ target, profile }) => {
    for (const x of shifted('PAY-DEADLINE', profile, (await payable(target, profile)).at)) {
      await resetClock(target)
      const { f } = await payable(target, profile)
      await need(target, 'payment').setPayDue(x.dueBy)
      await need(target, 'clock').set(x.at)
      const { session } = await target.api.login(f.c.username, f.c.password)
      const r = await need(target, 'payment').pay(session!, f.applicationId)
      if (x.c.expected === 'accept') expect.soft(r.status, x.c.name).toBe(201)
      else expectRefusedFor(target, r, ['PAY-DEADLINE'], x.c.name)
    }
    await need(target, 'payment').setPayDue(null)
  })

  test('API: the deadline run withdraws only files unpaid after the deadline (PAY-UNPAID-WITHDRAWN table)', ruleTags(['PAY-UNPAID-WITHDRAWN'], 'api'), async ({ target, profile }) => {
    for (const x of shifted('PAY-UNPAID-WITHDRAWN', profile, (await payable(target, profile)).at)) {
      await resetClock(target)
      const { f } = await payable(target, profile)
      if (x.e.payment === 'paid') await paid(target, f)
      await need(target, 'payment').setPayDue(x.dueBy)
      await need(target, 'clock').set(x.at)
      const run = await need(target, 'clock').runDeadlines!()
      expect.soft(run.body.withdrawn.includes(f.applicationId), x.c.name).toBe(x.c.expected === 'accept')
      await need(target, 'payment').setPayDue(null)
    }
  })

  test('UI: at the deadline 立即缴费 is there; after it the unpaid application shows 已视为放弃', ruleTags(['PAY-DEADLINE', 'PAY-UNPAID-WITHDRAWN'], 'ui'), async ({ page, target, profile }) => {
    const paymentPage = needUi(target, page, 'payment')
    const { f, at } = await payable(target, profile)
    const late = shifted('PAY-DEADLINE', profile, at).find((x) => x.c.expected === 'reject')!
    await need(target, 'payment').setPayDue(late.dueBy)
    await need(target, 'clock').set(late.dueBy)
    const { session } = await target.api.login(f.c.username, f.c.password)
    await target.ui.enter(page, session!)
    await paymentPage.open(f.applicationId)
    await expect(paymentPage.payNow).toBeVisible()
    await need(target, 'clock').set(late.at)
    const again = await target.api.login(f.c.username, f.c.password)
    await page.context().clearCookies()
    await target.ui.enter(page, again.session!)
    await paymentPage.open(f.applicationId)
    await expect(paymentPage.payNow).toHaveCount(0)
    const application = target.ui.application(page, f.applicationId)
    await application.open()
    await expect(application.state).toContainText('视为放弃')
    await need(target, 'payment').setPayDue(null)
  })
})
