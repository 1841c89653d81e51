import { test, expect, ruleTags } from '../../fixtures/index.ts'
import type { Answer, Target } from '../../fixtures/adapter.ts'
import { filed, image, relogin, rulesOf, underReview, uploadRequired, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { rejectMessage } from '../../fixtures/rejectMessage.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { caseSubject } from '../../src/rules/evaluate.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import type { LifecycleEvent } from '../../src/rules/lifecycle.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor, type Case } from '../../src/rules/rule.ts'

// The windows of the seeds on the target's clock: each timed case of a rule's table is the instant
// the administrator's clock is set to before the action; no sleeps.

test.afterEach(async ({ target }) => target.api.setClock(target.partTwo.startClock))

type Act = (target: Target, profile: ProfileId, e: LifecycleEvent) => Promise<Answer | 'withdrawn' | 'kept'>

/** Seeds the state the action needs at the start clock, moves the clock to the case's instant, acts. */
const ACTS: Record<string, Act> = {
  'SCHED-APPLY-WINDOW': async (target, profile, e) => {
    const c = target.unique(candidateExample(undefined, ctxFor(profile)))
    await target.api.enrol(c, { until: 'start' })
    await target.api.setClock(e.at)
    const { session } = await target.api.login(c.username, c.password)
    return target.api.send(session, 'POST', '/api/applications', { examCode: c.application.examCode })
  },
  'SCHED-ABANDON-WINDOW': async (target, profile, e) => {
    const f = await filed(target, profile, { enter: false })
    await target.api.setClock(e.at)
    const again = await relogin(target, f, false)
    return target.api.abandon(again.session, f.applicationId)
  },
  'SCHED-PERSONAL-INFO-FROZEN': async (target, profile, e) => {
    const f = await filed(target, profile, { enter: false })
    await target.api.setClock(e.at)
    const again = await relogin(target, f, false)
    return target.api.edit(again.session, 'contact', f.c)
  },
  'SCHED-UPLOAD-DEADLINE': async (target, profile, e) => {
    const f = await filed(target, profile)
    if (e.action === 'submit-review') {
      await uploadRequired(target, f)
    }
    await target.api.setClock(e.at)
    const again = await relogin(target, f)
    if (e.action === 'submit-review') return target.partTwo.submitForReview(again.session, true)
    return target.partTwo.upload(again.session, 'identity', image('identity'))
  },
  'SCHED-MATERIALS-MISSING-WITHDRAWN': async (target, profile, e) => {
    const f = await filed(target, profile)
    if (e.state !== 'submitted') await underReview(target, f)
    await target.api.setClock(e.at)
    return (await target.partTwo.runDeadlines()).body.withdrawn.includes(f.applicationId) ? 'withdrawn' : 'kept'
  },
  'SCHED-REVIEW-PERIOD': async (target, profile, e) => {
    const f = await filed(target, profile)
    await underReview(target, f)
    await target.api.setClock(e.at)
    const reviewer = (await target.partTwo.staff('site-reviewer', f.c)).session
    return target.partTwo.decide(reviewer, f.applicationId, 'approve')
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
        await target.api.setClock(target.partTwo.startClock)
        const r = await act(target, profile, e)
        const what = `${c.name} (${e.at})`
        if (r === 'withdrawn' || r === 'kept') expect.soft(r, what).toBe(c.expected === 'accept' ? 'withdrawn' : 'kept')
        else if (c.expected === 'accept') expect.soft(r.status, `${what}: ${JSON.stringify(r.body)}`).toBeLessThan(300)
        else expect.soft([r.status >= 400, rulesOf(target, r)], what).toEqual([true, expect.arrayContaining([id])])
      }
    })
  })
}

/** Logs the browser in at the case's instant (the seeding happened at the start clock). */
async function at(target: Target, f: Filed, iso: string, portal: boolean) {
  await target.api.setClock(iso)
  return relogin(target, f, portal)
}

const late = (id: string, profile: ProfileId) => cases(id, profile).find((x) => x.c.expected === 'reject' && x.e.at >= `${x.e.at.slice(0, 4)}-01-20`)!.e.at

test.describe('windows in the browser', () => {
  test('UI: after the window 开始新的报名 shows the rule\'s message', ruleTags(['SCHED-APPLY-WINDOW'], 'ui'), async ({ page, target, profile }) => {
    const c = target.unique(candidateExample(undefined, ctxFor(profile)))
    const e = await target.api.enrol(c, { until: 'start' })
    await target.api.setClock(late('SCHED-APPLY-WINDOW', profile))
    const { session } = await target.api.login(c.username, c.password)
    await target.ui.enter(page, session!)
    const done = await target.ui.perform(page, 'start', c, { ...e, session: session! })
    if (done === 'done') await expect(target.ui.refusals(page)).toContainText(rejectMessage(ruleById('SCHED-APPLY-WINDOW'), profile, cases('SCHED-APPLY-WINDOW', profile).find((x) => x.e.at === late('SCHED-APPLY-WINDOW', profile))!.c.name))
    else await expect(page.getByText(/不在网上报名时间内|网上报名已结束/).first()).toBeVisible()
  })

  test('UI: after the window 放弃报考 shows the rule\'s message', ruleTags(['SCHED-ABANDON-WINDOW'], 'ui'), async ({ page, target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    const again = await at(target, f, late('SCHED-ABANDON-WINDOW', profile), false)
    await target.ui.enter(page, again.session)
    await page.goto('/apply')
    const abandon = page.getByRole('button', { name: '放弃报考' })
    if (await abandon.count()) {
      await abandon.first().click()
      const confirm = page.getByRole('button', { name: /确认放弃/ })
      if (await confirm.count()) await confirm.click()
      await expect(page.getByRole('alert')).toContainText(rejectMessage(ruleById('SCHED-ABANDON-WINDOW'), profile))
    }
    await page.goto('/apply')
    await expect(page.getByText('已放弃')).toHaveCount(0)
  })

  test('UI: after the window the 联系方式 form shows the rule\'s message', ruleTags(['SCHED-PERSONAL-INFO-FROZEN'], 'ui'), async ({ page, target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    const again = await at(target, f, cases('SCHED-PERSONAL-INFO-FROZEN', profile).find((x) => x.c.expected === 'reject')!.e.at, false)
    await target.ui.enter(page, again.session)
    await target.ui.perform(page, 'contact', f.c, { session: again.session, applicationId: f.applicationId, done: [], refused: null })
    await expect(target.ui.refusals(page)).toContainText(rejectMessage(ruleById('SCHED-PERSONAL-INFO-FROZEN'), profile))
  })

  test('UI: after the upload window the portal offers neither upload nor 提交审核', ruleTags(['SCHED-UPLOAD-DEADLINE'], 'ui'), async ({ page, target, profile, portalPage }) => {
    const f = await filed(target, profile)
    await uploadRequired(target, f)
    const lastDay = cases('SCHED-UPLOAD-DEADLINE', profile).find((x) => x.c.expected === 'accept' && x.e.action === 'submit-review')!
    const onTime = await at(target, f, lastDay.e.at, true)
    await target.ui.enter(page, onTime.session)
    await portalPage.goto()
    await expect(portalPage.submitReview).toBeVisible()
    const lateSubmit = cases('SCHED-UPLOAD-DEADLINE', profile).find((x) => x.c.expected === 'reject' && x.e.action === 'submit-review')!
    const again = await at(target, f, lateSubmit.e.at, false)
    await page.context().clearCookies()
    await target.ui.enter(page, again.session)
    await portalPage.goto()
    // A page read past the window finds the file never submitted (SCHED-MATERIALS-MISSING-WITHDRAWN): nothing to upload or submit.
    await expect(portalPage.submitReview).toHaveCount(0)
    await expect(page.getByLabel(/^上传.*图片$/)).toHaveCount(0)
  })

  test('UI: a file never submitted for review shows 已视为放弃 after the upload window', ruleTags(['SCHED-MATERIALS-MISSING-WITHDRAWN'], 'ui'), async ({ page, target, profile }) => {
    const f = await filed(target, profile)
    const after = cases('SCHED-MATERIALS-MISSING-WITHDRAWN', profile).find((x) => x.c.expected === 'accept')!
    const again = await at(target, f, after.e.at, false)
    await target.partTwo.runDeadlines()
    await target.ui.enter(page, again.session)
    await page.goto('/apply')
    await expect(page.getByText('已视为放弃')).toBeVisible()
  })

  test('UI: before the review period the reviewer\'s 审核通过 shows the rule\'s message', ruleTags(['SCHED-REVIEW-PERIOD'], 'ui'), async ({ page, target, profile, reviewPage }) => {
    const f = await filed(target, profile)
    await underReview(target, f)
    const reviewer = (await target.partTwo.staff('site-reviewer', f.c)).session
    await target.ui.enter(page, reviewer)
    await page.goto(`/review/${f.applicationId}`)
    await reviewPage.approve()
    await expect(page.getByRole('alert')).toContainText(rejectMessage(ruleById('SCHED-REVIEW-PERIOD'), profile, cases('SCHED-REVIEW-PERIOD', profile).find((x) => x.c.expected === 'reject')!.c.name))
  })
})
