import { dictionary, examByCode } from '../dictionary.mjs'
import { redirect, sendHtml } from '../http.mjs'
import * as apps from '../services/applications.mjs'
import * as profile from '../services/profile.mjs'
import { FORMS } from './forms.mjs'
import { formRoute, saved } from './formRoute.mjs'
import { esc, page } from './layout.mjs'
import { lockMark, recordSummary } from './personalPages.mjs'
import { infoTable } from './render.mjs'

// 考试报名: the list with 放弃报考, 选择报考, the wizard steps and the 成功通知单.
const WIZARD = [['xuzhi', 'agree', '确认考试须知'], ['jiben', 'basic', '基本情况'], ['gongzuo', 'work', '工作情况'], ['jiaoyu', 'education', '教育及培训'], ['zhengshu', 'certificates', '证书'], ['queren', 'confirm', '确认']]
const STATUS_TEXT = { draft: '填报中（未提交）', submitted: '已提交', abandoned: '已放弃' }

const stepNav = (app, current) => `<nav aria-label="报名步骤"><ol>${[['xuanze', '', '选择报考'], ...WIZARD]
  .map(([p, step, label]) => `<li${p === current ? ' aria-current="step"' : ''}>${step === '' || app.done.includes(step) ? '✔ ' : ''}${p === 'xuanze' ? esc(label) : `<a href="/baoming/${app.id}/${p}">${esc(label)}</a>`}</li>`).join('')}</ol></nav>
  <p>报考项目：${esc(app.examCode)} ${esc(examByCode(app.examCode).name)}</p>`

function nextStep(app, current) {
  const i = WIZARD.findIndex(([p]) => p === current)
  return `/baoming/${app.id}/${WIZARD[i + 1][0]}?saved=${encodeURIComponent(WIZARD[i][2])}`
}

/** Registers the 考试报名 pages. */
export function addWizardPages(router) {
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
