import { majorByCode, schoolByCode, unitByCode } from '../dictionary.mjs'
import { redirect, sendHtml } from '../http.mjs'
import { Refusal } from '../problems.mjs'
import * as profile from '../services/profile.mjs'
import { FORMS } from './forms.mjs'
import { formRoute, saved } from './formRoute.mjs'
import { esc, page } from './layout.mjs'
import { infoTable } from './render.mjs'

// 个人信息: the overview with lock marks, contact, work, photo, and the three kinds of records.
const KIND_PATHS = { jiaoyu: 'educations', peixun: 'trainings', zhengshu: 'certificates' }
const PATH_OF_KIND = Object.fromEntries(Object.entries(KIND_PATHS).map(([p, k]) => [k, p]))

/** One line describing a record. */
export function recordSummary(kind, r) {
  if (kind === 'educations') return `${r.eduLevel} ${schoolByCode(r.schoolCode)?.name ?? '-'} ${majorByCode(r.majorCode)?.name ?? ''} 毕业年月 ${r.graduatedOn || '-'} 证书编号 ${r.diplomaNo || '-'}`
  if (kind === 'trainings') return `${r.kind} ${r.major} 开始 ${r.startedOn} ${r.result}`
  return `${r.certType} 编号 ${r.certNo || '-'} 取得 ${r.issuedOn || '-'} 注册编号 ${r.practiceRegNo || '-'} 注册年月 ${r.registeredOn || '-'}`
}

/** A `back` target only when it is a path on this site. */
const localPath = (p) => (p && /^\/(?!\/)/.test(p) ? p : null)

/** The lock mark of a record a submitted application uses. */
export const lockMark = (locked) => (locked ? ' <span class="locked" role="img" aria-label="已锁定">🔒</span>' : '')

/** Registers the 个人信息 pages. */
export function addPersonalPages(router) {
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
      save: ({ ctx, user, body, url }) => (profile.addRecord(ctx, user, kind, body.fields), localPath(url.searchParams.get('back')) ?? `/geren?saved=${label}`),
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
