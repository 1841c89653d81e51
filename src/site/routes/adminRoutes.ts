import { Hono } from 'hono'
import { drawIdPhoto } from '../../generator/images/draw.ts'
import { runDeadlines } from '../lifecycle/runDeadlines.ts'
import { ruleApplies, ruleParams } from '../lifecycle/ruleApplies.ts'
import { PAY_DUE_KEY, payDue } from '../payment/paymentActions.ts'
import { adminPage, candidatesPage, classPage, exercisesPage, loginSheetPage, smsInboxPage } from '../pages/adminPages.ts'
import { candidateList } from '../training/candidateList.ts'
import { createClass, traineeLogins } from '../training/createClass.ts'
import { scoreBoard, scoreBoardCsv, startExerciseSet } from '../training/exercises.ts'
import { resetToDemo } from '../training/resetToDemo.ts'
import { scenariosOf } from '../training/scenarios.ts'
import { encodeJpegWithin } from '../photo/imageCodec.ts'
import { handoutScan } from '../training/handoutScans.ts'
import { Refusal } from '../validation/fieldError.ts'
import { instantOf } from '../validation/instantOf.ts'
import { formBody, pageCtx, type Ctx, type Env } from './env.ts'

/** A datetime-local value (Beijing wall time) as an ISO instant. */
const beijingLocal = (v: string) => `${v.length === 16 ? `${v}:00` : v}+08:00`
const int = (v: unknown) => (/^\d+$/.test(String(v ?? '').trim()) ? Number(String(v).trim()) : NaN)

/** 系统管理 and the trainer console (administrators): clock, reset, candidates, class and scenarios, exercises and scores, SMS inbox. */
export function adminRoutes() {
  const app = new Hono<Env>()
  const admin = (c: Ctx) => {
    if (!c.var.user) return c.redirect('/login', 303)
    if (c.var.user.role !== 'admin') return c.text('仅系统管理员可使用此功能。', 403)
    return null
  }
  app.use('/admin', async (c, next) => admin(c) ?? next())
  app.use('/admin/*', async (c, next) => admin(c) ?? next())
  const home = (c: Ctx, o: { report?: string; errors?: Refusal['errors'] } = {}) => adminPage(pageCtx(c), { clock: c.var.site.clock, payDue: payDue(c.var.site), report: o.report ?? c.req.query('report'), errors: o.errors })
  app.get('/admin', (c) => c.html(home(c)))
  app.post('/admin/clock', async (c) => {
    const body = await formBody(c)
    const mode = String(body.mode ?? '')
    const at = String(body.at ?? '')
    if (mode === 'wall') {
      c.var.site.clock.set(null)
    } else {
      const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(at) ? beijingLocal(at) : ''
      if (!iso || !['frozen', 'running'].includes(mode)) return c.html(home(c, { errors: [{ rule: null, path: 'at', code: 'bad-instant', message: '请填写要设定的日期和时间（北京时间），并选择冻结或运行。' }] }), 422)
      if (mode === 'running') c.var.site.clock.run(iso)
      else c.var.site.clock.set(iso)
    }
    return c.redirect('/admin?ok=clock', 303)
  })
  app.post('/admin/reset', async (c) => {
    const body = await formBody(c)
    if (body.confirm !== 'true') return c.html(home(c, { errors: [{ rule: null, path: 'confirm', code: 'not-confirmed', message: '重置将删除全部数据，请先勾选确认。' }] }), 422)
    await resetToDemo(c.var.site)
    return c.redirect('/login?ok=reset', 303)
  })
  app.post('/admin/pay-due', async (c) => {
    const v = String((await formBody(c)).payDueBy ?? '')
    try {
      c.var.site.payments.setSetting(PAY_DUE_KEY, v ? instantOf(beijingLocal(v), 'payDueBy', '缴费截止时间') : null)
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
  app.get('/admin/candidates', (c) => {
    const q = c.req.query('q') ?? ''
    return c.html(candidatesPage(pageCtx(c), candidateList(c.var.site, q), q))
  })
  const classView = (c: Ctx, errors: Refusal['errors'] = [], values: Record<string, unknown> = {}) =>
    classPage(pageCtx(c), { scenarios: scenariosOf(c.var.site.profile.id), trainees: c.var.site.classroom.trainees(), errors, values })
  app.get('/admin/class', (c) => c.html(classView(c)))
  app.post('/admin/class', async (c) => {
    const body = await formBody(c)
    try {
      const made = await createClass(c.var.site, { count: int(body.count), seed: int(body.seed) })
      return c.redirect(`/admin/class?ok=class&n=${made.length}`, 303)
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      return c.html(classView(c, err.errors, body), err.status)
    }
  })
  app.get('/admin/class/sheet', (c) => {
    const site = c.var.site
    const trainees = site.classroom.trainees().map((t) => ({ t, logins: traineeLogins(site, t.code) }))
    return c.html(loginSheetPage(pageCtx(c), { url: site.publicUrl, trainees, scenarios: scenariosOf(site.profile.id), toolRequired: ruleApplies(site, 'PHOTO-CHECK-TOOL') }))
  })
  const exercisesView = (c: Ctx, errors: Refusal['errors'] = []) => {
    const { set, lines } = scoreBoard(c.var.site)
    return exercisesPage(pageCtx(c), { seed: set?.seed, startedAt: set?.startedAt, lines, errors })
  }
  app.get('/admin/exercises', (c) => c.html(exercisesView(c)))
  app.post('/admin/exercises', async (c) => {
    const body = await formBody(c)
    try {
      startExerciseSet(c.var.site, int(body.seed))
      return c.redirect('/admin/exercises?ok=exercises', 303)
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      return c.html(exercisesView(c, err.errors), err.status)
    }
  })
  app.get('/admin/exercises/scores.csv', (c) => c.body(scoreBoardCsv(c.var.site), 200, {
    'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="scores.csv"; filename*=UTF-8''${encodeURIComponent('审核练习成绩.csv')}`,
  }))
  app.get('/admin/sms', async (c) => {
    try {
      return c.html(smsInboxPage(pageCtx(c), (await c.var.site.gateway.smsInbox()).messages))
    } catch {
      return c.html(smsInboxPage(pageCtx(c), [], true), 503)
    }
  })

  // What a trainee downloads from the login sheet: the handout's ID photo (not yet through the photo-check
  // tool) and two scans of their over-cap candidate's diploma, one over the portal's cap. Synthetic pictures, so no login is asked.
  app.get('/training/handouts/:code/photo.jpg', async (c) => {
    const t = c.var.site.classroom.trainees().find((x) => x.code === c.req.param('code'))
    if (!t) return c.text('没有这个学员。', 404)
    const cap = (ruleParams<{ maxKB: number }>(c.var.site, 'PHOTO-SIZE')?.maxKB ?? 40) * c.var.site.profile.kbBytes
    // Encoded off the event loop (a class downloads its sheets at once), at the best quality within the cap.
    const photo = await encodeJpegWithin(drawIdPhoto(390, 567, t.handout.idNumber.charCodeAt(12)), Math.min(20 * 1024, cap - 1024))
    if (!photo) return c.text('证件照无法在大小上限内生成，请检查该配置的照片大小上限。', 500)
    return c.body(new Uint8Array(photo), 200, { 'content-type': 'image/jpeg', 'content-disposition': `attachment; filename="${t.code}-photo.jpg"` })
  })
  app.get('/training/handouts/:code/:name{overcap\\.jpg|fits\\.jpg}', async (c) => {
    const code = c.req.param('code')
    const which = c.req.param('name') === 'overcap.jpg' ? 'overcap' : 'fits'
    const scan = await handoutScan(c.var.site, code, which)
    if (!scan) return c.text('没有这个学员，或该学员没有“图片超过大小上限”场景的考生。', 404)
    return c.body(new Uint8Array(scan.data), 200, { 'content-type': 'image/jpeg', 'content-disposition': `attachment; filename="${code}-${scan.material}-${which}.jpg"` })
  })
  return app
}
