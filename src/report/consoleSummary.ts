import { VERDICTS, type ConformanceReport } from './conformance.ts'

/** Verdicts that need nobody's attention; every other one (fail, unexpected-pass, …) fails the run and its rules are named. */
export const SETTLED: ReadonlySet<string> = new Set(['pass', 'expected-fail', 'not-covered', 'manual', 'not-applicable'])

/** The console lines of one profile's report: counts per verdict, the rule IDs that need attention, where the files are. */
export function consoleSummary(r: ConformanceReport, jsonFile: string): { lines: string[]; failing: number } {
  const lines = [`${r.profile}: ${VERDICTS.map((v) => `${v} ${r.summary[v] ?? 0}`).join(' · ')}`]
  let failing = 0
  for (const v of VERDICTS.filter((v) => !SETTLED.has(v))) {
    const ids = r.rules.filter((x) => x.verdict === v).map((x) => x.id)
    failing += ids.length
    if (ids.length) lines.push(`  ${v} (${ids.length}): ${ids.join(', ')}`)
  }
  lines.push(`  ${jsonFile}  ${jsonFile.replace(/\.json$/, '.html')}`)
  return { lines, failing }
}
