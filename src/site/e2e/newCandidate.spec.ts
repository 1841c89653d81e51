import { test, expect, download } from './classroomTest.ts'
import { documentFile, drawMaterial } from '../../generator/images/documentImage.ts'
import { initialsOf } from '../../generator/reference.ts'
import { REVIEW_LEVELS } from '../../rules/lifecycle.ts'
import { materialsFor } from '../../rules/materials.ts'
import { examOf } from '../../rules/exams.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import { examByCode } from '../../site/reference/exams.ts'
import { RegisterPage } from '../../../fixtures/adapters/reference/pages/RegisterPage.ts'
import { InfoPage } from '../../../fixtures/adapters/reference/pages/InfoPage.ts'
import { ApplyPage } from '../../../fixtures/adapters/reference/pages/ApplyPage.ts'
import { PortalPage } from '../../../fixtures/adapters/reference/pages/PortalPage.ts'
import { PaymentPage } from '../../../fixtures/adapters/reference/pages/PaymentPage.ts'
import { ReviewPage } from '../../../fixtures/adapters/reference/pages/ReviewPage.ts'

// A trainee registered from scratch reaches 已缴费 through the pages alone: the trainer creates the
// class, the trainee reads their 考生资料卡 (the generator's candidate, registered with the mocks),
// registers, fills 个人信息 (the 学信网 mock accepts the handout's code), runs the photo through the
// 照片检测工具 where the profile requires it, applies, uploads the materials, 提交审核, and pays
// (Hebei: after the 考点 and 考区 reviews, with the trainer moving the clock to the review period).

const PORTAL_PROFILES: ProfileId[] = ['hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022']

for (const profile of PORTAL_PROFILES) {
  test.describe(profile, () => {
    test.use({ profile })
    test.describe.configure({ timeout: 180_000 })

    test(`a new trainee candidate registers from scratch and reaches 已缴费 under ${profile}`, { tag: ['@classroom'] }, async ({ page, classroom, login }) => {
      await login('admin', 'Admin12345')
      await page.goto('/admin/class')
      await page.getByLabel('学员人数').fill('1')
      await page.getByLabel('随机种子').fill('7')
      await page.getByRole('button', { name: '创建学员账号' }).click()
      await expect(page.getByRole('status')).toHaveText('学员账号已创建，可打印登录单。')
      const [trainee] = classroom.site.classroom.trainees()
      const demoSite = classroom.site.users.byUsername('kaodian01')!.siteCode!
      const c = { ...trainee!.handout, application: { ...trainee!.handout.application, site: demoSite } }
      await page.getByRole('link', { name: '打印登录单' }).click()
      const card = page.getByRole('region', { name: `学员 ${trainee!.code}` })
      await expect(card).toContainText(c.name)
      await expect(card).toContainText(c.idNumber)
      const edu = c.education.find((e) => e.selected)!
      if (edu.verification) await expect(card).toContainText(edu.verification.code)
      let photo = await download(page, () => card.getByRole('link', { name: '下载证件照' }).click())

      // Registration and 个人信息, as the trainee types them from the card.
      await page.context().clearCookies()
      const register = new RegisterPage(page)
      await register.goto()
      await register.register(c)
      const info = new InfoPage(page)
      await expect(info.flash).toHaveText('注册成功，请完善个人信息。')
      await info.saveContact(c)
      await expect(info.flash).toHaveText('保存成功。')
      await info.saveWork(c.work, initialsOf(c.work.unit))
      await expect(info.flash).toHaveText('保存成功。')
      await info.addEducation(edu, initialsOf(edu.school))
      await expect(info.educationList.getByRole('listitem')).toContainText([edu.school])

      const tool = page.getByRole('link', { name: '医考报名照片检测工具', exact: true })
      if (profile === 'hubei-2022') {
        await expect(tool).toHaveCount(0)
      } else {
        // Unchecked, the photo is refused (PHOTO-CHECK-TOOL); the page says where the tool is.
        await info.uploadPhoto(photo)
        await expect(page.getByRole('alert')).toContainText('医考报名照片检测工具')
        await tool.click()
        await page.getByLabel('选择待检测的照片（jpg）').setInputFiles(photo)
        photo = await download(page, () => page.getByRole('button', { name: '检测并保存' }).click())
        await info.open()
      }
      await info.uploadPhoto(photo)
      await expect(info.flash).toHaveText('照片上传成功。')

      // Hubei asks for the 试用期申报 on the home page before the application.
      await page.getByRole('link', { name: '首页' }).click()
      const declare = page.getByRole('button', { name: '完成试用期申报' })
      if (profile.startsWith('hubei')) {
        await declare.click()
        await expect(page.getByText('试用期申报：已完成')).toBeVisible()
      } else {
        await expect(declare).toHaveCount(0)
      }

      // 考试报名: the six steps, submitted; the 通知单.
      const apply = new ApplyPage(page)
      const exam = examOf(c.application.examCode)!
      const name = examByCode(Number(c.application.examCode.slice(0, 4)), c.application.examCode)!.name
      await apply.goto()
      await apply.chooseExam(exam.category, exam.level, name)
      await apply.throughRecords(edu.school)
      await apply.confirmAndSubmit(c.application)
      await expect(page.getByRole('heading', { level: 1, name: '医师资格考试网上报名成功通知单' })).toBeVisible()

      // 上传相关材料: the documents drawn from the candidate's own facts, then 提交审核.
      await apply.goto()
      await page.getByRole('link', { name: '上传相关材料' }).click()
      const portal = new PortalPage(page)
      await portal.authorise(c)
      await expect(page.getByRole('status')).toHaveText('授权成功，已进入报名材料上传系统。')
      const required = (materialsFor(c, profile) ?? []).filter((m) => m.required)
      for (const m of required) {
        for (let i = 0; i < m.images.min; i++) {
          const f = documentFile(drawMaterial(m.id, c, 420, { page: i, today: classroom.site.ruleCtx().refDate }), 200 * 1024)
          await portal.upload(m.title, { name: `${m.id}-${i + 1}.${f.format === 'png' ? 'png' : 'jpg'}`, mimeType: `image/${f.format}`, buffer: f.data })
        }
        await expect(portal.images(m.title)).toHaveCount(m.images.min)
      }
      await portal.submit((await portal.declaration.count()) > 0)
      for (const m of required) await expect(portal.lockState(m.title)).toHaveText('已锁定')

      if (REVIEW_LEVELS[profile] === 2) {
        // The trainer moves the clock into the 考点 review period; the 考点 then the 考区 approve.
        await login('admin', 'Admin12345')
        await page.getByRole('link', { name: '系统管理' }).first().click()
        await page.getByLabel('设定时刻（北京时间）').fill('2022-02-20T10:00:00')
        await page.getByRole('button', { name: '设置时钟' }).click()
        await expect(page.locator('#clock-now')).toHaveText('2022-02-20 10:00:00')
        const review = new ReviewPage(page)
        for (const reviewer of ['kaodian01', 'kaoqu01']) {
          await login(reviewer, 'Review12345')
          await page.goto('/review')
          await page.getByRole('link', { name: `审核 ${c.name}` }).click()
          await review.approve()
        }
        await expect(review.state).toHaveText('审核通过')
        await login(c.username, c.password)
      }

      // 缴费 on the gateway's order page: 已缴费 once the gateway confirms.
      await apply.goto()
      await page.getByRole('link', { name: '缴费', exact: true }).click()
      const pay = new PaymentPage(page)
      await expect(pay.status).toHaveText('未缴费')
      await pay.pay()
      await expect(pay.status).toHaveText('已缴费')
    })
  })
}
