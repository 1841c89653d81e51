import { describe, expect, it } from 'vitest'
import { accountBase, ACCOUNT_ACTIONS } from '../../src/rules/account.ts'
import { RULES, ruleById } from '../../src/rules/catalogue.ts'
import { caseSubject, checkRule } from '../../src/rules/evaluate.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { catalogueMarkdown } from '../../src/rules/export.ts'
import { LIFECYCLE_BASES } from '../../src/rules/lifecycle.ts'
import { messageZh } from '../../src/rules/messages.ts'
import { PROFILE_IDS } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor, profilesOf, type Case } from '../../src/rules/rule.ts'
import { SUBJECTS, type SubjectKind } from '../../src/rules/subjects.ts'
import { UPLOAD_BASES } from '../../src/rules/upload.ts'

// What each boundary case makes a rule say, beyond accept or reject: the code (API clients and the
// site's message variants key on it), the field it names and the detail the message is filled from.

const CHECKED = RULES.filter((r) => r.check)

describe('findings of the boundary cases', () => {
  // One line per rule and case: its findings (code @path {detail}) or accept, with the profiles it
  // holds under (* = every profile of the rule). A change means a rule now says something else about
  // a case: check it was meant, then refresh with `npx vitest run test/rules/caseFindings.test.ts -u`.
  it('match the recorded findings', async () => {
    const seen = new Map<string, Map<string, string[]>>()
    for (const rule of CHECKED) {
      for (const p of profilesOf(rule)) {
        const ctx = ctxFor(p)
        for (const c of casesFor(rule, p, ctx)) {
          const v = checkRule(rule, caseSubject(rule, c, ctx), ctx) ?? []
          const said = v.length ? v.map((f) => `${f.code} @${f.path}${f.detail ? ` ${JSON.stringify(f.detail)}` : ''}`).join('; ') : 'accept'
          const key = `${rule.id} / ${c.name}`
          const byText = seen.get(key) ?? seen.set(key, new Map()).get(key)!
          byText.set(said, [...(byText.get(said) ?? []), p])
        }
      }
    }
    const lines = [...seen].flatMap(([key, byText]) => {
      const all = profilesOf(ruleById(key.split(' / ')[0]!)).length
      return [...byText].map(([said, ps]) => `${key} [${ps.length === all ? '*' : ps.join(',')}]: ${said}`)
    })
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/case-findings.txt')
  })

  it('carry a non-empty string code and plain detail values', () => {
    const wrong: string[] = []
    for (const rule of CHECKED) for (const p of profilesOf(rule)) {
      const ctx = ctxFor(p)
      for (const c of casesFor(rule, p, ctx).filter((x) => x.expected === 'reject')) {
        for (const v of checkRule(rule, caseSubject(rule, c, ctx), ctx) ?? []) {
          if (typeof v.code !== 'string' || v.code === '') wrong.push(`${rule.id} / ${c.name}: code ${JSON.stringify(v.code)}`)
          for (const [k, val] of Object.entries(v.detail ?? {})) {
            if (!['string', 'number', 'boolean'].includes(typeof val) || val === '') wrong.push(`${rule.id} / ${c.name}: detail.${k} = ${JSON.stringify(val)}`)
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })

  // The message a site shows is the rule's message filled from its parameters and the finding's
  // detail: a placeholder left unfilled means the finding lost a detail the message needs.
  // Known gaps, by rule and code (reported, not fixed here):
  const UNFILLED_KNOWN: Record<string, string> = {
    // The account subject carries no user name: the site fills {username} itself (src/site/actions/account.ts).
    'ACCOUNT-ONE-PER-IDENTITY identity-registered': '{username} {username}',
    // A malformed validity date gets the expiry message, whose {validUntil} the 'format' finding does not give.
    'ID-VALID-ON-REGISTRATION format': '{validUntil}',
  }
  it('fill every placeholder of the rule\'s message', () => {
    const unfilled: string[] = []
    for (const rule of CHECKED.filter((r) => r.message?.includes('{'))) for (const p of profilesOf(rule)) {
      const ctx = ctxFor(p)
      for (const c of casesFor(rule, p, ctx).filter((x) => x.expected === 'reject')) {
        for (const v of checkRule(rule, caseSubject(rule, c, ctx), ctx) ?? []) {
          const left = messageZh(v, p).match(/\{\w+\}/g)?.join(' ')
          if (left && UNFILLED_KNOWN[`${rule.id} ${v.code}`] !== left) unfilled.push(`${rule.id} / ${c.name} under ${p}: ${left}`)
        }
      }
    }
    expect(unfilled).toEqual([])
  })

  it('name the rule\'s detail where the message does not show it (a dot in a name, too few images)', () => {
    const ctx = ctxFor('national')
    const name = checkRule(ruleById('NAME-MINORITY-DOT-ASCII'), { ...candidateExample('minority-name', ctx), name: '阿依·古丽' }, ctx)
    expect(name?.map((v) => [v.code, v.detail])).toEqual([['dot', { char: '·' }]])
    const H = ctxFor('hubei-2026')
    const submit = SUBJECTS.event.base('submit-review', H)
    const few = checkRule(ruleById('MATERIAL-MIN-IMAGES'), { ...submit, uploaded: { ...submit.uploaded, identity: 1 } }, H)
    expect(few?.map((v) => [v.code, v.path, v.detail])).toEqual([['too-few-images', 'uploaded.identity', { material: expect.any(String), min: 3, have: 1 }]])
  })
})

describe('boundary-case times', () => {
  // A case "written in UTC" names the same instant as its Beijing-time twin: that is what it tests.
  it('give the UTC-written cases the instant of their Beijing-time twins', () => {
    const wrong: string[] = []
    let pairs = 0
    for (const rule of CHECKED) for (const p of profilesOf(rule)) {
      const cases = casesFor(rule, p, ctxFor(p))
      for (const c of cases.filter((x) => x.name.endsWith(' written in UTC'))) {
        const twin = cases.find((x) => x.name === c.name.replace(' written in UTC', '') && x.expected === c.expected)
        if (!twin) continue
        pairs++
        const [a, b] = [Date.parse(String(c.value)), Date.parse(String(twin.value))]
        if (!/Z$/.test(String(c.value)) || Number.isNaN(a) || a !== b) wrong.push(`${rule.id} / ${c.name} under ${p}: ${c.value} vs ${twin.value}`)
      }
    }
    expect(wrong).toEqual([])
    expect(pairs).toBeGreaterThan(0)
  })

  it('write every time a case puts at an event\'s `at` or `dueBy` as a parseable ISO 8601 time', () => {
    const bad: string[] = []
    for (const rule of CHECKED.filter((r) => r.check!.subject === 'event')) for (const p of profilesOf(rule)) {
      for (const c of casesFor(rule, p, ctxFor(p)) as Case[]) {
        const times = [...('value' in c && ['at', 'dueBy'].includes(rule.check!.path ?? '') ? [c.value] : []), c.set?.at, c.set?.dueBy].filter((t) => t !== undefined && t !== '')
        for (const t of times) if (typeof t !== 'string' || Number.isNaN(Date.parse(t)) || !/T\d\d:\d\d/.test(t)) bad.push(`${rule.id} / ${c.name}: ${JSON.stringify(t)}`)
      }
    }
    expect(bad).toEqual([])
  })
})

describe('named bases', () => {
  const names: Record<SubjectKind, readonly (string | undefined)[]> = {
    event: [undefined, ...Object.keys(LIFECYCLE_BASES)],
    upload: [undefined, ...Object.keys(UPLOAD_BASES)],
    account: [undefined, ...ACCOUNT_ACTIONS],
    candidate: [undefined],
    page: [undefined],
  }

  // Every case starts from a base: an invalid one would make its cases test something else.
  it.each(PROFILE_IDS)('are valid subjects of their kind under %s', (profile) => {
    const ctx = ctxFor(profile)
    const invalid = (Object.keys(names) as SubjectKind[]).flatMap((kind) => names[kind].flatMap((n) => {
      const r = SUBJECTS[kind].schema.safeParse(SUBJECTS[kind].base(n, ctx))
      return r.success ? [] : [`${kind} ${n ?? '(default)'}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`]
    }))
    expect(invalid).toEqual([])
  })

  it('account bases are the named action, logging in by default, and refuse an unknown name', () => {
    const ctx = ctxFor('national')
    expect(accountBase(undefined, ctx).action).toBe('login')
    expect(accountBase('change-password', ctx).action).toBe('change-password')
    expect(() => accountBase('delete-account', ctx)).toThrow(/unknown account base "delete-account"/)
  })

  it('the withdrawal base is the system withdrawing an approved, unpaid file at the deadline', () => {
    const e = SUBJECTS.event.base('withdraw', ctxFor('hubei-2022'))
    expect([e.actor, e.action, e.withdrawReason, e.state, e.payment]).toEqual(['system', 'withdraw', 'unpaid', 'approved', 'unpaid'])
  })

  it('an example persona is refused under a profile that does not admit it', () => {
    expect(candidateExample('short-line-pediatrics', ctxFor('hubei-2022')).application.extraSubject).toBe('儿科')
    expect(() => candidateExample('short-line-pediatrics', ctxFor('hebei-shijiazhuang-2022'))).toThrow(/persona "short-line-pediatrics" is not admitted under hebei-shijiazhuang-2022/)
  })

  it('a case with a value needs a rule that checks a field', () => {
    const rule = ruleById('MATERIAL-MIN-IMAGES')
    expect(rule.check!.path).toBeUndefined()
    expect(() => caseSubject(rule, { name: 'stray value', value: 1, expected: 'reject' }, ctxFor('hubei-2026')))
      .toThrow('MATERIAL-MIN-IMAGES: case "stray value" has a value but the check has no path')
  })
})

describe('catalogue export for one profile', () => {
  it('lists only the rules that apply under it', () => {
    const md = catalogueMarkdown(RULES, 'hunan-2025')
    const listed = [...md.matchAll(/^### ([A-Z][A-Z0-9-]+)$/gm)].map((m) => m[1])
    const applying = RULES.filter((r) => profilesOf(r).includes('hunan-2025')).map((r) => r.id)
    expect([...listed].sort()).toEqual([...applying].sort())
    expect(applying.length).toBeLessThan(RULES.length)
    expect(md).toContain(`${applying.length} rules, `)
  })
})
