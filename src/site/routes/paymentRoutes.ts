import { Hono } from 'hono'
import { handleCallback, paymentView, reconcile, reconcileApplication, startPayment } from '../payment/paymentActions.ts'
import { runDeadlines } from '../lifecycle/runDeadlines.ts'
import { payPage } from '../pages/paymentPages.ts'
import { examByCode } from '../reference/exams.ts'
import { Refusal } from '../validation/fieldError.ts'
import { pageCtx, type Ctx, type Env } from './env.ts'
import { requireCandidate } from './accountRoutes.ts'
import { mediaType } from './requestGuards.ts'

/** 网上缴费 pages: the fee and status, 立即缴费 (to the gateway's order page; /written: Hubei's 综合笔试费), the return, 刷新缴费状态. */
export function paymentRoutes() {
  const app = new Hono<Env>()
  const own = (c: Ctx) => {
    const a = c.var.site.applications.byId(Number(c.req.param('id')))
    if (!a || a.userId !== c.var.user!.id) throw Refusal.of('not-found', '没有这个报名项目。', 404)
    return a
  }
  const show = async (c: Ctx, errors: Refusal['errors'] = []) => {
    await runDeadlines(c.var.site).catch(() => undefined)
    const a = own(c)
    return c.html(payPage(pageCtx(c), a, examByCode(c.var.site.profile.examYear, a.examCode)?.name ?? '', paymentView(c.var.site, a), errors))
  }
  const guarded = (fn: (c: Ctx) => Promise<Response>) => async (c: Ctx) => {
    const denied = requireCandidate(c)
    if (denied) return denied
    try {
      return await fn(c)
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      c.status(err.status)
      try {
        return await show(c, err.errors)
      } catch {
        return c.text(err.errors.map((e) => e.message).join(' '), err.status)
      }
    }
  }
  app.get('/apply/:id/pay', guarded((c) => show(c)))
  app.post('/apply/:id/pay', guarded(async (c) => {
    const { browserUrl } = await startPayment(c.var.site, c.var.user!.id, own(c).id)
    return c.redirect(browserUrl, 303)
  }))
  app.post('/apply/:id/pay/written', guarded(async (c) => {
    const { browserUrl } = await startPayment(c.var.site, c.var.user!.id, own(c).id, 'written')
    return c.redirect(browserUrl, 303)
  }))
  app.post('/apply/:id/pay/refresh', guarded(async (c) => {
    await reconcileApplication(c.var.site, own(c).id)
    return c.redirect(`/apply/${own(c).id}/pay`, 303)
  }))
  // Back from the gateway: its word is checked with the gateway (never the query string), then shown.
  app.get('/pay/return', async (c) => {
    const order = c.var.site.payments.order(c.req.query('orderId') ?? '')
    if (!order) return c.text('订单不存在。', 404)
    await reconcile(c.var.site, order.orderId).catch(() => undefined)
    return c.redirect(`/apply/${order.appId}/pay`, 303)
  })
  return app
}

/**
 * Routes outside the CSRF check: the gateway's signed callback, and the gateway's order page served
 * through the site when the gateway answers in-process (its .test origin is unreachable for a browser).
 */
export function gatewayRoutes() {
  const app = new Hono<Env>()
  app.post('/payment/notify', async (c) => {
    try {
      const r = handleCallback(c.var.site, await c.req.json().catch(() => null))
      return c.json({ ok: true, recorded: r.recorded, rules: r.errors.map((e) => e.rule) })
    } catch (err) {
      if (err instanceof Refusal) return c.json({ error: err.errors }, err.status)
      throw err
    }
  })
  const target = (c: Ctx, suffix: string) => `${c.var.site.gateway.paymentBase}/v1/orders/${encodeURIComponent(c.req.param('orderId') ?? '')}${suffix}`
  // The cashier acts only for the order's owner: an order of someone else (or none) is not found.
  const ownOrder = (c: Ctx) => {
    const order = c.var.site.payments.order(c.req.param('orderId') ?? '')
    const app = order ? c.var.site.applications.byId(order.appId) : null
    return c.var.user && app?.userId === c.var.user.id ? order : null
  }
  const notFound = (c: Ctx) => c.text('订单不存在，或不属于当前登录的考生。', 404)
  // The gateway's answer keeps its own media type: only its HTML order page is served as HTML.
  const relay = async (c: Ctx, res: Response) => {
    const type = mediaType(res.headers.get('content-type') ?? undefined)
    const text = await res.text()
    if (type !== 'text/html') return c.body(text, res.status as 200, { 'content-type': type === 'application/json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' })
    return c.html(text.replaceAll(`${c.var.site.gateway.paymentBase}/v1/orders/`, '/gateway/orders/'), res.status as 200)
  }
  app.get('/gateway/orders/:orderId', async (c) => {
    if (!ownOrder(c)) return notFound(c)
    return relay(c, await c.var.site.gateway.forward(target(c, ''), { method: 'GET' }))
  })
  for (const action of ['pay', 'cancel'] as const) {
    app.post(`/gateway/orders/:orderId/${action}`, async (c) => {
      if (!ownOrder(c)) return notFound(c)
      const body = new URLSearchParams(await c.req.text())
      const res = await c.var.site.gateway.forward(target(c, `/${action}`), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })
      const location = res.headers.get('location')
      if (location) return c.redirect(location, 303)
      return relay(c, res)
    })
  }
  return app
}
