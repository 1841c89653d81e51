import { Hono } from 'hono'
import { nextState } from '../../rules/lifecycle.ts'
import { covers, decide, DECISIONS, requireStaff, reviewDetail, reviewQueue, setsResubmitDeadline, type Decision } from '../review/reviewActions.ts'
import { hasPortal } from '../portal/portalActions.ts'
import { runDeadlines } from '../lifecycle/runDeadlines.ts'
import { auditPage, FINAL_CONFIRM_MESSAGE, queuePage, reviewDetailPage } from '../pages/reviewPages.ts'
import { examByCode } from '../reference/exams.ts'
import { examAreas, examSitesOf } from '../reference/examSites.ts'
import type { SiteContext } from '../siteContext.ts'
import type { User } from '../store/users.ts'
import type { StoredApplication } from '../store/applications.ts'
import { Refusal } from '../validation/fieldError.ts'
import { formBody, pageCtx, type Ctx, type Env } from './env.ts'

/** A datetime-local value (Beijing wall time) as an ISO instant. */
const beijingLocal = (v: string) => `${v.length === 16 ? `${v}:00` : v}+08:00`

/** The decisions the state machine offers this reviewer on this application (the page shows only these). */
export function allowedDecisions(site: SiteContext, user: User, app: StoredApplication): Decision[] {
  if (!covers(site, user, app) || user.role === 'candidate') return []
  return DECISIONS.filter((d) => d === 'onsite-confirm'
    ? !hasPortal(site) && user.role === 'site-reviewer' && nextState(app.state, 'submit-review', 'candidate', site.profile.id) !== null
    : nextState(app.state, d, user.role, site.profile.id) !== null)
}

/** An exam's name as reviewers read it (the code only when the year's list lacks it). */
const examNamer = (site: SiteContext) => (code: string) => {
  const name = examByCode(site.profile.examYear, code)?.name
  return name ? `${name}（${code}）` : code
}

/** Whether approving now is the final approval (no later review level can change it). */
const approvalIsFinal = (site: SiteContext, user: User, app: StoredApplication) => nextState(app.state, 'approve', user.role, site.profile.id) === 'approved'

/** 报名资格审核: the queue, one application side by side with its materials, the decisions, the audit log. */
export function reviewRoutes() {
  const app = new Hono<Env>()
  const staff = (c: Ctx) => {
    if (!c.var.user) return c.redirect('/login', 303)
    if (c.var.user.role === 'candidate') return c.text('仅审核人员可使用此功能。', 403)
    return null
  }
  app.use('/review', async (c, next) => staff(c) ?? next())
  app.use('/review/*', async (c, next) => staff(c) ?? next())
  const who = (c: Ctx) => (id: number) => {
    const u = c.var.site.users.byId(id)
    return { name: u?.displayName ?? '', idNumber: u?.idNumber ?? '' }
  }

  app.get('/review', async (c) => {
    const site = c.var.site
    const user = requireStaff(c.var.user)
    await runDeadlines(site).catch(() => undefined)
    const filter = { site: c.req.query('site') || undefined, state: c.req.query('state') || undefined }
    const sites = user.role === 'site-reviewer' ? examSitesOf(user.siteCode!.slice(0, 2) + '0000').filter((s) => s.code === user.siteCode)
      : examAreas(site.profile).filter((a) => user.role === 'admin' || a.code === user.areaCode).flatMap((a) => examSitesOf(a.code))
    return c.html(queuePage(pageCtx(c), reviewQueue(site, user, filter), sites, filter, who(c), examNamer(site)))
  })
  app.get('/review/audit', (c) => {
    const user = requireStaff(c.var.user)
    const site = c.var.site
    const entries = site.audit.list().filter((e) => { const a = site.applications.byId(e.appId); return a ? covers(site, user, a) : false })
    return c.html(auditPage(pageCtx(c), entries))
  })
  const showDetail = (c: Ctx, errors: Refusal['errors'] = [], values: Record<string, unknown> = {}) => {
    const site = c.var.site
    const user = c.var.user!
    const d = reviewDetail(site, user, Number(c.req.param('id')))
    return reviewDetailPage(pageCtx(c), d, allowedDecisions(site, user, d.app), setsResubmitDeadline(site), examNamer(site), approvalIsFinal(site, user, d.app), errors, values)
  }
  app.get('/review/:id', (c) => {
    try {
      return c.html(showDetail(c))
    } catch (err) {
      if (err instanceof Refusal) return c.text(err.errors.map((e) => e.message).join(' '), err.status)
      throw err
    }
  })
  for (const decision of DECISIONS) {
    app.post(`/review/:id/${decision}`, async (c) => {
      const body = await formBody(c)
      const materials = [body.materials ?? []].flat().map(String)
      const dueBy = body.dueBy ? beijingLocal(String(body.dueBy)) : undefined
      try {
        const current = c.var.site.applications.byId(Number(c.req.param('id')))
        if (decision === 'approve' && current && c.var.user && approvalIsFinal(c.var.site, c.var.user, current) && body.confirmFinal !== 'true') {
          throw Refusal.of('final-not-confirmed', FINAL_CONFIRM_MESSAGE, 422, 'confirmFinal')
        }
        await decide(c.var.site, c.var.user, Number(c.req.param('id')), decision, { message: String(body.message ?? ''), materials, dueBy })
      } catch (err) {
        if (!(err instanceof Refusal)) throw err
        c.status(err.status)
        try {
          return c.html(showDetail(c, err.errors, body))
        } catch {
          return c.text(err.errors.map((e) => e.message).join(' '), err.status)
        }
      }
      return c.redirect(`/review/${c.req.param('id')}?ok=saved`, 303)
    })
  }
  return app
}
