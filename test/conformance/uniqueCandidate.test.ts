import { describe, expect, it } from 'vitest'
import { uniqueCandidate } from '../../fixtures/adapters/referenceSite.ts'
import { addDays } from '../../src/rules/checks/addDays.ts'
import { parseResidentId } from '../../src/rules/checks/residentId.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxFor } from '../../src/rules/rule.ts'

describe('uniqueCandidate', () => {
  const c = candidateExample(undefined, ctxFor('national'))
  it.each([1, 499, 500, 1200, 9000])('keeps the birth date and the ID in step for copy %i', (n) => {
    const u = uniqueCandidate(c, n)
    expect(parseResidentId(u.idNumber)!.birthDate).toBe(u.birthDate)
    expect(u.idNumber).not.toBe(c.idNumber)
  })
  it.each([500, 1200, 9000])('keeps a boundary case\'s birth date one day off the ID\'s for copy %i', (n) => {
    const u = uniqueCandidate({ ...c, birthDate: addDays(c.birthDate, 1) }, n)
    expect(u.birthDate).toBe(addDays(parseResidentId(u.idNumber)!.birthDate, 1))
  })
})
