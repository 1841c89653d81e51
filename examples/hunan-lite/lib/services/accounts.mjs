import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto'
import { checkSecurity, passwordProblem } from '../checks/account.mjs'
import { checkEmail } from '../checks/contact.mjs'
import { isHalfWidth, text } from '../checks/formats.mjs'
import { checkIdentity } from '../checks/identity.mjs'
import { Problems, refuse } from '../problems.mjs'

// 账号: 注册 (with captcha), 登录, 找回密码, 修改密码, 安全设置 (seed 002 一.2, FAQ 二.1 and 二.15).

const hash = (password, salt = randomBytes(8).toString('hex')) => `${salt}:${scryptSync(password, salt, 32).toString('hex')}`
function verify(password, stored) {
  const [salt, h] = stored.split(':')
  return timingSafeEqual(Buffer.from(h, 'hex'), scryptSync(password, salt, 32))
}

/** A new captcha: its id and the text to draw (the answer configured at start, if any). */
export function newCaptcha(ctx) {
  const id = randomBytes(8).toString('hex')
  const answer = ctx.captchaAnswer ?? String(randomInt(1000, 10000))
  ctx.store.state.captchas[id] = answer
  return { id, answer }
}

function checkCaptcha(ctx, id, answer, problems) {
  const expected = ctx.captchaAnswer ?? ctx.store.state.captchas[id]
  if (id) delete ctx.store.state.captchas[id]
  if (!answer) problems.add('captchaAnswer', '请输入验证码')
  else if (expected === undefined || answer.toLowerCase() !== expected.toLowerCase()) problems.add('captchaAnswer', '验证码不正确，请重新输入')
}

/** 注册: account, security settings and the basic info (fixed from now on). */
export function register(ctx, input) {
  const { state } = ctx.store
  const p = new Problems()
  const f = Object.fromEntries(['loginName', 'password', 'passwordAgain', 'securityQuestion', 'securityAnswer', 'email', 'captchaId', 'captchaAnswer'].map((k) => [k, text(input[k])]))
  f.password = input.password === undefined ? '' : String(input.password)
  f.passwordAgain = input.passwordAgain === undefined ? '' : String(input.passwordAgain)
  checkCaptcha(ctx, f.captchaId, f.captchaAnswer, p)
  if (f.loginName === '') p.add('loginName', '请填写用户名（注册后不能更改，请选择容易记忆的用户名）')
  else if (!isHalfWidth(f.loginName)) p.add('loginName', '用户名须为半角字符，请关闭全角输入')
  else if (/\s/.test(f.loginName) || f.loginName.length > 30) p.add('loginName', '用户名不能有空格，最长30个字符')
  else if (state.users.some((u) => u.loginName.toLowerCase() === f.loginName.toLowerCase())) p.add('loginName', '该用户名已被使用，请换一个')
  const pwIssue = passwordProblem(f.password)
  if (pwIssue) p.add('password', pwIssue)
  else if (f.passwordAgain !== f.password) p.add('passwordAgain', '两次输入的密码不一致')
  checkSecurity(f.securityQuestion, f.securityAnswer, p)
  checkEmail(f.email, p)
  const basic = checkIdentity(input, p)
  p.check()
  const existing = state.users.find((u) => u.basic.docType === basic.docType && u.basic.docNumber.toUpperCase() === basic.docNumber.toUpperCase())
  if (existing) {
    const u = existing.loginName
    refuse(409, 'docNumber', `已经以用户名 ${u} 在网站上完成了注册,请勿重复注册用户信息。(若用户名 ${u} 非您本人注册,请您在资格审核期间,携本人身份证明和相关报名材料到资格审核现场处理。`)
  }
  const user = {
    id: ctx.store.nextId(), loginName: f.loginName, passwordHash: hash(f.password),
    securityQuestion: f.securityQuestion, securityAnswer: f.securityAnswer, registeredAt: ctx.clock.now().toISOString(),
    basic, person: { romanName: '', militaryRole: '', passNumber: '' },
    contact: { mobile: '', homePhone: '', officePhone: '', email: f.email, address: '', zip: '' },
    work: null, photo: null, educations: [], trainings: [], certificates: [],
  }
  state.users.push(user)
  return user
}

/** 登录: answers a session token. */
export function login(ctx, input) {
  const { state } = ctx.store
  const user = state.users.find((u) => u.loginName === text(input.loginName))
  if (!user || !verify(String(input.password ?? ''), user.passwordHash)) refuse(401, 'password', '用户名或密码错误（密码区分大小写）')
  const token = randomBytes(18).toString('hex')
  state.sessions[token] = user.id
  return token
}

export function logout(ctx, token) {
  delete ctx.store.state.sessions[token]
}

/** The user of a session token, or undefined. */
export function userOf(ctx, token) {
  const id = token ? ctx.store.state.sessions[token] : undefined
  return id === undefined ? undefined : ctx.store.state.users.find((u) => u.id === id)
}

function checkNewPassword(input, p) {
  const pw = String(input.newPassword ?? '')
  const issue = passwordProblem(pw)
  if (issue) p.add('newPassword', issue)
  else if (String(input.newPasswordAgain ?? '') !== pw) p.add('newPasswordAgain', '两次输入的新密码不一致')
  return pw
}

/** 找回密码: with the name, the document number and the security answer together. */
export function recover(ctx, input) {
  const p = new Problems()
  for (const [k, label] of [['fullName', '姓名'], ['docNumber', '证件号码'], ['securityAnswer', '密码找回答案']]) if (text(input[k]) === '') p.add(k, `请填写${label}`)
  const pw = checkNewPassword(input, p)
  p.check()
  const user = ctx.store.state.users.find((u) => u.basic.fullName === text(input.fullName) && u.basic.docNumber === text(input.docNumber))
  if (!user || user.securityAnswer !== text(input.securityAnswer)) {
    refuse(422, 'securityAnswer', '姓名、证件号码或密码找回答案不正确，无法找回密码；如仍无法找回，请在现场资格审核期间由考点工作人员协助解决')
  }
  user.passwordHash = hash(pw)
  return user
}

/** 修改密码: the current password, then the new one twice. */
export function changePassword(ctx, user, input) {
  const p = new Problems()
  if (!verify(String(input.currentPassword ?? ''), user.passwordHash)) p.add('currentPassword', '当前密码不正确')
  const pw = checkNewPassword(input, p)
  p.check()
  user.passwordHash = hash(pw)
}

/** 安全设置: the security question, its answer and the e-mail, with the current password. */
export function updateSecurity(ctx, user, input) {
  const p = new Problems()
  if (!verify(String(input.currentPassword ?? ''), user.passwordHash)) p.add('currentPassword', '当前密码不正确')
  const q = text(input.securityQuestion), a = text(input.securityAnswer), email = text(input.email)
  checkSecurity(q, a, p)
  checkEmail(email, p)
  p.check()
  Object.assign(user, { securityQuestion: q, securityAnswer: a })
  user.contact.email = email
}
