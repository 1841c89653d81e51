import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor } from '../../fixtures/refusal.ts'
import { need, needUi, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { filed, image, inReview, materials, relogin, underReview, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { caseSubject } from '../../src/rules/evaluate.ts'
import type { LifecycleEvent } from '../../src/rules/lifecycle.ts'
import { type ProfileId } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor } from '../../src/rules/rule.ts'

// Two review levels (Hebei): the 考区 decides only after the 考点, the 考点 only the first level, the
// 考区's result is final; a returned file is resubmitted by its deadline, after which it fails.

test.afterEach(async ({ target }) => resetClock(target))

const LEVELS = ['REVIEW-REGION-AFTER-SITE', 'REVIEW-SITE-FIRST-LEVEL-ONLY', 'REVIEW-FINAL-UNCHANGEABLE']

async function reviewedBoth(target: Target, profile: ProfileId) {
  const f0 = await filed(target, profile)
  await underReview(target, f0)
  const { f, reviewer } = await inReview(target, f0)
  const region = (await need(target, 'review').staff('region-reviewer', f.c)).session
  return { f, site: reviewer, region }
}

test.describe('考点 then 考区', () => {
  test('API: region before site, site after site approval, and a change of the final result are refused by rule', ruleTags(LEVELS, 'api'), async ({ target, profile, checkRule }) => {
    const { f, site, region } = await reviewedBoth(target, profile)
    const review = need(target, 'review')
    await checkRule('REVIEW-REGION-AFTER-SITE', async () => {
      expectRefusedFor(target, await review.decide(region, f.applicationId, 'approve'), ['REVIEW-REGION-AFTER-SITE'])
    })
    expect((await review.decide(site, f.applicationId, 'approve')).body.state).toBe('site-approved')
    await checkRule('REVIEW-SITE-FIRST-LEVEL-ONLY', async () => {
      expectRefusedFor(target, await review.decide(site, f.applicationId, 'reject', { message: '学历不符合报考条件' }), ['REVIEW-SITE-FIRST-LEVEL-ONLY'])
    })
    expect((await review.decide(region, f.applicationId, 'approve')).body.state).toBe('approved')
    await checkRule('REVIEW-FINAL-UNCHANGEABLE', async () => {
      expectRefusedFor(target, await review.decide(region, f.applicationId, 'change-final', { message: '改判' }), ['REVIEW-FINAL-UNCHANGEABLE'])
    })
  })

  test('UI: each console offers only the decision its level may take; the final result offers none', ruleTags(LEVELS, 'ui'), async ({ page, target, profile }) => {
    const reviewPage = needUi(target, page, 'review')
    const { f, site, region } = await reviewedBoth(target, profile)
    const decisions = reviewPage.decisions
    await target.ui.enter(page, region)
    await reviewPage.openFile(f.applicationId)
    await expect(reviewPage.approveForm).toHaveCount(0)
    await page.context().clearCookies()
    await target.ui.enter(page, site)
    await reviewPage.openFile(f.applicationId)
    await reviewPage.approve()
    await expect(reviewPage.state).toHaveText(/考点审核通过|待考区复审|site-approved/)
    await expect(decisions).toHaveCount(0)
    await page.context().clearCookies()
    await target.ui.enter(page, region)
    await reviewPage.openFile(f.applicationId)
    await reviewPage.approve()
    await expect(reviewPage.state).toHaveText('审核通过')
    await expect(decisions).toHaveCount(0)
    await expect(reviewPage.finalNotice).toBeVisible()
  })
})

/** Returns a file at the review day's 10:00 with the table's deadline. */
async function returned(target: Target, profile: ProfileId, dueBy: string): Promise<{ f: Filed; material: { id: string; title: string } }> {
  await resetClock(target)
  const f0 = await filed(target, profile)
  await underReview(target, f0)
  const m = (await materials(target, f0)).find((x) => x.required && x.id !== 'identity')!
  const { f, reviewer } = await inReview(target, f0)
  const r = await need(target, 'review').decide(reviewer, f.applicationId, 'return', { message: '请补充材料', materials: [m.id], dueBy })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return { f, material: m }
}

const timed = (id: string, profile: ProfileId) => {
  const rule = ruleById(id)
  const ctx = ctxFor(profile)
  return casesFor(rule, profile, ctx).map((c) => ({ c, e: caseSubject(rule, c, ctx) as LifecycleEvent }))
}

test.describe('REVIEW-RESUBMIT-DEADLINE', () => {
  test('API: resubmitting before, at and after the deadline gets each case\'s verdict', ruleTags(['REVIEW-RESUBMIT-DEADLINE'], 'api'), async ({ target, profile }) => {
    for (const { c, e } of timed('REVIEW-RESUBMIT-DEADLINE', profile)) {
      const { f, material } = await returned(target, profile, e.dueBy)
      await need(target, 'clock').set(e.at)
      const again = await relogin(target, f)
      await need(target, 'portal').upload(again.session, material.id, image(material.id, 6 * 1024, 4))
      const r = await need(target, 'portal').submitForReview(again.session, true)
      if (c.expected === 'accept') expect.soft(r.status, c.name).toBe(200)
      else expectRefusedFor(target, r, ['REVIEW-RESUBMIT-DEADLINE'], c.name)
    }
  })

  test('UI: 提交审核 is offered at the deadline and gone a minute after it', ruleTags(['REVIEW-RESUBMIT-DEADLINE'], 'ui'), async ({ page, target, profile }) => {
    const portalPage = needUi(target, page, 'portal')
    const cases = timed('REVIEW-RESUBMIT-DEADLINE', profile)
    const late = cases.find((x) => x.c.expected === 'reject')!
    const { f } = await returned(target, profile, late.e.dueBy)
    await need(target, 'clock').set(late.e.dueBy)
    const onTime = await relogin(target, f)
    await target.ui.enter(page, onTime.session)
    await portalPage.open()
    await expect(portalPage.submitReview).toBeVisible()
    await need(target, 'clock').set(late.e.at)
    const again = await relogin(target, f)
    await page.context().clearCookies()
    await target.ui.enter(page, again.session)
    await portalPage.open()
    // A page read past the deadline finds the file failed (REVIEW-EXPIRED-RETURN-FAILS): nothing to resubmit.
    await expect(portalPage.submitReview).toHaveCount(0)
  })
})

test.describe('REVIEW-EXPIRED-RETURN-FAILS', () => {
  test('API: the deadline run rejects a return only after its deadline', ruleTags(['REVIEW-EXPIRED-RETURN-FAILS'], 'api'), async ({ target, profile }) => {
    for (const { c, e } of timed('REVIEW-EXPIRED-RETURN-FAILS', profile)) {
      const { f } = await returned(target, profile, e.dueBy)
      await need(target, 'clock').set(e.at)
      const run = await need(target, 'clock').runDeadlines!()
      expect(run.status).toBe(200)
      expect.soft(run.body.rejected.includes(f.applicationId), c.name).toBe(c.expected === 'accept')
    }
  })

  test('UI: after the deadline run the reviewer sees the returned file as 审核未通过', ruleTags(['REVIEW-EXPIRED-RETURN-FAILS'], 'ui'), async ({ page, target, profile }) => {
    const reviewPage = needUi(target, page, 'review')
    const after = timed('REVIEW-EXPIRED-RETURN-FAILS', profile).find((x) => x.c.expected === 'accept')!
    const { f } = await returned(target, profile, after.e.dueBy)
    await need(target, 'clock').set(after.e.at)
    await need(target, 'clock').runDeadlines!()
    await target.ui.enter(page, (await need(target, 'review').staff('site-reviewer', f.c)).session)
    await reviewPage.openFile(f.applicationId)
    await expect(reviewPage.state).toHaveText('审核未通过')
  })
})
