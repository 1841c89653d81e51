import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor, expectShownRefusal } from '../../fixtures/refusal.ts'
import { need, needUi, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { filed, image, inReview, materials, relogin, underReview, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { SUBMIT_NOTICE } from '../../src/rules/lifecycle.ts'

// 提交审核 locks everything and posts the timed notice; a return needs a message and the materials
// to unlock, unlocks only those, and lists its feedback newest first; resubmitting locks again.

test.afterEach(async ({ target }) => resetClock(target))

const FEEDBACK_TIME = /^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}$/
const RETURN_MESSAGE = '毕业证编号无法辨别，请重新上传！'

/** A file under review, the reviewer, and the material the reviewer will name (the first required one besides identity). */
async function reviewed(target: Target, profile: Parameters<typeof filed>[1]) {
  const f0 = await filed(target, profile)
  await underReview(target, f0)
  const named = (await materials(target, f0)).find((m) => m.required && m.id !== 'identity')!
  const { f, reviewer } = await inReview(target, f0)
  return { f, reviewer, named }
}

async function returnFile(target: Target, f: Filed, reviewer: string, material: string) {
  const r = await need(target, 'review').decide(reviewer, f.applicationId, 'return', { message: RETURN_MESSAGE, materials: [material] })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  await need(target, 'clock').set(new Date(Date.parse((await need(target, 'portal').portal(f.session)).body?.feedback?.[0]?.at ?? Date.now()) + 60_000).toISOString())
}

test.describe('提交审核 locks and posts the notice', () => {
  test('API: after 提交审核 no upload or delete goes through; the notice is the newest feedback', ruleTags(['REVIEW-SUBMIT-LOCKS-ALL', 'REVIEW-SUBMIT-NOTICE'], 'api'), async ({ target, profile }) => {
    const f = await filed(target, profile)
    await underReview(target, f)
    const p = await need(target, 'portal').portal(f.session)
    expect(p.body.feedback[0].text).toBe(SUBMIT_NOTICE)
    expect(p.body.materials.every((m: { locked: boolean }) => m.locked)).toBe(true)
    const up = await need(target, 'portal').upload(f.session, 'identity', image('identity'))
    expectRefusedFor(target, up, ['REVIEW-SUBMIT-LOCKS-ALL'])
    const del = await need(target, 'portal').deleteImage(f.session, p.body.materials[0].stored[0].id)
    expectRefusedFor(target, del, ['REVIEW-SUBMIT-LOCKS-ALL'])
  })

  test('UI: 提交审核 shows the timed notice 上报完成，内容已锁定。 and every material 已锁定 without upload or \'-\'', ruleTags(['REVIEW-SUBMIT-LOCKS-ALL', 'REVIEW-SUBMIT-NOTICE'], 'ui'), async ({ page, target, profile }) => {
    const portalPage = needUi(target, page, 'portal')
    const f = await filed(target, profile)
    const list = await materials(target, f)
    for (const m of list.filter((x) => x.required)) for (let i = 0; i < m.images.min; i++) await need(target, 'portal').upload(f.session, m.id, image(m.id, 6 * 1024, i))
    await target.ui.enter(page, f.session)
    await portalPage.open()
    await portalPage.submit((await portalPage.declaration.count()) > 0)
    await expect(portalPage.feedback.first()).toHaveText(new RegExp(`^\\d{4}/\\d{1,2}/\\d{1,2} \\d{1,2}:\\d{2}:\\d{2} ${SUBMIT_NOTICE}$`))
    for (const m of list.filter((x) => x.required)) {
      await expect(portalPage.lockState(m.title)).toHaveText('已锁定')
      await expect(portalPage.deleteControls(m.title)).toHaveCount(0)
      await expect(portalPage.uploadControl(m.title)).toHaveCount(0)
    }
  })
})

test.describe('退回修改', () => {
  const RULES = ['REVIEW-RETURN-MESSAGE', 'REVIEW-RETURN-NAMES-MATERIALS', 'REVIEW-RETURN-UNLOCKS-NAMED', 'REVIEW-FEEDBACK-NEWEST-FIRST', 'REVIEW-FEEDBACK-TIMESTAMPED']

  test('API: a return without message or materials is refused; a return unlocks only the named material; feedback newest first; resubmit locks again', ruleTags(RULES, 'api'), async ({ target, profile, checkRule }) => {
    const { f, reviewer, named } = await reviewed(target, profile)
    const review = need(target, 'review')
    // One step per rule: each bad return lacks only that rule's part (blank, whitespace or left out), the other part right.
    await checkRule('REVIEW-RETURN-MESSAGE', async () => {
      const bad: [string, { message?: string; materials: string[] }][] = [['message blank', { message: '', materials: [named.id] }], ['message whitespace', { message: '   ', materials: [named.id] }], ['message left out', { materials: [named.id] }]]
      for (const [what, body] of bad) {
        expectRefusedFor(target, await review.decide(reviewer, f.applicationId, 'return', body), ['REVIEW-RETURN-MESSAGE'], what)
      }
    })
    await checkRule('REVIEW-RETURN-NAMES-MATERIALS', async () => {
      const bad: [string, { message: string; materials?: string[] }][] = [['no materials', { message: RETURN_MESSAGE, materials: [] }], ['materials left out', { message: RETURN_MESSAGE }]]
      for (const [what, body] of bad) {
        expectRefusedFor(target, await review.decide(reviewer, f.applicationId, 'return', body), ['REVIEW-RETURN-NAMES-MATERIALS'], what)
      }
    })
    await returnFile(target, f, reviewer, named.id)
    const p = (await need(target, 'portal').portal(f.session)).body
    await checkRule('REVIEW-FEEDBACK-TIMESTAMPED', async () => {
      expect(p.feedback.every((x: { at: string }) => !Number.isNaN(Date.parse(x.at)))).toBe(true)
    })
    await checkRule('REVIEW-FEEDBACK-NEWEST-FIRST', async () => {
      expect(p.feedback.map((x: { text: string }) => x.text)).toEqual([RETURN_MESSAGE, SUBMIT_NOTICE])
      expect(Date.parse(p.feedback[0].at)).toBeGreaterThan(Date.parse(p.feedback[1].at))
    })
    await checkRule('REVIEW-RETURN-UNLOCKS-NAMED', async () => {
      const locks = Object.fromEntries(p.materials.map((m: { id: string; locked: boolean }) => [m.id, m.locked]))
      expect(locks[named.id]).toBe(false)
      expect(locks.identity).toBe(true)
      expectRefusedFor(target, await need(target, 'portal').upload(f.session, 'identity', image('identity')), ['REVIEW-RETURN-UNLOCKS-NAMED'])
      const mine = p.materials.find((m: { id: string }) => m.id === named.id)
      expect((await need(target, 'portal').deleteImage(f.session, mine.stored[0].id)).status).toBe(200)
      expect((await need(target, 'portal').upload(f.session, named.id, image(named.id, 6 * 1024, 5))).status).toBe(201)
      expect((await need(target, 'portal').submitForReview(f.session, true)).status).toBe(200)
      expect((await need(target, 'portal').portal(f.session)).body.materials.every((m: { locked: boolean }) => m.locked)).toBe(true)
    })
  })

  test('UI: the reviewer\'s form refuses a return without message and materials; the candidate sees the feedback newest first with times and only the named material 未锁定', ruleTags(RULES, 'ui'), async ({ page, target, profile }) => {
    const reviewPage = needUi(target, page, 'review')
    const portalPage = needUi(target, page, 'portal')
    const { f, reviewer, named } = await reviewed(target, profile)
    await target.ui.enter(page, reviewer)
    await reviewPage.openFile(f.applicationId)
    await reviewPage.returnForCorrection('', [])
    await expectShownRefusal(target.ui.refusals(page), 'a return without message or materials')
    await expect(reviewPage.state).not.toHaveText('退回修改')
    await reviewPage.returnForCorrection(RETURN_MESSAGE, [named.title])
    await expect(reviewPage.state).toHaveText('退回修改')
    await need(target, 'clock').set(new Date(Date.parse((await need(target, 'portal').portal(f.session)).body.feedback[0].at) + 60_000).toISOString())
    const again = await relogin(target, f)
    await page.context().clearCookies()
    await target.ui.enter(page, again.session)
    await portalPage.open()
    await expect(portalPage.feedback).toHaveCount(2)
    await expect(portalPage.feedback.first()).toContainText(RETURN_MESSAGE)
    await expect(portalPage.feedback.nth(1)).toContainText(SUBMIT_NOTICE)
    for (const line of await portalPage.feedback.allTextContents()) expect(line.trim().split(' ').slice(0, 2).join(' ')).toMatch(FEEDBACK_TIME)
    await expect(portalPage.lockState(named.title)).toHaveText('未锁定')
    const identity = (await materials(target, f)).find((m) => m.id === 'identity')!.title
    await expect(portalPage.lockState(identity)).toHaveText('已锁定')
    await expect(portalPage.deleteControls(identity)).toHaveCount(0)
    await portalPage.deleteImage(named.title, 1)
    await portalPage.upload(named.title, { name: `${named.id}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(image(named.id, 6 * 1024, 6).data) })
    await portalPage.submit((await portalPage.declaration.count()) > 0)
    await expect(portalPage.lockState(named.title)).toHaveText('已锁定')
  })
})

test.describe('REVIEW-RETURN-SMS', () => {
  test('API: a return sends an SMS with the feedback to the registered mobile', ruleTags(['REVIEW-RETURN-SMS'], 'api'), async ({ target, profile }) => {
    const { f, reviewer, named } = await reviewed(target, profile)
    await returnFile(target, f, reviewer, named.id)
    const inbox = JSON.stringify(await need(target, 'sms').inbox())
    expect(inbox).toContain(f.c.mobile)
    expect(inbox).toContain(RETURN_MESSAGE)
  })

  test('UI: the trainers\' SMS inbox shows the return message to the candidate\'s mobile', ruleTags(['REVIEW-RETURN-SMS'], 'ui'), async ({ page, target, profile }) => {
    const inbox = needUi(target, page, 'sms')
    const { f, reviewer, named } = await reviewed(target, profile)
    await returnFile(target, f, reviewer, named.id)
    await target.ui.enter(page, (await need(target, 'sms').admin()).session)
    await inbox.open()
    await expect(inbox.to(f.c.mobile).first()).toContainText(RETURN_MESSAGE)
  })
})
