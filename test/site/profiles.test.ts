import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { PROFILE_IDS } from '../../src/rules/profiles.ts'
import { personasOf } from '../../src/generator/index.ts'
import { PHOTO, startTestSite, type TestSite } from './startTestSite.ts'

// Every persona the generator makes under a profile is a valid candidate there, so the site must
// take each one from registration to a submitted application through the API.
for (const profile of PROFILE_IDS) {
  describe(profile, () => {
    let s: TestSite
    beforeAll(async () => { s = await startTestSite({ profile }) })
    afterAll(async () => { await s.stop() })
    personasOf(profile).forEach((persona, i) => {
      test(`${persona}: registration to a submitted application`, async () => {
        const c = s.candidate(700 + i, persona)
        const api = s.client()
        const { applicationId } = await api.seed(c, 'submitted', PHOTO)
        const notice = await api.ok('GET', `/api/applications/${applicationId}/notice`)
        expect(notice.candidate.idNumber).toBe(c.idNumber)
        expect(notice.candidate.education.filter((e: { selected: boolean }) => e.selected)).toHaveLength(c.education.filter((e) => e.selected).length)
      })
    })
  })
}
