import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { PROFILE_IDS } from '../../src/rules/profiles.ts'
import { profilesOf } from '../../src/rules/rule.ts'
import { listSuite } from './suiteIndex.ts'

// The coverage gate: every checkable rule (must, should) that applies under a profile has a test
// through the UI in that profile's project, and (every rule is enforced on the server) an API test.

const index = listSuite()

describe.each(PROFILE_IDS)('conformance suite under %s', (profile) => {
  const checkable = RULES.filter((r) => r.level !== 'manual' && profilesOf(r).includes(profile))
  it('has a UI test for every checkable rule', () => {
    const missing = checkable.filter((r) => !index[profile].get(r.id)?.ui).map((r) => r.id)
    expect(missing, `rules without a UI test under ${profile}`).toEqual([])
  })
  it('has an API-bypass test for every checkable rule', () => {
    const missing = checkable.filter((r) => !index[profile].get(r.id)?.api).map((r) => r.id)
    expect(missing, `rules without an API test under ${profile}`).toEqual([])
  })
  it('names only rules the catalogue has', () => {
    const known = new Set(RULES.map((r) => r.id))
    expect([...index[profile].keys()].filter((id) => !known.has(id))).toEqual([])
  })
})
