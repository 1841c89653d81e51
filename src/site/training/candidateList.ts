import { paymentView } from '../payment/paymentActions.ts'
import { STATE_TEXT } from '../pages/applyPages.ts'
import type { SiteContext } from '../siteContext.ts'

/** One account as the trainer's list shows it. */
export interface CandidateRow { username: string; name: string; idNumber: string; trainee: string; state: string; payment: string; profile: string }

/** Every candidate account with the state of its latest application, filtered by a search text (login, name, ID number, trainee, state). */
export function candidateList(site: SiteContext, q = ''): CandidateRow[] {
  const needle = q.trim().toLowerCase()
  const rows = site.users.list('candidate').map((u): CandidateRow => {
    const apps = site.applications.ofUser(u.id)
    const app = apps[0]
    return {
      username: u.username, name: u.displayName, idNumber: u.idNumber ?? '', trainee: u.trainee ?? '',
      state: app ? STATE_TEXT[app.state] : '未报名', payment: app && app.state !== 'draft' ? paymentView(site, app).status : '—', profile: site.profile.title,
    }
  })
  return needle ? rows.filter((r) => [r.username, r.name, r.idNumber, r.trainee, r.state, r.payment].some((v) => v.toLowerCase().includes(needle))) : rows
}
