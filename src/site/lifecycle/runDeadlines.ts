import type { LifecycleEvent, ReviewState } from '../../rules/lifecycle.ts'
import { nextState } from '../../rules/lifecycle.ts'
import type { SiteContext } from '../siteContext.ts'
import type { StoredApplication } from '../store/applications.ts'
import { checkEvent } from '../validation/checkEvent.ts'
import { isExempt, payDue, refundIfDue } from '../payment/paymentActions.ts'
import { ruleApplies } from './ruleApplies.ts'
import { beijingIso } from './feedbackTime.ts'

/** What a deadline run changed. */
export interface DeadlineReport { withdrawn: number[]; rejected: number[]; refunded: number[] }

/** A system event allowed now: the rule that governs it applies here and raises nothing. */
function systemMay(site: SiteContext, ruleId: string, app: StoredApplication, e: Partial<LifecycleEvent> & Pick<LifecycleEvent, 'action'>): boolean {
  if (!ruleApplies(site, ruleId)) return false
  return checkEvent({ actor: 'system', state: app.state, payment: app.payment, at: site.atBeijing(), ...e }, site.ruleCtx(), site.rules).length === 0
}

function move(site: SiteContext, app: StoredApplication, action: 'withdraw' | 'reject', apply: () => void): boolean {
  const to: ReviewState | null = nextState(app.state, action, 'system', site.profile.id)
  if (!to) return false
  return site.db.transaction(() => {
    if (!site.portal.moveState(app.id, app.state, to)) return false
    apply()
    return true
  }).immediate()
}

/**
 * The deadlines, evaluated on the site's clock (no timers): unpaid at the payment deadline →
 * withdrawn (PAY-UNPAID-WITHDRAWN); materials never submitted by the end of the upload window →
 * withdrawn (SCHED-MATERIALS-MISSING-WITHDRAWN); a return not resubmitted in time → rejected
 * (REVIEW-EXPIRED-RETURN-FAILS); then every rejected, paid application is refunded. Run on reads
 * of the portal, payment and review pages and by the administrator's 执行到期处理.
 */
export async function runDeadlines(site: SiteContext): Promise<DeadlineReport> {
  const report: DeadlineReport = { withdrawn: [], rejected: [], refunded: [] }
  const due = payDue(site)
  const rows = site.db.prepare("SELECT id FROM applications WHERE state IN ('submitted', 'returned', 'approved', 'rejected')").all() as { id: number }[]
  for (const { id } of rows) {
    const app = site.applications.byId(id)!
    const at = site.nowIso()
    if (app.state === 'returned') {
      const resubmitDue = site.portal.extras(app.id).resubmitDue
      if (resubmitDue && systemMay(site, 'REVIEW-EXPIRED-RETURN-FAILS', app, { action: 'reject', dueBy: beijingIso(resubmitDue) })
        && move(site, app, 'reject', () => site.portal.addFeedback(app.id, '逾期未重新提交，视作审核不通过。', at))) report.rejected.push(app.id)
      continue
    }
    if (app.state === 'rejected') continue
    if (due && app.payment === 'unpaid' && !isExempt(app)
      && systemMay(site, 'PAY-UNPAID-WITHDRAWN', app, { action: 'withdraw', withdrawReason: 'unpaid', dueBy: due })
      && move(site, app, 'withdraw', () => {
        site.portal.setExtras(app.id, { withdrawReason: 'unpaid' })
        site.portal.addFeedback(app.id, '逾期未缴费，视为放弃报名。', at)
      })) {
      report.withdrawn.push(app.id)
      continue
    }
    if (app.state === 'submitted' && site.portal.feedback(app.id).length === 0
      && systemMay(site, 'SCHED-MATERIALS-MISSING-WITHDRAWN', app, { action: 'withdraw', withdrawReason: 'no-materials' })
      && move(site, app, 'withdraw', () => {
        site.portal.setExtras(app.id, { withdrawReason: 'no-materials' })
        site.portal.addFeedback(app.id, '逾期未上传材料，视为放弃报名。', at)
      })) report.withdrawn.push(app.id)
  }
  const rejectedPaid = site.db.prepare("SELECT id FROM applications WHERE state = 'rejected' AND payment = 'paid'").all() as { id: number }[]
  for (const { id } of rejectedPaid) if (await refundIfDue(site, id).catch(() => false)) report.refunded.push(id)
  return report
}
