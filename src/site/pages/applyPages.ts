import { html } from 'hono/html'
import type { Candidate } from '../../rules/candidate.ts'
import { CATEGORIES, LEVELS } from '../../rules/vocabulary.ts'
import { basicForm, confirmForm, workChoices, workForm } from '../forms/forms.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import { beijing } from '../clock.ts'
import { photoToolHint } from './photoToolPage.ts'
import type { CandidateView } from '../actions/candidateView.ts'
import { STEPS, type StepId } from '../actions/wizard.ts'
import type { StoredApplication } from '../store/applications.ts'
import type { YearExam } from '../reference/exams.ts'
import { placeName, type Place } from '../reference/examSites.ts'
import type { FieldError } from '../validation/fieldError.ts'
import { csrfField, layout, type Html, type PageCtx } from './layout.ts'
import { errorSummary, formFields, type Values } from './formParts.ts'

/** How each review state reads on the platform. */
export const STATE_TEXT: Record<StoredApplication['state'], string> = {
  draft: '未完成填报', submitted: '网上报名成功', 'under-review': '审核中', returned: '退回修改', 'site-approved': '考点审核通过',
  approved: '审核通过', rejected: '审核未通过', abandoned: '已放弃', withdrawn: '已视为放弃',
}

/** 考试报名: 开始新的报名 on the left, the applications made so far on the right. */
export function applyHomePage(p: PageCtx, apps: StoredApplication[], examName: (code: string) => string, errors: FieldError[] = [], extra: (a: StoredApplication) => Html = () => html``): Html {
  return layout(p, '考试报名', html`${errorSummary(errors)}
<p><a href="/apply/new">开始新的报名</a></p>
<p class="hint">报名信息不提供修改功能，请务必检查报考科目、考区/考点是否正确；如发现报考有误，在网上报名期间可“放弃报考”，然后重新“开始新的报名”。</p>
<h2>已报考项目</h2>${apps.length === 0 ? html`<p>暂无报考项目</p>` : ''}
${apps.map((a) => html`<section class="card" aria-label="报考项目 ${a.examCode}"><h3>${a.examCode} ${examName(a.examCode)}</h3>
<p>考区：${placeName(a.data.area) || '—'}　考点：${placeName(a.data.site) || '—'}　阶段：<span class="state">${STATE_TEXT[a.state]}</span>　报名时间：${beijing(new Date(a.submittedAt ?? a.createdAt)).date}</p>
${a.state === 'draft' ? html`<a href="/apply/${a.id}/${STEPS.find((s) => s.n === Math.min(a.step, 6))!.id}">继续填报</a>` : ''}
${a.snapshot && a.state !== 'abandoned' ? html`<a href="/apply/${a.id}/notice">打印报名成功通知单</a>` : ''}
${extra(a)}
${a.state !== 'abandoned' && a.state !== 'withdrawn' ? html`<form method="post" action="/apply/${a.id}/abandon" class="inline">${csrfField(p)}<button type="submit">放弃报考</button></form>` : ''}</section>`)}`)
}

/** Step 1, 选择报考: filters by category and level, then the exams with their codes. */
export function chooseExamPage(p: PageCtx, exams: YearExam[], filter: { category?: string; level?: string }, errors: FieldError[] = []): Html {
  const shown = exams.filter((e) => (!filter.category || e.category === filter.category) && (!filter.level || e.level === filter.level))
  const opt = (list: readonly string[], cur?: string) => html`<option value="">全部</option>${list.map((x) => html`<option value="${x}" ${x === cur ? 'selected' : ''}>${x}</option>`)}`
  return layout(p, '选择报考', html`${steps('exam')}${errorSummary(errors)}
<form method="get" action="/apply/new" role="search"><label for="f-category">类别</label><select id="f-category" name="category">${opt(CATEGORIES, filter.category)}</select>
<label for="f-level">级别</label><select id="f-level" name="level">${opt(LEVELS, filter.level)}</select><button type="submit">搜索</button></form>
<ul aria-label="考试项目">${shown.map((e) => html`<li class="card"><h2>${e.code.slice(4)} ${e.name}</h2><p>级别：${e.level}　考试编码：${e.code}</p>
<form method="post" action="/apply/new">${csrfField(p)}<input type="hidden" name="examCode" value="${e.code}"><button type="submit" aria-label="报名 ${e.name}">报名</button></form></li>`)}</ul>`)
}

function steps(current: StepId, appId?: number, reached = 1): Html {
  return html`<ol class="steps" aria-label="报名步骤">${STEPS.map((s) => html`<li ${s.id === current ? html`aria-current="step"` : ''}>${appId && s.n > 1 && s.n <= reached && s.id !== current ? html`<a href="/apply/${appId}/${s.id}">${s.n} ${s.title}</a>` : `${s.n} ${s.title}`}</li>`)}</ol>`
}

/** What a step page shows besides its form. */
export interface StepData {
  app: StoredApplication
  examName: string
  view: CandidateView
  values: Values
  errors: FieldError[]
  hasPhoto: boolean
  areas: Place[]
  sites: Place[]
  profile: ProfileId
  /** The profile requires the photo-check tool (PHOTO-CHECK-TOOL applies). */
  photoToolRequired: boolean
}

/** One step (2-6) of the wizard. */
export function stepPage(p: PageCtx, step: Exclude<StepId, 'exam'>, d: StepData): Html {
  const n = STEPS.find((s) => s.id === step)!.n
  const prev = STEPS.find((s) => s.n === n - 1)!
  const title = `${d.app.examCode} ${d.examName}：${STEPS.find((s) => s.id === step)!.title}`
  const c = { ...d.view.candidate, ...d.values }
  return layout(p, title, html`${steps(step, d.app.id, d.app.step)}${errorSummary(d.errors)}
${step === 'basic' ? photoBlock(p, d) : ''}
<form method="post" action="/apply/${d.app.id}/${step}" novalidate aria-label="${STEPS.find((s) => s.id === step)!.title}">${csrfField(p)}
${stepBody(step, d, c)}
<p>${n > 2 ? html`<a href="/apply/${d.app.id}/${prev.id}">上一步</a> ` : ''}<button type="submit">${step === 'confirm' ? '保存确认信息' : '下一步'}</button></p></form>
${step === 'confirm' && d.app.step >= 7 ? html`<form method="post" action="/apply/${d.app.id}/submit">${csrfField(p)}<button type="submit">提交报名</button></form>` : ''}
${step === 'education' || step === 'certificates' ? html`<p><a href="/info">在个人信息中添加经历（“+”）</a></p>` : ''}`)
}


function photoBlock(p: PageCtx, d: StepData): Html {
  return html`<section aria-labelledby="photo-h" class="card"><h2 id="photo-h">个人照片</h2>
${d.hasPhoto ? html`<img src="/files/photo" alt="个人照片" width="130"><p>已上传：${d.view.candidate.photo.fileName}（${d.view.candidate.photo.bytes} 字节）${d.view.candidate.photo.checkedByTool ? '，已通过照片检测工具' : ''}</p>` : html`<p>尚未上传照片</p>`}
<p class="hint">小2寸白底证件照，jpg格式。</p>${photoToolHint(d.photoToolRequired)}
<form method="post" action="/apply/${d.app.id}/photo" enctype="multipart/form-data">${csrfField(p)}<label for="photo-file">选择照片文件</label><input id="photo-file" type="file" name="photo" accept=".jpg,.jpeg,image/jpeg"><button type="submit">上传照片</button></form></section>`
}

function stepBody(step: Exclude<StepId, 'exam'>, d: StepData, c: Candidate & Values): Html {
  if (step === 'basic') {
    return html`<dl><dt>姓名</dt><dd>${c.name}</dd><dt>性别</dt><dd>${c.sex}</dd><dt>证件类型</dt><dd>${c.idType}</dd><dt>证件编号</dt><dd>${c.idNumber}</dd><dt>民族</dt><dd>${c.ethnicity}</dd></dl>${formFields(basicForm, c, d.errors)}`
  }
  if (step === 'work') return formFields(workForm, c, d.errors, undefined, workChoices(d.profile))
  if (step === 'confirm') {
    const choices = { area: d.areas.map((a) => ({ value: a.code, label: a.name })), site: d.sites.map((s) => ({ value: s.code, label: s.name })) }
    return html`<p>请再次检查本次报名信息并选择报考的考区和考点（选择考区后点击“保存确认信息”刷新考点列表）。累计报考次数为相同级别、相同类别的报考次数累计。</p>
${formFields(confirmForm, { ...c.application, ...pick(d.values, confirmForm.fields.map((f) => f.path)) }, d.errors.map((e) => ({ ...e, path: e.path })), undefined, choices)}`
  }
  const kinds = step === 'education' ? (['education', 'training'] as const) : (['certificates'] as const)
  const titles = { education: '教育经历', training: '培训经历', certificates: '证书' }
  const hint = step === 'education'
    ? '勾选用于报考的教育经历；以研究生学历报考的考生，还应补充相应本科/专科的教育经历（不用勾选）。培训经历中除住院医师规范化培训外可不予勾选。'
    : '以中专学历报考执业等级考试科目的，需要选择“执业助理医师”证书；其他情况可以直接跳过（点击下一步）。'
  return html`<p class="hint">${hint}</p>${kinds.map((k) => html`<fieldset><legend>${titles[k]}</legend>
${d.view.records[k].length === 0 ? html`<p>暂无${titles[k]}</p>` : ''}
${d.view.records[k].map((r, i) => html`<div><input type="checkbox" id="pick-${k}-${r.id}" name="${k}" value="${r.id}" ${d.app.recordIds.includes(r.id) ? 'checked' : ''}>
<label for="pick-${k}-${r.id}" class="choice">选择：${summary(d.view.candidate[k][i] as unknown as Record<string, unknown>)}</label>${r.verified ? ' ✔ 已验证' : ''}</div>`)}</fieldset>`)}`
}

function summary(r: Record<string, unknown>): string {
  return [r.level ?? r.kind ?? r.type, r.school ?? r.major ?? r.certNumber, r.major && r.school ? r.major : '', r.graduation ?? r.start ?? r.issued].filter(Boolean).join(' · ')
}

function pick(values: Values, keys: string[]): Values {
  return Object.fromEntries(Object.entries(values).filter(([k]) => keys.includes(k)))
}
