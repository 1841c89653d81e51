import type { Candidate } from '../../rules/candidate.ts'
import type { Stage } from '../../rules/rule.ts'
import { basicForm, confirmForm, workForm } from '../forms/forms.ts'
import { nextState } from '../../rules/lifecycle.ts'
import { beijing } from '../clock.ts'
import { examByCode } from '../reference/exams.ts'
import type { SiteContext } from '../siteContext.ts'
import type { StoredApplication } from '../store/applications.ts'
import { Refusal, type FieldError } from '../validation/fieldError.ts'
import { checkEvent } from '../validation/checkEvent.ts'
import { validateCandidate } from '../validation/validateCandidate.ts'
import { inspectPhoto } from '../photo/inspectPhoto.ts'
import { refusePixelFlood } from '../photo/imageHeader.ts'
import { refuseOverQuota } from '../photo/uploadQuota.ts'
import { applyInput, formPaths } from './applyInput.ts'
import { candidateView } from './candidateView.ts'

/** The wizard's steps after choosing the exam (step 1), in order. */
export const STEPS = [
  { n: 1, id: 'exam', title: '选择报考' },
  { n: 2, id: 'basic', title: '基本情况' },
  { n: 3, id: 'work', title: '工作情况' },
  { n: 4, id: 'education', title: '教育及培训' },
  { n: 5, id: 'certificates', title: '证书' },
  { n: 6, id: 'confirm', title: '确认' },
] as const
export type StepId = (typeof STEPS)[number]['id']

/** Which Candidate paths each step writes: the rules of those paths answer for the step. */
const STEP_SCOPE: Record<Exclude<StepId, 'exam'>, { fields: string[]; stages: Stage[] }> = {
  basic: { fields: [...formPaths(basicForm), 'photo'], stages: [] },
  work: { fields: formPaths(workForm), stages: [] },
  education: { fields: ['education', 'training'], stages: ['application'] },
  certificates: { fields: ['certificates'], stages: ['application'] },
  confirm: { fields: formPaths(confirmForm), stages: [] },
}

/** Secrets are kept only as hashes after registration, so their rules run at registration only. */
const SECRETS = ['password', 'recoveryAnswer']

function refuse(errors: FieldError[], status: Refusal['status'] = 422): void {
  if (errors.length) throw new Refusal(errors, status)
}

/** The candidate's application with this id, or a 404 refusal (another candidate's is not theirs to see). */
export function ownApplication(site: SiteContext, userId: number, id: number): StoredApplication {
  const app = site.applications.byId(id)
  if (!app || app.userId !== userId) throw Refusal.of('not-found', '没有这个报名项目。', 404)
  return app
}

/** An application's own rules ask whether it may still change; a submitted one never can. */
function refuseUnlessDraft(site: SiteContext, app: StoredApplication): void {
  if (app.state === 'draft' || site.defects.has('edit-after-submit')) return
  refuse(checkEvent({ action: 'edit-application', state: app.state, at: site.atBeijing() }, site.ruleCtx(), site.rules), 409)
  throw Refusal.of('application-locked', '报名信息已提交，不提供修改功能；如发现报考有误，请在网上报名期间“放弃报考”后重新报名。', 409)
}

/** 开始新的报名: the exam must exist; the window, a ban and the one-active-application limit are checked. */
export function startApplication(site: SiteContext, userId: number, examCode: string): StoredApplication {
  const exam = examByCode(site.profile.examYear, examCode)
  if (!exam) throw Refusal.of('exam-unknown', '请选择本年度开放报名的考试项目。', 422, 'examCode')
  refuse(checkEvent({ action: 'apply', state: 'draft', at: site.atBeijing() }, site.ruleCtx(), site.rules), 403)
  const { candidate } = candidateView(site, userId)
  const withExam: Candidate = { ...candidate, application: { ...candidate.application, examCode } }
  refuse(validateCandidate(withExam, { fields: ['banUntil', 'application.examCode'], stages: [] }, site.ruleCtx(), site.rules), 403)
  const active = site.applications.active(userId)
  if (active) throw Refusal.of('application-exists', `您已有报名项目（${active.examCode}），如需重新报名，请先“放弃报考”。`, 409)
  return site.applications.create(userId, { ...withExam.application, area: site.profile.examArea?.code ?? '' }, site.nowIso())
}

/** Saves one wizard step of a draft; the catalogue rules of the step's paths decide. */
export function saveStep(site: SiteContext, userId: number, appId: number, step: Exclude<StepId, 'exam'>, input: Record<string, unknown>): StoredApplication {
  const app = ownApplication(site, userId, appId)
  refuseUnlessDraft(site, app)
  const { candidate, records } = candidateView(site, userId, app)
  let next = candidate
  let recordIds = app.recordIds
  if (step === 'basic') {
    if (!site.candidates.photoFile(userId)) throw Refusal.of('photo-missing', '请上传个人照片（jpg格式）。', 422, 'photo')
    next = applyInput(basicForm, candidate, input)
  } else if (step === 'work') {
    next = applyInput(workForm, candidate, input)
  } else if (step === 'confirm') {
    next = applyInput(confirmForm, candidate, input)
  } else {
    const kinds = step === 'education' ? (['education', 'training'] as const) : (['certificates'] as const)
    const chosen = new Set(kinds.flatMap((k) => ids(input[k])))
    const mine = new Set(kinds.flatMap((k) => records[k].map((r) => r.id)))
    if ([...chosen].some((id) => !mine.has(id))) throw Refusal.of('record-unknown', '选择的经历不存在，请刷新页面后重新选择。', 422)
    recordIds = [...app.recordIds.filter((id) => !mine.has(id)), ...chosen]
    next = candidateView(site, userId, { ...app, recordIds }).candidate
  }
  refuse(validateCandidate(next, { ...STEP_SCOPE[step], exclude: SECRETS }, site.ruleCtx(), site.rules))
  const n = STEPS.find((s) => s.id === step)!.n
  site.db.transaction(() => {
    const { education: _e, training: _t, certificates: _c, application, ...personal } = next
    if (step === 'basic' || step === 'work') site.candidates.savePersonal(userId, personal, site.nowIso())
    site.applications.update(app.id, { data: application, recordIds, step: Math.max(app.step, n + 1) })
  })()
  return site.applications.byId(app.id)!
}

function ids(v: unknown): number[] {
  const list = Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]
  return list.map(Number).filter((n) => Number.isInteger(n) && n > 0)
}

/**
 * 上传照片: format from the bytes, size and dimensions measured, the photo-check tool's mark read;
 * the catalogue's photo rules decide. A refused photo replaces nothing.
 */
export async function uploadPhoto(site: SiteContext, userId: number, content: Uint8Array, fileName: string): Promise<Candidate['photo']> {
  // The photo is part of the submitted application: locked with it, as the 通知单 shows it.
  const active = site.applications.active(userId)
  if (active && active.state !== 'draft') throw Refusal.of('photo-locked', '报名信息已提交，照片已锁定，不能更换；如需更换，请在网上报名期间“放弃报考”后重新报名。', 409, 'photo')
  refusePixelFlood(content, 'photo')
  const previous = site.candidates.photoFile(userId)
  refuseOverQuota(site, userId, content.length - (previous ? site.files.meta(previous)?.bytes ?? 0 : 0), 'photo')
  const photo = await inspectPhoto(content, fileName, beijing(site.clock.now()).date)
  const { candidate } = candidateView(site, userId)
  refuse(validateCandidate({ ...candidate, photo }, { fields: ['photo'], stages: [] }, site.ruleCtx(), site.rules))
  site.db.transaction(() => {
    const file = site.files.put({ userId, purpose: 'photo', fileName, format: photo.format, bytes: photo.bytes, createdAt: site.nowIso() }, content)
    site.candidates.setPhotoFile(userId, file.id)
    site.candidates.savePersonal(userId, { ...site.candidates.personal(userId), photo }, site.nowIso())
  })()
  // The replaced photo is no one's any more.
  if (previous) await site.files.remove(previous)
  return photo
}

/** 提交: the window, then every candidate rule of the catalogue on the whole record; then it is fixed. */
export function submitApplication(site: SiteContext, userId: number, appId: number): StoredApplication {
  const app = ownApplication(site, userId, appId)
  refuseUnlessDraft(site, app)
  refuse(checkEvent({ action: 'apply', state: 'draft', at: site.atBeijing() }, site.ruleCtx(), site.rules), 403)
  const { candidate } = candidateView(site, userId, app)
  const missing = STEPS.filter((s) => s.n >= app.step && s.n <= 6).map((s) => s.title)
  if (missing.length) throw Refusal.of('steps-missing', `请先完成以下步骤：${missing.join('、')}。`, 422)
  refuse(validateCandidate(candidate, { fields: 'all', stages: ['register', 'personal-info', 'application', 'submit'], exclude: SECRETS }, site.ruleCtx(), site.rules))
  site.applications.submit(app.id, candidate, site.nowIso())
  return site.applications.byId(app.id)!
}

/** 放弃报考: allowed by the catalogue's lifecycle rules in the window; the records it used unlock. */
export function abandonApplication(site: SiteContext, userId: number, appId: number): StoredApplication {
  const app = ownApplication(site, userId, appId)
  if (app.state === 'abandoned') throw Refusal.of('already-abandoned', '该报考项目已放弃。', 409)
  refuse(checkEvent({ action: 'abandon', state: app.state, at: site.atBeijing() }, site.ruleCtx(), site.rules), 403)
  // A draft is simply discarded; after submit the state machine decides (not once materials are under review).
  if (app.state !== 'draft' && !nextState(app.state, 'abandon', 'candidate', site.profile.id)) {
    throw Refusal.of('transition-refused', '材料已提交审核或审核已结束，不能放弃报考。', 409)
  }
  site.applications.abandon(app.id, site.nowIso())
  return site.applications.byId(app.id)!
}
