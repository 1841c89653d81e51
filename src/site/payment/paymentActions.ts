import { randomBytes } from 'node:crypto'
import { PaymentCallback, type PaymentChannel } from '../../../mocks/contracts.ts'
import { verifyCallback } from '../../../mocks/signature.ts'
import type { LifecycleEvent } from '../../rules/lifecycle.ts'
import type { SiteContext } from '../siteContext.ts'
import type { StoredApplication } from '../store/applications.ts'
import type { FeeKind, Order } from '../store/payments.ts'
import { checkEvent } from '../validation/checkEvent.ts'
import { Refusal, type FieldError } from '../validation/fieldError.ts'
import { refuseAll } from '../lifecycle/refusals.ts'
import { beijingIso } from '../lifecycle/feedbackTime.ts'
import { feeOf } from './fee.ts'
import { refuseWritten, writtenRefusals, writtenView } from './writtenFee.ts'

/** Setting key of the payment deadline the area announces (ISO instant). */
export const PAY_DUE_KEY = 'payDueBy'

/** How the payment stands, as the candidate's pages show it. */
export type PayStatus = '免缴' | '已缴费' | '已退费' | '未缴费'

/** Skills-exam exempt (技能免考): owes nothing, sees no pay button. */
export const isExempt = (app: StoredApplication, site?: SiteContext): boolean => app.data.skillsExempt === true && !site?.defects.has('exempt-charged')

/** The payment deadline set by the administrator, or '' (none announced). */
export function payDue(site: SiteContext): string {
  const v = site.payments.setting(PAY_DUE_KEY)
  return v ? beijingIso(v) : ''
}

/** The pay event of an application now: what PAY-* rules judge. */
function payEvent(site: SiteContext, app: StoredApplication, extra: Partial<LifecycleEvent> = {}): FieldError[] {
  return checkEvent({
    actor: 'candidate', action: 'pay', state: app.state, payment: app.payment, reviewsPassed: site.portal.extras(app.id).reviewsPassed,
    at: site.atBeijing(), amount: feeOf(site.profile.id).yuan, skillsExempt: isExempt(app, site), feeKind: 'skills', dueBy: payDue(site), ...extra,
  }, site.ruleCtx(), site.rules)
}

/** The pay button shows exactly when the catalogue lets this candidate pay now. */
export function payOpen(site: SiteContext, app: StoredApplication): boolean {
  return !isExempt(app, site) && app.payment === 'unpaid' && payEvent(site, app).length === 0
}

/**
 * The payment part of a page: the skills-exam fee's status (已缴费 only once confirmed), fee, whether
 * to show the button, its orders; `written`: the written-exam fee (综合笔试缴费) where the profile has one.
 */
export function paymentView(site: SiteContext, app: StoredApplication) {
  const paid = site.payments.paymentsOf(app.id, 'skills')
  const refunds = site.payments.refundsOf(app.id)
  const status: PayStatus = isExempt(app, site) ? '免缴' : refunds.length ? '已退费' : paid.length ? '已缴费' : '未缴费'
  return { status, fee: feeOf(site.profile.id), open: payOpen(site, app), due: payDue(site), payments: paid, refunds, orders: site.payments.ordersOf(app.id, 'skills'), written: writtenView(site, app) }
}

/** Where to send the browser: the gateway's order page, through the site's /gateway proxy when the gateway is in-process (a .test host). */
export function browserPayUrl(site: SiteContext, payUrl: string): string {
  const base = site.gateway.paymentBase
  const host = (() => { try { return new URL(payUrl).hostname } catch { return '' } })()
  return host.endsWith('.test') && payUrl.startsWith(`${base}/v1/orders/`) ? `/gateway/orders/${payUrl.slice(`${base}/v1/orders/`.length)}` : payUrl
}

/**
 * 立即缴费 for one fee (the skills-exam fee by default; 'written': Hubei's 综合笔试费 where the profile
 * has it): the PAY-* rules decide; an open order of that fee is reused, else a new one is created at the gateway.
 */
export async function startPayment(site: SiteContext, userId: number, appId: number, kind: FeeKind = 'skills'): Promise<{ order: Order; browserUrl: string }> {
  const app = site.applications.byId(appId)
  if (!app || app.userId !== userId) throw Refusal.of('not-found', '没有这个报名项目。', 404)
  if (kind === 'written') {
    if (!writtenView(site, app)) throw Refusal.of('no-written-fee', '本考区不单独收取综合笔试费。', 404)
    refuseWritten(writtenRefusals(site, app))
  } else {
    if (isExempt(app, site)) throw Refusal.of('exempt', '技能免考考生无需缴纳实践技能考试费。', 409)
    refuseAll(payEvent(site, app))
  }
  const open = site.payments.ordersOf(app.id, kind).find((o) => o.status === 'created')
  if (open) return { order: open, browserUrl: browserPayUrl(site, open.payUrl) }
  // Two clicks of 立即缴费 at once share the one order being created (the gateway call is awaited between check and insert).
  const creating = ordersBeingCreated(site)
  const key = `${app.id}:${kind}`
  const pending = creating.get(key) ?? newOrder(site, app.id, kind).finally(() => creating.delete(key))
  creating.set(key, pending)
  const order = await pending
  return { order, browserUrl: browserPayUrl(site, order.payUrl) }
}

const inFlight = new WeakMap<SiteContext, Map<string, Promise<Order>>>()
const ordersBeingCreated = (site: SiteContext) => inFlight.get(site) ?? inFlight.set(site, new Map()).get(site)!

/** Creates an order at the gateway and stores it. */
async function newOrder(site: SiteContext, appId: number, kind: FeeKind): Promise<Order> {
  // Unguessable: 96 random bits after the year and the fee's letter (an order id is no key to someone else's order).
  const orderId = `BM${site.profile.examYear}${kind === 'written' ? 'W' : 'N'}${randomBytes(12).toString('hex').toUpperCase()}`
  const amountFen = feeOf(site.profile.id, kind).yuan * 100
  const created = await site.gateway.createOrder({
    orderId, amount: amountFen, subject: `${site.profile.examYear}年医师资格考试${kind === 'written' ? '综合笔试费' : '实践技能考试费'}`,
    notifyUrl: `${site.publicUrl}/payment/notify`, returnUrl: `${site.publicUrl}/pay/return`,
  })
  const order: Order = { orderId, appId, amountFen, status: 'created', payUrl: created.payUrl, createdAt: site.nowIso(), feeKind: kind }
  site.payments.createOrder(order)
  return order
}

/**
 * Records the payment of an order exactly once: in one transaction, a second confirmation of the
 * same order (a repeated or late callback, or a status query after one) records nothing
 * (PAY-CALLBACK-ONCE); the UNIQUE order_id of payments is the last line of defence.
 */
export function recordPayment(site: SiteContext, p: { orderId: string; amountFen: number; channel: string; tradeNo: string; source: 'callback' | 'status-query' }): { recorded: boolean; errors: FieldError[] } {
  return site.db.transaction(() => {
    const order = site.payments.order(p.orderId)
    if (!order) throw Refusal.of('order-unknown', '订单不存在。', 404)
    if (order.amountFen !== p.amountFen) throw Refusal.of('amount-mismatch', '支付金额与订单金额不符。', 422)
    const app = site.applications.byId(order.appId)!
    const errors = checkEvent({
      actor: 'gateway', action: 'payment-callback', state: app.state, payment: app.payment, at: site.atBeijing(), feeKind: order.feeKind,
      orderAlreadyPaid: !site.defects.has('payment-callback-double') && site.payments.payment(p.orderId) !== null,
    }, site.ruleCtx(), site.rules)
    if (errors.length) return { recorded: false, errors }
    site.payments.addPayment({ ...p, appId: app.id, paidAt: site.nowIso() })
    site.payments.setOrderStatus(p.orderId, 'paid')
    // The application's payment state is the skills-exam fee's; a written-fee payment is its own row.
    if (order.feeKind === 'skills') site.portal.setPayment(app.id, 'paid')
    return { recorded: true, errors: [] }
  }).immediate()
}

/** The gateway's signed callback: verified, then recorded once (paid) or noted (cancelled, failed). */
export function handleCallback(site: SiteContext, body: unknown): { recorded: boolean; errors: FieldError[] } {
  const cb = PaymentCallback.safeParse(body)
  if (!cb.success) throw Refusal.of('bad-request', '回调格式不正确。', 400)
  if (!verifyCallback(cb.data, site.paymentSecret)) throw Refusal.of('bad-signature', '回调签名校验失败。', 403)
  const { orderId, status, amount, channel, tradeNo } = cb.data
  // Every callback names a known order and its exact amount, whatever its status.
  const order = site.payments.order(orderId)
  if (!order) throw Refusal.of('order-unknown', '订单不存在。', 404)
  if (order.amountFen !== amount) throw Refusal.of('amount-mismatch', '支付金额与订单金额不符。', 422)
  if (status === 'paid') return recordPayment(site, { orderId, amountFen: amount, channel: channel ?? '', tradeNo: tradeNo ?? '', source: 'callback' })
  if (order.status === 'created') site.payments.setOrderStatus(orderId, status)
  return { recorded: false, errors: [] }
}

/** Asks the gateway how an order stands (a lost or late callback) and records a confirmed payment. */
export async function reconcile(site: SiteContext, orderId: string): Promise<void> {
  const order = site.payments.order(orderId)
  if (!order || order.status === 'paid') return
  const s = await site.gateway.orderStatus(orderId)
  if (s.status === 'paid') recordPayment(site, { orderId, amountFen: s.amount, channel: s.channel ?? '', tradeNo: s.tradeNo ?? '', source: 'status-query' })
  else if (s.status !== 'created') site.payments.setOrderStatus(orderId, s.status)
}

/** Reconciles every open order of an application (on the candidate's return from the gateway, or 刷新缴费状态). */
export async function reconcileApplication(site: SiteContext, appId: number): Promise<void> {
  for (const o of site.payments.ordersOf(appId).filter((x) => x.status !== 'paid')) await reconcile(site, o.orderId)
}

/** A rejected candidate's fee goes back through the channel it was paid with, once; the refund is recorded. */
export async function refundIfDue(site: SiteContext, appId: number): Promise<boolean> {
  const app = site.applications.byId(appId)
  if (!app || app.payment !== 'paid') return false
  const payment = site.payments.paymentsOf(app.id, 'skills').find((p) => !site.payments.refundsOf(app.id).some((r) => r.orderId === p.orderId))
  if (!payment) return false
  const errors = checkEvent({ actor: 'system', action: 'refund', state: app.state, payment: app.payment, at: site.atBeijing(), sameChannel: true }, site.ruleCtx(), site.rules)
  if (errors.length || app.state !== 'rejected') return false
  const r = await site.gateway.refund(payment.orderId, payment.amountFen, payment.channel as PaymentChannel)
  site.db.transaction(() => {
    site.payments.addRefund({ orderId: payment.orderId, appId: app.id, refundId: r.refundId, amountFen: r.amount, channel: r.channel, at: site.nowIso() })
    site.portal.setPayment(app.id, 'refunded')
  })()
  return true
}
