import type { Candidate } from '../rules/candidate.ts'
import { RULES, ruleById } from '../rules/catalogue.ts'
import { caseSubject, evaluate } from '../rules/evaluate.ts'
import { getPath, withPath } from '../rules/path.ts'
import { PersonaId } from '../rules/personas.ts'
import type { ProfileId } from '../rules/profiles.ts'
import { casesFor, ctxFor, type AnyRule, type Case, type Ctx } from '../rules/rule.ts'
import { generateCandidate, type CandidateRecord } from './generateCandidate.ts'
import { mix } from './random.ts'

// Every boundary case of the catalogue applied to a generated candidate of the case's persona.
// A case's value may be relative to the hand-written example (an ID number built on its birth
// date); when the generated base disagrees, the example's fields that correlate with the change are
// adopted first ("rebased"). Upload and lifecycle cases are not candidates: the site specs use them.

export interface EdgeOptions {
  profile: ProfileId
  /** Only this rule's cases. */
  rule?: string
  seed?: number
  refDate?: string
}

/** Fields that only make sense together; adopting one from the example adopts its group. */
const GROUPS: readonly (readonly (keyof Candidate)[])[] = [
  ['origin', 'idType', 'idNumber', 'idValidUntil', 'sex', 'birthDate', 'nationality', 'mainlandPass', 'name', 'pinyin', 'ethnicity'],
  ['education'],
  ['work', 'application', 'address', 'postcode', 'homePhone', 'workPhone', 'serviceStatus'],
  ['certificates', 'training'],
  ['username', 'password', 'recoveryQuestion', 'recoveryAnswer', 'mobile', 'email'],
  ['photo', 'banUntil', 'probationDeclared'],
]

const TRIES = 4

/** A small stable hash of a string (FNV-1a), to give each rule its own base seed. */
function hash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

function applyCase(rule: AnyRule, c: Case, base: Candidate): Candidate {
  let subject = base
  for (const [path, value] of Object.entries(c.set ?? {})) subject = withPath(subject, path, value)
  if ('value' in c) subject = withPath(subject, rule.check!.path!, c.value)
  return subject
}

function brokenRules(candidate: Candidate, ctx: Ctx): string[] {
  return [...new Set(evaluate(RULES, 'candidate', candidate, ctx).map((v) => v.rule))].sort()
}

/**
 * Re-derives string values written relative to the example (an ID made of the example's first 17
 * digits and another check character): the part shared with the example's value is taken from the
 * generated base instead.
 */
function relativeTo(rule: AnyRule, c: Case, example: Candidate, generated: Candidate): Case {
  const rewrite = (path: string, value: unknown): unknown => {
    const ex = getPath(example, path), gen = getPath(generated, path)
    if (typeof value !== 'string' || typeof ex !== 'string' || typeof gen !== 'string' || ex.length !== gen.length) return value
    let n = 0
    while (n < value.length && n < ex.length && value[n] === ex[n]) n++
    return n >= 6 ? gen.slice(0, n) + value.slice(n) : value
  }
  const set = Object.fromEntries(Object.entries(c.set ?? {}).map(([k, v]) => [k, rewrite(k, v)]))
  return 'value' in c ? { ...c, set, value: rewrite(rule.check!.path!, c.value) } : { ...c, set }
}

/** The case on the generated base, or on the base with the example's correlated fields adopted. */
function edgeCandidate(rule: AnyRule, c: Case, generated: Candidate, ctx: Ctx, want: string[], rebase: boolean): { candidate: Candidate; base: 'generated' | 'rebased' } | undefined {
  const same = (x: Candidate) => JSON.stringify(brokenRules(x, ctx)) === JSON.stringify(want)
  const plain = applyCase(rule, c, generated)
  if (same(plain)) return { candidate: plain, base: 'generated' }
  let example: Candidate
  try {
    example = caseSubject(rule, { name: 'base', expected: 'accept', base: c.base }, ctx) as Candidate
  } catch {
    return undefined // no hand-written example of this persona to adopt fields from
  }
  const derived = applyCase(rule, relativeTo(rule, c, example, generated), generated)
  if (same(derived)) return { candidate: derived, base: 'generated' }
  if (!rebase) return undefined
  const groups = [...GROUPS.map((g) => [g]), [GROUPS.flat()]]
  for (const adopt of groups) {
    const rebased = { ...generated }
    for (const key of adopt.flat()) (rebased as Record<string, unknown>)[key] = structuredClone(example[key])
    const candidate = applyCase(rule, c, rebased)
    if (same(candidate)) return { candidate, base: 'rebased' }
  }
  return undefined
}

/** Cases that could not be applied to a generated base under a profile: rule, case and why. */
export const unapplied: { rule: string; case: string; profile: ProfileId; reason: string }[] = []

/**
 * One record per boundary case of every candidate rule (or of one rule) under a profile, each a
 * generated candidate of the case's persona with exactly that change and the verdict it must get.
 */
export function edgeCases(opts: EdgeOptions): CandidateRecord[] {
  const seed = opts.seed ?? 0
  const ctx = ctxFor(opts.profile, opts.refDate)
  const rules = opts.rule ? [ruleById(opts.rule)] : RULES
  const out: CandidateRecord[] = []
  for (const rule of rules) {
    if (rule.check?.subject !== 'candidate') continue
    casesFor(rule, opts.profile, ctx).forEach((c, i) => {
      const persona = PersonaId.parse(c.base ?? 'fresh-graduate')
      const want = c.expected === 'reject' ? [rule.id] : []
      // A persona's variants differ (a pass or an ID card): try a few generated bases before rebasing.
      let base: CandidateRecord | undefined, made: ReturnType<typeof edgeCandidate>
      for (let k = 0; k < TRIES && !made; k++) {
        base = generateCandidate({ seed: mix(seed, hash(`${rule.id}#${i}#${k}`)), profile: opts.profile, persona, refDate: ctx.refDate })
        made = edgeCandidate(rule, c, base.candidate, ctx, want, k === TRIES - 1)
      }
      if (!made || !base) {
        unapplied.push({ rule: rule.id, case: c.name, profile: opts.profile, reason: `breaks [${brokenRules(applyCase(rule, c, base!.candidate), ctx).join(', ')}] on every base` })
        return
      }
      out.push({
        ...base, seed, expected: { verdict: c.expected, rules: want, ...(c.readings && { readings: c.readings }) }, candidate: made.candidate,
        edge: { rule: rule.id, case: c.name, base: made.base },
      })
    })
  }
  return out
}
