import { test, expect, ruleTags } from '../../fixtures/index.ts'
import type { Target } from '../../fixtures/adapter.ts'
import { approveAll, filed, inReview, rulesOf, underReview } from '../../fixtures/lifecycleSeed.ts'
import { rejectMessage } from '../../fixtures/rejectMessage.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { REVIEW_LEVELS } from '../../src/rules/lifecycle.ts'
import { materialsFor } from '../../src/rules/materials.ts'
import { PROFILES, type ProfileId } from '../../src/rules/profiles.ts'
import { ctxFor } from '../../src/rules/rule.ts'

// What the candidate can no longer change once the application is in: its fields, the records it
// uses (🔒 until abandoned), verified records (✔ after the final review), the basic information.

test.afterEach(async ({ target }) => target.api.setClock(target.partTwo.startClock))

const hasPortal = (profile: ProfileId) => materialsFor(candidateExample(undefined, ctxFor(profile)), profile) !== null

interface RecordView { id: number; locked: boolean; verified: boolean }
const educationOf = async (target: Target, session: string) => (await target.api.send(session, 'GET', '/api/me')).body.records.education as RecordView[]

/** Approved at every level (the records it used get ✔). */
async function approvedFile(target: Target, profile: ProfileId) {
  const portal = hasPortal(profile)
  const f0 = await filed(target, profile, { enter: portal })
  if (portal) await underReview(target, f0)
  const { f, reviewer } = await inReview(target, f0, PROFILES[profile].examYear, portal)
  if (!portal) expect((await target.partTwo.decide(reviewer, f.applicationId, 'onsite-confirm')).status).toBe(200)
  await approveAll(target, f, reviewer, REVIEW_LEVELS[profile])
  return f
}

test.describe('after submitting', () => {
  const RULES = ['REVIEW-NO-EDIT-AFTER-SUBMIT', 'REVIEW-RECORD-IN-USE-LOCKED', 'REVIEW-RECORD-LOCK-MARK']
  test('API: the application refuses edits; its record is locked (🔒) until the application is abandoned', ruleTags(RULES, 'api'), async ({ target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    const edit = await target.api.send(f.session, 'POST', `/api/applications/${f.applicationId}/basic`, { serviceStatus: f.c.serviceStatus, mainlandPass: f.c.mainlandPass })
    expect([edit.status >= 400, rulesOf(target, edit)]).toEqual([true, ['REVIEW-NO-EDIT-AFTER-SUBMIT']])
    const [used] = await educationOf(target, f.session)
    expect([used!.locked, used!.verified]).toEqual([true, false])
    const change = await target.api.edit(f.session, 'education.0', f.c)
    expect([change.status >= 400, rulesOf(target, change)]).toEqual([true, ['REVIEW-RECORD-IN-USE-LOCKED']])
    expect((await target.api.abandon(f.session, f.applicationId)).status).toBe(200)
    expect((await educationOf(target, f.session))[0]!.locked).toBe(false)
    expect((await target.api.edit(f.session, 'education.0', f.c)).status).toBe(200)
  })

  test('UI: the application offers no edit; the used record shows 已锁定, and not after 放弃报考', ruleTags(RULES, 'ui'), async ({ page, target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    await target.ui.enter(page, f.session)
    await page.goto(`/apply/${f.applicationId}/basic`)
    await expect(page.getByRole('button', { name: '下一步' })).toHaveCount(0)
    await page.goto('/info')
    await expect(page.getByText('已锁定').first()).toBeVisible()
    await target.api.abandon(f.session, f.applicationId)
    await page.goto('/info')
    await expect(page.getByText('已锁定')).toHaveCount(0)
  })
})

test.describe('REVIEW-RECORD-CHECK-MARK', () => {
  test('API: a record shows verified only after the final review', ruleTags(['REVIEW-RECORD-CHECK-MARK'], 'api'), async ({ target, profile }) => {
    const before = await filed(target, profile, { enter: false })
    expect((await educationOf(target, before.session)).some((r) => r.verified)).toBe(false)
    const f = await approvedFile(target, profile)
    expect((await educationOf(target, f.session))[0]!.verified).toBe(true)
  })

  test('UI: the verified record shows ✔ 已验证', ruleTags(['REVIEW-RECORD-CHECK-MARK'], 'ui'), async ({ page, target, profile }) => {
    const f = await approvedFile(target, profile)
    await target.ui.enter(page, f.session)
    await page.goto('/info')
    await expect(page.getByText('已验证').first()).toBeVisible()
  })
})

test.describe('REVIEW-VERIFIED-RECORD-LOCKED', () => {
  test('API: a verified record refuses an edit', ruleTags(['REVIEW-VERIFIED-RECORD-LOCKED'], 'api'), async ({ target, profile }) => {
    const f = await approvedFile(target, profile)
    const change = await target.api.edit(f.session, 'education.0', f.c)
    expect(change.status).toBeGreaterThanOrEqual(400)
    expect(rulesOf(target, change)).toContain('REVIEW-VERIFIED-RECORD-LOCKED')
  })

  test('UI: saving the verified record shows the rule\'s message', ruleTags(['REVIEW-VERIFIED-RECORD-LOCKED'], 'ui'), async ({ page, target, profile }) => {
    const f = await approvedFile(target, profile)
    const [rec] = await educationOf(target, f.session)
    await target.ui.enter(page, f.session)
    await page.goto(`/info/education/${rec!.id}`)
    await page.getByRole('button', { name: /^保存/ }).click()
    await expect(page.getByRole('alert')).toContainText(rejectMessage(ruleById('REVIEW-VERIFIED-RECORD-LOCKED'), profile))
  })
})

test.describe('ID-BASIC-INFO-FIXED', () => {
  test('API: no request changes the basic information', ruleTags(['ID-BASIC-INFO-FIXED'], 'api'), async ({ target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    const c = f.c
    await target.api.send(f.session, 'POST', '/api/info/contact', { mobile: c.mobile, homePhone: c.homePhone, workPhone: c.workPhone, email: c.email, address: c.address, postcode: c.postcode, name: '王改名', idNumber: '110101199003077777', sex: c.sex === '男' ? '女' : '男' })
    const stored = await target.api.stored(f.session)
    expect([stored.name, stored.idNumber, stored.sex, stored.birthDate, stored.ethnicity]).toEqual([c.name, c.idNumber, c.sex, c.birthDate, c.ethnicity])
  })

  test('UI: 个人信息 shows the basic information read-only', ruleTags(['ID-BASIC-INFO-FIXED'], 'ui'), async ({ page, target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    await target.ui.enter(page, f.session)
    await page.goto('/info')
    await expect(page.getByText(f.c.name).first()).toBeVisible()
    for (const label of ['姓名', '证件号码', '性别', '出生日期', '民族']) await expect(page.getByLabel(label, { exact: true })).toHaveCount(0)
  })
})
