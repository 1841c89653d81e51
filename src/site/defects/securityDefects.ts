import type { ProfileId } from '../../rules/profiles.ts'
import type { Defect } from './registry.ts'

const HUBEI26: ProfileId[] = ['hubei-2026']

/** The security baseline's seeded defects (issue 15's findings, put back one at a time), each killed by its rule's spec in specs/security. */
export const SECURITY_DEFECTS: readonly Defect[] = [
  { name: 'body-unlimited', rules: ['SEC-BODY-LIMIT'], profiles: HUBEI26, seam: 'bodyCaps',
    zh: '请求体不限大小，先整体读入再检查', en: 'Request bodies are read whole before any check, whatever their size.' },
  { name: 'pixel-budget-per-side', rules: ['SEC-PIXEL-FLOOD'], profiles: HUBEI26, seam: 'refusePixelFlood',
    zh: '像素上限按宽、高各自比较，万级像素的图片照样解码', en: 'The pixel budget is compared with each side, not the area: a 12000×12000 image is decoded.' },
  { name: 'cross-site-unchecked', rules: ['SEC-JSON-CSRF'], profiles: HUBEI26, seam: 'crossSiteRefusal',
    zh: '不检查跨站请求的 Origin / Sec-Fetch-Site', en: 'Cookie-authenticated requests from another site (Origin, Sec-Fetch-Site) are not refused.' },
  { name: 'login-unthrottled', rules: ['SEC-LOGIN-THROTTLE'], profiles: HUBEI26, seam: 'login',
    zh: '登录失败次数不限', en: 'Failed logins are never throttled.' },
  { name: 'notice-school-unescaped', rules: ['SEC-STORED-XSS'], profiles: HUBEI26, seam: 'noticePage',
    zh: '通知单上的毕业学校未转义输出', en: 'The notice prints the school name as raw HTML.' },
  { name: 'payment-status-any-candidate', rules: ['SEC-IDOR'], profiles: HUBEI26, seam: 'ownApp',
    zh: '任何登录考生都能查看他人报名的缴费状态', en: 'Any logged-in candidate can read another candidate\'s payment status by its application id.' },
  { name: 'callback-signature-unchecked', rules: ['SEC-CALLBACK-INTEGRITY'], profiles: HUBEI26, seam: 'handleCallback',
    zh: '不校验支付回调的签名', en: 'The payment callback\'s signature is not verified.' },
  { name: 'session-fixation', rules: ['SEC-SESSION-ROTATE'], profiles: HUBEI26, seam: 'login',
    zh: '登录后沿用登录前的会话标识', en: 'Login keeps the visitor\'s session token instead of issuing a new one.' },
  { name: 'logout-keeps-session', rules: ['SEC-SESSION-LOGOUT'], profiles: HUBEI26, seam: 'logout',
    zh: '退出后会话仍然有效', en: 'Logout clears the cookie but the session stays valid on the server.' },
  { name: 'session-cookie-scriptable', rules: ['SEC-COOKIE-FLAGS'], profiles: HUBEI26, seam: 'setSessionCookie',
    zh: '会话 Cookie 未设置 HttpOnly', en: 'The session cookie lacks HttpOnly: scripts can read it.' },
]
