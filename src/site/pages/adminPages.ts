import { html } from 'hono/html'
import type { SmsMessage } from '../../../mocks/contracts.ts'
import { FAULT_TITLES, type Fault } from '../../generator/images/documentImage.ts'
import { beijing, type Clock } from '../clock.ts'
import { feedbackTime } from '../lifecycle/feedbackTime.ts'
import { placeName } from '../reference/examSites.ts'
import { DECISION_NAMES, type Decision } from '../review/reviewActions.ts'
import type { Trainee } from '../store/classroom.ts'
import type { CandidateRow } from '../training/candidateList.ts'
import type { TraineeLogin } from '../training/createClass.ts'
import type { ScoreLine } from '../training/exercises.ts'
import type { Scenario } from '../training/scenarios.ts'
import type { FieldError } from '../validation/fieldError.ts'
import { errorSummary } from './formParts.ts'
import { csrfField, layout, type Html, type PageCtx } from './layout.ts'

const CLOCK_MODES = { frozen: '已冻结（时间不走）', running: '从设定时刻起运行', wall: '跟随系统时间' } as const

/** The trainer console's menu, on every console page. */
function consoleMenu(): Html {
  return html`<nav aria-label="培训管理"><ul class="steps"><li><a href="/admin">系统管理</a></li><li><a href="/admin/candidates">考生列表</a></li><li><a href="/admin/class">学员与场景</a></li><li><a href="/admin/class/sheet">登录单</a></li><li><a href="/admin/exercises">审核练习与成绩</a></li><li><a href="/admin/sms">短信收件箱</a></li></ul></nav>`
}

/** 系统管理: the clock, reset to the demo, the payment deadline, 执行到期处理. */
export function adminPage(p: PageCtx, o: { clock: Clock; payDue: string; report?: string; errors?: FieldError[] }): Html {
  const now = beijing(o.clock.now())
  return layout(p, '系统管理', html`${consoleMenu()}${errorSummary(o.errors ?? [])}${o.report ? html`<p role="status">${o.report}</p>` : ''}
<section aria-labelledby="clock-h" class="card"><h2 id="clock-h">系统时钟</h2>
<p>当前时间（北京时间）：<strong id="clock-now">${now.dateTime}</strong>　状态：<span id="clock-mode">${CLOCK_MODES[o.clock.mode]}</span></p>
<p class="hint">调整时钟用于演示报名期、审核期、缴费截止等阶段；调整时钟不会使任何人退出登录。</p>
<form method="post" action="/admin/clock" aria-label="设置时钟">${csrfField(p)}<label for="a-clock">设定时刻（北京时间）</label><input type="datetime-local" id="a-clock" name="at" step="1" value="${now.iso.slice(0, 19)}">
<fieldset><legend>设定后</legend><div><input type="radio" id="a-clock-frozen" name="mode" value="frozen" checked><label for="a-clock-frozen">冻结在该时刻</label></div>
<div><input type="radio" id="a-clock-running" name="mode" value="running"><label for="a-clock-running">从该时刻开始运行</label></div></fieldset>
<button type="submit">设置时钟</button></form>
<form method="post" action="/admin/clock" aria-label="恢复系统时间">${csrfField(p)}<input type="hidden" name="mode" value="wall"><button type="submit">恢复为系统时间</button></form></section>
<section aria-labelledby="reset-h" class="card"><h2 id="reset-h">重置为演示数据</h2>
<p>删除全部考生、学员、练习和上传文件，重新生成演示考生与审核账号（与首次启动相同）。所有人（包括您）需要重新登录；时钟保持不变。</p>
<form method="post" action="/admin/reset" aria-label="重置为演示数据">${csrfField(p)}<div><input type="checkbox" id="a-reset-confirm" name="confirm" value="true"><label for="a-reset-confirm">我确认删除全部数据并重置为演示数据</label></div><button type="submit">重置为演示数据</button></form></section>
<section aria-labelledby="pay-h" class="card"><h2 id="pay-h">缴费与到期处理</h2>
<form method="post" action="/admin/pay-due" aria-label="缴费截止时间">${csrfField(p)}<label for="a-due">缴费截止时间</label><input type="datetime-local" id="a-due" name="payDueBy" value="${o.payDue.slice(0, 16)}"><button type="submit">保存</button></form>
<form method="post" action="/admin/run-deadlines">${csrfField(p)}<button type="submit">执行到期处理</button><p class="hint">按当前时钟处理：逾期未缴费、逾期未上传材料、退回修改逾期未提交，并为审核未通过的已缴费考生原渠道退费。</p></form></section>
<ul><li><a href="/review">报名资格审核</a></li><li><a href="/review/audit">审核操作日志</a></li><li><a href="/photo-tool">医考报名照片检测工具（模拟）</a></li></ul>`)
}

/** 考生列表: every candidate account with its state, searchable. */
export function candidatesPage(p: PageCtx, rows: CandidateRow[], q: string): Html {
  return layout(p, '考生列表', html`${consoleMenu()}
<form method="get" action="/admin/candidates" role="search" aria-label="搜索考生"><label for="c-q">搜索（用户名、姓名、证件号码、学员、状态）</label><input id="c-q" name="q" value="${q}"><button type="submit">搜索</button></form>
<p>共 <strong id="c-count">${rows.length}</strong> 名考生。</p>
<table aria-label="考生列表"><thead><tr><th scope="col">用户名</th><th scope="col">姓名</th><th scope="col">证件号码</th><th scope="col">学员</th><th scope="col">审核状态</th><th scope="col">缴费状态</th><th scope="col">考区配置</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.username}</td><td>${r.name}</td><td>${r.idNumber}</td><td>${r.trainee || '—'}</td><td>${r.state}</td><td>${r.payment}</td><td>${r.profile}</td></tr>`)}</tbody></table>${rows.length ? '' : html`<p>没有符合条件的考生。</p>`}`)
}

/** 学员与场景: the presets, the class, and the form that adds trainees. */
export function classPage(p: PageCtx, o: { scenarios: Scenario[]; trainees: Trainee[]; errors?: FieldError[]; values?: Record<string, unknown> }): Html {
  return layout(p, '学员与场景', html`${consoleMenu()}${errorSummary(o.errors ?? [])}
<section aria-labelledby="sc-h" class="card"><h2 id="sc-h">场景预设</h2><p>每名学员都有以下每个场景的独立副本（考生账号），以及本人专属考点的审核账号，互不影响。</p>
<table aria-label="场景预设"><thead><tr><th scope="col">场景</th><th scope="col">操作账号</th><th scope="col">学员任务</th></tr></thead>
<tbody>${o.scenarios.map((s) => html`<tr><td>${s.title}</td><td>${s.actor === 'candidate' ? '考生' : '考区审核员'}</td><td>${s.task}</td></tr>`)}
<tr><td>新考生（从零报名）</td><td>考生（自行注册）</td><td>按登录单上的“考生资料卡”注册账号、填写个人信息、检测并上传照片、报名、上传材料、提交审核并缴费。</td></tr>
<tr><td>资格审核练习</td><td>考点审核员</td><td>审核“审核练习与成绩”中开始的练习：每份材料可能有预设问题，按答案评分。</td></tr></tbody></table></section>
<section aria-labelledby="add-h" class="card"><h2 id="add-h">批量创建学员账号</h2>
<form method="post" action="/admin/class" aria-label="批量创建学员账号">${csrfField(p)}
<label for="k-count">学员人数</label><input id="k-count" name="count" inputmode="numeric" value="${String(o.values?.count ?? 5)}">
<label for="k-seed">随机种子</label><input id="k-seed" name="seed" inputmode="numeric" value="${String(o.values?.seed ?? 1)}"><p class="hint">相同的种子生成相同的考生资料卡。</p>
<button type="submit">创建学员账号</button></form></section>
<section aria-labelledby="tr-h"><h2 id="tr-h">学员（${o.trainees.length}）</h2>${o.trainees.length ? html`<table aria-label="学员"><thead><tr><th scope="col">学员</th><th scope="col">密码</th><th scope="col">专属考点</th><th scope="col">考生资料卡</th></tr></thead>
<tbody>${o.trainees.map((t) => html`<tr><td>${t.code}</td><td>${t.password}</td><td>${placeName(t.siteCode)}（${t.siteCode}）</td><td>${t.handout.name} ${t.handout.idNumber}</td></tr>`)}</tbody></table>
<p><a href="/admin/class/sheet">打印登录单</a></p>` : html`<p>尚未创建学员。</p>`}</section>`)
}

/** 登录单: one printable block per trainee with every login, the tasks and the new candidate's facts. */
export function loginSheetPage(p: PageCtx, o: { url: string; trainees: { t: Trainee; logins: TraineeLogin[] }[]; scenarios: Scenario[]; toolRequired: boolean }): Html {
  const title = (id: string | null) => o.scenarios.find((s) => s.id === id)
  return layout(p, '学员登录单', html`<p class="no-print">${consoleMenu()}请使用浏览器的打印功能打印本页，每名学员一节。</p>
${o.trainees.map(({ t, logins }) => {
    const c = t.handout
    const edu = c.education.find((e) => e.selected)
    return html`<section class="card sheet" aria-labelledby="sheet-${t.code}"><h2 id="sheet-${t.code}">学员 ${t.code}</h2>
<p>网址：${o.url}　全部账号密码：<strong>${t.password}</strong>　专属考点：${placeName(t.siteCode)}</p>
<table aria-label="学员 ${t.code} 的账号"><thead><tr><th scope="col">用户名</th><th scope="col">身份</th><th scope="col">场景与任务</th></tr></thead>
<tbody>${logins.map((l) => html`<tr><td>${l.username}</td><td>${l.role === 'candidate' ? '考生' : l.role === 'site-reviewer' ? '考点审核员' : '考区审核员'}</td><td>${l.scenario ? html`${title(l.scenario)?.title}：${title(l.scenario)?.task}` : l.role === 'site-reviewer' ? '审核本考点考生，完成资格审核练习。' : '两级审核场景的考区（终审）审核。'}</td></tr>`)}</tbody></table>
<h3>考生资料卡（新考生从零报名）</h3>
<dl><dt>姓名</dt><dd>${c.name}</dd><dt>证件号码</dt><dd>${c.idNumber}</dd><dt>性别 / 民族</dt><dd>${c.sex} / ${c.ethnicity}</dd><dt>手机</dt><dd>${c.mobile}</dd><dt>电子邮件</dt><dd>${c.email}</dd>
<dt>建议用户名 / 密码</dt><dd>${c.username} / ${c.password}</dd><dt>密码提示问题 / 答案</dt><dd>${c.recoveryQuestion} / ${c.recoveryAnswer}</dd>
<dt>联系地址 / 邮编</dt><dd>${c.address} / ${c.postcode}</dd><dt>工作单位</dt><dd>${c.work.unit}（${c.work.status}）</dd>
${edu ? html`<dt>学历</dt><dd>${edu.level} · ${edu.school} · ${edu.major} · ${edu.studyForm} · ${edu.lengthYears}年制 · ${edu.enrolled} 至 ${edu.graduation}</dd><dt>毕业证书编号</dt><dd>${edu.diplomaNumber || '—'}</dd>
<dt>学信网在线验证码</dt><dd>${edu.verification ? `${edu.verification.kind}：${edu.verification.code}` : '—'}</dd>` : ''}
<dt>报考类别</dt><dd>${c.application.examCode}</dd><dt>证件照</dt><dd><a href="/training/handouts/${t.code}/photo.jpg">下载证件照</a>${o.toolRequired ? '（上传前须经“医考报名照片检测工具”检测并保存）' : ''}</dd>
<dt>材料图片（${t.code}-overcap 用）</dt><dd><a href="/training/handouts/${t.code}/overcap.jpg">超限扫描件（应被拒绝）</a>　<a href="/training/handouts/${t.code}/fits.jpg">符合要求的扫描件</a></dd></dl></section>`
  })}${o.trainees.length ? '' : html`<p>尚未创建学员。<a href="/admin/class">创建学员账号</a></p>`}`)
}

const pct = (x: number) => `${Math.round(x * 100)}%`

/** 审核练习与成绩: start a set with a seed; the score board per trainee, with the decisions against the key. */
export function exercisesPage(p: PageCtx, o: { seed?: number; startedAt?: string; lines: ScoreLine[]; errors?: FieldError[] }): Html {
  return layout(p, '审核练习与成绩', html`${consoleMenu()}${errorSummary(o.errors ?? [])}
<section aria-labelledby="ex-h" class="card"><h2 id="ex-h">开始新的练习</h2>
<p>每名学员的考点审核员将收到一组“审核中”的考生，材料由生成器按考生本人信息绘制；部分材料预设了问题（他人姓名、身份证过期、模糊、裁切、缺少公章、错传材料、注册日期不满年限）。</p>
<form method="post" action="/admin/exercises" aria-label="开始新的练习">${csrfField(p)}<label for="e-seed">随机种子</label><input id="e-seed" name="seed" inputmode="numeric" value="${String((o.seed ?? 0) + 1)}"><button type="submit">开始新的练习</button></form></section>
<section aria-labelledby="sb-h"><h2 id="sb-h">成绩板</h2>${o.startedAt ? html`<p>当前练习：种子 ${o.seed}，开始于 ${feedbackTime(o.startedAt)}。<a href="/admin/exercises/scores.csv">导出 CSV</a></p>
<table aria-label="成绩板"><thead><tr><th scope="col">学员</th><th scope="col">已审核</th><th scope="col">正确</th><th scope="col">正确率</th><th scope="col">用时（分钟）</th><th scope="col">漏检的问题</th></tr></thead>
<tbody>${o.lines.map((l) => html`<tr><td>${l.trainee}</td><td>${l.decided}/${l.total}</td><td>${l.correct}</td><td>${pct(l.accuracy)}</td><td>${l.minutes ?? '—'}</td><td>${l.missed.map((f) => FAULT_TITLES[f]).join('、') || '—'}</td></tr>`)}</tbody></table>
${o.lines.map((l) => html`<details><summary>${l.trainee} 的答题明细</summary><table aria-label="${l.trainee} 的答题明细"><thead><tr><th scope="col">考生</th><th scope="col">预设问题</th><th scope="col">正确决定</th><th scope="col">学员决定</th><th scope="col">结果</th></tr></thead>
<tbody>${l.items.map((s) => html`<tr><td>${s.candidate}</td><td>${FAULT_TITLES[s.item.fault as Fault]}</td><td>${DECISION_NAMES[s.item.expected as Decision]}</td><td>${s.decision ? DECISION_NAMES[s.decision] : '未审核'}</td><td>${s.decision ? (s.correct ? '正确' : '错误') : '—'}</td></tr>`)}</tbody></table></details>`)}` : html`<p>尚未开始练习。</p>`}</section>`)
}

/** The mock SMS inbox trainers open: every message the site sent, newest first. */
export function smsInboxPage(p: PageCtx, messages: SmsMessage[], unavailable = false): Html {
  return layout(p, '短信收件箱（模拟）', html`${unavailable ? html`<p role="alert">短信服务暂时无法访问。</p>` : ''}
<table aria-label="短信收件箱"><thead><tr><th scope="col">时间</th><th scope="col">手机号</th><th scope="col">内容</th></tr></thead>
<tbody>${messages.map((m) => html`<tr><td>${feedbackTime(m.sentAt)}</td><td>${m.mobile}</td><td>${m.text}</td></tr>`)}</tbody></table>${messages.length ? '' : html`<p>收件箱为空。</p>`}`)
}
