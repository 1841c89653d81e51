import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Target } from '../../fixtures/adapter.ts'
import { ctxOf, readReferenceFile, withReferenceFile } from '../../fixtures/reference.ts'
import { makeUnique } from '../../fixtures/unique.ts'
import { createTarget } from '../../examples/hunan-lite/adapter.ts'
import { RULES } from '../../src/rules/catalogue.ts'
import { caseSubject, checkRule, verdictOf } from '../../src/rules/evaluate.ts'
import { candidateExample, EXAMPLES } from '../../src/rules/examples.ts'
import { casesFor, ctxFor, profilesOf, type Ctx } from '../../src/rules/rule.ts'
import type { ProfileId } from '../../src/rules/profiles.ts'

// A profile means rules and values, not a place: the personas take their unit (with its 考区 and
// 考点), schools and majors from the target's own dictionary (`reference()`), and the exam year from
// it. The example target has its own dictionary and codes; its adapter gives them in the candidate
// model's terms, and the personas built from them are ones it enrols.

interface Dict { units: { name: string; type: string; affiliation: string; division: string }[]; schools: { name: string }[]; majors: { name: string }[] }

let hunan: Target
let national: Target
let dict: Dict
const unique = (() => { let block = 0; return makeUnique(() => block++) })()

beforeAll(async () => {
  ;[hunan, national] = await Promise.all([createTarget({ profile: 'hunan-2025' }), createTarget({ profile: 'national' })])
  dict = await (await fetch(`${hunan.url}/api/dictionary`)).json() as Dict
})
const tmp = mkdtempSync(join(tmpdir(), 'baoming-reference-'))
afterAll(async () => {
  await Promise.all([hunan?.close(), national?.close()])
  rmSync(tmp, { recursive: true, force: true })
})

const CANDIDATE_RULES = RULES.filter((r) => r.level !== 'manual' && r.check?.subject === 'candidate')
const personas = (ctx: Ctx) => Object.keys(EXAMPLES).flatMap((p) => { try { return [[p, candidateExample(p, ctx)] as const] } catch { return [] } })

describe('personas from the target\'s reference data', () => {
  it('a target without reference() gets the profile\'s year, home and dictionary', () => {
    const plain = { profile: 'hubei-2026' } as Target
    expect(ctxOf(plain)).toEqual(ctxFor('hubei-2026'))
    expect(candidateExample('rural-general', ctxOf(plain))).toEqual(candidateExample('rural-general', ctxFor('hubei-2026')))
  })

  it('each persona works at a unit of the target\'s, in its 考区 and 考点, with its schools and majors, and stays valid', () => {
    const ctx = ctxOf(hunan)
    for (const [persona, c] of personas(ctx)) {
      const unit = dict.units.find((u) => u.name === c.work.unit)
      expect(unit, `${persona}: ${c.work.unit}`).toMatchObject({ type: c.work.unitType, affiliation: c.work.affiliation, division: c.work.unitDivision })
      expect([c.application.area, c.application.site], persona).toEqual(['430000', `${c.work.unitDivision.slice(0, 4)}00`])
      for (const r of c.education.filter((x) => x.studyForm !== '师承')) {
        expect(dict.schools.map((s) => s.name), persona).toContain(r.school)
        expect(dict.majors.map((m) => m.name), persona).toContain(r.major)
      }
      expect(CANDIDATE_RULES.flatMap((r) => checkRule(r, c, ctx) ?? []), persona).toEqual([])
    }
    // The persona keeps what it is: the army doctor works at the dictionary's army hospital, the rural doctor at a 乡镇卫生院.
    expect(candidateExample('military', ctx).work).toMatchObject({ unit: '中国人民解放军联勤保障部队第九二一医院', affiliation: '军队' })
    expect(candidateExample('rural-general', ctx).work.unitType).toBe('乡镇卫生院')
  })

  it('under national the target\'s exam year and places replace the profile\'s 2026 and Beijing, and the target enrols the persona', async () => {
    const ours = candidateExample(undefined, ctxFor('national'))
    const theirs = candidateExample(undefined, ctxOf(national))
    expect([ours.application.examCode, ours.application.area]).toEqual(['2026110', '110000'])
    expect([theirs.application.examCode, theirs.application.area, theirs.application.site]).toEqual(['2025110', '430000', '430100'])
    expect((await national.api.enrol(unique(theirs))).refused).toBeNull()
    // The profile's own persona is not one this system can take (another year, another province).
    expect((await national.api.enrol(unique(ours))).refused).not.toBeNull()
  })

  it('a reference file given to the run takes the place of the members of reference() it has', () => {
    const file = join(tmp, 'reference.json')
    writeFileSync(file, JSON.stringify({ units: [{ name: '株洲市中心医院', division: '430211', type: '医院', affiliation: '市' }] }))
    const ctx = ctxOf(withReferenceFile(hunan, readReferenceFile(file)))
    const c = candidateExample(undefined, ctx)
    expect([c.work.unit, c.application.site]).toEqual(['株洲市中心医院', '430200'])
    expect(ctx.local?.schools).toEqual(hunan.reference!().schools)
    expect(CANDIDATE_RULES.flatMap((r) => checkRule(r, c, ctx) ?? [])).toEqual([])
  })

  it('changes the verdict of no boundary case of the catalogue', () => {
    const profile: ProfileId = 'hunan-2025'
    const ctx = ctxOf(hunan)
    const flipped = CANDIDATE_RULES.filter((r) => profilesOf(r).includes(profile)).flatMap((r) => casesFor(r, profile, ctx)
      .filter((c) => !c.readings && verdictOf(r, caseSubject(r, c, ctx), ctx) !== c.expected).map((c) => `${r.id} ${c.name}`))
    expect(flipped).toEqual([])
  })
})
