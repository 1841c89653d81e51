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
  // Run on every portal and review page: a return's due is its own, so those rows are read, but the other
  // deadlines are judged per kind of application first, and the rows of a kind no deadline moves now are
  // not read at all (a class holds hundreds of applications, nearly all before every deadline).
  const returned = site.db.prepare("SELECT a.id, a.state, a.payment, r.resubmit_due AS resubmitDue FROM applications a JOIN reviews r ON r.app_id = a.id WHERE a.state = 'returned' AND r.resubmit_due IS NOT NULL ORDER BY a.id")
    .all() as (Pick<StoredApplication, 'id' | 'state' | 'payment'> & { resubmitDue: string })[]
  for (const row of returned) {
    if (systemMay('REVIEW-EXPIRED-RETURN-FAILS', row, { action: 'reject', dueBy: beijingIso(row.resubmitDue) })
      && move(site, site.applications.byId(row.id)!, 'reject', () => site.portal.addFeedback(row.id, '逾期未重新提交，视作审核不通过。', site.nowIso()))) report.rejected.push(row.id)
  }
  type Kind = Pick<StoredApplication, 'state' | 'payment'>
  const unpaidDue = (k: Kind) => Boolean(due) && k.payment === 'unpaid' && systemMay('PAY-UNPAID-WITHDRAWN', k, { action: 'withdraw', withdrawReason: 'unpaid', dueBy: due })
  const materialsDue = (k: Kind) => k.state === 'submitted' && systemMay('SCHED-MATERIALS-MISSING-WITHDRAWN', k, { action: 'withdraw', withdrawReason: 'no-materials' })
  const kinds = (site.db.prepare("SELECT DISTINCT state, payment FROM applications WHERE state IN ('submitted', 'approved')").all() as Kind[])
    .filter((k) => unpaidDue(k) || materialsDue(k))
  for (const kind of kinds) {
    const rows = site.db.prepare('SELECT id, state, payment FROM applications WHERE state = ? AND payment = ? ORDER BY id').all(kind.state, kind.payment) as Pick<StoredApplication, 'id' | 'state' | 'payment'>[]
    for (const row of rows) {
      const at = site.nowIso()
      if (unpaidDue(row)) {
        const app = site.applications.byId(row.id)!
        if (!isExempt(app) && move(site, app, 'withdraw', () => {
          site.portal.setExtras(app.id, { withdrawReason: 'unpaid' })
          site.portal.addFeedback(app.id, '逾期未缴费，视为放弃报名。', at)
        })) {
          report.withdrawn.push(app.id)
          continue
        }
      }
      if (materialsDue(row) && site.portal.feedback(row.id).length === 0
        && move(site, site.applications.byId(row.id)!, 'withdraw', () => {
          site.portal.setExtras(row.id, { withdrawReason: 'no-materials' })
          site.portal.addFeedback(row.id, '逾期未上传材料，视为放弃报名。', at)
        })) report.withdrawn.push(row.id)
    }
  }
  report.withdrawn.sort((a, b) => a - b)
  const rejectedPaid = site.db.prepare("SELECT id FROM applications WHERE state = 'rejected' AND payment = 'paid'").all() as { id: number }[]
  for (const { id } of rejectedPaid) if (await refundIfDue(site, id).catch(() => false)) report.refunded.push(id)
  return report
}
