import { Hono } from 'hono'
import { register, login, recoverPassword, changePassword, updateSecurity } from '../actions/account.ts'
import { TEST_CAPTCHA } from '../auth/captchas.ts'
import { homePage } from '../pages/homePage.ts'
import { declareProbation, profileGoverns } from '../actions/probation.ts'
import { loginPage, recoverPage, registerPage, securityPage } from '../pages/accountPages.ts'
import { Refusal } from '../validation/fieldError.ts'
import { formBody, pageCtx, type Ctx, type Env } from './env.ts'
import { clientOf, setSessionCookie } from './sessionMiddleware.ts'

/** Runs an action; on a refusal renders the form again with what was typed and the messages. */
export async function orRerender(c: Ctx, action: () => unknown, rerender: (errors: Refusal['errors']) => unknown): Promise<Response | null> {
  try {
    await action()
    return null
  } catch (err) {
    if (!(err instanceof Refusal)) throw err
    c.status(err.status)
    return c.html(rerender(err.errors) as string)
  }
}

/** Redirects anonymous visitors to the login page; the candidate pages need a candidate. */
export function requireCandidate(c: Ctx): Response | null {
  if (!c.var.user) return c.redirect('/login', 303)
  if (c.var.user.role !== 'candidate') return c.text('仅考生可使用此功能。', 403)
  return null
}

/** 首页, 注册, 登录, 退出, 找回密码, 安全设置. */
export function accountRoutes() {
  const app = new Hono<Env>()
  app.get('/', (c) => {
    const u = c.var.user
    const probation = u?.role === 'candidate' && profileGoverns(c.var.site, 'probationDeclared')
      ? (c.var.site.candidates.personal(u.id).probationDeclared ? 'done' : 'required') : 'none'
    return c.html(homePage(pageCtx(c), probation))
  })
  app.post('/probation-declaration', async (c) => {
    const denied = requireCandidate(c)
    if (denied) return denied
    const refused = await orRerender(c, () => declareProbation(c.var.site, c.var.user!.id), () => homePage(pageCtx(c)))
    return refused ?? c.redirect('/?ok=saved', 303)
  })

  app.get('/register', (c) => (c.var.user ? c.redirect('/', 303) : c.html(registerPage(pageCtx(c)))))
  app.post('/register', async (c) => {
    const body = await formBody(c)
    const refused = await orRerender(c, async () => {
      const user = await register(c.var.site, body)
      const s = c.var.site.sessions.create(user.id)
      c.var.site.sessions.destroy(c.var.session.id)
      setSessionCookie(c, s)
    }, (errors) => registerPage(pageCtx(c), body, errors))
    return refused ?? c.redirect('/info?ok=registered', 303)
  })

  const showLogin = (c: Ctx, values: Record<string, unknown> = {}, errors: Refusal['errors'] = []) => {
    const captchas = c.var.site.captchas
    return loginPage(pageCtx(c), captchas.issue(), values, errors, captchas.mode === 'test' ? TEST_CAPTCHA : undefined)
  }
  app.get('/login', (c) => c.html(showLogin(c)))
  app.post('/login', async (c) => {
    const body = await formBody(c)
    const refused = await orRerender(c, () => {
      const { session } = login(c.var.site, { username: String(body.username ?? ''), password: String(body.password ?? ''), captchaId: String(body.captchaId ?? ''), captcha: String(body.captcha ?? '') }, c.var.session.id, clientOf(c))
      setSessionCookie(c, session)
    }, (errors) => showLogin(c, { username: body.username }, errors))
    return refused ?? c.redirect('/', 303)
  })
  app.post('/logout', (c) => {
    c.var.site.sessions.destroy(c.var.session.id)
    setSessionCookie(c, c.var.site.sessions.create(null))
    return c.redirect('/', 303)
  })

  const showRecover = (c: Ctx, values: Record<string, unknown> = {}, errors: Refusal['errors'] = []) => {
    const captchas = c.var.site.captchas
    return recoverPage(pageCtx(c), captchas.issue(), values, errors, captchas.mode === 'test' ? TEST_CAPTCHA : undefined)
  }
  app.get('/recover', (c) => c.html(showRecover(c)))
  app.post('/recover', async (c) => {
    const body = await formBody(c)
    const refused = await orRerender(c, () => recoverPassword(c.var.site, body, clientOf(c)), (errors) => showRecover(c, { name: body.name, idNumber: body.idNumber }, errors))
    return refused ?? c.redirect('/login?ok=recovered', 303)
  })

  const showSecurity = (c: Ctx, values: Record<string, unknown> = {}, errors: Refusal['errors'] = []) => {
    const u = c.var.user!
    return securityPage(pageCtx(c), { username: u.username, recoveryQuestion: u.recoveryQuestion, email: c.var.site.candidates.personal(u.id).email, createdAt: u.createdAt }, values, errors)
  }
  app.get('/account/security', (c) => requireCandidate(c) ?? c.html(showSecurity(c)))
  app.post('/account/security', async (c) => {
    const denied = requireCandidate(c)
    if (denied) return denied
    const body = await formBody(c)
    // The security form's own 当前密码 field is securityPassword on the page (the password form has one too).
    const refused = await orRerender(c, () => updateSecurity(c.var.site, c.var.user!, body), (errors) => showSecurity(c, body, errors.map((e) => (e.path === 'currentPassword' ? { ...e, path: 'securityPassword' } : e))))
    return refused ?? c.redirect('/account/security?ok=security', 303)
  })
  app.post('/account/password', async (c) => {
    const denied = requireCandidate(c)
    if (denied) return denied
    const body = await formBody(c)
    const refused = await orRerender(c, () => changePassword(c.var.site, c.var.user!, body), (errors) => showSecurity(c, {}, errors))
    return refused ?? c.redirect('/login?ok=password', 303)
  })
  return app
}
