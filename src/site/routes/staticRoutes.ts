import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Hono } from 'hono'
import { PACKAGE_ROOT } from '../../packageRoot.ts'
import type { Env } from './env.ts'

// The site's own stylesheet and script, read once: the CSP allows no inline code, so pages link these.
const FILES: Record<string, { type: string; body: string }> = Object.fromEntries([
  ['site.css', 'text/css; charset=utf-8'],
  ['site.js', 'text/javascript; charset=utf-8'],
].map(([name, type]) => [name, { type: type!, body: readFileSync(join(PACKAGE_ROOT, 'src/site/static', name!), 'utf8') }]))

/** GET /static/<file>: the files in src/site/static (any page's shared style and behaviour go there). */
export function staticRoutes() {
  const app = new Hono<Env>()
  app.get('/static/:file', (c) => {
    const f = FILES[c.req.param('file')]
    if (!f) return c.notFound()
    return c.body(f.body, 200, { 'content-type': f.type, 'cache-control': 'public, max-age=300' })
  })
  return app
}
