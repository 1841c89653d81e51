import { Hono } from 'hono'
import { TEST_CAPTCHA } from '../auth/captchas.ts'
import { deleteMaterialImage, enterFields, enterPortal, portalView, readMaterialFile, requirePortal, submitForReview, uploadMaterial } from '../portal/portalActions.ts'
import { paymentView } from '../payment/paymentActions.ts'
import { runDeadlines } from '../lifecycle/runDeadlines.ts'
import { ruleApplies } from '../lifecycle/ruleApplies.ts'
import { noPortalPage, portalEnterPage, portalPage } from '../pages/portalPages.ts'
import { examByCode } from '../reference/exams.ts'
import { Refusal } from '../validation/fieldError.ts'
import { formBody, pageCtx, type Ctx, type Env } from './env.ts'
import { requireCandidate } from './accountRoutes.ts'
import { sendFile } from './sendFile.ts'

/** Renders the portal: the refusal without a portal, the authorisation form, or the materials page. */
export async function showPortal(c: Ctx, errors: Refusal['errors'] = [], errorFor?: string, values: Record<string, unknown> = {}) {
  const site = c.var.site
  const user = c.var.user!
  try {
    requirePortal(site)
  } catch (err) {
    if (err instanceof Refusal) return c.html(noPortalPage(pageCtx(c), err.errors[0]!.message), 404)
    throw err
  }
  if (!site.portal.authorised(user.id, c.var.session.id)) {
    const asks = enterFields(site)
    return c.html(portalEnterPage(pageCtx(c), asks, asks.captcha ? site.captchas.issue() : null, values, errors, site.captchas.mode === 'test' ? TEST_CAPTCHA : undefined))
  }
  await runDeadlines(site).catch(() => undefined)
  const v = portalView(site, user.id)
  if (!v) return c.html(noPortalPage(pageCtx(c), '请先在国家医学考试网完成并提交报名信息，再点击“上传相关材料”。'), 409)
  const examName = examByCode(site.profile.examYear, v.app.examCode)?.name ?? ''
  return c.html(portalPage(pageCtx(c), v, paymentView(site, v.app), examName, ruleApplies(site, 'MATERIAL-DECLARATION'), errors, errorFor))
}

/** 上传相关材料 (省网): authorisation, the materials page, upload, delete ('-'), 提交审核, and the files. */
export function portalRoutes() {
  const app = new Hono<Env>()
  app.use('/portal', async (c, next) => requireCandidate(c) ?? next())
  app.use('/portal/*', async (c, next) => (c.req.path.startsWith('/portal/files/') ? next() : requireCandidate(c) ?? next()))
  const authorised = (c: Ctx) => c.var.site.portal.authorised(c.var.user!.id, c.var.session.id)

  app.get('/portal', (c) => showPortal(c))
  app.post('/portal/enter', async (c) => {
    const body = await formBody(c)
    const input = { username: String(body.username ?? ''), password: String(body.password ?? ''), captchaId: String(body.captchaId ?? ''), captcha: String(body.captcha ?? ''), idNumber: String(body.idNumber ?? '') }
    try {
      enterPortal(c.var.site, c.var.user!, c.var.session.id, input)
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      c.status(err.status)
      return showPortal(c, err.errors, undefined, { username: input.username, idNumber: input.idNumber })
    }
    return c.redirect('/portal?ok=authorised', 303)
  })
  app.post('/portal/materials/:material', async (c) => {
    if (!authorised(c)) return c.redirect('/portal', 303)
    const material = c.req.param('material')
    const file = (await c.req.parseBody()).file
    try {
      if (!(file instanceof File)) throw Refusal.of('file-missing', '请选择要上传的材料图片文件。', 422, 'file')
      await uploadMaterial(c.var.site, c.var.user!.id, material, new Uint8Array(await file.arrayBuffer()), file.name, file.type)
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      c.status(err.status)
      return showPortal(c, err.errors, material)
    }
    return c.redirect(`/portal?ok=saved#m-${material}-h`, 303)
  })
  app.post('/portal/images/:id/delete', async (c) => {
    if (!authorised(c)) return c.redirect('/portal', 303)
    try {
      deleteMaterialImage(c.var.site, c.var.user!.id, Number(c.req.param('id')))
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      c.status(err.status)
      return showPortal(c, err.errors)
    }
    return c.redirect('/portal?ok=deleted', 303)
  })
  app.post('/portal/submit', async (c) => {
    if (!authorised(c)) return c.redirect('/portal', 303)
    const body = await formBody(c)
    try {
      submitForReview(c.var.site, c.var.user!.id, { declared: body.declared === 'true' })
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      c.status(err.status)
      return showPortal(c, err.errors)
    }
    return c.redirect('/portal?ok=review-submitted', 303)
  })
  // Files live outside any served folder; only their candidate and the reviewers of their 考点/考区 read them.
  app.get('/portal/files/:id', (c) => {
    try {
      const f = readMaterialFile(c.var.site, c.var.user, c.req.param('id'))
      return sendFile(c, f.bytes, f.format, 'material')
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      return c.json({ error: err.errors }, err.status)
    }
  })
  return app
}
