import { dictionary, examByCode, majorByCode, schoolByCode, unitByCode } from '../dictionary.mjs'
import { redirect, sendHtml } from '../http.mjs'
import { Refusal } from '../problems.mjs'
import * as accounts from '../services/accounts.mjs'
import * as apps from '../services/applications.mjs'
import * as profile from '../services/profile.mjs'
import { windowText } from '../window.mjs'
import { FORMS } from './forms.mjs'
import { esc, page } from './layout.mjs'
import { infoTable, renderForm } from './render.mjs'

// The server-rendered pages: each form posts to its own path and is shown again with the
// problems when refused.
export const SESSION_COOKIE = 'hl_sid'
const KIND_PATHS = { jiaoyu: 'educations', peixun: 'trainings', zhengshu: 'certificates' }
const PATH_OF_KIND = Object.fromEntries(Object.entries(KIND_PATHS).map(([p, k]) => [k, p]))
const WIZARD = [['xuzhi', 'agree', '确认考试须知'], ['jiben', 'basic', '基本情况'], ['gongzuo', 'work', '工作情况'], ['jiaoyu', 'education', '教育及培训'], ['zhengshu', 'certificates', '证书'], ['queren', 'confirm', '确认']]
const STATUS_TEXT = { draft: '填报中（未提交）', submitted: '已提交', abandoned: '已放弃' }

const saved = (url) => (url.searchParams.get('saved') ? `<p role="status">已保存：${esc(url.searchParams.get('saved'))}</p>` : '')

/** Registers a GET page and, with `save`, its POST: refusals show the form again with the problems. */
function formRoute(router, o) {
  const { path, title, fields, auth = true } = o
  const show = async (input, values, problems, status) => {
    const intro = o.intro ? await o.intro(input) : ''
    const choices = o.choices ? o.choices(input) : {}
    const extra = o.hidden ? o.hidden(input) : ''
    const form = renderForm({ action: input.url.pathname, fields: typeof fields === 'function' ? fields(input) : fields, values, problems, buttons: o.buttons ?? [['提交']], choices, multipart: o.multipart, extra })
    sendHtml(input.res, status, page(typeof title === 'function' ? title(input) : title, `${saved(input.url)}${intro}${form}${o.outro ? o.outro(input) : ''}`, input.user))
  }
  router.add('GET', path, { auth, handler: async (input) => show(input, o.load ? o.load(input) : {}, [], 200) })
  router.add('POST', path, {
    auth,
    handler: async (input) => {
      try {
        const next = await o.save(input)
        if (next) redirect(input.res, next.location ?? next, next.headers)
      } catch (err) {
        if (!(err instanceof Refusal)) throw err
        await show(input, { ...(o.load ? o.load(input) : {}), ...input.body.fields }, err.problems, err.status)
      }
    },
  })
}

const stepNav = (app, current) => `<nav aria-label="报名步骤"><ol>${[['xuanze', '', '选择报考'], ...WIZARD]
  .map(([p, step, label]) => `<li${p === current ? ' aria-current="step"' : ''}>${step === '' || app.done.includes(step) ? '✔ ' : ''}${p === 'xuanze' ? esc(label) : `<a href="/baoming/${app.id}/${p}">${esc(label)}</a>`}</li>`).join('')}</ol></nav>
  <p>报考项目：${esc(app.examCode)} ${esc(examByCode(app.examCode).name)}</p>`

function nextStep(app, current) {
  const i = WIZARD.findIndex(([p]) => p === current)
  return `/baoming/${app.id}/${WIZARD[i + 1][0]}?saved=${encodeURIComponent(WIZARD[i][2])}`
}

function recordSummary(kind, r) {
  if (kind === 'educations') return `${r.eduLevel} ${schoolByCode(r.schoolCode)?.name ?? '-'} ${majorByCode(r.majorCode)?.name ?? ''} 毕业年月 ${r.graduatedOn || '-'} 证书编号 ${r.diplomaNo || '-'}`
  if (kind === 'trainings') return `${r.kind} ${r.major} 开始 ${r.startedOn} ${r.result}`
  return `${r.certType} 编号 ${r.certNo || '-'} 取得 ${r.issuedOn || '-'} 注册编号 ${r.practiceRegNo || '-'} 注册年月 ${r.registeredOn || '-'}`
}

const lockMark = (locked) => (locked ? ' <span class="locked" role="img" aria-label="已锁定">🔒</span>' : '')

/** Registers every page. */
export function addPageRoutes(router) {
  router.add('GET', '/', { auth: false, handler: ({ res, user }) => sendHtml(res, 200, page('首页', user
    ? `<p>欢迎，${esc(user.basic.fullName)}。网上报名时间：${windowText}。</p><ul><li><a href="/geren">完善个人信息</a></li><li><a href="/baoming">考试报名</a></li></ul>`
    : `<p>2025年医师资格考试网上报名（湖南考区）。网上报名时间：${windowText}。</p><p><a href="/denglu">考生登录</a>　<a href="/zhuce">注册</a></p>`, user)) })

  router.add('GET', '/captcha/:id', { auth: false, handler: ({ ctx, res, params }) => {
    const answer = ctx.store.state.captchas[params.id.replace(/\.svg$/, '')] ?? ''
    res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' })
    res.end(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="36"><rect width="100" height="36" fill="#eee"/><path d="M0 20 Q50 0 100 24" stroke="#99a" fill="none"/><text x="14" y="26" font-size="22" font-family="monospace" transform="skewX(-10)">${esc(answer)}</text></svg>`)
  } })

  const captchaHidden = ({ ctx }) => {
    const c = accounts.newCaptcha(ctx)
    return `<input type="hidden" name="captchaId" value="${c.id}"><p><img src="/captcha/${c.id}.svg" alt="验证码图片" width="100" height="36"></p>`
  }
  router.add('GET', '/zhuce/chenggong', { auth: false, handler: ({ res, url, user }) => sendHtml(res, 200, page('注册成功',
    `<p role="status">注册成功！您的用户名是 ${esc(url.searchParams.get('u'))}，注册后用户名不能更改，请牢记用户名和密码。</p><p><a href="/denglu">去登录</a></p>`, user)) })
  formRoute(router, {
    path: '/zhuce', title: '考生注册', fields: FORMS.register, auth: false, buttons: [['注册']], hidden: captchaHidden,
    intro: () => '<p>该功能限未注册的考生用户进行注册。基本信息由注册时决定，注册后不开放修改。</p>',
    save: ({ ctx, body }) => `/zhuce/chenggong?u=${encodeURIComponent(accounts.register(ctx, body.fields).loginName)}`,
  })
  formRoute(router, {
    path: '/denglu', title: '考生登录', fields: FORMS.login, auth: false, buttons: [['登录']],
    outro: () => '<p><a href="/zhaohui-mima">忘记密码</a>　<a href="/zhuce">注册</a></p>',
    save: ({ ctx, body }) => {
      const token = accounts.login(ctx, body.fields)
      const user = accounts.userOf(ctx, token)
      return { location: user.work ? '/' : '/geren', headers: { 'set-cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax` } }
    },
  })
  router.add('POST', '/tuichu', { auth: false, handler: ({ ctx, res, token }) => {
    accounts.logout(ctx, token)
    redirect(res, '/denglu', { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` })
  } })
  router.add('GET', '/zhaohui-mima/chenggong', { auth: false, handler: ({ res, user }) => sendHtml(res, 200, page('找回密码', '<p role="status">密码已重新设置，请用新密码登录。</p><p><a href="/denglu">去登录</a></p>', user)) })
  formRoute(router, {
    path: '/zhaohui-mima', title: '找回密码', fields: FORMS.recover, auth: false, buttons: [['找回密码']],
    intro: () => '<p>凭姓名、证件号码及密码找回答案重新设置密码。</p>',
    save: ({ ctx, body }) => (accounts.recover(ctx, body.fields), '/zhaohui-mima/chenggong'),
  })

  // 安全设置: two forms on one page
  router.add('GET', '/anquan', { auth: true, handler: (input) => showSecurity(input, null) })
  router.add('POST', '/anquan/mima', { auth: true, handler: (input) => securityAction(input, 'password', () => accounts.changePassword(input.ctx, input.user, input.body.fields)) })
  router.add('POST', '/anquan/shezhi', { auth: true, handler: (input) => securityAction(input, 'security', () => accounts.updateSecurity(input.ctx, input.user, input.body.fields)) })

  // 个人信息
  router.add('GET', '/geren', { auth: true, handler: ({ ctx, res, url, user }) => sendHtml(res, 200, page('个人信息', `${saved(url)}${personalInfo(ctx, user)}`, user)) })
  router.add('POST', '/geren/jiben', { auth: true, handler: () => { throw new Refusal(403, [{ field: 'basic', text: '基本信息由注册时决定，不开放修改功能；如信息有误，请在现场资格审核期间通过考务人员修订' }]) } })
  formRoute(router, {
    path: '/geren/lianxi', title: '联系方式', fields: FORMS.contact, buttons: [['提交']],
    load: ({ user }) => user.contact,
    save: ({ ctx, user, body }) => (profile.updateContact(ctx, user, body.fields), '/geren?saved=联系方式'),
  })
  formRoute(router, {
    path: '/geren/gongzuo', title: '工作情况', fields: FORMS.work, buttons: [['提交']],
    load: ({ user }) => user.work ?? {},
    intro: () => '<p>工作单位在系统里面进行选择；省、市、区、机构类型和单位隶属随单位显示。</p>',
    save: ({ ctx, user, body }) => (profile.updateWork(ctx, user, body.fields), '/geren?saved=工作情况'),
  })
  formRoute(router, {
    path: '/geren/zhaopian', title: '个人照片', fields: FORMS.photo, buttons: [['上传照片']], multipart: true,
    intro: ({ user }) => (user.photo ? `<p><img src="/geren/zhaopian.jpg" alt="已上传的照片" width="99" height="144"> ${esc(user.photo.fileName)}（${user.photo.bytes}字节）</p>` : '<p>尚未上传照片。</p>'),
    save: ({ ctx, user, body }) => {
      const file = body.files.photo
      profile.updatePhoto(ctx, user, file?.fileName ?? '', file?.data)
      return '/geren?saved=照片'
    },
  })
  router.add('GET', '/geren/zhaopian.jpg', { auth: true, handler: ({ res, user }) => {
    if (!user.photo) throw new Refusal(404, [{ field: 'photo', text: '尚未上传照片' }])
    res.writeHead(200, { 'content-type': 'image/jpeg' })
    res.end(Buffer.from(user.photo.data, 'base64'))
  } })
  for (const [pathName, kind] of Object.entries(KIND_PATHS)) {
    const label = profile.RECORDS[kind].label
    formRoute(router, {
      path: `/geren/${pathName}/new`, title: `添加${label}`, fields: FORMS[kind], buttons: [['保存']],
      save: ({ ctx, user, body, url }) => (profile.addRecord(ctx, user, kind, body.fields), url.searchParams.get('back') ?? `/geren?saved=${label}`),
    })
    formRoute(router, {
      path: `/geren/${pathName}/:id`, title: `修改${label}`, fields: FORMS[kind], buttons: [['保存']],
      load: ({ user, params }) => user[kind].find((r) => r.id === Number(params.id)) ?? {},
      save: ({ ctx, user, body, params }) => {
        profile.requireUnlocked(ctx, user, kind, Number(params.id))
        profile.updateRecord(ctx, user, kind, Number(params.id), body.fields)
        return `/geren?saved=${label}`
      },
    })
    router.add('POST', `/geren/${pathName}/:id/shanchu`, { auth: true, handler: ({ ctx, res, user, params }) => {
      profile.deleteRecord(ctx, user, kind, Number(params.id))
      redirect(res, `/geren?saved=${encodeURIComponent(`删除${label}`)}`)
    } })
  }

  // 考试报名
  router.add('GET', '/baoming', { auth: true, handler: ({ ctx, res, url, user }) => sendHtml(res, 200, page('考试报名', `${saved(url)}${applicationList(ctx, user)}`, user)) })
  router.add('POST', '/baoming/:id/fangqi', { auth: true, handler: ({ ctx, res, user, params }) => {
    apps.abandon(ctx, user, apps.findApplication(ctx, user, params.id))
    redirect(res, '/baoming?saved=放弃报考')
  } })
  formRoute(router, {
    path: '/baoming/xuanze', title: '选择报考', fields: [], buttons: [],
    intro: ({ url }) => examChooser(url),
    save: ({ ctx, user, body }) => `/baoming/${apps.start(ctx, user, body.fields).id}/xuzhi`,
  })
  wizardStep(router, 'xuzhi', { fields: [], buttons: [['同意并继续']],
    intro: () => '<section aria-label="考试须知"><p>请如实填写报名信息。网报考区和考点选错很难修改；网报结束后无法修改个人信息；网报完成须按时参加现场审核。</p></section>',
    save: (input, app) => apps.agree(input.ctx, input.user, app) })
  wizardStep(router, 'jiben', { fields: FORMS.basic, multipart: true, buttons: [['下一步']],
    load: ({ user }) => user.person,
    intro: ({ user }) => `${infoTable([['姓名', user.basic.fullName], ['性别', user.basic.gender], ['证件类型', user.basic.docType], ['证件号码', user.basic.docNumber], ['出生日期', user.basic.birthday], ['民族', user.basic.nation]])}${user.photo ? '<p><img src="/geren/zhaopian.jpg" alt="已上传的照片" width="99" height="144"></p>' : '<p>尚未上传照片。</p>'}`,
    save: (input, app) => {
      const file = input.body.files.photo
      if (file && file.data.length) profile.updatePhoto(input.ctx, input.user, file.fileName, file.data)
      apps.basic(input.ctx, input.user, app, input.body.fields)
    } })
  wizardStep(router, 'gongzuo', { fields: FORMS.work, buttons: [['下一步']],
    load: ({ user }) => user.work ?? {},
    save: (input, app) => apps.work(input.ctx, input.user, app, input.body.fields) })
  wizardStep(router, 'jiaoyu', { fields: FORMS.education, buttons: [['下一步']],
    load: ({ ctx, user, params }) => { const a = apps.findApplication(ctx, user, params.id); return { educationId: a.educationId ?? [], trainingIds: a.trainingIds } },
    choices: ({ ctx, user }) => recordChoices(ctx, user, { educationId: 'educations', trainingIds: 'trainings' }),
    intro: ({ params }) => `<p>只填写并选择一个符合报名规定的学历。<a href="/geren/jiaoyu/new?back=/baoming/${esc(params.id)}/jiaoyu">+ 添加教育经历</a>　<a href="/geren/peixun/new?back=/baoming/${esc(params.id)}/jiaoyu">+ 添加培训经历</a></p>`,
    save: (input, app) => apps.education(input.ctx, input.user, app, input.body.fields) })
  wizardStep(router, 'zhengshu', { fields: FORMS.certificatesStep, buttons: [['下一步']],
    load: ({ ctx, user, params }) => ({ certificateIds: apps.findApplication(ctx, user, params.id).certificateIds }),
    choices: ({ ctx, user }) => recordChoices(ctx, user, { certificateIds: 'certificates' }),
    intro: ({ params }) => `<p>助理升执业考生必须填写；没有证书直接点击下一步。<a href="/geren/zhengshu/new?back=/baoming/${esc(params.id)}/zhengshu">+ 添加证书</a></p>`,
    save: (input, app) => apps.certificates(input.ctx, input.user, app, input.body.fields) })
  wizardStep(router, 'queren', { fields: FORMS.confirm, buttons: [['保存考区考点', 'action', 'save'], ['提交报名', 'action', 'submit']],
    load: ({ ctx, user, params }) => { const a = apps.findApplication(ctx, user, params.id); return { regionCode: a.regionCode || 'KQ43', siteCode: a.siteCode, extraSubject: a.extraSubject, attempts: a.attempts } },
    intro: () => '<p>考区：湖南省；考点：工作单位所在地州市；省直医院考生请选择省直考点。加试科目仅限符合条件的考生选择。</p>',
    save: (input, app) => {
      apps.confirm(input.ctx, input.user, app, input.body.fields)
      if (input.body.fields.action !== 'submit') return `/baoming/${app.id}/queren?saved=考区考点`
      apps.submit(input.ctx, input.user, app)
      return `/baoming/${app.id}/tongzhidan?saved=提交报名`
    } })
  router.add('GET', '/baoming/:id/tongzhidan', { auth: true, handler: ({ ctx, res, url, user, params }) => {
    const n = apps.notice(ctx, user, apps.findApplication(ctx, user, params.id))
    sendHtml(res, 200, page(n.title, `${saved(url)}<p role="status">网上报名成功，请打印《报名成功通知单》，现场审核时携带。</p>${infoTable([
      ['序列号', n.serial], ['姓名', n.fullName], ['性别', n.gender], ['证件类型', n.docType], ['证件号码', n.docNumber], ['报考项目', n.exam],
      ['考区', n.region], ['考点', n.site], ['加试科目', n.extraSubject], ['累计报考次数', n.attempts], ['工作单位', n.unitName],
      ['报考学历', n.eduLevel], ['毕业年月', n.graduatedOn], ['毕业证书编号', n.diplomaNo], ['提交时间', n.submittedAt]])}
      <p><button type="button" onclick="window.print()">打印</button>　<a href="/baoming">返回考试报名</a></p>`, user))
  } })
}

function wizardStep(router, pathName, o) {
  formRoute(router, {
    ...o, path: `/baoming/:id/${pathName}`,
    title: ({ ctx, user, params }) => `考试报名：${WIZARD.find(([p]) => p === pathName)[2]}（${examByCode(apps.findApplication(ctx, user, params.id).examCode).name}）`,
    intro: async (input) => `${stepNav(apps.findApplication(input.ctx, input.user, input.params.id), pathName)}${o.intro ? await o.intro(input) : ''}`,
    save: async (input) => {
      const app = apps.findApplication(input.ctx, input.user, input.params.id)
      return (await o.save(input, app)) ?? nextStep(app, pathName)
    },
  })
}

function recordChoices(ctx, user, map) {
  return Object.fromEntries(Object.entries(map).map(([field, kind]) => {
    const locked = profile.lockedIds(ctx, user, kind)
    return [field, user[kind].map((r) => [r.id, recordSummary(kind, r), lockMark(locked.has(r.id))])]
  }))
}

function showSecurity({ res, user, url }, refused, status = 200) {
  const forms = [['password', '修改密码', '/anquan/mima', {}], ['security', '密码找回设置', '/anquan/shezhi', { securityQuestion: user.securityQuestion, email: user.contact.email }]]
  const html = forms.map(([key, title, action, values]) => `<section aria-label="${title}"><h2>${title}</h2>${renderForm({
    action, fields: FORMS[key], values: refused?.key === key ? { ...values, ...refused.values } : values, problems: refused?.key === key ? refused.problems : [], buttons: [['提交']],
  })}</section>`).join('')
  sendHtml(res, status, page('安全设置', `${saved(url)}<p>用户名：${esc(user.loginName)}（不能更改）　注册时间：${esc(user.registeredAt)}</p>${html}`, user))
}

function securityAction(input, key, action) {
  try {
    action()
    redirect(input.res, `/anquan?saved=${key === 'password' ? '修改密码' : '密码找回设置'}`)
  } catch (err) {
    if (!(err instanceof Refusal)) throw err
    const { currentPassword: _c, newPassword: _n, newPasswordAgain: _a, ...values } = input.body.fields
    showSecurity(input, { key, values, problems: err.problems }, err.status)
  }
}

function personalInfo(ctx, user) {
  const b = user.basic, c = user.contact, w = user.work, unit = w && unitByCode(w.unitCode)
  const records = Object.entries(PATH_OF_KIND).map(([kind, p]) => {
    const locked = profile.lockedIds(ctx, user, kind)
    const label = profile.RECORDS[kind].label
    const items = user[kind].map((r) => `<li>${esc(recordSummary(kind, r))}${lockMark(locked.has(r.id))}
      <a href="/geren/${p}/${r.id}">修改</a>
      <form method="post" action="/geren/${p}/${r.id}/shanchu" class="inline"><button type="submit" aria-label="删除${label}${r.id}">删除</button></form></li>`).join('')
    return `<section aria-label="${label}"><h2>${label} <a href="/geren/${p}/new" aria-label="添加${label}">+</a></h2><ul>${items || '<li>（暂无）</li>'}</ul></section>`
  }).join('')
  return `<p>锁型图案（🔒）表示有在报名申请中使用，放弃相关报考项目后解锁。</p>
  <section aria-label="基本信息"><h2>基本信息</h2><p>基本信息由注册时决定，不开放修改功能。</p>${infoTable([['姓名', b.fullName], ['所属地区', b.homeland], ['国籍', b.nationality], ['证件类型', b.docType], ['证件号码', b.docNumber], ['性别', b.gender], ['出生日期', b.birthday], ['民族', b.nation]])}</section>
  <section aria-label="联系方式"><h2>联系方式 <a href="/geren/lianxi">修改</a></h2>${infoTable([['手机号码', c.mobile], ['家庭电话', c.homePhone], ['单位电话', c.officePhone], ['电子邮箱', c.email], ['通讯地址', c.address], ['邮编', c.zip]])}</section>
  <section aria-label="工作情况"><h2>工作情况 <a href="/geren/gongzuo">修改</a></h2>${w ? infoTable([['工作单位', unit.name], ['省', unit.province], ['市', unit.city], ['区', unit.district], ['机构类型', unit.type], ['单位隶属', unit.affiliation], ['科室', w.dept], ['在岗情况', w.dutyStatus], ['从事本专业年限', w.yearsInField ?? '']]) : '<p>（尚未填写）</p>'}</section>
  <section aria-label="照片"><h2>照片 <a href="/geren/zhaopian">上传</a></h2>${user.photo ? '<img src="/geren/zhaopian.jpg" alt="已上传的照片" width="99" height="144">' : '<p>（尚未上传）</p>'}</section>${records}`
}

function applicationList(ctx, user) {
  const list = ctx.store.state.applications.filter((a) => a.userId === user.id).map((a) => {
    const exam = examByCode(a.examCode)
    const actions = [
      a.status === 'draft' ? `<a href="/baoming/${a.id}/${(WIZARD.find(([, s]) => !a.done.includes(s)) ?? WIZARD[5])[0]}">继续填报</a>` : '',
      a.status === 'submitted' ? `<a href="/baoming/${a.id}/tongzhidan">打印成功通知单</a>` : '',
      a.status !== 'abandoned' ? `<form method="post" action="/baoming/${a.id}/fangqi" class="inline"><button type="submit">放弃报考</button></form>` : '',
    ].join(' ')
    return `<li aria-label="${esc(exam.name)}"><strong>${esc(a.examCode)} ${esc(exam.name)}</strong> 状态：${STATUS_TEXT[a.status]} 报名时间：${esc(a.submittedAt ?? a.createdAt)} ${actions}</li>`
  }).join('')
  return `<p><a href="/baoming/xuanze">开始新的报名</a></p><p>报名信息不提供修改功能；如发现报考有误，在网上报名期间可“放弃报考”后重新报名。</p><h2>已报考项目</h2><ul>${list || '<li>（暂无）</li>'}</ul>`
}

function examChooser(url) {
  const level = url.searchParams.get('level') ?? '', category = url.searchParams.get('category') ?? ''
  const pick = (name, label, list, value) => `<label for="q-${name}">${label}</label><select id="q-${name}" name="${name}"><option value="">全部</option>${list.map((v) => `<option${v === value ? ' selected' : ''}>${esc(v)}</option>`).join('')}</select>`
  const exams = dictionary.exams.filter((e) => (!level || e.level === level) && (!category || e.category === category))
  return `<form method="get" action="/baoming/xuanze"><label for="q-kind">考试类型</label><select id="q-kind" name="kind"><option>医师资格考试</option></select>
    ${pick('level', '级别', ['执业', '助理'], level)} ${pick('category', '类别', ['临床', '口腔', '中医/中西医', '公卫', '乡村'], category)} <button type="submit">搜索</button></form>
    <ul>${exams.map((e) => `<li><form method="post" action="/baoming/xuanze"><input type="hidden" name="examCode" value="${e.code}"><strong>${esc(e.name)}</strong> 级别：${e.level} 考试编码：${e.code} <button type="submit" aria-label="报名 ${esc(e.name)}">报名</button></form></li>`).join('')}</ul>`
}
