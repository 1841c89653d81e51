// The frame of every page, and escaping.
export const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])

const NAV = [['/', '首页'], ['/baoming', '考试报名'], ['/geren', '个人信息'], ['/anquan', '安全设置']]

/** A whole page: title, navigation (when logged in) and content. */
export function page(title, content, user) {
  const nav = user
    ? `<nav aria-label="主导航">${NAV.map(([href, label]) => `<a href="${href}">${label}</a>`).join(' | ')} | <form method="post" action="/tuichu" class="inline"><button type="submit">退出登录</button></form> <span>当前用户：${esc(user.loginName)}</span></nav>`
    : `<nav aria-label="主导航"><a href="/denglu">考生登录</a> | <a href="/zhuce">注册</a> | <a href="/zhaohui-mima">忘记密码</a></nav>`
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)} - 湖南医考网报</title>
<style>body{font-family:sans-serif;max-width:960px;margin:1em auto}label{display:inline-block;min-width:10em}.field{margin:.4em 0}[aria-invalid=true]{border:2px solid #c00}.problems{border:1px solid #c00;color:#900;padding:.5em}.inline{display:inline}.locked{color:#666}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>
</head><body><header><strong>湖南医考网报（医师资格考试网上报名）</strong></header>${nav}<main><h1>${esc(title)}</h1>${content}</main></body></html>`
}

export const notFoundPage = (message = '页面不存在') => page('出错了', `<p role="alert">${esc(message)}</p><p><a href="/">返回首页</a></p>`)
