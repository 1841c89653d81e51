import { ruleById } from '../../rules/catalogue.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import { paramsFor } from '../../rules/rule.ts'
import type { SiteContext } from '../siteContext.ts'
import type { StoredApplication } from '../store/applications.ts'
import type { SkillsResult } from '../store/skillsResults.ts'
import type { User } from '../store/users.ts'
import { checkEvent } from '../validation/checkEvent.ts'
import { Refusal, type FieldError } from '../validation/fieldError.ts'
import { statusOf } from '../lifecycle/refusals.ts'
import { feeOf } from './fee.ts'

// Hubei's written-exam fee (综合笔试缴费, seed 000 §二(六)): a second fee, paid through its own
// order once the skills-exam results are out, by candidates who passed. The catalogue decides:
// the pay event of fee kind 'written' carries the result and the PAY-* rules judge it.

/** The catalogue's rules on the written-exam fee: the fee exists under a profile where one of them applies. */
export const WRITTEN_FEE_RULES = ['PAY-WRITTEN-AFTER-SKILLS-RESULTS', 'PAY-WRITTEN-ONLY-PASSED'] as const

/** Whether the profile collects the written-exam fee separately (Hubei 2022 and 2026, by the catalogue's profiles). */
export const hasWrittenFee = (profile: ProfileId): boolean => WRITTEN_FEE_RULES.some((id) => paramsFor(ruleById(id), profile) !== null)

/** Skills-exam exempt (技能免考): has no skills result; the written-fee rules do not apply to them. */
const exemptOf = (app: StoredApplication): boolean => app.data.skillsExempt === true

/**
 * Why the written-exam fee cannot be paid now (empty: it can): the skills-exam fee must be settled
 * first (paid, or exempt; a structural guard no rule covers), then every PAY-* rule on the pay event
 * of kind 'written' (results out, passed, payable state, not paid twice). No written-fee deadline
 * is modelled: the announced payment deadline (`payDue`) is the skills fee's.
 */
export function writtenRefusals(site: SiteContext, app: StoredApplication): FieldError[] {
  const exempt = exemptOf(app)
  const paid = site.payments.paymentsOf(app.id, 'written').length > 0
  const guard: FieldError[] = exempt || paid || app.payment === 'paid' ? [] : [{ rule: null, path: 'payment', code: 'skills-fee-first', message: '请先完成实践技能考试费缴纳，再缴纳综合笔试费。' }]
  const errors = checkEvent({
    actor: 'candidate', action: 'pay', feeKind: 'written', state: app.state, payment: paid ? 'paid' : 'unpaid',
    reviewsPassed: site.portal.extras(app.id).reviewsPassed, at: site.atBeijing(), amount: feeOf(site.profile.id, 'written').yuan,
    skillsExempt: exempt, skillsResult: site.skillsResults.of(app.id), dueBy: '',
  }, site.ruleCtx(), site.rules)
  return [...guard, ...errors]
}

/** Throws the written-fee refusals: the rules' status when a rule refused, else 409 (the skills fee first). */
export function refuseWritten(errors: FieldError[]): void {
  if (!errors.length) return
  const byRule = errors.filter((e) => e.rule !== null)
  throw new Refusal(errors, byRule.length ? statusOf(byRule) : 409)
}

export const SKILLS_RESULT_TEXT: Record<SkillsResult, string> = { pending: '待发布', passed: '合格', failed: '不合格' }

/** The 综合笔试缴费 part of the pay page and of the payment API; null where the profile has no separate written fee. */
export function writtenView(site: SiteContext, app: StoredApplication) {
  if (!hasWrittenFee(site.profile.id)) return null
  const payments = site.payments.paymentsOf(app.id, 'written')
  const reasons = payments.length ? [] : writtenRefusals(site, app)
  return {
    fee: feeOf(site.profile.id, 'written'),
    exempt: exemptOf(app),
    skillsResult: site.skillsResults.of(app.id),
    status: (payments.length ? '已缴费' : '未缴费') as '已缴费' | '未缴费',
    open: payments.length === 0 && reasons.length === 0,
    /** Why paying is not open (each with its rule and message); empty when open or paid. */
    reasons,
    orders: site.payments.ordersOf(app.id, 'written'),
    payments,
  }
}

/**
 * An administrator publishes (or corrects, or withdraws: 'pending') a candidate's skills-exam result.
 * Only a candidate who sat the exam has one: approved, skills fee paid, not exempt; a result the
 * written fee was paid on no longer changes. Recorded in the audit log.
 */
export function setSkillsResult(site: SiteContext, user: User | null, appId: number, result: SkillsResult): StoredApplication {
  if (user?.role !== 'admin') throw Refusal.of('forbidden', '仅系统管理员可使用此功能。', 403)
  return site.db.transaction(() => {
    const app = site.applications.byId(appId)
    if (!app) throw Refusal.of('not-found', '没有这个报名项目。', 404)
    if (exemptOf(app)) throw Refusal.of('skills-exempt', '技能免考考生没有实践技能考试成绩。', 409)
    if (app.state !== 'approved' || app.payment !== 'paid') throw Refusal.of('not-sat', '只有审核通过并已缴纳实践技能考试费的考生才有技能考试成绩。', 409)
    const current = site.skillsResults.of(app.id)
    if (current !== result && site.payments.paymentsOf(app.id, 'written').length) throw Refusal.of('written-paid', '综合笔试费已缴纳，不能更改技能考试成绩。', 409)
    site.skillsResults.set(app.id, result, user.id, site.nowIso())
    site.audit.add({ actorId: user.id, action: 'skills-result', appId: app.id, candidateId: app.userId, detail: `技能考试成绩：${SKILLS_RESULT_TEXT[result]}`, at: site.nowIso() })
    return app
  }).immediate()
}
