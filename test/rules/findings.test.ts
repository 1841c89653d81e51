import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { caseSubject, checkRule } from '../../src/rules/evaluate.ts'
import { catalogueMarkdown } from '../../src/rules/export.ts'
import { getPath } from '../../src/rules/path.ts'
import { PROFILE_IDS } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor, profilesOf } from '../../src/rules/rule.ts'

// What a refusal carries besides its message: a stable code (API clients and the site's message
// variants key on it) and the path of the field it is about (the site shows the message beside it).

describe.each(PROFILE_IDS)('findings of the reject cases under %s', (profile) => {
  const ctx = ctxFor(profile)
  const rules = RULES.filter((r) => r.check && profilesOf(r).includes(profile))

  // A finding about a field names it (the rule's own path or one under the subject); one about the whole action (an account rule) names none.
  it('each names a code and, where the rule checks a field, a field of the subject', () => {
    const wrong: string[] = []
    for (const rule of rules) {
      for (const c of casesFor(rule, profile, ctx).filter((x) => x.expected === 'reject')) {
        const subject = caseSubject(rule, c, ctx)
        for (const v of checkRule(rule, subject, ctx) ?? []) {
          if (!/^[a-z][a-z0-9_-]*$/i.test(v.code)) wrong.push(`${rule.id} / ${c.name}: code ${JSON.stringify(v.code)}`)
          const named = v.path !== '' && getPath(subject, v.path.split('.')[0]!) !== undefined
          if (rule.check!.path ? !named : v.path !== '' && !named) wrong.push(`${rule.id} / ${c.name}: path ${JSON.stringify(v.path)}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('catalogue export for one profile', () => {
  const countsRows = (md: string) => md.split('## Counts by profile')[1]!.split('\n## ')[0]!.split('\n').filter((l) => /^\| [a-z0-9-]+ \| \d/.test(l)).map((l) => l.split(' | ')[0]!.slice(2))
  it('counts only that profile; the whole catalogue counts every profile', () => {
    expect(countsRows(catalogueMarkdown(RULES, 'hunan-2025'))).toEqual(['hunan-2025'])
    expect(countsRows(catalogueMarkdown(RULES))).toEqual([...PROFILE_IDS])
  })
})
