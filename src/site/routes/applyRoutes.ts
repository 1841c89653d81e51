import { Hono } from 'hono'
import { ruleApplies } from '../lifecycle/ruleApplies.ts'
import { candidateView } from '../actions/candidateView.ts'
import { abandonApplication, ownApplication, saveStep, startApplication, STEPS, submitApplication, uploadPhoto, type StepId } from '../actions/wizard.ts'
import { applyHomePage, chooseExamPage, stepPage } from '../pages/applyPages.ts'
import { noticePage } from '../pages/noticePage.ts'
import { applicationExtras } from '../pages/applicationExtras.ts'
import { examByCode, examsOf } from '../reference/exams.ts'
import { examAreas, examSitesOf } from '../reference/examSites.ts'
import { Refusal } from '../validation/fieldError.ts'
import { formBody, pageCtx, type Ctx, type Env } from './env.ts'
import { orRerender, requireCandidate } from './accountRoutes.ts'

type Step = Exclude<StepId, 'exam'>
const STEP_IDS = STEPS.filter((s) => s.id !== 'exam').map((s) => s.id) as Step[]

/** 考试报名: the list, 开始新的报名, the wizard steps, submit, 放弃报考 and the printable notice. */
export function applyRoutes() {
  const app = new Hono<Env>()
  app.use('/apply', async (c, next) => requireCandidate(c) ?? next())
  app.use('/apply/*', async (c, next) => requireCandidate(c) ?? next())
  const examName = (c: Ctx) => (code: string) => examByCode(c.var.site.profile.examYear, code)?.name ?? ''
  const showHome = (c: Ctx, errors: Refusal['errors'] = []) => applyHomePage(pageCtx(c), c.var.site.applications.ofUser(c.var.user!.id), examName(c), errors, (a) => applicationExtras(c.var.site, a))

  app.get('/apply', (c) => c.html(showHome(c)))
  const showChoose = (c: Ctx, errors: Refusal['errors'] = []) =>
    chooseExamPage(pageCtx(c), examsOf(c.var.site.profile.examYear), { category: c.req.query('category'), level: c.req.query('level') }, errors)
  app.get('/apply/new', (c) => c.html(showChoose(c)))
  app.post('/apply/new', async (c) => {
    const body = await formBody(c)
    let id = 0
    const refused = await orRerender(c, () => { id = startApplication(c.var.site, c.var.user!.id, String(body.examCode ?? '')).id }, (errors) => showChoose(c, errors))
    return refused ?? c.redirect(`/apply/${id}/basic`, 303)
  })

  const showStep = (c: Ctx, step: Step, values: Record<string, unknown> = {}, errors: Refusal['errors'] = []) => {
    const site = c.var.site
    const userId = c.var.user!.id
    const a = ownApplication(site, userId, Number(c.req.param('id')))
    const area = String(values.area ?? a.data.area ?? '')
    return stepPage(pageCtx(c), step, {
      app: a, examName: examName(c)(a.examCode), view: candidateView(site, userId, a), values, errors,
      hasPhoto: Boolean(site.candidates.photoFile(userId)), areas: examAreas(site.profile), sites: area ? examSitesOf(area) : [], profile: site.profile.id, photoToolRequired: ruleApplies(site, 'PHOTO-CHECK-TOOL'),
    })
  }
  const guard = (c: Ctx, render: () => unknown) => {
    try {
      return c.html(render() as string)
    } catch (err) {
      if (err instanceof Refusal) return c.html(showHome(c, err.errors) as string, err.status)
      throw err
    }
  }

  app.post('/apply/:id/photo', async (c) => {
    const body = await c.req.parseBody()
    const file = body.photo
    const refused = await orRerender(c, async () => {
      ownApplication(c.var.site, c.var.user!.id, Number(c.req.param('id')))
      if (!(file instanceof File) || file.size === 0) throw Refusal.of('photo-missing', '请选择要上传的照片文件。', 422, 'photo')
      await uploadPhoto(c.var.site, c.var.user!.id, new Uint8Array(await file.arrayBuffer()), file.name)
    }, (errors) => showStep(c, 'basic', {}, errors))
    return refused ?? c.redirect(`/apply/${c.req.param('id')}/basic?ok=photo`, 303)
  })
  app.post('/apply/:id/submit', async (c) => {
    const id = Number(c.req.param('id'))
    const refused = await orRerender(c, () => submitApplication(c.var.site, c.var.user!.id, id), (errors) => showStep(c, 'confirm', {}, errors))
    return refused ?? c.redirect(`/apply/${id}/notice?ok=submitted`, 303)
  })
  app.post('/apply/:id/abandon', async (c) => {
    const refused = await orRerender(c, () => abandonApplication(c.var.site, c.var.user!.id, Number(c.req.param('id'))), (errors) => showHome(c, errors))
    return refused ?? c.redirect('/apply?ok=abandoned', 303)
  })
  app.get('/apply/:id/notice', (c) => guard(c, () => {
    const a = ownApplication(c.var.site, c.var.user!.id, Number(c.req.param('id')))
    if (!a.snapshot || a.state === 'abandoned') throw Refusal.of('not-submitted', '该报考项目没有可打印的报名成功通知单。', 404)
    return noticePage(pageCtx(c), a, examName(c)(a.examCode))
  }))

  for (const step of STEP_IDS) {
    app.get(`/apply/:id/${step}`, (c) => {
      const a = c.var.site.applications.byId(Number(c.req.param('id')))
      // A submitted application has no wizard any more: its page is the list (and the notice).
      if (a && a.userId === c.var.user!.id && a.state !== 'draft') return c.redirect('/apply', 303)
      return guard(c, () => showStep(c, step))
    })
    app.post(`/apply/:id/${step}`, async (c) => {
      const body = await formBody(c)
      const id = Number(c.req.param('id'))
      const refused = await orRerender(c, () => saveStep(c.var.site, c.var.user!.id, id, step, body), (errors) => {
        try {
          return showStep(c, step, body, errors)
        } catch {
          return showHome(c, errors)
        }
      })
      const next = STEPS.find((s) => s.n === STEPS.find((x) => x.id === step)!.n + 1)
      return refused ?? c.redirect(`/apply/${id}/${next?.id ?? 'confirm'}?ok=saved`, 303)
    })
  }
  return app
}
