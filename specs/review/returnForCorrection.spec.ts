import { test, expect, ruleTags } from '../../fixtures/index.ts'
import type { Target } from '../../fixtures/adapter.ts'
import { filed, image, inReview, materials, relogin, rulesOf, underReview, type Filed } from '../../fixtures/lifecycleSeed.ts'
import { rejectMessage } from '../../fixtures/rejectMessage.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { SUBMIT_NOTICE } from '../../src/rules/lifecycle.ts'
import { PROFILES } from '../../src/rules/profiles.ts'

// 提交审核 locks everything and posts the timed notice; a return needs a message and the materials
// to unlock, unlocks only those, and lists its feedback newest first; resubmitting locks again.

test.afterEach(async ({ target }) => target.api.setClock(target.partTwo.startClock))

const FEEDBACK_TIME = /^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}$/
const RETURN_MESSAGE = '毕业证编号无法辨别，请重新上传！'

/** A file under review, the reviewer, and the material the reviewer will name (the first required one besides identity). */
async function reviewed(target: Target, profile: Parameters<typeof filed>[1]) {
  const f0 = await filed(target, profile)
  await underReview(target, f0)
  const named = (await materials(target, f0)).find((m) => m.required && m.id !== 'identity')!
  const { f, reviewer } = await inReview(target, f0, PROFILES[profile].examYear)
  return { f, reviewer, named }
}

async function returnFile(target: Target, f: Filed, reviewer: string, material: string) {
  const r = await target.partTwo.decide(reviewer, f.applicationId, 'return', { message: RETURN_MESSAGE, materials: [material] })
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  await target.api.setClock(new Date(Date.parse((await target.partTwo.portal(f.session)).body?.feedback?.[0]?.at ?? Date.now()) + 60_000).toISOString())
}

test.describe('提交审核 locks and posts the notice', () => {
  test('API: after 提交审核 no upload or delete goes through; the notice is the newest feedback', ruleTags(['REVIEW-SUBMIT-LOCKS-ALL', 'REVIEW-SUBMIT-NOTICE'], 'api'), async ({ target, profile }) => {
    const f = await filed(target, profile)
    await underReview(target, f)
    const p = await target.partTwo.portal(f.session)
    expect(p.body.feedback[0].text).toBe(SUBMIT_NOTICE)
    expect(p.body.materials.every((m: { locked: boolean }) => m.locked)).toBe(true)
    const up = await target.partTwo.upload(f.session, 'identity', image('identity'))
    expect(up.status).toBe(409)
    expect(rulesOf(target, up)).toContain('REVIEW-SUBMIT-LOCKS-ALL')
    const del = await target.partTwo.deleteImage(f.session, p.body.materials[0].stored[0].id)
    expect(del.status).toBe(409)
    expect(rulesOf(target, del)).toContain('REVIEW-SUBMIT-LOCKS-ALL')
  })

  test('UI: 提交审核 shows the timed notice 上报完成，内容已锁定。 and every material 已锁定 without upload or \'-\'', ruleTags(['REVIEW-SUBMIT-LOCKS-ALL', 'REVIEW-SUBMIT-NOTICE'], 'ui'), async ({ page, target, profile, portalPage }) => {
    const f = await filed(target, profile)
    const list = await materials(target, f)
    for (const m of list.filter((x) => x.required)) for (let i = 0; i < m.images.min; i++) await target.partTwo.upload(f.session, m.id, image(m.id, 6 * 1024, i))
    await target.ui.enter(page, f.session)
    await portalPage.goto()
    await portalPage.submit((await portalPage.declaration.count()) > 0)
    await expect(portalPage.feedback.first()).toHaveText(new RegExp(`^\\d{4}/\\d{1,2}/\\d{1,2} \\d{1,2}:\\d{2}:\\d{2} ${SUBMIT_NOTICE}$`))
    for (const m of list.filter((x) => x.required)) {
      await expect(portalPage.lockState(m.title)).toHaveText('已锁定')
      await expect(portalPage.material(m.title).getByRole('button', { name: /^删除第/ })).toHaveCount(0)
      await expect(portalPage.material(m.title).getByLabel(`上传${m.title}图片`)).toHaveCount(0)
    }
  })
})

test.describe('退回修改', () => {
  const RULES = ['REVIEW-RETURN-MESSAGE', 'REVIEW-RETURN-NAMES-MATERIALS', 'REVIEW-RETURN-UNLOCKS-NAMED', 'REVIEW-FEEDBACK-NEWEST-FIRST', 'REVIEW-FEEDBACK-TIMESTAMPED']

  test('API: a return without message or materials is refused; a return unlocks only the named material; feedback newest first; resubmit locks again', ruleTags(RULES, 'api'), async ({ target, profile }) => {
    const { f, reviewer, named } = await reviewed(target, profile)
    const bare = await target.partTwo.decide(reviewer, f.applicationId, 'return', { message: '   ', materials: [] })
    expect(bare.status).toBeGreaterThanOrEqual(400)
    expect(rulesOf(target, bare)).toEqual(expect.arrayContaining(['REVIEW-RETURN-MESSAGE', 'REVIEW-RETURN-NAMES-MATERIALS']))
    await returnFile(target, f, reviewer, named.id)
    const p = (await target.partTwo.portal(f.session)).body
    expect(p.feedback.map((x: { text: string }) => x.text)).toEqual([RETURN_MESSAGE, SUBMIT_NOTICE])
    expect(p.feedback.every((x: { at: string }) => !Number.isNaN(Date.parse(x.at)))).toBe(true)
    expect(Date.parse(p.feedback[0].at)).toBeGreaterThan(Date.parse(p.feedback[1].at))
    const locks = Object.fromEntries(p.materials.map((m: { id: string; locked: boolean }) => [m.id, m.locked]))
    expect(locks[named.id]).toBe(false)
    expect(locks.identity).toBe(true)
    const other = await target.partTwo.upload(f.session, 'identity', image('identity'))
    expect(other.status).toBe(409)
    expect(rulesOf(target, other)).toContain('REVIEW-RETURN-UNLOCKS-NAMED')
    const mine = p.materials.find((m: { id: string }) => m.id === named.id)
    expect((await target.partTwo.deleteImage(f.session, mine.stored[0].id)).status).toBe(200)
    expect((await target.partTwo.upload(f.session, named.id, image(named.id, 6 * 1024, 5))).status).toBe(201)
    expect((await target.partTwo.submitForReview(f.session, true)).status).toBe(200)
    expect((await target.partTwo.portal(f.session)).body.materials.every((m: { locked: boolean }) => m.locked)).toBe(true)
  })

  test('UI: the reviewer\'s form asks for message and materials; the candidate sees the feedback newest first with times and only the named material 未锁定', ruleTags(RULES, 'ui'), async ({ page, target, profile, portalPage, reviewPage }) => {
    const { f, reviewer, named } = await reviewed(target, profile)
    await target.ui.enter(page, reviewer)
    await page.goto(`/review/${f.applicationId}`)
    const form = page.getByRole('form', { name: '退回修改' })
    await form.getByRole('button', { name: '退回修改' }).click()
    await expect(page.getByRole('alert')).toContainText(rejectMessage(ruleById('REVIEW-RETURN-MESSAGE'), profile))
    await expect(page.getByRole('alert')).toContainText(rejectMessage(ruleById('REVIEW-RETURN-NAMES-MATERIALS'), profile))
    await reviewPage.returnForCorrection(RETURN_MESSAGE, [named.title])
    await expect(reviewPage.state).toHaveText('退回修改')
    await target.api.setClock(new Date(Date.parse((await target.partTwo.portal(f.session)).body.feedback[0].at) + 60_000).toISOString())
    const again = await relogin(target, f)
    await page.context().clearCookies()
    await target.ui.enter(page, again.session)
    await portalPage.goto()
    await expect(portalPage.feedback).toHaveCount(2)
    await expect(portalPage.feedback.first()).toContainText(RETURN_MESSAGE)
    await expect(portalPage.feedback.nth(1)).toContainText(SUBMIT_NOTICE)
    for (const line of await portalPage.feedback.allTextContents()) expect(line.trim().split(' ').slice(0, 2).join(' ')).toMatch(FEEDBACK_TIME)
    await expect(portalPage.lockState(named.title)).toHaveText('未锁定')
    await expect(portalPage.lockState('身份证明')).toHaveText('已锁定')
    await expect(portalPage.material('身份证明').getByRole('button', { name: /^删除第/ })).toHaveCount(0)
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
    const inbox = JSON.stringify(await target.partTwo.sms())
    expect(inbox).toContain(f.c.mobile)
    expect(inbox).toContain(RETURN_MESSAGE)
  })

  test('UI: the trainers\' SMS inbox shows the return message to the candidate\'s mobile', ruleTags(['REVIEW-RETURN-SMS'], 'ui'), async ({ page, target, profile }) => {
    const { f, reviewer, named } = await reviewed(target, profile)
    await returnFile(target, f, reviewer, named.id)
    await target.ui.enter(page, (await target.partTwo.admin()).session)
    await page.goto('/admin/sms')
    const row = page.getByRole('row').filter({ hasText: f.c.mobile })
    await expect(row.first()).toContainText(RETURN_MESSAGE)
  })
})
