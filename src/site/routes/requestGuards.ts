import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { secureHeaders } from 'hono/secure-headers'
import { SESSION_COOKIE } from '../auth/sessions.ts'
import type { SiteContext } from '../siteContext.ts'
import type { Env } from './env.ts'

/** Largest body of a form or JSON request that carries no file (bytes). */
export const FORM_BODY_CAP = 32 * 1024
/** Largest body of an upload: over every profile's largest image cap (500 KB in base64, plus the form around it). */
export const UPLOAD_BODY_CAP = 1024 * 1024
/** The routes that take a file, by path (the pages' multipart forms and the API's base64 bodies). */
const UPLOAD_PATHS = [/^\/photo-tool$/, /^\/apply\/[^/]+\/photo$/, /^\/info\/photo$/, /^\/portal\/materials\/[^/]+$/, /^\/api\/info\/photo$/, /^\/api\/portal\/materials\/[^/]+$/]

/** The body cap of a path: uploads get room for the largest file the rules allow, anything else a few KB. */
export function bodyCapOf(path: string): number {
  return UPLOAD_PATHS.some((p) => p.test(path)) ? UPLOAD_BODY_CAP : FORM_BODY_CAP
}

/**
 * Refuses a body over its route's cap with 413: from Content-Length before reading anything, else
 * (chunked) counted as it streams and cut at the cap, so nothing large is ever buffered. A body within
 * the cap is kept for the route (hono's body cache), read once.
 */
export function bodyCaps() {
  return createMiddleware<Env>(async (c, next) => {
    const body = c.req.raw.body
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || !body) return next()
    const cap = bodyCapOf(c.req.path)
    const tooLarge = () => c.text(cap === UPLOAD_BODY_CAP ? `上传文件过大（上限 ${cap / 1024} KB），请压缩后重新上传。` : `请求内容过大（上限 ${cap / 1024} KB），请减少填写内容后重试。`, 413, { connection: 'close' })
    if (Number(c.req.header('content-length') ?? 0) > cap) return tooLarge()
    const chunks: Uint8Array[] = []
    let size = 0
    const reader = body.getReader()
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      size += r.value.length
      if (size > cap) {
        await reader.cancel()
        return tooLarge()
      }
      chunks.push(r.value)
    }
    const whole = new Uint8Array(size)
    chunks.reduce((off, ch) => (whole.set(ch, off), off + ch.length), 0)
    // hono keeps body promises in its cache (typed as the values); the route's parseBody/json read from it.
    ;(c.req.bodyCache as Record<string, unknown>).arrayBuffer = Promise.resolve(whole.buffer)
    return next()
  })
}

/** The Content-Security-Policy: only the site's own scripts and styles (no inline code); forms post to the site or its payment gateway. */
export function contentSecurityPolicy(site: SiteContext) {
  const gateway = (() => {
    try {
      const u = new URL(site.gateway.paymentBase)
      return u.hostname.endsWith('.test') ? [] : [u.origin]
    } catch {
      return []
    }
  })()
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], objectSrc: ["'none'"],
      baseUri: ["'none'"], formAction: ["'self'", ...gateway], frameAncestors: ["'none'"],
    },
    referrerPolicy: 'same-origin',
  })
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Refuses an unsafe request authenticated by the session cookie that a browser says comes from
 * another site (Sec-Fetch-Site, else an Origin of another host): the CSRF defence of the JSON API,
 * and a second one behind the forms' tokens. Bearer-token clients and cookie-less callers (the
 * gateway's callback) are not browsers riding a cookie, so they pass.
 */
export function crossSiteRefusal() {
  return createMiddleware<Env>(async (c, next) => {
    if (!UNSAFE.has(c.req.method) || c.req.header('authorization') || !getCookie(c, SESSION_COOKIE)) return next()
    const fetchSite = c.req.header('sec-fetch-site')
    const origin = c.req.header('origin')
    const foreign = fetchSite ? fetchSite !== 'same-origin' && fetchSite !== 'none'
      : origin !== undefined && (origin === 'null' || hostOf(origin) !== c.req.header('host'))
    if (foreign) return c.text('拒绝来自其他网站的请求（跨站请求），请在本站页面上操作。', 403)
    return next()
  })
}

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host
  } catch {
    return ''
  }
}

/** The media type of a Content-Type header, exactly: lower case, without parameters ('' when absent). */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase()
}
