import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { DEMO_STATES, seedDemo } from '../../src/site/demo/seedDemo.ts'
import { STATE_TEXT } from '../../src/site/pages/applyPages.ts'

let s: TestSite
beforeAll(async () => { s = await startTestSite({ profile: 'hubei-2026' }) })
afterAll(async () => { await s.stop() })

test('the demo seeds staff and one candidate per state; each logs in and sees that state', async () => {
  const logins = seedDemo(s.site)
  expect(logins.filter((l) => l.role !== 'candidate').map((l) => l.role).sort()).toEqual(['admin', 'region-reviewer', 'site-reviewer'])
  expect(logins.flatMap((l) => (l.state ? [l.state] : []))).toEqual([...DEMO_STATES])
  for (const l of logins.filter((x) => x.state)) {
    const api = s.client()
    await api.login(l.username, l.password)
    const apps = (await api.ok('GET', '/api/applications')).applications as { state: keyof typeof STATE_TEXT }[]
    const expected = { registered: undefined, 'personal-info': undefined, draft: 'draft', submitted: 'submitted', abandoned: 'abandoned' }[l.state!]
    expect(apps[0]?.state, l.username).toBe(expected)
  }
  s = await s.restart()
  expect(s.site.users.count()).toBe(logins.length)
})
