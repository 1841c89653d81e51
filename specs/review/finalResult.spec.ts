import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { need, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { filed, inReview, underReview, type Filed } from '../../fixtures/lifecycleSeed.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'

// The candidate sees the review's result as it stands: the final decision once the last level has
// decided, and (two levels) the 考点's approval not yet as the final one. The wording is the target's.

test.afterEach(async ({ target }) => resetClock(target))

const RULE = ['REVIEW-FINAL-RESULT-VISIBLE']

/** A file submitted for review, the clock in the review period, the 考点 reviewer's session. */
async function reviewing(target: Target, profile: ProfileId): Promise<{ f: Filed; site: string }> {
  const f0 = await filed(target, profile)
  await underReview(target, f0)
  const { f, reviewer } = await inReview(target, f0)
  return { f, site: reviewer }
}

/** Each level approves in turn; `after` runs after every level, with whether that level was the last. */
async function approveLevels(target: Target, f: Filed, site: string, after: (final: boolean) => Promise<void>) {
  const review = need(target, 'review')
  const twoLevels = target.capabilities.reviewLevels === 2
  expect((await review.decide(site, f.applicationId, 'approve')).status).toBe(200)
  await after(!twoLevels)
  if (!twoLevels) return
  const region = (await review.staff('region-reviewer', f.c)).session
  expect((await review.decide(region, f.applicationId, 'approve')).status).toBe(200)
  await after(true)
}

test('API: the candidate\'s portal shows the final result once the last level approved, not before', ruleTags(RULE, 'api'), async ({ target, profile }) => {
  const portal = need(target, 'portal')
  const { f, site } = await reviewing(target, profile)
  const stateNow = async () => (await portal.portal(f.session)).body.application.state as string
  expect(await stateNow()).toBe('under-review')
  await approveLevels(target, f, site, async (final) => {
    expect(await stateNow()).toBe(final ? 'approved' : 'site-approved')
  })
})

test('UI: the application\'s page changes its result on the final decision, and shows a 考点 approval apart from it', ruleTags(RULE, 'ui'), async ({ page, target, profile }) => {
  need(target, 'portal')
  const { f, site } = await reviewing(target, profile)
  await target.ui.enter(page, f.session)
  const application = target.ui.application(page, f.applicationId)
  const shown = async () => {
    await application.open()
    await expect(application.state).toBeVisible()
    return (await application.state.innerText()).trim()
  }
  const inReviewText = await shown()
  const seen: { final: boolean; text: string }[] = []
  await approveLevels(target, f, site, async (final) => { seen.push({ final, text: await shown() }) })
  const finalText = seen.at(-1)!.text
  expect(finalText, 'the final result is shown').not.toBe(inReviewText)
  for (const s of seen.filter((x) => !x.final)) expect(s.text, 'a 考点 approval is not shown as the final result').not.toBe(finalText)
})
