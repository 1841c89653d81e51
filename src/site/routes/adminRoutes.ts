import { Hono } from 'hono'
import { runDeadlines } from '../lifecycle/runDeadlines.ts'
import { PAY_DUE_KEY, payDue } from '../payment/paymentActions.ts'
import { adminPage, smsInboxPage } from '../pages/adminPages.ts'
import { formBody, pageCtx, type Ctx, type Env } from './env.ts'
import { instantOf } from '../validation/instantOf.ts'
import { Refusal } from '../validation/fieldError.ts'

/** 系统管理 (administrators): the payment deadline, 执行到期处理, and the trainers' mock SMS inbox. */
export function adminRoutes() {
  const app = new Hono<Env>()
  const admin = (c: Ctx) => {
    if (!c.var.user) return c.redirect('/login', 303)
    if (c.var.user.role !== 'admin') return c.text('仅系统管理员可使用此功能。', 403)
    return null
  }
  app.use('/admin', async (c, next) => admin(c) ?? next())
  app.use('/admin/*', async (c, next) => admin(c) ?? next())
  app.get('/admin', (c) => c.html(adminPage(pageCtx(c), payDue(c.var.site), c.req.query('report'))))
  app.post('/admin/pay-due', async (c) => {
    const v = String((await formBody(c)).payDueBy ?? '')
    try {
      c.var.site.payments.setSetting(PAY_DUE_KEY, v ? instantOf(`${v.length === 16 ? `${v}:00` : v}+08:00`, 'payDueBy', '缴费截止时间') : null)
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      return c.text(err.errors[0]!.message, err.status)
    }
    return c.redirect('/admin?ok=saved', 303)
  })
  app.post('/admin/run-deadlines', async (c) => {
    const r = await runDeadlines(c.var.site)
    const text = `到期处理完成：视为放弃 ${r.withdrawn.length} 人，审核不通过 ${r.rejected.length} 人，退费 ${r.refunded.length} 人。`
    return c.redirect(`/admin?report=${encodeURIComponent(text)}`, 303)
  })
  app.get('/admin/sms', async (c) => {
    try {
      return c.html(smsInboxPage(pageCtx(c), (await c.var.site.gateway.smsInbox()).messages))
    } catch {
      return c.html(smsInboxPage(pageCtx(c), [], true), 503)
    }
  })
  return app
}
