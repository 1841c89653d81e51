import { afterEach, describe, expect, test } from 'vitest'
import { ACTORS, REVIEW_STATES, TRANSITIONS, nextState, type ReviewState } from '../../src/rules/lifecycle.ts'
import { startTestSite, type TestSite } from './startTestSite.ts'
import { image, portalCandidate, staff, uploadRequired } from './partTwo.ts'
import { decide, type Decision } from '../../src/site/review/reviewActions.ts'
import { submitForReview, uploadMaterial } from '../../src/site/portal/portalActions.ts'
import { abandonApplication } from '../../src/site/actions/wizard.ts'
import { Refusal } from '../../src/site/validation/fieldError.ts'
import { materialFile } from '../../src/generator/index.ts'

let s: TestSite | undefined
afterEach(async () => { await s?.stop(); s = undefined })

const jpeg = materialFile({ material: 'diploma', bytes: 20_000, width: 160, height: 120 }).data

// Every (state, action, actor) the site exposes, driven through its actions, against TRANSITIONS.
describe('the review state machine through the site\'s actions', () => {
  for (const profile of ['hubei-2026', 'hebei-shijiazhuang-2022'] as const) {
    test(`${profile}: every allowed and refused transition`, async () => {
      s = await startTestSite({ profile })
      // Inside Hebei's review period, inside no upload window check (hubei-2026 has none).
      if (profile === 'hebei-shijiazhuang-2022') s.clock.set('2022-01-20T10:00:00+08:00')
      const { c, api, appId } = await portalCandidate(s, 801)
      await uploadRequired(s, api, c)
      const site = s.site
      const users = {
        candidate: site.users.byUsername(c.username)!,
        'site-reviewer': site.users.byUsername((await staff(s, 'site-reviewer', c), `site-reviewer-${c.application.site}`))!,
        'region-reviewer': site.users.byUsername((await staff(s, 'region-reviewer', c), `region-reviewer-${c.application.site}`))!,
      }
      const put = (state: ReviewState) => {
        site.db.prepare('UPDATE applications SET state = ? WHERE id = ?').run(state, appId)
        site.portal.setExtras(appId, { reviewsPassed: state === 'site-approved' ? 1 : state === 'approved' ? 2 : 0, unlocked: ['diploma'], resubmitDue: null })
      }
      const attempt = async (action: string, actor: keyof typeof users): Promise<ReviewState | null> => {
        const u = users[actor]
        try {
          if (action === 'submit-review') submitForReview(site, u.id, { declared: true })
          else if (action === 'upload') await uploadMaterial(site, u.id, 'diploma', jpeg, 'd.jpg')
          else if (action === 'abandon') abandonApplication(site, u.id, appId)
          else await decide(site, u, appId, action as Decision, { message: '请补充', materials: ['diploma'] })
        } catch (err) {
          if (err instanceof Refusal) return null
          throw err
        }
        return site.applications.byId(appId)!.state
      }
      const checked: string[] = []
      for (const from of REVIEW_STATES.filter((x) => x !== 'draft')) {
        for (const action of ['submit-review', 'upload', 'abandon', 'return', 'approve', 'reject', 'change-final'] as const) {
          for (const actor of ['candidate', 'site-reviewer', 'region-reviewer'] as const) {
            if (profile === 'hebei-shijiazhuang-2022') s.clock.set(['return', 'approve', 'reject', 'change-final'].includes(action) ? '2022-02-20T10:00:00+08:00' : '2022-01-20T10:00:00+08:00')
            put(from)
            const want = nextState(from, action, actor, profile)
            const got = await attempt(action, actor)
            expect({ from, action, actor, got }).toEqual({ from, action, actor, got: want })
            checked.push(`${from} ${action} ${actor}`)
          }
        }
      }
      // Every transition of the table for this profile's levels was exercised among them.
      const mine = TRANSITIONS.filter((t) => t.levels === undefined || t.levels === (profile === 'hebei-shijiazhuang-2022' ? 2 : 1))
        .filter((t) => t.actors.some((a) => a !== 'system') && !['apply', 'delete-image', 'withdraw'].includes(t.action))
      for (const t of mine) expect(checked).toContain(`${t.from} ${t.action} ${t.actors.find((a) => a !== 'system')}`)
      expect(ACTORS).toContain('system')
    }, 60_000)
  }
})

describe('concurrency and durability', () => {
  test('20 parallel uploads to a two-image material store exactly two', async () => {
    s = await startTestSite({ profile: 'hubei-2022' })
    const { api, appId } = await portalCandidate(s, 811)
    const answers = await Promise.all(Array.from({ length: 20 }, () => api.call('POST', '/api/portal/materials/identity', image('identity'))))
    expect(answers.filter((r) => r.status === 201)).toHaveLength(2)
    expect(answers.filter((r) => r.status === 409).every((r) => r.json.error[0].rule === 'MATERIAL-IMAGE-COUNT')).toBe(true)
    expect(s.site.portal.count(appId, 'identity')).toBe(2)
    const { readdirSync } = await import('node:fs')
    const files = readdirSync(`${s.dataDir}/files`)
    expect(files.filter((f) => f.endsWith('.part'))).toEqual([])
    const rows = (s.site.db.prepare("SELECT count(*) AS n FROM files WHERE purpose LIKE 'material:%'").get() as { n: number }).n
    expect(files.length).toBe(rows + 1) // + the ID photo
  })

  test('uploads racing 提交审核 leave a consistent state: every stored image was accepted before the lock', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { c, api, appId } = await portalCandidate(s, 812)
    await uploadRequired(s, api, c)
    const before = s.site.portal.count(appId, 'diploma')
    const race = await Promise.all([
      ...Array.from({ length: 8 }, () => api.call('POST', '/api/portal/materials/diploma', image('diploma'))),
      api.call('POST', '/api/portal/submit', {}),
      ...Array.from({ length: 8 }, () => api.call('POST', '/api/portal/materials/diploma', image('diploma'))),
    ])
    const uploads = [...race.slice(0, 8), ...race.slice(9)]
    expect(race[8]!.status).toBe(200)
    const accepted = uploads.filter((r) => r.status === 201).length
    const locked = uploads.filter((r) => r.status === 409)
    expect(accepted + locked.length).toBe(16)
    expect(locked.every((r) => r.json.error.some((e: { rule: string }) => e.rule === 'REVIEW-SUBMIT-LOCKS-ALL'))).toBe(true)
    expect(s.site.applications.byId(appId)!.state).toBe('under-review')
    expect(s.site.portal.count(appId, 'diploma')).toBe(before + accepted)
    const lockAt = s.site.portal.feedback(appId)[0]!.at
    expect(s.site.portal.images(appId, 'diploma').every((i) => i.createdAt <= lockAt)).toBe(true)
  })

  test('data survives a restart: images, feedback, payments', async () => {
    s = await startTestSite({ profile: 'hubei-2026' })
    const { c, api, appId } = await portalCandidate(s, 813)
    await uploadRequired(s, api, c)
    await api.ok('POST', '/api/portal/submit', {})
    const files = s.site.portal.images(appId).map((i) => i.fileId)
    s = await s.restart()
    expect(s.site.portal.images(appId).map((i) => i.fileId)).toEqual(files)
    expect(s.site.portal.feedback(appId)[0]!.text).toBe('上报完成，内容已锁定。')
    expect(s.site.files.read(files[0]!).length).toBeGreaterThan(0)
    expect(s.site.applications.byId(appId)!.state).toBe('under-review')
  })
})
