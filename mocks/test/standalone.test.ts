import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { ADMIN_BASE, SERVICES } from '../contracts.ts'
import { serveMocks, type MockServer } from '../serveMocks.ts'
import { verifyCallback } from '../signature.ts'
import { main } from '../../src/cli/main.ts'
import { ID, NOW, post, startReceiver } from './receiver.ts'

// The same handlers over real HTTP on an ephemeral port (no MSW interception in this file).

let server: MockServer
beforeAll(async () => { server = await serveMocks({ port: 0, now: NOW, scenarios: ['sms-5xx'], options: { retryDelayMs: 1 } }) })
afterEach(async () => { await post(`${server.origin}${ADMIN_BASE}/reset`, {}) })
afterAll(() => server.close())

test('listens on 127.0.0.1 with one base URL per service and the scenarios it was started with', async () => {
  expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  for (const s of SERVICES) expect(server.urls[s]).toBe(`${server.origin}/${s}`)
  expect((await (await fetch(`${server.origin}${ADMIN_BASE}/scenarios`)).json()).active).toEqual(['sms-5xx'])
})

test('answers the identity check over HTTP, whatever host name the caller uses', async () => {
  const viaLocalhost = server.urls.identity.replace('127.0.0.1', 'localhost')
  const res = await post(`${viaLocalhost}/v1/verify`, { idType: '居民身份证', idNumber: ID, name: '张三' })
  expect(res).toMatchObject({ status: 200, body: { result: 'match' } })
})

test('scenarios switched on and off through the admin endpoint', async () => {
  const send = () => post(`${server.urls.sms}/v1/messages`, { mobile: '13800000001', text: '你好' })
  const put = (active: string[]) => fetch(`${server.origin}${ADMIN_BASE}/scenarios`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ active }) })
  await put(['sms-5xx'])
  expect((await send()).status).toBe(503)
  await put([])
  expect((await send()).status).toBe(201)
})

test('a whole payment: order page, pay, signed callback to a receiver, status, refund', async () => {
  const receiver = await startReceiver()
  try {
    const created = await post(`${server.urls.payment}/v1/orders`, { orderId: 'S1', amount: 28900, subject: '技能考试费', notifyUrl: receiver.url, returnUrl: 'http://127.0.0.1:9/r' })
    expect(created.body.payUrl).toBe(`${server.urls.payment}/v1/orders/S1`)
    const page = await (await fetch(created.body.payUrl)).text()
    const action = /<form method="post" action="([^"]+\/pay)"/.exec(page)![1]!
    const paid = await fetch(action, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'channel=unionpay' })
    expect(paid.status).toBe(303)
    await receiver.received(1)
    expect(verifyCallback(receiver.bodies[0] as never)).toBe(true)
    const log = await (await fetch(`${server.origin}${ADMIN_BASE}/payment`)).json()
    expect(log.deliveries).toMatchObject([{ attempt: 1, status: 200 }])
    const refund = await post(`${server.urls.payment}/v1/refunds`, { orderId: 'S1', amount: 28900, channel: 'unionpay' })
    expect(refund).toMatchObject({ status: 201, body: { status: 'refunded' } })
  } finally { await receiver.close() }
})

test('unknown paths get a 404 that points at the admin index', async () => {
  const res = await fetch(`${server.origin}/identity/v2/verify`)
  expect(res.status).toBe(404)
  expect((await res.json()).message).toContain(`${server.origin}/__admin`)
  const index = await (await fetch(`${server.origin}${ADMIN_BASE}`)).json()
  expect(index.routes.length).toBeGreaterThan(5)
})

test('the CLI refuses an unknown scenario and a bad port with exit code 1 and says why', async () => {
  const errors: string[] = []
  const spy = (await import('vitest')).vi.spyOn(process.stderr, 'write').mockImplementation((s) => { errors.push(String(s)); return true })
  try {
    expect(await main(['node', 'baoming', 'mocks', '--scenario', 'identity-slow'])).toBe(1)
    expect(await main(['node', 'baoming', 'mocks', '--port', '70000'])).toBe(1)
  } finally { spy.mockRestore() }
  expect(errors.join('')).toMatch(/unknown scenario "identity-slow"; use any of:/)
  expect(errors.join('')).toMatch(/port must be a whole number from 0 to 65535/)
})
