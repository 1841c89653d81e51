import { describe, expect, it } from 'vitest'
import { buildResidentId, checkChar, parseResidentId } from '../../src/rules/checks/residentId.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { verdictOf } from '../../src/rules/evaluate.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxFor } from '../../src/rules/rule.ts'

// Known-good numbers: GB 11643-1999's own example and numbers whose check character is 0-9 or X.
const GOOD = ['11010519491231002X', '440524188001010014', '11010119900307803X', '420103199903150012']
const BAD = ['110105194912310021', '440524188001010015', '110101199003078030', '420103199903150011']

describe('GB 11643 check character', () => {
  it.each(GOOD)('accepts %s', (id) => {
    expect(checkChar(id.slice(0, 17))).toBe(id[17])
  })
  it.each(BAD)('refuses %s', (id) => {
    expect(checkChar(id.slice(0, 17))).not.toBe(id[17])
  })
  it('ID-CHECK-DIGIT gives the same verdicts on a candidate', () => {
    const ctx = ctxFor('national')
    const base = candidateExample(undefined, ctx)
    const rule = ruleById('ID-CHECK-DIGIT')
    expect(GOOD.map((idNumber) => verdictOf(rule, { ...base, idNumber }, ctx))).toEqual(GOOD.map(() => 'accept'))
    expect(BAD.map((idNumber) => verdictOf(rule, { ...base, idNumber }, ctx))).toEqual(BAD.map(() => 'reject'))
  })
  it('parses region, birth date and sex', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({ region: '110105', birthDate: '1949-12-31', sex: '女' })
    expect(parseResidentId('110105194902300021')).toBeUndefined()
  })
  it('builds numbers that parse back to their parts', () => {
    const id = buildResidentId('420103', '1999-03-15', '女', 7)
    expect(parseResidentId(id)).toEqual({ region: '420103', birthDate: '1999-03-15', sex: '女' })
    expect(checkChar(id.slice(0, 17))).toBe(id[17])
  })
})
