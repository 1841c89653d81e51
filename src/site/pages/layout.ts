import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import type { User } from '../store/users.ts'
import { ROLE_NAMES } from '../store/users.ts'

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>

/** What every page knows: who is logged in, the CSRF token of its forms, the profile's name. */
export interface PageCtx {
  user: User | null
  csrf: string
  profileTitle: string
  /** One-line notice after a redirect (保存成功 …). */
  flash?: string
}

const STYLE = raw(`<style>
body{font-family:"Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#222;background:#f5f7fa}
header{background:#1f5fa8;color:#fff;padding:.6rem 1rem}header a{color:#fff}
nav ul{list-style:none;display:flex;gap:1.2rem;margin:.4rem 0 0;padding:0}
main{max-width:960px;margin:1rem auto;background:#fff;padding:1rem 1.5rem;border-radius:4px}
label{display:block;font-weight:bold;margin-top:.7rem}
input,select{padding:.3rem;min-width:18rem}
input[type=checkbox],input[type=hidden]{min-width:0}
dl{display:grid;grid-template-columns:10rem 1fr;gap:.2rem .8rem}dd{margin:0}
.hint{color:#666;font-size:.85rem;margin:.1rem 0}
.field-error{color:#b00020;margin:.1rem 0}
[aria-invalid=true]{border:2px solid #b00020}
.error-summary{border:2px solid #b00020;padding:.5rem 1rem;background:#fff0f0}
.flash{border:1px solid #2e7d32;background:#eef8ee;padding:.5rem 1rem}
.lookup-empty{background:#fdd}.lookup-known{background:#ddd}.lookup-unknown{background:#ffd}
.card{border:1px solid #ccd;padding:.6rem 1rem;margin:.6rem 0;border-radius:4px}
.steps{display:flex;gap:.5rem;list-style:none;padding:0}.steps li[aria-current=step]{font-weight:bold;text-decoration:underline}
button{padding:.35rem 1rem;margin-top:.8rem}
@media print{header,nav,.no-print,button{display:none!important}main{margin:0;border:0;max-width:none}body{background:#fff}}
</style>`)

/** The page frame: header with the menu, the flash line, the content. */
export function layout(p: PageCtx, title: string, body: Html): Html {
  const menu = p.user
    ? p.user.role === 'candidate'
      ? html`<li><a href="/">首页</a></li><li><a href="/apply">考试报名</a></li><li><a href="/info">个人信息</a></li><li><a href="/account/security">安全设置</a></li>`
      : html`<li><a href="/">首页</a></li><li><a href="/review">报名资格审核</a></li>${p.user.role === 'admin' ? html`<li><a href="/admin">系统管理</a></li><li><a href="/admin/sms">短信收件箱</a></li>` : ''}`
    : html`<li><a href="/login">考生登录</a></li><li><a href="/register">注册</a></li>`
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} - 国家医学考试服务平台</title>${STYLE}</head><body>
<header><div>国家医学考试服务平台 <small>（Baoming 参考站点：${p.profileTitle}）</small></div>
<nav aria-label="主菜单"><ul>${menu}${p.user ? html`<li>${ROLE_NAMES[p.user.role]}：${p.user.displayName || p.user.username}</li><li><form method="post" action="/logout" style="display:inline">${csrfField(p)}<button type="submit" style="margin:0">退出</button></form></li>` : ''}</ul></nav></header>
<main><h1>${title}</h1>${p.flash ? html`<p class="flash" role="status">${p.flash}</p>` : ''}${body}</main></body></html>`
}

/** The hidden CSRF field every form carries. */
export function csrfField(p: PageCtx): Html {
  return html`<input type="hidden" name="_csrf" value="${p.csrf}">`
}
