import type { z } from 'zod'
import type { Candidate } from '../src/rules/candidate.ts'
import { EducationReport, IdentityRecord, RegistryRecord } from './contracts.ts'
import type { MockState } from './state.ts'

// The one place that says what the external services know about a candidate: the demo site, the
// site tests and the conformance fixtures seed the mocks from it (in-process through seedCandidate,
// or by posting servicesFacts to the mocks' admin API).

/** What the services must know about a candidate, as records their contracts accept. */
export interface ServicesFacts { identity: IdentityRecord[]; education: EducationReport[]; registry: RegistryRecord[] }

/** What seedCandidate added to each service. */
export interface Seeded { identity: number; education: number; registry: number }

const YEAR_MONTH = /^\d{4}-\d{2}$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
// The registry's own dates for a certificate whose dates the candidate mistyped on the form.
const REGISTRY_ISSUED = '2015-06'

/** Only what fits a service's contract; anything else (a deliberately broken document) the service answers not-found/unknown for, as the real one would. */
function valid<S extends z.ZodType>(schema: S, xs: unknown[]): z.output<S>[] {
  return xs.flatMap((x) => {
    const r = schema.safeParse(x)
    return r.success ? [r.data as z.output<S>] : []
  })
}

/**
 * What the services must know for `c` to pass their checks: the identity document (the police mock
 * knows resident IDs by default, other documents only when told), the 学信网 reports of the education
 * records with a verification code, and the registry records of the certificates. The registry is
 * looked up by ID and certificate number: it holds the certificate even when the form carries a
 * mistyped date (that is the catalogue's rule to judge, not the registry's).
 */
export function servicesFacts(c: Candidate): ServicesFacts {
  return {
    identity: valid(IdentityRecord, [{ idType: c.idType, idNumber: c.idNumber, name: c.name, validUntil: ISO_DATE.test(c.idValidUntil) ? c.idValidUntil : '长期' }]),
    education: valid(EducationReport, c.education.filter((e) => e.verification?.code).map((e) => ({
      code: e.verification!.code, kind: e.verification!.kind, idNumber: c.idNumber, name: c.name, issuedOn: e.verification!.issuedOn,
      school: e.school || '-', level: e.level, major: e.major || '-', graduation: YEAR_MONTH.test(e.graduation) ? e.graduation : '',
    }))),
    registry: valid(RegistryRecord, c.certificates.filter((r) => r.certNumber).map((r) => ({
      idNumber: c.idNumber, name: c.name, type: r.type, certNumber: r.certNumber,
      issued: YEAR_MONTH.test(r.issued) ? r.issued : REGISTRY_ISSUED,
      registrationNumber: r.registrationNumber, registered: YEAR_MONTH.test(r.registered) ? r.registered : '', scope: r.scope,
    }))),
  }
}

/** Seeds the police record, the 学信网 reports of verified education records and the certificates of `c`. */
export function seedCandidate(state: MockState, c: Candidate): Seeded {
  const facts = servicesFacts(c)
  return {
    identity: state.identity.add(facts.identity).length,
    education: state.education.add(facts.education).length,
    registry: state.registry.add(facts.registry).length,
  }
}
