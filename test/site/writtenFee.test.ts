import { afterEach, describe, expect, test } from 'vitest'
import { ruleById } from '../../src/rules/catalogue.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'
import { startTestSite, adminClient, PHOTO, type TestSite } from './startTestSite.ts'
import { at, portalCandidate, relogin, staff, uploadRequired } from './partTwo.ts'
import { formSession } from './formSession.ts'
import type { SiteClient } from '../../src/site/client/siteClient.ts'

// Hubei's written-exam fee (综合笔试缴费): skills results set by an administrator, a second order
// through the same gateway, refused by PAY-WRITTEN-AFTER-SKILLS-RESULTS / PAY-WRITTEN-ONLY-PASSED.

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

const rules = (r: { json: { error?: { rule: string | null }[] } }) => (r.json.error ?? []).map((e) => e.rule)
const messages = (r: { json: { error?: { message: string }[] } }) => (r.json.error ?? []).map((e) => e.message)
const REVIEW_DAY: Partial<Record<ProfileId, string>> = { 'hubei-2022': '2022-02-20T10:00:00+08:00', 'hubei-2026': '2026-02-20T10:00:00+08:00' }

async function payOnGateway(s: TestSite, api: SiteClient, browserUrl: string) {
  const authorization = `Bearer ${api.token}`
  await fetch(s.url + browserUrl, { headers: { authorization } })
  await fetch(`${s.url}${browserUrl}/pay`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization }, body: 'channel=alipay', redirect: 'manual' })
  await s.mocks.callbacks.idle()
}

/** A Hubei candidate approved by the 考点 (the review day on the clock), logged in again; `paid`: the skills fee paid first. */
async function approved(s: TestSite, seed: number, o: { paid?: boolean; exempt?: boolean } = {}) {
  const p = await portalCandidate(s, seed)
  if (o.exempt) s.site.db.prepare("UPDATE applications SET data = json_set(data, '$.skillsExempt', json('true')) WHERE id = ?").run(p.appId)
  if (o.paid !== false && !o.exempt) await payOnGateway(s, p.api, (await p.api.ok('POST', `/api/applications/${p.appId}/pay`, {})).browserUrl)
  await uploadRequired(s, p.api, p.c)
  await p.api.ok('POST', '/api/portal/submit', { declared: true })
  at(s, REVIEW_DAY[s.profile]!)
  await (await staff(s, 'site-reviewer', p.c)).ok('POST', `/api/review/applications/${p.appId}/approve`, {})
  await relogin(p.api, p.c)
  return p
}

describe('written-exam fee (综合笔试缴费)', () => {
  test('Hubei: refused while results are pending (403) and when failed (409) with the rule\'s message; once passed, its own order pays and shows 已缴费', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { api, appId } = await approved(s, 801)
    const admin = await adminClient(s)
    const before = await api.ok('GET', `/api/applications/${appId}/payment`)
    expect([before.status, before.written.skillsResult, before.written.status, before.written.open]).toEqual(['已缴费', 'pending', '未缴费', false])
    expect(before.written.reasons.map((r: { rule: string }) => r.rule)).toEqual(['PAY-WRITTEN-AFTER-SKILLS-RESULTS'])

    const pending = await api.call('POST', `/api/applications/${appId}/pay`, { kind: 'written' })
    expect([pending.status, rules(pending), messages(pending)]).toEqual([403, ['PAY-WRITTEN-AFTER-SKILLS-RESULTS'], [ruleById('PAY-WRITTEN-AFTER-SKILLS-RESULTS').message]])

    expect(await admin.ok('POST', `/api/admin/applications/${appId}/skills-result`, { result: 'failed' })).toEqual({ id: appId, skillsResult: 'failed' })
    const failed = await api.call('POST', `/api/applications/${appId}/pay`, { kind: 'written' })
    expect([failed.status, rules(failed), messages(failed)]).toEqual([409, ['PAY-WRITTEN-ONLY-PASSED'], [ruleById('PAY-WRITTEN-ONLY-PASSED').message]])

    await admin.ok('POST', `/api/admin/applications/${appId}/skills-result`, { result: 'passed' })
    const open = await api.ok('GET', `/api/applications/${appId}/payment`)
    expect([open.written.open, open.written.reasons, open.written.fee]).toEqual([true, [], { yuan: 100, stated: false }])
    const order = await api.ok('POST', `/api/applications/${appId}/pay`, { kind: 'written' })
    expect([order.kind, order.amountFen]).toEqual(['written', 10000])
    expect(order.orderId).toMatch(/^BM2026W[0-9A-F]{24}$/)
    expect((await api.ok('POST', `/api/applications/${appId}/pay`, { kind: 'written' })).orderId).toBe(order.orderId)
    await payOnGateway(s, api, order.browserUrl)

    const after = await api.ok('GET', `/api/applications/${appId}/payment`)
    expect([after.status, after.payments.length, after.orders.length]).toEqual(['已缴费', 1, 1])
    expect([after.written.status, after.written.open, after.written.payments.length]).toEqual(['已缴费', false, 1])
    expect(s.site.applications.byId(appId)!.payment).toBe('paid')
    const twice = await api.call('POST', `/api/applications/${appId}/pay`, { kind: 'written' })
    expect([twice.status, rules(twice)]).toEqual([409, ['PAY-NO-DOUBLE-PAY']])
    // The skills fee stays paid once: its own pay is still PAY-NO-DOUBLE-PAY.
    expect(rules(await api.call('POST', `/api/applications/${appId}/pay`, {}))).toEqual(['PAY-NO-DOUBLE-PAY'])
    // A result the written fee was paid on no longer changes; the audit log has who set it.
    expect((await admin.call('POST', `/api/admin/applications/${appId}/skills-result`, { result: 'failed' })).status).toBe(409)
    expect(s.site.audit.list(appId).filter((e) => e.action === 'skills-result').map((e) => e.detail)).toEqual(['技能考试成绩：合格', '技能考试成绩：不合格'])
  })

  test('results only for a candidate who sat the exam (approved, skills fee paid), only by an administrator; the written fee waits for the skills fee', async () => {
    s = await startTestSite({ profile: 'hubei-2022' })
    const admin = await adminClient(s)
    const early = await portalCandidate(s, 802)
    expect((await admin.call('POST', `/api/admin/applications/${early.appId}/skills-result`, { result: 'passed' })).status).toBe(409)
    const { api, appId } = await approved(s, 803, { paid: false })
    await admin.login('admin', 'Admin12345')
    const r = await api.call('POST', `/api/applications/${appId}/pay`, { kind: 'written' })
    // Every reason is given: the skills fee first (no rule), and the results are not out (the rule's status).
    expect([r.status, rules(r)]).toEqual([403, [null, 'PAY-WRITTEN-AFTER-SKILLS-RESULTS']])
    expect(r.json.error[0]).toMatchObject({ code: 'skills-fee-first', message: '请先完成实践技能考试费缴纳，再缴纳综合笔试费。' })
    expect((await admin.call('POST', `/api/admin/applications/${appId}/skills-result`, { result: 'passed' })).status).toBe(409)
    expect((await api.call('POST', `/api/admin/applications/${appId}/skills-result`, { result: 'passed' })).status).toBe(403)
    expect((await admin.call('POST', `/api/admin/applications/${appId}/skills-result`, { result: 'excellent' })).status).toBe(400)
    expect(s.site.skillsResults.of(appId)).toBe('pending')
  })

  test('a skills-exempt candidate has no result and is not judged by the written-fee rules: the written fee is open', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { api, appId } = await approved(s, 804, { exempt: true })
    const admin = await adminClient(s)
    const v = await api.ok('GET', `/api/applications/${appId}/payment`)
    expect([v.status, v.open, v.written.exempt, v.written.open]).toEqual(['免缴', false, true, true])
    expect((await admin.call('POST', `/api/admin/applications/${appId}/skills-result`, { result: 'passed' })).status).toBe(409)
    expect((await api.ok('POST', `/api/applications/${appId}/pay`, { kind: 'written' })).kind).toBe('written')
    expect((await api.call('POST', `/api/applications/${appId}/pay`, {})).status).toBe(409)
  })

  test('profiles without a separate written fee (national, Hebei) have none: no section, kind written is 404', async () => {
    for (const profile of ['national', 'hebei-shijiazhuang-2022'] as const) {
      s = await startTestSite({ profile })
      const api = s.client()
      const appId = (await api.seed(s.candidate(805), 'submitted', PHOTO)).applicationId!
      expect((await api.ok('GET', `/api/applications/${appId}/payment`)).written).toBeNull()
      expect((await api.call('POST', `/api/applications/${appId}/pay`, { kind: 'written' })).status).toBe(404)
      await s.stop()
      s = undefined
    }
  })

  test('the pay page: 综合笔试缴费 shows why it is not open, then its own 立即缴费 that goes to the gateway', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { c, appId } = await approved(s, 806)
    const admin = await adminClient(s)
    const page = formSession(s.url)
    await page.post('/login', { _csrf: await page.csrf(), username: c.username, password: c.password, captchaId: (await s.client().ok('GET', '/api/captcha')).id, captcha: '8888' })
    const pending = (await page.get(`/apply/${appId}/pay`)).html
    expect(pending).toContain('<h2 id="written-h">综合笔试缴费</h2>')
    expect(pending).toContain(ruleById('PAY-WRITTEN-AFTER-SKILLS-RESULTS').message)
    expect(pending).not.toContain('立即缴费')
    const refused = await page.post(`/apply/${appId}/pay/written`, { _csrf: await page.csrf(`/apply/${appId}/pay`) })
    expect(refused.res.status).toBe(403)
    expect(refused.html).toContain('role="alert"')

    await admin.ok('POST', `/api/admin/applications/${appId}/skills-result`, { result: 'passed' })
    const open = (await page.get(`/apply/${appId}/pay`)).html
    expect(open).not.toContain(ruleById('PAY-WRITTEN-AFTER-SKILLS-RESULTS').message)
    expect(open).toContain(`action="/apply/${appId}/pay/written"`)
    expect(open).toContain('aria-label="立即缴费（综合笔试费）">立即缴费</button>')
    const go = await page.post(`/apply/${appId}/pay/written`, { _csrf: await page.csrf(`/apply/${appId}/pay`) })
    expect(go.res.status).toBe(303)
    expect(go.res.headers.get('location')).toMatch(/^\/gateway\/orders\/BM2026W[0-9A-F]{24}$/)
    expect(s.site.payments.ordersOf(appId, 'written')).toHaveLength(1)
  })
})
