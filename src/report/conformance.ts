import type { Level } from '../rules/rule.ts'
import { isAssertion, firstLine, plainMessage, type RuleOutcome } from './blame.ts'

/** The outcome of one test, as the conformance report needs it (reporter-independent). */
export interface TestOutcome {
  title: string
  file: string
  /** Playwright's status; with expectedStatus 'failed' a failure was expected. */
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted'
  expectedStatus: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted'
  rules: string[]
  evidence: { trace?: string; screenshot?: string }
  /** What the test recorded per rule (fixtures/checkRule.ts): its rule's step passed, failed on an assertion, or errored (with why). */
  ruleNotes?: { rule: string; outcome: 'pass' | 'fail' | 'error'; reason?: string }[]
  /** The messages of the test's errors (a failure no rule note explains is judged from these). */
  errors?: string[]
  /** A skipped test's reason when it found a capability of the target absent. */
  notApplicable?: string
  /** What the target said when it refused (its own messages, `target-message` annotations), shown beside the verdict. */
  targetMessages?: string[]
  /** `reading` annotations: the accepted readings the target was seen to follow, as `RULE=ID|ID`. */
  readings?: string[]
}

/**
 * `error`: a test of the rule could not judge it (a timeout, the target down, a setup error); `not-applicable`:
 * the target lacks a capability the rule needs (every test of it skipped itself, saying why).
 */
export const VERDICTS = ['pass', 'fail', 'error', 'expected-fail', 'unexpected-pass', 'not-applicable', 'not-covered', 'manual'] as const
export type RuleVerdict = (typeof VERDICTS)[number]

export interface RuleInput {
  id: string
  level: Level
  area: string
  stage: string
  title: string
  checkable: boolean
  /** The accepted readings the profile holds for the rule, if it holds more than one value. */
  readings?: { id: string; summary: string }[]
}

export interface RuleReport {
  id: string
  level: Level
  area: string
  stage: string
  title: string
  verdict: RuleVerdict
  /** For `error` and `not-applicable`: why (the tests' errors, the capabilities missing). */
  reasons?: string[]
  /** `outcome`: what the test said of this rule (a failing test may pass the rules whose steps held); `reason` for error and not-applicable. */
  tests: { title: string; file: string; status: string; outcome: RuleOutcome; reason?: string; targetMessages?: string[]
    /** A test that failed or errored on this rule: its error (the case, what was expected, what the target did) and its trace and screenshot. */
    message?: string; trace?: string; screenshot?: string }[]
  evidence: { trace?: string; screenshot?: string }[]
  /** The target's declared deviation, when there is one. */
  expectedFailure?: { reason: string; expires?: string }
  /** Seeded defects breaking this rule that its tests killed (reports/defects.json): the rule is proven. */
  proven?: string[]
  /** Where the profile accepts two readings: the one(s) the target follows, and in words ("follows 002-四: …"). */
  reading?: { follows: string[]; text: string }
}

export interface ConformanceReport {
  target: string
  profile: string
  versions: Record<string, string>
  generatedAt: string
  summary: Record<RuleVerdict, number>
  rules: RuleReport[]
  /** Rule IDs named by tests that the catalogue does not have (typos, removed rules). */
  unknownRules: string[]
  /** With a kill matrix: the checkable rules no killed seeded defect proves yet. */
  unproven?: string[]
}

/**
 * What one test says of one of its rules. A rule's own step decides (it passed, failed on an assertion,
 * or errored); a failing test without a note for the rule blames it only when every error is an
 * assertion, and otherwise (a timeout, the target down, a setup error) the rule is `error`.
 */
export function ruleOutcome(t: TestOutcome, rule: string): { outcome: RuleOutcome; reason?: string } {
  if (t.status === 'skipped') return t.notApplicable !== undefined ? { outcome: 'not-applicable', reason: t.notApplicable } : { outcome: 'skipped' }
  const notes = (t.ruleNotes ?? []).filter((n) => n.rule === rule)
  const failed = notes.find((n) => n.outcome === 'fail')
  if (failed) return { outcome: 'fail' }
  const errored = notes.find((n) => n.outcome === 'error')
  if (errored) return { outcome: 'error', reason: errored.reason ?? 'the test stopped with an error' }
  if (notes.length > 0 || t.status === 'passed') return { outcome: 'pass' }
  if (t.status === 'timedOut') return { outcome: 'error', reason: 'the test timed out' }
  if (t.status === 'interrupted') return { outcome: 'error', reason: 'the run was interrupted' }
  const errors = t.errors ?? []
  const other = errors.find((e) => !isAssertion(e))
  if (other !== undefined) return { outcome: 'error', reason: firstLine(other, /\ncause: (.*)/.exec(other)?.[1]) }
  return errors.length > 0 || t.status === 'failed' ? { outcome: 'fail' } : { outcome: 'pass' }
}

/** The verdict of one rule from the tests that name it, with the reasons of an `error` or `not-applicable`. */
export function judgeRule(rule: RuleInput, tests: TestOutcome[]): { verdict: RuleVerdict; reasons: string[] } {
  if (rule.level === 'manual') return { verdict: 'manual', reasons: [] }
  const said = tests.map((t) => ({ t, ...ruleOutcome(t, rule.id) })).filter((o) => o.outcome !== 'skipped')
  if (said.length === 0) return { verdict: 'not-covered', reasons: [] }
  const reasons = (os: typeof said) => [...new Set(os.map((o) => o.reason!).filter(Boolean))].sort()
  if (said.every((o) => o.outcome === 'not-applicable')) return { verdict: 'not-applicable', reasons: reasons(said) }
  const ran = said.filter((o) => o.outcome !== 'not-applicable')
  const mustPass = ran.filter((o) => o.t.expectedStatus !== 'failed')
  const mayFail = ran.filter((o) => o.t.expectedStatus === 'failed')
  if (mustPass.some((o) => o.outcome === 'fail')) return { verdict: 'fail', reasons: [] }
  const errors = ran.filter((o) => o.outcome === 'error')
  if (errors.length > 0) return { verdict: 'error', reasons: reasons(errors) }
  // A test marked as an expected failure that passes: the target no longer deviates.
  if (mayFail.some((o) => o.outcome === 'pass')) return { verdict: 'unexpected-pass', reasons: [] }
  return { verdict: mayFail.length > 0 ? 'expected-fail' : 'pass', reasons: [] }
}

/** The verdict of one rule from the tests that name it. */
export const verdictFor = (rule: RuleInput, tests: TestOutcome[]): RuleVerdict => judgeRule(rule, tests).verdict

/** The readings a rule's tests saw the target follow: those every test that recorded one agrees on. */
export function readingOf(rule: RuleInput, tests: TestOutcome[]): RuleReport['reading'] {
  if (!rule.readings) return undefined
  const seen = tests.flatMap((t) => (t.readings ?? []).filter((r) => r.startsWith(`${rule.id}=`)).map((r) => r.slice(rule.id.length + 1).split('|')))
  if (seen.length === 0) return undefined
  const follows = rule.readings.map((r) => r.id).filter((id) => seen.every((s) => s.includes(id)))
  const text = follows.length === 0 ? 'follows none of the accepted readings consistently'
    : `follows ${follows.map((id) => `${id}, ${rule.readings!.find((r) => r.id === id)!.summary}`).join(' / ')}`
  return { follows, text }
}

/** Builds the per-rule report of one run (or of merged shards: same input, same report). */
export function buildReport(input: {
  target: string
  profile: string
  versions: Record<string, string>
  generatedAt: string
  rules: RuleInput[]
  tests: TestOutcome[]
  expectedFailures: Record<string, { reason: string; expires?: string }>
  /** Rule ID → killed defects that break it (from reports/defects.json), when a kill matrix exists. */
  proven?: ReadonlyMap<string, string[]>
}): ConformanceReport {
  const known = new Set(input.rules.map((r) => r.id))
  const byRule = new Map<string, TestOutcome[]>()
  for (const t of input.tests) for (const id of t.rules) byRule.set(id, [...(byRule.get(id) ?? []), t])
  const sortTests = (ts: TestOutcome[]) => [...ts].sort((a, b) => a.file.localeCompare(b.file) || a.title.localeCompare(b.title))
  const rules = input.rules.map((r): RuleReport => {
    const tests = sortTests(byRule.get(r.id) ?? [])
    const expected = input.expectedFailures[r.id]
    const { verdict, reasons } = judgeRule(r, tests)
    const reading = readingOf(r, tests)
    return {
      id: r.id, level: r.level, area: r.area, stage: r.stage, title: r.title,
      verdict,
      ...(reasons.length > 0 && { reasons }),
      tests: tests.map((t) => {
        const { outcome, reason } = ruleOutcome(t, r.id)
        const blamed = outcome === 'fail' || outcome === 'error'
        return {
          title: t.title, file: t.file, status: t.expectedStatus === 'failed' && t.status === 'failed' ? 'expected-fail' : t.status, outcome, ...(reason && { reason }),
          ...(t.targetMessages?.length && { targetMessages: t.targetMessages }),
          ...(blamed && t.errors?.[0] && { message: plainMessage(t.errors[0]) }), ...(blamed && t.evidence),
        }
      }),
      // Evidence of the tests that blamed this rule or could not judge it (a failing test may have passed it).
      evidence: tests.filter((t) => (t.evidence.trace || t.evidence.screenshot) && ['fail', 'error'].includes(ruleOutcome(t, r.id).outcome)).map((t) => t.evidence),
      ...(expected ? { expectedFailure: expected } : {}),
      ...(input.proven?.has(r.id) ? { proven: input.proven.get(r.id)! } : {}),
      ...(reading ? { reading } : {}),
    }
  })
  const summary = Object.fromEntries(VERDICTS.map((v) => [v, rules.filter((r) => r.verdict === v).length])) as Record<RuleVerdict, number>
  const unknownRules = [...new Set(input.tests.flatMap((t) => t.rules))].filter((id) => !known.has(id)).sort()
  const unproven = input.proven ? rules.filter((r) => r.level !== 'manual' && !r.proven).map((r) => r.id) : undefined
  return { target: input.target, profile: input.profile, versions: input.versions, generatedAt: input.generatedAt, summary, rules, unknownRules, ...(unproven && { unproven }) }
}
