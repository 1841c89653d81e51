import { html } from 'hono/html'
import type { StoredApplication } from '../store/applications.ts'
import type { paymentView } from '../payment/paymentActions.ts'
import { feedbackTime } from '../lifecycle/feedbackTime.ts'
import { SKILLS_RESULT_TEXT } from '../payment/writtenFee.ts'
import type { Order } from '../store/payments.ts'
import type { FieldError } from '../validation/fieldError.ts'
import { STATE_TEXT } from './applyPages.ts'
import { errorSummary } from './formParts.ts'
import { csrfField, layout, type Html, type PageCtx } from './layout.ts'

const CHANNEL: Record<string, string> = { unionpay: '银联', alipay: '支付宝', wechat: '微信支付' }
const ORDER_STATUS: Record<Order['status'], string> = { created: '待支付', paid: '已支付', cancelled: '已取消', failed: '支付失败' }
const PLACEHOLDER_NOTE = '（示例金额：本考区通知未公布收费标准，以考区公告为准）'

/** A fee's orders as a table. */
const ordersTable = (label: string, orders: Order[]) => html`<table aria-label="${label}"><thead><tr><th scope="col">订单号</th><th scope="col">金额</th><th scope="col">状态</th></tr></thead><tbody>${orders.map((o) => html`<tr><td>${o.orderId}</td><td>¥${(o.amountFen / 100).toFixed(2)}</td><td>${ORDER_STATUS[o.status]}</td></tr>`)}</tbody></table>`

/**
 * 综合笔试缴费 (Hubei): the skills result, the fee, the status, then 立即缴费 when open or, when not,
 * why (each refusal's message: results not out, failed, the skills fee first…). The button's name
 * says which fee it pays; its visible text is 立即缴费.
 */
function writtenSection(p: PageCtx, app: StoredApplication, w: NonNullable<ReturnType<typeof paymentView>['written']>): Html {
  return html`<section aria-labelledby="written-h" class="card"><h2 id="written-h">综合笔试缴费</h2>
<p>实践技能考试成绩：<strong data-testid="skills-result">${w.exempt ? '技能免考' : SKILLS_RESULT_TEXT[w.skillsResult]}</strong></p>
<p>综合笔试费：<strong>${w.fee.yuan}元/人次</strong>${w.fee.stated ? '' : html`<small>${PLACEHOLDER_NOTE}</small>`}</p>
<p>缴费状态：<strong data-testid="written-pay-state">${w.status}</strong></p>
${w.open ? html`<form method="post" action="/apply/${app.id}/pay/written">${csrfField(p)}<button type="submit" aria-label="立即缴费（综合笔试费）">立即缴费</button></form>` : ''}
${w.reasons.length ? html`<ul aria-label="综合笔试缴费尚未开放的原因">${w.reasons.map((r) => html`<li>${r.message}</li>`)}</ul>` : ''}
${w.orders.length ? html`${ordersTable('综合笔试缴费订单', w.orders)}
${w.status === '未缴费' ? html`<form method="post" action="/apply/${app.id}/pay/refresh">${csrfField(p)}<button type="submit" aria-label="刷新缴费状态（综合笔试费）">刷新缴费状态</button></form>` : ''}` : ''}
</section>`
}

/** 网上缴费: fee, status (已缴费 only once confirmed), 立即缴费 when open, orders, refunds; then 综合笔试缴费 where the profile has it. */
export function payPage(p: PageCtx, app: StoredApplication, examName: string, v: ReturnType<typeof paymentView>, errors: FieldError[] = []): Html {
  return layout(p, '网上缴费', html`${errorSummary(errors)}
<p>${app.examCode} ${examName}　审核状态：${STATE_TEXT[app.state]}</p>
<p>缴费状态：<strong class="pay-state" data-testid="pay-state">${v.status}</strong></p>
${v.status === '免缴' ? html`<p>技能免考考生无需缴纳实践技能考试费。</p>` : html`<p>实践技能考试费：<strong>${v.fee.yuan}元/人次</strong>${v.fee.stated ? '' : html`<small>${PLACEHOLDER_NOTE}</small>`}</p>`}
${v.due ? html`<p>缴费截止时间：${feedbackTime(v.due)}；未按时缴费视为放弃报名。</p>` : ''}
${v.open ? html`<form method="post" action="/apply/${app.id}/pay">${csrfField(p)}<button type="submit">立即缴费</button></form>` : v.status === '未缴费' ? html`<p>当前尚未开放缴费，请按考区通知的时间缴费。</p>` : ''}
${v.orders.length ? html`<h2>订单</h2>${ordersTable('缴费订单', v.orders)}
${v.status === '未缴费' ? html`<form method="post" action="/apply/${app.id}/pay/refresh">${csrfField(p)}<button type="submit">刷新缴费状态</button></form><p class="hint">若支付后未能显示“已缴费”，请等待几分钟之后刷新缴费状态。</p>` : ''}` : ''}
${v.refunds.map((r) => html`<p>已退费：¥${(r.amountFen / 100).toFixed(2)} 经原渠道（${CHANNEL[r.channel] ?? r.channel}）退回，${feedbackTime(r.at)}</p>`)}
${v.written ? writtenSection(p, app, v.written) : ''}
<p><a href="/apply">返回考试报名</a></p>`)
}
