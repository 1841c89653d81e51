import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drawIdPhoto } from '../../src/generator/images/draw.ts'
import { jpegOfSize } from '../../src/generator/images/exactSize.ts'
import { buildResidentId } from '../../src/rules/checks/residentId.ts'

// The example target (examples/hunan-lite) through its own JSON API: one candidate's whole
// enrolment, refusals with their field, the lock after submit, and one planted deviation.

const ADMIN = 'test-admin'
let server: ChildProcess
let base = ''

async function call(method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(path.startsWith('/api/admin') ? { 'x-admin-token': ADMIN } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as any }
}

const fields = (a: { body: any }) => (a.body.problems ?? []).map((p: { field: string }) => p.field)
const photo = (bytes: number) => jpegOfSize(drawIdPhoto(330, 480), bytes).toString('base64')
let serial = 0

/** Registers and logs in a fresh 临床 candidate working at 长沙市中心医院; answers the session token. */
async function newCandidate() {
  serial++
  const docNumber = buildResidentId('430102', '1998-05-06', '男', 100 + serial * 2)
  const reg = await call('POST', '/api/accounts', {
    captchaAnswer: '2468', loginName: `lite${serial}`, password: 'abc12345', passwordAgain: 'abc12345',
    securityQuestion: '母校名称', securityAnswer: '长沙一中', email: `lite${serial}@example.com`,
    fullName: '王小明', homeland: '大陆', docType: '居民身份证', docNumber, nation: '汉族',
  })
  expect(reg.status, JSON.stringify(reg.body)).toBe(201)
  const login = await call('POST', '/api/sessions', { loginName: `lite${serial}`, password: 'abc12345' })
  return { token: login.body.token as string, docNumber }
}

beforeAll(async () => {
  server = spawn(process.execPath, ['examples/hunan-lite/server.mjs', '--port', '0', '--now', '2025-01-10T09:00:00+08:00', '--admin-token', ADMIN, '--captcha-answer', '2468'])
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server.stdout! }).once('line', resolve)
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  base = first.trim()
})

afterAll(async () => {
  server.kill('SIGTERM')
  await new Promise((resolve) => server.once('exit', resolve))
})

describe('hunan-lite example target', () => {
  it('prints a one-line error for a bad argument', async () => {
    const child = spawn(process.execPath, ['examples/hunan-lite/server.mjs', '--port', 'eighty'])
    let err = ''
    child.stderr!.on('data', (d) => (err += d))
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect(code).toBe(2)
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).toContain('--port must be a number')
  })

  it('enrols a candidate through the wizard, prints the notice and locks the record used', async () => {
    const { token } = await newCandidate()
    expect((await call('PUT', '/api/me/contact', { mobile: '13812345678', email: 'wxm@example.com', address: '湖南省长沙市芙蓉区五一大道1号', zip: '410011' }, token)).status).toBe(200)
    expect((await call('PUT', '/api/me/work', { unitCode: 'DW0004', dept: '内科', dutyStatus: '在职', yearsInField: '2' }, token)).status).toBe(200)
    expect((await call('PUT', '/api/me/photo', { fileName: 'me.jpg', contentBase64: photo(30_000) }, token)).status).toBe(200)
    const edu = await call('POST', '/api/me/educations', {
      region: '大陆', schoolCode: 'XX10533', graduatedOn: '2022-06', eduLevel: '本科', studyMode: '普通全日制',
      degree: '医学学士', majorCode: 'ZY100201', years: '5', diplomaNo: '105331202205001234',
    }, token)
    expect(edu.status, JSON.stringify(edu.body)).toBe(201)
    const started = await call('POST', '/api/applications', { examCode: '2025110' }, token)
    expect(started.status).toBe(201)
    const id = started.body.application.id
    const steps: [string, unknown][] = [
      ['agree', {}], ['basic', { romanName: 'wang xiao ming' }], ['work', {}], ['education', { educationId: edu.body.record.id }],
      ['certificates', { certificateIds: [] }], ['confirm', { regionCode: 'KQ43', siteCode: 'KD4301', extraSubject: '无', attempts: 1 }], ['submit', {}],
    ]
    for (const [step, body] of steps) {
      const a = await call('POST', `/api/applications/${id}/${step}`, body, token)
      expect(a.status, `${step}: ${JSON.stringify(a.body)}`).toBe(200)
    }
    const notice = await call('GET', `/api/applications/${id}/notice`, undefined, token)
    expect(notice.body.notice).toMatchObject({ fullName: '王小明', site: '长沙市', exam: '2025110 临床执业医师' })
    const me = await call('GET', '/api/me', undefined, token)
    expect(me.body.educations[0].locked).toBe(true)
    const page = await fetch(`${base}/geren`, { headers: { cookie: `hl_sid=${token}` } })
    expect(await page.text()).toContain('aria-label="已锁定"')
    const del = await call('DELETE', `/api/me/educations/${edu.body.record.id}`, undefined, token)
    expect(del.status).toBe(409)
    expect(del.body.problems[0].text).toContain('锁定')
    const again = await call('POST', `/api/applications/${id}/confirm`, { regionCode: 'KQ43', siteCode: 'KD4302' }, token)
    expect(again.status).toBe(409)
    expect(again.body.problems[0].text).toContain('报名信息不提供修改功能')
    expect((await call('POST', `/api/applications/${id}/abandon`, {}, token)).status).toBe(200)
    expect((await call('DELETE', `/api/me/educations/${edu.body.record.id}`, undefined, token)).status).toBe(200)
  })

  it('refuses bad values on the field that carries them', async () => {
    const dup = await call('POST', '/api/accounts', { captchaAnswer: '9999', loginName: 'x1', password: 'ab', passwordAgain: 'ab', securityQuestion: '', securityAnswer: 'abc', email: 'a@b', fullName: 'Wang 明', homeland: '大陆', docType: '居民身份证', docNumber: '43010219980506' })
    expect(dup.status).toBe(422)
    expect(fields(dup)).toEqual(expect.arrayContaining(['captchaAnswer', 'password', 'securityQuestion', 'securityAnswer', 'email', 'fullName', 'docNumber']))
    const { token, docNumber } = await newCandidate()
    const again = await call('POST', '/api/accounts', { captchaAnswer: '2468', loginName: 'other1', password: 'abc12345', passwordAgain: 'abc12345', securityQuestion: 'q', securityAnswer: 'abcd', email: 'o@example.com', fullName: '王小明', homeland: '大陆', docType: '居民身份证', docNumber, nation: '汉族' })
    expect(again.status).toBe(409)
    expect(again.body.problems[0]).toEqual({ field: 'docNumber', text: expect.stringContaining(`已经以用户名 lite${serial} 在网站上完成了注册`) })
    const mobile = await call('PUT', '/api/me/contact', { mobile: '1381234567', email: 'w@example.com' }, token)
    expect(mobile.body).toEqual({ ok: false, problems: [{ field: 'mobile', text: '手机号码须为11位数字' }] })
    const form = await fetch(`${base}/geren/lianxi`, { method: 'POST', headers: { cookie: `hl_sid=${token}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'mobile=1381234567&email=w%40example.com' })
    const html = await form.text()
    expect(form.status).toBe(422)
    expect(html).toMatch(/<input type="text" id="f-mobile" name="mobile" value="1381234567" aria-invalid="true"/)
    expect(html).toContain('<li>手机号码：手机号码须为11位数字</li>')
    await call('PUT', '/api/me/work', { unitCode: 'DW0004', dutyStatus: '在职' }, token)
    const app = await call('POST', '/api/applications', { examCode: '2025110' }, token)
    const site = await call('POST', `/api/applications/${app.body.application.id}/confirm`, { regionCode: 'KQ43', siteCode: 'KD4302' }, token)
    expect(site.body.problems).toEqual([{ field: 'siteCode', text: '考点应为工作单位所在地州市（长沙市）' }])
    await call('POST', '/api/admin/clock', { now: '2025-01-28T00:00:00+08:00' }, token)
    const late = await call('POST', '/api/applications', { examCode: '2025110' }, token)
    expect(late.status).toBe(409)
    expect(late.body.problems[0].field).toBe('window')
    await call('POST', '/api/admin/clock', { now: '2025-01-10T09:00:00+08:00' })
  })

  it('keeps its planted PHOTO-SIZE deviation: a photo of exactly 40 KB is accepted', async () => {
    const { token } = await newCandidate()
    const at = await call('PUT', '/api/me/photo', { fileName: 'cap.jpg', contentBase64: photo(40 * 1024) }, token)
    expect(at.status).toBe(200)
    const over = await call('PUT', '/api/me/photo', { fileName: 'over.jpg', contentBase64: photo(40 * 1024 + 1) }, token)
    expect(over.body.problems).toEqual([{ field: 'photo', text: '照片文件须小于40KB，请压缩后重新上传' }])
  })
})
