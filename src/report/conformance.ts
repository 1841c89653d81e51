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
  /** Why the test did not apply to the target (a capability it lacks): it skipped itself with this reason. */
  notApplicable?: string
  /** What the target said when it refused (its own messages), shown beside the verdict. */
  targetMessages?: string[]
}

export const VERDICTS = ['pass', 'fail', 'expected-fail', 'unexpected-pass', 'not-applicable', 'not-covered', 'manual'] as const
export type RuleVerdict = (typeof VERDICTS)[number]

export interface RuleInput {
  id: string
  level: Level
  area: string
  stage: string
  title: string
  checkable: boolean
}

export interface RuleReport {
  id: string
  level: Level
  area: string
  stage: string
  title: string
  verdict: RuleVerdict
  tests: { title: string; file: string; status: string; reason?: string; targetMessages?: string[] }[]
  evidence: { trace?: string; screenshot?: string }[]
  /** The target's declared deviation, when there is one. */
  expectedFailure?: { reason: string; expires?: string }
  /** Seeded defects breaking this rule that its tests killed (reports/defects.json): the rule is proven. */
  proven?: string[]
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
  if (ran.length === 0) return tests.some((t) => t.notApplicable !== undefined) ? 'not-applicable' : 'not-covered'
  const mustPass = ran.filter((t) => t.expectedStatus !== 'failed')
  const mayFail = ran.filter((t) => t.expectedStatus === 'failed')
  if (mustPass.some(failed)) return 'fail'
  // A test marked as an expected failure that passes: the target no longer deviates.
  if (mayFail.some((t) => t.status === 'passed')) return 'unexpected-pass'
  return mayFail.length > 0 ? 'expected-fail' : 'pass'
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
    return {
      id: r.id, level: r.level, area: r.area, stage: r.stage, title: r.title,
      verdict: verdictFor(r, tests),
      tests: tests.map((t) => ({
        title: t.title, file: t.file, status: t.expectedStatus === 'failed' && t.status === 'failed' ? 'expected-fail' : t.notApplicable !== undefined ? 'not-applicable' : t.status,
        ...(t.notApplicable !== undefined && { reason: t.notApplicable }), ...(t.targetMessages?.length && { targetMessages: t.targetMessages }),
      })),
      evidence: tests.filter((t) => t.evidence.trace || t.evidence.screenshot).map((t) => t.evidence),
      ...(expected ? { expectedFailure: expected } : {}),
      ...(input.proven?.has(r.id) ? { proven: input.proven.get(r.id)! } : {}),
    }
  })
  const summary = Object.fromEntries(VERDICTS.map((v) => [v, rules.filter((r) => r.verdict === v).length])) as Record<RuleVerdict, number>
  const unknownRules = [...new Set(input.tests.flatMap((t) => t.rules))].filter((id) => !known.has(id)).sort()
  const unproven = input.proven ? rules.filter((r) => r.level !== 'manual' && !r.proven).map((r) => r.id) : undefined
  return { target: input.target, profile: input.profile, versions: input.versions, generatedAt: input.generatedAt, summary, rules, unknownRules, ...(unproven && { unproven }) }
}
