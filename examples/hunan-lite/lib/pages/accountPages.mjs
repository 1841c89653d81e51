import { redirect, sendHtml } from '../http.mjs'
import { Refusal } from '../problems.mjs'
import * as accounts from '../services/accounts.mjs'
import { windowText } from '../window.mjs'
import { FORMS } from './forms.mjs'
import { formRoute, saved } from './formRoute.mjs'
import { esc, page } from './layout.mjs'
import { renderForm } from './render.mjs'

// 首页, 注册 (with the captcha image), 登录, 退出, 找回密码, 安全设置.

/** The cookie holding the page session (its value is an API token). */
export const SESSION_COOKIE = 'hl_sid'

/** Registers the account pages. */
export function addAccountPages(router) {
  router.add('GET', '/', { auth: false, handler: ({ res, user }) => sendHtml(res, 200, page('首页', user
    ? `<p>欢迎，${esc(user.basic.fullName)}。网上报名时间：${windowText}。</p><ul><li><a href="/geren">完善个人信息</a></li><li><a href="/baoming">考试报名</a></li></ul>`
    : `<p>2025年医师资格考试网上报名（湖南考区）。网上报名时间：${windowText}。</p><p><a href="/denglu">考生登录</a>　<a href="/zhuce">注册</a></p>`, user)) })

  router.add('GET', '/captcha/:id', { auth: false, handler: ({ ctx, res, params }) => {
    const answer = ctx.store.state.captchas[params.id.replace(/\.svg$/, '')] ?? ''
    res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' })
    res.end(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="36"><rect width="100" height="36" fill="#eee"/><path d="M0 20 Q50 0 100 24" stroke="#99a" fill="none"/><text x="14" y="26" font-size="22" font-family="monospace" transform="skewX(-10)">${esc(answer)}</text></svg>`)
  } })

  const captchaHidden = ({ ctx }) => {
    const c = accounts.newCaptcha(ctx)
    return `<input type="hidden" name="captchaId" value="${c.id}"><p><img src="/captcha/${c.id}.svg" alt="验证码图片" width="100" height="36"></p>`
  }
  router.add('GET', '/zhuce/chenggong', { auth: false, handler: ({ res, url, user }) => sendHtml(res, 200, page('注册成功',
    `<p role="status">注册成功！您的用户名是 ${esc(url.searchParams.get('u'))}，注册后用户名不能更改，请牢记用户名和密码。</p><p><a href="/denglu">去登录</a></p>`, user)) })
  formRoute(router, {
    path: '/zhuce', title: '考生注册', fields: FORMS.register, auth: false, buttons: [['注册']], hidden: captchaHidden,
    intro: () => '<p>该功能限未注册的考生用户进行注册。基本信息由注册时决定，注册后不开放修改。</p>',
    save: ({ ctx, body }) => `/zhuce/chenggong?u=${encodeURIComponent(accounts.register(ctx, body.fields).loginName)}`,
  })
  formRoute(router, {
    path: '/denglu', title: '考生登录', fields: FORMS.login, auth: false, buttons: [['登录']],
    outro: () => '<p><a href="/zhaohui-mima">忘记密码</a>　<a href="/zhuce">注册</a></p>',
    save: ({ ctx, body }) => {
      const token = accounts.login(ctx, body.fields)
      const user = accounts.userOf(ctx, token)
      return { location: user.work ? '/' : '/geren', headers: { 'set-cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax` } }
    },
  })
  router.add('POST', '/tuichu', { auth: false, handler: ({ ctx, res, token }) => {
    accounts.logout(ctx, token)
    redirect(res, '/denglu', { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` })
  } })
  router.add('GET', '/zhaohui-mima/chenggong', { auth: false, handler: ({ res, user }) => sendHtml(res, 200, page('找回密码', '<p role="status">密码已重新设置，请用新密码登录。</p><p><a href="/denglu">去登录</a></p>', user)) })
  formRoute(router, {
    path: '/zhaohui-mima', title: '找回密码', fields: FORMS.recover, auth: false, buttons: [['找回密码']],
    intro: () => '<p>凭姓名、证件号码及密码找回答案重新设置密码。</p>',
    save: ({ ctx, body }) => (accounts.recover(ctx, body.fields), '/zhaohui-mima/chenggong'),
  })

  // 安全设置: two forms on one page
  router.add('GET', '/anquan', { auth: true, handler: (input) => showSecurity(input, null) })
  router.add('POST', '/anquan/mima', { auth: true, handler: (input) => securityAction(input, 'password', () => accounts.changePassword(input.ctx, input.user, input.body.fields)) })
  router.add('POST', '/anquan/shezhi', { auth: true, handler: (input) => securityAction(input, 'security', () => accounts.updateSecurity(input.ctx, input.user, input.body.fields)) })
}

function showSecurity({ res, user, url }, refused, status = 200) {
  const forms = [['password', '修改密码', '/anquan/mima', {}], ['security', '密码找回设置', '/anquan/shezhi', { securityQuestion: user.securityQuestion, email: user.contact.email }]]
  const html = forms.map(([key, title, action, values]) => `<section aria-label="${title}"><h2>${title}</h2>${renderForm({
    action, fields: FORMS[key], values: refused?.key === key ? { ...values, ...refused.values } : values, problems: refused?.key === key ? refused.problems : [], buttons: [['提交']],
  })}</section>`).join('')
  sendHtml(res, status, page('安全设置', `${saved(url)}<p>用户名：${esc(user.loginName)}（不能更改）　注册时间：${esc(user.registeredAt)}</p>${html}`, user))
}

function securityAction(input, key, action) {
  try {
    action()
    redirect(input.res, `/anquan?saved=${key === 'password' ? '修改密码' : '密码找回设置'}`)
  } catch (err) {
    if (!(err instanceof Refusal)) throw err
    const { currentPassword: _c, newPassword: _n, newPasswordAgain: _a, ...values } = input.body.fields
    showSecurity(input, { key, values, problems: err.problems }, err.status)
  }
}
