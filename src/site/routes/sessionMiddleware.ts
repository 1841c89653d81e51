import { getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { getConnInfo } from '@hono/node-server/conninfo'
import { SESSION_COOKIE, type Session } from '../auth/sessions.ts'
import type { SiteContext } from '../siteContext.ts'
import type { Env } from './env.ts'

/** Sets the session cookie: HttpOnly, SameSite=Lax, whole site; Secure when the request came over HTTPS (directly or through a proxy that says so). */
export function setSessionCookie(c: Parameters<typeof setCookie>[0], s: Session): void {
  const https = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
  setCookie(c, SESSION_COOKIE, s.id, { httpOnly: true, sameSite: 'Lax', path: '/', secure: https })
}

/** Who is asking, for throttling: the peer's address ('local' for a caller in the same process). */
export function clientOf(c: Parameters<typeof setCookie>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'local'
  } catch {
    return 'local'
  }
}

const ASSET = /^\/(static\/|favicon\.ico$)/

/**
 * Finds the session (cookie, or `Authorization: Bearer <id>` for API clients) or starts an anonymous
 * one, so every form has a CSRF token; loads the user.
 */
export function sessionMiddleware(site: SiteContext) {
  return createMiddleware<Env>(async (c, next) => {
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/)?.[1]
    let session = site.sessions.get(bearer ?? getCookie(c, SESSION_COOKIE))
    if (!session && !ASSET.test(c.req.path)) {
      session = site.sessions.create(null)
      setSessionCookie(c, session)
    }
    // A stylesheet or favicon fetched without a cookie gets no session: its Set-Cookie would replace the page's and void its form's CSRF token.
    session ??= { id: '', userId: null, csrf: '', expiresAt: '' }
    c.set('site', site)
    c.set('session', session)
    c.set('user', session.userId ? site.users.byId(session.userId) : null)
    await next()
  })
}

/** Refuses a form POST whose hidden _csrf field is not the session's token (403). */
export function csrfMiddleware() {
  return createMiddleware<Env>(async (c, next) => {
    if (c.req.method === 'POST') {
      // A body that is not a well-formed form (a broken multipart boundary) is the client's error, not the server's.
      const body = await c.req.parseBody({ all: true }).catch(() => null)
      if (!body) return c.text('请求格式不正确：表单内容无法解析，请刷新页面后重新提交。', 400)
      if (body._csrf !== c.var.session.csrf) return c.text('表单已过期或来源不正确（CSRF 校验失败），请刷新页面后重新提交。', 403)
    }
    await next()
  })
}
