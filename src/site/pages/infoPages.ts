import { html } from 'hono/html'
import type { Candidate } from '../../rules/candidate.ts'
import { contactForm, RECORD_FORMS, workChoices, workForm, type RecordKind } from '../forms/forms.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import type { CandidateView } from '../actions/candidateView.ts'
import type { FieldError } from '../validation/fieldError.ts'
import type { DictionaryRequest } from '../store/dictionaryRequests.ts'
import { csrfField, layout, type Html, type PageCtx } from './layout.ts'
import { errorSummary, formFields, type Values } from './formParts.ts'
import { photoToolHint } from './photoToolPage.ts'

const BASIC: [keyof Candidate, string][] = [
  ['username', '用户名'], ['name', '姓名'], ['pinyin', '姓名拼音'], ['idType', '证件类型'], ['idNumber', '证件编号'], ['idValidUntil', '证件有效期至'],
  ['sex', '性别'], ['birthDate', '出生日期'], ['ethnicity', '民族'], ['nationality', '国籍'],
]

/** How a record is summed up in its list. */
const SUMMARY: Record<RecordKind, (r: Record<string, unknown>) => string> = {
  education: (r) => `${r.level} · ${r.school} · ${r.major} · 毕业年月 ${r.graduation || '—'}`,
  training: (r) => `${r.kind} · ${r.major} · 开始 ${r.start} · ${r.result}`,
  certificates: (r) => `${r.type} · 证书编号 ${r.certNumber} · 发证 ${r.issued}`,
}

/** Which record form is open, with what the user typed and what was refused. */
export interface OpenForm { kind: RecordKind; id: number | null; values: Values; errors: FieldError[] }

/** 个人信息: the six groups on one page; each group is its own form. */
export function infoPage(p: PageCtx, view: CandidateView, opts: { group?: string; values?: Values; errors?: FieldError[]; open?: OpenForm; hasPhoto: boolean; profile: ProfileId; photoToolRequired: boolean }): Html {
  const c = view.candidate
  const errorsFor = (g: string) => (opts.group === g ? opts.errors ?? [] : [])
  const valuesFor = (g: string) => (opts.group === g ? { ...c, ...opts.values } : c)
  return layout(p, '个人信息', html`${errorSummary(errorsFor('page'))}
<p>个人信息分为基本信息、联系方式、工作情况、教育经历、培训经历及证书情况六组。锁型标记表示该条目在报名申请中使用，对勾标记表示已得到验证。</p>
<section aria-labelledby="g-basic" class="card"><h2 id="g-basic">基本信息</h2><p class="hint">基本信息由注册时决定，不开放修改功能；如信息有误，可在现场资格审核期间通过考务人员修订。</p>
<dl>${BASIC.map(([k, label]) => html`<dt>${label}</dt><dd>${String(c[k] ?? '')}</dd>`)}</dl>
<h3>个人照片</h3>${opts.hasPhoto ? html`<img src="/files/photo" alt="个人照片" width="130">` : html`<p>尚未上传照片</p>`}
${errorSummary(errorsFor('photo'))}
<form method="post" action="/info/photo" enctype="multipart/form-data" aria-label="上传个人照片">${csrfField(p)}<label for="photo-file">上传照片（jpg格式）</label><input id="photo-file" type="file" name="photo" accept=".jpg,.jpeg,image/jpeg">${photoToolHint(opts.photoToolRequired)}<button type="submit">上传照片</button></form></section>
${[contactForm, workForm].map((form) => html`<section aria-labelledby="g-${form.id}" class="card"><h2 id="g-${form.id}">${form.title}</h2>${errorSummary(errorsFor(form.id))}
<form method="post" action="/info/${form.id}" novalidate aria-labelledby="g-${form.id}">${csrfField(p)}${formFields(form, valuesFor(form.id), errorsFor(form.id), undefined, form === workForm ? workChoices(opts.profile) : {})}<button type="submit">提交${form.title}</button></form></section>`)}
${(Object.keys(RECORD_FORMS) as RecordKind[]).map((kind) => recordSection(p, view, kind, opts.open?.kind === kind ? opts.open : undefined))}
<p><a href="/info/request">学校或工作单位不在字典中？申请添加</a></p>
`)
}

function recordSection(p: PageCtx, view: CandidateView, kind: RecordKind, open?: OpenForm): Html {
  const form = RECORD_FORMS[kind]
  const list = view.records[kind]
  return html`<section aria-labelledby="g-${kind}" class="card"><h2 id="g-${kind}">${form.title}</h2>
<ul aria-label="${form.title}列表">${list.map((r, i) => html`<li data-record="${r.id}">${SUMMARY[kind](r.data as Record<string, unknown>)}
${r.locked ? html` <span class="mark" title="在报名申请中使用">🔒 已锁定</span>` : ''}${r.verified ? html` <span class="mark" title="已得到验证">✔ 已验证</span>` : ''}
${r.locked ? '' : html` <a href="/info/${kind}/${r.id}">修改第${i + 1}条${form.title}</a>
<form method="post" action="/info/${kind}/${r.id}/delete" class="inline">${csrfField(p)}<button type="submit" aria-label="删除第${i + 1}条${form.title}">删除</button></form>`}</li>`)}</ul>
${list.length === 0 ? html`<p>暂无${form.title}</p>` : ''}
${open && open.id !== null ? '' : recordForm(p, kind, null, open?.values ?? {}, open?.errors ?? [], list.length)}</section>`
}

/** The add or edit form of one record. */
export function recordForm(p: PageCtx, kind: RecordKind, id: number | null, values: Values, errors: FieldError[], index: number): Html {
  const form = RECORD_FORMS[kind]
  const title = id === null ? `添加${form.title}` : `修改${form.title}`
  return html`<details ${errors.length || id !== null ? 'open' : ''}><summary>${title}</summary>${errorSummary(errors)}
<form method="post" action="/info/${kind}${id === null ? '' : `/${id}`}" novalidate aria-label="${title}">${csrfField(p)}${formFields(form, values, errors, index)}<button type="submit">保存${form.title}</button></form></details>`
}

/** The edit page of one record. */
export function recordEditPage(p: PageCtx, kind: RecordKind, id: number, values: Values, errors: FieldError[], index: number): Html {
  return layout(p, `修改${RECORD_FORMS[kind].title}`, html`${recordForm(p, kind, id, values, errors, index)}<p><a href="/info">返回个人信息</a></p>`)
}

/** 申请添加数据字典库: school or unit. */
export function dictionaryRequestPage(p: PageCtx, requests: DictionaryRequest[], values: Values = {}, errors: FieldError[] = []): Html {
  const v = (k: string) => String(values[k] ?? '')
  return layout(p, '申请添加学校或工作单位', html`${errorSummary(errors)}
<p>如果在检索列表中不存在您的毕业学校或工作单位，请在此申请添加数据字典库；后台添加成功后方可在菜单中选择。</p>
<form method="post" action="/info/request" novalidate>${csrfField(p)}
<label for="f-kind">申请类型</label><select id="f-kind" name="kind"><option value="school" ${v('kind') === 'school' ? 'selected' : ''}>学校</option><option value="unit" ${v('kind') === 'unit' ? 'selected' : ''}>工作单位</option></select>
<label for="f-name">名称</label><input id="f-name" name="name" value="${v('name')}">
<label for="f-division">所在行政区划代码</label><input id="f-division" name="division" value="${v('division')}">
<label for="f-note">说明</label><input id="f-note" name="note" value="${v('note')}">
<button type="submit">提交申请</button></form>
<h2>我的申请</h2><ul>${requests.map((r) => html`<li>${r.kind === 'school' ? '学校' : '工作单位'}：${r.name}（${r.status === 'pending' ? '待处理' : r.status}）</li>`)}</ul>`)
}
