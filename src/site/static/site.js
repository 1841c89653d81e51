// The site's only script (served from /static, so the Content-Security-Policy allows no inline code).
'use strict'

// 打印通知单
for (const b of document.querySelectorAll('[data-print]')) b.addEventListener('click', () => window.print())

// Choosing a 考区 refreshes the 考点 list without leaving the page.
{
const area = document.getElementById('f-application-area'), site = document.getElementById('f-application-site')
area?.addEventListener('change', async () => {
  const data = await (await fetch('/api/exam-sites?area=' + encodeURIComponent(area.value))).json()
  site.replaceChildren(new Option('请选择', ''), ...data.sites.map((s) => new Option(s.name, s.code)))
})
}

// The school/unit search boxes: initials -> options -> chosen; status text on blur.
for (const input of document.querySelectorAll('[data-lookup]')) {
  const list = document.getElementById(input.getAttribute('aria-controls'))
  const status = document.getElementById(input.id + '-status')
  const show = (st) => { const t = { empty: '未填写', known: '已从字典中选择', unknown: '不在字典中，请核对或申请添加' }; input.className = 'lookup-' + st; status.dataset.status = st; status.textContent = '状态：' + t[st] }
  let timer
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(async () => {
    const q = input.value.trim(); if (!q) { list.hidden = true; return }
    const res = await fetch('/api/lookup/' + input.dataset.lookup + '?q=' + encodeURIComponent(q)); const data = await res.json()
    list.replaceChildren(...data.results.map((r) => { const li = document.createElement('li'); li.setAttribute('role', 'option'); li.tabIndex = 0; li.textContent = r.name
      const pick = () => { input.value = r.name; list.hidden = true; input.setAttribute('aria-expanded', 'false'); show('known') }
      li.addEventListener('click', pick); li.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); pick() } }); return li }))
    list.hidden = data.results.length === 0; input.setAttribute('aria-expanded', String(!list.hidden)) }, 150) })
  input.addEventListener('blur', async () => { setTimeout(async () => { if (!list.hidden) return; const q = input.value.trim(); if (!q) return show('empty')
    const res = await fetch('/api/lookup/' + input.dataset.lookup + '?q=' + encodeURIComponent(q)); const data = await res.json(); show(data.results.some((r) => r.name === q) ? 'known' : 'unknown') }, 200) })
}
