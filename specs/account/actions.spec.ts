import { expect, ruleTags, test } from '../../fixtures/index.ts'
import { expectRefusedFor, expectShownRefusal } from '../../fixtures/refusal.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxOf } from '../../fixtures/reference.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'
import type { Candidate } from '../../src/rules/candidate.ts'
import type { Target } from '../../fixtures/index.ts'

// The account subject's rules are behaviours of the account service: a second registration, a
// login, recovery, a password change. Each has a UI test and an API-bypass test.

const swapCase = (s: string) => [...s].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('')

/** A registered candidate (fresh identity) and its session. */
async function registered(target: Target, profile: ProfileId): Promise<{ c: Candidate; session: string }> {
  const c = target.unique(candidateExample(undefined, ctxOf(target)))
  const e = await target.api.enrol(c, { until: 'contact' })
  expect(e.refused).toBeNull()
  return { c, session: e.session! }
}

test.describe('account actions', () => {
  test('API: a second registration of the same identity is refused', ruleTags(['ACCOUNT-ONE-PER-IDENTITY'], 'api'), async ({ target, profile }) => {
    const { c } = await registered(target, profile)
    const again = await target.api.enrol({ ...c, username: `${c.username}b` }, { until: 'contact' })
    expect(again.refused?.step).toBe('register')
    // Seed 002 FAQ 二.15 names the existing user name (XXXX) in full: the rule's note says why masking is not a second reading.
    expect(again.refused?.errors.map((e) => e.message).join(' ')).toContain(`已经以用户名 ${c.username} 在网站上完成了注册`)
  })

  test('UI: a second registration of the same identity shows the FAQ message', ruleTags(['ACCOUNT-ONE-PER-IDENTITY'], 'ui'), async ({ page, target, profile }) => {
    const { c } = await registered(target, profile)
    const e = await target.api.enrol({ ...c, username: `${c.username}b` }, { until: 'register' })
    await target.ui.perform(page, 'register', { ...c, username: `${c.username}b` }, e)
    await expect(target.ui.refusals(page)).toContainText(`已经以用户名 ${c.username} 在网站上完成了注册`)
  })

  test('API: the password is case-sensitive', ruleTags(['ACCOUNT-PASSWORD-CASE-SENSITIVE'], 'api'), async ({ target, profile }) => {
    const { c } = await registered(target, profile)
    expect((await target.api.login(c.username, swapCase(c.password))).session).toBeNull()
    expect((await target.api.login(c.username, c.password)).session).not.toBeNull()
  })

  test('UI: logging in with the password in the other case is refused', ruleTags(['ACCOUNT-PASSWORD-CASE-SENSITIVE'], 'ui'), async ({ page, target, profile }) => {
    const { c } = await registered(target, profile)
    const account = target.ui.account(page)
    await account.login(c.username, swapCase(c.password))
    await expectShownRefusal(target.ui.refusals(page))
    await expect(account.loggedIn).toHaveCount(0)
    await account.login(c.username, c.password)
    await expect(account.loggedIn).toBeVisible()
  })

  test('API: changing the password needs the current one and the same new one twice', ruleTags(['ACCOUNT-CHANGE-PASSWORD-CURRENT', 'ACCOUNT-CHANGE-PASSWORD-CONFIRM'], 'api'), async ({ target, profile, checkRule }) => {
    const { c, session } = await registered(target, profile)
    await checkRule('ACCOUNT-CHANGE-PASSWORD-CURRENT', async () => {
      // A wrong current password, and none at all (blank): both refused for this rule.
      for (const [what, currentPassword] of [['wrong', `${c.password}x`], ['blank', '']] as const) {
        expectRefusedFor(target, await target.api.changePassword(session, { currentPassword, newPassword: 'Xyz67890', newPasswordConfirm: 'Xyz67890' }), ['ACCOUNT-CHANGE-PASSWORD-CURRENT'], `current password ${what}`)
      }
    })
    await checkRule('ACCOUNT-CHANGE-PASSWORD-CONFIRM', async () => {
      expect((await target.api.changePassword(session, { currentPassword: c.password, newPassword: 'Xyz67890', newPasswordConfirm: 'Xyz67891' })).status).toBeGreaterThanOrEqual(400)
    })
    const ok = await target.api.changePassword(session, { currentPassword: c.password, newPassword: 'Xyz67890', newPasswordConfirm: 'Xyz67890' })
    expect(ok.status).toBe(200)
    expect((await target.api.login(c.username, 'Xyz67890')).session).not.toBeNull()
  })

  test('UI: the password change form refuses a wrong current password and a mismatched confirmation', ruleTags(['ACCOUNT-CHANGE-PASSWORD-CURRENT', 'ACCOUNT-CHANGE-PASSWORD-CONFIRM'], 'ui'), async ({ page, target, profile, checkRule }) => {
    const { c, session } = await registered(target, profile)
    await target.ui.enter(page, session)
    const account = target.ui.account(page)
    await checkRule('ACCOUNT-CHANGE-PASSWORD-CURRENT', async () => {
      await account.changePassword(`${c.password}x`, 'Xyz67890', 'Xyz67890')
      await expectShownRefusal(target.ui.refusals(page))
    })
    await checkRule('ACCOUNT-CHANGE-PASSWORD-CONFIRM', async () => {
      await account.changePassword(c.password, 'Xyz67890', 'Xyz67891')
      await expectShownRefusal(target.ui.refusals(page))
    })
    expect((await target.api.login(c.username, 'Xyz67890')).session, 'neither change went through').toBeNull()
  })

  test('API: recovery needs name, document number and the recovery answer', ruleTags(['ACCOUNT-PASSWORD-RECOVERY'], 'api'), async ({ target, profile }) => {
    const { c } = await registered(target, profile)
    const wrong = await target.api.recover({ name: c.name, idNumber: c.idNumber, recoveryAnswer: `${c.recoveryAnswer}错`, newPassword: 'Xyz67890' })
    expect(wrong.status).toBeGreaterThanOrEqual(400)
    const right = await target.api.recover({ name: c.name, idNumber: c.idNumber, recoveryAnswer: c.recoveryAnswer, newPassword: 'Xyz67890' })
    expect(right.status).toBe(200)
    expect((await target.api.login(c.username, 'Xyz67890')).session).not.toBeNull()
  })

  test('UI: recovery with a wrong answer is refused', ruleTags(['ACCOUNT-PASSWORD-RECOVERY'], 'ui'), async ({ page, target, profile }) => {
    const { c } = await registered(target, profile)
    await target.ui.account(page).recover({ name: c.name, idNumber: c.idNumber, recoveryAnswer: `${c.recoveryAnswer}错`, newPassword: 'Xyz67890' })
    await expectShownRefusal(target.ui.refusals(page))
    expect((await target.api.login(c.username, 'Xyz67890')).session, 'the password is unchanged').toBeNull()
  })

  test('API: no request changes the username', ruleTags(['ACCOUNT-USERNAME-FIXED'], 'api'), async ({ target, profile }) => {
    const { c, session } = await registered(target, profile)
    await target.api.tamper(session, 'username', c, { ...c, username: `${c.username}z` })
    expect((await target.api.stored(session)).username).toBe(c.username)
  })

  test('UI: the security settings offer no field to change the username', ruleTags(['ACCOUNT-USERNAME-FIXED'], 'ui'), async ({ page, target, profile }) => {
    const { c, session } = await registered(target, profile)
    await target.ui.enter(page, session)
    const account = target.ui.account(page)
    await account.openSecurity()
    await expect(account.usernameField).toHaveCount(0)
    expect((await target.api.stored(session)).username).toBe(c.username)
  })
})
