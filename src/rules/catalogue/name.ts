import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { defineRule } from '../rule.ts'
import type { Candidate } from '../candidate.ts'
import { isHalfWidth } from '../checks/halfWidth.ts'
import { halfWidthRule } from '../checks/halfWidthRule.ts'
import { inGbk } from '../checks/gbk.ts'
import { isFullPinyin } from '../checks/fullPinyin.ts'

const NAME_ROW = '附: 网上报名表填写说明 / 考生姓名'
const FAQ_NAME = '五、常见问题说明 / 二、2'

const HAN = /^\p{Script=Han}$/u
/** Dots a candidate may type for the separator in a minority name instead of the ASCII '.'. */
const OTHER_DOTS = /[\u00B7\u2022\u2027\u2219\u30FB\u3002]/u
const isMainland = (c: Candidate) => c.origin === '大陆'
/** Mainland name rules judge only non-empty half-width names: full-width forms are NAME-HALF-WIDTH's. */
const judgedMainland = (c: Candidate) => isMainland(c) && c.name !== '' && isHalfWidth(c.name)
const chars = (s: string) => [...s]
/** A mainland name every other rule accepts: the full-pinyin rule judges only those. */
const wellFormedMainland = (c: Candidate) => judgedMainland(c)
  && chars(c.name).every((ch) => (HAN.test(ch) && inGbk(ch)) || ch === '.' || ch === '?')
  && chars(c.name).length <= 28

const many = (unit: string, n: number) => unit.repeat(n)

export const nameRules = [
  defineRule({
    id: 'NAME-REQUIRED',
    level: 'must',
    area: 'name',
    stage: 'register',
    title: '考生姓名必填',
    summary: 'The name on the identity document is entered.',
    message: '请填写有效证件上的姓名。',
    sources: [{ seed: SEEDS.national, section: NAME_ROW, quote: '填写有效证件上的姓名,用于证书打印' }],
    profiles: { base: {} },
    check: { subject: 'candidate', path: 'name', schema: () => z.string().min(1) },
    cases: [
      { name: 'entered', expected: 'accept' },
      { name: 'empty', value: '', expected: 'reject' },
      { name: 'empty (Hong Kong)', base: 'hong-kong', value: '', expected: 'reject' },
    ],
  }),

  halfWidthRule({
    id: 'NAME-HALF-WIDTH',
    area: 'name',
    stage: 'register',
    title: '姓名、拼音须为半角',
    fields: [
      { path: 'name', label: '姓名', base: 'hong-kong', fullWidth: 'Ｃｈａｎ Ｔａｉ Ｍａｎ' },
      { path: 'name', label: '姓名', base: 'rare-character', fullWidth: '王？明' },
      { path: 'name', label: '姓名', base: 'minority-name', fullWidth: '阿依古丽．买买提' },
      { path: 'name', label: '姓名', fullWidth: '张\u3000伟' },
      { path: 'pinyin', label: '拼音', fullWidth: 'ｚｈａｎｇ ｗｅｉ' },
    ],
  }),

  defineRule({
    id: 'NAME-MAINLAND-NO-SPACES',
    level: 'must',
    area: 'name',
    stage: 'register',
    title: '大陆考生姓名顶格输入，汉字之间不能有空格',
    summary: 'A mainland name has no spaces: not before it, not between characters, not after it.',
    message: '姓名中不能有空格，请顶格输入，汉字与汉字之间不要留空格。',
    sources: [
      { seed: SEEDS.national, section: FAQ_NAME, quote: '考生在输入姓名时要顶格输入真实汉字姓名,汉字与汉字之间不能有空格' },
      { seed: SEEDS.national, section: NAME_ROW, quote: '不得包含英文字母、数字、标点符号、空格等字符' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'name',
      applies: judgedMainland,
      test: (c) => (/\s/u.test(c.name) ? { code: 'space' } : null),
    },
    cases: [
      { name: 'no spaces', expected: 'accept' },
      { name: 'space between characters', value: '张 伟', expected: 'reject' },
      { name: 'leading space', value: ' 张伟', expected: 'reject' },
      { name: 'trailing space', value: '张伟 ', expected: 'reject' },
      { name: 'tab', value: '张\t伟', expected: 'reject' },
      { name: 'space around the minority dot', base: 'minority-name', value: '阿依古丽 . 买买提', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'NAME-MAINLAND-CHARS',
    level: 'must',
    area: 'name',
    stage: 'register',
    title: '大陆考生姓名必须为汉字（可含"."和"?"）',
    summary: 'A mainland name consists of Chinese characters only, plus "." for the minority-name separator and "?" for characters missing from the font: no letters, digits or other punctuation.',
    message: '大陆考生姓名必须为汉字，不得包含英文字母、数字、标点符号等字符（少数民族姓名中的点输入"."，生僻字用"?"代替）。',
    sources: [
      { seed: SEEDS.national, section: NAME_ROW, quote: '对于大陆考生:姓名必须为汉字,不得包含英文字母、数字、标点符号、空格等字符' },
      { seed: SEEDS.national, section: NAME_ROW, quote: '少数民族考生姓名可包含".", 生僻字可用"?"代替' },
    ],
    profiles: { base: {} },
    note: 'Spaces are NAME-MAINLAND-NO-SPACES\'s and dots other than "." are NAME-MINORITY-DOT-ASCII\'s, so each bad name breaks one rule.',
    check: {
      subject: 'candidate',
      path: 'name',
      applies: judgedMainland,
      test: (c) => {
        const bad = chars(c.name).filter((ch) => !HAN.test(ch) && ch !== '.' && ch !== '?' && !/\s/u.test(ch) && !OTHER_DOTS.test(ch))
        return bad.length ? { code: 'chars', detail: { chars: bad.join('') } } : null
      },
    },
    cases: [
      { name: 'Chinese characters', expected: 'accept' },
      { name: 'minority name with "."', base: 'minority-name', expected: 'accept' },
      { name: 'rare character as "?"', base: 'rare-character', expected: 'accept' },
      { name: 'Latin letters', value: 'Zhang伟', expected: 'reject' },
      { name: 'all Latin', value: 'Zhangwei', expected: 'reject' },
      { name: 'digit', value: '张伟2', expected: 'reject' },
      { name: 'hyphen', value: '张-伟', expected: 'reject' },
      { name: 'comma', value: '张,伟', expected: 'reject' },
      { name: 'Chinese enumeration comma', value: '张、伟', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'NAME-MINORITY-DOT-ASCII',
    level: 'must',
    area: 'name',
    stage: 'register',
    title: '少数民族姓名中的点输入英文小数点"."',
    summary: 'The dot in a minority name is typed as the ASCII full stop ".", not the middle dot "·" printed on ID cards or any other dot.',
    message: '少数民族考生姓名中的点，应输入英文书写的小数点"."，不要使用"·"。',
    sources: [
      { seed: SEEDS.national, section: FAQ_NAME, quote: '少数民族考生名字中的点,应输入英文书写的小数点' },
      { seed: SEEDS.national, section: NAME_ROW, quote: '少数民族考生姓名可包含"."' },
    ],
    profiles: { base: {} },
    note: 'The seed says the separator is the English decimal point and that the name may contain "."; so the middle dot U+00B7 (the ID card\'s ·), the bullet, the katakana middle dot and the ideographic full stop are refused. The full-width "．" is NAME-HALF-WIDTH\'s.',
    check: {
      subject: 'candidate',
      path: 'name',
      applies: judgedMainland,
      test: (c) => (OTHER_DOTS.test(c.name) ? { code: 'dot', detail: { char: c.name.match(OTHER_DOTS)![0] } } : null),
    },
    cases: [
      { name: 'ASCII dot', base: 'minority-name', expected: 'accept' },
      { name: 'middle dot ·', base: 'minority-name', value: '阿依古丽·买买提', expected: 'reject' },
      { name: 'bullet •', base: 'minority-name', value: '阿依古丽•买买提', expected: 'reject' },
      { name: 'katakana middle dot ・', base: 'minority-name', value: '阿依古丽・买买提', expected: 'reject' },
      { name: 'ideographic full stop 。', base: 'minority-name', value: '阿依古丽。买买提', expected: 'reject' },
    ],
  }),

  defineRule<{ max: number }>({
    id: 'NAME-MAINLAND-LENGTH',
    level: 'must',
    area: 'name',
    stage: 'register',
    title: '大陆考生姓名长度不超过28个汉字',
    summary: 'A mainland name is at most 28 characters long.',
    message: '姓名长度不能超过{max}个汉字。',
    sources: [{ seed: SEEDS.national, section: NAME_ROW, quote: '长度不超过28个汉字' }],
    profiles: { base: { max: 28 } },
    note: 'Counted in characters, the "." separator and each "?" included.',
    check: {
      subject: 'candidate',
      path: 'name',
      applies: judgedMainland,
      test: (c, p) => (chars(c.name).length <= p.max ? null : { code: 'length', detail: { length: chars(c.name).length } }),
    },
    cases: (p) => [
      { name: `${p.max} characters`, set: { name: many('张', p.max), pinyin: many('zhang', p.max) }, expected: 'accept' },
      { name: `${p.max + 1} characters`, set: { name: many('张', p.max + 1), pinyin: many('zhang', p.max + 1) }, expected: 'reject' },
      { name: `${p.max} characters with a dot`, base: 'minority-name', set: { name: `${many('阿', 14)}.${many('提', p.max - 15)}`, pinyin: `${many('a', 14)}${many('ti', p.max - 15)}` }, expected: 'accept' },
      { name: 'single character', set: { name: '张', pinyin: 'zhang' }, expected: 'accept' },
    ],
  }),

  defineRule({
    id: 'NAME-RARE-CHARACTER',
    level: 'should',
    area: 'name',
    stage: 'register',
    title: '字库中没有的字用"?"代替，一个"?"代替一个汉字',
    summary: 'A character missing from the platform\'s character set is entered as "?", one "?" per character.',
    message: '姓名中有字库中没有的字"{chars}"，请用"?"代替（一个"?"代替一个汉字），现场审核时向考点书面写明本人姓名。',
    sources: [
      { seed: SEEDS.national, section: FAQ_NAME, quote: '字库中没有的字,先用"?"代替,一个"?"代替一个汉字' },
      { seed: SEEDS.national, section: NAME_ROW, quote: '生僻字可用"?"代替' },
    ],
    profiles: { base: {} },
    note: 'Assumption, hence should: the seed does not name the font. The profile takes GBK (what the platform\'s pages and database use, and the source of its 28-character cap); a character outside it, such as CJK Extension B, must be a "?". How many "?" a name needs cannot be checked without the real name.',
    check: {
      subject: 'candidate',
      path: 'name',
      applies: judgedMainland,
      test: (c) => {
        const missing = chars(c.name).filter((ch) => HAN.test(ch) && !inGbk(ch))
        return missing.length ? { code: 'not-in-font', detail: { chars: missing.join('') } } : null
      },
    },
    cases: [
      { name: 'rare character entered as "?"', base: 'rare-character', expected: 'accept' },
      { name: 'common characters', expected: 'accept' },
      { name: 'GBK character 喆', set: { name: '王喆', pinyin: 'wang zhe' }, expected: 'accept' },
      { name: 'CJK Extension B character', value: '王𪚥', expected: 'reject' },
      { name: 'CJK Extension A character', value: '王䶮', expected: 'reject' },
    ],
  }),

  defineRule<{ max: number }>({
    id: 'NAME-OTHER-LENGTH',
    level: 'must',
    area: 'name',
    stage: 'register',
    title: '台港澳与外籍考生姓名长度不超过28个字符',
    summary: 'A Hong Kong, Macau, Taiwan or foreign name is at most 28 characters long, spaces included.',
    message: '姓名长度不能超过{max}个字符。',
    sources: [{ seed: SEEDS.national, section: NAME_ROW, quote: '对于台港澳与外籍考生: 姓名长度不超过 28 个字符' }],
    profiles: { base: { max: 28 } },
    check: {
      subject: 'candidate',
      path: 'name',
      applies: (c) => !isMainland(c) && isHalfWidth(c.name),
      test: (c, p) => (chars(c.name).length <= p.max ? null : { code: 'length', detail: { length: chars(c.name).length } }),
    },
    cases: (p) => {
      const name = (n: number) => `Chan ${'T'}${'a'.repeat(n - 6)}`
      return [
        { name: `${p.max} characters`, base: 'hong-kong', value: name(p.max), expected: 'accept' },
        { name: `${p.max + 1} characters`, base: 'hong-kong', value: name(p.max + 1), expected: 'reject' },
        { name: `${p.max + 1} characters (foreign)`, base: 'foreign', value: name(p.max + 1), expected: 'reject' },
        { name: `${p.max} Chinese characters (Taiwan)`, base: 'taiwan', value: many('林', p.max), expected: 'accept' },
        { name: `${p.max + 1} Chinese characters (Taiwan)`, base: 'taiwan', value: many('林', p.max + 1), expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'NAME-OTHER-LOWER-CASE',
    level: 'must',
    area: 'name',
    stage: 'register',
    title: '台港澳与外籍考生姓名英文字母除首字母外一律小写',
    summary: 'In a Hong Kong, Macau, Taiwan or foreign name, every letter is lower case except the first letter of each word.',
    message: '姓名中的英文字母除首字母外一律用小写，例如 Chan Tai Man。',
    sources: [
      { seed: SEEDS.national, section: NAME_ROW, quote: '姓名长度不超过 28 个字符, 英文字母除首' },
      { seed: SEEDS.national, section: NAME_ROW, quote: '字母外一律用小写,半角' },
    ],
    profiles: { base: {} },
    note: 'Assumption: "首字母" is read as the first letter of each word (after a space, hyphen or apostrophe), since names have several words; an initial may also be lower case, as the seed only restricts the other letters.',
    check: {
      subject: 'candidate',
      path: 'name',
      applies: (c) => !isMainland(c) && isHalfWidth(c.name),
      test: (c) => (/[A-Za-z][A-Z]/.test(c.name) ? { code: 'upper-case', detail: { at: c.name.match(/[A-Za-z][A-Z]/)!.index! + 1 } } : null),
    },
    cases: [
      { name: 'initials upper case', base: 'hong-kong', expected: 'accept' },
      { name: 'all lower case', base: 'hong-kong', value: 'chan tai man', expected: 'accept' },
      { name: 'hyphenated given name', base: 'hong-kong', value: 'Chan Tai-Man', expected: 'accept' },
      { name: 'Chinese name (Taiwan)', base: 'taiwan', expected: 'accept' },
      { name: 'surname in capitals', base: 'hong-kong', value: 'CHAN Tai Man', expected: 'reject' },
      { name: 'all capitals', base: 'foreign', value: 'JOHN SMITH', expected: 'reject' },
      { name: 'capital inside a word', base: 'foreign', value: 'John McDonald', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'NAME-PINYIN-REQUIRED',
    level: 'must',
    area: 'name',
    stage: 'application',
    title: '拼音必填',
    summary: 'Hunan 2025: the pinyin of the name is entered in the basic-situation step.',
    message: '请填写姓名全拼。',
    sources: [{ seed: SEEDS.hunan2025, section: '第六步 / 填写规范 3', quote: '拼音:姓名全拼' }],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Only seed 004 (Hunan 2025) lists a pinyin field; seed 002\'s form table has none, so the other profiles do not require it.',
    check: { subject: 'candidate', path: 'pinyin', schema: () => z.string().min(1) },
    cases: [
      { name: 'entered', expected: 'accept' },
      { name: 'empty', value: '', expected: 'reject' },
      { name: 'empty (Hong Kong)', base: 'hong-kong', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'NAME-PINYIN-FULL',
    level: 'must',
    area: 'name',
    stage: 'application',
    title: '拼音为姓名全拼',
    summary: 'Hunan 2025: the pinyin spells every character of a mainland name in full (not initials), in order; case, spaces and tones aside.',
    message: '拼音应为姓名全拼（如 张伟 填 zhang wei），不要只填首字母。',
    sources: [{ seed: SEEDS.hunan2025, section: '第六步 / 填写规范 3', quote: '拼音:姓名全拼' }],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Judged for mainland names only (the others are not written in characters with a standard pinyin). Polyphonic characters may take any reading; ü may be typed as v or u; a "?" stands for any one syllable.',
    check: {
      subject: 'candidate',
      path: 'pinyin',
      applies: (c) => wellFormedMainland(c) && c.pinyin !== '' && isHalfWidth(c.pinyin),
      test: (c) => (isFullPinyin(c.name, c.pinyin) ? null : { code: 'not-full-pinyin' }),
    },
    cases: [
      { name: 'syllables with a space', expected: 'accept' },
      { name: 'run together', value: 'zhangwei', expected: 'accept' },
      { name: 'capitals', value: 'ZHANG Wei', expected: 'accept' },
      { name: 'minority name', base: 'minority-name', expected: 'accept' },
      { name: 'polyphonic surname 单 read shan', set: { name: '单伟', pinyin: 'shan wei' }, expected: 'accept' },
      { name: 'ü typed as v', set: { name: '吕伟', pinyin: 'lv wei' }, expected: 'accept' },
      { name: 'initials only', value: 'zw', expected: 'reject' },
      { name: 'surname only', value: 'zhang', expected: 'reject' },
      { name: 'wrong syllable', value: 'zhang wi', expected: 'reject' },
      { name: 'digit', value: 'zhang wei1', expected: 'reject' },
      { name: 'tone marks', value: 'zhāng wěi', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'NAME-MATCHES-DOCUMENT',
    level: 'manual',
    area: 'name',
    stage: 'register',
    title: '姓名与报名身份证件一致',
    summary: 'The name is the one on the identity document used to register.',
    sources: [
      { seed: SEEDS.national, section: NAME_ROW, quote: '填写有效证件上的姓名,用于证书打印' },
      { seed: SEEDS.hunan2025, section: '第六步 / 填写规范 2', quote: '姓名:与报名身份证件一致' },
    ],
    profiles: { base: {} },
    manual: 'Only the document (or the police database behind ID-POLICE-VERIFIED) shows the real name; a reviewer compares them.',
  }),

  defineRule({
    id: 'NAME-RARE-CHARACTER-REPORTED',
    level: 'manual',
    area: 'name',
    stage: 'review',
    title: '生僻字姓名现场书面写明并上报',
    summary: 'A candidate whose name has "?" writes the real name at on-site review; sites and regions report it to the national centre.',
    sources: [{ seed: SEEDS.national, section: FAQ_NAME, quote: '考生在现场审核时向 考点书面写明本人姓名,由考点、考区汇总后统一上报国家医学考试中心' }],
    profiles: { base: {} },
    manual: 'A paper step between the candidate and the review site; no registration data shows it.',
  }),
]
