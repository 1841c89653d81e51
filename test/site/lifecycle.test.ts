import { afterEach, describe, expect, test } from 'vitest'
import { adminClient, PHOTO, startTestSite, type TestSite } from './startTestSite.ts'
import { messageZh } from '../../src/rules/messages.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { paramsFor } from '../../src/rules/rule.ts'

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

const rulesOf = (r: { json: { error: { rule: string | null }[] } }) => r.json.error.map((e) => e.rule)

describe('the application lifecycle', () => {
  test('register → personal info → wizard → submit → notice; no edits after submit', async () => {
    s = await startTestSite()
    const c = s.candidate(401)
    const api = s.client()
    const { applicationId } = await api.seed(c, 'submitted', PHOTO)
    const notice = await api.ok('GET', `/api/applications/${applicationId}/notice`)
    expect(notice.candidate.name).toBe(c.name)
    expect(notice.candidate.application.examCode).toBe(c.application.examCode)
    const edit = await api.call('POST', `/api/applications/${applicationId}/work`, c.work)
    expect(edit.status).toBe(409)
    expect(rulesOf(edit)).toContain('REVIEW-NO-EDIT-AFTER-SUBMIT')
  })

  test('records used by a submitted application are locked; abandoning unlocks them and allows a new application', async () => {
    s = await startTestSite()
    const c = s.candidate(402)
    const api = s.client()
    const { applicationId } = await api.seed(c, 'submitted', PHOTO)
    const me = await api.ok('GET', '/api/me')
    const used = me.records.education.find((r: { locked: boolean }) => r.locked)
    expect(used).toBeTruthy()
    const del = await api.call('DELETE', `/api/info/education/${used.id}`)
    expect(del.status).toBe(409)
    expect(rulesOf(del)).toContain('REVIEW-RECORD-IN-USE-LOCKED')
    expect((await api.call('POST', '/api/applications', { examCode: c.application.examCode })).status).toBe(409)
    await api.ok('POST', `/api/applications/${applicationId}/abandon`, {})
    expect((await api.ok('GET', '/api/me')).records.education.every((r: { locked: boolean }) => !r.locked)).toBe(true)
    expect((await api.call('POST', '/api/applications', { examCode: c.application.examCode })).status).toBe(201)
  })

  test('a ban refuses a new application with the rule\'s message; it ends on banUntil', async () => {
    s = await startTestSite()
    const c = s.candidate(403)
    const api = s.client()
    await api.seed(c, 'personal-info', PHOTO)
    const admin = await adminClient(s)
    await admin.ok('POST', '/api/admin/ban', { username: c.username, banUntil: '2027-01-01' })
    const refused = await api.call('POST', '/api/applications', { examCode: c.application.examCode })
    expect(refused.status).toBe(403)
    expect(refused.json.error[0]).toMatchObject({ rule: 'APP-BAN', message: messageZh({ rule: 'APP-BAN', level: 'must', path: 'banUntil', code: 'banned', detail: { banUntil: '2027-01-01' } }, 'national') })
    await admin.ok('POST', '/api/admin/ban', { username: c.username, banUntil: '2026-01-15' })
    expect((await api.call('POST', '/api/applications', { examCode: c.application.examCode })).status).toBe(201)
  })

  test('a closed window refuses applying and abandoning, by the clock the site is given', async () => {
    s = await startTestSite({ profile: 'hebei-shijiazhuang-2022' })
    const window = paramsFor(ruleById('SCHED-APPLY-WINDOW'), 'hebei-shijiazhuang-2022') as { from: string; to: string }
    const c = s.candidate(404)
    const api = s.client()
    const { applicationId } = await api.seed(c, 'submitted', PHOTO)
    s.clock.set(`${window.to}T23:59:00+08:00`)
    await api.login(c.username, c.password) // moving the clock ends idle sessions
    const other = s.candidate(405)
    const late = s.client()
    await late.seed(other, 'personal-info', PHOTO)
    expect((await late.call('POST', '/api/applications', { examCode: other.application.examCode })).status).toBe(201)
    s.clock.set(new Date(Date.parse(`${window.to}T00:00:00+08:00`) + 86_400_000).toISOString())
    const closed = await api.call('POST', `/api/applications/${applicationId}/abandon`, {})
    expect(closed.status).toBe(403)
    expect(rulesOf(closed)).toContain('SCHED-ABANDON-WINDOW')
    const third = s.candidate(406)
    const after = s.client()
    await after.seed(third, 'personal-info', PHOTO)
    const refused = await after.call('POST', '/api/applications', { examCode: third.application.examCode })
    expect(refused.status).toBe(403)
    expect(rulesOf(refused)).toContain('SCHED-APPLY-WINDOW')
  })

  test('submit runs every candidate rule: a step left out is refused and nothing changes state', async () => {
    s = await startTestSite()
    const c = s.candidate(407)
    const api = s.client()
    await api.seed(c, 'personal-info', PHOTO)
    const app = await api.ok('POST', '/api/applications', { examCode: c.application.examCode })
    const r = await api.call('POST', `/api/applications/${app.id}/submit`, {})
    expect(r.status).toBe(422)
    expect((await api.ok('GET', '/api/applications')).applications[0].state).toBe('draft')
  })

  test('the photo is judged by its bytes: a PNG named .jpg is not a jpg', async () => {
    s = await startTestSite()
    const c = s.candidate(408)
    const api = s.client()
    await api.seed(c, 'registered', PHOTO)
    const { PNG } = await import('pngjs')
    const png = PNG.sync.write(Object.assign(new PNG({ width: 10, height: 10 }), {}))
    const r = await api.call('POST', '/api/info/photo', { fileName: 'photo.jpg', base64: png.toString('base64') })
    expect(r.status).toBe(422)
    expect(r.json.error.some((e: { path: string }) => e.path.startsWith('photo'))).toBe(true)
    expect((await api.ok('GET', '/api/me')).hasPhoto).toBe(false)
  })
})

describe('restart', () => {
  test('data and uploaded files survive a restart', async () => {
    s = await startTestSite()
    const c = s.candidate(409)
    const { applicationId } = await s.client().seed(c, 'submitted', PHOTO)
    s = await s.restart()
    const api = s.client()
    await api.login(c.username, c.password)
    expect((await api.ok('GET', `/api/applications/${applicationId}/notice`)).candidate.idNumber).toBe(c.idNumber)
    const photo = await fetch(`${s.url}/files/photo`, { headers: { authorization: `Bearer ${api.token}` } })
    expect(Buffer.from(await photo.arrayBuffer())).toEqual(Buffer.from(PHOTO.bytes))
  })
})
