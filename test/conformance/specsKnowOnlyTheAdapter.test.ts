import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENDPOINTS } from '../../src/site/api/endpoints.ts'
import { createApp } from '../../src/site/createSite.ts'
import type { SiteContext } from '../../src/site/siteContext.ts'

// The conformance specs and the shared fixtures talk to a target only through the adapter: none of
// them imports the reference site or names one of its paths (API endpoints and page routes, read
// from the site itself, not from a list kept by hand).

const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name)
  return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : []
})

/** The specs, and the fixtures shared by every target (the adapters' own folders are theirs). */
const CHECKED = [...filesUnder('specs'), ...readdirSync('fixtures').filter((f) => f.endsWith('.ts')).map((f) => join('fixtures', f))]

/** The static head of each path the reference site serves (up to its first parameter): '/apply', '/api/me', '/review'. */
function sitePaths(): string[] {
  // Registering the routes reads nothing of the context: only the handlers do.
  const app = createApp({} as SiteContext)
  const routes = [...app.routes.map((r) => r.path), ...ENDPOINTS.map((e) => e.path)]
  const heads = routes.map((p) => p.split(/\/[:*]/)[0]!.replace(/\/$/, '')).filter((p) => p.length > 1)
  return [...new Set(heads)].sort((a, b) => b.length - a.length)
}

describe('specs know only the adapter', () => {
  const paths = sitePaths()

  it('reads the site\'s paths from its routes (a sanity check of the derivation)', () => {
    expect(paths).toEqual(expect.arrayContaining(['/apply', '/info', '/account/security', '/review', '/api/me', '/portal', '/admin/sms']))
  })

  it.each(CHECKED)('%s imports nothing of src/site', (file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!)
    expect(imports.filter((i) => /(^|\/)src\/site\//.test(i))).toEqual([])
  })

  it.each(CHECKED)('%s names no path of the reference site', (file) => {
    const text = readFileSync(file, 'utf8')
    const found = paths.filter((p) => new RegExp(`['"\`]${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=['"\`/?#]|\\$\\{)`).test(text))
    expect(found).toEqual([])
  })
})

describe('the guard itself', () => {
  it('finds a literal site path in a string and in a template', () => {
    const paths = sitePaths()
    const hit = (text: string) => paths.filter((p) => new RegExp(`['"\`]${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=['"\`/?#]|\\$\\{)`).test(text))
    expect(hit("await page.goto('/apply')")).toContain('/apply')
    expect(hit('await page.goto(`/review/${id}`)')).toContain('/review')
    expect(hit("target.api.send(s, 'GET', '/api/me')")).toContain('/api/me')
    expect(hit("const note = 'apply for it'")).toEqual([])
  })
})
