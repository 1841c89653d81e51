import { html, raw } from 'hono/html'
import { registerForm } from '../forms/forms.ts'
import type { Field } from '../forms/field.ts'
import type { FieldError } from '../validation/fieldError.ts'
import { csrfField, layout, type Html, type PageCtx } from './layout.ts'
import { errorSummary, fieldInput, formFields, type Values } from './formParts.ts'

const confirmField: Field = { path: 'passwordConfirm', label: '确认密码', input: 'password', autocomplete: 'new-password' }
// The page asks for the password twice, right after the first entry; the confirmation is not Candidate data.
const at = registerForm.fields.findIndex((f) => f.path === 'password') + 1
const registerPageForm = { ...registerForm, fields: [...registerForm.fields.slice(0, at), confirmField, ...registerForm.fields.slice(at)] }

/** 注册. */
export function registerPage(p: PageCtx, values: Values = {}, errors: FieldError[] = []): Html {
  return layout(p, '用户注册', html`${errorSummary(errors)}
<p>注册成功后，用户名将不能被更改，请选择容易记忆的用户名并牢记用户名和密码。</p>
<form method="post" action="/register" novalidate aria-label="注册">${csrfField(p)}
${formFields(registerPageForm, { ...values, passwordConfirm: '' }, errors)}
<button type="submit">注册</button></form>`)
}

/** 考生登录, with the captcha image. */
export function loginPage(p: PageCtx, captcha: { id: string; svg: string }, values: Values = {}, errors: FieldError[] = [], testAnswer?: string): Html {
  const f = (path: string, label: string, input: Field['input'], autocomplete: string) => fieldInput({ path, label, input, autocomplete }, path, path, values[path], errors)
  return layout(p, '考生登录', html`${errorSummary(errors)}
<form method="post" action="/login" novalidate>${csrfField(p)}
${f('username', '用户名', 'text', 'username')}${f('password', '密码', 'password', 'current-password')}
${captchaBlock(captcha, {}, errors, testAnswer)}
<button type="submit">登录</button></form>
<p><a href="/recover">找回密码</a> · <a href="/register">注册</a></p>`)
}

/** The captcha image, its id and the field to type it in (login and 找回密码). */
function captchaBlock(captcha: { id: string; svg: string }, values: Values, errors: FieldError[], testAnswer?: string): Html {
  return html`<input type="hidden" name="captchaId" value="${captcha.id}">
<div class="captcha">${raw(captcha.svg)}${testAnswer ? html`<p class="hint">测试模式验证码：${testAnswer}</p>` : ''}</div>
${fieldInput({ path: 'captcha', label: '验证码', input: 'text', autocomplete: 'off' }, 'captcha', 'captcha', values.captcha, errors)}`
}

/** 找回密码: name, document number, recovery answer, new password, captcha. */
export function recoverPage(p: PageCtx, captcha: { id: string; svg: string }, values: Values = {}, errors: FieldError[] = [], testAnswer?: string): Html {
  const fields: Field[] = [
    { path: 'name', label: '姓名', input: 'text' },
    { path: 'idNumber', label: '证件编号', input: 'text' },
    { path: 'recoveryAnswer', label: '密码找回答案', input: 'text' },
    { path: 'newPassword', label: '新密码', input: 'password', hint: '5-12位，由字母、数字组成，区分大小写', autocomplete: 'new-password' },
    { path: 'newPasswordConfirm', label: '确认新密码', input: 'password', autocomplete: 'new-password' },
  ]
  return layout(p, '找回密码', html`${errorSummary(errors)}
<form method="post" action="/recover" novalidate>${csrfField(p)}${fields.map((f) => fieldInput(f, f.path, f.path, values[f.path], errors))}
${captchaBlock(captcha, {}, errors, testAnswer)}
<button type="submit">找回密码</button></form>`)
}

/** 安全设置: recovery question and answer, e-mail, and the password change form. */
export function securityPage(p: PageCtx, current: { username: string; recoveryQuestion: string; email: string; createdAt: string }, values: Values = {}, errors: FieldError[] = []): Html {
  const v = (k: string, d: string) => (k in values ? values[k] : d)
  const sec: Field[] = [
    { path: 'securityPassword', label: '当前密码（确认身份）', input: 'password', autocomplete: 'current-password' },
    { path: 'recoveryQuestion', label: '密码问题', input: 'text' },
    { path: 'recoveryAnswer', label: '找回密码答案', input: 'text', hint: '4到30个字符' },
    { path: 'email', label: 'Email', input: 'text', autocomplete: 'email' },
  ]
  const pw: Field[] = [
    { path: 'currentPassword', label: '当前密码', input: 'password', autocomplete: 'current-password' },
    { path: 'newPassword', label: '新密码', input: 'password', hint: '5-12位，由字母、数字组成，区分大小写', autocomplete: 'new-password' },
    { path: 'newPasswordConfirm', label: '密码确认', input: 'password', autocomplete: 'new-password' },
  ]
  return layout(p, '安全设置', html`${errorSummary(errors)}
<p>用户名：${current.username}　注册时间：${current.createdAt.slice(0, 19).replace('T', ' ')}</p>
<section aria-labelledby="sec-h"><h2 id="sec-h">密码找回设置</h2>
<form method="post" action="/account/security" novalidate>${csrfField(p)}
${sec.map((f) => fieldInput(f, f.path === 'securityPassword' ? 'currentPassword' : f.path, f.path, f.path === 'securityPassword' ? '' : v(f.path, f.path === 'recoveryQuestion' ? current.recoveryQuestion : f.path === 'email' ? current.email : ''), errors))}
<button type="submit">提交</button></form></section>
<section aria-labelledby="pw-h"><h2 id="pw-h">修改密码</h2>
<form method="post" action="/account/password" novalidate>${csrfField(p)}${pw.map((f) => fieldInput(f, f.path, f.path, '', errors))}
<button type="submit">修改密码</button></form></section>`)
}
