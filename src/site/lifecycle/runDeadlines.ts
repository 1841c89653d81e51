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

/** Whether a system event is allowed now: the rule that governs it applies here and raises nothing. */
type SystemMay = (ruleId: string, app: Pick<StoredApplication, 'state' | 'payment'>, e: Partial<LifecycleEvent> & Pick<LifecycleEvent, 'action'>) => boolean

/**
 * The system events' verdicts for one run, judged once per distinct event: they depend on the
 * application's state and payment and the clock, not on which application it is (a site holds
 * thousands of applications in a few states).
 */
function systemVerdicts(site: SiteContext): SystemMay {
  const at = site.atBeijing()
  const seen = new Map<string, boolean>()
  return (ruleId, app, e) => {
    const event = { actor: 'system' as const, state: app.state, payment: app.payment, at, ...e }
    const key = `${ruleId} ${JSON.stringify(event)}`
    let may = seen.get(key)
    if (may === undefined) seen.set(key, (may = ruleApplies(site, ruleId) && checkEvent(event, site.ruleCtx(), site.rules).length === 0))
    return may
  }
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
  const systemMay = systemVerdicts(site)
  const rows = site.db.prepare("SELECT id, state, payment FROM applications WHERE state IN ('submitted', 'returned', 'approved', 'rejected')").all() as Pick<StoredApplication, 'id' | 'state' | 'payment'>[]
  for (const row of rows) {
    const at = site.nowIso()
    if (row.state === 'returned') {
      const resubmitDue = site.portal.extras(row.id).resubmitDue
      if (resubmitDue && systemMay('REVIEW-EXPIRED-RETURN-FAILS', row, { action: 'reject', dueBy: beijingIso(resubmitDue) })
        && move(site, site.applications.byId(row.id)!, 'reject', () => site.portal.addFeedback(row.id, '逾期未重新提交，视作审核不通过。', at))) report.rejected.push(row.id)
      continue
    }
    if (row.state === 'rejected') continue
    if (due && row.payment === 'unpaid' && systemMay('PAY-UNPAID-WITHDRAWN', row, { action: 'withdraw', withdrawReason: 'unpaid', dueBy: due })) {
      const app = site.applications.byId(row.id)!
      if (!isExempt(app) && move(site, app, 'withdraw', () => {
        site.portal.setExtras(app.id, { withdrawReason: 'unpaid' })
        site.portal.addFeedback(app.id, '逾期未缴费，视为放弃报名。', at)
      })) {
        report.withdrawn.push(app.id)
        continue
      }
    }
    if (row.state === 'submitted' && systemMay('SCHED-MATERIALS-MISSING-WITHDRAWN', row, { action: 'withdraw', withdrawReason: 'no-materials' })
      && site.portal.feedback(row.id).length === 0
      && move(site, site.applications.byId(row.id)!, 'withdraw', () => {
        site.portal.setExtras(row.id, { withdrawReason: 'no-materials' })
        site.portal.addFeedback(row.id, '逾期未上传材料，视为放弃报名。', at)
      })) report.withdrawn.push(row.id)
  }
  const rejectedPaid = site.db.prepare("SELECT id FROM applications WHERE state = 'rejected' AND payment = 'paid'").all() as { id: number }[]
  for (const { id } of rejectedPaid) if (await refundIfDue(site, id).catch(() => false)) report.refunded.push(id)
  return report
}
