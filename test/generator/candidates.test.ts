import { describe, expect, it } from 'vitest'
import { generateCandidate } from '../../src/generator/index.ts'
import { personasOf } from '../../src/generator/personas/index.ts'
import { Candidate } from '../../src/rules/candidate.ts'
import { RULES } from '../../src/rules/catalogue.ts'
import { parseResidentId } from '../../src/rules/checks/residentId.ts'
import { ageOn } from '../../src/rules/checks/dates.ts'
import { evaluate } from '../../src/rules/evaluate.ts'
import { PROFILES, PROFILE_IDS } from '../../src/rules/profiles.ts'
import { ctxFor } from '../../src/rules/rule.ts'
import { isCounty } from '../../src/generator/reference.ts'

// Property tests: many seeds × every persona × every profile. Valid candidates must pass the whole
// catalogue, match the Candidate schema, and keep their correlated fields in step.
const SEEDS = Array.from({ length: 12 }, (_, i) => i * 7919 + 3)

describe.each(PROFILE_IDS)('%s', (profile) => {
  it.each(personasOf(profile))('valid candidates pass the whole catalogue: %s', (persona) => {
    const problems: string[] = []
    for (const seed of SEEDS) {
      const r = generateCandidate({ seed, profile, persona })
      Candidate.parse(r.candidate)
      for (const v of evaluate(RULES, 'candidate', r.candidate, ctxFor(profile, r.refDate))) {
        problems.push(`seed ${seed}: ${v.rule} at ${v.path} (${v.code})`)
      }
    }
    expect(problems).toEqual([])
  })

  it('derives the correlated fields once', () => {
    const p = PROFILES[profile]
    for (const persona of personasOf(profile)) {
      for (const seed of SEEDS.slice(0, 4)) {
        const c = generateCandidate({ seed, profile, persona }).candidate
        const age = ageOn(c.birthDate, p.ageReferenceDate)
        expect(age, `${persona} ${seed} age`).toBeGreaterThanOrEqual(18)
        expect(age).toBeLessThanOrEqual(75)
        if (c.idType === '居民身份证') {
          const id = parseResidentId(c.idNumber)!
          expect({ birthDate: id.birthDate, sex: id.sex }).toEqual({ birthDate: c.birthDate, sex: c.sex })
          expect(isCounty(id.region), `${persona} region ${id.region}`).toBe(true)
          if (p.examArea) expect(id.region.slice(0, 2)).toBe(p.examArea.code.slice(0, 2))
        }
        expect(c.application.area).toBe(`${c.work.unitDivision.slice(0, 2)}0000`)
        expect(c.application.site.slice(0, 4)).toBe(c.work.unitDivision.slice(0, 4))
        if (p.examArea) expect(c.application.area).toBe(p.examArea.code)
        expect(c.application.examCode.startsWith(String(p.examYear))).toBe(true)
        for (const e of c.education.filter((e) => e.lengthYears !== null)) {
          expect(Number(e.graduation.slice(0, 4)) - Number(e.enrolled.slice(0, 4))).toBe(e.lengthYears)
        }
      }
    }
  })
})

describe('variety and determinism', () => {
  it('the same options give the same record; different seeds give different people', () => {
    const a = generateCandidate({ seed: 99, profile: 'hubei-2026', persona: 'fresh-graduate' })
    expect(generateCandidate({ seed: 99, profile: 'hubei-2026', persona: 'fresh-graduate' })).toEqual(a)
    const many = Array.from({ length: 50 }, (_, s) => generateCandidate({ seed: s, profile: 'national', persona: 'fresh-graduate' }).candidate)
    for (const field of ['name', 'idNumber', 'mobile', 'email'] as const) {
      expect(new Set(many.map((c) => c[field])).size, field).toBeGreaterThan(45)
    }
    expect(new Set(many.map((c) => c.work.unit)).size).toBeGreaterThan(5)
    expect(new Set(many.map((c) => c.education[0]!.school)).size).toBeGreaterThan(5)
  })

  it('a record is rebuilt by its seed alone, whatever was generated before', () => {
    const later = generateCandidate({ seed: 1234, profile: 'hunan-2025' })
    for (let s = 0; s < 20; s++) generateCandidate({ seed: s, profile: 'national' })
    expect(generateCandidate({ seed: later.seed, profile: later.profile })).toEqual(later)
  })

  it('overrides are merged into the candidate', () => {
    const r = generateCandidate({ seed: 1, profile: 'national', persona: 'fresh-graduate', overrides: { name: '李四', work: { post: '儿科' } } })
    expect(r.candidate.name).toBe('李四')
    expect(r.candidate.work.post).toBe('儿科')
    expect(r.candidate.work.unit).not.toBe('')
  })

  it('refuses bad options with a clear error', () => {
    expect(() => generateCandidate({ seed: -1, profile: 'national' })).toThrow(/seed/)
    expect(() => generateCandidate({ seed: 1, profile: 'mars' as never })).toThrow(/profile/)
    expect(() => generateCandidate({ seed: 1, profile: 'national', persona: 'pirate' as never })).toThrow(/persona/)
  })
})
