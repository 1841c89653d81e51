import { test, expect } from '../../../fixtures/adapters/reference/e2e.ts'
import { materialFile } from '../../generator/index.ts'
import { materialsFor } from '../../rules/materials.ts'

// The materials journey under a profile with a portal: upload, submit, return for correction, fix,
// resubmit, approve, pay.
test.use({ profile: 'hubei-2026' })

const file = (material: string, variant = 0) => {
  const f = materialFile({ material, bytes: 30 * 1024, width: 200, height: 280, variant })
  return { name: f.fileName, mimeType: f.declaredType, buffer: f.data }
}

test.describe('materials portal, review and payment', () => {
  test('upload → 提交审核 → 退回修改 → fix → resubmit → 审核通过 → 缴费', {
    tag: ['@smoke'],
    annotation: ['MATERIAL-IMAGE-COUNT', 'REVIEW-SUBMIT-LOCKS-ALL', 'REVIEW-SUBMIT-NOTICE', 'REVIEW-RETURN-UNLOCKS-NAMED', 'REVIEW-FEEDBACK-NEWEST-FIRST', 'PAY-OPENS', 'PAY-PAID-AFTER-CONFIRMATION']
      .map((description) => ({ type: 'rule', description })),
  }, async ({ page, createCandidate, referenceSite, profile, loginPage, applyPage, portalPage, reviewPage, paymentPage }) => {
    const { candidate: c, applicationId } = await createCandidate({ state: 'submitted' })
    const reviewer = `rev${c.username}`
    referenceSite.site.users.create({ username: reviewer, role: 'site-reviewer', password: 'Review12345', displayName: '考点审核员', areaCode: c.application.area, siteCode: c.application.site }, referenceSite.site.nowIso())
    const required = (materialsFor(c, profile) ?? []).filter((m) => m.required)
    const identity = required.find((m) => m.id === 'identity')!
    const diploma = required.find((m) => m.id === 'diploma')!

    // Upload: the fixed identity set, then one '-' and a re-upload; every other required material.
    await loginPage.login(c.username, c.password)
    await applyPage.goto()
    await page.getByRole('link', { name: '上传相关材料' }).click()
    await portalPage.authorise(c)
    for (let i = 0; i < identity.images.max!; i++) await portalPage.upload(identity.title, file('identity', i))
    await expect(portalPage.images(identity.title)).toHaveCount(identity.images.max!)
    await expect(portalPage.material(identity.title).getByLabel(`上传${identity.title}图片`)).toHaveCount(0)
    await portalPage.deleteImage(identity.title, 1)
    await expect(portalPage.images(identity.title)).toHaveCount(identity.images.max! - 1)
    await portalPage.upload(identity.title, file('identity', 9))
    for (const m of required.filter((x) => x.id !== 'identity')) await portalPage.upload(m.title, file(m.id))
    await expect(portalPage.lockState(diploma.title)).toHaveText('未锁定')

    // 提交审核: everything locks and the timestamped notice appears.
    await portalPage.submit()
    await expect(portalPage.feedback.first()).toHaveText(/^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2} 上报完成，内容已锁定。$/)
    for (const m of required) await expect(portalPage.lockState(m.title)).toHaveText('已锁定')

    // 退回修改: only the diploma unlocks.
    await page.getByRole('button', { name: '退出' }).click()
    await loginPage.login(reviewer, 'Review12345')
    await reviewPage.open(c)
    await reviewPage.returnForCorrection('毕业证编号无法辨别，请重新上传！', [diploma.title])
    await expect(reviewPage.state).toHaveText('退回修改')
    referenceSite.clock.set(new Date(referenceSite.clock.now().getTime() + 60_000).toISOString())

    // Fix and resubmit: feedback newest first; only the named material changes.
    await page.getByRole('button', { name: '退出' }).click()
    await loginPage.login(c.username, c.password)
    await portalPage.open()
    await portalPage.authorise(c)
    await expect(portalPage.feedback.first()).toContainText('毕业证编号无法辨别，请重新上传！')
    await expect(portalPage.feedback.nth(1)).toContainText('上报完成，内容已锁定。')
    await expect(portalPage.lockState(diploma.title)).toHaveText('未锁定')
    await expect(portalPage.lockState(identity.title)).toHaveText('已锁定')
    await expect(portalPage.material(identity.title).getByRole('button', { name: '删除第1张' })).toHaveCount(0)
    await portalPage.deleteImage(diploma.title, 1)
    await portalPage.upload(diploma.title, file('diploma', 3))
    await portalPage.submit()
    await expect(portalPage.lockState(diploma.title)).toHaveText('已锁定')

    // 审核通过.
    await page.getByRole('button', { name: '退出' }).click()
    await loginPage.login(reviewer, 'Review12345')
    await reviewPage.open(c)
    await reviewPage.approve()
    await expect(reviewPage.state).toHaveText('审核通过')
    await expect(reviewPage.audit).toContainText('退回修改')

    // 缴费 on the gateway's order page; 已缴费 once confirmed.
    await page.getByRole('button', { name: '退出' }).click()
    await loginPage.login(c.username, c.password)
    await paymentPage.open(applicationId!)
    await expect(paymentPage.status).toHaveText('未缴费')
    await paymentPage.pay()
    await expect(paymentPage.status).toHaveText('已缴费')
  })
})
