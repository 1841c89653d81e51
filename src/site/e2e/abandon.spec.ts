import { test, expect } from '../../../fixtures/adapters/reference/e2e.ts'

test.describe('abandon and apply again', () => {
  test('放弃报考 inside the window unlocks the records and allows a new application', {
    tag: ['@smoke'],
    annotation: [{ type: 'rule', description: 'SCHED-ABANDON-WINDOW' }, { type: 'rule', description: 'REVIEW-RECORD-IN-USE-LOCKED' }],
  }, async ({ page, createCandidate, loginPage, applyPage }) => {
    const { candidate: c } = await createCandidate({ state: 'submitted' })
    await loginPage.login(c.username, c.password)
    await page.goto('/info')
    await expect(page.getByRole('list', { name: '教育经历列表' })).toContainText('🔒 已锁定')
    await applyPage.goto()
    await applyPage.abandon(c.application.examCode)
    await expect(page.getByRole('status')).toHaveText('已放弃报考，可重新开始新的报名。')
    await expect(applyPage.application(c.application.examCode)).toContainText('已放弃')
    await page.goto('/info')
    await expect(page.getByRole('list', { name: '教育经历列表' })).not.toContainText('已锁定')
    await applyPage.goto()
    await applyPage.startNew.click()
    await page.getByRole('button', { name: /^报名 / }).first().click()
    await expect(applyPage.currentStep).toHaveText('2 基本情况')
  })
})
