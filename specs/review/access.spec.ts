import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor } from '../../fixtures/refusal.ts'
import { has, need, needUi, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { filed, inReview, materials, underReview } from '../../fixtures/lifecycleSeed.ts'
import { type ProfileId } from '../../src/rules/profiles.ts'

// Who may decide and read a file: reviewers only, a 考点 reviewer only at their own 考点, a candidate
// only their own file. Where the profile has no portal the file is decided after 现场确认.

test.afterEach(async ({ target }) => resetClock(target))

/** A file ready for a decision: under review on the portal, or submitted where there is none. */
async function decidable(target: Target, profile: ProfileId) {
  need(target, 'review')
  const portal = has(target, 'portal')
  const f0 = await filed(target, profile, { enter: portal })
  if (portal) await underReview(target, f0)
  const { f, reviewer } = await inReview(target, f0, portal)
  return { f, reviewer, portal }
}

test.describe('reviewers only, own 考点 only', () => {
  test('API: a candidate\'s decision and another 考点\'s reviewer are refused by rule; the own 考点 decides', ruleTags(['REVIEW-ONLY-REVIEWERS', 'REVIEW-SITE-OWN-SITE'], 'api'), async ({ target, profile, checkRule }) => {
    const { f, reviewer, portal } = await decidable(target, profile)
    await checkRule('REVIEW-ONLY-REVIEWERS', async () => {
      for (const decision of ['approve', 'return', 'reject'] as const) {
        const r = await need(target, 'review').decide(f.session, f.applicationId, decision, { message: '通过', materials: ['identity'] })
        expectRefusedFor(target, r, ['REVIEW-ONLY-REVIEWERS'], `candidate ${decision}`)
      }
    })
    await checkRule('REVIEW-SITE-OWN-SITE', async () => {
      const other = await need(target, 'review').staff('site-reviewer', f.c, { otherSite: true })
      expectRefusedFor(target, await need(target, 'review').decide(other.session, f.applicationId, 'approve'), ['REVIEW-SITE-OWN-SITE'])
    })
    if (!portal) expect((await need(target, 'review').decide(reviewer, f.applicationId, 'onsite-confirm')).status).toBe(200)
    expect((await need(target, 'review').decide(reviewer, f.applicationId, 'approve')).status).toBe(200)
  })

  test('UI: a candidate gets no review console; another 考点\'s reviewer gets no decision', ruleTags(['REVIEW-ONLY-REVIEWERS', 'REVIEW-SITE-OWN-SITE'], 'ui'), async ({ page, target, profile }) => {
    const { f } = await decidable(target, profile)
    const review = needUi(target, page, 'review')
    await target.ui.enter(page, f.session)
    // The console refuses the candidate outright (a page for staff only, not a form with the rule's message).
    expect(await review.openFile(f.applicationId)).toBeGreaterThanOrEqual(400)
    await expect(review.approveForm).toHaveCount(0)
    await expect(review.queue).toHaveCount(0)
    await page.context().clearCookies()
    await target.ui.enter(page, (await need(target, 'review').staff('site-reviewer', f.c, { otherSite: true })).session)
    await review.openFile(f.applicationId)
    await expect(review.approveForm).toHaveCount(0)
  })
})

test.describe('REVIEW-OWN-FILE', () => {
  test('API: a candidate reads their own material file, not another candidate\'s (nor an anonymous request)', ruleTags(['REVIEW-OWN-FILE'], 'api'), async ({ target, profile }) => {
    const a = await filed(target, profile)
    const b = await filed(target, profile)
    await underReview(target, a)
    const fileId = (await materials(target, a)).find((m) => m.stored.length > 0)!.stored[0]!.fileId
    expect((await need(target, 'portal').readFile(a.session, fileId)).status).toBe(200)
    const other = await need(target, 'portal').readFile(b.session, fileId)
    expectRefusedFor(target, other, ['REVIEW-OWN-FILE'])
    expect((await need(target, 'portal').readFile(null, fileId)).status).toBeGreaterThanOrEqual(400)
  })

  test('UI: opening another candidate\'s file is refused, with no image', ruleTags(['REVIEW-OWN-FILE'], 'ui'), async ({ page, target, profile }) => {
    const portal = needUi(target, page, 'portal')
    const a = await filed(target, profile)
    const b = await filed(target, profile)
    await underReview(target, a)
    const fileId = (await materials(target, a)).find((m) => m.stored.length > 0)!.stored[0]!.fileId
    await target.ui.enter(page, b.session)
    const status = await portal.openFile(fileId)
    expect(status! >= 400 && status! < 500, `status ${status}`).toBe(true)
    await expect(page.getByRole('img')).toHaveCount(0)
  })
})
