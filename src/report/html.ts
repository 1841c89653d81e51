import type { ConformanceReport, RuleReport, RuleVerdict } from './conformance.ts'
import { VERDICTS } from './conformance.ts'

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const LABEL: Record<RuleVerdict, string> = {
  pass: '符合 pass',
  fail: '不符合 fail',
  error: '无法判定 error',
  'expected-fail': '已知偏差 expected fail',
  'unexpected-pass': '意外通过 unexpected pass',
  'not-applicable': '不适用 not applicable',
  'not-covered': '未覆盖 not covered',
  manual: '人工 manual',
}

/** Areas with a heading of their own: the security baseline is not from the seeds. */
const AREA_TITLES: Record<string, string> = { security: '安全基线 Security baseline (OWASP ASVS 5.0)' }

function ruleRow(r: RuleReport): string {
  const tests = r.tests.map((t) => `<li><code>${esc(t.file)}</code> ${esc(t.title)} — ${esc(t.status)}${t.outcome && t.outcome !== 'skipped' && t.status !== 'passed' ? ` (this rule: ${esc(t.outcome)}${t.reason ? `: ${esc(t.reason)}` : ''})` : ''}</li>`).join('')
  const evidence = r.evidence.flatMap((e) => [
    e.trace ? `<a href="${esc(e.trace)}">trace</a>` : '',
    e.screenshot ? `<a href="${esc(e.screenshot)}">screenshot</a>` : '',
  ]).filter(Boolean).join(' · ')
  const why = r.reasons?.length ? `<p class="reasons">Why: ${r.reasons.map(esc).join('; ')}</p>` : ''
  const deviation = r.expectedFailure ? `<p class="deviation">Declared deviation: ${esc(r.expectedFailure.reason)}${r.expectedFailure.expires ? ` (until ${esc(r.expectedFailure.expires)})` : ''}</p>` : ''
  return `<tr class="v-${r.verdict}">
  <th scope="row"><a href="../docs/rules.md#${r.id.toLowerCase()}">${esc(r.id)}</a></th>
  <td>${esc(r.title)}</td>
  <td><span class="verdict">${LABEL[r.verdict]}</span></td>
  <td>${tests ? `<ul>${tests}</ul>` : '—'}${why}${deviation}${evidence ? `<p>${evidence}</p>` : ''}${r.proven ? `<p class="proven">已验证 proven: its tests killed ${r.proven.map((d) => `<code>${esc(d)}</code>`).join(', ')}</p>` : ''}</td>
</tr>`
}

/** The conformance report as one self-contained HTML page, grouped by area and level. */
export function conformanceHtml(report: ConformanceReport): string {
  const areas = [...new Set(report.rules.map((r) => r.area))]
  const sections = areas.map((area) => {
    const inArea = report.rules.filter((r) => r.area === area)
    const byLevel = ['must', 'should', 'manual'].map((level) => {
      const rows = inArea.filter((r) => r.level === level)
      return rows.length ? `<h3>${esc(level)} (${rows.length})</h3>
<table><thead><tr><th scope="col">Rule</th><th scope="col">规则</th><th scope="col">Verdict</th><th scope="col">Tests and evidence</th></tr></thead>
<tbody>${rows.map(ruleRow).join('\n')}</tbody></table>` : ''
    }).join('\n')
    const failing = inArea.filter((r) => r.verdict === 'fail' || r.verdict === 'unexpected-pass').length
    return `<section aria-labelledby="area-${esc(area)}"><h2 id="area-${esc(area)}">${esc(AREA_TITLES[area] ?? area)} <small>${inArea.length} rules${failing ? `, ${failing} failing` : ''}</small></h2>${byLevel}</section>`
  }).join('\n')
  const summary = VERDICTS.map((v) => `<li class="v-${v}"><span class="verdict">${LABEL[v]}</span> <strong>${report.summary[v]}</strong></li>`).join('')
  const versions = Object.entries(report.versions).map(([k, v]) => `${esc(k)} ${esc(v)}`).join(' · ')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Conformance: ${esc(report.target)} (${esc(report.profile)})</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
ul{margin:0;padding-left:1.2rem}.summary{display:flex;gap:1rem;list-style:none;padding:0;flex-wrap:wrap}
.verdict{padding:0 .3rem;border-radius:3px}.v-pass .verdict{background:#d8f5d8}.v-fail .verdict{background:#f9c9c9}
.v-expected-fail .verdict{background:#fbe8c0}.v-unexpected-pass .verdict{background:#f9c9f0}.v-not-covered .verdict{background:#e3e3e3}.v-error .verdict{background:#ffd9a8}.v-not-applicable .verdict{background:#eee}.v-manual .verdict{background:#dde6f7}
small{font-weight:normal;color:#555}.deviation{color:#8a5a00}
</style></head><body>
<h1>Conformance report</h1>
<p>Target <strong>${esc(report.target)}</strong> · profile <strong>${esc(report.profile)}</strong> · ${esc(report.generatedAt)}</p>
<p>${versions}</p>
<ul class="summary" aria-label="summary">${summary}</ul>
${report.unknownRules.length ? `<p role="alert">Tests name rules the catalogue does not have: ${report.unknownRules.map(esc).join(', ')}</p>` : ''}
${sections}
${report.unproven ? `<section aria-labelledby="unproven-h"><h2 id="unproven-h">尚无种子缺陷验证的规则 Rules with no killed seeded defect yet <small>${report.unproven.length}</small></h2>
<p>A rule is proven when its tests killed a seeded defect that breaks it (<a href="defects.html">kill matrix</a>).</p><p>${report.unproven.map(esc).join(', ')}</p></section>` : ''}
</body></html>
`
}
