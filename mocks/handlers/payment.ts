import { http, HttpResponse } from 'msw'
import {
  CreateOrderRequest, PAYMENT_CHANNELS, PAYMENT_CHANNEL_NAMES, PayForm, RefundRequest, SERVICE_PATHS,
  type CreateOrderResponse, type OrderStatusResponse, type PaymentCallback, type RefundResponse,
} from '../contracts.ts'
import type { MockContext } from '../context.ts'
import type { CallbackPolicy } from '../callbacks.ts'
import type { Order } from '../state.ts'
import { errorResponse, parseBody } from '../respond.ts'
import { signCallback } from '../signature.ts'

// 易宝-like gateway: the site creates an order, sends the browser to the order page, the candidate
// pays or cancels there, the browser returns to returnUrl and the gateway POSTs a signed callback to
// notifyUrl. Refunds go back through the order's channel only.

/** What the pay and cancel buttons do: the final status, how the callback travels, and when this applies. */
export interface PayBehaviour {
  /** The status 确认支付 leads to (a `failed` scenario makes the bank refuse). */
  payOutcome: 'paid' | 'failed'
  policy: CallbackPolicy
  /** False lets the request fall through to the next handler (a scenario that is switched off). */
  when?: () => boolean
}

const HAPPY: PayBehaviour = { payOutcome: 'paid', policy: 'once' }

/** A payment URL: the route pattern, or with `orderId` filled in. */
const url = (ctx: MockContext, path: string, orderId?: string) =>
  `${ctx.urls.payment}${orderId === undefined ? path : path.replace(':orderId', encodeURIComponent(orderId))}`
const yuan = (fen: number) => (fen / 100).toFixed(2)
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function statusOf(order: Order): OrderStatusResponse {
  const refunded = order.refunds.reduce((n, r) => n + r.amount, 0)
  return { orderId: order.request.orderId, status: order.status, amount: order.request.amount, channel: order.channel, tradeNo: order.tradeNo, refunded }
}

function orderOr404(ctx: MockContext, orderId: string): Order | Response {
  return ctx.state.payment.orders.get(orderId) ?? errorResponse(404, 'order-not-found', `订单 ${orderId} 不存在`)
}

/** The signed callback for an order's current state. */
export function callbackFor(ctx: MockContext, order: Order): PaymentCallback {
  const status = order.status === 'created' ? 'failed' : order.status
  const unsigned = { orderId: order.request.orderId, status, amount: order.request.amount, channel: order.channel, tradeNo: order.tradeNo, at: ctx.clock.now().toISOString() }
  return { ...unsigned, signature: signCallback(unsigned, ctx.options.secret) }
}

/** The order page: amount, subject and the two buttons, in Chinese, usable with a keyboard and a screen reader. */
function orderPage(ctx: MockContext, order: Order): string {
  const { orderId, amount, subject } = order.request
  const done = order.status !== 'created'
  const channels = PAYMENT_CHANNELS.map((c, i) =>
    `<label><input type="radio" name="channel" value="${c}"${i === 0 ? ' checked' : ''}> ${PAYMENT_CHANNEL_NAMES[c]}</label>`).join('\n        ')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>收银台 - 订单 ${escapeHtml(orderId)}</title></head>
<body><main>
  <h1>模拟支付收银台</h1>
  <dl aria-label="订单信息">
    <dt>订单号</dt><dd data-testid="order-id">${escapeHtml(orderId)}</dd>
    <dt>商品</dt><dd>${escapeHtml(subject)}</dd>
    <dt>金额</dt><dd data-testid="amount">¥${yuan(amount)}</dd>
    <dt>状态</dt><dd role="status">${{ created: '待支付', paid: '已支付', cancelled: '已取消', failed: '支付失败' }[order.status]}</dd>
  </dl>
  ${done ? '<p>该订单已处理，无需重复操作。</p>' : `<form method="post" action="${url(ctx, SERVICE_PATHS.payment.pay, orderId)}">
    <fieldset><legend>支付方式</legend>
        ${channels}
    </fieldset>
    <button type="submit">确认支付</button>
  </form>
  <form method="post" action="${url(ctx, SERVICE_PATHS.payment.cancel, orderId)}">
    <button type="submit">取消支付</button>
  </form>`}
</main></body></html>`
}

/** POST …/pay and …/cancel: settle the order, send the browser back, and post the callback by `behaviour`. */
export function payActionHandlers(ctx: MockContext, behaviour: PayBehaviour = HAPPY) {
  const act = (action: 'pay' | 'cancel') => http.post(url(ctx, SERVICE_PATHS.payment[action]), async ({ request, params }) => {
    if (behaviour.when && !behaviour.when()) return undefined
    const found = orderOr404(ctx, String(params.orderId))
    if (found instanceof Response) return found
    if (found.status !== 'created') return errorResponse(409, 'order-settled', `订单已处理（${found.status}），不能重复${action === 'pay' ? '支付' : '取消'}`)
    const form = await parseBody(request, PayForm)
    if (!form.ok) return form.response
    if (action === 'pay') {
      found.status = behaviour.payOutcome
      found.channel = form.data.channel
      found.tradeNo = behaviour.payOutcome === 'paid' ? ctx.clock.nextId('T') : null
    } else found.status = 'cancelled'
    ctx.callbacks.send(found.request.notifyUrl, callbackFor(ctx, found), behaviour.policy)
    const back = new URL(found.request.returnUrl)
    back.searchParams.set('orderId', found.request.orderId)
    back.searchParams.set('status', found.status)
    return new HttpResponse(null, { status: 303, headers: { location: back.toString() } })
  })
  return [act('pay'), act('cancel')]
}

/** The gateway's happy path: orders, order page, status, pay/cancel with one prompt callback, refunds. */
export function paymentHandlers(ctx: MockContext) {
  const { orders } = ctx.state.payment
  return [
    http.post(url(ctx, SERVICE_PATHS.payment.orders), async ({ request }) => {
      const body = await parseBody(request, CreateOrderRequest)
      if (!body.ok) return body.response
      const req = body.data
      const existing = orders.get(req.orderId)
      if (existing && (existing.request.amount !== req.amount || existing.request.notifyUrl !== req.notifyUrl)) {
        return errorResponse(409, 'order-conflict', `订单号 ${req.orderId} 已存在且金额或通知地址不同`)
      }
      const order = existing ?? { request: req, status: 'created', channel: null, tradeNo: null, refunds: [] }
      orders.set(req.orderId, order)
      const answer: CreateOrderResponse = { orderId: req.orderId, payUrl: url(ctx, SERVICE_PATHS.payment.order, req.orderId), status: order.status }
      return HttpResponse.json(answer, { status: existing ? 200 : 201 })
    }),
    http.get(url(ctx, SERVICE_PATHS.payment.order), ({ params }) => {
      const found = orderOr404(ctx, String(params.orderId))
      return found instanceof Response ? found : HttpResponse.html(orderPage(ctx, found))
    }),
    http.get(url(ctx, SERVICE_PATHS.payment.status), ({ params }) => {
      const found = orderOr404(ctx, String(params.orderId))
      return found instanceof Response ? found : HttpResponse.json(statusOf(found))
    }),
    ...payActionHandlers(ctx),
    http.post(url(ctx, SERVICE_PATHS.payment.refunds), async ({ request }) => {
      const body = await parseBody(request, RefundRequest)
      if (!body.ok) return body.response
      const { orderId, amount, channel } = body.data
      const found = orderOr404(ctx, orderId)
      if (found instanceof Response) return found
      if (found.status !== 'paid') return errorResponse(409, 'order-not-paid', `订单 ${orderId} 未支付成功，不能退费`)
      if (channel !== found.channel) return errorResponse(409, 'channel-mismatch', `退费须原路退回：该订单通过 ${PAYMENT_CHANNEL_NAMES[found.channel!]} 支付`)
      const already = statusOf(found).refunded
      if (already + amount > found.request.amount) {
        return errorResponse(409, 'refund-exceeds', `退费金额超过可退金额（已退 ¥${yuan(already)}，订单 ¥${yuan(found.request.amount)}）`)
      }
      const refund: RefundResponse = { orderId, refundId: ctx.clock.nextId('R'), status: 'refunded', amount, channel, refundedTotal: already + amount }
      found.refunds.push(refund)
      return HttpResponse.json(refund, { status: 201 })
    }),
  ]
}
