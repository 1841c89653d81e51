import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { candidateExample } from '../../src/rules/examples.ts'
import { buildResidentId, parseResidentId } from '../../src/rules/checks/residentId.ts'
import { ctxFor } from '../../src/rules/rule.ts'
import { addDays } from '../../src/rules/checks/addDays.ts'
import { makeUnique, reserveBlock, uniqueCandidate } from '../../fixtures/unique.ts'

const base = candidateExample('fresh-graduate', ctxFor('hunan-2025'))

describe('unique', () => {
  it('keeps the facts rules see: region, birth year and month, sex, a valid check character', () => {
    for (const n of [1, 499, 500, 9_999]) {
      const u = uniqueCandidate(base, n)
      const a = parseResidentId(u.idNumber)!
      const b = parseResidentId(base.idNumber)!
      expect([a.region, a.birthDate.slice(0, 7), a.sex, u.birthDate]).toEqual([b.region, b.birthDate.slice(0, 7), b.sex, a.birthDate])
    }
  })

  it('gives distinct people for distinct numbers, an X ending staying X and a lower-case x lower-case', () => {
    const ids = new Set(Array.from({ length: 1_200 }, (_, n) => uniqueCandidate(base, n).idNumber))
    expect(ids.size).toBe(1_200)
    const endsX = Array.from({ length: 200 }, (_, n) => uniqueCandidate({ ...base, idNumber: findX() }, n).idNumber)
    expect(new Set(endsX).size).toBe(200)
    expect(endsX.every((id) => id.endsWith('X'))).toBe(true)
    expect(uniqueCandidate({ ...base, idNumber: findX().toLowerCase() }, 5).idNumber.endsWith('x')).toBe(true)
  })

  it('gives distinct usernames for distinct personas or numbers, even where one username is another plus digits', () => {
    const names = ['zhangwei01', 'zhangwei011'].flatMap((username) => Array.from({ length: 400 }, (_, n) => uniqueCandidate({ ...base, username }, n).username))
    expect(new Set(names).size).toBe(800)
  })

  it('leaves a birth date that is no real date as it is (a format boundary case)', () => {
    expect(uniqueCandidate({ ...base, birthDate: '2001-02-30' }, 7).birthDate).toBe('2001-02-30')
  })

  it('reserves distinct blocks across workers and runs (a file per target)', () => {
    const dir = join(tmpdir(), `bm-unique-${process.pid}`)
    try {
      const blocks = Array.from({ length: 5 }, () => reserveBlock('http://target.example', dir))
      expect(blocks).toEqual([0, 1, 2, 3, 4])
      expect(reserveBlock('http://other.example', dir)).toBe(0)
      const a = makeUnique(() => reserveBlock('http://target.example', dir))
      const b = makeUnique(() => reserveBlock('http://target.example', dir))
      expect(a(base).idNumber).not.toBe(b(base).idNumber)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** A number of the base's region, birth date and sex that ends in X. */
function findX(): string {
  const p = parseResidentId(base.idNumber)!
  for (let seq = 0; seq < 1000; seq += 2) {
    const id = buildResidentId(p.region, p.birthDate, p.sex, seq)
    if (id.endsWith('X')) return id
  }
  throw new Error('no number ending in X on that day')
}

describe('uniqueCandidate and boundary cases', () => {
  const c = candidateExample(undefined, ctxFor('national'))
  it.each([500, 1200, 9000])('keeps a boundary case\'s birth date one day off the ID\'s for copy %i', (n) => {
    const u = uniqueCandidate({ ...c, birthDate: addDays(c.birthDate, 1) }, n)
    expect(u.birthDate).toBe(addDays(parseResidentId(u.idNumber)!.birthDate, 1))
  })
  it('leaves a birth date that is no calendar date as the case wrote it', () => {
    expect(uniqueCandidate({ ...c, birthDate: '2001-02-30' }, 1200).birthDate).toBe('2001-02-30')
    expect(uniqueCandidate({ ...c, birthDate: '2001/03/15' }, 1200).birthDate).toBe('2001/03/15')
  })
})
