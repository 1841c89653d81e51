import { CERT_FIELDS } from '../checks/certificate.mjs'
import { IN_SCHOOL_LEVELS, NONE, SHICHENG } from '../checks/education.mjs'
import { isHalfWidth, text } from '../checks/formats.mjs'
import { PASS_OF } from '../checks/idNumber.mjs'
import { isFullPinyin } from '../checks/name.mjs'
import { RESIDENCY } from '../checks/training.mjs'
import { dictionary, examByCode, regionByCode, unitByCode } from '../dictionary.mjs'
import { Problems, refuse } from '../problems.mjs'
import { requireOpen } from '../window.mjs'
import { updateWork } from './profile.mjs'

// 考试报名: the wizard of seed 004 第四步-第十二步 (choose exam → 须知 → 基本情况 → 工作情况 →
// 教育/培训经历 → 证书 → 考区/考点/加试 → 提交 → 成功通知单), 放弃报考 (seed 002 二).

export const STEPS = ['agree', 'basic', 'work', 'education', 'certificates', 'confirm']
const STEP_NAMES = { agree: '确认考试须知', basic: '基本情况', work: '工作情况', education: '教育及培训经历', certificates: '证书情况', confirm: '确认考区考点' }
const GRAD_STATUS = '研究生(在读)'
const ACTIVE_ROLES = [0, 1, 3, 4].map((i) => dictionary.options.militaryRoles[i])
const MILITARY_UNITS = ['军队', '武警', '公安']
const PROVINCIAL = ['中央', '省级']
const YEAR = dictionary.session.year

/** The user's application by id, or a 404. */
export function findApplication(ctx, user, id) {
  const app = ctx.store.state.applications.find((a) => a.id === Number(id) && a.userId === user.id)
  if (!app) refuse(404, 'application', '没有这个报名项目')
  return app
}

function requireDraft(ctx, app) {
  if (app.status === 'submitted') refuse(409, 'application', '报名信息不提供修改功能；如报考有误，请在网上报名期间放弃报考后重新报名')
  if (app.status === 'abandoned') refuse(409, 'application', '该报名已放弃，请开始新的报名')
  requireOpen(ctx.clock.now())
}

const examOf = (app) => examByCode(app.examCode)
const selectedEducation = (user, app) => user.educations.find((r) => r.id === app.educationId)

/** 开始新的报名: choose the exam (第四步). */
export function start(ctx, user, input) {
  requireOpen(ctx.clock.now())
  const exam = examByCode(text(input.examCode))
  if (!exam) refuse(422, 'examCode', '请从报考项目列表中选择考试项目')
  const { state } = ctx.store
  const live = state.applications.find((a) => a.userId === user.id && a.status === 'submitted')
  if (live) refuse(409, 'examCode', `您已报考${examByCode(live.examCode).name}；如需重新报名，请先放弃报考`)
  // an unsubmitted draft is replaced by the new choice
  state.applications = state.applications.filter((a) => !(a.userId === user.id && a.status === 'draft'))
  const app = {
    id: ctx.store.nextId(), userId: user.id, examCode: exam.code, status: 'draft', done: [], createdAt: ctx.clock.now().toISOString(),
    educationId: null, trainingIds: [], certificateIds: [], regionCode: '', siteCode: '', extraSubject: '无', attempts: 1,
  }
  state.applications.push(app)
  return app
}

/** 确认考试须知: 同意并继续. */
export function agree(ctx, user, app) {
  requireDraft(ctx, app)
  done(app, 'agree')
}

function done(app, step) {
  if (!app.done.includes(step)) app.done.push(step)
}

function militaryRoleProblem(user, role) {
  const unit = user.work && unitByCode(user.work.unitCode)
  if (!unit) return null
  if (!MILITARY_UNITS.includes(unit.affiliation)) return '“本人身份”仅限单位隶属为军队、武警、公安的考生填写，请清空该项'
  if ((unit.affiliation === '公安') !== role.startsWith('公安')) return '“本人身份”与单位隶属不符：军队、武警单位选第1-3项，公安单位选第4-6项'
  return null
}

/** 基本情况 (第六步): photo, 拼音, 本人身份, 往来大陆通行证. */
export function basic(ctx, user, app, input) {
  requireDraft(ctx, app)
  const p = new Problems()
  const romanName = text(input.romanName), militaryRole = text(input.militaryRole), passNumber = text(input.passNumber)
  if (!user.photo) p.add('photo', '请上传照片（小2寸白底证件照，jpg格式，小于40KB）')
  if (romanName === '') p.add('romanName', '请填写姓名全拼')
  else if (!isHalfWidth(romanName)) p.add('romanName', '拼音须为半角字符，请关闭全角输入')
  else if (user.basic.homeland === '大陆' && !isFullPinyin(user.basic.fullName, romanName)) p.add('romanName', '拼音应为姓名全拼（如 张伟 填 zhang wei），不要只填首字母')
  if (militaryRole !== '') {
    if (!dictionary.options.militaryRoles.includes(militaryRole)) p.add('militaryRole', '请从列表中选择本人身份')
    else {
      const issue = militaryRoleProblem(user, militaryRole)
      if (issue) p.add('militaryRole', issue)
    }
  }
  const home = user.basic.homeland
  if (home !== '大陆') {
    const len = { 香港: 11, 澳门: 11, 台湾: 10 }[home]
    if (passNumber === '') p.add('passNumber', '请填写往来大陆通行证号码')
    else if (!isHalfWidth(passNumber)) p.add('passNumber', '往来大陆通行证号码须为半角字符')
    else if (/[^A-Za-z0-9]/.test(passNumber)) p.add('passNumber', '往来大陆通行证号码不得有空格、标点符号')
    else if (len && passNumber.length !== len) p.add('passNumber', `${PASS_OF[home]}号码须为${len}位`)
  } else if (passNumber !== '') p.add('passNumber', '往来大陆通行证仅限外籍及港澳台人员填写')
  p.check()
  user.person = { romanName, militaryRole, passNumber }
  done(app, 'basic')
}

/** 工作情况 (第七步): the work form of 个人信息 (sent again, or as stored). */
export function work(ctx, user, app, input) {
  requireDraft(ctx, app)
  if (input && text(input.unitCode) !== '') updateWork(ctx, user, input)
  if (!user.work) refuse(422, 'unitCode', '请选择工作单位（在校研究生请选择实习单位），如检索不到请先申请增补')
  const p = new Problems()
  const unit = unitByCode(user.work.unitCode)
  if (examOf(app).category === '乡村') {
    if (!['乡镇卫生院', '村卫生室'].includes(unit.type)) p.add('unitCode', '报考乡村全科执业助理医师须在乡镇卫生院或村卫生室工作')
    else if ((user.work.yearsInField ?? 0) < 1) p.add('yearsInField', '报考乡村全科执业助理医师须在乡镇卫生院或村卫生室工作满一年')
  }
  if (user.person.militaryRole !== '') {
    const issue = militaryRoleProblem(user, user.person.militaryRole)
    if (issue) p.add('militaryRole', issue)
  }
  p.check()
  done(app, 'work')
}

/** 教育经历 and 培训经历 (第八、九步): tick exactly one education record, trainings optional. */
export function education(ctx, user, app, input) {
  requireDraft(ctx, app)
  const p = new Problems()
  const ids = [input.educationId].flat().filter((x) => x !== undefined && x !== null && x !== '').map(Number)
  if (ids.length !== 1) refuse(422, 'educationId', '请勾选且只勾选一条符合报名规定的教育经历')
  const record = user.educations.find((r) => r.id === ids[0])
  if (!record) refuse(422, 'educationId', '请勾选自己的教育经历')
  const trainingIds = [input.trainingIds ?? []].flat().filter((x) => x !== '').map(Number)
  if (trainingIds.some((id) => !user.trainings.some((t) => t.id === id))) p.add('trainingIds', '请勾选自己的培训经历')
  // seed 004 第九步 填写情形1: 仅限持有助理证或执业医师证的医师填写
  else if (user.trainings.length && !user.certificates.some((c) => c.certType !== '执业助理医师(乡镇)')) p.add('trainingIds', '培训经历仅限持有助理证或执业医师证的医师填写；无助理证的考生不需要填写')
  // seed 002 二.4: 除住院医师规范化培训类型的培训经历之外可不予勾选
  else if (user.trainings.some((t) => t.kind === RESIDENCY && !trainingIds.includes(t.id))) p.add('trainingIds', '请勾选您的住院医师规范化培训经历（其他培训经历可不勾选）')
  const grad = user.work?.dutyStatus === GRAD_STATUS
  const inSchool = grad && IN_SCHOOL_LEVELS.includes(record.eduLevel)
  if (record.region === '大陆' && record.diplomaNo === '' && !inSchool && ![SHICHENG, NONE].includes(record.eduLevel)) {
    p.add('diplomaNo', `请填写毕业证书编号；当年毕业研究生须在在岗情况中选择“${GRAD_STATUS}”后方可不填`)
  }
  if (grad && !IN_SCHOOL_LEVELS.includes(record.eduLevel)) p.add('dutyStatus', `在岗情况为“${GRAD_STATUS}”的考生，须勾选研究生（或长学制）学历报考`)
  else if (grad && !record.graduatedOn.startsWith(`${YEAR}-`)) p.add('graduatedOn', `在岗情况为“${GRAD_STATUS}”的考生，所选学历的毕业年月应在${YEAR}年`)
  const exam = examOf(app)
  if (record.eduLevel === SHICHENG && !exam.name.startsWith('中医')) p.add('examCode', '以传统医学师承或确有专长报考的，只可报考中医类别')
  p.check()
  Object.assign(app, { educationId: record.id, trainingIds })
  done(app, 'education')
}

/** 证书情况 (第十步): 助理升执业 ticks the 执业助理医师 certificate with every field filled. */
export function certificates(ctx, user, app, input) {
  requireDraft(ctx, app)
  if (!app.done.includes('education')) refuse(409, 'step', '请先完成教育及培训经历')
  const p = new Problems()
  const ids = [input.certificateIds ?? []].flat().filter((x) => x !== '').map(Number)
  const chosen = ids.map((id) => user.certificates.find((c) => c.id === id))
  if (chosen.some((c) => !c)) refuse(422, 'certificateIds', '请勾选自己的证书')
  for (const c of chosen) {
    if (!['执业助理医师', '执业医师'].includes(c.certType)) p.add('certType', '证书类型请选择“执业助理医师”，“执业助理医师(乡镇)”类型不具备报考资格')
    for (const [k, label] of Object.entries(CERT_FIELDS)) if (c[k] === '') p.add(k, `请填写${label}（助理升执业考生必须填写证书信息）`)
  }
  const exam = examOf(app), level = selectedEducation(user, app)?.eduLevel
  const upgrading = exam.level === '执业' && (level === '中专' || level === '专科' || user.certificates.some((c) => c.certType === '执业助理医师'))
  if (upgrading && !chosen.some((c) => ['执业助理医师', '执业医师'].includes(c.certType))) p.add('certificateIds', '助理升执业考生须添加并勾选“执业助理医师”证书')
  const cutoff = { 专科: `${YEAR - 2}-08`, 中专: `${YEAR - 5}-08` }[level]
  if (exam.level === '执业' && cutoff) {
    for (const c of chosen) if (c.registeredOn !== '' && c.registeredOn > cutoff) p.add('registeredOn', `${level}学历毕业的执业助理医师须于${cutoff.replace('-', '年')}月18日（含）前注册，方可报考执业医师`)
  }
  p.check()
  app.certificateIds = ids
  done(app, 'certificates')
}

/** 考区、考点、加试科目、累计报考次数 (第十一步). */
export function confirm(ctx, user, app, input) {
  requireDraft(ctx, app)
  const p = new Problems()
  const regionCode = text(input.regionCode), siteCode = text(input.siteCode)
  const extraSubject = text(input.extraSubject) || '无', attemptsText = text(input.attempts) || '1'
  const region = regionByCode(regionCode)
  const site = region?.sites.find((s) => s.code === siteCode)
  if (!region) p.add('regionCode', '考区请选择湖南省')
  else if (!site) p.add('siteCode', '请选择所选考区内的考点')
  const unit = user.work && unitByCode(user.work.unitCode)
  if (site && unit) {
    if (PROVINCIAL.includes(unit.affiliation) && site.division !== null) p.add('siteCode', '省直医院考生请选择省直考点')
    else if (!PROVINCIAL.includes(unit.affiliation) && site.division !== `${unit.division.slice(0, 4)}00`) p.add('siteCode', `考点应为工作单位所在地州市（${unit.city}）`)
  }
  const role = user.person.militaryRole, active = ACTIVE_ROLES.includes(role)
  if (!dictionary.options.extraSubjects.includes(extraSubject)) p.add('extraSubject', '请从列表中选择加试科目')
  else if (extraSubject === '军事医学' && !active) p.add('extraSubject', '只有现役军人才能申请参加军事医学考试')
  else if (extraSubject !== '军事医学' && active && unit && MILITARY_UNITS.includes(unit.affiliation)) p.add('extraSubject', '现役军人须在加试科目中选择“军事医学”')
  else if (['儿科', '院前急救'].includes(extraSubject)) {
    if (app.examCode !== `${YEAR}110`) p.add('extraSubject', `${extraSubject}加试仅限报考临床执业医师的考生`)
    else if (!(user.work?.dept ?? '').includes(extraSubject)) p.add('extraSubject', `${extraSubject}加试仅限在${extraSubject}岗位工作的考生，请核对工作情况中的科室`)
  }
  if (!/^\d+$/.test(attemptsText) || Number(attemptsText) < 1) p.add('attempts', '累计报考次数至少为1（首次报考为1）')
  p.check()
  Object.assign(app, { regionCode, siteCode, extraSubject, attempts: Number(attemptsText) })
  done(app, 'confirm')
}

/** 提交 (第十一步): every step done; the records used lock. */
export function submit(ctx, user, app) {
  requireDraft(ctx, app)
  const missing = STEPS.filter((s) => !app.done.includes(s))
  if (missing.length) refuse(409, 'step', `请先完成：${missing.map((s) => STEP_NAMES[s]).join('、')}`)
  if (!selectedEducation(user, app)) refuse(409, 'educationId', '所选教育经历已删除，请重新选择')
  const serial = String(app.id).padStart(6, '0')
  Object.assign(app, { status: 'submitted', submittedAt: ctx.clock.now().toISOString(), serial, snapshot: snapshot(user, app) })
}

function snapshot(user, app) {
  const unit = unitByCode(user.work.unitCode)
  return {
    basic: user.basic, person: user.person, work: { ...user.work, unitName: unit.name },
    education: selectedEducation(user, app), trainings: user.trainings.filter((t) => app.trainingIds.includes(t.id)),
    certificates: user.certificates.filter((c) => app.certificateIds.includes(c.id)),
  }
}

/** 放弃报考: the records it used unlock; a new application can start. */
export function abandon(ctx, user, app) {
  if (app.status === 'abandoned') refuse(409, 'application', '该报名已放弃')
  Object.assign(app, { status: 'abandoned', abandonedAt: ctx.clock.now().toISOString() })
}

/** 报名成功通知单 of a submitted application. */
export function notice(ctx, user, app) {
  if (app.status !== 'submitted') refuse(409, 'application', '报名尚未提交，不能打印成功通知单')
  const region = regionByCode(app.regionCode), site = region.sites.find((s) => s.code === app.siteCode)
  const s = app.snapshot
  return {
    title: `${YEAR}年医师资格考试网上报名成功通知单`, serial: app.serial, submittedAt: app.submittedAt,
    fullName: s.basic.fullName, gender: s.basic.gender, docType: s.basic.docType, docNumber: s.basic.docNumber,
    exam: `${app.examCode} ${examByCode(app.examCode).name}`, region: region.name, site: site.name,
    extraSubject: app.extraSubject, attempts: app.attempts, unitName: s.work.unitName, eduLevel: s.education.eduLevel,
    graduatedOn: s.education.graduatedOn, diplomaNo: s.education.diplomaNo,
  }
}

/** An application as the API shows it. */
export function applicationView(app) {
  const exam = examByCode(app.examCode)
  const { snapshot: _s, userId: _u, ...rest } = app
  return { ...rest, examName: exam.name, stepsLeft: STEPS.filter((s) => !app.done.includes(s)) }
}
