import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { PHOTO, startTestSite, type TestSite } from './startTestSite.ts'

let s: TestSite
beforeAll(async () => { s = await startTestSite() })
afterAll(async () => { await s.stop() })

/** Every visible input, select and textarea has a <label for> naming it. */
function unlabelled(html: string): string[] {
  const ids = [...html.matchAll(/<(?:input|select|textarea)\b(?![^>]*type="hidden")[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!)
  const labelled = new Set([...html.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]!))
  const controls = [...html.matchAll(/<(?:input|select|textarea)\b(?![^>]*type="hidden")[^>]*>/g)].filter((m) => !/\bid="/.test(m[0]))
  return [...ids.filter((id) => !labelled.has(id)), ...controls.map((m) => m[0])]
}

async function page(token: string, path: string) {
  const res = await fetch(s.url + path, { headers: { authorization: `Bearer ${token}` }, redirect: 'manual' })
  return { status: res.status, html: await res.text() }
}

describe('pages', () => {
  test('anonymous pages render with labelled fields', async () => {
    for (const path of ['/', '/login', '/register', '/recover']) {
      const { status, html } = await page('', path)
      expect(status, path).toBe(200)
      expect(html).toMatch(/<h1>/)
      expect(unlabelled(html), path).toEqual([])
    }
  })

  test('candidate pages render in every state with labelled fields', async () => {
    const states = ['registered', 'personal-info', 'draft', 'submitted'] as const
    for (const [i, state] of states.entries()) {
      const c = s.candidate(800 + i)
      const api = s.client()
      const { applicationId } = await api.seed(c, state, PHOTO)
      const paths = ['/', '/info', '/info/request', '/account/security', '/apply', '/apply/new']
      if (state === 'draft') paths.push(...['basic', 'work', 'education', 'certificates', 'confirm'].map((st) => `/apply/${applicationId}/${st}`))
      if (state === 'submitted') paths.push(`/apply/${applicationId}/notice`)
      const records = (await api.ok('GET', '/api/me')).records.education as { id: number }[]
      if (records[0]) paths.push(`/info/education/${records[0].id}`)
      for (const path of paths) {
        const { status, html } = await page(api.token, path)
        expect(status, `${state} ${path}`).toBe(200)
        expect(unlabelled(html), `${state} ${path}`).toEqual([])
      }
    }
  })

  test('the lookup finds 北京大学 by bjdx and tells the three field states apart', async () => {
    const r = await (await fetch(`${s.url}/api/lookup/school?q=bjdx`)).json()
    expect(r.results.map((x: { name: string }) => x.name)).toContain('北京大学')
    const c = s.candidate(810)
    const api = s.client()
    await api.seed(c, 'registered', PHOTO)
    const status = async () => /data-status="(\w+)">状态：([^<]+)</.exec((await page(api.token, '/info')).html)!.slice(1)
    expect(await status()).toEqual(['empty', '未填写'])
    await api.ok('POST', '/api/info/work', { ...c.work, unit: '不在字典里的卫生院' })
    expect(await status()).toEqual(['unknown', '不在字典中，请核对或申请添加'])
    await api.ok('POST', '/api/info/work', c.work)
    expect(await status()).toEqual(['known', '已从字典中选择'])
  })
})
