import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ACCOUNT_ACTIONS, AccountAttempt } from '../../src/rules/account.ts'
import { Candidate } from '../../src/rules/candidate.ts'
import { RULES, ruleById } from '../../src/rules/catalogue.ts'
import { caseSubject, checkRule } from '../../src/rules/evaluate.ts'
import { EXAMPLES } from '../../src/rules/examples.ts'
import { LIFECYCLE_BASES, LifecycleEvent, lifecycleBase } from '../../src/rules/lifecycle.ts'
import { MATERIAL_IDS, SITUATION_WITNESSES } from '../../src/rules/materials.ts'
import { withPath } from '../../src/rules/path.ts'
import { PROFILE_IDS, type ProfileId } from '../../src/rules/profiles.ts'
import { casesFor, ctxFor, paramsFor, profilesOf, readingsFor, type AnyRule, type Ctx } from '../../src/rules/rule.ts'
import { SUBJECTS, type SubjectKind } from '../../src/rules/subjects.ts'
import { UPLOAD_BASES, UploadAttempt } from '../../src/rules/upload.ts'

// A rule's `applies` decides which subjects it judges at all. Its own boundary cases sit inside that
// scope, so a scope that silently widened (a rule judging candidates it was never meant for) or
// narrowed (a rule no longer judging the ones it was) would pass every case. These tests run every
// scoped rule over a pool of subjects from the whole catalogue and pin which of them it judges.

/** Pooled subjects by their JSON; `core`: a base, an example or a boundary case (not a one-field neighbour). */
type Pool = Map<string, { name: string; subject: unknown; core: boolean }>

const isFlat = (v: unknown) => v === null || typeof v !== 'object'
/** Nested fields (a 提交审核's candidate and uploads), JSON: computed once per subject neighbours are made from. */
const nestedKey = (s: object) => JSON.stringify(Object.entries(s).filter(([, v]) => !isFlat(v)))
const flatKey = (s: object) => JSON.stringify(Object.entries(s).filter(([, v]) => isFlat(v)))

const add = (pool: Pool, name: string, subject: object, core = true, nested = nestedKey(subject)) => {
  const key = `${flatKey(subject)}${nested}`
  if (!pool.has(key)) pool.set(key, { name, subject, core })
}

/** Enum options of a zod object's top-level fields, for one-field neighbours. */
const enumOptions = (schema: { shape: Record<string, unknown> }): Record<string, unknown[]> =>
  Object.fromEntries(Object.entries(schema.shape).flatMap(([k, t]) => {
    const opts = (t as { options?: unknown[] }).options
    return Array.isArray(opts) && opts.every((o) => typeof o === 'string') ? [[k, opts]] : []
  }))

/** Named valid bases of a subject kind under a profile. */
function namedBases(kind: SubjectKind, ctx: Ctx): [string, unknown][] {
  switch (kind) {
    case 'event': return Object.keys(LIFECYCLE_BASES).map((n) => [`base ${n}`, lifecycleBase(n, ctx)])
    case 'upload': return Object.keys(UPLOAD_BASES).map((n) => [`base ${n}`, SUBJECTS.upload.base(n, ctx)])
    case 'account': return ACCOUNT_ACTIONS.map((n) => [`base ${n}`, SUBJECTS.account.base(n, ctx)])
    case 'candidate': return Object.entries(EXAMPLES)
      .filter(([, b]) => !b!.admittedBy || b!.admittedBy.includes(ctx.profile.id))
      .map(([n, b]) => [`persona ${n}`, b!(ctx)])
    case 'page': return [['base page', SUBJECTS.page.base(undefined, ctx)]]
  }
}

const SCHEMAS = { event: LifecycleEvent, upload: UploadAttempt, account: AccountAttempt, candidate: Candidate }

/**
 * Every subject the catalogue knows under a profile, by kind: each rule's boundary-case subjects,
 * the named bases, and their neighbours. Flat subjects (events, uploads, account actions) get every
 * one-field change to another value their schema or a named base uses; candidates get each example
 * put into each situation the materials lists know, and each example with another's first education
 * record added (mixed records: 师承 beside 本科, …).
 */
function poolsFor(profile: ProfileId): Record<SubjectKind, Pool> {
  const ctx = ctxFor(profile)
  const pools = { candidate: new Map(), upload: new Map(), event: new Map(), account: new Map(), page: new Map() } as Record<SubjectKind, Pool>
  for (const kind of Object.keys(pools) as SubjectKind[]) for (const [n, s] of namedBases(kind, ctx)) add(pools[kind], n, s as object)
  for (const rule of RULES) {
    if (!rule.check) continue
    for (const c of casesFor(rule, profile, ctx)) add(pools[rule.check.subject as SubjectKind], `${rule.id} / ${c.name}`, caseSubject(rule, c, ctx) as object)
  }
  for (const kind of ['event', 'upload', 'account'] as const) {
    const bases = namedBases(kind, ctx).map(([, s]) => s as Record<string, unknown>)
    const options = enumOptions(SCHEMAS[kind])
    /**
     * Other values for a field: the other boolean, the schema's options, or the values the named bases
     * use. Boundary cases (not bases) are varied in their small choices only: which action and actor
     * an event has is varied on the bases, which already cover every kind of event.
     */
    const alternatives = (field: string, value: unknown, fromBase: boolean): unknown[] => {
      if (typeof value === 'boolean') return [!value]
      if (options[field]) return fromBase || !['action', 'actor'].includes(field) ? options[field]! : []
      if (kind === 'upload' && field === 'material') return [...MATERIAL_IDS, 'no-such-material']
      if (!fromBase || (typeof value !== 'string' && typeof value !== 'number')) return []
      return [...new Set(bases.map((b) => b[field]))]
    }
    // Neighbours of subjects that differ only in nested data (a 提交审核's candidate and uploads) are
    // made once: those fields are varied by the cases themselves.
    const origins = new Map<string, { name: string; subject: unknown }>()
    for (const e of pools[kind].values()) {
      const flat = flatKey(e.subject as object)
      if (!origins.has(flat)) origins.set(flat, e)
    }
    for (const { name, subject } of origins.values()) {
      const nested = nestedKey(subject as object)
      for (const [field, value] of Object.entries(subject as Record<string, unknown>)) {
        for (const alt of alternatives(field, value, name.startsWith('base '))) if (alt !== value) add(pools[kind], `${name} | ${field}=${JSON.stringify(alt)}`, { ...(subject as object), [field]: alt }, false, nested)
      }
    }
  }
  const people = namedBases('candidate', ctx) as [string, Record<string, unknown> & { education: unknown[] }][]
  for (const [n, c] of people) {
    for (const [who, patch] of Object.entries(SITUATION_WITNESSES)) {
      let s: unknown = c
      for (const [path, value] of Object.entries(patch!)) s = withPath(s, path, value)
      add(pools.candidate, `${n} as ${who}`, s as object)
    }
    for (const [m, other] of people) {
      if (m !== n) add(pools.candidate, `${n} + first record of ${m}`, { ...c, education: [...c.education, { ...(other.education[0] as object), selected: false }] })
    }
  }
  return pools
}

const digest = (lines: string[]) => createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 12)
const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

const POOLS = Object.fromEntries(PROFILE_IDS.map((p) => [p, poolsFor(p)])) as Record<ProfileId, Record<SubjectKind, Pool>>
const SCOPED = RULES.filter((r) => r.check?.applies)

interface Judged { name: string; core: boolean; verdict: string }

/**
 * The pooled subjects a rule judges under a profile, by name. On the core subjects: checkRule's
 * answer (null out of scope, else the codes and paths it finds, or accept); on the neighbours, only
 * the rule's `applies`, since judging thousands of them on every rule would make this test slow.
 */
function judged(rule: AnyRule, profile: ProfileId): { judged: Judged[]; total: number } {
  const ctx = ctxFor(profile)
  const params = paramsFor(rule, profile)
  const pool = [...POOLS[profile][rule.check!.subject as SubjectKind].values()]
  const out: Judged[] = []
  for (const { name, subject, core } of pool) {
    if (core) {
      const v = checkRule(rule, subject, ctx)
      if (v) out.push({ name, core, verdict: v.length === 0 ? 'accept' : v.map((f) => `${f.code}@${f.path}`).join(',') })
    } else if (rule.check!.applies!(subject, params, ctx)) out.push({ name, core, verdict: '' })
  }
  return { judged: out.sort(byName), total: pool.length }
}

const RESULTS = SCOPED.flatMap((rule) => profilesOf(rule).map((p) => ({ rule, profile: p, ...judged(rule, p) })))

describe('rule scopes over the pooled subjects', () => {
  it('checkRule gives no verdict (null) outside a rule\'s scope and a list (maybe empty) inside it', () => {
    const rule = ruleById('PAY-WRITTEN-ONLY-PASSED')
    const ctx = ctxFor('hubei-2022')
    const failed = { ...lifecycleBase('pay', ctx), feeKind: 'written', skillsResult: 'failed' }
    expect(checkRule(rule, failed, ctx)?.map((v) => v.code)).toEqual(['skills-failed'])
    expect(checkRule(rule, { ...failed, skillsExempt: true }, ctx)).toBeNull()
  })

  it('every scoped rule judges some pooled subjects and leaves others alone', () => {
    // A scope that takes everything or nothing of its kind has lost its condition (unless an accepted reading switches the rule off).
    const degenerate = RESULTS.filter((r) => (r.judged.length === 0 && !readingsFor(r.rule, r.profile)) || r.judged.length === r.total)
      .map((r) => `${r.rule.id} under ${r.profile}: ${r.judged.length} of ${r.total} in scope`)
    expect(degenerate).toEqual([])
  })

  // The pinned record: per scoped rule and profile, how many pooled subjects it judges, a digest of
  // which ones, and a digest of its verdicts on the core ones. A change here means a scope or a
  // verdict moved: check it was meant, then refresh with `npx vitest run test/rules/scopes.test.ts -u`.
  // Only subjects in scope are digested, so a new boundary case changes the lines of the rules judging it.
  it('matches the recorded scopes', async () => {
    const lines = RESULTS.map(({ rule, profile, judged: j }) => {
      const core = j.filter((x) => x.core)
      return `${rule.id} @ ${profile}: judges ${j.length} (${core.length} core), rejects ${core.filter((x) => x.verdict !== 'accept').length}, `
        + `scope ${digest(j.map((x) => x.name))}, verdicts ${digest(core.map((x) => `${x.name}: ${x.verdict}`))}`
    })
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/scopes.txt')
  })
})
