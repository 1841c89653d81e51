import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { signCallback, DEFAULT_PAYMENT_SECRET } from '../../mocks/signature.ts'
import { materialFile } from '../../src/generator/index.ts'
import { PAYMENT_SECRET_FILE } from '../../src/site/payment/paymentSecret.ts'
import { Captchas } from '../../src/site/auth/captchas.ts'
import { THROTTLE } from '../../src/site/auth/throttle.ts'
import { SESSION_MAX_MS } from '../../src/site/auth/sessions.ts'
import { UPLOAD_QUOTA_BYTES } from '../../src/site/photo/uploadQuota.ts'
import { FORM_BODY_CAP } from '../../src/site/routes/requestGuards.ts'
import { PHOTO, startTestSite, type TestSite } from './startTestSite.ts'
import { formSession } from './formSession.ts'
import { pixelFlood } from '../../fixtures/pixelFlood.ts'
import { at, enter, portalCandidate } from './partTwo.ts'

// Each test replays one attack of issue 15 (an ASVS 5.0 review of `baoming serve`) and asserts the refusal.

let s: TestSite
beforeAll(async () => { s = await startTestSite({ profile: 'hubei-2026' }) })
afterAll(async () => { await s.stop() })

const captcha = async () => ({ captchaId: (await s.client().ok('GET', '/api/captcha')).id as string, captcha: '8888' })

/** Sends headers announcing `announced` bytes and only the first KB, then reads the answer: a server that buffers first never answers. */
function announceHuge(url: string, path: string, announced: number, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(announced), ...headers } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (d) => { text += d })
      res.on('end', () => { req.destroy(); resolve({ status: res.statusCode ?? 0, text }) })
    })
    req.on('error', reject)
    req.write(Buffer.alloc(1024, 'a'))
  })
}

/** The chunks of a PNG, in order: type and data. */
function pngChunks(b: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = []
  for (let i = 8; i + 12 <= b.length; i += 12 + b.readUInt32BE(i)) out.push({ type: b.toString('latin1', i + 4, i + 8), data: b.subarray(i + 8, i + 8 + b.readUInt32BE(i)) })
  return out
}

describe('security: the reproductions of issue 15 are refused', () => {
  test('reflected XSS: the gateway page of an unknown or foreign order id is a plain 404, never HTML; every page carries a CSP without inline code', async () => {
    const { api } = await portalCandidate(s, 1501)
    const res = await fetch(`${s.url}/gateway/orders/${encodeURIComponent('<img src=x onerror=alert(1)>')}`, { headers: { authorization: `Bearer ${api.token}` } })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).not.toContain('text/html')
    expect(await res.text()).not.toContain('<img')
    const login = await fetch(`${s.url}/login`)
    const csp = login.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    const html = await login.text()
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/)
    expect((await fetch(`${s.url}/static/site.js`)).headers.get('content-type')).toContain('javascript')
  })

  test('forged callbacks: the secret is the data folder\'s own (made at first start, 0600, kept across restarts); the old constant, a wrong amount and an unknown order are refused', async () => {
    const file = join(s.dataDir, PAYMENT_SECRET_FILE)
    expect(existsSync(file)).toBe(true)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(s.site.paymentSecret).not.toBe(DEFAULT_PAYMENT_SECRET)
    expect(readFileSync(file, 'utf8')).toBe(s.site.paymentSecret)
    const { api, appId } = await portalCandidate(s, 1502)
    const order = await api.ok('POST', `/api/applications/${appId}/pay`, {})
    const notify = (cb: object) => fetch(`${s.url}/payment/notify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(cb) })
    const cb = { orderId: order.orderId, status: 'paid' as const, amount: order.amountFen, channel: 'alipay' as const, tradeNo: 'T1', at: s.clock.now().toISOString() }
    expect((await notify({ ...cb, signature: signCallback(cb, DEFAULT_PAYMENT_SECRET) })).status).toBe(403)
    const cheap = { ...cb, amount: 1 }
    expect((await notify({ ...cheap, signature: signCallback(cheap, s.site.paymentSecret) })).status).toBe(422)
    const cancel = { ...cb, status: 'cancelled' as const, amount: 1, tradeNo: null }
    expect((await notify({ ...cancel, signature: signCallback(cancel, s.site.paymentSecret) })).status).toBe(422)
    const unknown = { ...cb, orderId: 'BM2026N000000000000000000000001' }
    expect((await notify({ ...unknown, signature: signCallback(unknown, s.site.paymentSecret) })).status).toBe(404)
    expect((await api.ok('GET', `/api/applications/${appId}/payment`)).status).toBe('未缴费')
    expect(s.site.payments.order(order.orderId)!.status).toBe('created')
  })

  test('another candidate can neither see, pay nor cancel an order; order ids carry 96 random bits', async () => {
    const owner = await portalCandidate(s, 1503)
    const other = await portalCandidate(s, 1504)
    const order = await owner.api.ok('POST', `/api/applications/${owner.appId}/pay`, {})
    expect(order.orderId).toMatch(/^BM2026N[0-9A-F]{24}$/)
    const as = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' })
    expect((await fetch(`${s.url}${order.browserUrl}`, { headers: as(other.api.token) })).status).toBe(404)
    for (const action of ['pay', 'cancel']) {
      const r = await fetch(`${s.url}${order.browserUrl}/${action}`, { method: 'POST', headers: as(other.api.token), body: 'channel=alipay', redirect: 'manual' })
      expect(r.status).toBe(404)
      const anonymous = await fetch(`${s.url}${order.browserUrl}/${action}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'channel=alipay', redirect: 'manual' })
      expect(anonymous.status).toBe(404)
    }
    expect(s.site.payments.order(order.orderId)!.status).toBe('created')
    const mine = await fetch(`${s.url}${order.browserUrl}`, { headers: as(owner.api.token) })
    expect(await mine.text()).toContain('取消支付')
  })

  test('CSRF on the JSON API: text/plain; charset=application/json is not JSON (415); a cross-site cookie request is refused (403)', async () => {
    const c = s.candidate(1505)
    const page = formSession(s.url)
    await s.client().register(c)
    await page.post('/login', { _csrf: await page.csrf(), username: c.username, password: c.password, ...await captcha() })
    const post = (headers: Record<string, string>) => fetch(`${s.url}/api/info/contact`, { method: 'POST', headers: { cookie: page.cookie, ...headers }, body: JSON.stringify({ email: 'evil@example.com' }) })
    const trick = await post({ 'content-type': 'text/plain; charset=application/json' })
    expect(trick.status).toBe(415)
    const fromEvil = await post({ 'content-type': 'application/json', origin: 'https://evil.example' })
    expect([fromEvil.status, await fromEvil.text()]).toEqual([403, '拒绝来自其他网站的请求（跨站请求），请在本站页面上操作。'])
    expect((await post({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    // Same-origin reaches the form's own checks (a lone e-mail is not a whole contact form).
    expect([403, 415]).not.toContain((await post({ 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' })).status)
    expect(s.site.candidates.personal(s.site.users.byUsername(c.username)!.id).email).not.toBe('evil@example.com')
  })

  test('unbounded bodies: a 200 MB anonymous POST to /login is answered 413 after its first KB; a chunked one is cut at the cap', async () => {
    // Only the first KB is ever sent: a server that waits for the whole body never answers (the test times out).
    const huge = await announceHuge(s.url, '/login', 200 * 1024 * 1024)
    expect(huge.status).toBe(413)
    expect(huge.text).toContain('请求内容过大')
    const chunked = await fetch(`${s.url}/api/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, duplex: 'half',
      body: new ReadableStream({ start(ctl) { for (let i = 0; i < 8; i++) ctl.enqueue(new Uint8Array(FORM_BODY_CAP / 4)); ctl.close() } }),
    } as RequestInit)
    expect(chunked.status).toBe(413)
  })

  test('PNG pixel flood: a 12000×12000 PNG of a few KB is refused from its header (its size named), not decoded', async () => {
    const bomb = pixelFlood(12000, 12000)
    expect(bomb.length).toBeLessThan(200 * 1024)
    const { api } = await portalCandidate(s, 1506)
    const r = await api.call('POST', '/api/portal/materials/identity', { fileName: 'id.png', base64: bomb.toString('base64'), declaredType: 'image/png' })
    expect([r.status, r.json.error[0].code]).toEqual([422, 'image-too-many-pixels'])
    expect(r.json.error[0].message).toContain('12000×12000')
  })

  test('the captcha is drawn as paths: its answer is nowhere in the SVG, which holds no text', async () => {
    const captchas = new Captchas(s.site.db, s.clock, 'svg')
    for (let i = 0; i < 20; i++) {
      const { id, svg } = captchas.issue()
      const answer = (s.site.db.prepare('SELECT answer FROM captchas WHERE id = ?').get(id) as { answer: string }).answer
      expect(svg).not.toMatch(/<text|font-family/)
      expect(svg).toContain('<path')
      expect(svg).not.toContain(answer)
      expect(captchas.verify(id, answer)).toBe(true)
    }
  })

  test('找回密码 needs a captcha', async () => {
    const c = s.candidate(1507)
    await s.client().register(c)
    const r = await s.client().call('POST', '/api/recover', { name: c.name, idNumber: c.idNumber, recoveryAnswer: c.recoveryAnswer, newPassword: 'Abc12345', captchaId: 'none', captcha: '1234' })
    expect([r.status, r.json.error[0].code]).toEqual([422, 'captcha-wrong'])
  })

  test('the recovery question, answer and e-mail change only with the current password', async () => {
    const c = s.candidate(1508)
    const api = s.client()
    await api.register(c)
    await api.login(c.username, c.password)
    const change = { recoveryQuestion: '我的小学', recoveryAnswer: '第一小学', email: 'new@example.com' }
    const without = await api.call('POST', '/api/account/security', { ...change, currentPassword: 'Wrong1234' })
    expect([without.status, without.json.error[0].message]).toEqual([422, '当前密码不正确：修改密码找回设置须输入当前密码。'])
    expect(s.site.users.byUsername(c.username)!.recoveryQuestion).toBe(c.recoveryQuestion)
    await api.ok('POST', '/api/account/security', { ...change, currentPassword: c.password })
    expect(s.site.users.byUsername(c.username)!.recoveryQuestion).toBe('我的小学')
  })

  test('找回密码 answers an unknown document number exactly as a wrong answer or a wrong name', async () => {
    const c = s.candidate(1513)
    await s.client().register(c)
    const other = s.candidate(1514)
    const recover = async (o: { name: string; idNumber: string; recoveryAnswer: string }) => s.client().call('POST', '/api/recover', { ...o, newPassword: 'Abc12345', ...(await captcha()) })
    const answers = await Promise.all([
      recover({ name: c.name, idNumber: c.idNumber, recoveryAnswer: `${c.recoveryAnswer}错` }),
      recover({ name: other.name, idNumber: c.idNumber, recoveryAnswer: c.recoveryAnswer }),
      recover({ name: other.name, idNumber: other.idNumber, recoveryAnswer: other.recoveryAnswer }),
    ])
    const shown = answers.map((r) => [r.status, r.json.error.map((e: { path: string; code: string; message: string }) => [e.path, e.code, e.message])])
    expect(shown[0]![0]).toBe(422)
    expect(shown[1]).toEqual(shown[0])
    expect(shown[2]).toEqual(shown[0])
  })

  test('registration names the account that owns an ID number (seed 002 FAQ 二.15) and hands out nothing else of it', async () => {
    const c = s.candidate(1509)
    await s.client().register({ ...c, email: 'owner1509@example.cn' })
    const again = await s.client().call('POST', '/api/register', { ...c, username: `${c.username}x`, email: 'other1509@example.cn' })
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.json)).toContain(c.username)
    expect(JSON.stringify(again.json)).not.toContain('owner1509')
  })

  test('the ID photo is locked once the application is submitted: refused, and the stored one stays', async () => {
    const { api } = await portalCandidate(s, 1510)
    const user = s.site.users.byUsername((await api.ok('GET', '/api/me')).user.username)!
    const before = s.site.candidates.photoFile(user.id)
    const r = await api.call('POST', '/api/info/photo', { fileName: PHOTO.fileName, base64: Buffer.from(PHOTO.bytes).toString('base64') })
    expect([r.status, r.json.error[0].code]).toEqual([409, 'photo-locked'])
    expect(s.site.candidates.photoFile(user.id)).toBe(before)
  })

  test('a per-user upload quota: past it, an upload is refused with 413 and the reason', async () => {
    const { api } = await portalCandidate(s, 1511)
    const user = s.site.users.byUsername((await api.ok('GET', '/api/me')).user.username)!
    s.site.files.insertRow('00000000-0000-4000-8000-000000001511', { userId: user.id, purpose: 'material:identity', fileName: 'big.jpg', format: 'jpeg', bytes: UPLOAD_QUOTA_BYTES, createdAt: s.site.nowIso() })
    const f = materialFile({ material: 'identity', bytes: 20 * 1024, format: 'jpeg', width: 160, height: 120 })
    const r = await api.call('POST', '/api/portal/materials/identity', { fileName: f.fileName, base64: f.data.toString('base64'), declaredType: f.declaredType })
    expect([r.status, r.json.error[0].code]).toEqual([413, 'upload-quota'])
    expect(r.json.error[0].message).toBe('上传文件总量已达上限（20 MB），请删除不需要的图片后再上传。')
  })

  test('400, not 500: a broken multipart body and a date that is not one', async () => {
    const page = formSession(s.url)
    const csrf = await page.csrf()
    const broken = await fetch(`${s.url}/login`, { method: 'POST', headers: { cookie: page.cookie, 'content-type': 'multipart/form-data; boundary=XYZ' }, body: `--XYZ\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}` })
    expect(broken.status).toBe(400)
    const admin = s.client()
    if (!s.site.users.byUsername('admin')) s.site.users.create({ username: 'admin', role: 'admin', password: 'Admin12345', displayName: '管理员' }, s.site.nowIso())
    await admin.login('admin', 'Admin12345')
    const bad = await admin.call('POST', '/api/admin/pay-due', { payDueBy: 'not-a-date' })
    expect([bad.status, bad.json.error[0].code]).toEqual([400, 'bad-date'])
    expect((await admin.call('POST', '/api/admin/clock', { now: '2026-13-45' })).status).toBe(400)
    // A field the API needs and did not get: named, in Chinese.
    const missing = await admin.call('POST', '/api/admin/pay-due', {})
    expect([missing.status, missing.json.error[0].path, missing.json.error[0].message]).toEqual([400, 'payDueBy', expect.stringMatching(/^请求格式不正确：字段 payDueBy：无效输入/)])
  })

  test('served uploads: Content-Disposition and nosniff; material images are stored without their EXIF', async () => {
    const { api, c } = await portalCandidate(s, 1512)
    const photo = await fetch(`${s.url}/files/photo`, { headers: { authorization: `Bearer ${api.token}` } })
    expect(photo.headers.get('content-disposition')).toBe('inline; filename="photo.jpg"')
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff')
    const f = materialFile({ material: 'identity', bytes: 20 * 1024, format: 'jpeg', width: 160, height: 120 })
    const payload = Buffer.from('Exif\0\0GPS 30.5N 114.3E')
    const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0, payload.length + 2]), payload])
    const withExif = Buffer.concat([f.data.subarray(0, 2), exif, f.data.subarray(2)])
    await enter(api, c)
    const img = await api.ok('POST', '/api/portal/materials/identity', { fileName: f.fileName, base64: withExif.toString('base64'), declaredType: f.declaredType })
    const served = await fetch(`${s.url}/api/portal/files/${img.fileId}`, { headers: { authorization: `Bearer ${api.token}` } })
    const bytes = Buffer.from(await served.arrayBuffer())
    expect(served.headers.get('content-disposition')).toBe('inline; filename="material.jpg"')
    expect(bytes.includes(Buffer.from('GPS 30.5N'))).toBe(false)
    expect(bytes.length).toBe(withExif.length - exif.length)
  })

  test('a material PNG is stored without its text chunks (a GPS note in tEXt), its pixels as sent', async () => {
    const { api, c } = await portalCandidate(s, 1515)
    const f = materialFile({ material: 'identity', bytes: 20 * 1024, format: 'png', width: 160, height: 120 })
    const data = Buffer.from('Comment\0GPS 30.5N 114.3E')
    const head = Buffer.alloc(8)
    head.writeUInt32BE(data.length)
    head.write('tEXt', 4, 'latin1')
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])))
    const text = Buffer.concat([head, data, crc])
    // After the signature (8 bytes) and IHDR (25): where an editor puts its notes.
    const withText = Buffer.concat([f.data.subarray(0, 33), text, f.data.subarray(33)])
    await enter(api, c)
    const img = await api.ok('POST', '/api/portal/materials/identity', { fileName: f.fileName, base64: withText.toString('base64'), declaredType: f.declaredType })
    const served = Buffer.from(await (await fetch(`${s.url}/api/portal/files/${img.fileId}`, { headers: { authorization: `Bearer ${api.token}` } })).arrayBuffer())
    expect(served.includes(Buffer.from('GPS 30.5N'))).toBe(false)
    const sent = pngChunks(withText)
    expect(sent.map((k) => k.type)).toContain('tEXt')
    const stored = pngChunks(served)
    expect(stored.map((k) => k.type).filter((t) => /^(tEXt|iTXt|zTXt|eXIf|tIME)$/.test(t))).toEqual([])
    const pixels = (ks: typeof sent) => Buffer.concat(ks.filter((k) => k.type === 'IHDR' || k.type === 'IDAT').map((k) => k.data))
    expect(pixels(stored).equals(pixels(sent))).toBe(true)
  })

  test('the session cookie is Secure when the request came over HTTPS (a proxy\'s X-Forwarded-Proto), HttpOnly and SameSite always', async () => {
    const plain = (await fetch(`${s.url}/login`)).headers.get('set-cookie') ?? ''
    expect(plain).toMatch(/HttpOnly/)
    expect(plain).toMatch(/SameSite=Lax/)
    expect(plain).not.toMatch(/Secure/)
    expect((await fetch(`${s.url}/login`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get('set-cookie')).toMatch(/; Secure/)
  })
})

describe('security: throttling, session lifetime and crash leftovers', () => {
  let t: TestSite
  afterEach(async () => { await t?.stop() })

  test('login: after 5 failures the account is refused for 15 minutes with a Chinese message, the right password too; an unknown account answers the same', async () => {
    t = await startTestSite({ profile: 'national' })
    const c = t.candidate(1520)
    await t.client().register(c)
    const tryLogin = async (username: string, password: string) => {
      const cap = await t.client().ok('GET', '/api/captcha')
      return t.client().call('POST', '/api/login', { username, password, captchaId: cap.id, captcha: '8888' })
    }
    const known = [], unknown = []
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      known.push(await tryLogin(c.username, `Wrong${i}123`))
      unknown.push(await tryLogin('nobody2026', `Wrong${i}123`))
    }
    expect(known.map((r) => [r.status, r.json.error[0].message])).toEqual(unknown.map((r) => [r.status, r.json.error[0].message]))
    const locked = await tryLogin(c.username, c.password)
    expect([locked.status, locked.json.error[0].code]).toEqual([429, 'login-throttled'])
    expect(locked.json.error[0].message).toContain('登录失败次数过多')
    expect((await tryLogin('nobody2026', 'Wrong9123')).json.error[0].message).toBe(locked.json.error[0].message)
    at(t, new Date(t.clock.now().getTime() + THROTTLE.windowMs + 1000).toISOString())
    expect((await tryLogin(c.username, c.password)).status).toBe(200)
  })

  test('per client: spraying many accounts from one client is stopped too; another client is not', async () => {
    t = await startTestSite({ profile: 'national' })
    for (let i = 0; i < THROTTLE.perClient; i++) t.site.throttle.fail('login', `sprayed${i}`, '203.0.113.9')
    expect(() => t.site.throttle.check('login', 'fresh-account', '203.0.113.9')).toThrow(/登录失败次数过多/)
    expect(() => t.site.throttle.check('login', 'fresh-account', '198.51.100.7')).not.toThrow()
  })

  test('找回密码 is throttled per document number', async () => {
    t = await startTestSite({ profile: 'national' })
    const c = t.candidate(1521)
    await t.client().register(c)
    const recover = async (answer: string) => {
      const cap = await t.client().ok('GET', '/api/captcha')
      return t.client().call('POST', '/api/recover', { name: c.name, idNumber: c.idNumber, recoveryAnswer: answer, newPassword: 'Abc12345', captchaId: cap.id, captcha: '8888' })
    }
    for (let i = 0; i < THROTTLE.perAccount; i++) expect((await recover(`错${i}`)).status).toBe(422)
    const r = await recover(c.recoveryAnswer)
    expect([r.status, r.json.error[0].code]).toEqual([429, 'recover-throttled'])
  })

  test('a session ends 12 hours after login however busy it was', async () => {
    t = await startTestSite({ profile: 'national' })
    const c = t.candidate(1522)
    const api = t.client()
    await api.register(c)
    await api.login(c.username, c.password)
    // Sessions run on their own clock (real time on a served site), not the site's movable one.
    const start = t.sessionClock.now().getTime()
    for (let h = 1; h * 3600_000 < SESSION_MAX_MS; h++) {
      t.sessionClock.set(new Date(start + h * 3600_000).toISOString())
      expect((await api.call('GET', '/api/me')).status).toBe(200)
    }
    t.sessionClock.set(new Date(start + SESSION_MAX_MS).toISOString())
    expect((await api.call('GET', '/api/me')).status).toBe(403)
  })

  test('orphan files left by a crash (a temp file, a blob no row names) are collected at start; referenced ones stay', async () => {
    t = await startTestSite({ profile: 'national' })
    const c = t.candidate(1523)
    const api = t.client()
    await api.register(c)
    await api.login(c.username, c.password)
    await api.ok('POST', '/api/info/photo', { fileName: PHOTO.fileName, base64: Buffer.from(PHOTO.bytes).toString('base64') })
    const files = join(t.dataDir, 'files')
    const kept = t.site.candidates.photoFile(t.site.users.byUsername(c.username)!.id)!
    writeFileSync(join(files, 'aaaaaaaa-0000-4000-8000-000000000001.part'), 'half')
    writeFileSync(join(files, 'aaaaaaaa-0000-4000-8000-000000000002'), 'nobody')
    t = await t.restart()
    expect(existsSync(join(files, 'aaaaaaaa-0000-4000-8000-000000000001.part'))).toBe(false)
    expect(existsSync(join(files, 'aaaaaaaa-0000-4000-8000-000000000002'))).toBe(false)
    expect(existsSync(join(files, kept))).toBe(true)
  })
})
