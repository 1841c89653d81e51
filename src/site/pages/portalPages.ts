import { html, raw } from 'hono/html'
import { SEED_TITLES } from './seedTitles.ts'
import type { portalView, MaterialView } from '../portal/portalActions.ts'
import type { paymentView } from '../payment/paymentActions.ts'
import { feedbackTime } from '../lifecycle/feedbackTime.ts'
import type { FieldError } from '../validation/fieldError.ts'
import { STATE_TEXT } from './applyPages.ts'
import { errorSummary } from './formParts.ts'
import { csrfField, layout, type Html, type PageCtx } from './layout.ts'

type View = NonNullable<ReturnType<typeof portalView>>

/** The page under a profile without a portal: a clear refusal. */
export function noPortalPage(p: PageCtx, message: string): Html {
  return layout(p, '报名材料上传', html`<p role="alert">${message}</p><p><a href="/apply">返回考试报名</a></p>`)
}

/** 授权访问: the national account (and captcha, ID number where the profile asks). */
export function portalEnterPage(p: PageCtx, asks: { captcha: boolean; idNumber: boolean }, captcha: { id: string; svg: string } | null, values: Record<string, unknown> = {}, errors: FieldError[] = [], testAnswer?: string): Html {
  return layout(p, '授权访问：报名材料上传系统', html`${errorSummary(errors)}
<p>首次登录请使用考试报名系统（国家医学考试网）的账号进行授权，授权完成后即可进入报名材料上传界面。</p>
<form method="post" action="/portal/enter" aria-label="授权访问">${csrfField(p)}
<label for="pe-username">用户名*</label><input id="pe-username" name="username" autocomplete="username" value="${String(values.username ?? '')}">
<label for="pe-password">密码*</label><input id="pe-password" name="password" type="password" autocomplete="current-password">
${asks.idNumber ? html`<label for="pe-id">报考证件号码*</label><input id="pe-id" name="idNumber" value="${String(values.idNumber ?? '')}"><p class="hint">进入省网时须填写并校验考生本人报考证件号码。</p>` : ''}
${asks.captcha && captcha ? html`<input type="hidden" name="captchaId" value="${captcha.id}"><label for="pe-captcha">验证码*</label><input id="pe-captcha" name="captcha" autocomplete="off">${raw(captcha.svg)}${testAnswer ? html`<p class="hint">测试模式：验证码为 ${testAnswer}</p>` : ''}` : ''}
<button type="submit">授权登录</button></form>`)
}

function imagesOf(m: MaterialView, p: PageCtx): Html {
  if (!m.stored.length) return html`<p class="hint">尚未上传图片</p>`
  return html`<ul aria-label="${m.title} 已上传图片" class="thumbs">${m.stored.map((img, i) => html`<li><img src="/portal/files/${img.fileId}" alt="${m.title} 第${i + 1}张" width="120">
${m.unlocked ? html`<form method="post" action="/portal/images/${img.id}/delete" class="inline">${csrfField(p)}<button type="submit" aria-label="删除第${i + 1}张">-</button></form>` : ''}</li>`)}</ul>`
}

function materialCard(p: PageCtx, m: MaterialView, capKB: number | null, errors: FieldError[], errorFor: string | undefined): Html {
  const full = m.images.max !== null && m.stored.length >= m.images.max
  const count = m.images.max === null ? `可上传多张（至少${m.images.min}张）` : `需上传${m.images.max}张`
  const mine = errorFor === m.id ? errors : []
  return html`<section class="card" aria-labelledby="m-${m.id}-h" data-material="${m.id}">
<h3 id="m-${m.id}-h">${m.title}${m.required ? html` <abbr title="必须上传" aria-label="必须上传">*</abbr>` : ''}</h3>
<p>状态：<strong class="lock-state">${m.unlocked ? '未锁定' : '已锁定'}</strong>　${count}　已上传 <span class="count">${m.stored.length}</span> 张</p>
<p class="hint">示例与说明：“${m.instructions}”（${SEED_TITLES[m.source.seed] ?? m.source.seed} ${m.source.section}）</p>
${imagesOf(m, p)}
${m.unlocked && !full ? html`<form method="post" action="/portal/materials/${m.id}" enctype="multipart/form-data" aria-label="上传${m.title}">${csrfField(p)}
<label for="up-${m.id}">上传${m.title}图片</label><input type="file" id="up-${m.id}" name="file" accept="image/jpeg,image/png" ${mine.length ? html`aria-invalid="true" aria-describedby="up-${m.id}-error"` : ''}>
<p class="hint">文件应使用jpg/jpeg/png格式，${capKB === null ? '单个照片文件大小不超过规定上限' : `单个照片文件大小不超过${capKB}k`}。</p>
${mine.length ? html`<p class="field-error" id="up-${m.id}-error">${mine.map((e) => e.message).join(' ')}</p>` : ''}
<button type="submit">上传</button></form>` : ''}</section>`
}

/** Feedback, newest first, each with its time. */
export function feedbackList(items: { at: string; text: string }[]): Html {
  return html`<section aria-labelledby="fb-h"><h2 id="fb-h">考务人员反馈信息</h2>${items.length ? html`<ol aria-label="考务人员反馈信息" class="feedback">${items.map((f) => html`<li>${f.at ? html`<time datetime="${f.at}">${feedbackTime(f.at)}</time> ` : ''}${f.text}</li>`)}</ol>` : html`<p>暂无反馈信息</p>`}</section>`
}

/** The payment line of an application: status, fee, the pay link when open. */
export function paymentLine(appId: number, pay: ReturnType<typeof paymentView>): Html {
  return html`<p>技能考试费：¥${pay.fee.yuan.toFixed(2)}　缴费状态：<strong class="pay-state">${pay.status}</strong>${pay.status === '免缴' ? '（技能免考考生无需缴纳实践技能考试费）' : ''}
${pay.open ? html`　<a href="/apply/${appId}/pay">缴费</a>` : ''}${pay.written?.open ? html`　<a href="/apply/${appId}/pay">综合笔试缴费</a>` : ''}</p>`
}

/** The materials page: application state, feedback, each material, 提交审核. */
export function portalPage(p: PageCtx, v: View, pay: ReturnType<typeof paymentView>, examName: string, asksDeclaration: boolean, errors: FieldError[] = [], errorFor?: string): Html {
  const canSubmit = v.app.state === 'submitted' || v.app.state === 'returned'
  return layout(p, '报名材料上传', html`${errorFor ? '' : errorSummary(errors)}${errorFor && errors.length ? html`<div class="error-summary" role="alert"><h2>上传未成功：</h2><ul>${errors.map((e) => html`<li data-rule="${e.rule ?? ''}">${e.message}${e.rule ? html` <small>（${e.rule}）</small>` : ''}</li>`)}</ul></div>` : ''}
<section aria-labelledby="app-h" class="card"><h2 id="app-h">报考信息</h2>
<p>${v.app.examCode} ${examName}　审核状态：<strong class="review-state">${STATE_TEXT[v.app.state]}</strong>${v.extras.resubmitDue && v.app.state === 'returned' ? html`　请于 <time datetime="${v.extras.resubmitDue}">${feedbackTime(v.extras.resubmitDue)}</time> 前重新提交` : ''}</p>
${paymentLine(v.app.id, pay)}
${v.activatedAt ? html`<p class="hint">省网账号已于 ${feedbackTime(v.activatedAt)} 激活。</p>` : ''}</section>
${feedbackList(v.feedback)}
<section aria-labelledby="mat-h"><h2 id="mat-h">报名材料</h2><p class="hint">带 * 号为必须上传的项目；如同一种类材料需要上传多个图片，上传完第一个图片之后继续上传即可；固定数量的材料传满后不能继续上传。</p>
${v.materials.map((m) => materialCard(p, m, v.imageCapKB, errors, errorFor))}</section>
${canSubmit ? html`<form method="post" action="/portal/submit" aria-label="提交审核">${csrfField(p)}
${asksDeclaration ? html`<div class="field"><input type="checkbox" id="declared" name="declared" value="true"><label for="declared" class="inline">本人承诺：所上传材料真实、准确、完整、有效，如有虚假，愿承担相应责任。</label></div>` : ''}
<button type="submit">提交审核</button></form>` : ''}`)
}
