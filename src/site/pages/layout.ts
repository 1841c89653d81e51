import { html } from 'hono/html'
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


/** The page frame: header with the menu, the flash line, the content. */
export function layout(p: PageCtx, title: string, body: Html): Html {
  const menu = p.user
    ? p.user.role === 'candidate'
      ? html`<li><a href="/">首页</a></li><li><a href="/apply">考试报名</a></li><li><a href="/info">个人信息</a></li><li><a href="/account/security">安全设置</a></li>`
      : html`<li><a href="/">首页</a></li><li><a href="/review">报名资格审核</a></li>${p.user.role === 'admin' ? html`<li><a href="/admin">系统管理</a></li><li><a href="/admin/sms">短信收件箱</a></li>` : ''}`
    : html`<li><a href="/login">考生登录</a></li><li><a href="/register">注册</a></li>`
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} - 国家医学考试服务平台</title><link rel="stylesheet" href="/static/site.css"><script src="/static/site.js" defer></script></head><body>
<header><div>国家医学考试服务平台 <small>（Baoming 参考站点：${p.profileTitle}）</small></div>
<nav aria-label="主菜单"><ul>${menu}${p.user ? html`<li>${ROLE_NAMES[p.user.role]}：${p.user.displayName || p.user.username}</li><li><form method="post" action="/logout" class="inline">${csrfField(p)}<button type="submit">退出</button></form></li>` : ''}</ul></nav></header>
<main><h1>${title}</h1>${p.flash ? html`<p class="flash" role="status">${p.flash}</p>` : ''}${body}</main></body></html>`
}

/** The hidden CSRF field every form carries. */
export function csrfField(p: PageCtx): Html {
  return html`<input type="hidden" name="_csrf" value="${p.csrf}">`
}
