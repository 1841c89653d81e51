import { test, expect } from '../../../fixtures/adapters/reference/e2e.ts'
import { examOf } from '../../rules/exams.ts'
import { examByCode } from '../../site/reference/exams.ts'

test.describe('the application wizard', () => {
  test('a candidate completes the six steps, submits and prints the notice', {
    tag: ['@smoke'],
    annotation: { type: 'rule', description: 'REVIEW-NO-EDIT-AFTER-SUBMIT' },
  }, async ({ page, createCandidate, loginPage, applyPage, noticePage }) => {
    const { candidate: c } = await createCandidate({ state: 'personal-info' })
    const exam = examOf(c.application.examCode)!
    const name = examByCode(Number(c.application.examCode.slice(0, 4)), c.application.examCode)!.name
    await loginPage.login(c.username, c.password)
    await applyPage.goto()
    await applyPage.chooseExam(exam.category, exam.level, name)
    await expect(applyPage.currentStep).toHaveText('2 基本情况')
    await applyPage.throughRecords(c.education.find((e) => e.selected)!.school)
    await expect(applyPage.currentStep).toHaveText('6 确认')
    await applyPage.confirmAndSubmit(c.application)

    await expect(noticePage.heading).toBeVisible()
    await expect(noticePage.row('姓名')).toHaveText(c.name)
    await expect(noticePage.row('考试项目')).toHaveText(`${c.application.examCode} ${name}`)
    await expect(noticePage.row('证件编号')).toHaveText(c.idNumber)
    await page.emulateMedia({ media: 'print' })
    await expect(noticePage.menu).toBeHidden()
    await expect(noticePage.print).toBeHidden()
    await expect(noticePage.table).toBeVisible()
    await page.emulateMedia({ media: 'screen' })

    await applyPage.goto()
    await expect(applyPage.application(c.application.examCode)).toContainText('网上报名成功')
    await expect(applyPage.application(c.application.examCode).getByRole('link', { name: '继续填报' })).toHaveCount(0)
  })
})
