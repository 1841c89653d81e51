import type { DefectResult } from './defects.ts'

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

function row(r: DefectResult): string {
  const by = r.by.length ? `<ul>${r.by.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : esc(r.reason ?? '')
  const broken = r.brokenInBaseline?.length ? `<p class="broken">Failing without the defect too (not counted): ${r.brokenInBaseline.map(esc).join('; ')}</p>` : ''
  return `<tr class="${r.killed ? 'killed' : 'survived'}">
  <th scope="row"><code>${esc(r.defect)}</code></th>
  <td>${esc(r.zh)}<br><span lang="en">${esc(r.en)}</span></td>
  <td>${r.rules.map((id) => `<a href="../docs/rules.md#${id.toLowerCase()}">${esc(id)}</a>`).join('<br>')}</td>
  <td>${esc(r.profile)}</td>
  <td><strong>${r.killed ? '已捕获 killed' : '未捕获 survived'}</strong><br>${r.ran} test${r.ran === 1 ? '' : 's'} ran</td>
  <td>${by}${broken}</td>
</tr>`
}

/** The kill matrix as one self-contained HTML page: each seeded defect, the rules it breaks, and the tests that caught it. */
export function defectsHtml(results: readonly DefectResult[], generatedAt: string): string {
  const killed = results.filter((r) => r.killed).length
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Baoming seeded defects: kill matrix</title>
<style>
body { font: 14px/1.5 system-ui, sans-serif; margin: 2rem; color: #222 }
table { border-collapse: collapse; width: 100% } th, td { border: 1px solid #ccc; padding: .4rem .6rem; text-align: left; vertical-align: top }
tr.killed td:nth-child(5) { background: #e6f4ea } tr.survived td:nth-child(5) { background: #fde7e9 }
ul { margin: 0; padding-left: 1.2rem } .broken { color: #8a6d00 }
</style></head><body>
<h1>种子缺陷捕获矩阵 Seeded defects: kill matrix</h1>
<p>Each defect is switched on in the reference site; the tests tagged with the rules it breaks run under its profile, and
the same tests run without it (baseline). A defect is <strong>killed</strong> when at least one of those tests fails with the
defect on and passes without it.</p>
<p><strong>${killed} killed</strong>, <strong>${results.length - killed} survived</strong> of ${results.length} defects. Generated ${esc(generatedAt)}.</p>
<table><thead><tr><th scope="col">Defect</th><th scope="col">描述 Description</th><th scope="col">Rules broken</th><th scope="col">Profile</th><th scope="col">Verdict</th><th scope="col">Killed by / why it survived</th></tr></thead>
<tbody>
${results.map(row).join('\n')}
</tbody></table>
</body></html>
`
}
