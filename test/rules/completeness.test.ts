import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { ruleMeta } from '../../src/rules/export.ts'
import { casesFor, ctxFor, isSeedSource, profilesOf } from '../../src/rules/rule.ts'
import { SEED_FILES } from '../../src/rules/seeds.ts'

const squash = (s: string) => s.replace(/\s+/g, '')
const seedText = Object.fromEntries(SEED_FILES.map((f) => [f, squash(readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8'))]))

describe('the catalogue is complete and sourced', () => {
  it('has unique, stable-looking IDs', () => {
    const ids = RULES.map((r) => r.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it.each(RULES.map((r) => [r.id, r] as const))('%s has valid metadata', (_id, rule) => {
    expect(() => ruleMeta(rule)).not.toThrow()
  })

  it('quotes every source word for word (whitespace aside) from the seed it names', () => {
    const misquoted = RULES.flatMap((r) => r.sources.filter(isSeedSource).filter((s) => !seedText[s.seed]!.includes(squash(s.quote))).map((s) => `${r.id}: 「${s.quote}」 not in ${s.seed}`))
    expect(misquoted).toEqual([])
  })

  it('gives every checkable rule an accepted and a rejected case under each profile it applies to (in one of its readings)', () => {
    const missing = RULES.filter((r) => r.check).flatMap((r) => profilesOf(r).flatMap((p) => {
      const verdicts = new Set(casesFor(r, p, ctxFor(p)).flatMap((c) => [c.expected, ...Object.values(c.readings ?? {})]))
      return ['accept', 'reject'].filter((v) => !verdicts.has(v as 'accept')).map((v) => `${r.id} under ${p}: no ${v} case`)
    }))
    expect(missing).toEqual([])
  })

  it('explains every manual rule and checks every must/should rule', () => {
    const bad = RULES.flatMap((r) => {
      if (r.level === 'manual') return r.manual && !r.check ? [] : [`${r.id}: manual rules say why and have no check`]
      // The security baseline judges a target's behaviour under attack, not a subject: its specs are its check.
      return r.check || r.area === 'security' ? [] : [`${r.id}: ${r.level} rule without a check (make it manual and say why)`]
    })
    expect(bad).toEqual([])
  })

  it('writes down the disagreement wherever a profile overrides a value', () => {
    expect(RULES.filter((r) => r.profiles.overrides && !r.note).map((r) => r.id)).toEqual([])
  })

  it('applies every rule to at least one profile', () => {
    expect(RULES.filter((r) => profilesOf(r).length === 0).map((r) => r.id)).toEqual([])
  })
})
