import type { SiteContext } from '../siteContext.ts'

// The behaviour-level defects' small helpers, called from the named seams (one line each there).

/** password-case-insensitive: the other capitalisations a case-blind comparison would also accept. */
export function caseVariants(typed: string): string[] {
  const swap = [...typed].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('')
  return [typed.toLowerCase(), typed.toUpperCase(), swap]
}

/**
 * upload-count-race: the slow step between the count check and the insert, as a write to remote file
 * storage takes. Half a second: parallel uploads arriving while the machine is busy (each one parsed
 * and decoded in turn) still all pass the check before the first is stored.
 */
export const raceWindow = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 500))

/** feedback-oldest-first and feedback-missing-timestamp: the feedback list as a defective site shows it. */
export function feedbackAsShown<F extends { at: string }>(site: SiteContext, newestFirst: F[]): F[] {
  const ordered = site.defects.has('feedback-oldest-first') ? [...newestFirst].reverse() : newestFirst
  return site.defects.has('feedback-missing-timestamp') ? ordered.map((f) => ({ ...f, at: '' })) : ordered
}

/** abandon-keeps-records-locked: the records an abandoned application used stay in the locked set. */
export function lockedRecords(site: SiteContext, userId: number): Set<number> {
  const locked = site.applications.lockedRecordIds(userId)
  if (!site.defects.has('abandon-keeps-records-locked')) return locked
  return new Set([...locked, ...site.applications.ofUser(userId).filter((a) => a.state === 'abandoned').flatMap((a) => a.recordIds)])
}

/** site-approval-shown-final: the candidate's portal shows a 考点 approval as the final result, before the 考区 review. */
export function stateAsShown<A extends { state: string }>(site: SiteContext, app: A): A {
  return site.defects.has('site-approval-shown-final') && app.state === 'site-approved' ? { ...app, state: 'approved' } : app
}
