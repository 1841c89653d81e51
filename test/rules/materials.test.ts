import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { EXAMPLES } from '../../src/rules/examples.ts'
import { LOCKED_STATES, TRANSITIONS, nextState } from '../../src/rules/lifecycle.ts'
import {
  MATERIAL_IDS, SITUATIONS, SITUATION_WITNESSES, materialsFor, portalMaterials, type MaterialId, type Situation,
} from '../../src/rules/materials.ts'
import { PROFILE_IDS, type ProfileId } from '../../src/rules/profiles.ts'
import { ctxFor } from '../../src/rules/rule.ts'
import { withPath } from '../../src/rules/path.ts'
import type { PersonaId } from '../../src/rules/personas.ts'
import { SEED_FILES } from '../../src/rules/seeds.ts'

const squash = (s: string) => s.replace(/\s+/g, '')
const seedText = Object.fromEntries(SEED_FILES.map((f) => [f, squash(readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8'))]))
const PORTALS = ['hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022'] as const

/** Required materials of a persona's example under a profile, sorted; null when the persona has no example yet. */
function required(persona: PersonaId, profile: ProfileId): MaterialId[] | null {
  const build = EXAMPLES[persona]
  if (!build || (build.admittedBy && !build.admittedBy.includes(profile))) return null
  return (materialsFor(build(ctxFor(profile)), profile) ?? []).filter((m) => m.required).map((m) => m.id).sort()
}

// Which materials each persona must upload, per profile: the seeds' lists (001 §二, 003 附件1 三, 000 §二) as expectations.
const EXPECTED: [PersonaId, ProfileId, MaterialId[]][] = [
  ['fresh-graduate', 'hubei-2022', ['identity', 'diploma', 'verification-report']],
  ['fresh-graduate', 'hubei-2026', ['identity', 'diploma', 'verification-report', 'degree', 'degree-verification-report', 'commitment-letter']],
  ['fresh-graduate', 'hebei-shijiazhuang-2022', ['identity', 'license-copy', 'diploma', 'probation-certificate', 'supervisor-certificate', 'commitment-letter']],
  ['military', 'hubei-2022', ['identity', 'probation-certificate', 'diploma', 'verification-report']],
  ['military', 'hubei-2026', ['identity', 'diploma', 'verification-report', 'degree', 'degree-verification-report', 'probation-certificate', 'license-copy', 'supervisor-certificate', 'military-approval', 'commitment-letter']],
  ['graduate-student', 'hubei-2022', ['identity', 'student-status-proof']],
  ['graduate-student', 'hebei-shijiazhuang-2022', ['identity', 'supervisor-certificate', 'student-card', 'practice-certificate', 'commitment-letter']],
  ['long-programme', 'hebei-shijiazhuang-2022', ['identity', 'diploma', 'supervisor-certificate', 'student-card', 'practice-certificate', 'professional-degree-proof']],
  ['assistant-upgrade-zhongzhuan', 'hebei-shijiazhuang-2022', ['identity', 'license-copy', 'diploma', 'verification-report', 'assistant-certificate', 'assistant-license', 'practice-period-proof', 'supervisor-certificate']],
  ['assistant-upgrade-zhuanke', 'hubei-2026', ['identity', 'diploma', 'verification-report', 'assistant-certificate', 'assistant-license']],
  ['shicheng', 'hubei-2022', ['identity', 'shicheng-certificate']],
  ['shicheng', 'hebei-shijiazhuang-2022', ['identity', 'license-copy', 'probation-certificate', 'supervisor-certificate', 'shicheng-certificate']],
  ['hong-kong', 'hubei-2026', ['identity', 'diploma', 'verification-report', 'degree', 'degree-verification-report', 'hmt-internship-form', 'commitment-letter']],
  ['zhuanshengben', 'hubei-2022', ['identity', 'diploma', 'verification-report', 'supplementary-education']],
]

describe('materialsFor', () => {
  it.each(EXPECTED)('%s under %s', (persona, profile, want) => {
    const got = required(persona, profile)
    if (got === null) return // the persona's example is not written yet
    expect(got).toEqual([...want].sort())
  })

  it.each(['national', 'hunan-2025'] as const)('has no materials portal under %s', (profile) => {
    expect(portalMaterials(profile)).toBeNull()
    expect(materialsFor(EXAMPLES['fresh-graduate']!(ctxFor(profile)), profile)).toBeNull()
  })

  it.each([['hubei-2022', 2], ['hubei-2026', 3], ['hebei-shijiazhuang-2022', 3]] as const)('fixes identity at %s images under %s', (profile, n) => {
    const identity = materialsFor(EXAMPLES['fresh-graduate']!(ctxFor(profile)), profile)!.find((m) => m.id === 'identity')!
    expect(identity.images).toEqual({ min: n, max: n })
    expect(identity.required).toBe(true)
  })

  it('takes jpg/jpeg/png for every material', () => {
    for (const p of PORTALS) for (const m of materialsFor(EXAMPLES['fresh-graduate']!(ctxFor(p)), p)!) expect(m.formats).toEqual(['jpeg', 'png'])
  })

  it('gives every applying persona identity under every portal profile', () => {
    for (const p of PORTALS) for (const persona of Object.keys(EXAMPLES) as PersonaId[]) {
      const got = required(persona, p)
      if (got) expect(got).toContain('identity')
    }
  })
})

describe('the materials data', () => {
  it('quotes every instruction word for word from its seed', () => {
    const misquoted = PORTALS.flatMap((p) => portalMaterials(p)!.filter((m) => !seedText[m.source.seed]!.includes(squash(m.source.quote))).map((m) => `${p} ${m.id}: ${m.source.quote}`))
    expect(misquoted).toEqual([])
  })

  it('lists each material at most once per profile and only known IDs', () => {
    for (const p of PORTALS) {
      const ids = portalMaterials(p)!.map((m) => m.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of ids) expect(MATERIAL_IDS).toContain(id)
    }
  })

  it('has a MATERIAL-REQUIRED rule for every material some profile requires', () => {
    const requiredSomewhere = new Set(PORTALS.flatMap((p) => portalMaterials(p)!.filter((m) => m.required).map((m) => m.id)))
    const ruleIds = new Set(RULES.map((r) => r.id))
    expect([...requiredSomewhere].filter((id) => !ruleIds.has(`MATERIAL-REQUIRED-${id.toUpperCase()}`))).toEqual([])
  })

  it('has witnesses that put the fresh graduate into their situation', () => {
    for (const p of PORTALS) {
      const base = EXAMPLES['fresh-graduate']!(ctxFor(p))
      for (const [who, patch] of Object.entries(SITUATION_WITNESSES) as [Situation, Record<string, unknown>][]) {
        let c = base
        for (const [path, value] of Object.entries(patch)) c = withPath(c, path, value)
        expect(SITUATIONS[who](c), `${who} under ${p}`).toBe(true)
      }
    }
  })
})

describe('TRANSITIONS', () => {
  it('lets the 考点 decide finally where there is one level, and hands to the 考区 in Hebei', () => {
    expect(nextState('under-review', 'approve', 'site-reviewer', 'hubei-2026')).toBe('approved')
    expect(nextState('under-review', 'approve', 'site-reviewer', 'hebei-shijiazhuang-2022')).toBe('site-approved')
    expect(nextState('site-approved', 'approve', 'region-reviewer', 'hebei-shijiazhuang-2022')).toBe('approved')
    expect(nextState('site-approved', 'approve', 'region-reviewer', 'hubei-2026')).toBeNull()
  })

  it('locks on submit and again on resubmit', () => {
    for (const p of PROFILE_IDS) {
      expect(nextState('submitted', 'submit-review', 'candidate', p)).toBe('under-review')
      expect(nextState('returned', 'submit-review', 'candidate', p)).toBe('under-review')
    }
  })

  it('never lets a candidate change materials in a locked state', () => {
    const bad = TRANSITIONS.filter((t) => (LOCKED_STATES as readonly string[]).includes(t.from) && t.actors.includes('candidate') && ['upload', 'delete-image'].includes(t.action))
    expect(bad).toEqual([])
  })

  it('refuses review decisions by candidates and changes to a final result', () => {
    expect(nextState('under-review', 'approve', 'candidate', 'hubei-2026')).toBeNull()
    expect(nextState('approved', 'change-final', 'region-reviewer', 'hebei-shijiazhuang-2022')).toBeNull()
  })
})
