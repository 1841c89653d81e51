import { describe, expect, it } from 'vitest'
import { unitsFor } from '../../src/generator/derive/place.ts'
import { edgeCases } from '../../src/generator/edgeCases.ts'
import { generateCandidate } from '../../src/generator/generateCandidate.ts'
import { materialFile } from '../../src/generator/images/materialFile.ts'
import { mix } from '../../src/generator/random.ts'
import type { UnitFit } from '../../src/generator/reference.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { withPath } from '../../src/rules/path.ts'
import { casesFor, ctxFor } from '../../src/rules/rule.ts'

// The generator's refusals and merges, and which generated base an edge case is built on.

describe('materialFile refusals', () => {
  it('makes an empty file of 0 bytes and refuses an "empty" file with bytes', () => {
    const f = materialFile({ material: 'diploma', bytes: 0, hostile: 'empty' })
    expect([f.format, f.decodes, f.data.length, f.fileName]).toEqual(['empty', false, 0, 'diploma.jpg'])
    expect(() => materialFile({ material: 'diploma', bytes: 10, hostile: 'empty' })).toThrow(new RangeError('an empty file has 0 bytes'))
  })
})

describe('unitsFor', () => {
  it('keeps units inside the profile\'s area and says what is missing when none fits', () => {
    const units = unitsFor('hunan-2025', '临床' as UnitFit)
    expect(units.length).toBeGreaterThan(0)
    expect(units.every((u) => u.division.startsWith('43'))).toBe(true)
    expect(() => unitsFor('hunan-2025', 'no-such-fit' as UnitFit)).toThrow('no work unit for "no-such-fit" under hunan-2025: add one to src/generator/data/units.json')
  })
})

describe('generateCandidate overrides', () => {
  it('change the fields given and keep the rest of each object they reach into', () => {
    const plain = generateCandidate({ seed: 11, profile: 'hubei-2026', persona: 'fresh-graduate' }).candidate
    const changed = generateCandidate({ seed: 11, profile: 'hubei-2026', persona: 'fresh-graduate', overrides: { work: { post: '儿科' } } as never }).candidate
    expect(changed.work).toEqual({ ...plain.work, post: '儿科' })
    expect({ ...changed, work: plain.work }).toEqual(plain)
  })
})

describe('edge cases on generated bases', () => {
  /** FNV-1a, as edgeCases seeds each rule's tries. */
  const fnv = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193); return h >>> 0 }

  // A case that applies to the first generated base is built on it: later tries are only for cases
  // the first base cannot take (a persona's variant, an ID card instead of a pass).
  it('builds a case that fits the first generated base on that base', () => {
    const profile = 'hubei-2026', seed = 7, id = 'CONTACT-POSTCODE-MAINLAND'
    const rule = ruleById(id)
    const cases = casesFor(rule, profile, ctxFor(profile))
    const records = edgeCases({ profile, seed, rule: id })
    expect(records.map((r) => [r.edge!.case, r.edge!.base, r.expected.verdict])).toEqual(cases.map((c) => [c.name, 'generated', c.expected]))
    records.forEach((r, i) => {
      const first = generateCandidate({ seed: mix(seed, fnv(`${id}#${i}#0`)), profile, persona: 'fresh-graduate', refDate: ctxFor(profile).refDate })
      expect(r.candidate, cases[i]!.name).toEqual(withPath(first.candidate, 'postcode', cases[i]!.value))
    })
  })
})
