import type { Level } from '../rules/rule.ts'

/** The outcome of one test, as the conformance report needs it (reporter-independent). */
export interface TestOutcome {
  title: string
  file: string
  /** Playwright's status; with expectedStatus 'failed' a failure was expected. */
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted'
  expectedStatus: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted'
  rules: string[]
  evidence: { trace?: string; screenshot?: string }
  /** `reading` annotations: the accepted readings the target was seen to follow, as `RULE=ID|ID`. */
  readings?: string[]
}

export const VERDICTS = ['pass', 'fail', 'expected-fail', 'unexpected-pass', 'not-covered', 'manual'] as const
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
  tests: { title: string; file: string; status: string }[]
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

const failed = (t: TestOutcome) => t.status !== 'passed' && t.status !== 'skipped'

/** The verdict of one rule from the tests that name it. */
export function verdictFor(rule: RuleInput, tests: TestOutcome[]): RuleVerdict {
  if (rule.level === 'manual') return 'manual'
  const ran = tests.filter((t) => t.status !== 'skipped')
  if (ran.length === 0) return 'not-covered'
  const mustPass = ran.filter((t) => t.expectedStatus !== 'failed')
  const mayFail = ran.filter((t) => t.expectedStatus === 'failed')
  if (mustPass.some(failed)) return 'fail'
  // A test marked as an expected failure that passes: the target no longer deviates.
  if (mayFail.some((t) => t.status === 'passed')) return 'unexpected-pass'
  return mayFail.length > 0 ? 'expected-fail' : 'pass'
}

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
    const reading = readingOf(r, tests)
    return {
      id: r.id, level: r.level, area: r.area, stage: r.stage, title: r.title,
      verdict: verdictFor(r, tests),
      tests: tests.map((t) => ({ title: t.title, file: t.file, status: t.expectedStatus === 'failed' && t.status === 'failed' ? 'expected-fail' : t.status })),
      evidence: tests.filter((t) => t.evidence.trace || t.evidence.screenshot).map((t) => t.evidence),
      ...(expected ? { expectedFailure: expected } : {}),
      ...(input.proven?.has(r.id) ? { proven: input.proven.get(r.id)! } : {}),
      ...(reading ? { reading } : {}),
    }
  })
  const summary = Object.fromEntries(['pass', 'fail', 'expected-fail', 'unexpected-pass', 'not-covered', 'manual'].map((v) => [v, rules.filter((r) => r.verdict === v).length])) as Record<RuleVerdict, number>
  const unknownRules = [...new Set(input.tests.flatMap((t) => t.rules))].filter((id) => !known.has(id)).sort()
  const unproven = input.proven ? rules.filter((r) => r.level !== 'manual' && !r.proven).map((r) => r.id) : undefined
  return { target: input.target, profile: input.profile, versions: input.versions, generatedAt: input.generatedAt, summary, rules, unknownRules, ...(unproven && { unproven }) }
}
