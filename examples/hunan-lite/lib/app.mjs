import { addApiRoutes } from './api.mjs'
import { cookies, readBody, sendHtml, sendJson } from './http.mjs'
import { addPageRoutes, SESSION_COOKIE } from './pages/routes.mjs'
import { notFoundPage } from './pages/layout.mjs'
import { Refusal } from './problems.mjs'
import { createRouter } from './router.mjs'
import { userOf } from './services/accounts.mjs'

/** The request handler of the whole system (API and pages) over one context. */
export function createApp(ctx) {
  const router = createRouter()
  addApiRoutes(router)
  addPageRoutes(router)
  return async (req, res) => {
    const url = new URL(req.url, 'http://localhost')
    const isApi = url.pathname.startsWith('/api/')
    try {
      const { handler, params, pathFound } = router.match(req.method, url.pathname)
      if (!handler) {
        if (isApi) return sendJson(res, pathFound ? 405 : 404, { ok: false, problems: [{ field: 'path', text: pathFound ? '不支持该请求方法' : '没有这个接口' }] })
        return sendHtml(res, 404, notFoundPage())
      }
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
      const token = isApi ? bearer : cookies(req)[SESSION_COOKIE]
      const user = userOf(ctx, token)
      if (handler.auth && !user) {
        if (isApi) return sendJson(res, 401, { ok: false, problems: [{ field: 'session', text: '请先登录' }] })
        res.writeHead(303, { location: '/denglu' })
        return res.end()
      }
      const body = ['POST', 'PUT', 'DELETE'].includes(req.method) ? await readBody(req) : { fields: {}, files: {} }
      const input = { ctx, req, res, url, params, body, user, token }
      if (isApi) {
        const [status, answer] = await handler.handler(input)
        ctx.store.save()
        return sendJson(res, status, answer)
      }
      await handler.handler(input)
      ctx.store.save()
    } catch (err) {
      if (!(err instanceof Refusal)) {
        console.error(err)
        if (res.headersSent) return res.end()
        return isApi ? sendJson(res, 500, { ok: false, problems: [{ field: 'server', text: '系统内部错误，请稍后再试' }] }) : sendHtml(res, 500, notFoundPage('系统内部错误，请稍后再试'))
      }
      if (isApi) return sendJson(res, err.status, { ok: false, problems: err.problems })
      return sendHtml(res, err.status, notFoundPage(err.problems.map((p) => p.text).join('；')))
    }
  }
}
