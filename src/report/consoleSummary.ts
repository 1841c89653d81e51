import { VERDICTS, type ConformanceReport } from './conformance.ts'
import { needsAttention } from './needsAttention.ts'

/** The console lines of one profile's report: counts per verdict, the rule IDs that need attention, where the files are. */
export function consoleSummary(r: ConformanceReport, jsonFile: string): { lines: string[]; failing: number } {
  const lines = [`${r.profile}: ${VERDICTS.map((v) => `${v} ${r.summary[v] ?? 0}`).join(' · ')}`]
  let failing = 0
  for (const v of VERDICTS.filter(needsAttention)) {
    const rules = r.rules.filter((x) => x.verdict === v)
    failing += rules.length
    if (rules.length) lines.push(`  ${v} (${rules.length}): ${rules.map((x) => x.id).join(', ')}`)
    // An error is not the target's fault: say what kept the suite from judging (first few rules).
    const why = rules.filter((x) => x.reasons?.length)
    for (const x of why.slice(0, 10)) lines.push(`    ${x.id}: ${x.reasons!.join('; ')}`)
    if (why.length > 10) lines.push(`    … ${why.length - 10} more (see the report)`)
  }
  lines.push(`  ${jsonFile}  ${jsonFile.replace(/\.json$/, '.html')}`)
  return { lines, failing }
}
