import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { caseSubject, checkRule } from '../../src/rules/evaluate.ts'
import { casesFor, ctxFor, paramsFor, type AnyRule } from '../../src/rules/rule.ts'
import { DEFECTS } from '../../src/site/defects/registry.ts'
import { defectsNamed, parseDefectList, rulesWithDefects, UnknownDefectError } from '../../src/site/defects/switchOn.ts'
import { killPlan, rulesGrep } from '../../src/site/defects/killPlan.ts'

const byId = new Map(RULES.map((r) => [r.id, r]))

describe('the defect registry', () => {
  it('has at least 30 defects with unique kebab-case names, a description in both languages and a profile', () => {
    expect(DEFECTS.length).toBeGreaterThanOrEqual(30)
    expect(new Set(DEFECTS.map((d) => d.name)).size).toBe(DEFECTS.length)
    for (const d of DEFECTS) {
      expect(d.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/)
      expect(d.zh).toMatch(/\p{Script=Han}/u)
      expect(d.en.length).toBeGreaterThan(10)
      expect(d.profiles.length).toBeGreaterThan(0)
      expect(d.bend ?? d.seam ?? d.patch, `${d.name} says how it alters the site`).toBeDefined()
    }
  })

  it('names only checkable catalogue rules that apply under each of its profiles', () => {
    for (const d of DEFECTS) {
      expect(d.rules.length, d.name).toBeGreaterThan(0)
      for (const id of d.rules) {
        const rule = byId.get(id)
        expect(rule, `${d.name}: ${id} is in the catalogue`).toBeDefined()
        expect(rule!.level, `${d.name}: ${id} is checkable`).not.toBe('manual')
        for (const p of d.profiles) expect(paramsFor(rule!, p), `${d.name}: ${id} applies under ${p}`).not.toBeNull()
      }
    }
  })

  it('spreads over every area of the catalogue', () => {
    const areas = new Set(DEFECTS.flatMap((d) => d.rules.map((id) => byId.get(id)!.area)))
    expect([...areas].sort()).toEqual([...new Set(RULES.map((r) => r.area))].sort())
  })

  it('refuses unknown names with a message that lists the known ones', () => {
    expect(() => defectsNamed(['age-76-accepted', 'no-such-defect'])).toThrow(UnknownDefectError)
    expect(() => defectsNamed(['no-such-defect'])).toThrow(/no-such-defect[\s\S]*age-76-accepted/)
    expect(() => rulesWithDefects(RULES, ['nope'])).toThrow(UnknownDefectError)
    expect(parseDefectList(' a, b ,,c')).toEqual(['a', 'b', 'c'])
  })

  it('baoming serve --defects refuses an unknown name and exits non-zero', () => {
    const run = spawnSync(process.execPath, ['bin/baoming.js', 'serve', '--defects', 'no-such-defect'], { encoding: 'utf8', timeout: 30_000 })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/unknown defect: no-such-defect[\s\S]*no-lock-after-submit/)
  })

  it('leaves the catalogue alone when no defect is on', () => {
    expect(rulesWithDefects(RULES, [])).toBe(RULES)
  })
})

// Every seam defect is consulted somewhere in the site's code (outside the registry).
function siteSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true }).map((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return p.endsWith('defects') ? '' : siteSources(p)
    return p.endsWith('.ts') ? readFileSync(p, 'utf8') : ''
  }).join('\n')
}

describe('how each defect alters the site', () => {
  const sources = `${siteSources('src/site')}\n${readFileSync('src/site/defects/seams.ts', 'utf8')}`
  it.each(DEFECTS.filter((d) => d.seam).map((d) => [d.name]))('seam defect %s is consulted by the site', (name) => {
    expect(sources).toContain(`'${name}'`)
  })

  /** The verdicts of a rule's own boundary table, judged by the rule list a site with the defect enforces. */
  const wrongVerdicts = (rules: readonly AnyRule[], id: string, profile: Parameters<typeof ctxFor>[0]) => {
    const ctx = ctxFor(profile)
    const original = byId.get(id)!
    const bent = rules.find((r) => r.id === id)
    return casesFor(original, profile, ctx).filter((c) => {
      const subject = caseSubject(original, c, ctx)
      const verdict = bent && (checkRule(bent, subject, ctx) ?? []).length ? 'reject' : 'accept'
      return verdict !== c.expected
    }).map((c) => c.name)
  }

  it.each(DEFECTS.filter((d) => d.bend).map((d) => [d.name, d]))('rule-level defect %s gives a wrong verdict on a boundary case of a rule it breaks', (_n, d) => {
    const rules = rulesWithDefects(RULES, [d.name])
    const wrong = d.rules.flatMap((id) => wrongVerdicts(rules, id, d.profiles[0]!))
    expect(wrong.length).toBeGreaterThan(0)
    // …and leaves every other rule as it was.
    expect(rules.filter((r) => !d.rules.includes(r.id) && byId.get(r.id) !== r)).toEqual([])
  })
})

describe('the kill plan', () => {
  it('greps the tests of the defect\'s rules under its profile', () => {
    const [k] = killPlan(['no-lock-after-submit'])
    expect(k!.profile).toBe('hubei-2026')
    expect(k!.grep.test('upload refused @rule:MATERIAL-UPLOAD-LOCKED @profile:hubei-2022 @profile:hubei-2026 @api')).toBe(true)
    expect(k!.grep.test('upload refused @rule:MATERIAL-UPLOAD-LOCKED-X @profile:hubei-2026')).toBe(false)
    expect(k!.grep.test('upload refused @rule:MATERIAL-UPLOAD-LOCKED @profile:hubei-2026-x')).toBe(false)
    expect(k!.grep.test('upload refused @rule:REVIEW-OWN-FILE @profile:hubei-2026')).toBe(false)
    expect(rulesGrep('national', ['A-B']).test('@profile:national x @rule:A-B')).toBe(true)
  })
})
