import { afterEach, describe, expect, test } from 'vitest'
import { signCallback } from '../../mocks/signature.ts'
import { startTestSite, adminClient, type TestSite } from './startTestSite.ts'
import { at, portalCandidate, relogin, staff, uploadRequired } from './partTwo.ts'
import { formSession } from './formSession.ts'
import type { SiteClient } from '../../src/site/client/siteClient.ts'

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

const rules = (r: { json: { error?: { rule: string | null }[] } }) => (r.json.error ?? []).map((e) => e.rule)

/** Pays an order on the mock gateway's page (through the site's /gateway proxy, as a browser would). */
async function payOnGateway(s: TestSite, api: SiteClient, browserUrl: string, action: 'pay' | 'cancel' = 'pay') {
  const authorization = `Bearer ${api.token}`
  const page = await fetch(s.url + browserUrl, { headers: { authorization } })
  expect(await page.text()).toContain('确认支付')
  return fetch(`${s.url}${browserUrl}/${action}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization }, body: 'channel=alipay', redirect: 'manual' })
}

describe('payment', () => {
  test('Hubei: the pay button opens right after the application; the gateway page pays; the callback records 已缴费 once', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { api, appId } = await portalCandidate(s, 701)
    const status = await api.ok('GET', `/api/applications/${appId}/payment`)
    expect([status.open, status.status]).toEqual([true, '未缴费'])
    const order = await api.ok('POST', `/api/applications/${appId}/pay`, {})
    expect(order.browserUrl).toMatch(/^\/gateway\/orders\//)
    s.mocks.useScenarios(['payment-callback-repeated'])
    const back = await payOnGateway(s, api, order.browserUrl)
    expect(back.status).toBe(303)
    expect(back.headers.get('location')).toContain('/pay/return')
    await s.mocks.callbacks.idle()
    const after = await api.ok('GET', `/api/applications/${appId}/payment`)
    expect([after.status, after.payments.length, after.open]).toEqual(['已缴费', 1, false])
    const twice = await api.call('POST', `/api/applications/${appId}/pay`, {})
    expect(rules(twice)).toContain('PAY-NO-DOUBLE-PAY')
    expect(s.site.db.prepare('SELECT count(*) AS n FROM payments').get()).toEqual({ n: 1 })
  })

  test('Hebei: 289 yuan, payable only after the 考区 review; an exempt candidate sees 免缴 and cannot pay', async () => {
    s = await startTestSite({ profile: 'hebei-shijiazhuang-2022' })
    const { c, api, appId } = await portalCandidate(s, 702)
    expect((await api.ok('GET', `/api/applications/${appId}/payment`)).open).toBe(false)
    const early = await api.call('POST', `/api/applications/${appId}/pay`, {})
    expect([early.status, rules(early)]).toEqual([403, ['PAY-OPENS']])
    await uploadRequired(s, api, c)
    await api.ok('POST', '/api/portal/submit', { declared: true })
    at(s, '2022-02-20T10:00:00+08:00')
    await (await staff(s, 'site-reviewer', c)).ok('POST', `/api/review/applications/${appId}/approve`, {})
    await relogin(api, c)
    expect((await api.ok('GET', `/api/applications/${appId}/payment`)).open).toBe(false)
    await (await staff(s, 'region-reviewer', c)).ok('POST', `/api/review/applications/${appId}/approve`, {})
    const open = await api.ok('GET', `/api/applications/${appId}/payment`)
    expect([open.open, open.fee.yuan]).toEqual([true, 289])
    expect((await api.ok('POST', `/api/applications/${appId}/pay`, {})).amountFen).toBe(28900)

    // Exempt: 免缴, no button, refused on the API.
    s.site.db.prepare("UPDATE applications SET data = json_set(data, '$.skillsExempt', json('true')) WHERE id = ?").run(appId)
    const exempt = await api.ok('GET', `/api/applications/${appId}/payment`)
    expect([exempt.status, exempt.open]).toEqual(['免缴', false])
    expect((await api.call('POST', `/api/applications/${appId}/pay`, {})).status).toBe(409)
  })

  test('a lost callback: 已缴费 only once the gateway confirms, by the status query on return; a forged callback is refused', async () => {
    s = await startTestSite({ profile: 'hubei-2022' })
    const { api, appId } = await portalCandidate(s, 703)
    const order = await api.ok('POST', `/api/applications/${appId}/pay`, {})
    const forged = { orderId: order.orderId, status: 'paid', amount: order.amountFen, channel: 'alipay', tradeNo: 'T1', at: new Date().toISOString() }
    const bad = await fetch(`${s.url}/payment/notify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...forged, signature: '0'.repeat(64) }) })
    expect(bad.status).toBe(403)
    s.mocks.useScenarios(['payment-callback-lost'])
    await payOnGateway(s, api, order.browserUrl)
    expect((await api.ok('GET', `/api/applications/${appId}/payment`)).status).toBe('未缴费')
    const refreshed = await api.ok('POST', `/api/applications/${appId}/payment/refresh`, {})
    expect(refreshed.status).toBe('已缴费')
    expect(refreshed.payments[0].source).toBe('status-query')
    // The late real callback, signed, arrives afterwards: acknowledged, nothing recorded twice.
    const signed = { ...forged, signature: signCallback(forged as never, s.site.paymentSecret) }
    const late = await fetch(`${s.url}/payment/notify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(signed) })
    expect(late.status).toBe(200)
    expect((await late.json()).rules).toEqual(['PAY-CALLBACK-ONCE'])
    expect(s.site.db.prepare('SELECT count(*) AS n FROM payments').get()).toEqual({ n: 1 })
  })

  test('unpaid at the deadline → withdrawn (on the clock, no timers); a rejected candidate is refunded through the original channel', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const admin = await adminClient(s)
    const unpaid = await portalCandidate(s, 704)
    const payer = await portalCandidate(s, 705)
    const order = await payer.api.ok('POST', `/api/applications/${payer.appId}/pay`, {})
    await payOnGateway(s, payer.api, order.browserUrl)
    await s.mocks.callbacks.idle()
    await admin.ok('POST', '/api/admin/pay-due', { payDueBy: '2026-01-20T17:00:00+08:00' })
    expect((await admin.ok('POST', '/api/admin/run-deadlines', {})).withdrawn).toEqual([])
    at(s, '2026-01-20T17:01:00+08:00')
    await admin.login('admin', 'Admin12345')
    const report = await admin.ok('POST', '/api/admin/run-deadlines', {})
    expect(report.withdrawn).toEqual([unpaid.appId])
    expect(s.site.applications.byId(unpaid.appId)!.state).toBe('withdrawn')
    expect(s.site.applications.byId(payer.appId)!.state).toBe('submitted')

    await relogin(payer.api, payer.c)
    await uploadRequired(s, payer.api, payer.c)
    await payer.api.ok('POST', '/api/portal/submit', {})
    const rev = await staff(s, 'site-reviewer', payer.c)
    await rev.ok('POST', `/api/review/applications/${payer.appId}/reject`, { message: '学历不符合报考条件' })
    const pay = await payer.api.ok('GET', `/api/applications/${payer.appId}/payment`)
    expect(pay.status).toBe('已退费')
    expect(pay.refunds[0]).toMatchObject({ channel: 'alipay', amountFen: order.amountFen })
    expect(s.mocks.state.payment.orders.get(order.orderId)!.refunds).toHaveLength(1)
  })

  test('the pay page shows the button only when open and the gateway order page is reachable by the browser through /gateway', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { c, appId } = await portalCandidate(s, 706)
    const page = formSession(s.url)
    const csrf = await page.csrf()
    await page.post('/login', { _csrf: csrf, username: c.username, password: c.password, captchaId: (await s.client().ok('GET', '/api/captcha')).id, captcha: '8888' })
    const { html } = await page.get(`/apply/${appId}/pay`)
    expect(html).toContain('立即缴费')
    const go = await page.post(`/apply/${appId}/pay`, { _csrf: await page.csrf(`/apply/${appId}/pay`) })
    expect(go.res.status).toBe(303)
    const orderPage = await page.get(go.res.headers.get('location')!)
    expect(orderPage.html).toContain('模拟支付收银台')
    expect(orderPage.html).toContain('action="/gateway/orders/')
  })
})
