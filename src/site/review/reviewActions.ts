import { REVIEW_LEVELS, type Actor, type ReviewState } from '../../rules/lifecycle.ts'
import { materialsFor } from '../../rules/materials.ts'
import type { SiteContext } from '../siteContext.ts'
import type { StoredApplication } from '../store/applications.ts'
import type { User } from '../store/users.ts'
import { checkEvent } from '../validation/checkEvent.ts'
import { instantOf } from '../validation/instantOf.ts'
import { Refusal } from '../validation/fieldError.ts'
import { ruleApplies } from '../lifecycle/ruleApplies.ts'
import { refuseAll, transition } from '../lifecycle/refusals.ts'
import { beijingIso } from '../lifecycle/feedbackTime.ts'
import { hasPortal, submittedCandidate } from '../portal/portalActions.ts'
import { refundIfDue } from '../payment/paymentActions.ts'

/** The decisions a reviewer takes (TRANSITIONS' reviewer actions), plus 现场确认 where there is no portal. */
export const DECISIONS = ['return', 'approve', 'reject', 'change-final', 'onsite-confirm'] as const
export type Decision = (typeof DECISIONS)[number]

/** Chinese names of the decisions, for pages and the audit log. */
export const DECISION_NAMES: Record<Decision, string> = {
  return: '退回修改', approve: '审核通过', reject: '审核不通过', 'change-final': '修改审核结果', 'onsite-confirm': '现场确认',
}

export interface DecisionInput { message?: string; materials?: string[]; dueBy?: string }

/** Default resubmission deadline where the profile sets one and the reviewer gives none: 3 days. */
const DEFAULT_RESUBMIT_MS = 3 * 86_400_000

/** The actor a user acts as in lifecycle events. */
const actorOf = (u: User): Actor => u.role

/**
 * Whether a reviewer's remit covers an application: a site reviewer their 考点, a region reviewer their
 * 考区; a trainee's reviewer only the candidates of the same trainee's copy of the scenarios.
 */
export function covers(site: SiteContext, u: User, app: StoredApplication): boolean {
  if (u.trainee && site.users.byId(app.userId)?.trainee !== u.trainee) return false
  if (u.role === 'site-reviewer') return u.siteCode === app.data.site
  if (u.role === 'region-reviewer') return u.areaCode === app.data.area
  return u.role === 'admin'
}

/** Refuses anyone but reviewers and administrators (the console and its API). */
export function requireStaff(user: User | null): User {
  if (!user) throw Refusal.of('unauthenticated', '请先登录。', 403)
  if (user.role === 'candidate') throw Refusal.of('forbidden', '仅审核人员可使用此功能。', 403)
  return user
}

/** The queue: applications past the national submit in the reviewer's remit, filtered by 考点 and state. */
export function reviewQueue(site: SiteContext, user: User, filter: { site?: string; state?: string } = {}): StoredApplication[] {
  requireStaff(user)
  const ids = site.db.prepare("SELECT id FROM applications WHERE state NOT IN ('draft') ORDER BY submitted_at, id").all() as { id: number }[]
  return ids.map((r) => site.applications.byId(r.id)!)
    .filter((a) => covers(site, user, a))
    .filter((a) => !filter.site || a.data.site === filter.site)
    .filter((a) => !filter.state || a.state === filter.state)
}

/** One application for review: the submitted record, materials with images, feedback, audit log. */
export function reviewDetail(site: SiteContext, user: User, appId: number) {
  requireStaff(user)
  const app = site.applications.byId(appId)
  if (!app || app.state === 'draft') throw Refusal.of('not-found', '没有这个报名项目。', 404)
  const sameSite = covers(site, user, app)
  refuseAll(checkEvent({ actor: actorOf(user), action: 'read-file', state: app.state, at: site.atBeijing(), sameSite, ownResource: false }, site.ruleCtx(), site.rules))
  if (!sameSite) throw Refusal.of('forbidden', '该考生不属于您的审核范围。', 403)
  const candidate = submittedCandidate(app)
  const materials = (materialsFor(candidate, site.profile.id) ?? []).map((m) => ({ ...m, stored: site.portal.images(app.id, m.id) }))
  return { app, candidate, materials, extras: site.portal.extras(app.id), feedback: site.portal.feedback(app.id), audit: site.audit.list(app.id) }
}

/** Whether the reviewer sets a resubmission deadline under this profile (REVIEW-RESUBMIT-DEADLINE applies). */
export const setsResubmitDeadline = (site: SiteContext): boolean => ruleApplies(site, 'REVIEW-RESUBMIT-DEADLINE')

/**
 * A reviewer's decision. The catalogue's rules judge it first (who, which level, own 考点, the
 * review period, a message and named materials for a return, the SMS), then the state machine; the
 * SMS of a return is sent before anything changes; the audit log records every decision taken.
 */
export async function decide(site: SiteContext, user: User | null, appId: number, decision: Decision, input: DecisionInput = {}): Promise<StoredApplication> {
  if (!user) throw Refusal.of('unauthenticated', '请先登录。', 403)
  const app = site.applications.byId(appId)
  if (!app || app.state === 'draft') throw Refusal.of('not-found', '没有这个报名项目。', 404)
  if (user.role === 'candidate' && site.defects.has('candidate-can-review')) user = { ...user, role: 'site-reviewer', siteCode: String(app.data.site) }
  const message = (input.message ?? '').trim()
  const materials = [...new Set(input.materials ?? [])]
  const extras = site.portal.extras(app.id)
  const action = decision === 'onsite-confirm' ? 'submit-review' : decision
  if (decision !== 'onsite-confirm') {
    refuseAll(checkEvent({
      actor: actorOf(user), action, state: app.state, payment: app.payment, reviewsPassed: extras.reviewsPassed, at: site.atBeijing(),
      message, materialsNamed: materials.length, smsSent: true, sameSite: covers(site, user, app), materialUnlocked: false, ownResource: app.userId === user.id,
    }, site.ruleCtx(), site.rules))
  }
  if (user.role === 'candidate' || !covers(site, user, app)) throw Refusal.of('forbidden', '无审核权限。', 403)
  let to: ReviewState
  if (decision === 'onsite-confirm') {
    // Without a portal the candidate confirms at the 考点 (现场确认, seed 002); the reviewer records it.
    if (hasPortal(site)) throw Refusal.of('portal-profile', '本考区考生通过省网提交审核，无需现场确认。', 409)
    to = transition(site, app.state, 'submit-review', 'candidate')
  } else {
    to = transition(site, app.state, action as Exclude<Decision, 'onsite-confirm'>, actorOf(user))
  }
  const candidate = submittedCandidate(app)
  const titleOf = new Map((materialsFor(candidate, site.profile.id) ?? []).map((m) => [m.id as string, m.title]))
  if (decision === 'return') {
    const known = new Set<string>(titleOf.keys())
    const unknown = materials.filter((m) => !known.has(m))
    if (unknown.length) throw Refusal.of('material-unknown', `没有这些材料项目：${unknown.join('、')}。`, 422, 'materials')
  }
  const dueBy = decision === 'return' && setsResubmitDeadline(site)
    ? (input.dueBy ? instantOf(input.dueBy, 'dueBy', '重新提交期限') : new Date(site.clock.now().getTime() + DEFAULT_RESUBMIT_MS).toISOString()) : null
  if (decision === 'return' && !site.defects.has('no-return-sms')) await notifyReturn(site, candidate.mobile, message)
  site.db.transaction(() => {
    const now = site.applications.byId(app.id)!
    if (now.state !== app.state) throw Refusal.of('state-changed', '审核状态已变化，请刷新页面。', 409)
    site.portal.moveState(app.id, app.state, to)
    const at = site.nowIso()
    if (decision === 'return') {
      site.portal.setExtras(app.id, { unlocked: materials, resubmitDue: dueBy })
      site.portal.addFeedback(app.id, message, at)
    } else if (decision === 'approve') {
      site.portal.setExtras(app.id, { reviewsPassed: extras.reviewsPassed + 1 })
      // ✔ on the records the application used once the final review passes (seed 002 FAQ 二.16).
      if (to === 'approved') for (const id of app.recordIds) site.candidates.setVerified(id, true)
      site.portal.addFeedback(app.id, to === 'approved' ? '审核通过。' : '考点审核通过，等待考区复审。', at)
    } else if (decision === 'reject' || decision === 'change-final') {
      site.portal.addFeedback(app.id, `审核不通过：${message || '不符合报考条件'}`, at)
    }
    site.audit.add({ actorId: user.id, action: decision, appId: app.id, candidateId: app.userId, at, detail: auditDetail(decision, message, materials.map((m) => titleOf.get(m) ?? m), dueBy) })
  }).immediate()
  if (to === 'rejected') await refundIfDue(site, app.id).catch(() => undefined)
  return site.applications.byId(app.id)!
}

function auditDetail(decision: Decision, message: string, materials: string[], dueBy: string | null): string {
  return [message && `意见：${message}`, decision === 'return' && `解锁：${materials.join('、')}`, dueBy && `期限：${beijingIso(dueBy)}`].filter(Boolean).join('；')
}

/** The SMS to the registered mobile on every return (REVIEW-RETURN-SMS). */
async function notifyReturn(site: SiteContext, mobile: string, message: string): Promise<void> {
  const text = `【医师资格考试】您的报名材料已被退回修改：${message} 请登录系统查看反馈意见并按要求重新上传、提交审核。`
  await site.gateway.sendSms(mobile.replace(/[^\d+]/g, '') || '00000000', text.slice(0, 500))
}

/** Review levels of the profile (Hebei: 考点 then 考区). */
export const reviewLevels = (site: SiteContext) => REVIEW_LEVELS[site.profile.id]
