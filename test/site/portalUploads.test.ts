import { afterEach, describe, expect, test } from 'vitest'
import { materialFile } from '../../src/generator/index.ts'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { enter, image, portalCandidate, staff, uploadRequired } from './partTwo.ts'
import { formSession } from './formSession.ts'

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

const rules = (r: { json: { error?: { rule: string | null }[] } }) => (r.json.error ?? []).map((e) => e.rule)
const hostile = (kind: 'png-as-jpg' | 'text-as-jpg' | 'truncated-jpeg' | 'empty', bytes: number) => {
  const f = materialFile({ material: 'diploma', bytes, hostile: kind, width: 160, height: 120 })
  return { fileName: f.fileName, base64: f.data.toString('base64'), declaredType: f.declaredType }
}

describe('materials portal: entry', () => {
  test('profiles without a portal refuse it clearly and show no 上传相关材料', async () => {
    for (const profile of ['national', 'hunan-2025'] as const) {
      s = await startTestSite({ profile })
      const c = s.candidate(511)
      const api = s.client()
      await api.seed(c, 'submitted', { fileName: 'photo.jpg', bytes: (await import('../../src/site/photo/demoPhoto.ts')).demoPhoto() })
      const r = await api.call('POST', '/api/portal/enter', { username: c.username, password: c.password })
      expect(r.status).toBe(404)
      expect(r.json.error[0].code).toBe('no-portal')
      const page = formSession(s.url)
      const csrf = await page.csrf()
      await page.post('/login', { _csrf: csrf, username: c.username, password: c.password, captchaId: (await s.client().ok('GET', '/api/captcha')).id, captcha: '8888' })
      const { html } = await page.get('/apply')
      expect(html).toContain('缴费状态')
      expect(html).not.toContain('上传相关材料')
      const portal = await page.get('/portal')
      expect(portal.res.status).toBe(404)
      expect(portal.html).toContain('本考区未开通省级报名材料上传系统')
      await s.stop(); s = undefined
    }
  })

  test('authorising with a wrong password, captcha or ID number is refused by rule; first entry activates', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const c = s.candidate(512)
    const api = s.client()
    await api.seed(c, 'submitted', { fileName: 'photo.jpg', bytes: (await import('../../src/site/photo/demoPhoto.ts')).demoPhoto() })
    const cap = async () => (await api.ok('GET', '/api/captcha')).id
    const wrongPw = await api.call('POST', '/api/portal/enter', { username: c.username, password: 'Wrong12345', captchaId: await cap(), captcha: '8888', idNumber: c.idNumber })
    expect([wrongPw.status, rules(wrongPw)]).toEqual([403, ['MATERIAL-PORTAL-AUTHORISE']])
    const wrongCaptcha = await api.call('POST', '/api/portal/enter', { username: c.username, password: c.password, captchaId: await cap(), captcha: '1234', idNumber: c.idNumber })
    expect(rules(wrongCaptcha)).toEqual(['MATERIAL-PORTAL-CAPTCHA'])
    const wrongId = await api.call('POST', '/api/portal/enter', { username: c.username, password: c.password, captchaId: await cap(), captcha: '8888', idNumber: '110101199003077777' })
    expect(rules(wrongId)).toEqual(['MATERIAL-PORTAL-ID-NUMBER'])
    expect((await api.call('GET', '/api/portal')).status).toBe(403)
    const ok = await enter(api, c)
    expect(ok.activatedAt).toBeTruthy()
  })

  test('a candidate without a submitted application cannot enter', async () => {
    s = await startTestSite({ profile: 'hebei-shijiazhuang-2022' })
    const c = s.candidate(513)
    const api = s.client()
    await api.seed(c, 'draft', { fileName: 'photo.jpg', bytes: (await import('../../src/site/photo/demoPhoto.ts')).demoPhoto() })
    const r = await api.call('POST', '/api/portal/enter', { username: c.username, password: c.password })
    expect([r.status, rules(r)]).toEqual([409, ['MATERIAL-PORTAL-AFTER-APPLY']])
  })
})

describe('materials portal: uploads', () => {
  test('format by content: PNG named .jpg accepted; text named .jpg, truncated JPEG and zero bytes refused by rule', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { api } = await portalCandidate(s, 521)
    expect((await api.call('POST', '/api/portal/materials/diploma', hostile('png-as-jpg', 20_000))).status).toBe(201)
    expect((await api.call('POST', '/api/portal/materials/diploma', image('diploma', 20_000, 'png'))).status).toBe(201)
    const cases = [['text-as-jpg', 5000, 'MATERIAL-IMAGE-FORMAT'], ['truncated-jpeg', 20_000, 'MATERIAL-IMAGE-DECODES'], ['empty', 0, 'MATERIAL-IMAGE-NOT-EMPTY']] as const
    for (const [kind, bytes, rule] of cases) {
      const r = await api.call('POST', '/api/portal/materials/diploma', hostile(kind, bytes))
      expect([kind, r.status, rules(r)]).toEqual([kind, 422, [rule]])
      expect(r.json.error[0].message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect((await api.ok('GET', '/api/portal')).materials.find((m: { id: string }) => m.id === 'diploma').stored).toHaveLength(2)
  })

  test('size cap at the byte: 200 KB accepted, 200 KB + 1 byte and 201 KB refused (MATERIAL-IMAGE-SIZE)', async () => {
    s = await startTestSite({ profile: 'hebei-shijiazhuang-2022' })
    const { api } = await portalCandidate(s, 522)
    const cap = 200 * 1024
    expect((await api.call('POST', '/api/portal/materials/diploma', image('diploma', cap))).status).toBe(201)
    for (const bytes of [cap + 1, 201 * 1024]) {
      const r = await api.call('POST', '/api/portal/materials/diploma', image('diploma', bytes))
      expect([r.status, rules(r)]).toEqual([422, ['MATERIAL-IMAGE-SIZE']])
      expect(r.json.error[0].message).toContain('200k')
    }
  })

  test('identity takes a fixed count per profile; a further image is refused; delete then re-upload works', async () => {
    for (const [profile, n] of [['hubei-2022', 2], ['hubei-2026', 3], ['hebei-shijiazhuang-2022', 3]] as const) {
      s = await startTestSite({ profile })
      const { api } = await portalCandidate(s, 523)
      for (let i = 0; i < n; i++) expect((await api.call('POST', '/api/portal/materials/identity', image('identity'))).status).toBe(201)
      const extra = await api.call('POST', '/api/portal/materials/identity', image('identity'))
      expect([profile, extra.status, rules(extra)]).toEqual([profile, 409, ['MATERIAL-IMAGE-COUNT']])
      const stored = (await api.ok('GET', '/api/portal')).materials.find((m: { id: string }) => m.id === 'identity').stored
      await api.ok('DELETE', `/api/portal/images/${stored[0].id}`)
      expect((await api.call('POST', '/api/portal/materials/identity', image('identity'))).status).toBe(201)
      // Other materials take several images.
      for (let i = 0; i < 5; i++) expect((await api.call('POST', '/api/portal/materials/diploma', image('diploma'))).status).toBe(201)
      await s.stop(); s = undefined
    }
  })

  test('a refused upload leaves no file behind; an accepted one is stored under dataDir/files, outside any served folder', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { api } = await portalCandidate(s, 524)
    const { readdirSync } = await import('node:fs')
    const before = readdirSync(`${s.dataDir}/files`).length
    await api.call('POST', '/api/portal/materials/diploma', image('diploma', 300 * 1024))
    expect(readdirSync(`${s.dataDir}/files`)).toHaveLength(before)
    const ok = await api.ok('POST', '/api/portal/materials/diploma', image('diploma'))
    expect(readdirSync(`${s.dataDir}/files`)).toContain(ok.fileId)
    expect(readdirSync(`${s.dataDir}/files`).some((f) => f.endsWith('.part'))).toBe(false)
    expect((await fetch(`${s.url}/files/${ok.fileId}`)).status).toBe(404)
  })

  test('提交审核 locks everything, posts the timestamped notice, and refuses missing materials by rule', async () => {
    s = await startTestSite({ profile: 'hebei-shijiazhuang-2022' })
    const { c, api } = await portalCandidate(s, 525)
    const early = await api.call('POST', '/api/portal/submit', { declared: true })
    expect(early.status).toBe(422)
    expect(rules(early)).toContain('MATERIAL-REQUIRED-IDENTITY')
    await uploadRequired(s, api, c)
    const undeclared = await api.call('POST', '/api/portal/submit', { declared: false })
    expect(rules(undeclared)).toEqual(['MATERIAL-DECLARATION'])
    expect((await api.ok('POST', '/api/portal/submit', { declared: true })).state).toBe('under-review')
    const portal = await api.ok('GET', '/api/portal')
    expect(portal.materials.every((m: { locked: boolean }) => m.locked)).toBe(true)
    expect(portal.feedback[0].text).toBe('上报完成，内容已锁定。')
    const locked = await api.call('POST', '/api/portal/materials/diploma', image('diploma'))
    expect(locked.status).toBe(409)
    expect(rules(locked)).toEqual(expect.arrayContaining(['MATERIAL-UPLOAD-LOCKED', 'REVIEW-SUBMIT-LOCKS-ALL']))
    const del = await api.call('DELETE', `/api/portal/images/${portal.materials[0].stored[0].id}`)
    expect([del.status, rules(del)]).toEqual([409, ['REVIEW-SUBMIT-LOCKS-ALL']])
    expect((await api.call('POST', '/api/portal/submit', { declared: true })).status).toBe(409)
  })
})

describe('enforced on the server when the browser is bypassed', () => {
  test('a candidate reading another candidate\'s file, and a review action by a candidate, are refused by rule', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const a = await portalCandidate(s, 531)
    const b = await portalCandidate(s, 532)
    const f = await a.api.ok('POST', '/api/portal/materials/diploma', image('diploma'))
    expect((await a.api.call('GET', `/api/portal/files/${f.fileId}`)).status).toBe(200)
    const other = await b.api.call('GET', `/api/portal/files/${f.fileId}`)
    expect([other.status, rules(other)]).toEqual([403, ['REVIEW-OWN-FILE']])
    const anon = await fetch(`${s.url}/portal/files/${f.fileId}`)
    expect(anon.status).toBe(403)
    await uploadRequired(s, a.api, a.c)
    await a.api.ok('POST', '/api/portal/submit', {})
    for (const d of ['approve', 'return', 'reject']) {
      const r = await a.api.call('POST', `/api/review/applications/${a.appId}/${d}`, { message: 'x', materials: ['identity'] })
      expect([d, r.status, rules(r)]).toEqual([d, 403, ['REVIEW-ONLY-REVIEWERS']])
    }
    // A reviewer of another 考点 neither reads nor decides.
    const elsewhere = await staff(s, 'site-reviewer', { ...a.c, application: { ...a.c.application, site: '429999' } }, 'far-away')
    const read = await elsewhere.call('GET', `/api/portal/files/${f.fileId}`)
    expect([read.status, rules(read)]).toEqual([403, ['REVIEW-SITE-OWN-SITE']])
    const decide = await elsewhere.call('POST', `/api/review/applications/${a.appId}/approve`, {})
    expect(rules(decide)).toEqual(['REVIEW-SITE-OWN-SITE'])
    const own = await staff(s, 'site-reviewer', a.c)
    expect((await own.call('GET', `/api/portal/files/${f.fileId}`)).status).toBe(200)
  })

  test('the HTML upload form refuses with the rule\'s message in role=alert, and a CSRF-less post is refused', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { c } = await portalCandidate(s, 533)
    const page = formSession(s.url)
    const csrf = await page.csrf()
    await page.post('/login', { _csrf: csrf, username: c.username, password: c.password, captchaId: (await s.client().ok('GET', '/api/captcha')).id, captcha: '8888' })
    const token = await page.csrf('/portal')
    const capId = /name="captchaId" value="([^"]+)"/.exec((await page.get('/portal')).html)![1]!
    const entered = await page.post('/portal/enter', { _csrf: token, username: c.username, password: c.password, captchaId: capId, captcha: '8888', idNumber: c.idNumber })
    expect(entered.res.status).toBe(303)
    const { html } = await page.get('/portal')
    expect(html).toContain('上传身份证明图片')
    expect(html).toContain('未锁定')
    const upload = async (withCsrf: boolean, bytes: number) => {
      const form = new FormData()
      if (withCsrf) form.append('_csrf', token)
      form.append('file', new Blob([new Uint8Array(materialFile({ material: 'diploma', bytes, width: 160, height: 120 }).data)], { type: 'image/jpeg' }), 'diploma.jpg')
      const res = await fetch(`${s!.url}/portal/materials/diploma`, { method: 'POST', headers: { cookie: page.cookie }, body: form, redirect: 'manual' })
      return { res, html: await res.text() }
    }
    expect((await upload(false, 20_000)).res.status).toBe(403)
    const big = await upload(true, 201 * 1024)
    expect(big.res.status).toBe(422)
    expect(big.html).toMatch(/role="alert"[\s\S]*单个照片文件大小不超过200k[\s\S]*MATERIAL-IMAGE-SIZE/)
    expect((await upload(true, 20_000)).res.status).toBe(303)
  })
})
