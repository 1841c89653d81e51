import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor } from '../../fixtures/refusal.ts'
import { has, need, needUi, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { approveAll, filed, inReview, rulesOf, underReview, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { caseSubject } from '../../src/rules/evaluate.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { type LifecycleEvent } from '../../src/rules/lifecycle.ts'
import { type ProfileId } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor, profilesOf } from '../../src/rules/rule.ts'
import { ctxOf } from '../../fixtures/reference.ts'

// Hubei's written-exam fee (综合笔试缴费, seed 000 §二(六)): a second fee with its own order, open once
// the skills-exam results are published (PAY-WRITTEN-AFTER-SKILLS-RESULTS) and only to candidates who
// passed (PAY-WRITTEN-ONLY-PASSED). The results tried are each rule's boundary cases.

test.afterEach(async ({ target }) => resetClock(target))


/** A candidate who sat the skills exam: approved at every level, the skills-exam fee paid; `exempt`: 技能免考 (approved, owes no skills fee). */
async function sat(target: Target, profile: ProfileId, o: { exempt?: boolean } = {}): Promise<Filed> {
  await resetClock(target)
  need(target, 'writtenFee')
  const portal = has(target, 'portal')
  const example = candidateExample(undefined, ctxOf(target))
  const f0 = await filed(target, profile, { enter: portal, candidate: o.exempt ? { ...example, application: { ...example.application, skillsExempt: true } } : example })
  if (portal) await underReview(target, f0)
  const { f, reviewer } = await inReview(target, f0, portal)
  if (!portal) expect((await need(target, 'review').decide(reviewer, f.applicationId, 'onsite-confirm')).status).toBe(200)
  await approveAll(target, f, reviewer)
  if (o.exempt) return f
  const order = await need(target, 'payment').pay(f.session, f.applicationId)
  expect(order.status, JSON.stringify(order.body)).toBe(201)
  await need(target, 'payment').payOnGateway(order.body)
  expect((await need(target, 'payment').payment(f.session, f.applicationId)).body.status).toBe('已缴费')
  return f
}

/** The rule's cases with the pay event each stands for (its fee kind and skills result). */
function cases(id: string, profile: ProfileId) {
  const rule = ruleById(id)
  const ctx = ctxFor(profile)
  return casesFor(rule, profile, ctx).map((c) => ({ c, e: caseSubject(rule, c, ctx) as LifecycleEvent }))
}

/** Publishes the case's skills result ('pending': nothing is published). */
async function publish(target: Target, f: Filed, result: LifecycleEvent['skillsResult']) {
  const r = await need(target, 'payment').setSkillsResult(f.applicationId, result)
  expect(r.status, JSON.stringify(r.body)).toBe(200)
}

for (const id of ['PAY-WRITTEN-AFTER-SKILLS-RESULTS', 'PAY-WRITTEN-ONLY-PASSED']) {
  const rule = ruleById(id)
  test.describe(id, () => {
    test.beforeEach(({ profile }) => test.skip(!profilesOf(rule).includes(profile), `${id} does not apply under ${profile}`))

    test('API: paying the written-exam fee gets each skills result\'s verdict; the paid fee shows 已缴费; an exempt candidate is not judged by it', ruleTags([id], 'api'), async ({ target, profile }) => {
      for (const { c, e } of cases(id, profile)) {
        const f = await sat(target, profile)
        if (e.skillsResult !== 'pending') await publish(target, f, e.skillsResult)
        const r = await need(target, 'payment').pay(f.session, f.applicationId, e.feeKind)
        if (c.expected === 'accept') {
          expect.soft(r.status, `${c.name}: ${JSON.stringify(r.body)}`).toBe(201)
          if (r.status !== 201) continue
          await need(target, 'payment').payOnGateway(r.body)
          const after = (await need(target, 'payment').payment(f.session, f.applicationId)).body
          expect.soft([after.status, after.written?.status], c.name).toEqual(['已缴费', '已缴费'])
          expect.soft(after.payments, `${c.name}: the skills fee keeps its one payment`).toHaveLength(1)
        } else {
          expectRefusedFor(target, r, [id], c.name)
        }
      }
      // The rule does not apply to a skills-exempt candidate (no skills result): never refused for it.
      const exempt = await sat(target, profile, { exempt: true })
      expect(rulesOf(target, await need(target, 'payment').pay(exempt.session, exempt.applicationId, 'written'))).not.toContain(id)
    })

    test('UI: the pay page\'s 综合笔试缴费 offers no 立即缴费 before; once the results are passed its 立即缴费 appears and pays', ruleTags([id], 'ui'), async ({ page, target, profile }) => {
      const paymentPage = needUi(target, page, 'payment')
      const all = cases(id, profile)
      const passed = all.find((x) => x.c.expected === 'accept')!
      for (const { c, e } of all.filter((x) => x.c.expected === 'reject')) {
        const f = await sat(target, profile)
        if (e.skillsResult !== 'pending') await publish(target, f, e.skillsResult)
        await page.context().clearCookies()
        await target.ui.enter(page, f.session)
        await paymentPage.open(f.applicationId)
        await expect(paymentPage.status).toHaveText('已缴费')
        await expect(paymentPage.writtenStatus).toHaveText('未缴费')
        await expect(paymentPage.writtenPayNow).toHaveCount(0)
        await expect(paymentPage.writtenStatus).toHaveText('未缴费')

        await publish(target, f, passed.e.skillsResult)
        await paymentPage.open(f.applicationId)
        await paymentPage.payWritten()
        await expect(paymentPage.writtenStatus).toHaveText('已缴费')
        await expect(paymentPage.writtenPayNow).toHaveCount(0)
        await expect(paymentPage.status).toHaveText('已缴费')
      }
    })
  })
}
