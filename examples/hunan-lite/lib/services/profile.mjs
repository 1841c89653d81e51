import { checkCertificate } from '../checks/certificate.mjs'
import { checkContact } from '../checks/contact.mjs'
import { checkEducation } from '../checks/education.mjs'
import { photoProblem } from '../checks/photo.mjs'
import { checkTraining } from '../checks/training.mjs'
import { checkWork } from '../checks/work.mjs'
import { schoolByCode, majorByCode, unitByCode, dictionary } from '../dictionary.mjs'
import { Problems, refuse } from '../problems.mjs'
import { requireNotOver } from '../window.mjs'

// 个人信息: contact, work, photo and the three kinds of records (seed 002 一.1).

/** The record kinds of 个人信息, with their checks and the application field that uses them. */
export const RECORDS = {
  educations: { check: checkEducation, label: '教育经历', used: (a) => [a.educationId] },
  trainings: { check: checkTraining, label: '培训经历', used: (a) => a.trainingIds },
  certificates: { check: checkCertificate, label: '证书', used: (a) => a.certificateIds },
}

/** Ids of the user's records used by a submitted application (shown with the lock). */
export function lockedIds(ctx, user, kind) {
  return new Set(ctx.store.state.applications.filter((a) => a.userId === user.id && a.status === 'submitted').flatMap((a) => RECORDS[kind].used(a)))
}

/** Refuses to change a record that a submitted application uses (可通过放弃相关报考项目来解锁). */
export function requireUnlocked(ctx, user, kind, id) {
  if (lockedIds(ctx, user, kind).has(id)) refuse(409, 'record', `该${RECORDS[kind].label}已在报名申请中使用并锁定；如需修改，请先放弃相关报考项目`)
}

export function updateContact(ctx, user, input) {
  requireNotOver(ctx.clock.now())
  const p = new Problems()
  const c = checkContact(input, user.basic.homeland === '大陆', p)
  p.check()
  user.contact = c
}

export function updateWork(ctx, user, input) {
  requireNotOver(ctx.clock.now())
  const p = new Problems()
  const w = checkWork(input, p)
  p.check()
  user.work = w
}

export function updatePhoto(ctx, user, fileName, buf) {
  requireNotOver(ctx.clock.now())
  const { problem, ...size } = photoProblem(fileName, buf)
  if (problem) refuse(422, 'photo', problem)
  user.photo = { fileName, ...size, data: buf.toString('base64') }
}

function findRecord(user, kind, id) {
  // ids arrive as numbers from forms and as text from some clients
  const r = user[kind].find((x) => x.id == id)
  if (!r) refuse(404, 'record', `没有这条${RECORDS[kind].label}`)
  return r
}

export function addRecord(ctx, user, kind, input) {
  requireNotOver(ctx.clock.now())
  const p = new Problems()
  const r = RECORDS[kind].check(input, p)
  p.check()
  const record = { id: ctx.store.nextId(), ...r }
  user[kind].push(record)
  return record
}

export function updateRecord(ctx, user, kind, id, input) {
  requireNotOver(ctx.clock.now())
  const record = findRecord(user, kind, id)
  requireUnlocked(ctx, user, kind, id)
  const p = new Problems()
  const r = RECORDS[kind].check(input, p)
  p.check()
  Object.assign(record, r)
  return record
}

export function deleteRecord(ctx, user, kind, id) {
  requireNotOver(ctx.clock.now())
  findRecord(user, kind, id)
  requireUnlocked(ctx, user, kind, id)
  user[kind] = user[kind].filter((x) => x.id !== id)
}

/** The candidate's 个人信息 as the API shows it (names resolved, locks marked). */
export function profileView(ctx, user) {
  const mark = (kind, extra) => {
    const locked = lockedIds(ctx, user, kind)
    return user[kind].map((r) => ({ ...r, ...extra(r), locked: locked.has(r.id), verified: false }))
  }
  const unit = user.work && unitByCode(user.work.unitCode)
  return {
    userId: user.id, loginName: user.loginName, securityQuestion: user.securityQuestion, registeredAt: user.registeredAt,
    basic: user.basic, person: user.person, contact: user.contact,
    work: user.work && { ...user.work, unit },
    photo: user.photo && { fileName: user.photo.fileName, bytes: user.photo.bytes, width: user.photo.width, height: user.photo.height },
    educations: mark('educations', (r) => ({
      eduClass: dictionary.options.eduLevels[r.eduLevel], schoolName: schoolByCode(r.schoolCode)?.name ?? '', majorName: majorByCode(r.majorCode)?.name ?? '',
    })),
    trainings: mark('trainings', () => ({})),
    certificates: mark('certificates', () => ({})),
  }
}
