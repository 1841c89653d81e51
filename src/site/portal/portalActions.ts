import type { Candidate } from '../../rules/candidate.ts'
import { nextState, SUBMIT_NOTICE, type LifecycleEvent } from '../../rules/lifecycle.ts'
import { materialsFor, portalMaterials, type Material } from '../../rules/materials.ts'
import type { UploadAttempt } from '../../rules/upload.ts'
import type { SiteContext } from '../siteContext.ts'
import type { StoredApplication } from '../store/applications.ts'
import type { MaterialImage } from '../store/portal.ts'
import type { User } from '../store/users.ts'
import { checkEvent } from '../validation/checkEvent.ts'
import { checkSubject } from '../validation/checkSubject.ts'
import { Refusal, type FieldError } from '../validation/fieldError.ts'
import { ruleApplies, ruleParams } from '../lifecycle/ruleApplies.ts'
import { refuseAll } from '../lifecycle/refusals.ts'
import { beijingIso } from '../lifecycle/feedbackTime.ts'
import { inspectMaterial } from './inspectMaterial.ts'
import { refusePixelFlood, stripMetadata } from '../photo/imageHeader.ts'
import { refuseOverQuota } from '../photo/uploadQuota.ts'
import { feedbackAsShown, raceWindow, stateAsShown } from '../defects/seams.ts'

/** States whose application the portal shows (everything after the national submit, except abandoned). */
const PORTAL_STATES = ['submitted', 'under-review', 'returned', 'site-approved', 'approved', 'rejected', 'withdrawn']

/** True when the profile has a provincial materials portal (materialsFor is not null). */
export const hasPortal = (site: SiteContext): boolean => portalMaterials(site.profile.id) !== null

/** Refuses clearly under a profile without a portal. */
export function requirePortal(site: SiteContext): void {
  if (!hasPortal(site)) throw Refusal.of('no-portal', '本考区未开通省级报名材料上传系统（省网），报名材料请按考区通知在现场审核时提交。', 404)
}

/** The candidate's application the portal is about: the newest one past the national submit. */
export function portalApplication(site: SiteContext, userId: number): StoredApplication | null {
  return site.applications.ofUser(userId).find((a) => PORTAL_STATES.includes(a.state)) ?? null
}

/** The candidate as submitted: what decides which materials apply. */
export function submittedCandidate(app: StoredApplication): Candidate {
  if (!app.snapshot) throw Refusal.of('not-submitted', '请先提交报名信息。', 409)
  return app.snapshot
}

/** Whether the candidate may change a material now: all before 提交审核, only the named ones after a return. */
export function materialUnlocked(site: SiteContext, app: StoredApplication, material: string): boolean {
  if (app.state === 'submitted') return true
  if (site.defects.has('no-lock-after-submit') && app.state !== 'returned') return true
  if (app.state === 'returned') return site.defects.has('return-unlocks-all') || site.portal.extras(app.id).unlocked.includes(material)
  return false
}

/** The lifecycle event of a candidate's action on the portal, now. */
function candidateEvent(site: SiteContext, app: StoredApplication | null, e: Partial<LifecycleEvent> & Pick<LifecycleEvent, 'action'>) {
  const extras = app ? site.portal.extras(app.id) : null
  return checkEvent({
    actor: 'candidate', state: app?.state ?? 'draft', payment: app?.payment ?? 'unpaid', reviewsPassed: extras?.reviewsPassed ?? 0,
    at: site.atBeijing(), ...e,
  }, site.ruleCtx(), site.rules)
}

export interface EnterInput { username: string; password: string; captchaId?: string; captcha?: string; idNumber?: string }

/** Which fields the authorisation form asks for under this profile (from the catalogue). */
export function enterFields(site: SiteContext): { captcha: boolean; idNumber: boolean } {
  return { captcha: ruleApplies(site, 'MATERIAL-PORTAL-CAPTCHA'), idNumber: ruleApplies(site, 'MATERIAL-PORTAL-ID-NUMBER') }
}

/**
 * 上传相关材料: authorises this session for the portal with the national account (and the captcha and
 * ID number where the profile asks); the first entry activates the candidate there.
 */
export function enterPortal(site: SiteContext, user: User, sessionId: string, input: EnterInput): void {
  requirePortal(site)
  const asks = enterFields(site)
  const credentialsValid = input.username === user.username && site.users.checkPassword(user.id, input.password)
  const captchaValid = !asks.captcha || site.captchas.verify(input.captchaId ?? '', input.captcha ?? '')
  const idNumberMatches = !asks.idNumber || (input.idNumber ?? '').trim().toUpperCase() === (user.idNumber ?? '').toUpperCase()
  const app = portalApplication(site, user.id)
  refuseAll(candidateEvent(site, app, { action: 'enter-portal', credentialsValid, captchaValid, idNumberMatches }))
  if (!app) throw Refusal.of('no-application', '请先在国家医学考试网完成并提交报名信息，再点击“上传相关材料”。', 409)
  site.portal.authorise(user.id, sessionId, site.nowIso())
}

/** One material as the portal shows it: the catalogue's entry, its images and its lock. */
export interface MaterialView extends Material { images: Material['images']; stored: MaterialImage[]; unlocked: boolean }

/** The portal page's data: the application, each material with its state, the feedback newest first. */
export function portalView(site: SiteContext, userId: number) {
  requirePortal(site)
  const app = portalApplication(site, userId)
  if (!app) return null
  const materials: MaterialView[] = (materialsFor(submittedCandidate(app), site.profile.id) ?? []).map((m) => ({
    ...m, stored: site.portal.images(app.id, m.id), unlocked: materialUnlocked(site, app, m.id),
  }))
  const imageCapKB = ruleParams<{ maxKB: number }>(site, 'MATERIAL-IMAGE-SIZE')?.maxKB ?? null
  return { app: stateAsShown(site, app), materials, imageCapKB, extras: site.portal.extras(app.id), feedback: feedbackAsShown(site, site.portal.feedback(app.id)), activatedAt: site.portal.activatedAt(userId) }
}

/** The material of the candidate's application, or a 404 (not in this candidate's list). */
function materialOf(site: SiteContext, app: StoredApplication, material: string): Material {
  const m = materialsFor(submittedCandidate(app), site.profile.id)?.find((x) => x.id === material)
  if (!m) throw Refusal.of('material-unknown', '没有这个材料项目。', 404, 'material')
  return m
}

/**
 * Every rule on one image sent to one material, as things stand now: the upload rules (content,
 * size, count, lock) and the event rules (lock after 提交审核, return unlocks only named, window).
 */
export function judgeUpload(site: SiteContext, app: StoredApplication, material: string, file: Omit<UploadAttempt, 'material' | 'imagesBefore' | 'unlocked'>): FieldError[] {
  const unlocked = materialUnlocked(site, app, material)
  const attempt: UploadAttempt = { ...file, material, imagesBefore: site.portal.count(app.id, material), unlocked }
  return [
    ...checkSubject('upload', attempt, site.ruleCtx(), {}, site.rules),
    ...candidateEvent(site, app, { action: 'upload', material, materialUnlocked: unlocked }),
  ]
}

/**
 * Stores one image of a material. The file is written durably first (not yet referenced); the
 * checks run again and the rows are inserted in one transaction, so parallel uploads never pass a
 * count limit and an upload racing 提交审核 is refused once the lock is in; a refused file is deleted.
 */
export async function uploadMaterial(site: SiteContext, userId: number, material: string, content: Uint8Array, fileName: string, declaredType = ''): Promise<MaterialImage> {
  requirePortal(site)
  const first = portalApplication(site, userId)
  if (!first) throw Refusal.of('no-application', '请先在国家医学考试网完成并提交报名信息，再点击“上传相关材料”。', 409)
  materialOf(site, first, material)
  refusePixelFlood(content, 'file')
  refuseOverQuota(site, userId, content.length, 'file')
  const file = await inspectMaterial(content, fileName, declaredType)
  refuseAll(judgeUpload(site, first, material, file))
  if (site.defects.has('upload-count-race')) await raceWindow()
  // Stored without EXIF/GPS and other metadata: a reviewer needs the pixels, not where the phone was.
  const blob = await site.files.writeBlob(stripMetadata(content))
  try {
    return site.db.transaction(() => {
      const app = site.applications.byId(first.id)!
      if (!site.defects.has('upload-count-race')) refuseAll(judgeUpload(site, app, material, file))
      const at = site.nowIso()
      site.files.insertRow(blob, { userId, purpose: `material:${material}`, fileName, format: file.format, bytes: file.bytes, createdAt: at })
      return site.portal.addImage(app.id, material, blob, at)
    }).immediate()
  } catch (err) {
    await site.files.dropBlob(blob)
    throw err
  }
}

/** The '-' button: deletes one image while its material is unlocked. */
export function deleteMaterialImage(site: SiteContext, userId: number, imageId: number): void {
  requirePortal(site)
  const image = site.portal.image(imageId)
  const app = image ? site.applications.byId(image.appId) : null
  if (!image || !app || app.userId !== userId) throw Refusal.of('not-found', '没有这张图片。', 404)
  site.db.transaction(() => {
    const now = site.applications.byId(app.id)!
    refuseAll(candidateEvent(site, now, { action: 'delete-image', material: image.material, materialUnlocked: materialUnlocked(site, now, image.material) }))
    site.portal.deleteImage(image.id)
    site.db.prepare('DELETE FROM files WHERE id = ?').run(image.fileId)
  }).immediate()
  void site.files.dropBlob(image.fileId)
}

/**
 * 提交审核: the declaration where the profile asks it, every required material present in its count,
 * the deadline of a return; then everything locks and 上报完成，内容已锁定 is posted with its time.
 */
export function submitForReview(site: SiteContext, userId: number, input: { declared: boolean }): StoredApplication {
  requirePortal(site)
  const first = portalApplication(site, userId)
  if (!first) throw Refusal.of('no-application', '请先在国家医学考试网完成并提交报名信息，再点击“上传相关材料”。', 409)
  const judge = (app: StoredApplication) => {
    const due = site.portal.extras(app.id).resubmitDue
    return candidateEvent(site, app, {
      action: 'submit-review', declared: input.declared, message: SUBMIT_NOTICE, candidate: submittedCandidate(app),
      uploaded: site.portal.counts(app.id), dueBy: due ? beijingIso(due) : '',
    })
  }
  refuseAll(judge(first))
  site.db.transaction(() => {
    const app = site.applications.byId(first.id)!
    refuseAll(judge(app))
    const to = transitionOrRefuse(site, app)
    if (!site.portal.moveState(app.id, app.state, to)) throw Refusal.of('state-changed', '审核状态已变化，请刷新页面。', 409)
    site.portal.setExtras(app.id, { unlocked: [], declared: input.declared })
    site.portal.addFeedback(app.id, SUBMIT_NOTICE, site.nowIso())
  }).immediate()
  return site.applications.byId(first.id)!
}

// The state machine decides; its refusal reads as the lock the candidate sees.
function transitionOrRefuse(site: SiteContext, app: StoredApplication) {
  const to = nextState(app.state, 'submit-review', 'candidate', site.profile.id)
  if (!to) throw Refusal.of('already-submitted', '材料已提交审核，内容已锁定。', 409)
  return to
}

/** Who may read a stored material file: its candidate, and reviewers of that candidate's 考点 or 考区. */
export function readMaterialFile(site: SiteContext, user: User | null, fileId: string): { bytes: Buffer; format: string } {
  if (!user) throw Refusal.of('unauthenticated', '请先登录。', 403)
  const image = site.portal.imageOfFile(fileId)
  const app = image ? site.applications.byId(image.appId) : null
  const meta = site.files.meta(fileId)
  if (!image || !app || !meta) throw Refusal.of('not-found', '没有这个文件。', 404)
  const sameSite = user.role === 'site-reviewer' ? user.siteCode === app.data.site : user.role === 'region-reviewer' ? user.areaCode === app.data.area : true
  refuseAll(checkEvent({
    actor: user.role, action: 'read-file', state: app.state, at: site.atBeijing(), ownResource: app.userId === user.id, sameSite,
  }, site.ruleCtx(), site.rules))
  if (user.role === 'region-reviewer' && !sameSite) throw Refusal.of('forbidden', '该考生不属于本考区，无权查看。', 403)
  return { bytes: site.files.read(fileId), format: meta.format }
}
