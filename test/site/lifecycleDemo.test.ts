import { afterEach, expect, test } from 'vitest'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { seedDemo } from '../../src/site/demo/seedDemo.ts'
import { LIFECYCLE_DEMO_STAGES, seedLifecycleDemo } from '../../src/site/demo/seedLifecycleDemo.ts'

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

const EXPECT: Record<string, [string, string]> = {
  uploading: ['submitted', 'unpaid'], 'under-review': ['under-review', 'unpaid'], returned: ['returned', 'unpaid'], 'site-approved': ['site-approved', 'unpaid'],
  approved: ['approved', 'unpaid'], paid: ['approved', 'paid'], 'rejected-refunded': ['rejected', 'refunded'], withdrawn: ['withdrawn', 'unpaid'],
}

test('the demo has candidates in every part-2 stage with real images; the demo reviewer sees them and reads their files', async () => {
  s = await startTestSite({ profile: 'hebei-shijiazhuang-2022' })
  seedDemo(s.site)
  const logins = seedLifecycleDemo(s.site)
  expect(logins.map((l) => l.stage)).toEqual([...LIFECYCLE_DEMO_STAGES])
  for (const l of logins) {
    const api = s.client()
    await api.login(l.username, l.password)
    const [app] = (await api.ok('GET', '/api/applications')).applications
    expect([l.stage, app.state, app.payment]).toEqual([l.stage, ...EXPECT[l.stage]!])
  }
  const rev = s.client()
  await rev.login('kaodian01', 'Review12345')
  const queue = (await rev.ok('GET', '/api/review/queue')).applications
  expect(queue.length).toBeGreaterThanOrEqual(logins.length)
  const detail = await rev.ok('GET', `/api/review/applications/${queue.find((a: { state: string }) => a.state === 'under-review').id}`)
  const fileId = detail.materials[0].stored[0].fileId
  const img = await fetch(`${s.url}/portal/files/${fileId}`, { headers: { authorization: `Bearer ${rev.token}` } })
  // The demo's documents are drawn with Chinese text and stored as PNG (flat pages deflate well).
  expect([img.status, img.headers.get('content-type')]).toEqual([200, 'image/png'])
})
