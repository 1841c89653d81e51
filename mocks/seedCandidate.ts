import type { Candidate } from '../src/rules/candidate.ts'
import { EducationReport, IdentityRecord, RegistryRecord } from './contracts.ts'
import type { MockState } from './state.ts'

// Lets the demo site and fixtures make the external services agree with a generated candidate in one
// call. A field that does not fit the service's contract (a deliberately broken candidate) is skipped,
// so the service answers not-found/unknown for it, as the real one would.

/** What seedCandidate added to each service. */
export interface Seeded { identity: number; education: number; registry: number }

/** Seeds the police record, the 学信网 reports of verified education records and the certificates of `c`. */
export function seedCandidate(state: MockState, c: Candidate): Seeded {
  const validUntil = /^\d{4}-\d{2}-\d{2}$/.test(c.idValidUntil) ? c.idValidUntil : '长期'
  const identity = [IdentityRecord.safeParse({ idType: c.idType, idNumber: c.idNumber, name: c.name, validUntil })]
  const education = c.education.flatMap((e) => (e.verification ? [EducationReport.safeParse({
    code: e.verification.code, kind: e.verification.kind, idNumber: c.idNumber, name: c.name, issuedOn: e.verification.issuedOn,
    school: e.school, level: e.level, major: e.major, graduation: /^\d{4}-\d{2}$/.test(e.graduation) ? e.graduation : '',
  })] : []))
  const registry = c.certificates.map((k) => RegistryRecord.safeParse({
    idNumber: c.idNumber, name: c.name, type: k.type, certNumber: k.certNumber, issued: k.issued,
    registrationNumber: k.registrationNumber, registered: k.registered, scope: k.scope,
  }))
  const ok = <T>(rs: { success: boolean; data?: T }[]) => rs.filter((r) => r.success).map((r) => r.data as T)
  return {
    identity: state.identity.add(ok(identity)).length,
    education: state.education.add(ok(education)).length,
    registry: state.registry.add(ok(registry)).length,
  }
}
