import { html } from 'hono/html'
import type { Candidate } from '../../rules/candidate.ts'
import { REVIEW_STATES } from '../../rules/lifecycle.ts'
import type { StoredApplication } from '../store/applications.ts'
import type { AuditEntry } from '../store/auditLog.ts'
import type { reviewDetail } from '../review/reviewActions.ts'
import { DECISION_NAMES, type Decision } from '../review/reviewActions.ts'
import { placeName, type Place } from '../reference/examSites.ts'
import { feedbackTime } from '../lifecycle/feedbackTime.ts'
import type { FieldError } from '../validation/fieldError.ts'
import { STATE_TEXT } from './applyPages.ts'
import { errorSummary } from './formParts.ts'
import { feedbackList } from './portalPages.ts'
import { csrfField, layout, type Html, type PageCtx } from './layout.ts'

/** 审核队列: filter by 考点 and state; one row per application, with the ID number that tells namesakes apart. */
export function queuePage(p: PageCtx, apps: StoredApplication[], sites: Place[], filter: { site?: string; state?: string }, who: (userId: number) => { name: string; idNumber: string }, examName: (code: string) => string): Html {
  const opt = (v: string, label: string, cur?: string) => html`<option value="${v}" ${v === cur ? 'selected' : ''}>${label}</option>`
  return layout(p, '报名资格审核', html`<p><a href="/review/audit">审核操作日志</a></p>
<form method="get" action="/review" role="search" aria-label="筛选"><label for="q-site">考点</label><select id="q-site" name="site">${opt('', '全部')}${sites.map((s) => opt(s.code, s.name, filter.site))}</select>
<label for="q-state">审核状态</label><select id="q-state" name="state">${opt('', '全部')}${REVIEW_STATES.filter((s) => s !== 'draft').map((s) => opt(s, STATE_TEXT[s], filter.state))}</select>
<button type="submit">筛选</button></form>
<table aria-label="审核队列"><thead><tr><th scope="col">考生</th><th scope="col">证件号码</th><th scope="col">报考类别</th><th scope="col">考点</th><th scope="col">审核状态</th><th scope="col">提交时间</th><th scope="col">操作</th></tr></thead>
<tbody>${apps.map((a) => { const c = who(a.userId); return html`<tr><td>${c.name}</td><td>${c.idNumber}</td><td>${examName(a.examCode)}</td><td>${placeName(a.data.site)}</td><td>${STATE_TEXT[a.state]}</td><td>${a.submittedAt ? feedbackTime(a.submittedAt) : ''}</td>
<td><a href="/review/${a.id}">审核 ${c.name}</a></td></tr>` })}</tbody></table>${apps.length ? '' : html`<p>没有符合条件的考生。</p>`}`)
}

function applicationFacts(c: Candidate, examName: (code: string) => string): Html {
  const rows: [string, string][] = [
    ['姓名', c.name], ['证件类型', c.idType], ['证件号码', c.idNumber], ['性别', c.sex], ['出生日期', c.birthDate], ['手机', c.mobile],
    ['工作单位', c.work.unit], ['在岗情况', c.work.status], ['报考类别', examName(c.application.examCode)], ['考区', placeName(c.application.area)], ['考点', placeName(c.application.site)],
    ['应届毕业生', c.application.freshGraduate ? '是' : '否'], ['技能免考', c.application.skillsExempt ? '是' : '否'],
    ...c.education.filter((e) => e.selected).map((e): [string, string] => ['学历', `${e.level} ${e.school} ${e.major} ${e.graduation}`]),
    ...c.certificates.filter((x) => x.selected).map((x): [string, string] => ['证书', `${x.type} ${x.certNumber}`]),
  ]
  return html`<dl>${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`
}

type Detail = ReturnType<typeof reviewDetail>

/** One application: the record and the materials side by side, the decisions the reviewer may take, the log. */
export function reviewDetailPage(p: PageCtx, d: Detail, allowed: Decision[], withDeadline: boolean, examName: (code: string) => string, finalApproval: boolean, errors: FieldError[] = [], values: Record<string, unknown> = {}): Html {
  const form = (decision: Decision, body: Html) => html`<form method="post" action="/review/${d.app.id}/${decision}" aria-label="${DECISION_NAMES[decision]}" class="card">${csrfField(p)}${body}<button type="submit">${DECISION_NAMES[decision]}</button></form>`
  return layout(p, `审核：${d.candidate.name}`, html`${errorSummary(errors)}
<p>审核状态：<strong class="review-state">${STATE_TEXT[d.app.state]}</strong>　<a href="/review">返回审核队列</a></p>
<div class="two-cols">
<section aria-labelledby="rec-h"><h2 id="rec-h">报名信息</h2>${applicationFacts(d.candidate, examName)}</section>
<section aria-labelledby="mats-h"><h2 id="mats-h">报名材料</h2>${d.materials.length ? d.materials.map((m) => html`<section aria-labelledby="rm-${m.id}" class="card"><h3 id="rm-${m.id}">${m.title}${m.required ? ' *' : ''}</h3>
${m.stored.length ? html`<ul aria-label="${m.title} 图片">${m.stored.map((img, i) => html`<li><a href="/portal/files/${img.fileId}"><img src="/portal/files/${img.fileId}" alt="${m.title} 第${i + 1}张" width="160"></a></li>`)}</ul>` : html`<p>未上传</p>`}</section>`) : html`<p>本考区材料在现场审核时提交。</p>`}</section></div>
${feedbackList(d.feedback)}
<section aria-labelledby="act-h"><h2 id="act-h">审核操作</h2>${allowed.length ? '' : html`<p>${noActionText(d.app.state)}</p>`}
${allowed.includes('onsite-confirm') ? form('onsite-confirm', html`<p>考生已到考点现场确认并签字。</p>`) : ''}
${allowed.includes('return') ? form('return', html`<label for="r-message">反馈意见</label><textarea id="r-message" name="message" rows="2" cols="60">${String(values.message ?? '')}</textarea>
<fieldset><legend>需要考生重新上传的材料（只解锁所选材料）</legend>${d.materials.map((m) => html`<div><input type="checkbox" id="r-m-${m.id}" name="materials" value="${m.id}"><label for="r-m-${m.id}" class="inline">${m.title}</label></div>`)}</fieldset>
${withDeadline ? html`<label for="r-due">重新提交期限</label><input type="datetime-local" id="r-due" name="dueBy"><p class="hint">不填则为3天后；逾期未提交者视作审核不通过。</p>` : ''}`) : ''}
${allowed.includes('approve') ? form('approve', finalApproval ? html`<div class="field"><input type="checkbox" id="a-confirm" name="confirmFinal" value="true" ${errors.some((e) => e.path === 'confirmFinal') ? html`aria-invalid="true" aria-describedby="a-confirm-error"` : ''}><label for="a-confirm">我已核对全部报名信息和材料，确认审核通过（最终审核结果不予修改）</label>${errors.some((e) => e.path === 'confirmFinal') ? html`<p class="field-error" id="a-confirm-error">${FINAL_CONFIRM_MESSAGE}</p>` : ''}</div>` : html`<p class="hint">考点审核通过后由考区进行最终审核。</p>`) : ''}
${allowed.includes('reject') ? form('reject', html`<label for="j-message">不通过原因</label><textarea id="j-message" name="message" rows="2" cols="60"></textarea>`) : ''}
${allowed.includes('change-final') ? form('change-final', html`<label for="c-message">修改为不通过的原因</label><textarea id="c-message" name="message" rows="2" cols="60"></textarea>`) : ''}
</section>
${auditTable(d.audit)}`)
}

/** What a reviewer is told when the state offers no decision: why, and only final results are called final. */
function noActionText(state: StoredApplication['state']): string {
  const why: Partial<Record<StoredApplication['state'], string>> = {
    submitted: '考生尚未提交审核；考生上传材料并提交审核后方可审核。',
    returned: '已退回考生修改，待考生重新提交审核后方可审核。',
    'site-approved': '考点已审核通过，待考区审核。',
    'under-review': '该考生由其他审核级别审核。',
    approved: '审核已通过，最终审核结果不予修改。',
    rejected: '审核未通过，最终审核结果不予修改。',
    abandoned: '考生已放弃报考。',
    withdrawn: '考生已被视为放弃报名。',
  }
  return `当前状态为“${STATE_TEXT[state]}”，没有可进行的审核操作：${why[state] ?? '请返回审核队列。'}`
}

/** The refusal when a final approval is sent without its confirmation. */
export const FINAL_CONFIRM_MESSAGE = '终审通过后结果不予修改，请勾选“确认审核通过”后再提交。'

/** The audit log: who did what, when, to which candidate. */
export function auditTable(entries: AuditEntry[]): Html {
  return html`<section aria-labelledby="audit-h"><h2 id="audit-h">审核操作日志</h2><table aria-label="审核操作日志"><thead><tr><th scope="col">时间</th><th scope="col">审核人员</th><th scope="col">操作</th><th scope="col">考生</th><th scope="col">说明</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><td>${feedbackTime(e.at)}</td><td>${e.actor}</td><td>${DECISION_NAMES[e.action as Decision] ?? e.action}</td><td>${e.candidate}</td><td>${e.detail}</td></tr>`)}</tbody></table></section>`
}

/** The whole audit log page. */
export function auditPage(p: PageCtx, entries: AuditEntry[]): Html {
  return layout(p, '审核操作日志', html`<p><a href="/review">返回审核队列</a></p>${auditTable(entries)}`)
}
