import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES, ruleById } from '../../src/rules/catalogue.ts'
import { DISAGREEMENTS } from '../../src/rules/disagreements.ts'
import { PROFILE_IDS } from '../../src/rules/profiles.ts'
import { casesFor, casesForReading, ctxFor, readingsFollowed, readingsFor, paramsFor } from '../../src/rules/rule.ts'
import { SEED_FILES } from '../../src/rules/seeds.ts'
import { LATER_SESSION } from '../../src/rules/catalogue/materials.ts'

const squash = (s: string) => s.replace(/\s+/g, '')
const seedText = Object.fromEntries(SEED_FILES.map((f) => [f, squash(readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8'))]))
const withReadings = RULES.filter((r) => r.profiles.readings)

describe('where the seeds disagree', () => {
  it('quotes every statement word for word (whitespace aside) from the seed it names', () => {
    const quotes = [...DISAGREEMENTS.flatMap((d) => d.quotes), ...withReadings.flatMap((r) => Object.values(r.profiles.readings!).flat().map((x) => x!.source))]
    expect(quotes.filter((q) => !seedText[q.seed]!.includes(squash(q.quote))).map((q) => `「${q.quote}」 not in ${q.seed}`)).toEqual([])
  })

  it('names only rules the catalogue has, and lists every rule that holds accepted readings as a readings disagreement', () => {
    expect(DISAGREEMENTS.flatMap((d) => d.rules).filter((id) => !RULES.some((r) => r.id === id))).toEqual([])
    const listed = DISAGREEMENTS.filter((d) => d.model === 'readings').flatMap((d) => d.rules)
    expect(withReadings.map((r) => r.id).sort()).toEqual([...listed].sort())
  })

  it('gives each reading of a rule its own ID and different parameters, the first being what paramsFor returns', () => {
    for (const rule of withReadings) {
      for (const [profile, readings] of Object.entries(rule.profiles.readings!)) {
        expect(readings!.length, `${rule.id} under ${profile}`).toBeGreaterThan(1)
        expect(new Set(readings!.map((r) => r.id)).size).toBe(readings!.length)
        expect(new Set(readings!.map((r) => JSON.stringify(r.params))).size).toBe(readings!.length)
        expect(paramsFor(rule, profile as never)).toEqual(readings![0]!.params)
      }
    }
  })
})

describe('accepted readings', () => {
  it('are inherited along the profile chain and stop at an override', () => {
    const pay = ruleById('PAY-OPENS')
    expect(readingsFor(pay, 'national')?.map((r) => r.id)).toEqual(['002-二', '002-四'])
    expect(readingsFor(pay, 'hunan-2025')?.map((r) => r.id)).toEqual(['002-二', '002-四'])
    expect(readingsFor(pay, 'hubei-2026')).toBeNull()
    expect(readingsFor(pay, 'hebei-shijiazhuang-2022')).toBeNull()
    expect(readingsFor(ruleById('EDU-GRADUATE-LOWER-RECORD'), 'national')).toBeNull()
    const portal = ruleById('MATERIAL-PORTAL-AUTHORISE')
    expect(readingsFor(portal, 'hubei-2026')?.map((r) => r.id)).toEqual(['001-授权访问', '001-激活用户'])
    expect(readingsFor(portal, 'hebei-shijiazhuang-2022')).toBeNull()
    expect(paramsFor(portal, 'national')).toBeNull()
  })

  it('dispute only the later session of an account that authorised the portal before, never a wrong first authorisation', () => {
    const portal = ruleById('MATERIAL-PORTAL-AUTHORISE')
    expect(casesFor(portal, 'hubei-2022').filter((c) => c.readings).map((c) => [c.name, c.readings])).toEqual([
      [LATER_SESSION, { '001-授权访问': 'reject', '001-激活用户': 'accept' }],
    ])
    expect(casesFor(portal, 'hubei-2026').find((c) => c.name === 'wrong password')).toMatchObject({ expected: 'reject' })
    expect(casesFor(portal, 'hebei-shijiazhuang-2022').find((c) => c.name === LATER_SESSION)).toMatchObject({ expected: 'reject' })
    expect(readingsFollowed(portal, 'hubei-2026', { [LATER_SESSION]: 'accept' })).toEqual(['001-激活用户'])
    expect(readingsFollowed(portal, 'hubei-2026', { [LATER_SESSION]: 'reject' })).toEqual(['001-授权访问'])
  })

  it('mark only the cases the readings judge differently, with each reading\'s verdict', () => {
    const rule = ruleById('PAY-OPENS')
    const cases = casesFor(rule, 'national', ctxFor('national'))
    expect(cases.filter((c) => c.readings).map((c) => [c.name, c.readings])).toEqual([
      ['right after registration, before review', { '002-二': 'reject', '002-四': 'accept' }],
      ['after 考点 approval only', { '002-二': 'reject', '002-四': 'accept' }],
    ])
    expect(cases.find((c) => c.name === 'rejected file')).toMatchObject({ expected: 'reject' })
    expect(cases.find((c) => c.name === 'rejected file')!.readings).toBeUndefined()
    expect(casesForReading(rule, 'national', '002-四').find((c) => c.value === 'submitted')!.expected).toBe('accept')
  })

  it('tell which reading a target follows from its verdicts on the disputed cases', () => {
    const rule = ruleById('EDU-GRADUATE-LOWER-RECORD')
    expect(readingsFollowed(rule, 'hunan-2025', { '硕士 only': 'accept' })).toEqual(['004-八'])
    expect(readingsFollowed(rule, 'hunan-2025', { '硕士 only': 'reject' })).toEqual(['002-二.4'])
    expect(readingsFollowed(rule, 'hunan-2025', {})).toEqual(['004-八', '002-二.4'])
    const pay = ruleById('PAY-OPENS')
    expect(readingsFollowed(pay, 'national', { 'right after registration, before review': 'accept', 'after 考点 approval only': 'reject' })).toEqual([])
  })

  it('leave every profile without readings exactly as its single value has it', () => {
    for (const p of PROFILE_IDS) for (const r of RULES.filter((x) => !readingsFor(x, p))) expect(casesFor(r, p).some((c) => c.readings)).toBe(false)
  })
})
