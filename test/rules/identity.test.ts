import { describe, expect, it } from 'vitest'
import { isFullPinyin } from '../../src/rules/checks/fullPinyin.ts'
import { inGbk } from '../../src/rules/checks/gbk.ts'
import { isDivisionCode, isProvinceCode } from '../../src/rules/checks/divisions.ts'
import { isHalfWidth, toFullWidth } from '../../src/rules/checks/halfWidth.ts'
import { ruleById } from '../../src/rules/catalogue.ts'

// The helpers behind the identity, name and contact rules, on vectors the boundary cases do not reach.
describe('full pinyin of a mainland name', () => {
  it.each([
    ['张伟', 'zhang wei'], ['张伟', 'ZhangWei'], ['单田芳', 'shan tian fang'], ['曾小贤', 'zeng xiao xian'],
    ['吕布', 'lü bu'], ['吕布', 'lu bu'], ['阿依古丽.买买提', 'a yi gu li . mai mai ti'], ['王?明', 'wang zhe ming'],
    ['西安', 'xi an'],
  ])('accepts %s as %s', (name, typed) => expect(isFullPinyin(name, typed)).toBe(true))
  it.each([
    ['张伟', 'zw'], ['张伟', 'wei zhang'], ['张伟', 'zhang wei wei'], ['西安', 'xian x'], ['王?明', 'wang ming'], ['张伟', ''],
  ])('refuses %s as %s', (name, typed) => expect(isFullPinyin(name, typed)).toBe(false))
})

describe('character set (GBK) of the platform', () => {
  it('holds common and GBK-only characters, not Extension A or B', () => {
    expect(['张', '喆', '堃', '·', '?'].map(inGbk)).toEqual([true, true, true, true, true])
    expect(['䶮', '𪚥', '𠀾'].map(inGbk)).toEqual([false, false, false])
  })
})

describe('division codes', () => {
  it('knows provinces, prefectures and counties, and the HK/MO/TW codes', () => {
    expect(['11', '42', '65', '71', '81', '82', '83'].every(isProvinceCode)).toBe(true)
    expect(['00', '19', '99'].some(isProvinceCode)).toBe(false)
    expect(['420000', '420100', '420103', '110101', '130102', '430102', '830000'].every(isDivisionCode)).toBe(true)
    expect(['420199', '999999', '110100x'].some(isDivisionCode)).toBe(false)
  })
})

describe('half-width text', () => {
  it('refuses full-width ASCII forms and the ideographic space, not Chinese characters', () => {
    expect(isHalfWidth('北京市东城区帅府园1号')).toBe(true)
    expect(isHalfWidth(toFullWidth('010-87654321'))).toBe(false)
    expect(isHalfWidth('张\u3000伟')).toBe(false)
    expect(toFullWidth('a1-?')).toBe('ａ１－？')
  })
})

describe('the duplicate-account message', () => {
  it('is the platform\'s text with the user name filled in', () => {
    expect(ruleById('ACCOUNT-ONE-PER-IDENTITY').message).toContain('已经以用户名 {username} 在网站上完成了注册,请勿重复注册用户信息。')
  })
})
