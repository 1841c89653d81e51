import { Hono } from 'hono'
import { ruleApplies } from '../lifecycle/ruleApplies.ts'
import { checkWithTool } from '../photo/checkWithTool.ts'
import { photoToolPage } from '../pages/photoToolPage.ts'
import { Refusal } from '../validation/fieldError.ts'
import { pageCtx, type Env } from './env.ts'

/** The simulated 医考报名照片检测工具: a form, and the saved (marked) photo as a download. */
export function photoToolRoutes() {
  const app = new Hono<Env>()
  app.get('/photo-tool', (c) => c.html(photoToolPage(pageCtx(c), ruleApplies(c.var.site, 'PHOTO-CHECK-TOOL'))))
  app.post('/photo-tool', async (c) => {
    const file = (await c.req.parseBody()).photo
    try {
      const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array()
      const name = file instanceof File ? file.name : 'photo.jpg'
      const saved = await checkWithTool(c.var.site, bytes, name)
      const stem = name.replace(/\.[^.]*$/, '') || 'photo'
      return c.body(new Uint8Array(saved), 200, {
        'content-type': 'image/jpeg',
        'content-disposition': `attachment; filename="photo-checked.jpg"; filename*=UTF-8''${encodeURIComponent(`${stem}-检测通过.jpg`)}`,
      })
    } catch (err) {
      if (!(err instanceof Refusal)) throw err
      return c.html(photoToolPage(pageCtx(c), ruleApplies(c.var.site, 'PHOTO-CHECK-TOOL'), err.errors), err.status)
    }
  })
  return app
}
