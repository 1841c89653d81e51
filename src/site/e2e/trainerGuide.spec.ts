import { resolve } from 'node:path'
import { test, expect } from './classroomTest.ts'

// docs/trainer-guide.md's pictures, taken from the real pages (`npm run screenshots`, project
// trainer-guide, hubei-2026). Each picture is taken only once the page shows what it is meant to show.

const shot = (name: string, fullPage = false) => ({ path: resolve(`docs/images/trainer-${name}.png`), fullPage })

test.use({ profile: 'hubei-2026' })
test.describe.configure({ timeout: 240_000 })

test('the trainer console, the class, the login sheet, an exercise and the score board', { tag: ['@trainer-guide'] }, async ({ page, classroom, login }) => {
  await page.setViewportSize({ width: 1100, height: 900 })
  await login('admin', 'Admin12345')
  await page.goto('/admin')
  await expect(page.getByRole('heading', { name: '系统时钟' })).toBeVisible()
  await page.screenshot(shot('console'))

  await page.goto('/admin/class')
  await page.getByLabel('学员人数').fill('3')
  await page.getByLabel('随机种子').fill('1')
  await page.getByRole('button', { name: '创建学员账号' }).click()
  await expect(page.getByRole('table', { name: '学员' }).getByRole('row')).toHaveCount(4)
  await page.screenshot(shot('class', true))

  await page.goto('/admin/class/sheet')
  await expect(page.getByRole('region', { name: '学员 t01' })).toBeVisible()
  await page.getByRole('region', { name: '学员 t01' }).screenshot({ path: resolve('docs/images/trainer-sheet.png') })

  await page.goto('/admin/candidates?q=t01')
  await expect(page.locator('#c-count')).not.toHaveText('0')
  await page.screenshot(shot('candidates'))

  await page.goto('/admin/exercises')
  await page.getByLabel('随机种子').fill('3')
  await page.getByRole('button', { name: '开始新的练习' }).click()
  await expect(page.getByRole('table', { name: '成绩板' })).toBeVisible()
  const t01 = classroom.site.classroom.trainees()[0]!
  const item = classroom.site.classroom.items(classroom.site.classroom.currentSet()!.id).find((i) => i.trainee === 't01' && i.fault === 'missing-stamp')!

  await login('t01-kaodian', t01.password)
  await page.goto(`/review/${item.appId}`)
  await expect(page.getByRole('img', { name: '毕业证书 第1张' })).toBeVisible()
  await page.screenshot(shot('exercise'))
  await page.getByRole('img', { name: '毕业证书 第1张' }).click()
  await expect(page.getByRole('img')).toBeVisible()
  await page.screenshot(shot('document'))
  await page.goto(`/review/${item.appId}`)
  const form = page.getByRole('form', { name: '退回修改' })
  await form.getByLabel('反馈意见').fill('毕业证书复印件缺少学校公章，请重新上传加盖公章的复印件。')
  await form.getByRole('checkbox', { name: '毕业证书', exact: true }).check()
  await form.getByRole('button', { name: '退回修改' }).click()

  await login('admin', 'Admin12345')
  await page.goto('/admin/exercises')
  await expect(page.getByRole('table', { name: '成绩板' }).getByRole('row').filter({ hasText: 't01' })).toContainText('1/8')
  await page.screenshot(shot('scores', true))

  await page.goto('/photo-tool')
  await expect(page.getByRole('button', { name: '检测并保存' })).toBeVisible()
  await page.screenshot(shot('photo-tool'))
})
