import { parseResidentId } from '../../rules/checks/residentId.ts'
import type { Candidate } from '../../rules/candidate.ts'
import { blankCandidate } from '../store/blankCandidate.ts'
import { registerForm } from '../forms/forms.ts'
import type { SiteContext } from '../siteContext.ts'
import { Refusal } from '../validation/fieldError.ts'
import { validateCandidate } from '../validation/validateCandidate.ts'
import { checkAccount } from '../validation/checkAccount.ts'
import { applyInput, formPaths } from './applyInput.ts'
import type { User } from '../store/users.ts'
import { caseVariants } from '../defects/seams.ts'
import type { Session } from '../auth/sessions.ts'

/** The duplicate-identity message of seed 002, 五、常见问题说明 二.15, naming the existing username. */
export function duplicateIdentityMessage(username: string): string {
  return `已经以用户名 ${username} 在网站上完成了注册，请勿重复注册用户信息。（若用户名 ${username} 非您本人注册，请您在资格审核期间，携本人身份证明和相关报名材料到资格审核现场处理。）`
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

/**
 * 注册: validates the account and the basic information against the catalogue, refuses a taken
 * username or an identity that already has an account, checks the identity with the police
 * database service, then creates the account. Sex and birth date of a resident ID come from the number.
 */
export async function register(site: SiteContext, input: Record<string, unknown>): Promise<User> {
  let candidate: Candidate = applyInput(registerForm, blankCandidate(), input)
  const parts = candidate.idType === '居民身份证' ? parseResidentId(candidate.idNumber) : undefined
  if (parts) candidate = { ...candidate, sex: parts.sex, birthDate: parts.birthDate }
  if ('passwordConfirm' in input && str(input.passwordConfirm) !== candidate.password) {
    throw Refusal.of('password-mismatch', '两次输入的密码不一致，请重新输入。', 422, 'passwordConfirm')
  }
  const errors = validateCandidate(candidate, { fields: formPaths(registerForm), stages: ['register'] }, site.ruleCtx(), site.rules)
  if (site.users.byUsername(candidate.username)) errors.push({ rule: null, path: 'username', code: 'username-taken', message: '该用户名已被注册，请选择其他用户名。' })
  if (errors.length) throw new Refusal(errors)
  const existing = site.users.byIdentity(candidate.idType, candidate.idNumber)
  // The seed's message names the existing account's user name (XXXX in seed 002), in full: the seeds give no other form.
  const shown = existing?.username ?? ''
  const twice = checkAccount({ action: 'register', identityRegistered: existing !== null }, site.ruleCtx(), { username: shown }, site.rules)
  if (twice.length) throw new Refusal(twice.map((e) => ({ ...e, path: 'idNumber' })), 409)
  if (existing) throw Refusal.of('duplicate-identity', duplicateIdentityMessage(shown), 409, 'idNumber')
  const check = await site.services.verifyIdentity({ idType: candidate.idType, idNumber: candidate.idNumber, name: candidate.name })
  if (check.result !== 'match') throw Refusal.of(`identity-${check.result}`, check.message, 422, check.result === 'mismatch' ? 'name' : 'idNumber')
  const at = site.nowIso()
  return site.db.transaction(() => {
    const user = site.users.create({
      username: candidate.username, role: 'candidate', password: candidate.password, displayName: candidate.name,
      recoveryQuestion: candidate.recoveryQuestion, recoveryAnswer: candidate.recoveryAnswer, idType: candidate.idType, idNumber: candidate.idNumber,
    }, at)
    site.candidates.create(user.id, candidate, at)
    return user
  })()
}

/**
 * 登录: throttled per account and per client first, then the captcha, then username and password
 * (an unknown username costs the same hash and gets the same answer); returns a fresh session (the old one is dropped).
 */
export function login(site: SiteContext, input: { username: string; password: string; captchaId: string; captcha: string }, oldSession?: string, client = 'local'): { user: User; session: Session } {
  const account = input.username.trim()
  site.throttle.check('login', account, client)
  if (!site.captchas.verify(input.captchaId, input.captcha)) throw Refusal.of('captcha-wrong', '验证码错误，请重新输入。', 422, 'captcha')
  const user = site.users.byUsername(account)
  const failed = () => {
    site.throttle.fail('login', account, client)
    return Refusal.of('login-failed', '用户名或密码错误，请重新输入。', 422, 'password')
  }
  // The site holds only a hash, so the rule is given the outcome of the comparison, not the password.
  // An unknown username takes the same path (and the same hashing time) as a wrong password.
  const same = !user ? site.users.checkNobody(input.password)
    : site.users.checkPassword(user.id, input.password) || (site.defects.has('password-case-insensitive') && caseVariants(input.password).some((p) => site.users.checkPassword(user.id, p)))
  const refused = checkAccount({ action: 'login', typedPassword: input.password, storedPassword: same ? input.password : `${input.password}\u0000` }, site.ruleCtx(), {}, site.rules)
  if (refused.length) {
    if (!same) site.throttle.fail('login', account, client)
    throw new Refusal(refused.map((e) => ({ ...e, path: 'password' })))
  }
  if (!user || !same) throw failed()
  site.throttle.clear('login', account)
  if (oldSession) site.sessions.destroy(oldSession)
  return { user, session: site.sessions.create(user.id) }
}

/**
 * 找回密码: throttled per document number and per client, a captcha, then name, document number and the
 * recovery answer (an unknown document costs the same hash and gets the same answer); sets the new password and ends every session.
 */
export function recoverPassword(site: SiteContext, input: Record<string, unknown>, client = 'local'): User {
  const account = str(input.idNumber)
  site.throttle.check('recover', account, client)
  if (!site.captchas.verify(str(input.captchaId), str(input.captcha))) throw Refusal.of('captcha-wrong', '验证码错误，请重新输入。', 422, 'captcha')
  const user = site.users.byIdNumber(account)
  const answer = str(input.recoveryAnswer)
  const attempt = { nameMatches: user?.displayName === str(input.name), idNumberMatches: user !== null, answerMatches: user !== null ? site.users.checkRecoveryAnswer(user.id, answer) : site.users.checkNobody(answer) }
  const refused = checkAccount({ action: 'recover-password', ...attempt }, site.ruleCtx(), {}, site.rules)
  const failed = refused.length > 0 || !user || !attempt.nameMatches || !attempt.answerMatches
  if (failed) site.throttle.fail('recover', account, client)
  if (refused.length) throw new Refusal(refused.map((e) => ({ ...e, path: 'recoveryAnswer' })))
  if (!user || !attempt.nameMatches || !attempt.answerMatches) {
    throw Refusal.of('recovery-failed', '姓名、证件编号或密码找回答案不正确；如无法找回，请在现场资格审核期间由考点工作人员协助解决。', 422, 'recoveryAnswer')
  }
  setNewPassword(site, user, input)
  return user
}

/** 修改密码: the current password, then the new one checked by the catalogue. */
export function changePassword(site: SiteContext, user: User, input: Record<string, unknown>): void {
  const currentPasswordCorrect = site.users.checkPassword(user.id, typeof input.currentPassword === 'string' ? input.currentPassword : '')
  const newPassword = typeof input.newPassword === 'string' ? input.newPassword : ''
  const confirmPassword = typeof input.newPasswordConfirm === 'string' ? input.newPasswordConfirm : newPassword
  const refused = checkAccount({ action: 'change-password', currentPasswordCorrect, newPassword, confirmPassword }, site.ruleCtx(), {}, site.rules)
  if (refused.length) throw new Refusal(refused.map((e) => ({ ...e, path: e.rule?.endsWith('CURRENT') ? 'currentPassword' : 'newPasswordConfirm' })))
  if (!currentPasswordCorrect) throw Refusal.of('password-wrong', '当前密码不正确。', 422, 'currentPassword')
  setNewPassword(site, user, input)
}

function setNewPassword(site: SiteContext, user: User, input: Record<string, unknown>): void {
  const password = typeof input.newPassword === 'string' ? input.newPassword : ''
  if ('newPasswordConfirm' in input && input.newPasswordConfirm !== password) throw Refusal.of('password-mismatch', '两次输入的密码不一致，请重新输入。', 422, 'newPasswordConfirm')
  const subject = { ...site.candidates.personal(user.id), ...blankLists(), password }
  const errors = validateCandidate(subject, { fields: ['password'], stages: [] }, site.ruleCtx(), site.rules)
  if (errors.length) throw new Refusal(errors.map((e) => ({ ...e, path: 'newPassword' })))
  site.users.setPassword(user.id, password)
  site.sessions.destroyAllOf(user.id)
}

/** 安全设置: the recovery question and answer and the e-mail address, only with the current password (they can take over the account). */
export function updateSecurity(site: SiteContext, user: User, input: Record<string, unknown>): void {
  if (!site.users.checkPassword(user.id, typeof input.currentPassword === 'string' ? input.currentPassword : '')) {
    throw Refusal.of('password-wrong', '当前密码不正确：修改密码找回设置须输入当前密码。', 422, 'currentPassword')
  }
  const personal = site.candidates.personal(user.id)
  const next = { ...personal, recoveryQuestion: str(input.recoveryQuestion), recoveryAnswer: str(input.recoveryAnswer), email: str(input.email) }
  const errors = validateCandidate({ ...next, ...blankLists() }, { fields: ['recoveryQuestion', 'recoveryAnswer', 'email'], stages: [] }, site.ruleCtx(), site.rules)
  if (errors.length) throw new Refusal(errors)
  site.db.transaction(() => {
    site.users.setRecovery(user.id, next.recoveryQuestion, next.recoveryAnswer)
    site.candidates.savePersonal(user.id, next, site.nowIso())
  })()
}

function blankLists() {
  const { education, training, certificates, application } = blankCandidate()
  return { education, training, certificates, application }
}
