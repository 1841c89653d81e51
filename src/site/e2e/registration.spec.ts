import { test, expect, ID_PHOTO } from '../../../fixtures/adapters/reference/e2e.ts'
import { initialsOf } from '../../generator/reference.ts'

test.describe('registration and personal information', () => {
  test('a candidate registers and fills the personal information groups', {
    tag: ['@smoke'],
    annotation: [{ type: 'rule', description: 'ACCOUNT-PASSWORD-FORMAT' }, { type: 'rule', description: 'ACCOUNT-ONE-PER-IDENTITY' }],
  }, async ({ page, createCandidate, registerPage, infoPage }) => {
    const { candidate: c } = await createCandidate()
    await registerPage.goto()
    await registerPage.register(c)
    await expect(infoPage.heading).toBeVisible()
    await expect(infoPage.flash).toHaveText('注册成功，请完善个人信息。')
    await expect(page.getByRole('definition').filter({ hasText: c.idNumber })).toBeVisible()

    await infoPage.saveContact(c)
    await expect(infoPage.flash).toHaveText('保存成功。')
    await infoPage.saveWork(c.work, initialsOf(c.work.unit))
    await expect(infoPage.flash).toHaveText('保存成功。')
    await expect(infoPage.workForm.getByText('状态：已从字典中选择')).toBeVisible()

    const edu = c.education.find((e) => e.selected)!
    await infoPage.addEducation(edu, initialsOf(edu.school))
    await expect(infoPage.educationList.getByRole('listitem')).toContainText([edu.school])

    await infoPage.uploadPhoto({ name: ID_PHOTO.fileName, mimeType: 'image/jpeg', buffer: Buffer.from(ID_PHOTO.bytes) })
    await expect(infoPage.flash).toHaveText('照片上传成功。')
    await expect(page.getByRole('img', { name: '个人照片' })).toBeVisible()
  })

  test('a refused field shows the rule\'s message beside it and keeps what was typed', {
    tag: ['@smoke'],
    annotation: { type: 'rule', description: 'ACCOUNT-PASSWORD-FORMAT' },
  }, async ({ createCandidate, registerPage }) => {
    const { candidate: c } = await createCandidate()
    await registerPage.goto()
    await registerPage.register({ ...c, password: 'ab_123' })
    await expect(registerPage.errors).toContainText('登录密码须为5到12位')
    await expect(registerPage.password).toHaveAttribute('aria-invalid', 'true')
    await expect(registerPage.username).toHaveValue(c.username)
    await expect(registerPage.idNumber).toHaveValue(c.idNumber)
  })

  test('a second registration with the same identity gets the FAQ message', {
    tag: ['@smoke'],
    annotation: { type: 'rule', description: 'ACCOUNT-ONE-PER-IDENTITY' },
  }, async ({ createCandidate, registerPage }) => {
    const { candidate: c } = await createCandidate({ state: 'registered' })
    await registerPage.goto()
    await registerPage.register({ ...c, username: `${c.username}b` })
    await expect(registerPage.errors).toContainText(`已经以用户名 ${c.username} 在网站上完成了注册`)
  })
})
