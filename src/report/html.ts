import { isSeedSource } from '../rules/rule.ts'
import { RULES } from '../rules/catalogue.ts'
import type { RuleDef } from '../rules/rule.ts'
import { VERDICTS, type ConformanceReport, type RuleReport } from './conformance.ts'
import { needsAttention } from './needsAttention.ts'

// The conformance report as one HTML page that works wherever it is copied with its folder: the
// rules' text is in the page, evidence links are relative to it, and the filter is a script in it.

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Chinese and English names of the verdicts; a verdict without one shows its ID. */
const LABEL: Record<string, string> = {
  pass: '符合 pass',
  fail: '不符合 fail',
  error: '无法判定 error',
  'expected-fail': '已知偏差 expected fail',
  'unexpected-pass': '意外通过 unexpected pass',
  'not-applicable': '不适用 not applicable',
  'not-covered': '未覆盖 not covered',
  manual: '人工 manual',
}
const label = (v: string) => LABEL[v] ?? v
const CATALOGUE = new Map<string, RuleDef<any, any>>(RULES.map((r) => [r.id, r]))
const anchor = (id: string) => `rule-${id.toLowerCase()}`
/** An evidence path as a link: relative to the report, each segment URL-encoded. */
const href = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/')

/** The rule's own text, bundled: what it says, what the site says when it refuses, and the seeds it comes from. */
function ruleText(id: string): string {
  const r = CATALOGUE.get(id)
  if (!r) return ''
  const sources = r.sources.map((s) => (isSeedSource(s) ? `<li>${esc(s.seed)} · ${esc(s.section)}:「${esc(s.quote)}」</li>` : `<li>${esc(s.standard)} ${esc(s.requirement)}: “${esc(s.quote)}”</li>`)).join('')
  return `<p lang="en">${esc(r.summary)}</p>${r.message ? `<p>提示 message: ${esc(r.message)}</p>` : ''}<ul class="sources">${sources}</ul>${r.note ? `<p class="note">${esc(r.note)}</p>` : ''}`
}

/** A failing test's evidence: the error (case, expectation, what the target did), the screenshot as a thumbnail, the trace. */
function testEvidence(t: RuleReport['tests'][number]): string {
  const shot = t.screenshot ? `<a href="${href(t.screenshot)}"><img class="thumb" src="${href(t.screenshot)}" alt="截图 screenshot: ${esc(t.title)}" loading="lazy"></a>` : ''
  const trace = t.trace ? `<p><a href="${href(t.trace)}">trace</a> <small>(open with <code>npx playwright show-trace ${esc(t.trace)}</code> or on trace.playwright.dev)</small></p>` : ''
  const message = t.message ?? t.reason
  const said = t.targetMessages?.length ? `<p class="said">目标提示 the target said: ${t.targetMessages.map((m) => `<q>${esc(m)}</q>`).join(' ')}</p>` : ''
  return `<div class="evidence"><p class="what"><code>${esc(t.file)}</code> ${esc(t.title)} — ${esc(t.outcome)}</p>
<div>${said}${message ? `<pre class="message">${esc(message)}</pre>` : ''}${trace}</div>${shot}</div>`
}

/** One rule needing attention, with its evidence: the failures-first view. */
function failure(r: RuleReport): string {
  const blamed = r.tests.filter((t) => t.outcome === 'fail' || t.outcome === 'error')
  // Tests with a screenshot first: the page the target showed is the quickest evidence to read.
  const shown = (blamed.length ? blamed : r.tests).map((t, i) => ({ t, i })).sort((a, b) => Number(!a.t.screenshot) - Number(!b.t.screenshot) || a.i - b.i).map((x) => x.t)
  return `<article class="failure v-${esc(r.verdict)}" aria-labelledby="f-${anchor(r.id)}">
<h3 id="f-${anchor(r.id)}"><a href="#${anchor(r.id)}">${esc(r.id)}</a> ${esc(r.title)} <span class="verdict">${esc(label(r.verdict))}</span></h3>
<div class="rule-text">${ruleText(r.id)}</div>
${r.reasons?.length ? `<p class="reasons">${r.reasons.map(esc).join('; ')}</p>` : ''}
${shown.map(testEvidence).join('\n')}
</article>`
}

/** Areas with a heading of their own: the security baseline is not from the seeds. */
const AREA_TITLES: Record<string, string> = { security: '安全基线 Security baseline (OWASP ASVS 5.0)' }

function ruleRow(r: RuleReport): string {
  const tests = r.tests.map((t) => `<li><code>${esc(t.file)}</code> ${esc(t.title)} — ${esc(t.status)}${t.outcome && t.outcome !== 'skipped' && t.status !== 'passed' ? ` (this rule: ${esc(t.outcome)}${t.reason ? `: ${esc(t.reason)}` : ''})` : ''}${t.targetMessages ? `<br><small>the target said: ${t.targetMessages.map((m) => `<q>${esc(m)}</q>`).join(' ')}</small>` : ''}</li>`).join('')
  const deviation = r.expectedFailure ? `<p class="deviation">Declared deviation: ${esc(r.expectedFailure.reason)}${r.expectedFailure.expires ? ` (until ${esc(r.expectedFailure.expires)})` : ''}</p>` : ''
  const detail = needsAttention(r.verdict) ? `<p><a href="#f-${anchor(r.id)}">evidence ↑</a></p>` : ''
  return `<tr class="v-${esc(r.verdict)}" data-verdict="${esc(r.verdict)}" id="${anchor(r.id)}">
  <th scope="row">${esc(r.id)}</th>
  <td>${esc(r.title)}<details><summary>规则原文 rule text</summary>${ruleText(r.id)}</details></td>
  <td><span class="verdict">${esc(label(r.verdict))}</span>${r.reasons?.length ? `<br><small>${r.reasons.map(esc).join('; ')}</small>` : ''}${r.reading ? `<p class="reading">读法 reading: ${esc(r.reading.text)}</p>` : ''}</td>
  <td>${tests ? `<ul>${tests}</ul>` : '—'}${deviation}${detail}${r.proven ? `<p class="proven">已验证 proven: its tests killed ${r.proven.map((d) => `<code>${esc(d)}</code>`).join(', ')}</p>` : ''}</td>
</tr>`
}

// Badges filter the table: one verdict at a time, again to show all.
const FILTER_SCRIPT = `
for (const b of document.querySelectorAll('button[data-filter]')) b.addEventListener('click', () => {
  const v = b.getAttribute('aria-pressed') === 'true' ? '' : b.dataset.filter
  for (const o of document.querySelectorAll('button[data-filter]')) o.setAttribute('aria-pressed', String(o.dataset.filter === v))
  for (const tr of document.querySelectorAll('tr[data-verdict]')) tr.hidden = Boolean(v) && tr.dataset.verdict !== v
  for (const t of document.querySelectorAll('.rules table, .rules h3')) {
    const table = t.tagName === 'TABLE' ? t : t.nextElementSibling
    t.hidden = !table.querySelector('tr[data-verdict]:not([hidden])')
  }
  for (const s of document.querySelectorAll('section.area')) s.hidden = !s.querySelector('tr[data-verdict]:not([hidden])')
  document.getElementById('filter-state').textContent = v ? 'showing only: ' + b.textContent.trim() : ''
})`

/** The conformance report as one self-contained HTML page: failures first with their evidence, then every rule by area and level. */
export function conformanceHtml(report: ConformanceReport): string {
  const verdicts = [...VERDICTS, ...Object.keys(report.summary).filter((v) => !(VERDICTS as readonly string[]).includes(v))]
  const failing = report.rules.filter((r) => needsAttention(r.verdict))
  const areas = [...new Set(report.rules.map((r) => r.area))]
  const sections = areas.map((area) => {
    const inArea = report.rules.filter((r) => r.area === area)
    const byLevel = ['must', 'should', 'manual'].map((level) => {
      const rows = inArea.filter((r) => r.level === level)
      return rows.length ? `<h3>${esc(level)} (${rows.length})</h3>
<table><thead><tr><th scope="col">Rule</th><th scope="col">规则</th><th scope="col">Verdict</th><th scope="col">Tests and evidence</th></tr></thead>
<tbody>${rows.map(ruleRow).join('\n')}</tbody></table>` : ''
    }).join('\n')
    const bad = inArea.filter((r) => needsAttention(r.verdict)).length
    return `<section class="area" aria-labelledby="area-${esc(area)}"><h2 id="area-${esc(area)}">${esc(AREA_TITLES[area] ?? area)} <small>${inArea.length} rules${bad ? `, ${bad} failing` : ''}</small></h2>${byLevel}</section>`
  }).join('\n')
  const badges = verdicts.map((v) => `<li class="v-${esc(v)}"><button type="button" class="verdict" data-filter="${esc(v)}" aria-pressed="false">${esc(label(v))} <strong>${report.summary[v as keyof typeof report.summary] ?? 0}</strong></button></li>`).join('')
  const versions = Object.entries(report.versions).map(([k, v]) => `${esc(k)} ${esc(v)}`).join(' · ')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Conformance: ${esc(report.target)} (${esc(report.profile)})</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#1a1a1a;max-width:90rem}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
ul{margin:0;padding-left:1.2rem}.summary{display:flex;gap:.5rem;list-style:none;padding:0;flex-wrap:wrap}
.verdict{padding:.1rem .4rem;border-radius:3px;border:1px solid transparent;font:inherit}button.verdict{cursor:pointer}
button[aria-pressed=true]{outline:3px solid #1a1a1a}
.v-pass .verdict{background:#d8f5d8}.v-fail .verdict{background:#f9c9c9}.v-error .verdict{background:#ffd9a8}
.v-expected-fail .verdict{background:#fbe8c0}.v-unexpected-pass .verdict{background:#f9c9f0}.v-not-applicable .verdict{background:#eef}
.v-not-covered .verdict{background:#e3e3e3}.v-manual .verdict{background:#dde6f7}
small{font-weight:normal;color:#555}.deviation{color:#8a5a00}.note{color:#555}.sources{color:#333}
.failures{border:2px solid #c62828;border-radius:6px;padding:0 1rem 1rem;margin:1rem 0}.failure{border-top:1px solid #ddd;padding-top:.5rem}
.evidence{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:0 1rem;align-items:start}.evidence .what{grid-column:1/-1;margin-bottom:.3rem}
.message{background:#f6f6f6;padding:.5rem;white-space:pre-wrap;max-height:11rem;overflow:auto;font-size:.8rem;margin:0}
.thumb{max-width:320px;max-height:200px;border:1px solid #aaa}.ok{color:#2e7d32}
</style></head><body>
<h1>Conformance report 符合性报告</h1>
<p>Target <strong>${esc(report.target)}</strong> · profile <strong>${esc(report.profile)}</strong> · ${esc(report.generatedAt)}</p>
<p>${versions}</p>
<ul class="summary" aria-label="summary: choose a verdict to show only its rules">${badges}</ul>
<p id="filter-state" role="status"></p>
${report.unknownRules.length ? `<p role="alert">Tests name rules the catalogue does not have: ${report.unknownRules.map(esc).join(', ')}</p>` : ''}
${failing.length
    ? `<section class="failures" aria-labelledby="failures-h"><h2 id="failures-h">不符合 Failures <small>${failing.length} rule${failing.length === 1 ? '' : 's'} to look at</small></h2>
${failing.map(failure).join('\n')}</section>`
    : '<p class="ok">没有不符合的规则 No rule failed.</p>'}
<div class="rules">
${sections}
</div>
${report.unproven ? `<section aria-labelledby="unproven-h"><h2 id="unproven-h">尚无种子缺陷验证的规则 Rules with no killed seeded defect yet <small>${report.unproven.length}</small></h2>
<p>A rule is proven when its tests killed a seeded defect that breaks it (<a href="defects.html">kill matrix</a>).</p><p>${report.unproven.map(esc).join(', ')}</p></section>` : ''}
<script>${FILTER_SCRIPT}</script>
</body></html>
`
}
