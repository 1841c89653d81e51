import { test, expect, ruleTags } from '../../fixtures/index.ts'
import type { Target } from '../../fixtures/adapter.ts'
import { filed, image, inReview, materials, relogin, rulesOf, underReview, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { caseSubject } from '../../src/rules/evaluate.ts'
import type { LifecycleEvent } from '../../src/rules/lifecycle.ts'
import { PROFILES, type ProfileId } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor } from '../../src/rules/rule.ts'

// Two review levels (Hebei): the 考区 decides only after the 考点, the 考点 only the first level, the
// 考区's result is final; a returned file is resubmitted by its deadline, after which it fails.

test.afterEach(async ({ target }) => target.api.setClock(target.partTwo.startClock))

const LEVELS = ['REVIEW-REGION-AFTER-SITE', 'REVIEW-SITE-FIRST-LEVEL-ONLY', 'REVIEW-FINAL-UNCHANGEABLE']

async function reviewedBoth(target: Target, profile: ProfileId) {
  const f0 = await filed(target, profile)
  await underReview(target, f0)
  const { f, reviewer } = await inReview(target, f0, PROFILES[profile].examYear)
  const region = (await target.partTwo.staff('region-reviewer', f.c)).session
  return { f, site: reviewer, region }
}

test.describe('考点 then 考区', () => {
  test('API: region before site, site after site approval, and a change of the final result are refused by rule', ruleTags(LEVELS, 'api'), async ({ target, profile }) => {
    const { f, site, region } = await reviewedBoth(target, profile)
    const early = await target.partTwo.decide(region, f.applicationId, 'approve')
    expect([early.status >= 400, rulesOf(target, early)]).toEqual([true, ['REVIEW-REGION-AFTER-SITE']])
    expect((await target.partTwo.decide(site, f.applicationId, 'approve')).body.state).toBe('site-approved')
    const siteAgain = await target.partTwo.decide(site, f.applicationId, 'reject', { message: '学历不符合报考条件' })
    expect([siteAgain.status >= 400, rulesOf(target, siteAgain)]).toEqual([true, ['REVIEW-SITE-FIRST-LEVEL-ONLY']])
    expect((await target.partTwo.decide(region, f.applicationId, 'approve')).body.state).toBe('approved')
    const change = await target.partTwo.decide(region, f.applicationId, 'change-final', { message: '改判' })
    expect([change.status >= 400, rulesOf(target, change)]).toEqual([true, ['REVIEW-FINAL-UNCHANGEABLE']])
  })

  test('UI: each console offers only the decision its level may take; the final result offers none', ruleTags(LEVELS, 'ui'), async ({ page, target, profile, reviewPage }) => {
    const { f, site, region } = await reviewedBoth(target, profile)
    const decisions = page.getByRole('form', { name: /^(审核通过|审核不通过|退回修改)$/ })
    await target.ui.enter(page, region)
    await page.goto(`/review/${f.applicationId}`)
    await expect(page.getByRole('form', { name: '审核通过' })).toHaveCount(0)
    await page.context().clearCookies()
    await target.ui.enter(page, site)
    await page.goto(`/review/${f.applicationId}`)
    await reviewPage.approve()
    await expect(reviewPage.state).toHaveText(/考点审核通过|待考区复审|site-approved/)
    await expect(decisions).toHaveCount(0)
    await page.context().clearCookies()
    await target.ui.enter(page, region)
    await page.goto(`/review/${f.applicationId}`)
    await reviewPage.approve()
    await expect(reviewPage.state).toHaveText('审核通过')
    await expect(decisions).toHaveCount(0)
    await expect(page.getByText('最终审核结果不予修改')).toBeVisible()
  })
})

/** Returns a file at the review day's 10:00 with the table's deadline. */
async function returned(target: Target, profile: ProfileId, dueBy: string): Promise<{ f: Filed; material: { id: string; title: string } }> {
  await target.api.setClock(target.partTwo.startClock)
  const f0 = await filed(target, profile)
  await underReview(target, f0)
  const m = (await materials(target, f0)).find((x) => x.required && x.id !== 'identity')!
  const { f, reviewer } = await inReview(target, f0, PROFILES[profile].examYear)
  const r = await target.partTwo.decide(reviewer, f.applicationId, 'return', { message: '请补充材料', materials: [m.id], dueBy })
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
      await target.api.setClock(e.at)
      const again = await relogin(target, f)
      await target.partTwo.upload(again.session, material.id, image(material.id, 6 * 1024, 4))
      const r = await target.partTwo.submitForReview(again.session, true)
      if (c.expected === 'accept') expect.soft(r.status, c.name).toBe(200)
      else expect.soft([r.status >= 400, rulesOf(target, r)], c.name).toEqual([true, ['REVIEW-RESUBMIT-DEADLINE']])
    }
  })

  test('UI: 提交审核 is offered at the deadline and gone a minute after it', ruleTags(['REVIEW-RESUBMIT-DEADLINE'], 'ui'), async ({ page, target, profile, portalPage }) => {
    const cases = timed('REVIEW-RESUBMIT-DEADLINE', profile)
    const late = cases.find((x) => x.c.expected === 'reject')!
    const { f } = await returned(target, profile, late.e.dueBy)
    await target.api.setClock(late.e.dueBy)
    const onTime = await relogin(target, f)
    await target.ui.enter(page, onTime.session)
    await portalPage.goto()
    await expect(portalPage.submitReview).toBeVisible()
    await target.api.setClock(late.e.at)
    const again = await relogin(target, f)
    await page.context().clearCookies()
    await target.ui.enter(page, again.session)
    await portalPage.goto()
    // A page read past the deadline finds the file failed (REVIEW-EXPIRED-RETURN-FAILS): nothing to resubmit.
    await expect(portalPage.submitReview).toHaveCount(0)
  })
})

test.describe('REVIEW-EXPIRED-RETURN-FAILS', () => {
  test('API: the deadline run rejects a return only after its deadline', ruleTags(['REVIEW-EXPIRED-RETURN-FAILS'], 'api'), async ({ target, profile }) => {
    for (const { c, e } of timed('REVIEW-EXPIRED-RETURN-FAILS', profile)) {
      const { f } = await returned(target, profile, e.dueBy)
      await target.api.setClock(e.at)
      const run = await target.partTwo.runDeadlines()
      expect(run.status).toBe(200)
      expect.soft(run.body.rejected.includes(f.applicationId), c.name).toBe(c.expected === 'accept')
    }
  })

  test('UI: after the deadline run the reviewer sees the returned file as 审核未通过', ruleTags(['REVIEW-EXPIRED-RETURN-FAILS'], 'ui'), async ({ page, target, profile, reviewPage }) => {
    const after = timed('REVIEW-EXPIRED-RETURN-FAILS', profile).find((x) => x.c.expected === 'accept')!
    const { f } = await returned(target, profile, after.e.dueBy)
    await target.api.setClock(after.e.at)
    await target.partTwo.runDeadlines()
    await target.ui.enter(page, (await target.partTwo.staff('site-reviewer', f.c)).session)
    await page.goto(`/review/${f.applicationId}`)
    await expect(reviewPage.state).toHaveText('审核未通过')
  })
})
