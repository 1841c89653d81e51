import { html } from 'hono/html'
import type { SiteContext } from '../siteContext.ts'
import type { StoredApplication } from '../store/applications.ts'
import { hasPortal } from '../portal/portalActions.ts'
import { paymentView } from '../payment/paymentActions.ts'
import { paymentLine } from './portalPages.ts'
import type { Html } from './layout.ts'

const AFTER_SUBMIT = ['submitted', 'under-review', 'returned', 'site-approved', 'approved', 'rejected', 'withdrawn']

/** What part 2 adds to an application's card on 考试报名: 上传相关材料 (where the profile has a portal) and the payment line. */
export function applicationExtras(site: SiteContext, a: StoredApplication): Html {
  if (!AFTER_SUBMIT.includes(a.state)) return html``
  return html`${hasPortal(site) ? html`<p><a href="/portal">上传相关材料</a></p>` : ''}${paymentLine(a.id, paymentView(site, a))}`
}
