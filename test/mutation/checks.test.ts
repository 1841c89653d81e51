import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/rules/checks/addDays.ts'
import { addMonths, ageOn, isIsoDate, monthsBetween, YEAR_MONTH } from '../../src/rules/checks/dates.ts'
import { isDivisionCode, isProvinceCode } from '../../src/rules/checks/divisions.ts'
import { inSchool, isYearMonth, recordFindings, selectedCertificate, selectedEducation } from '../../src/rules/checks/education.ts'
import { isFullPinyin } from '../../src/rules/checks/fullPinyin.ts'
import { inGbk } from '../../src/rules/checks/gbk.ts'
import { isHalfWidth, toFullWidth } from '../../src/rules/checks/halfWidth.ts'
import { buildResidentId, checkChar, isRealDate, parseResidentId } from '../../src/rules/checks/residentId.ts'
import { graduateStatus, isGraduateStatus, workStatusOptions } from '../../src/rules/checks/workStatus.ts'
import type { Candidate } from '../../src/rules/candidate.ts'
import { RULES } from '../../src/rules/catalogue.ts'
import { checkRule } from '../../src/rules/evaluate.ts'
import { casesFor, ctxFor } from '../../src/rules/rule.ts'
import { SUBJECTS } from '../../src/rules/subjects.ts'

// The rule helpers' behaviour at their edges (written where mutation testing found them unpinned).

describe('dates', () => {
  it('adds and subtracts days across month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31')
    expect(addDays('2024-01-01', 0)).toBe('2024-01-01')
  })

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-2-01', '2024-02-01x', 'x2024-02-01', '20240201', '']) expect(isIsoDate(bad), bad).toBe(false)
  })

  it('YEAR_MONTH is 19xx or 20xx with a real month, and nothing around it', () => {
    for (const ok of ['1999-12', '2000-01', '2026-10']) expect(YEAR_MONTH.test(ok), ok).toBe(true)
    for (const bad of ['1899-01', '2100-01', '2000-00', '2000-13', '2000-1', ' 2000-01', '2000-01 ', '2000/01']) expect(YEAR_MONTH.test(bad), bad).toBe(false)
    expect(isYearMonth('2020-09')).toBe(true)
    expect(isYearMonth('2020-9')).toBe(false)
  })

  it('counts whole years of age, a birthday counting from its day', () => {
    expect(ageOn('2000-03-15', '2018-03-15')).toBe(18)
    expect(ageOn('2000-03-15', '2018-03-14')).toBe(17)
    expect(ageOn('2000-03-15', '2018-03-16')).toBe(18)
    expect(ageOn('2000-03-15', '2018-02-28')).toBe(17)
    expect(ageOn('2000-03-15', '2018-04-01')).toBe(18)
  })

  it('counts months between two dates and adds months clamped to the month end', () => {
    expect(monthsBetween('2020-01', '2021-03')).toBe(14)
    expect(monthsBetween('2021-03-05', '2020-01-31')).toBe(-14)
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28')
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15')
    expect(addMonths('2024-05-31', 12)).toBe('2025-05-31')
    expect(addMonths('2024-04-30', 1)).toBe('2024-05-30')
  })
})

describe('division codes', () => {
  it('knows province codes, Taiwan, Hong Kong and Macau included', () => {
    for (const p of ['11', '42', '65', '71', '81', '82']) expect(isProvinceCode(p), p).toBe(true)
    for (const p of ['00', '10', '99', '4']) expect(isProvinceCode(p), p).toBe(false)
  })
  it('knows province, prefecture and county codes', () => {
    for (const c of ['420000', '420100', '420102', '130105', '710000']) expect(isDivisionCode(c), c).toBe(true)
    for (const c of ['420199', '000000', '42010', '4201020']) expect(isDivisionCode(c), c).toBe(false)
  })
})

describe('education helpers', () => {
  const rec = (level: string, selected: boolean, diplomaNumber = '') => ({ level, selected, diplomaNumber }) as unknown as Candidate['education'][number]
  const cand = (status: string, education: Candidate['education'], certificates: unknown[] = []) => ({ work: { status }, education, certificates }) as unknown as Candidate
  it('finds the ticked record and certificate, not the first', () => {
    const c = cand('在职', [rec('专科', false), rec('本科', true)], [{ selected: false, n: 1 }, { selected: true, n: 2 }])
    expect(selectedEducation(c)!.level).toBe('本科')
    expect(selectedCertificate(c)).toEqual({ selected: true, n: 2 })
    expect(selectedEducation(cand('在职', [rec('本科', false)]))).toBeUndefined()
  })
  it('a record is in school only when ticked, at a graduate or long-programme level, for a graduate student', () => {
    expect(inSchool(cand('当年毕业研究生', []), rec('硕士研究生', true))).toBe(true)
    expect(inSchool(cand('研究生(在读)', []), rec('本科长学制', true))).toBe(true)
    expect(inSchool(cand('在职', []), rec('硕士研究生', true))).toBe(false)
    expect(inSchool(cand('当年毕业研究生', []), rec('硕士研究生', false))).toBe(false)
    expect(inSchool(cand('当年毕业研究生', []), rec('本科', true))).toBe(false)
  })
  it('reports each breaking record at its own path', () => {
    const c = cand('在职', [rec('本科', true, '1'), rec('专科', false, ''), rec('无学历', false, '')])
    expect(recordFindings(c, (r) => r.level !== '无学历', (r) => r.diplomaNumber === '', 'missing', 'diplomaNumber')).toEqual([{ code: 'missing', path: 'education.1.diplomaNumber' }])
  })
})

describe('characters', () => {
  it('half-width: full-width ASCII forms and the ideographic space are refused, Chinese is fine', () => {
    expect(isHalfWidth('abc 中文.')).toBe(true)
    for (const bad of ['ａ', '\u3000', '\uFF01', '\uFF5E', 'x１']) expect(isHalfWidth(bad), bad).toBe(false)
    expect(isHalfWidth('\uFF5F')).toBe(true)
    expect(isHalfWidth('\uFF00')).toBe(true)
    expect(toFullWidth('a1- ~!中')).toBe('ａ１－\u3000～！中')
    expect(toFullWidth('\u007f')).toBe('\u007f')
    expect(toFullWidth('\t')).toBe('\t')
  })
  it('GBK: ASCII and common Chinese yes, characters outside it no', () => {
    for (const ok of ['A', '~', '中', '喆', '·']) expect(inGbk(ok), ok).toBe(true)
    for (const bad of ['😀', '𠀀', '\uAC00', 'ab', '\u0080', '\uFFFD']) expect(inGbk(bad), bad).toBe(false)
    // The last trail byte (81 FE) and the last lead byte (FE 50, a private-use mapping) are GBK too.
    expect(inGbk('侢')).toBe(true)
    expect(inGbk('\uE815')).toBe(true)
  })
  it('full pinyin: every character spelled in order, any reading of a polyphonic one, ? for one rare character', () => {
    expect(isFullPinyin('张伟', 'zhangwei')).toBe(true)
    expect(isFullPinyin('张伟', 'Zhang Wei')).toBe(true)
    for (const bad of ['zhangw', 'zw', 'zhangweix', 'zhang1wei', 'weizhang', '']) expect(isFullPinyin('张伟', bad), bad).toBe(false)
    expect(isFullPinyin('吕乐', 'lvle')).toBe(true)
    expect(isFullPinyin('吕乐', 'luyue')).toBe(true)
    expect(isFullPinyin('吕乐', 'lüyue')).toBe(true)
    expect(isFullPinyin('阿.米', 'a.mi')).toBe(true)
    expect(isFullPinyin('张?', 'zhangxyzabc')).toBe(true)
    expect(isFullPinyin('张?', 'zhangx')).toBe(true)
    expect(isFullPinyin('张?', 'zhangabcdefg')).toBe(false)
    expect(isFullPinyin('张?', 'zhang')).toBe(false)
    expect(isFullPinyin('张?', 'zhang12')).toBe(false)
    expect(isFullPinyin('?张', '1zhang')).toBe(false)
  })
})

describe('resident IDs', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(checkChar('11010519491231002')).toBe('X')
    expect(checkChar('44052418800101001')).toBe('4')
    expect(checkChar('11010120000101001')).toBe(buildResidentId('110101', '2000-01-01', '男', 0).slice(17))
    expect(() => checkChar('1101051949123100')).toThrow(/17 digits/)
    expect(() => checkChar('1101051949123100X')).toThrow()
    expect(() => checkChar('a11010519491231002')).toThrow()
    expect(() => checkChar('11010519491231002a')).toThrow()
  })
  it('knows real YYYYMMDD dates', () => {
    expect(isRealDate('20000229')).toBe(true)
    // 00500101: Date.UTC reads year 50 as 1950; 200101011: nine digits.
    for (const bad of ['19000229', '20001301', '20000100', '20000132', '2000011', '2000010a', '00500101', '200101011']) expect(isRealDate(bad), bad).toBe(false)
  })
  it('parses region, birth date and sex, refusing wrong shapes and dates', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({ region: '110105', birthDate: '1949-12-31', sex: '女' })
    expect(parseResidentId('440524188001010014')).toEqual({ region: '440524', birthDate: '1880-01-01', sex: '男' })
    for (const bad of ['11010519491231002x', '110105491231002', '110105194913310024', '11010519491231002XX', 'a11010519491231002X', '911010200001010012X']) expect(parseResidentId(bad), bad).toBeUndefined()
  })
  it('builds valid IDs whose sequence parity follows the sex', () => {
    expect(buildResidentId('110105', '1949-12-31', '女', 2)).toBe('11010519491231002X')
    expect(buildResidentId('110105', '1949-12-31', '女', 3)).toBe('11010519491231002X')
    const male = buildResidentId('110105', '1949-12-31', '男', 2)
    expect(male.slice(14, 17)).toBe('003')
    expect(parseResidentId(male)!.sex).toBe('男')
    expect(buildResidentId('110105', '1949-12-31', '男', 1001).slice(14, 17)).toBe('001')
  })
})

describe('work status', () => {
  it('offers each profile its options, inherited along the chain', () => {
    expect(workStatusOptions('hubei-2026')).toEqual(workStatusOptions('national'))
    expect(workStatusOptions('hunan-2025')).toContain('研究生(在读)')
    expect(graduateStatus('national')).toBe('当年毕业研究生')
    expect(graduateStatus('hunan-2025')).toBe('研究生(在读)')
    expect(isGraduateStatus('研究生(在读)')).toBe(true)
    expect(isGraduateStatus('在职')).toBe(false)
  })
})

describe('the half-width rule of each area', () => {
  const rules = RULES.filter((r) => r.id.endsWith('-HALF-WIDTH'))
  it('names the field whose value is full-width, with code full-width', () => {
    const name = rules.find((r) => r.id === 'NAME-HALF-WIDTH')!
    const ctx = ctxFor('national')
    const c = { ...(SUBJECTS.candidate.base(undefined, ctx) as Candidate), name: '张Ａ' }
    const found = checkRule(name, c, ctx)!
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) expect(f).toEqual({ code: 'full-width', path: 'name', detail: { field: '姓名' }, rule: 'NAME-HALF-WIDTH', level: 'must' })
    expect(checkRule(name, { ...c, name: '张伟' }, ctx)).toEqual([])
  })
  it('names its cases after the field and the base persona', () => {
    for (const r of rules) {
      const [first, ...rest] = casesFor(r, 'national')
      expect(first).toEqual({ name: 'half-width values', expected: 'accept' })
      for (const c of rest) {
        const path = Object.keys(c.set!)[0]
        expect(c.name).toBe(c.base ? `full-width ${path} (${c.base})` : `full-width ${path}`)
        expect('base' in c).toBe(c.base !== undefined)
      }
    }
    expect(casesFor(RULES.find((r) => r.id === 'NAME-HALF-WIDTH')!, 'national').some((c) => c.base === 'hong-kong')).toBe(true)
  })
})
