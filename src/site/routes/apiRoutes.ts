import { Hono } from 'hono'
import { changePassword, login, recoverPassword, register, updateSecurity } from '../actions/account.ts'
import { candidateView } from '../actions/candidateView.ts'
import { deleteRecord, requestDictionaryAddition, saveRecord, savePersonalForm } from '../actions/personalInfo.ts'
import { abandonApplication, ownApplication, saveStep, startApplication, STEPS, submitApplication, uploadPhoto, type StepId } from '../actions/wizard.ts'
import { BanBody, ClockBody, LoginBody, PhotoBody, RecoverBody, RequestBody, SecurityBody, StartBody, PasswordBody, RegisterBody } from '../api/endpoints.ts'
import { RECORD_KINDS } from '../forms/forms.ts'
import { declareProbation } from '../actions/probation.ts'
import { lookup } from '../reference/dictionary.ts'
import { examsOf } from '../reference/exams.ts'
import { examSitesOf } from '../reference/examSites.ts'
import { Refusal } from '../validation/fieldError.ts'
import { jsonBody as body } from './jsonBody.ts'
import type { Ctx, Env } from './env.ts'
import { clientOf, setSessionCookie } from './sessionMiddleware.ts'
import { mediaType } from './requestGuards.ts'
import { instantOf } from '../validation/instantOf.ts'

/** Reads and checks a JSON body; a body that does not fit is a 400 naming the fields. */
const anyBody = async (c: Ctx) => ((await c.req.json().catch(() => ({}))) ?? {}) as Record<string, unknown>

function candidateOf(c: Ctx) {
  const u = c.var.user
  if (!u) throw Refusal.of('unauthenticated', '请先登录。', 403)
  if (u.role !== 'candidate') throw Refusal.of('forbidden', '仅考生可使用此功能。', 403)
  return u
}

/** The candidate as the API returns it: the Candidate shape plus the stored records' IDs and marks. */
function me(c: Ctx) {
  const u = candidateOf(c)
  const site = c.var.site
  const view = candidateView(site, u.id, site.applications.active(u.id))
  const marks = Object.fromEntries(RECORD_KINDS.map((k) => [k, view.records[k].map((r) => ({ id: r.id, locked: r.locked, verified: r.verified }))]))
  return { user: { id: u.id, username: u.username, role: u.role }, candidate: view.candidate, records: marks, hasPhoto: Boolean(site.candidates.photoFile(u.id)) }
}

/** The JSON API: one endpoint per user action (see endpoints.ts and docs/api.md). */
export function apiRoutes() {
  const api = new Hono<Env>()
  // JSON only on POST, by its exact media type: a cross-site HTML form cannot send application/json
  // (text/plain; charset=application/json is text/plain); cross-site cookie requests are refused before.
  api.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'DELETE' && mediaType(c.req.header('content-type')) !== 'application/json') {
      return c.json({ error: [{ rule: null, path: '', code: 'json-required', message: '请求须为 application/json。' }] }, 415)
    }
    await next()
  })
  api.onError((err, c) => {
    if (err instanceof Refusal) return c.json({ error: err.errors }, err.status)
    throw err
  })

  api.get('/captcha', (c) => c.json(c.var.site.captchas.issue()))
  api.post('/register', async (c) => {
    const user = await register(c.var.site, await body(c, RegisterBody))
    return c.json({ id: user.id, username: user.username }, 201)
  })
  api.post('/login', async (c) => {
    const { user, session } = login(c.var.site, await body(c, LoginBody), c.var.session.id, clientOf(c))
    setSessionCookie(c, session)
    return c.json({ token: session.id, user: { id: user.id, username: user.username, role: user.role } })
  })
  api.post('/logout', (c) => {
    c.var.site.sessions.destroy(c.var.session.id)
    return c.json({ ok: true })
  })
  api.post('/recover', async (c) => {
    recoverPassword(c.var.site, await body(c, RecoverBody), clientOf(c))
    return c.json({ ok: true })
  })
  api.post('/account/password', async (c) => {
    changePassword(c.var.site, candidateOf(c), await body(c, PasswordBody))
    return c.json({ ok: true })
  })
  api.post('/account/security', async (c) => {
    updateSecurity(c.var.site, candidateOf(c), await body(c, SecurityBody))
    return c.json({ ok: true })
  })

  api.get('/me', (c) => c.json(me(c)))
  for (const id of ['contact', 'work'] as const) {
    api.post(`/info/${id}`, async (c) => {
      const input = await anyBody(c)
      savePersonalForm(c.var.site, candidateOf(c).id, id, id === 'work' && input.work && typeof input.work === 'object' ? input.work as Record<string, unknown> : input)
      return c.json(me(c))
    })
  }
  api.post('/info/photo', async (c) => {
    const b = await body(c, PhotoBody)
    const photo = await uploadPhoto(c.var.site, candidateOf(c).id, new Uint8Array(Buffer.from(b.base64, 'base64')), b.fileName)
    return c.json({ photo })
  })
  api.post('/info/request', async (c) => c.json(requestDictionaryAddition(c.var.site, candidateOf(c).id, await body(c, RequestBody)), 201))
  for (const kind of RECORD_KINDS) {
    api.post(`/info/${kind}`, async (c) => c.json({ id: await saveRecord(c.var.site, candidateOf(c).id, kind, null, await anyBody(c)) }, 201))
    api.post(`/info/${kind}/:id`, async (c) => c.json({ id: await saveRecord(c.var.site, candidateOf(c).id, kind, Number(c.req.param('id')), await anyBody(c)) }))
    api.delete(`/info/${kind}/:id`, (c) => {
      deleteRecord(c.var.site, candidateOf(c).id, Number(c.req.param('id')))
      return c.json({ ok: true })
    })
  }
  api.get('/lookup/:kind', (c) => {
    const kind = c.req.param('kind')
    if (kind !== 'school' && kind !== 'unit') return c.notFound()
    return c.json({ results: lookup(kind, c.req.query('q') ?? '') })
  })

  api.get('/exam-sites', (c) => c.json({ sites: examSitesOf(c.req.query('area') ?? '') }))
  api.get('/exams', (c) => c.json({ exams: examsOf(c.var.site.profile.examYear) }))
  api.get('/applications', (c) => c.json({ applications: c.var.site.applications.ofUser(candidateOf(c).id) }))
  api.post('/applications', async (c) => c.json(startApplication(c.var.site, candidateOf(c).id, (await body(c, StartBody)).examCode), 201))
  for (const step of STEPS.filter((s) => s.id !== 'exam').map((s) => s.id) as Exclude<StepId, 'exam'>[]) {
    api.post(`/applications/:id/${step}`, async (c) => {
      const input = await anyBody(c)
      const flat = step === 'work' && input.work && typeof input.work === 'object' ? input.work as Record<string, unknown>
        : step === 'confirm' && input.application && typeof input.application === 'object' ? input.application as Record<string, unknown> : input
      return c.json(saveStep(c.var.site, candidateOf(c).id, Number(c.req.param('id')), step, flat))
    })
  }
  api.post('/applications/:id/submit', (c) => c.json(submitApplication(c.var.site, candidateOf(c).id, Number(c.req.param('id')))))
  api.post('/applications/:id/abandon', (c) => c.json(abandonApplication(c.var.site, candidateOf(c).id, Number(c.req.param('id')))))
  api.get('/applications/:id/notice', (c) => {
    const a = ownApplication(c.var.site, candidateOf(c).id, Number(c.req.param('id')))
    if (!a.snapshot || a.state === 'abandoned') throw Refusal.of('not-submitted', '该报考项目没有可打印的报名成功通知单。', 404)
    return c.json({ examCode: a.examCode, submittedAt: a.submittedAt, candidate: a.snapshot })
  })

  api.post('/probation-declaration', (c) => {
    declareProbation(c.var.site, candidateOf(c).id)
    return c.json({ ok: true })
  })

  const admin = (c: Ctx) => {
    if (c.var.user?.role !== 'admin') throw Refusal.of('forbidden', '仅系统管理员可使用此功能。', 403)
  }
  api.get('/admin/clock', (c) => {
    admin(c)
    return c.json({ now: c.var.site.clock.now().toISOString(), frozen: c.var.site.clock.frozen })
  })
  api.post('/admin/clock', async (c) => {
    admin(c)
    const { now } = await body(c, ClockBody)
    c.var.site.clock.set(now === null ? null : instantOf(now, 'now', '时间'))
    return c.json({ now: c.var.site.clock.now().toISOString(), frozen: c.var.site.clock.frozen })
  })
  api.post('/admin/ban', async (c) => {
    admin(c)
    const b = await body(c, BanBody)
    const user = c.var.site.users.byUsername(b.username)
    if (!user || user.role !== 'candidate') throw Refusal.of('not-found', '没有这个考生。', 404)
    c.var.site.candidates.savePersonal(user.id, { ...c.var.site.candidates.personal(user.id), banUntil: b.banUntil }, c.var.site.nowIso())
    return c.json({ ok: true })
  })
  return api
}
