import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { OrderStatusResponse, PaymentCallback } from '../contracts.ts'
import { verifyCallback } from '../signature.ts'
import { startMocks, type Mocks } from '../startMocks.ts'
import { NOW, post, startReceiver } from './receiver.ts'

// The payment gateway in-process: orders, the order page, pay/cancel, callbacks that really reach an
// HTTP receiver on 127.0.0.1 (past MSW), refunds, and the callback scenarios.

let mocks: Mocks
let receiver: Awaited<ReturnType<typeof startReceiver>>
beforeAll(() => { mocks = startMocks({ now: NOW, options: { lateMs: 60_000, retryDelayMs: 1, repeatCount: 3 } }) })
beforeEach(async () => { receiver = await startReceiver() })
afterEach(async () => {
  mocks.callbacks.dispose(); await mocks.callbacks.idle()
  mocks.state.reset(); mocks.ctx.clock.reset(); mocks.server.resetHandlers(); await receiver.close()
})
afterAll(() => mocks.close())

const order = (orderId = 'BM2026-0001') => ({ orderId, amount: 28900, subject: '2026年医师资格考试 实践技能考试费', notifyUrl: receiver.url, returnUrl: 'http://127.0.0.1:9/pay/return' })
const create = async (o = order()) => (await post(`${mocks.urls.payment}/v1/orders`, o)).body
const act = (orderId: string, action: 'pay' | 'cancel', channel = 'alipay') =>
  fetch(`${mocks.urls.payment}/v1/orders/${orderId}/${action}`, {
    method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `channel=${channel}`,
  })
const status = async (orderId: string) => OrderStatusResponse.parse(await (await fetch(`${mocks.urls.payment}/v1/orders/${orderId}/status`)).json())

describe('happy path', () => {
  test('create → order page → pay: 303 back to returnUrl and one signed callback at notifyUrl', async () => {
    const created = await create()
    expect(created).toMatchObject({ orderId: 'BM2026-0001', status: 'created', payUrl: `${mocks.urls.payment}/v1/orders/BM2026-0001` })
    const page = await (await fetch(created.payUrl)).text()
    for (const s of ['确认支付', '取消支付', '¥289.00', 'lang="zh-CN"', '待支付']) expect(page).toContain(s)

    const res = await act('BM2026-0001', 'pay')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('http://127.0.0.1:9/pay/return?orderId=BM2026-0001&status=paid')

    await receiver.received(1)
    await mocks.callbacks.idle()
    const cb = PaymentCallback.parse(receiver.bodies[0])
    expect(cb).toMatchObject({ orderId: 'BM2026-0001', status: 'paid', amount: 28900, channel: 'alipay', tradeNo: 'T000001', at: NOW().toISOString() })
    expect(verifyCallback(cb)).toBe(true)
    expect(verifyCallback({ ...cb, amount: 1 })).toBe(false)
    expect(receiver.bodies).toHaveLength(1)
    expect(await status('BM2026-0001')).toEqual({ orderId: 'BM2026-0001', status: 'paid', amount: 28900, channel: 'alipay', tradeNo: 'T000001', refunded: 0 })
  })

  test('cancel sends a cancelled callback; a settled order cannot be paid again', async () => {
    await create()
    expect((await act('BM2026-0001', 'cancel')).headers.get('location')).toContain('status=cancelled')
    await receiver.received(1)
    expect(receiver.bodies[0]).toMatchObject({ status: 'cancelled', tradeNo: null })
    const again = await act('BM2026-0001', 'pay')
    expect(again.status).toBe(409)
    expect((await again.json()).error).toBe('order-settled')
  })

  test('creating the same order twice is idempotent; the same id with another amount is a conflict', async () => {
    expect((await post(`${mocks.urls.payment}/v1/orders`, order())).status).toBe(201)
    expect((await post(`${mocks.urls.payment}/v1/orders`, order())).status).toBe(200)
    const clash = await post(`${mocks.urls.payment}/v1/orders`, { ...order(), amount: 100 })
    expect(clash).toMatchObject({ status: 409, body: { error: 'order-conflict' } })
  })

  test('unknown order: 404 for page, status and pay', async () => {
    for (const res of [await fetch(`${mocks.urls.payment}/v1/orders/NOPE`), await fetch(`${mocks.urls.payment}/v1/orders/NOPE/status`), await act('NOPE', 'pay')]) {
      expect(res.status).toBe(404)
    }
  })

  test('an unacknowledged callback is retried until the receiver answers 2xx', async () => {
    await receiver.close()
    receiver = await startReceiver([500])
    await create()
    await act('BM2026-0001', 'pay')
    await receiver.received(2)
    await mocks.callbacks.idle()
    expect(mocks.state.payment.deliveries.map((d) => [d.attempt, d.status])).toEqual([[1, 500], [2, 200]])
  })
})

describe('refunds go back through the original channel', () => {
  const refund = (body: object) => post(`${mocks.urls.payment}/v1/refunds`, { orderId: 'BM2026-0001', ...body })
  beforeEach(async () => { await create(); await act('BM2026-0001', 'pay', 'wechat'); await receiver.received(1) })

  test('full refund through the same channel', async () => {
    const res = await refund({ amount: 28900, channel: 'wechat' })
    expect(res).toMatchObject({ status: 201, body: { status: 'refunded', refundId: 'R000001', channel: 'wechat', refundedTotal: 28900 } })
    expect((await status('BM2026-0001')).refunded).toBe(28900)
  })
  const refused = [
    { name: 'another channel', body: { amount: 28900, channel: 'alipay' }, error: 'channel-mismatch' },
    { name: 'more than was paid', body: { amount: 28901, channel: 'wechat' }, error: 'refund-exceeds' },
  ]
  test.each(refused)('refused: $name', async ({ body, error }) => {
    expect(await refund(body)).toMatchObject({ status: 409, body: { error } })
  })
  test('refused: a second refund beyond the total', async () => {
    await refund({ amount: 20000, channel: 'wechat' })
    expect(await refund({ amount: 8901, channel: 'wechat' })).toMatchObject({ status: 409, body: { error: 'refund-exceeds' } })
  })
  test('refused: an order that was not paid', async () => {
    await create(order('BM2026-0002'))
    expect(await refund({ orderId: 'BM2026-0002', amount: 100, channel: 'wechat' })).toMatchObject({ status: 409, body: { error: 'order-not-paid' } })
  })
})

describe('callback scenarios (server.use per test)', () => {
  test('payment-callback-late: nothing arrives until the callback is released', async () => {
    mocks.server.use(...mocks.scenario('payment-callback-late'))
    await create()
    await act('BM2026-0001', 'pay')
    expect(await status('BM2026-0001')).toMatchObject({ status: 'paid' })
    expect(mocks.callbacks.held()).toBe(1)
    expect(receiver.bodies).toHaveLength(0)
    mocks.callbacks.flush()
    await mocks.callbacks.idle()
    expect(receiver.bodies).toMatchObject([{ status: 'paid', orderId: 'BM2026-0001' }])
  })

  test('payment-callback-late: arrives on its own after lateMs', async () => {
    mocks.ctx.options.lateMs = 20
    try {
      mocks.server.use(...mocks.scenario('payment-callback-late'))
      await create()
      await act('BM2026-0001', 'pay')
      await receiver.received(1)
      expect(mocks.callbacks.held()).toBe(0)
    } finally { mocks.ctx.options.lateMs = 60_000 }
  })

  test('payment-callback-repeated: the same signed callback arrives repeatCount times', async () => {
    mocks.server.use(...mocks.scenario('payment-callback-repeated'))
    await create()
    await act('BM2026-0001', 'pay')
    await receiver.received(3)
    await mocks.callbacks.idle()
    expect(receiver.bodies).toHaveLength(3)
    expect(new Set(receiver.bodies.map((b) => JSON.stringify(b))).size).toBe(1)
  })

  test('payment-callback-failed: the order fails and the callback says so', async () => {
    mocks.server.use(...mocks.scenario('payment-callback-failed'))
    await create()
    expect((await act('BM2026-0001', 'pay')).headers.get('location')).toContain('status=failed')
    await receiver.received(1)
    expect(receiver.bodies[0]).toMatchObject({ status: 'failed', tradeNo: null })
    expect((await status('BM2026-0001')).status).toBe('failed')
  })

  test('payment-callback-lost: paid at the gateway, no callback; the status endpoint tells the truth', async () => {
    mocks.server.use(...mocks.scenario('payment-callback-lost'))
    await create()
    await act('BM2026-0001', 'pay')
    await mocks.callbacks.idle()
    expect(receiver.bodies).toHaveLength(0)
    expect(mocks.state.payment.deliveries).toMatchObject([{ attempt: 0, error: 'dropped by scenario payment-callback-lost' }])
    expect((await status('BM2026-0001')).status).toBe('paid')
  })

  test('switched on by name (trainer / --scenario): the same behaviour, and off again', async () => {
    mocks.useScenarios(['payment-callback-repeated'])
    await create()
    await act('BM2026-0001', 'pay')
    await receiver.received(3)
    await mocks.callbacks.idle()
    mocks.useScenarios([])
    await create(order('BM2026-0002'))
    await act('BM2026-0002', 'pay')
    await receiver.received(4)
    await mocks.callbacks.idle()
    expect(receiver.bodies.filter((b) => (b as PaymentCallback).orderId === 'BM2026-0002')).toHaveLength(1)
  })
})
