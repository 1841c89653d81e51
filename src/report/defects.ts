import { existsSync, readFileSync } from 'node:fs'
import { baselineOf, projectOf } from '../site/defects/killPlan.ts'
import type { Defect } from '../site/defects/registry.ts'

/** One line of reports/defects.json: whether the tests of the defect's rules caught it, and which did. */
export interface DefectResult {
  defect: string
  rules: readonly string[]
  killed: boolean
  /** The tests that failed with the defect on and passed without it. */
  by: string[]
  /** The rules whose tests are among those (a rule is proven by a defect its own tests killed). */
  killedBy: string[]
  profile: string
  zh: string
  en: string
  /** How many tests of its rules ran with the defect on. */
  ran: number
  /** Why it survived: no test of its rules, or every test passed (or failed without the defect too). */
  reason?: string
  /** Tests of its rules that fail even without the defect (they cannot kill it). */
  brokenInBaseline?: string[]
}

/** One test of a Playwright JSON report: its project, title with tags, and whether it failed. */
export interface RanTest { project: string; id: string; rules: string[]; failed: boolean; skipped: boolean }

interface JsonSuite { title: string; suites?: JsonSuite[]; specs?: { title: string; file: string; line: number; tags?: string[]; tests: { projectName: string; status: string }[] }[] }

/** The tests of a Playwright JSON report (`--reporter=json`), flattened. */
export function testsOfJsonReport(report: { suites?: JsonSuite[] }): RanTest[] {
  const out: RanTest[] = []
  const walk = (s: JsonSuite, path: string[]) => {
    const here = s.title && !s.title.endsWith('.ts') ? [...path, s.title] : path
    for (const sub of s.suites ?? []) walk(sub, here)
    for (const spec of s.specs ?? []) {
      const id = `${spec.file} › ${[...here, spec.title].join(' › ')}`
      const rules = (spec.tags ?? []).map((t) => t.replace(/^@/, '')).filter((t) => t.startsWith('rule:')).map((t) => t.slice('rule:'.length))
      for (const t of spec.tests) out.push({ project: t.projectName, id, rules, failed: t.status === 'unexpected' || t.status === 'flaky', skipped: t.status === 'skipped' })
    }
  }
  for (const s of report.suites ?? []) walk(s, [])
  return out
}

/** Killed when at least one test of its rules failed with the defect on and passed in the baseline of its profile. */
export function judgeDefects(defects: readonly Defect[], tests: readonly RanTest[]): DefectResult[] {
  return defects.map((d) => {
    const profile = d.profiles[0]!
    const baseline = new Map(tests.filter((t) => t.project === baselineOf(profile)).map((t) => [t.id, t]))
    const ran = tests.filter((t) => t.project === projectOf(d.name) && !t.skipped)
    const broken = ran.filter((t) => baseline.get(t.id)?.failed).map((t) => t.id)
    const killers = ran.filter((t) => t.failed && baseline.get(t.id) && !baseline.get(t.id)!.failed)
    const by = killers.map((t) => t.id)
    const reason = by.length ? undefined
      : ran.length === 0 ? `no test tagged with ${d.rules.map((r) => `@rule:${r}`).join(' or ')} runs under ${profile}`
      : broken.length === ran.length ? 'every test of its rules fails even without the defect'
      : 'every test of its rules passed with the defect on'
    return {
      defect: d.name, rules: d.rules, killed: by.length > 0, by, killedBy: d.rules.filter((id) => killers.some((t) => t.rules.includes(id))), profile, zh: d.zh, en: d.en, ran: ran.length,
      ...(reason && { reason }), ...(broken.length && { brokenInBaseline: broken }),
    }
  })
}

/** Rule ID → the defects that break it and were killed (a rule is `proven` when this is not empty). */
export function provenBy(results: readonly DefectResult[]): Map<string, string[]> {
  const m = new Map<string, string[]>()
  for (const r of results) for (const id of r.killedBy) m.set(id, [...(m.get(id) ?? []), r.defect])
  return m
}

/** provenBy of a kill matrix file (reports/defects.json), or undefined when there is none yet. */
export function provenFromFile(file: string): Map<string, string[]> | undefined {
  if (!existsSync(file)) return undefined
  return provenBy(JSON.parse(readFileSync(file, 'utf8')) as DefectResult[])
}
