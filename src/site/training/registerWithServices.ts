import { adminUrlOf } from '../../../mocks/contracts.ts'
import type { Candidate } from '../../rules/candidate.ts'
import { servicesFacts } from '../client/servicesFacts.ts'
import type { SiteContext } from '../siteContext.ts'

// A trainee's new candidate comes from the generator. The 学信网 mock answers a code with the report
// it was seeded with (school, level, major, graduation, issue date), which no 16-character code can
// carry, so the generator's records are registered with the mocks rather than codes derived from facts.

/**
 * Tells the mock services (through their admin API, in-process or standalone) what they must know for
 * `c` to pass: the police record, the 学信网 reports and the registry's certificates.
 */
export async function registerWithServices(site: SiteContext, candidates: readonly Candidate[]): Promise<void> {
  const admin = adminUrlOf(site.serviceUrls)
  const facts = candidates.map(servicesFacts)
  for (const kind of ['identity', 'education', 'registry'] as const) {
    const records: unknown[] = facts.flatMap((f): unknown[] => f[kind])
    if (!records.length) continue
    const res = await fetch(`${admin}/seed/${kind}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(records) })
    if (!res.ok) throw new Error(`the mock services refused the ${kind} records (${res.status}): ${await res.text()}`)
  }
}
