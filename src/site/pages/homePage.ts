import { html } from 'hono/html'
import { layout, type Html, type PageCtx } from './layout.ts'

/** 首页: where to go next; the probation declaration where the profile requires it and it is not done. */
export function homePage(p: PageCtx, probation: 'required' | 'done' | 'none' = 'none'): Html {
  if (!p.user) {
    return layout(p, '网上报名', html`<p>凡报名参加国家医学考试中心组织考试的考生，需首先在国家医学考试服务平台上完成账户注册，注册成功后，即可进行考试报名。</p>
<p><a href="/login">考生登录</a>　<a href="/register">注册</a>　<a href="/recover">找回密码</a></p>`)
  }
  if (p.user.role !== 'candidate') {
    return layout(p, '首页', html`<ul><li><a href="/review">报名资格审核</a></li><li><a href="/review/audit">审核操作日志</a></li>${p.user.role === 'admin' ? html`<li><a href="/admin">系统管理</a></li><li><a href="/admin/sms">短信收件箱（模拟）</a></li>` : ''}</ul>`)
  }
  const declaration = probation === 'required'
    ? html`<section class="card" aria-labelledby="prob-h"><h2 id="prob-h">试用期申报</h2><p>本考区考生须先完成试用期申报，再进行网上报名（部队考生可直接报名）。</p>
<form method="post" action="/probation-declaration"><input type="hidden" name="_csrf" value="${p.csrf}"><button type="submit">完成试用期申报</button></form></section>`
    : probation === 'done' ? html`<p>试用期申报：已完成</p>` : ''
  return layout(p, '首页', html`${declaration}<ul><li><a href="/info">完善个人信息</a></li><li><a href="/apply">考试报名</a></li><li><a href="/account/security">安全设置</a></li></ul>`)
}
