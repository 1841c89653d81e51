import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { expectRefusedFor, expectShownRefusal } from '../../fixtures/refusal.ts'
import { has, need, resetClock } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { approveAll, filed, inReview, underReview } from '../../fixtures/lifecycleSeed.ts'
import { type ProfileId } from '../../src/rules/profiles.ts'

// What the candidate can no longer change once the application is in: its fields, the records it
// uses (🔒 until abandoned), verified records (✔ after the final review), the basic information.

test.afterEach(async ({ target }) => resetClock(target))

const educationOf = (target: Target, session: string) => target.api.records(session, 'education')

/** Approved at every level (the records it used get ✔). */
async function approvedFile(target: Target, profile: ProfileId) {
  need(target, 'review')
  const portal = has(target, 'portal')
  const f0 = await filed(target, profile, { enter: portal })
  if (portal) await underReview(target, f0)
  const { f, reviewer } = await inReview(target, f0, portal)
  if (!portal) expect((await need(target, 'review').decide(reviewer, f.applicationId, 'onsite-confirm')).status).toBe(200)
  await approveAll(target, f, reviewer)
  return f
}

test.describe('after submitting', () => {
  const RULES = ['REVIEW-NO-EDIT-AFTER-SUBMIT', 'REVIEW-RECORD-IN-USE-LOCKED', 'REVIEW-RECORD-LOCK-MARK']
  test('API: the application refuses edits; its record is locked (🔒) until the application is abandoned', ruleTags(RULES, 'api'), async ({ target, profile, checkRule }) => {
    const f = await filed(target, profile, { enter: false })
    await checkRule('REVIEW-NO-EDIT-AFTER-SUBMIT', async () => {
      expectRefusedFor(target, await target.api.perform({ session: f.session, applicationId: f.applicationId, done: [], refused: null }, 'basic', f.c), ['REVIEW-NO-EDIT-AFTER-SUBMIT'])
    })
    await checkRule('REVIEW-RECORD-LOCK-MARK', async () => {
      const [used] = await educationOf(target, f.session)
      expect([used!.locked, used!.verified]).toEqual([true, false])
    })
    await checkRule('REVIEW-RECORD-IN-USE-LOCKED', async () => {
      expectRefusedFor(target, await target.api.edit(f.session, 'education.0', f.c), ['REVIEW-RECORD-IN-USE-LOCKED'])
      expect((await target.api.abandon(f.session, f.applicationId)).status).toBe(200)
      expect((await educationOf(target, f.session))[0]!.locked).toBe(false)
      expect((await target.api.edit(f.session, 'education.0', f.c)).status).toBe(200)
    })
  })

  test('UI: the application refuses an edit; the used record shows 已锁定, and not after 放弃报考', ruleTags(RULES, 'ui'), async ({ page, target, profile, checkRule }) => {
    const f = await filed(target, profile, { enter: false })
    await target.ui.enter(page, f.session)
    await checkRule('REVIEW-NO-EDIT-AFTER-SUBMIT', async () => {
      const application = target.ui.application(page, f.applicationId)
      await application.openEdit()
      // No control to save an edit, or one whose use is refused.
      if ((await application.editSubmit.count()) > 0) {
        await application.editSubmit.first().click()
        await expectShownRefusal(target.ui.refusals(page), 'REVIEW-NO-EDIT-AFTER-SUBMIT')
      }
    })
    const records = target.ui.records(page)
    await checkRule('REVIEW-RECORD-LOCK-MARK', async () => {
      await records.open()
      await expect(records.lockMarks.first()).toBeVisible()
    })
    await checkRule('REVIEW-RECORD-IN-USE-LOCKED', async () => {
      expect((await target.api.abandon(f.session, f.applicationId)).status).toBe(200)
      await records.open()
      await expect(records.lockMarks).toHaveCount(0)
    })
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
    const records = target.ui.records(page)
    await records.open()
    await expect(records.verifiedMarks.first()).toBeVisible()
  })
})

test.describe('REVIEW-VERIFIED-RECORD-LOCKED', () => {
  test('API: a verified record refuses an edit', ruleTags(['REVIEW-VERIFIED-RECORD-LOCKED'], 'api'), async ({ target, profile }) => {
    const f = await approvedFile(target, profile)
    const change = await target.api.edit(f.session, 'education.0', f.c)
    expectRefusedFor(target, change, ['REVIEW-VERIFIED-RECORD-LOCKED'])
  })

  test('UI: saving the verified record is refused', ruleTags(['REVIEW-VERIFIED-RECORD-LOCKED'], 'ui'), async ({ page, target, profile }) => {
    const f = await approvedFile(target, profile)
    await target.ui.enter(page, f.session)
    await target.ui.records(page).saveRecord('education.0')
    await expect(target.ui.refusals(page)).toBeVisible()
    test.info().annotations.push({ type: 'target-message', description: (await target.ui.refusals(page).innerText()).trim() })
  })
})

test.describe('ID-BASIC-INFO-FIXED', () => {
  test('API: no request changes the basic information', ruleTags(['ID-BASIC-INFO-FIXED'], 'api'), async ({ target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    const c = f.c
    await target.api.tamper(f.session, 'basic-info', c, { ...c, name: '王改名', idNumber: '110101199003077777', sex: c.sex === '男' ? '女' : '男' })
    const stored = await target.api.stored(f.session)
    expect([stored.name, stored.idNumber, stored.sex, stored.birthDate, stored.ethnicity]).toEqual([c.name, c.idNumber, c.sex, c.birthDate, c.ethnicity])
  })

  test('UI: 个人信息 shows the basic information read-only', ruleTags(['ID-BASIC-INFO-FIXED'], 'ui'), async ({ page, target, profile }) => {
    const f = await filed(target, profile, { enter: false })
    await target.ui.enter(page, f.session)
    const records = target.ui.records(page)
    await records.open()
    await expect(page.getByText(f.c.name).first()).toBeVisible()
    await expect(records.basicInfoFields).toHaveCount(0)
  })
})
