import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter'
import { RULES } from '../rules/catalogue.ts'
import { PROFILE_IDS, ProfileId } from '../rules/profiles.ts'
import { profilesOf, readingsFor } from '../rules/rule.ts'
import { buildReport, type TestOutcome } from './conformance.ts'
import { loadExpectedFailures } from './expectedFailures.ts'
import { conformanceHtml } from './html.ts'
import { provenFromFile } from './defects.ts'
import { NOT_APPLICABLE, RULE_ERROR, RULE_FAIL, RULE_PASS, splitRuleNote } from './blame.ts'

interface Options {
  outputDir?: string
  expectedFailures?: string
  target?: string
  /** False leaves the security baseline (area security) out of the report (`conformance --no-security`). */
  security?: boolean
}

/** The rule IDs a test names: `rule` annotations and `@rule:ID` tags. */
export function rulesOf(test: TestCase): string[] {
  const fromAnnotations = test.annotations.filter((a) => a.type === 'rule' && a.description).map((a) => a.description!)
  const fromTags = test.tags.filter((t) => t.startsWith('@rule:')).map((t) => t.slice('@rule:'.length))
  return [...new Set([...fromAnnotations, ...fromTags])]
}

const NOTE_OUTCOME = { [RULE_PASS]: 'pass', [RULE_FAIL]: 'fail', [RULE_ERROR]: 'error' } as const

/** The target's own refusal messages a test recorded (`target-message` annotations), once each. */
function targetMessagesOf(annotations: readonly { type: string; description?: string }[]): Pick<TestOutcome, 'targetMessages'> {
  const messages = [...new Set(annotations.filter((a) => a.type === 'target-message' && a.description).map((a) => a.description!))]
  return messages.length ? { targetMessages: messages } : {}
}

/** What a test recorded per rule (its rule steps), from the annotations of its run. */
export function ruleNotesOf(annotations: readonly { type: string; description?: string }[]): NonNullable<TestOutcome['ruleNotes']> {
  return annotations.flatMap((a) => {
    const outcome = NOTE_OUTCOME[a.type as keyof typeof NOTE_OUTCOME]
    if (!outcome || !a.description) return []
    const { rule, reason } = splitRuleNote(a.description)
    return [{ rule, outcome, ...(reason && { reason }) }]
  })
}

/** The spec file a test belongs to (a table-driven test is defined in a fixture module but lives in its spec file). */
function specFile(test: TestCase): string {
  let s: Suite | undefined = test.parent
  while (s && s.type !== 'file') s = s.parent
  return s?.location?.file ?? test.location.file
}

/**
 * Playwright reporter that writes the per-rule conformance report for each profile it saw:
 * reports/conformance-<profile>.json|html, and conformance.json|html for the first profile.
 */
export default class ConformanceReporter implements Reporter {
  private readonly outputDir: string
  private readonly options: Options
  private readonly outcomes = new Map<string, TestOutcome[]>()
  private targets = new Map<string, string>()

  constructor(options: Options = {}) {
    this.options = options
    // BAOMING_REPORTS: also where `playwright merge-reports --reporter=./src/report/reporter.ts` writes (docs/ci.md).
    this.outputDir = options.outputDir ?? process.env.BAOMING_REPORTS ?? 'reports'
  }

  onBegin(_config: FullConfig, _suite: Suite): void {}

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()
    const use = (project?.use ?? {}) as { profile?: string; baseURL?: string }
    // A blob merged by `playwright merge-reports` keeps the project's name but not its options: profile projects are named by their profile.
    const profile = ProfileId.catch('national').parse(use.profile ?? project?.name ?? 'national')
    if (use.baseURL) this.targets.set(profile, use.baseURL)
    const evidence: TestOutcome['evidence'] = {}
    for (const a of result.attachments) {
      if (!a.path) continue
      if (a.name === 'trace') evidence.trace = relative(this.outputDir, a.path)
      if (a.name === 'screenshot') evidence.screenshot = relative(this.outputDir, a.path)
    }
    // Annotations added while the test ran: the result's (Playwright 1.52+), else the test's.
    const annotations = result.annotations ?? test.annotations
    const notApplicable = annotations.find((a) => a.type === NOT_APPLICABLE)
    const outcome: TestOutcome = {
      title: test.titlePath().slice(3).join(' › '),
      file: relative(process.cwd(), specFile(test)),
      status: result.status,
      expectedStatus: test.expectedStatus,
      rules: rulesOf(test),
      evidence,
      ruleNotes: ruleNotesOf(annotations),
      errors: (result.errors ?? []).map((e) => (e.cause?.message ? `${e.message ?? ''}\ncause: ${e.cause.message}` : e.message ?? e.value ?? '')),
      ...(notApplicable && { notApplicable: notApplicable.description ?? 'the target lacks a capability this rule needs' }),
      ...targetMessagesOf(annotations),
      readings: annotations.filter((a) => a.type === 'reading' && a.description).map((a) => a.description!),
    }
    this.outcomes.set(profile, [...(this.outcomes.get(profile) ?? []), outcome])
  }

  onEnd(): void {
    const expectedFailures = loadExpectedFailures(this.options.expectedFailures)
    const profiles = PROFILE_IDS.filter((p) => this.outcomes.has(p))
    mkdirSync(this.outputDir, { recursive: true })
    profiles.forEach((profile, i) => {
      const report = buildReport({
        target: this.options.target ?? this.targets.get(profile) ?? 'reference site',
        profile,
        versions: { baoming: process.env.npm_package_version ?? '0.1.0', node: process.version },
        generatedAt: new Date().toISOString(),
        rules: RULES.filter((r) => profilesOf(r).includes(profile) && (this.options.security !== false || r.area !== 'security')).map((r) => {
          const readings = readingsFor(r, profile)
          return { id: r.id, level: r.level, area: r.area, stage: r.stage, title: r.title, checkable: Boolean(r.check), ...(readings ? { readings: readings.map(({ id, summary }) => ({ id, summary })) } : {}) }
        }),
        tests: this.outcomes.get(profile)!,
        expectedFailures,
        proven: provenFromFile(join(this.outputDir, 'defects.json')),
      })
      const names = i === 0 ? [`conformance-${profile}`, 'conformance'] : [`conformance-${profile}`]
      for (const name of names) {
        writeFileSync(join(this.outputDir, `${name}.json`), JSON.stringify(report, null, 2) + '\n')
        writeFileSync(join(this.outputDir, `${name}.html`), conformanceHtml(report))
      }
    })
  }

  printsToStdio(): boolean {
    return false
  }
}
