import { redirect, sendHtml } from '../http.mjs'
import { Refusal } from '../problems.mjs'
import { esc, page } from './layout.mjs'
import { renderForm } from './render.mjs'

// One page with one form: GET shows it, POST saves and redirects, a refusal shows it again.

/** The 已保存 notice a redirect after a save asks for (`?saved=`). */
export const saved = (url) => (url.searchParams.get('saved') ? `<p role="status">已保存：${esc(url.searchParams.get('saved'))}</p>` : '')

/** Registers a GET page and, with `save`, its POST: refusals show the form again with the problems. */
export function formRoute(router, o) {
  const { path, title, fields, auth = true } = o
  const show = async (input, values, problems, status) => {
    const intro = o.intro ? await o.intro(input) : ''
    const choices = o.choices ? o.choices(input) : {}
    const extra = o.hidden ? o.hidden(input) : ''
    const query = new URLSearchParams(input.url.search)
    query.delete('saved')
    const action = `${input.url.pathname}${query.size ? `?${query}` : ''}`
    const form = renderForm({ action, fields: typeof fields === 'function' ? fields(input) : fields, values, problems, buttons: o.buttons ?? [['提交']], choices, multipart: o.multipart, extra })
    sendHtml(input.res, status, page(typeof title === 'function' ? title(input) : title, `${saved(input.url)}${intro}${form}${o.outro ? o.outro(input) : ''}`, input.user))
  }
  router.add('GET', path, { auth, handler: async (input) => show(input, o.load ? o.load(input) : {}, [], 200) })
  router.add('POST', path, {
    auth,
    handler: async (input) => {
      try {
        const next = await o.save(input)
        if (next) redirect(input.res, next.location ?? next, next.headers)
      } catch (err) {
        if (!(err instanceof Refusal)) throw err
        await show(input, { ...(o.load ? o.load(input) : {}), ...input.body.fields }, err.problems, err.status)
      }
    },
  })
}
