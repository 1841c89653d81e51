import { defineRule, type AnyRule, type StandardSource } from '../rule.ts'

// The security baseline (安全基线): what OWASP ASVS 5.0 asks of any web application that holds ID
// numbers, photos and payments, checked on a target through its adapter's security capability.
// Level `should` in every profile: the seeds say nothing of it, and a team may test it elsewhere
// (`baoming conformance --no-security`). Quotes are the requirements' text in ASVS 5.0.0.

const asvs = (requirement: string, quote: string): StandardSource => ({ standard: 'OWASP ASVS 5.0', requirement, quote })

const ALL = { base: {} }

type Baseline = Omit<Parameters<typeof defineRule>[0], 'level' | 'area' | 'profiles'>

/** A baseline rule: level `should`, area `security`, every profile. */
const baseline = (r: Baseline): AnyRule => defineRule({ ...r, level: 'should', area: 'security', profiles: ALL })

/** The security baseline rules (area `security`). */
export const securityRules: AnyRule[] = [
  baseline({
    id: 'SEC-BODY-LIMIT',
    stage: 'register',
    title: '请求体大小受限（超限答 413）',
    summary: 'An anonymous request with a body far over what the route needs is refused with 413 before it is read whole.',
    sources: [asvs('V5.2.1', 'Verify that the application will only accept files of a size which it can process without causing a loss of performance or a denial of service attack.')],
    note: 'Checked with a body announced at 200 MB of which only the first kilobyte is sent: a target that buffers before checking never answers in time.',
  }),
  baseline({
    id: 'SEC-PIXEL-FLOOD',
    stage: 'materials',
    title: '拒绝像素炸弹图片',
    summary: 'An image whose header states a huge pixel count (a 12000×12000 PNG of a few KB) is refused quickly, before it is decoded.',
    sources: [asvs('V5.2.6', 'Verify that the application rejects uploaded images with a pixel size larger than the maximum allowed, to prevent pixel flood attacks.')],
    note: 'Refused means: not stored, answered within two seconds.',
  }),
  baseline({
    id: 'SEC-JSON-CSRF',
    stage: 'personal-info',
    title: '跨站请求伪造（JSON 接口）被拒绝',
    summary: 'A cookie-authenticated change sent the way a cross-site form can (text/plain; charset=application/json, or from another origin) changes nothing.',
    sources: [
      asvs('V3.5.1', 'Verify that, if the application does not rely on the CORS preflight mechanism to prevent disallowed cross-origin requests to use sensitive functionality, these requests are validated to ensure they originate from the application itself.'),
      asvs('V3.5.2', 'Verify that, if the application relies on the CORS preflight mechanism to prevent disallowed cross-origin use of sensitive functionality, it is not possible to call the functionality with a request which does not trigger a CORS-preflight request.'),
    ],
  }),
  baseline({
    id: 'SEC-LOGIN-THROTTLE',
    stage: 'register',
    title: '连续登录失败后限制登录',
    summary: 'After repeated failed logins of one account, further attempts are refused for a while, even with the right password.',
    sources: [asvs('V6.3.1', 'Verify that controls to prevent attacks such as credential stuffing and password brute force are implemented according to the application\'s security documentation.')],
    note: 'Checked with 10 wrong passwords, then the right one: refused means the target throttles. How long the lock lasts is the target\'s own choice.',
  }),
  baseline({
    id: 'SEC-STORED-XSS',
    stage: 'review',
    title: '姓名、地址、学校中的脚本在通知单和审核页面被转义',
    summary: 'Markup typed into the name, address and school fields is shown as text on the success notice and on the reviewer\'s page, never run.',
    sources: [asvs('V1.2.1', 'Verify that output encoding for an HTTP response, HTML document, or XML document is relevant for the context required, such as encoding the relevant characters for HTML elements, HTML attributes, HTML comments, CSS, or HTTP header fields, to avoid changing the message or document structure.')],
    note: 'A target whose validation refuses the markup outright (the name rules allow only Chinese characters and ·) passes for that field: nothing is stored to escape.',
  }),
  baseline({
    id: 'SEC-IDOR',
    stage: 'review',
    title: '考生不能读取或修改他人的资源',
    summary: 'Every resource the adapter exposes (application, notice, payment, materials, files, records) refuses a candidate who does not own it.',
    sources: [asvs('V8.2.2', 'Verify that the application ensures that data-specific access is restricted to consumers with explicit permissions to specific data items to mitigate insecure direct object reference (IDOR) and broken object level authorization (BOLA).')],
  }),
  baseline({
    id: 'SEC-CALLBACK-INTEGRITY',
    stage: 'payment',
    title: '伪造、重放和金额不符的支付回调被拒绝',
    summary: 'A payment callback with a forged signature or the wrong amount records nothing, and a replayed one records no second payment.',
    sources: [asvs('V4.1.5', 'Verify that per-message digital signatures are used to provide additional assurance on top of transport protections for requests or transactions which are highly sensitive or which traverse a number of systems.')],
  }),
  baseline({
    id: 'SEC-SESSION-ROTATE',
    stage: 'register',
    title: '登录时更换会话标识',
    summary: 'Logging in issues a new session token and the one held before login no longer works.',
    sources: [asvs('V7.2.4', 'Verify that the application generates a new session token on user authentication, including re-authentication, and terminates the current session token.')],
  }),
  baseline({
    id: 'SEC-SESSION-LOGOUT',
    stage: 'register',
    title: '退出后会话失效',
    summary: 'After logout the session token no longer reaches the candidate\'s data.',
    sources: [asvs('V7.4.1', 'Verify that when session termination is triggered (such as logout or expiration), the application disallows any further use of the session.')],
  }),
  baseline({
    id: 'SEC-COOKIE-FLAGS',
    stage: 'register',
    title: '会话 Cookie 设置 HttpOnly、SameSite（HTTPS 下 Secure）',
    summary: 'The session cookie is HttpOnly and has a SameSite attribute, and is Secure when the target is served over HTTPS.',
    sources: [
      asvs('V3.3.4', 'Verify that if the value of a cookie is not meant to be accessible to client-side scripts (such as a session token), the cookie must have the \'HttpOnly\' attribute set and the same value (e. g. session token) must only be transferred to the client via the \'Set-Cookie\' header field.'),
      asvs('V3.3.2', 'Verify that each cookie\'s \'SameSite\' attribute value is set according to the purpose of the cookie, to limit exposure to user interface redress attacks and browser-based request forgery attacks, commonly known as cross-site request forgery (CSRF).'),
      asvs('V3.3.1', 'Verify that cookies have the \'Secure\' attribute set, and if the \'__Host-\' prefix is not used for the cookie name, the \'__Secure-\' prefix must be used for the cookie name.'),
    ],
    note: 'Secure and the __Host-/__Secure- prefix are required only of a target served over HTTPS: browsers drop Secure cookies on plain HTTP, where the reference site runs in a classroom.',
  }),
]
