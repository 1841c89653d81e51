import { test, expect } from './classroomTest.ts'
import { ReviewPage } from '../../../fixtures/adapters/reference/pages/ReviewPage.ts'

// A trainer creates a class of five, starts an exercise set; trainees review their own queues (never
// another's) and the score board shows their results against the answer key.

test.use({ profile: 'hubei-2026' })
test.describe.configure({ timeout: 240_000 })

test('a class of five works its own copies; the score board shows each trainee\'s results', { tag: ['@classroom'] }, async ({ page, classroom, login }) => {
  await login('admin', 'Admin12345')
  await page.goto('/admin/class')
  await page.getByLabel('学员人数').fill('5')
  await page.getByLabel('随机种子').fill('21')
  await page.getByRole('button', { name: '创建学员账号' }).click()
  await expect(page.getByRole('table', { name: '学员' }).getByRole('row')).toHaveCount(6)
  await page.goto('/admin/exercises')
  await page.getByLabel('随机种子').fill('5')
  await page.getByRole('button', { name: '开始新的练习' }).click()
  await expect(page.getByRole('status')).toHaveText('新的审核练习已开始。')
  const board = page.getByRole('table', { name: '成绩板' })
  await expect(board.getByRole('row')).toHaveCount(6)

  const trainees = classroom.site.classroom.trainees()
  const items = classroom.site.classroom.items(classroom.site.classroom.currentSet()!.id)
  const review = new ReviewPage(page)
  // t01 approves the clean application and one with another person's name on it; t02 returns an expired ID card.
  const decide = async (code: string, fault: string, act: () => Promise<void>) => {
    const item = items.find((i) => i.trainee === code && i.fault === fault)!
    await page.goto(`/review/${item.appId}`)
    await act()
  }
  await login('t01-kaodian', trainees[0]!.password)
  await page.goto('/review')
  const queue = page.getByRole('table', { name: '审核队列' }).getByRole('row')
  const own = await queue.count()
  await decide('t01', 'none', () => review.approve())
  await expect(review.state).toHaveText('审核通过')
  await decide('t01', 'other-name', () => review.approve())
  // Another trainee's application is outside t01's remit.
  const t02Item = items.find((i) => i.trainee === 't02')!
  const foreign = await page.request.get(`/review/${t02Item.appId}`)
  expect(foreign.status()).toBe(403)

  await login('t02-kaodian', trainees[1]!.password)
  await page.goto('/review')
  await expect(queue).toHaveCount(own)
  await decide('t02', 'expired-id', () => review.returnForCorrection('身份证已过有效期，请上传有效身份证件。', ['身份证明']))
  await expect(review.state).toHaveText('退回修改')

  await login('admin', 'Admin12345')
  await page.goto('/admin/exercises')
  const row = (code: string) => board.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) })
  await expect(row('t01')).toContainText('2/8')
  await expect(row('t01')).toContainText('13%')
  await expect(row('t01')).toContainText('材料上是他人姓名')
  await expect(row('t02')).toContainText('1/8')
  await expect(row('t02')).toContainText('13%')
  for (const code of ['t03', 't04', 't05']) await expect(row(code)).toContainText('0/8')
  const csv = await page.request.get('/admin/exercises/scores.csv')
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect((await csv.text()).split('\r\n').filter(Boolean)).toHaveLength(1 + 5 * 8)
})
