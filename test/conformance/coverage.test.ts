import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { PROFILE_IDS, type ProfileId } from '../../src/rules/profiles.ts'
import { profilesOf } from '../../src/rules/rule.ts'
import { listSuite } from './suiteIndex.ts'

// The coverage gate: every checkable rule (must, should) that applies under a profile has a test
// through the UI in that profile's project, and (every rule is enforced on the server) an API test.
// Rules whose specs are not written yet are listed, by name, in not-yet-covered.json: the gate fails
// for any other uncovered rule, and for a listed rule that has become covered (shrink the list).

interface Debt { reason: string; profiles: Record<ProfileId, { ui: string[]; api: string[] }> }
const debt = JSON.parse(readFileSync(new URL('./not-yet-covered.json', import.meta.url), 'utf8')) as Debt
const index = listSuite()

describe.each(PROFILE_IDS)('conformance suite under %s', (profile) => {
  const checkable = RULES.filter((r) => r.level !== 'manual' && profilesOf(r).includes(profile))
  it.each(['ui', 'api'] as const)('has a %s test for every checkable rule not listed as debt', (kind) => {
    // The security baseline probes HTTP itself (bodies, headers, cookies, callbacks): one test of either kind covers a rule.
    // A page rule judges what the pages show (its `page` subject): an API has nothing of it to judge.
    const covered = (r: (typeof checkable)[number]) => {
      const tests = index[profile].get(r.id)
      if (r.area === 'security') return Boolean(tests?.ui || tests?.api)
      return Boolean(tests?.[kind] || (kind === 'api' && r.check?.subject === 'page' && tests?.ui))
    }
    const missing = checkable.filter((r) => !covered(r)).map((r) => r.id).sort()
    const listed = [...(debt.profiles[profile]?.[kind] ?? [])].sort()
    expect(missing.filter((id) => !listed.includes(id)), `rules without a ${kind} test under ${profile}`).toEqual([])
    expect(listed.filter((id) => !missing.includes(id)), `covered now: remove from not-yet-covered.json (${profile}.${kind})`).toEqual([])
  })
  it('names only rules the catalogue has', () => {
    const known = new Set(RULES.map((r) => r.id))
    expect([...index[profile].keys()].filter((id) => !known.has(id))).toEqual([])
  })
})
