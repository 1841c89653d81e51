import type { Defect } from './registry.ts'
import { edit, patchDefect } from './patch.ts'

// The security baseline's seeded defects: issue 15's findings put back one at a time, each a small
// change to a scratch copy of the site (src/site/defects/patch.ts), killed by its rule's spec in specs/security.

/** The security defects, each a patch of src/site. */
export const SECURITY_DEFECTS: readonly Defect[] = [
  patchDefect({ name: 'body-unlimited', rules: ['SEC-BODY-LIMIT'],
    patch: [edit('routes/requestGuards.ts', "if (c.req.method === 'GET' || c.req.method === 'HEAD' || !body) return next()", 'return next()')],
    zh: '请求体不限大小，先整体读入再检查', en: 'Request bodies are read whole before any check, whatever their size.' }),
  patchDefect({ name: 'pixel-budget-per-side', rules: ['SEC-PIXEL-FLOOD'],
    patch: [edit('photo/imageHeader.ts', 'd && d.width * d.height > PIXEL_BUDGET', 'd && Math.max(d.width, d.height) > PIXEL_BUDGET')],
    zh: '像素上限按宽、高各自比较，万级像素的图片照样解码', en: 'The pixel budget is compared with each side, not the area: a 12000×12000 image is decoded.' }),
  patchDefect({ name: 'cross-site-unchecked', rules: ['SEC-JSON-CSRF'],
    patch: [edit('routes/requestGuards.ts', "if (!UNSAFE.has(c.req.method) || c.req.header('authorization') || !getCookie(c, SESSION_COOKIE)) return next()", 'return next()')],
    zh: '不检查跨站请求的 Origin / Sec-Fetch-Site', en: 'Cookie-authenticated requests from another site (Origin, Sec-Fetch-Site) are not refused.' }),
  patchDefect({ name: 'login-unthrottled', rules: ['SEC-LOGIN-THROTTLE'],
    patch: [edit('actions/account.ts', "  site.throttle.check('login', account, client)\n", '')],
    zh: '登录失败次数不限', en: 'Failed logins are never throttled.' }),
  patchDefect({ name: 'notice-school-unescaped', rules: ['SEC-STORED-XSS'],
    patch: [
      edit('pages/noticePage.ts', "import { html } from 'hono/html'", "import { html, raw } from 'hono/html'"),
      edit('pages/noticePage.ts', "['毕业学校', edu?.school ?? '']", "['毕业学校', raw(edu?.school ?? '') as unknown as string]"),
    ],
    zh: '通知单上的毕业学校未转义输出', en: 'The notice prints the school name as raw HTML.' }),
  patchDefect({ name: 'payment-status-any-candidate', rules: ['SEC-IDOR'],
    patch: [edit('routes/partTwoApi.ts', "  if (!a || a.userId !== candidateOf(c).id) throw Refusal.of('not-found', '没有这个报名项目。', 404)", "  if (!a || (a.userId !== candidateOf(c).id && c.req.method !== 'GET')) throw Refusal.of('not-found', '没有这个报名项目。', 404)")],
    zh: '任何登录考生都能查看他人报名的缴费状态', en: 'Any logged-in candidate can read another candidate\'s payment status by its application id.' }),
  patchDefect({ name: 'callback-signature-unchecked', rules: ['SEC-CALLBACK-INTEGRITY'],
    patch: [edit('payment/paymentActions.ts', "  if (!verifyCallback(cb.data, site.paymentSecret)) throw Refusal.of('bad-signature', '回调签名校验失败。', 403)\n", '')],
    zh: '不校验支付回调的签名', en: 'The payment callback\'s signature is not verified.' }),
  patchDefect({ name: 'session-fixation', rules: ['SEC-SESSION-ROTATE'],
    patch: [edit('actions/account.ts', '  if (oldSession) site.sessions.destroy(oldSession)\n  return { user, session: site.sessions.create(user.id) }',
      "  if (oldSession) {\n    site.db.prepare('UPDATE sessions SET user_id = ? WHERE id = ?').run(user.id, oldSession)\n    return { user, session: site.sessions.get(oldSession)! }\n  }\n  return { user, session: site.sessions.create(user.id) }")],
    zh: '登录后沿用登录前的会话标识', en: 'Login keeps the visitor\'s session token instead of issuing a new one.' }),
  patchDefect({ name: 'logout-keeps-session', rules: ['SEC-SESSION-LOGOUT'],
    patch: [
      edit('routes/apiRoutes.ts', "  api.post('/logout', (c) => {\n    c.var.site.sessions.destroy(c.var.session.id)\n", "  api.post('/logout', (c) => {\n"),
      edit('routes/accountRoutes.ts', "  app.post('/logout', (c) => {\n    c.var.site.sessions.destroy(c.var.session.id)\n", "  app.post('/logout', (c) => {\n"),
    ],
    zh: '退出后会话仍然有效', en: 'Logout clears the cookie but the session stays valid on the server.' }),
  patchDefect({ name: 'session-cookie-scriptable', rules: ['SEC-COOKIE-FLAGS'],
    patch: [edit('routes/sessionMiddleware.ts', "httpOnly: true, sameSite: 'Lax'", "httpOnly: false, sameSite: 'Lax'")],
    zh: '会话 Cookie 未设置 HttpOnly', en: 'The session cookie lacks HttpOnly: scripts can read it.' }),
]
