import { Hono } from 'hono'
import { DecisionBody, EnterPortalBody, MaterialBody, PayBody, PayDueBody, SkillsResultBody, SubmitReviewBody } from '../api/endpoints.ts'
import { deleteMaterialImage, enterPortal, portalView, readMaterialFile, submitForReview, uploadMaterial } from '../portal/portalActions.ts'
import { decide, DECISIONS, requireStaff, reviewDetail, reviewQueue, covers, type Decision } from '../review/reviewActions.ts'
import { PAY_DUE_KEY, paymentView, reconcileApplication, startPayment } from '../payment/paymentActions.ts'
import { setSkillsResult } from '../payment/writtenFee.ts'
import { runDeadlines } from '../lifecycle/runDeadlines.ts'
import { Refusal } from '../validation/fieldError.ts'
import { jsonBody as body } from './jsonBody.ts'
import { allowedDecisions } from './reviewRoutes.ts'
import type { Ctx, Env } from './env.ts'
import { mediaType } from './requestGuards.ts'
import { instantOf } from '../validation/instantOf.ts'
import { sendFile } from './sendFile.ts'


function candidateOf(c: Ctx) {
  const u = c.var.user
  if (!u) throw Refusal.of('unauthenticated', '请先登录。', 403)
  if (u.role !== 'candidate') throw Refusal.of('forbidden', '仅考生可使用此功能。', 403)
  return u
}
function ownApp(c: Ctx) {
  const a = c.var.site.applications.byId(Number(c.req.param('id')))
  if (!a || a.userId !== candidateOf(c).id) throw Refusal.of('not-found', '没有这个报名项目。', 404)
  return a
}
function adminOf(c: Ctx) {
  if (c.var.user?.role !== 'admin') throw Refusal.of('forbidden', '仅系统管理员可使用此功能。', 403)
}

/** The JSON API of part 2 (portal, review, payment, deadlines), mounted under /api beside part 1's. */
export function partTwoApi() {
  const api = new Hono<Env>()
  api.use('*', async (c, next) => {
    if (c.req.method === 'POST' && mediaType(c.req.header('content-type')) !== 'application/json') {
      return c.json({ error: [{ rule: null, path: '', code: 'json-required', message: '请求须为 application/json。' }] }, 415)
    }
    await next()
  })
  api.onError((err, c) => {
    if (err instanceof Refusal) return c.json({ error: err.errors }, err.status)
    throw err
  })

  api.post('/portal/enter', async (c) => {
    enterPortal(c.var.site, candidateOf(c), c.var.session.id, await body(c, EnterPortalBody))
    return c.json({ ok: true, activatedAt: c.var.site.portal.activatedAt(candidateOf(c).id) })
  })
  const authorised = (c: Ctx) => {
    const u = candidateOf(c)
    if (!c.var.site.portal.authorised(u.id, c.var.session.id)) throw Refusal.of('portal-not-authorised', '请先点击“上传相关材料”并使用报名账号授权登录。', 403)
    return u
  }
  api.get('/portal', async (c) => {
    const u = authorised(c)
    await runDeadlines(c.var.site).catch(() => undefined)
    const v = portalView(c.var.site, u.id)
    if (!v) throw Refusal.of('no-application', '请先在国家医学考试网完成并提交报名信息，再点击“上传相关材料”。', 409)
    return c.json({
      application: { id: v.app.id, examCode: v.app.examCode, state: v.app.state, payment: v.app.payment }, extras: v.extras, activatedAt: v.activatedAt,
      feedback: v.feedback.map((f) => ({ at: f.at, text: f.text })),
      materials: v.materials.map((m) => ({ id: m.id, title: m.title, required: m.required, images: m.images, instructions: m.instructions, source: m.source, locked: !m.unlocked, stored: m.stored.map((s) => ({ id: s.id, fileId: s.fileId })) })),
    })
  })
  api.post('/portal/materials/:material', async (c) => {
    const u = authorised(c)
    const b = await body(c, MaterialBody)
    const img = await uploadMaterial(c.var.site, u.id, c.req.param('material'), new Uint8Array(Buffer.from(b.base64, 'base64')), b.fileName, b.declaredType ?? '')
    return c.json({ id: img.id, fileId: img.fileId, material: img.material }, 201)
  })
  api.delete('/portal/images/:id', (c) => {
    deleteMaterialImage(c.var.site, authorised(c).id, Number(c.req.param('id')))
    return c.json({ ok: true })
  })
  api.post('/portal/submit', async (c) => {
    const a = submitForReview(c.var.site, authorised(c).id, { declared: (await body(c, SubmitReviewBody)).declared ?? false })
    return c.json({ id: a.id, state: a.state })
  })
  api.get('/portal/files/:fileId', (c) => {
    const f = readMaterialFile(c.var.site, c.var.user, c.req.param('fileId'))
    return sendFile(c, f.bytes, f.format, 'material')
  })

  api.get('/review/queue', async (c) => {
    const u = requireStaff(c.var.user)
    await runDeadlines(c.var.site).catch(() => undefined)
    const apps = reviewQueue(c.var.site, u, { site: c.req.query('site') || undefined, state: c.req.query('state') || undefined })
    return c.json({ applications: apps.map((a) => ({ id: a.id, userId: a.userId, examCode: a.examCode, site: a.data.site, state: a.state, payment: a.payment, submittedAt: a.submittedAt })) })
  })
  api.get('/review/applications/:id', (c) => {
    const u = requireStaff(c.var.user)
    const d = reviewDetail(c.var.site, u, Number(c.req.param('id')))
    return c.json({ ...d, materials: d.materials.map((m) => ({ id: m.id, title: m.title, required: m.required, stored: m.stored })), allowed: allowedDecisions(c.var.site, u, d.app) })
  })
  api.post('/review/applications/:id/:decision', async (c) => {
    const decision = c.req.param('decision') as Decision
    if (!DECISIONS.includes(decision)) throw Refusal.of('not-found', '没有这个审核操作。', 404)
    const a = await decide(c.var.site, c.var.user, Number(c.req.param('id')), decision, await body(c, DecisionBody))
    return c.json({ id: a.id, state: a.state })
  })
  api.get('/review/audit', (c) => {
    const u = requireStaff(c.var.user)
    const site = c.var.site
    return c.json({ entries: site.audit.list().filter((e) => { const a = site.applications.byId(e.appId); return a ? covers(site, u, a) : false }) })
  })

  api.get('/applications/:id/payment', async (c) => {
    await runDeadlines(c.var.site).catch(() => undefined)
    const a = ownApp(c)
    return c.json({ state: c.var.site.applications.byId(a.id)!.state, ...paymentView(c.var.site, c.var.site.applications.byId(a.id)!) })
  })
  api.post('/applications/:id/pay', async (c) => {
    const { kind } = await body(c, PayBody)
    const { order, browserUrl } = await startPayment(c.var.site, candidateOf(c).id, ownApp(c).id, kind)
    return c.json({ orderId: order.orderId, payUrl: order.payUrl, browserUrl, amountFen: order.amountFen, kind: order.feeKind }, 201)
  })
  api.post('/applications/:id/payment/refresh', async (c) => {
    const a = ownApp(c)
    await reconcileApplication(c.var.site, a.id)
    return c.json(paymentView(c.var.site, c.var.site.applications.byId(a.id)!))
  })

  api.post('/admin/pay-due', async (c) => {
    adminOf(c)
    const { payDueBy } = await body(c, PayDueBody)
    if (payDueBy && Number.isNaN(Date.parse(payDueBy))) throw Refusal.of('bad-date', '时间格式不正确。', 400, 'payDueBy')
    c.var.site.payments.setSetting(PAY_DUE_KEY, payDueBy ? instantOf(payDueBy, 'payDueBy', '缴费截止时间') : null)
    return c.json({ ok: true })
  })
  api.post('/admin/applications/:id/skills-result', async (c) => {
    adminOf(c)
    const { result } = await body(c, SkillsResultBody)
    const a = setSkillsResult(c.var.site, c.var.user, Number(c.req.param('id')), result)
    return c.json({ id: a.id, skillsResult: c.var.site.skillsResults.of(a.id) })
  })
  api.post('/admin/run-deadlines', async (c) => {
    adminOf(c)
    return c.json(await runDeadlines(c.var.site))
  })
  api.get('/admin/sms', async (c) => {
    adminOf(c)
    return c.json(await c.var.site.gateway.smsInbox())
  })
  return api
}
