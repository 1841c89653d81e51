import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENDPOINTS } from '../../src/site/api/endpoints.ts'
import { createApp } from '../../src/site/createSite.ts'
import type { SiteContext } from '../../src/site/siteContext.ts'
import * as FORMS from '../../src/site/forms/forms.ts'
import type { FormDef } from '../../src/site/forms/field.ts'
import { TEST_CAPTCHA } from '../../src/site/auth/captchas.ts'

// The conformance specs and the shared fixtures talk to a target only through the adapter: none of
// them imports the reference site, names one of its paths (API endpoints and page routes) or one of
// its form labels, or types its test captcha: all read from the site itself, not from a list kept by hand.

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

/** Every label of the reference site's forms (用户名, 登录密码, 手机号码 …). */
const siteLabels = (): string[] => [...new Set(Object.values(FORMS).flatMap((f) => (f && typeof f === 'object' && 'fields' in f ? (f as FormDef).fields.map((x) => x.label) : [])))]

/** The quoted literals of a text that are one of `words` exactly. */
const quoted = (text: string, words: readonly string[]) => words.filter((w) => [`'${w}'`, `"${w}"`, `\`${w}\``].some((q) => text.includes(q)))

describe('specs know only the adapter', () => {
  const paths = sitePaths()
  const labels = siteLabels()

  it('reads the site\'s paths from its routes (a sanity check of the derivation)', () => {
    expect(paths).toEqual(expect.arrayContaining(['/apply', '/info', '/account/security', '/review', '/api/me', '/portal', '/admin/sms']))
  })

  it.each(CHECKED)('%s imports nothing of src/site', (file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!)
    expect(imports.filter((i) => /(^|\/)src\/site\//.test(i))).toEqual([])
  })

  it('reads the site\'s labels from its forms (a sanity check of the derivation)', () => {
    expect(labels).toEqual(expect.arrayContaining(['用户名', '登录密码', '手机号码', '毕业学校', '报考考点']))
  })

  it.each(CHECKED)('%s names no form label of the reference site and types no test captcha', (file) => {
    expect(quoted(readFileSync(file, 'utf8'), [...labels, TEST_CAPTCHA])).toEqual([])
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

  it('finds a label or the captcha as a literal, not inside a sentence', () => {
    const words = [...siteLabels(), TEST_CAPTCHA]
    expect(quoted("await page.getByLabel('用户名').fill(u)", words)).toEqual(['用户名'])
    expect(quoted('captcha: "8888"', words)).toEqual(['8888'])
    expect(quoted("expect(message).toContain('请输入用户名')", words)).toEqual([])
  })
})
