import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor, expectShownRefusal } from '../../fixtures/refusal.ts'
import { need, needUi, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import type { Answer } from '../../fixtures/adapter.ts'
import { filed, image, materials, relogin, underReview, uploadRequired, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { caseSubject } from '../../src/rules/evaluate.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import type { LifecycleEvent } from '../../src/rules/lifecycle.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor, type Case } from '../../src/rules/rule.ts'
import { ctxOf } from '../../fixtures/reference.ts'

// The windows of the seeds on the target's clock: each timed case of a rule's table is the instant
// the administrator's clock is set to before the action; no sleeps.

test.afterEach(async ({ target }) => resetClock(target))

type Act = (target: Target, profile: ProfileId, e: LifecycleEvent) => Promise<Answer | 'withdrawn' | 'kept'>

/** Seeds the state the action needs at the start clock, moves the clock to the case's instant, acts. */
const ACTS: Record<string, Act> = {
  'SCHED-APPLY-WINDOW': async (target, profile, e) => {
    const c = target.unique(candidateExample(undefined, ctxOf(target)))
    const enrolled = await target.api.enrol(c, { until: 'start' })
    await need(target, 'clock').set(e.at)
    const { session } = await target.api.login(c.username, c.password)
    return target.api.perform({ ...enrolled, session }, 'start', c)
  },
  'SCHED-ABANDON-WINDOW': async (target, profile, e) => {
    const f = await filed(target, profile, { enter: false })
    await need(target, 'clock').set(e.at)
    const again = await relogin(target, f, false)
    return target.api.abandon(again.session, f.applicationId)
  },
  'SCHED-PERSONAL-INFO-FROZEN': async (target, profile, e) => {
    const f = await filed(target, profile, { enter: false })
    await need(target, 'clock').set(e.at)
    const again = await relogin(target, f, false)
    return target.api.edit(again.session, 'contact', f.c)
  },
  'SCHED-UPLOAD-DEADLINE': async (target, profile, e) => {
    const f = await filed(target, profile)
    if (e.action === 'submit-review') {
      await uploadRequired(target, f)
    }
    await need(target, 'clock').set(e.at)
    const again = await relogin(target, f)
    if (e.action === 'submit-review') return need(target, 'portal').submitForReview(again.session, true)
    return need(target, 'portal').upload(again.session, 'identity', image('identity'))
  },
  'SCHED-MATERIALS-MISSING-WITHDRAWN': async (target, profile, e) => {
    const f = await filed(target, profile)
    if (e.state !== 'submitted') await underReview(target, f)
    await need(target, 'clock').set(e.at)
    return (await need(target, 'clock').runDeadlines!()).body.withdrawn.includes(f.applicationId) ? 'withdrawn' : 'kept'
  },
  'SCHED-REVIEW-PERIOD': async (target, profile, e) => {
    const f = await filed(target, profile)
    await underReview(target, f)
    await need(target, 'clock').set(e.at)
    const reviewer = (await need(target, 'review').staff('site-reviewer', f.c)).session
    return need(target, 'review').decide(reviewer, f.applicationId, 'approve')
  },
}

const cases = (id: string, profile: ProfileId) => {
  const rule = ruleById(id)
  const ctx = ctxFor(profile)
  return casesFor(rule, profile, ctx).map((c: Case) => ({ c, e: caseSubject(rule, c, ctx) as LifecycleEvent }))
}

for (const [id, act] of Object.entries(ACTS)) {
  test.describe(id, () => {
    test('API: each timed case of the table gets its verdict on the target\'s clock', ruleTags([id], 'api'), async ({ target, profile }) => {
      for (const { c, e } of cases(id, profile)) {
        await resetClock(target)
        const r = await act(target, profile, e)
        const what = `${c.name} (${e.at})`
        if (r === 'withdrawn' || r === 'kept') expect.soft(r, what).toBe(c.expected === 'accept' ? 'withdrawn' : 'kept')
        else if (c.expected === 'accept') expect.soft(r.status, `${what}: ${JSON.stringify(r.body)}`).toBeLessThan(300)
        else expectRefusedFor(target, r, [id], what)
      }
    })
  })
}

/** Logs the browser in at the case's instant (the seeding happened at the start clock). */
async function at(target: Target, f: Filed, iso: string, portal: boolean) {
  await need(target, 'clock').set(iso)
  return relogin(target, f, portal)
}

const late = (id: string, profile: ProfileId) => cases(id, profile).find((x) => x.c.expected === 'reject' && x.e.at >= `${x.e.at.slice(0, 4)}-01-20`)!.e.at

test.describe('windows in the browser', () => {
  test('UI: after the window 开始新的报名 is refused', ruleTags(['SCHED-APPLY-WINDOW'], 'ui'), async ({ page, target, profile }) => {
    const c = target.unique(candidateExample(undefined, ctxOf(target)))
    const e = await target.api.enrol(c, { until: 'start' })
    await need(target, 'clock').set(late('SCHED-APPLY-WINDOW', profile))
    const { session } = await target.api.login(c.username, c.password)
    await target.ui.enter(page, session!)
    const done = await target.ui.perform(page, 'start', c, { ...e, session: session! })
    // Past the window the page refuses the start, or offers no exam to start at all.
    if (done === 'done') await expectShownRefusal(target.ui.refusals(page), 'SCHED-APPLY-WINDOW')
    await expect(target.ui.accepted(page, 'start')).toHaveCount(0)
  })

  test('UI: after the window 放弃报考 is refused', ruleTags(['SCHED-ABANDON-WINDOW'], 'ui'), async ({ page, target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    const again = await at(target, f, late('SCHED-ABANDON-WINDOW', profile), false)
    await target.ui.enter(page, again.session)
    const application = target.ui.application(page, f.applicationId)
    if ((await application.abandon()) === 'done') await expectShownRefusal(target.ui.refusals(page), 'SCHED-ABANDON-WINDOW')
    await application.open()
    await expect(application.state).not.toContainText('放弃')
  })

  test('UI: after the window the 联系方式 form is refused', ruleTags(['SCHED-PERSONAL-INFO-FROZEN'], 'ui'), async ({ page, target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    const again = await at(target, f, cases('SCHED-PERSONAL-INFO-FROZEN', profile).find((x) => x.c.expected === 'reject')!.e.at, false)
    await target.ui.enter(page, again.session)
    await target.ui.perform(page, 'contact', f.c, { session: again.session, applicationId: f.applicationId, done: [], refused: null })
    await expectShownRefusal(target.ui.refusals(page), 'SCHED-PERSONAL-INFO-FROZEN')
    expect((await target.api.stored(again.session)).mobile, 'the contact is unchanged').toBe(f.c.mobile)
  })

  test('UI: after the upload window the portal offers neither upload nor 提交审核', ruleTags(['SCHED-UPLOAD-DEADLINE'], 'ui'), async ({ page, target, profile }) => {
    const portalPage = needUi(target, page, 'portal')
    const f = await filed(target, profile)
    await uploadRequired(target, f)
    const lastDay = cases('SCHED-UPLOAD-DEADLINE', profile).find((x) => x.c.expected === 'accept' && x.e.action === 'submit-review')!
    const onTime = await at(target, f, lastDay.e.at, true)
    await target.ui.enter(page, onTime.session)
    await portalPage.open()
    await expect(portalPage.submitReview).toBeVisible()
    const lateSubmit = cases('SCHED-UPLOAD-DEADLINE', profile).find((x) => x.c.expected === 'reject' && x.e.action === 'submit-review')!
    const again = await at(target, f, lateSubmit.e.at, false)
    await page.context().clearCookies()
    await target.ui.enter(page, again.session)
    await portalPage.open()
    // A page read past the window finds the file never submitted (SCHED-MATERIALS-MISSING-WITHDRAWN): nothing to upload or submit.
    await expect(portalPage.submitReview).toHaveCount(0)
    for (const m of await materials(target, f)) await expect(portalPage.uploadControl(m.title)).toHaveCount(0)
  })

  test('UI: a file never submitted for review shows 已视为放弃 after the upload window', ruleTags(['SCHED-MATERIALS-MISSING-WITHDRAWN'], 'ui'), async ({ page, target, profile }) => {
    const f = await filed(target, profile)
    const after = cases('SCHED-MATERIALS-MISSING-WITHDRAWN', profile).find((x) => x.c.expected === 'accept')!
    const again = await at(target, f, after.e.at, false)
    await need(target, 'clock').runDeadlines!()
    await target.ui.enter(page, again.session)
    const application = target.ui.application(page, f.applicationId)
    await application.open()
    await expect(application.state).toContainText('视为放弃')
  })

  test('UI: before the review period the reviewer\'s 审核通过 is refused', ruleTags(['SCHED-REVIEW-PERIOD'], 'ui'), async ({ page, target, profile }) => {
    const reviewPage = needUi(target, page, 'review')
    const f = await filed(target, profile)
    await underReview(target, f)
    const reviewer = (await need(target, 'review').staff('site-reviewer', f.c)).session
    await target.ui.enter(page, reviewer)
    await reviewPage.openFile(f.applicationId)
    await reviewPage.approve()
    await expectShownRefusal(target.ui.refusals(page), 'SCHED-REVIEW-PERIOD')
    await expect(reviewPage.state).not.toHaveText('审核通过')
  })
})
