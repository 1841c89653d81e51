import { html } from 'hono/html'
import type { SmsMessage } from '../../../mocks/contracts.ts'
import { feedbackTime } from '../lifecycle/feedbackTime.ts'
import { csrfField, layout, type Html, type PageCtx } from './layout.ts'

/** 系统管理: the payment deadline, 执行到期处理, the SMS inbox. */
export function adminPage(p: PageCtx, payDue: string, report?: string): Html {
  return layout(p, '系统管理', html`${report ? html`<p role="status">${report}</p>` : ''}
<ul><li><a href="/admin/sms">短信收件箱（模拟）</a></li><li><a href="/review">报名资格审核</a></li><li><a href="/review/audit">审核操作日志</a></li></ul>
<form method="post" action="/admin/pay-due" aria-label="缴费截止时间">${csrfField(p)}<label for="a-due">缴费截止时间</label><input type="datetime-local" id="a-due" name="payDueBy" value="${payDue.slice(0, 16)}"><button type="submit">保存</button></form>
<form method="post" action="/admin/run-deadlines">${csrfField(p)}<button type="submit">执行到期处理</button><p class="hint">按当前时钟处理：逾期未缴费、逾期未上传材料、退回修改逾期未提交，并为审核未通过的已缴费考生原渠道退费。</p></form>`)
}

/** The mock SMS inbox trainers open: every message the site sent, newest first. */
export function smsInboxPage(p: PageCtx, messages: SmsMessage[], unavailable = false): Html {
  return layout(p, '短信收件箱（模拟）', html`${unavailable ? html`<p role="alert">短信服务暂时无法访问。</p>` : ''}
<table aria-label="短信收件箱"><thead><tr><th scope="col">时间</th><th scope="col">手机号</th><th scope="col">内容</th></tr></thead>
<tbody>${messages.map((m) => html`<tr><td>${feedbackTime(m.sentAt)}</td><td>${m.mobile}</td><td>${m.text}</td></tr>`)}</tbody></table>${messages.length ? '' : html`<p>收件箱为空。</p>`}`)
}
