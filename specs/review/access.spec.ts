import { test, expect, ruleTags } from '../../fixtures/index.ts'
import type { Target } from '../../fixtures/adapter.ts'
import { filed, inReview, materials, rulesOf, underReview } from '../../fixtures/lifecycleSeed.ts'
import { rejectMessage } from '../../fixtures/rejectMessage.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { materialsFor } from '../../src/rules/materials.ts'
import { ctxFor } from '../../src/rules/rule.ts'
import { PROFILES, type ProfileId } from '../../src/rules/profiles.ts'

// Who may decide and read a file: reviewers only, a 考点 reviewer only at their own 考点, a candidate
// only their own file. Where the profile has no portal the file is decided after 现场确认.

test.afterEach(async ({ target }) => target.api.setClock(target.partTwo.startClock))

/** A file ready for a decision: under review on the portal, or submitted where there is none. */
async function decidable(target: Target, profile: ProfileId) {
  const portal = materialsFor(candidateExample(undefined, ctxFor(profile)), profile) !== null
  const f0 = await filed(target, profile, { enter: portal })
  if (portal) await underReview(target, f0)
  const { f, reviewer } = await inReview(target, f0, PROFILES[profile].examYear, portal)
  return { f, reviewer, portal }
}

test.describe('reviewers only, own 考点 only', () => {
  test('API: a candidate\'s decision and another 考点\'s reviewer are refused by rule; the own 考点 decides', ruleTags(['REVIEW-ONLY-REVIEWERS', 'REVIEW-SITE-OWN-SITE'], 'api'), async ({ target, profile }) => {
    const { f, reviewer, portal } = await decidable(target, profile)
    for (const decision of ['approve', 'return', 'reject'] as const) {
      const r = await target.partTwo.decide(f.session, f.applicationId, decision, { message: '通过', materials: ['identity'] })
      expect.soft([r.status, rulesOf(target, r)], `candidate ${decision}`).toEqual([403, expect.arrayContaining(['REVIEW-ONLY-REVIEWERS'])])
    }
    const other = await target.partTwo.staff('site-reviewer', f.c, { otherSite: true })
    const foreign = await target.partTwo.decide(other.session, f.applicationId, 'approve')
    expect([foreign.status, rulesOf(target, foreign)]).toEqual([403, expect.arrayContaining(['REVIEW-SITE-OWN-SITE'])])
    if (!portal) expect((await target.partTwo.decide(reviewer, f.applicationId, 'onsite-confirm')).status).toBe(200)
    expect((await target.partTwo.decide(reviewer, f.applicationId, 'approve')).status).toBe(200)
  })

  test('UI: a candidate gets no review console; another 考点\'s reviewer is shown the rule\'s message', ruleTags(['REVIEW-ONLY-REVIEWERS', 'REVIEW-SITE-OWN-SITE'], 'ui'), async ({ page, target, profile }) => {
    const { f } = await decidable(target, profile)
    await target.ui.enter(page, f.session)
    // The console refuses the candidate outright (a page for staff only, not a form with the rule's message).
    expect((await page.goto(`/review/${f.applicationId}`))!.status()).toBeGreaterThanOrEqual(400)
    await expect(page.getByRole('form', { name: '审核通过' })).toHaveCount(0)
    await expect(page.getByRole('table', { name: '审核队列' })).toHaveCount(0)
    await page.context().clearCookies()
    await target.ui.enter(page, (await target.partTwo.staff('site-reviewer', f.c, { otherSite: true })).session)
    await page.goto(`/review/${f.applicationId}`)
    await expect(page.getByText(rejectMessage(ruleById('REVIEW-SITE-OWN-SITE'), profile))).toBeVisible()
    await expect(page.getByRole('form', { name: '审核通过' })).toHaveCount(0)
  })
})

test.describe('REVIEW-OWN-FILE', () => {
  test('API: a candidate reads their own material file, not another candidate\'s (nor an anonymous request)', ruleTags(['REVIEW-OWN-FILE'], 'api'), async ({ target, profile }) => {
    const a = await filed(target, profile)
    const b = await filed(target, profile)
    await underReview(target, a)
    const fileId = (await materials(target, a)).find((m) => m.stored.length > 0)!.stored[0]!.fileId
    expect((await target.partTwo.readFile(a.session, fileId)).status).toBe(200)
    const other = await target.partTwo.readFile(b.session, fileId)
    expect([other.status, rulesOf(target, other)]).toEqual([403, ['REVIEW-OWN-FILE']])
    expect((await target.partTwo.readFile(null, fileId)).status).toBeGreaterThanOrEqual(400)
  })

  test('UI: opening another candidate\'s file shows the rule\'s message, not the image', ruleTags(['REVIEW-OWN-FILE'], 'ui'), async ({ page, target, profile }) => {
    const a = await filed(target, profile)
    const b = await filed(target, profile)
    await underReview(target, a)
    const fileId = (await materials(target, a)).find((m) => m.stored.length > 0)!.stored[0]!.fileId
    await target.ui.enter(page, b.session)
    const res = await page.goto(`/portal/files/${fileId}`)
    expect(res!.status()).toBe(403)
    await expect(page.getByText(rejectMessage(ruleById('REVIEW-OWN-FILE'), profile))).toBeVisible()
  })
})
