import { afterEach, describe, expect, test } from 'vitest'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { createClass, traineeLogins } from '../../src/site/training/createClass.ts'
import { scoreBoard, scoreBoardCsv, startExerciseSet } from '../../src/site/training/exercises.ts'
import { scenariosOf } from '../../src/site/training/scenarios.ts'
import { resetToDemo } from '../../src/site/training/resetToDemo.ts'
import { candidateList } from '../../src/site/training/candidateList.ts'
import { verifyEducation } from '../../mocks/handlers/education.ts'
import { SiteClient } from '../../src/site/client/siteClient.ts'
import type { Candidate } from '../../src/rules/candidate.ts'
import jpeg from 'jpeg-js'
import { enter } from './partTwo.ts'
import { hasToolMark } from '../../src/generator/images/toolMark.ts'

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

async function login(username: string, password: string) {
  const api = new SiteClient(s!.url)
  await api.login(username, password)
  return api
}

// Creating a class seeds dozens of candidates with drawn documents: seconds on a loaded machine.
describe('a class of trainees', { timeout: 120_000 }, () => {
  test('five trainees each get every scenario and a reviewer of their own 考点; none sees or touches another\'s', async () => {
    s = await startTestSite({ profile: 'hebei-shijiazhuang-2022' })
    const made = await createClass(s.site, { count: 5, seed: 11 })
    expect(made.map((t) => t.code)).toEqual(['t01', 't02', 't03', 't04', 't05'])
    expect(new Set(made.map((t) => t.siteCode)).size).toBe(5)
    expect(scenariosOf('hebei-shijiazhuang-2022').map((x) => x.id)).toEqual(['returned', 'missing', 'overcap', 'late', 'unpaid', 'two-level'])
    const states = async (api: SiteClient) => (await api.ok<{ applications: { state: string; candidate?: string }[] }>('GET', '/api/review/queue')).applications.map((a) => a.state).sort()
    for (const t of made) {
      const logins = traineeLogins(s.site, t.code)
      expect(logins.map((l) => l.username)).toContain(`${t.code}-kaoqu`)
      const site = await login(`${t.code}-kaodian`, t.password)
      // Their own copies only: unpaid (approved), late (returned past due: the deadline run fails it), returned, two-level, missing and overcap (uploading).
      expect(await states(site)).toEqual(['approved', 'rejected', 'returned', 'site-approved', 'submitted', 'submitted'])
      const region = await login(`${t.code}-kaoqu`, t.password)
      expect((await states(region)).length).toBe(6)
    }
    // t01's 考区 reviewer approves their two-level scenario; t02's copy is untouched, and t02 cannot act on t01's.
    const r1 = await login('t01-kaoqu', made[0]!.password)
    const r2 = await login('t02-kaoqu', made[1]!.password)
    const queue1 = (await r1.ok<{ applications: { id: number; state: string }[] }>('GET', '/api/review/queue?state=site-approved')).applications
    expect(queue1).toHaveLength(1)
    expect((await r2.call('POST', `/api/review/applications/${queue1[0]!.id}/approve`, {})).status).toBe(403)
    expect((await r1.ok<{ state: string }>('POST', `/api/review/applications/${queue1[0]!.id}/approve`, {})).state).toBe('approved')
    expect((await r2.ok<{ applications: unknown[] }>('GET', '/api/review/queue?state=site-approved')).applications).toHaveLength(1)
  })

  test('the new-candidate handouts are registered with the mocks: the 学信网 accepts their codes', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const [t] = await createClass(s.site, { count: 1, seed: 3 })
    const e = t!.handout.education.find((x) => x.verification?.code)!
    const answer = verifyEducation(s.mocks.ctx, { code: e.verification!.code, idNumber: t!.handout.idNumber, name: t!.handout.name })
    expect(answer.result).toBe('valid')
  })

  test('the over-cap scenario\'s scans are drawn from the trainee\'s own candidate: the page refuses the over-cap one with the cap stated, takes the other', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const [t1] = await createClass(s.site, { count: 2, seed: 9 })
    const download = async (code: string, name: string) => {
      const res = await fetch(`${s!.url}/training/handouts/${code}/${name}`)
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/jpeg'])
      return Buffer.from(await res.arrayBuffer())
    }
    const over = await download('t01', 'overcap.jpg')
    const fits = await download('t01', 'fits.jpg')
    const cap = 200 * s.site.profile.kbBytes
    expect(over.length).toBeGreaterThan(cap)
    expect(fits.length).toBeLessThanOrEqual(cap)
    // A page scanned at a scanner's width (150, 200 or 300 dpi: the first over the cap), not a filler;
    // another trainee's candidate has other facts, so another drawing.
    expect([1240, 1654, 2480]).toContain(jpeg.decode(over, { useTArray: true }).width)
    expect(over.equals(await download('t02', 'overcap.jpg'))).toBe(false)
    expect((await fetch(`${s.url}/training/handouts/t09/overcap.jpg`)).status).toBe(404)
    // The handout's ID photo: a 小2寸 JPEG under Hubei 2026's 30 KB cap, not yet marked by the photo-check tool.
    const photo = await download('t01', 'photo.jpg')
    expect(photo.length).toBeLessThan(30 * s.site.profile.kbBytes)
    const shown = jpeg.decode(photo, { useTArray: true })
    expect([shown.width, shown.height]).toEqual([390, 567])
    expect(hasToolMark(photo)).toBe(false)
    expect((await fetch(`${s.url}/training/handouts/t09/photo.jpg`)).status).toBe(404)

    // The trainee, in the portal's page as a browser posts it: the over-cap scan is refused with the cap, the other stored.
    const api = await login('t01-overcap', t1!.password)
    const user = s.site.users.byUsername('t01-overcap')!
    await enter(api, { username: 't01-overcap', password: t1!.password, idNumber: user.idNumber! } as Candidate)
    const cookie = `bm_session=${api.token}`
    const upload = async (data: Buffer, name: string) => {
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await (await fetch(`${s!.url}/portal`, { headers: { cookie } })).text())![1]!
      const form = new FormData()
      form.append('_csrf', csrf)
      form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), name)
      const res = await fetch(`${s!.url}/portal/materials/diploma`, { method: 'POST', headers: { cookie }, body: form, redirect: 'manual' })
      return { status: res.status, html: await res.text() }
    }
    const appId = s.site.applications.active(user.id)!.id
    const refused = await upload(over, 'diploma-scan.jpg')
    expect(refused.status).toBe(422)
    expect(refused.html).toContain('单个照片文件大小不超过200k，请压缩后重新上传。')
    expect(s.site.portal.count(appId, 'diploma')).toBe(0)
    expect((await upload(fits, 'diploma-scan.jpg')).status).toBe(303)
    expect(s.site.portal.count(appId, 'diploma')).toBe(1)
  })

  test('an exercise set plants one fault per application; the score board scores decisions against the key and exports CSV', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const made = await createClass(s.site, { count: 2, seed: 5 })
    startExerciseSet(s.site, 42)
    const { set, lines } = scoreBoard(s.site)
    expect(set?.seed).toBe(42)
    expect(lines.map((l) => [l.trainee, l.decided, l.correct])).toEqual([['t01', 0, 0], ['t02', 0, 0]])
    const items = lines[0]!.items
    expect(new Set(items.map((i) => i.item.fault))).toEqual(new Set(['none', 'other-name', 'expired-id', 'blurred', 'cropped', 'missing-stamp', 'wrong-document', 'waiting-period']))
    // Every planted image decodes and fits the 200k cap.
    const file = s.site.db.prepare("SELECT f.id, f.bytes FROM files f JOIN material_images m ON m.file_id = f.id WHERE m.app_id = ?").all(items[0]!.item.appId) as { id: string; bytes: number }[]
    expect(file.length).toBeGreaterThan(0)
    for (const f of file) expect(f.bytes).toBeLessThanOrEqual(200 * 1024)
    const r1 = await login('t01-kaodian', made[0]!.password)
    // t01 decides: the clean one approved (right), the other-name one approved (a missed fault), the expired ID returned naming 身份证明 (right).
    const by = (fault: string) => items.find((i) => i.item.fault === fault)!.item
    await r1.ok('POST', `/api/review/applications/${by('none').appId}/approve`, {})
    await r1.ok('POST', `/api/review/applications/${by('other-name').appId}/approve`, {})
    await r1.ok('POST', `/api/review/applications/${by('expired-id').appId}/return`, { message: '身份证已过有效期，请上传有效身份证。', materials: ['identity'] })
    await r1.ok('POST', `/api/review/applications/${by('waiting-period').appId}/return`, { message: '注册日期不满两年', materials: ['assistant-license'] })
    const after = scoreBoard(s.site).lines
    expect([after[0]!.decided, after[0]!.correct, after[0]!.total]).toEqual([4, 2, 8])
    expect(after[0]!.missed.sort()).toEqual(['other-name', 'waiting-period'])
    expect(after[0]!.accuracy).toBeCloseTo(2 / 8)
    expect(after[1]!.decided).toBe(0)
    const csv = scoreBoardCsv(s.site)
    expect(csv.startsWith('\uFEFF学员,考生,预设问题')).toBe(true)
    expect(csv).toContain('材料上是他人姓名')
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 16)
  })

  test('the candidate list finds a trainee\'s copies by search; reset to the demo removes the class and brings back the demo', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    await createClass(s.site, { count: 1, seed: 1 })
    const rows = candidateList(s.site, 't01-')
    expect(rows.map((r) => r.username).sort()).toEqual(['t01-late', 't01-missing', 't01-overcap', 't01-returned', 't01-unpaid'])
    expect(rows.find((r) => r.username === 't01-unpaid')).toMatchObject({ trainee: 't01', state: '审核通过', payment: '未缴费' })
    expect(candidateList(s.site, '已视为放弃').map((r) => r.username)).toEqual(['t01-late'])
    const logins = await resetToDemo(s.site)
    expect(s.site.classroom.trainees()).toEqual([])
    expect(s.site.users.byUsername('t01-kaodian')).toBeNull()
    expect(logins.map((l) => l.username)).toContain('demo-returned')
    expect(s.site.users.byUsername('demo-returned')).not.toBeNull()
  })
})
