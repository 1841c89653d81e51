import type { EducationReport, IdentityRecord, RegistryRecord } from '../../../mocks/contracts.ts'
import type { Candidate } from '../../rules/candidate.ts'

/**
 * What the external services must know for a candidate to pass their checks: the identity document
 * (the police mock knows resident IDs by default, other documents only when told), the 学信网 reports
 * of the education records with a verification code, and the registry records of the certificates.
 * Fixtures add these to the mock state (in-process) or post them to the mocks' admin API.
 */
export function servicesFacts(c: Candidate): { identity: IdentityRecord[]; education: EducationReport[]; registry: RegistryRecord[] } {
  return {
    identity: [{ idType: c.idType, idNumber: c.idNumber, name: c.name, validUntil: /^\d{4}-\d{2}-\d{2}$/.test(c.idValidUntil) ? c.idValidUntil : '长期' }],
    education: c.education.filter((e) => e.verification?.code).map((e) => ({
      code: e.verification!.code, kind: e.verification!.kind, idNumber: c.idNumber, name: c.name, issuedOn: e.verification!.issuedOn,
      school: e.school || '-', level: e.level, major: e.major || '-', graduation: /^\d{4}-\d{2}$/.test(e.graduation) ? e.graduation : '',
    })),
    registry: c.certificates.filter((r) => r.certNumber).map((r) => ({
      idNumber: c.idNumber, name: c.name, type: r.type, certNumber: r.certNumber, issued: r.issued,
      registrationNumber: r.registrationNumber, registered: r.registered, scope: r.scope,
    })),
  }
}
