import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'
import type { SiteContext } from '../../src/site/siteContext.ts'
import { rulesWithDefects } from '../../src/site/defects/switchOn.ts'
import { isExempt, recordPayment } from '../../src/site/payment/paymentActions.ts'
import type { StoredApplication } from '../../src/site/store/applications.ts'
import { PHOTO, startTestSite, type TestSite } from '../site/startTestSite.ts'
import { image, portalCandidate, staff, uploadRequired } from '../site/partTwo.ts'

// Each behaviour-level defect really changes what the site does, through its JSON API: the wrong
// behaviour shows with the defect on. (The conforming behaviour is what test/site proves.)

/** Switches defects on in a running site, as createSite({ defects }) would have at start. */
function switchOn(s: TestSite, ...names: string[]) {
  const site = s.site as { -readonly [K in keyof SiteContext]: SiteContext[K] }
  site.defects = new Set(names)
  site.rules = rulesWithDefects(RULES, names)
}

const sites = new Map<ProfileId, TestSite>()
const siteOf = async (profile: ProfileId) => {
  if (!sites.has(profile)) sites.set(profile, await startTestSite({ profile }))
  return sites.get(profile)!
}
beforeAll(async () => { await siteOf('hubei-2026') })
afterAll(async () => { for (const s of sites.values()) await s.stop() })

let seed = 9100
/** A hubei-2026 candidate who has uploaded every required material and submitted them for review. */
async function submitted(s: TestSite) {
  const p = await portalCandidate(s, seed++)
  await uploadRequired(s, p.api, p.c)
  expect((await p.api.call('POST', '/api/portal/submit', { declared: true })).status).toBe(200)
  return p
}

describe('materials and review defects (hubei-2026)', () => {
  test('no-lock-after-submit: an upload after 提交审核 is stored', async () => {
    const s = await siteOf('hubei-2026')
    const p = await submitted(s)
    switchOn(s, 'no-lock-after-submit')
    expect((await p.api.call('POST', '/api/portal/materials/diploma', image('diploma'))).status).toBe(201)
  })

  test('return-unlocks-all, feedback-oldest-first, feedback-missing-timestamp, no-return-sms', async () => {
    const s = await siteOf('hubei-2026')
    const p = await submitted(s)
    const reviewer = await staff(s, 'site-reviewer', p.c)
    switchOn(s, 'no-return-sms')
    const smsBefore = s.mocks.state.sms.messages.length
    expect((await reviewer.call('POST', `/api/review/applications/${p.appId}/return`, { message: '身份证反面不清晰', materials: ['identity'] })).status).toBe(200)
    expect(s.mocks.state.sms.messages.length).toBe(smsBefore)
    switchOn(s, 'return-unlocks-all')
    expect((await p.api.call('POST', '/api/portal/materials/diploma', image('diploma'))).status).toBe(201)
    switchOn(s, 'feedback-oldest-first')
    const oldestFirst = (await p.api.ok('GET', '/api/portal')).feedback as { at: string; text: string }[]
    expect(oldestFirst.map((f) => f.text)).toEqual(['上报完成，内容已锁定。', '身份证反面不清晰'])
    switchOn(s, 'feedback-missing-timestamp')
    expect(((await p.api.ok('GET', '/api/portal')).feedback as { at: string }[]).every((f) => f.at === '')).toBe(true)
    const page = await (await fetch(`${s.url}/portal`, { headers: { authorization: `Bearer ${p.api.token}` } })).text()
    expect(page).toMatch(/<li>身份证反面不清晰<\/li>/)
  })

  test('candidate-can-review: a candidate approves their own file', async () => {
    const s = await siteOf('hubei-2026')
    const p = await submitted(s)
    switchOn(s, 'candidate-can-review')
    const r = await p.api.call('POST', `/api/review/applications/${p.appId}/approve`, {})
    expect(r.status).toBe(200)
    expect(s.site.applications.byId(p.appId)!.state).toBe('approved')
  })

  test('read-others-file: a candidate reads another candidate\'s file', async () => {
    const s = await siteOf('hubei-2026')
    const a = await portalCandidate(s, seed++)
    const b = await portalCandidate(s, seed++)
    const f = await a.api.ok('POST', '/api/portal/materials/diploma', image('diploma'))
    switchOn(s, 'read-others-file')
    expect((await b.api.call('GET', `/api/portal/files/${f.fileId}`)).status).toBe(200)
  })

  test('payment-callback-double: a repeated confirmation of a paid order is processed again', async () => {
    const s = await siteOf('hubei-2026')
    const p = await portalCandidate(s, seed++)
    const orderId = `BMTEST${p.appId}`
    s.site.payments.createOrder({ orderId, appId: p.appId, amountFen: 10_000, status: 'created', payUrl: '', createdAt: s.site.nowIso() })
    const confirm = () => recordPayment(s.site, { orderId, amountFen: 10_000, channel: 'wechat', tradeNo: 'T1', source: 'callback' })
    switchOn(s, 'payment-callback-double')
    expect(confirm().recorded).toBe(true)
    expect(confirm).toThrow(/UNIQUE/)
  })

  test('exempt-charged: a skills-exempt candidate is not treated as exempt', async () => {
    const s = await siteOf('hubei-2026')
    const app = { data: { skillsExempt: true } } as unknown as StoredApplication
    switchOn(s)
    expect(isExempt(app, s.site)).toBe(true)
    switchOn(s, 'exempt-charged')
    expect(isExempt(app, s.site)).toBe(false)
  })
})

describe('count race (hubei-2022: two identity images)', () => {
  test('upload-count-race: parallel uploads store more than the two identity images', async () => {
    const s = await siteOf('hubei-2022')
    const p = await portalCandidate(s, seed++)
    switchOn(s, 'upload-count-race')
    const answers = await Promise.all(Array.from({ length: 8 }, () => p.api.call('POST', '/api/portal/materials/identity', image('identity'))))
    expect(answers.filter((r) => r.status === 201).length).toBeGreaterThan(2)
  })
})

describe('account and application defects (national)', () => {
  test('password-case-insensitive: the password typed in other capitals logs in', async () => {
    const s = await siteOf('national')
    const c = s.candidate(seed++)
    await s.client().seed(c, 'registered', PHOTO)
    switchOn(s, 'password-case-insensitive')
    const other = [...c.password].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('')
    expect(other).not.toBe(c.password)
    await expect(s.client().login(c.username, other)).resolves.toBeDefined()
  })

  test('edit-after-submit and abandon-keeps-records-locked', async () => {
    const s = await siteOf('national')
    const c = s.candidate(seed++)
    const api = s.client()
    const { applicationId } = await api.seed(c, 'submitted', PHOTO)
    switchOn(s, 'edit-after-submit')
    expect((await api.call('POST', `/api/applications/${applicationId}/basic`, { serviceStatus: c.serviceStatus, mainlandPass: c.mainlandPass })).status).toBe(200)
    switchOn(s, 'abandon-keeps-records-locked')
    expect((await api.call('POST', `/api/applications/${applicationId}/abandon`, {})).status).toBe(200)
    const used = s.site.applications.byId(applicationId!)!.recordIds
    const edu = s.site.candidates.records(s.site.users.byUsername(c.username)!.id, 'education').find((r) => used.includes(r.id))!
    expect((await api.call('DELETE', `/api/info/education/${edu.id}`)).status).toBe(409)
  })
})
