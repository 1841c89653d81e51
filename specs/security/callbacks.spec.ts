import { test, expect } from '../../fixtures/index.ts'
import { payable } from '../../fixtures/payable.ts'
import { need, resetClock } from '../../fixtures/need.ts'
import { securityOf, securityTags } from './securityOf.ts'

// The security baseline, payment callbacks: the gateway's word counts only when signed with the
// shared secret, for the order's own amount, and once.

test.afterEach(async ({ target }) => resetClock(target))

test('SEC-CALLBACK-INTEGRITY: forged and wrong-amount callbacks record nothing; a replayed one records no second payment', securityTags(['SEC-CALLBACK-INTEGRITY'], 'api'), async ({ target, profile }) => {
  const security = securityOf(target)
  const { f } = await payable(target, profile)
  const order = await need(target, 'payment').pay(f.session, f.applicationId)
  expect(order.status, JSON.stringify(order.body)).toBe(201)
  const { orderId, amountFen } = order.body as { orderId: string; amountFen: number }
  const forged = await security.deliverCallback({ orderId, amountFen }, { forged: true, amountFen })
  expect(forged.status, 'a forged signature is refused').toBeGreaterThanOrEqual(400)
  const cheap = await security.deliverCallback({ orderId, amountFen }, { forged: false, amountFen: 1 })
  expect(cheap.status, 'a signed callback for 0.01 yuan is refused').toBeGreaterThanOrEqual(400)
  expect(await security.paymentsRecorded(f.applicationId)).toBe(0)
  expect((await security.deliverCallback({ orderId, amountFen }, { forged: false, amountFen })).status).toBeLessThan(300)
  await security.deliverCallback({ orderId, amountFen }, { forged: false, amountFen })
  expect(await security.paymentsRecorded(f.applicationId), 'the replayed callback recorded a second payment').toBe(1)
})
