import type { Candidate } from '../../rules/candidate.ts'
import { blankCandidate } from '../store/blankCandidate.ts'
import type { StoredApplication } from '../store/applications.ts'
import type { StoredRecord } from '../store/candidates.ts'
import { RECORD_KINDS } from '../forms/forms.ts'
import { lockedRecords } from '../defects/seams.ts'
import type { SiteContext } from '../siteContext.ts'

/** The candidate's data in the Candidate shape, with an application's data and selection when given. */
export interface CandidateView {
  candidate: Candidate
  /** The stored records behind candidate.education / training / certificates, index for index. */
  records: Record<(typeof RECORD_KINDS)[number], (StoredRecord & { locked: boolean })[]>
}

/** Assembles the Candidate from personal info, records and (optionally) one application. */
export function candidateView(site: SiteContext, userId: number, app?: StoredApplication | null): CandidateView {
  const personal = site.candidates.personal(userId)
  const locked = lockedRecords(site, userId)
  const selected = new Set(app?.recordIds ?? [])
  const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, site.candidates.records(userId, k).map((r) => ({ ...r, locked: locked.has(r.id) }))])) as CandidateView['records']
  const candidate: Candidate = {
    ...personal,
    username: site.users.byId(userId)?.username ?? personal.username,
    education: records.education.map((r) => ({ ...(r.data as Omit<Candidate['education'][number], 'selected'>), selected: selected.has(r.id) })),
    training: records.training.map((r) => ({ ...(r.data as Omit<Candidate['training'][number], 'selected'>), selected: selected.has(r.id) })),
    certificates: records.certificates.map((r) => ({ ...(r.data as Omit<Candidate['certificates'][number], 'selected'>), selected: selected.has(r.id) })),
    application: app?.data ?? blankCandidate().application,
  }
  return { candidate, records }
}
