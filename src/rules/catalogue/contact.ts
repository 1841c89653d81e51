import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { defineRule, type Case } from '../rule.ts'
import type { Candidate } from '../candidate.ts'
import { isHalfWidth, toFullWidth } from '../checks/halfWidth.ts'
import { halfWidthRule } from '../checks/halfWidthRule.ts'

const TABLE = '附: 网上报名表填写说明'
const isMainland = (c: Candidate) => c.origin === '大陆'
/** Format rules judge only what is entered and half-width: emptiness and full-width forms have their own rules. */
const entered = (v: string) => v !== '' && isHalfWidth(v)
const digitsOnly = (v: string) => /^\d+$/.test(v)
const len = (s: string) => [...s].length
const HUNAN_NO_CONTACT = 'Seed 004 (Hunan 2025) says the contact fields were removed from the basic-situation step (联系方式:已经删除,不需要填写), so national-2025 (and hunan-2025, which extends it) does not require them; what is entered is still judged by the format rules.'
const HUNAN_SOURCE = { seed: SEEDS.hunan2025, section: '第六步 / 填写规范 9', quote: '联系方式:已经删除,不需要填写' }

/** The two landline fields share one format (seed 002: 家庭联系电话, 单位电话); three rules each. */
const PHONES = [
  { field: 'homePhone', prefix: 'CONTACT-HOME-PHONE', label: '家庭联系电话', row: `${TABLE} / 家庭联系电话(或小灵通)`, quote: '号码格式:家庭所在地长途区号(3 至 5 位)一电话号码(6 至 8 位)一 分机号(选填)' },
  { field: 'workPhone', prefix: 'CONTACT-WORK-PHONE', label: '单位电话', row: `${TABLE} / 单位电话`, quote: '号码格式:单位所在地长途区号(3至5位)一电话号码(6至8位)一 分机号(选填)' },
] as const

const parts = (v: string) => v.split('-')
const phoneShaped = (v: string) => /^\d+-\d+(-\d+)?$/.test(v)

const phoneRules = PHONES.flatMap((ph) => {
  const source = { seed: SEEDS.national, section: ph.row, quote: ph.quote }
  const get = (c: Candidate) => c[ph.field]
  const note = 'The seed\'s separator prints as "一" (a dash lost in the PDF); the profile reads it as the ASCII hyphen "-". The extension is any digits. The field is optional: an empty value is accepted.'
  return [
    defineRule({
      id: `${ph.prefix}-SHAPE`,
      level: 'must',
      area: 'contact',
      stage: 'personal-info',
      title: `${ph.label}格式为 区号-电话号码[-分机号]`,
      summary: `The ${ph.field} is digit groups separated by "-": area code, number and an optional extension.`,
      message: `${ph.label}格式为：长途区号-电话号码-分机号（分机号选填），例如 027-87654321-8001。`,
      sources: [source],
      profiles: { base: {} },
      note,
      check: { subject: 'candidate', path: ph.field, applies: (c) => entered(get(c)), schema: () => z.string().regex(/^\d+-\d+(-\d+)?$/) },
      cases: [
        { name: 'area-number', value: '027-87654321', expected: 'accept' },
        { name: 'area-number-extension', value: '027-87654321-8001', expected: 'accept' },
        { name: 'empty (optional)', value: '', expected: 'accept' },
        { name: 'no separator', value: '02787654321', expected: 'reject' },
        { name: 'space as separator', value: '027 87654321', expected: 'reject' },
        { name: 'area code in parentheses', value: '(027)87654321', expected: 'reject' },
        { name: 'trailing dash', value: '027-87654321-', expected: 'reject' },
        { name: 'em dash', value: '027—87654321', expected: 'reject' },
        { name: 'four groups', value: '027-8765-4321-80', expected: 'reject' },
      ],
    }),
    defineRule<{ min: number; max: number }>({
      id: `${ph.prefix}-AREA-CODE`,
      level: 'must',
      area: 'contact',
      stage: 'personal-info',
      title: `${ph.label}长途区号3至5位`,
      summary: `The area code of the ${ph.field} has 3 to 5 digits.`,
      message: `${ph.label}的长途区号应为{min}至{max}位。`,
      sources: [source],
      profiles: { base: { min: 3, max: 5 } },
      check: {
        subject: 'candidate',
        path: ph.field,
        applies: (c) => entered(get(c)) && phoneShaped(get(c)),
        test: (c, p) => { const n = parts(get(c))[0]!.length; return n >= p.min && n <= p.max ? null : { code: 'area-code', detail: { length: n } } },
      },
      cases: (p): Case[] => {
        const area = (n: number) => `${'0123456'.slice(0, n)}-87654321`
        return [
          { name: `${p.min}-digit area code`, value: area(p.min), expected: 'accept' },
          { name: `${p.max}-digit area code`, value: area(p.max), expected: 'accept' },
          { name: `${p.min - 1}-digit area code`, value: area(p.min - 1), expected: 'reject' },
          { name: `${p.max + 1}-digit area code`, value: area(p.max + 1), expected: 'reject' },
        ]
      },
    }),
    defineRule<{ min: number; max: number }>({
      id: `${ph.prefix}-NUMBER`,
      level: 'must',
      area: 'contact',
      stage: 'personal-info',
      title: `${ph.label}号码6至8位`,
      summary: `The number of the ${ph.field} (after the area code) has 6 to 8 digits.`,
      message: `${ph.label}的电话号码应为{min}至{max}位。`,
      sources: [source],
      profiles: { base: { min: 6, max: 8 } },
      check: {
        subject: 'candidate',
        path: ph.field,
        applies: (c) => entered(get(c)) && phoneShaped(get(c)),
        test: (c, p) => { const n = parts(get(c))[1]!.length; return n >= p.min && n <= p.max ? null : { code: 'number', detail: { length: n } } },
      },
      cases: (p): Case[] => [
        { name: `${p.min}-digit number`, value: `027-${'876543219'.slice(0, p.min)}`, expected: 'accept' },
        { name: `${p.max}-digit number`, value: `027-${'876543219'.slice(0, p.max)}`, expected: 'accept' },
        { name: `${p.max}-digit number with extension`, value: `027-${'876543219'.slice(0, p.max)}-8001`, expected: 'accept' },
        { name: `${p.min - 1}-digit number`, value: `027-${'876543219'.slice(0, p.min - 1)}`, expected: 'reject' },
        { name: `${p.max + 1}-digit number`, value: `027-${'8765432190'.slice(0, p.max + 1)}`, expected: 'reject' },
      ],
    }),
  ]
})

export const contactRules = [
  halfWidthRule({
    id: 'CONTACT-HALF-WIDTH',
    area: 'contact',
    stage: 'personal-info',
    title: '联系方式须为半角',
    fields: [
      { path: 'mobile', label: '手机号码', fullWidth: toFullWidth('13812345678') },
      { path: 'homePhone', label: '家庭联系电话', fullWidth: toFullWidth('010-87654321') },
      { path: 'workPhone', label: '单位电话', fullWidth: toFullWidth('010-82711234-8001') },
      { path: 'email', label: '电子邮件', fullWidth: toFullWidth('zhangwei@example.com') },
      { path: 'address', label: '联系地址', fullWidth: `北京市东城区帅府园${toFullWidth('1')}号` },
      { path: 'postcode', label: '邮政编码', fullWidth: toFullWidth('100730') },
    ],
  }),

  defineRule({
    id: 'CONTACT-MOBILE-REQUIRED',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '手机号码必填',
    summary: 'A mobile number is entered (notices of corrections are sent to it by SMS).',
    message: '请填写手机号码。',
    sources: [
      { seed: SEEDS.national, section: `${TABLE} / 手机号码`, quote: '大陆地区:手机号码固定 11 位' },
      { seed: SEEDS.hubei2026, section: '四、注意事项', quote: '如遇材料问题需要修订，将通过短信方式（发送到报名电话号码）通知' },
      HUNAN_SOURCE,
    ],
    profiles: { base: {}, overrides: { 'national-2025': null } },
    note: `Seed 002 defines the mobile format without calling it optional, and Hubei 2026 sends correction notices to it by SMS: required. ${HUNAN_NO_CONTACT}`,
    check: { subject: 'candidate', path: 'mobile', schema: () => z.string().min(1) },
    cases: [
      { name: 'entered', expected: 'accept' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'CONTACT-MOBILE-DIGITS',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '手机号码只含数字',
    summary: 'A mobile number is digits only: no country code sign, spaces or dashes.',
    message: '手机号码只能填写数字，不要加"+"、空格或"-"。',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 手机号码`, quote: '手机号码固定 11 位,非大陆地区:6 到 11 位' }],
    profiles: { base: {} },
    note: 'The seed counts the number in 位 (digit places); the profile reads that as digits only.',
    check: { subject: 'candidate', path: 'mobile', applies: (c) => entered(c.mobile), schema: () => z.string().regex(/^\d+$/) },
    cases: [
      { name: 'digits', expected: 'accept' },
      { name: 'dashes', value: '138-1234-5678', expected: 'reject' },
      { name: 'country code', value: '+8613812345678', expected: 'reject' },
      { name: 'spaces', value: '138 1234 5678', expected: 'reject' },
      { name: 'letter', value: '1381234567a', expected: 'reject' },
    ],
  }),

  defineRule<{ length: number }>({
    id: 'CONTACT-MOBILE-MAINLAND-LENGTH',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '大陆地区手机号码固定11位',
    summary: 'A mainland candidate\'s mobile number has exactly 11 digits.',
    message: '大陆地区手机号码固定{length}位，请核对。',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 手机号码`, quote: '大陆地区:手机号码固定 11 位' }],
    profiles: { base: { length: 11 } },
    note: '"大陆地区/非大陆地区" is read as the candidate\'s origin: the form has no field for the phone\'s region.',
    check: {
      subject: 'candidate',
      path: 'mobile',
      applies: (c) => isMainland(c) && entered(c.mobile) && digitsOnly(c.mobile),
      test: (c, p) => (c.mobile.length === p.length ? null : { code: 'length', detail: { length: c.mobile.length } }),
    },
    cases: (p) => [
      { name: `${p.length} digits`, value: '13812345678'.slice(0, p.length), expected: 'accept' },
      { name: `${p.length - 1} digits`, value: '13812345678'.slice(0, p.length - 1), expected: 'reject' },
      { name: `${p.length + 1} digits`, value: '138123456789'.slice(0, p.length + 1), expected: 'reject' },
      { name: '8 digits (valid only outside the mainland)', value: '91234567', expected: 'reject' },
    ],
  }),

  defineRule<{ min: number; max: number }>({
    id: 'CONTACT-MOBILE-OTHER-LENGTH',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '非大陆地区手机号码6到11位',
    summary: 'A Hong Kong, Macau, Taiwan or foreign candidate\'s mobile number has 6 to 11 digits.',
    message: '非大陆地区手机号码应为{min}到{max}位。',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 手机号码`, quote: '非大陆地区:6 到 11 位' }],
    profiles: { base: { min: 6, max: 11 } },
    note: '"非大陆地区" is read as the candidate\'s origin.',
    check: {
      subject: 'candidate',
      path: 'mobile',
      applies: (c) => !isMainland(c) && entered(c.mobile) && digitsOnly(c.mobile),
      test: (c, p) => (c.mobile.length >= p.min && c.mobile.length <= p.max ? null : { code: 'length', detail: { length: c.mobile.length } }),
    },
    cases: (p) => [
      { name: `${p.min} digits`, base: 'hong-kong', value: '912345678901'.slice(0, p.min), expected: 'accept' },
      { name: `${p.max} digits`, base: 'hong-kong', value: '912345678901'.slice(0, p.max), expected: 'accept' },
      { name: `${p.min - 1} digits`, base: 'hong-kong', value: '912345678901'.slice(0, p.min - 1), expected: 'reject' },
      { name: `${p.max + 1} digits`, base: 'foreign', value: '2025550123456'.slice(0, p.max + 1), expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'CONTACT-MOBILE-NO-LEADING-ZERO',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '手机号码第一位不能为"0"',
    summary: 'A mobile number does not start with 0, mainland or not.',
    message: '手机号码第一位不能为"0"，请去掉前面的0。',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 手机号码`, quote: '且第一位不能 为 "0"' }],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'mobile',
      applies: (c) => entered(c.mobile) && digitsOnly(c.mobile),
      test: (c) => (c.mobile.startsWith('0') ? { code: 'leading-zero' } : null),
    },
    cases: [
      { name: 'starts with 1', expected: 'accept' },
      { name: 'mainland starting with 0', value: '01381234567', expected: 'reject' },
      { name: 'Hong Kong starting with 0', base: 'hong-kong', value: '09123456', expected: 'reject' },
      { name: 'Hong Kong starting with 9', base: 'hong-kong', value: '91234567', expected: 'accept' },
    ],
  }),

  ...phoneRules,

  defineRule({
    id: 'CONTACT-EMAIL-REQUIRED',
    level: 'must',
    area: 'contact',
    stage: 'register',
    title: '电子邮件必填',
    summary: 'An e-mail address is entered (marked required in the account security settings).',
    message: '请填写常用电子邮件地址。',
    sources: [
      { seed: SEEDS.national, section: '一、完善个人信息 / 2. 安全设置', quote: 'Email*' },
      { seed: SEEDS.national, section: `${TABLE} / 电子邮件`, quote: '常用电子邮件地址,邮件地址长度为5到60个字符' },
    ],
    profiles: { base: {} },
    note: 'Required in every profile: the e-mail is part of the account\'s security settings (Email* in seed 002), which Hunan\'s removal of the wizard\'s contact fields does not touch.',
    check: { subject: 'candidate', path: 'email', schema: () => z.string().min(1) },
    cases: [
      { name: 'entered', expected: 'accept' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule<{ min: number; max: number }>({
    id: 'CONTACT-EMAIL-LENGTH',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '邮件地址长度为5到60个字符',
    summary: 'The e-mail address is 5 to 60 characters long.',
    message: '邮件地址长度应为{min}到{max}个字符。',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 电子邮件`, quote: '邮件地址长度为5到60个字符' }],
    profiles: { base: { min: 5, max: 60 } },
    check: {
      subject: 'candidate',
      path: 'email',
      applies: (c) => entered(c.email),
      test: (c, p) => (len(c.email) >= p.min && len(c.email) <= p.max ? null : { code: 'length', detail: { length: len(c.email) } }),
    },
    cases: (p) => {
      const of = (n: number) => `${'a'.repeat(n - '@example.com'.length)}@example.com`
      return [
        { name: `${p.min} characters`, value: `a@b.${'c'.repeat(p.min - 4)}`, expected: 'accept' },
        { name: `${p.min - 1} characters`, value: `a@b.${'c'.repeat(p.min - 4)}`.slice(0, p.min - 1), expected: 'reject' },
        { name: `${p.max} characters`, value: of(p.max), expected: 'accept' },
        { name: `${p.max + 1} characters`, value: of(p.max + 1), expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'CONTACT-EMAIL-FORMAT',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '电子邮件地址格式正确',
    summary: 'The e-mail address has the form local-part@domain with a dotted domain.',
    message: '电子邮件地址格式不正确，例如 zhangwei@example.com。',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 电子邮件`, quote: '常用电子邮件地址' }],
    profiles: { base: {} },
    note: 'The seed asks for a usable address without a grammar; the profile takes the common subset: letters, digits and . _ % + - before one @, dotted labels of letters, digits and - after it. Judged only at a length CONTACT-EMAIL-LENGTH accepts.',
    check: {
      subject: 'candidate',
      path: 'email',
      applies: (c) => entered(c.email) && len(c.email) >= 5 && len(c.email) <= 60,
      schema: () => z.string().regex(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/),
    },
    cases: [
      { name: 'plain address', expected: 'accept' },
      { name: 'dots, plus and subdomain', value: 'zhang.wei+exam@mail.example.cn', expected: 'accept' },
      { name: 'no @', value: 'zhangwei.example.com', expected: 'reject' },
      { name: 'two @', value: 'zhangwei@@example.com', expected: 'reject' },
      { name: 'no dot in the domain', value: 'zhangwei@example', expected: 'reject' },
      { name: 'space', value: 'zhang wei@example.com', expected: 'reject' },
      { name: 'Chinese local part', value: '张伟@example.com', expected: 'reject' },
      { name: 'trailing dot', value: 'zhangwei@example.com.', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'CONTACT-ADDRESS-REQUIRED',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '联系地址必填',
    summary: 'The contact address is entered.',
    message: '请填写联系地址（通讯地址为以后联系考生的有效地址）。',
    sources: [
      { seed: SEEDS.national, section: `${TABLE} / 联系地址`, quote: '通讯地址为以后联系考生的有效地址, 考生必须准确填写' },
      HUNAN_SOURCE,
    ],
    profiles: { base: {}, overrides: { 'national-2025': null } },
    note: HUNAN_NO_CONTACT,
    check: { subject: 'candidate', path: 'address', schema: () => z.string().min(1) },
    cases: [
      { name: 'entered', expected: 'accept' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule<{ max: number }>({
    id: 'CONTACT-ADDRESS-LENGTH',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '联系地址长度不超过30个汉字',
    summary: 'The contact address is at most 30 characters long.',
    message: '联系地址长度不能超过{max}个汉字。',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 联系地址`, quote: '长度不超过 30 个汉字' }],
    profiles: { base: { max: 30 } },
    note: 'Counted in characters, digits and letters included (each one is a 字 in the field).',
    check: {
      subject: 'candidate',
      path: 'address',
      applies: (c) => entered(c.address),
      test: (c, p) => (len(c.address) <= p.max ? null : { code: 'length', detail: { length: len(c.address) } }),
    },
    cases: (p) => {
      const prefix = '湖北省武汉市江汉区解放大道'
      const of = (n: number) => `${prefix}${'1'.repeat(n - prefix.length - 1)}号`
      return [
        { name: `${p.max} characters`, value: of(p.max), expected: 'accept' },
        { name: `${p.max + 1} characters`, value: of(p.max + 1), expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'CONTACT-ADDRESS-DETAIL',
    level: 'manual',
    area: 'contact',
    stage: 'personal-info',
    title: '联系地址详细到省、市、区、街道、门牌号',
    summary: 'The address names the province, city, district, street and number.',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 联系地址`, quote: '地址应详细说明所在省、市、区、街道、门牌号情况' }],
    profiles: { base: {} },
    manual: 'Addresses are free text with many valid shapes (municipalities have no province, rural addresses no street); whether one is detailed enough to deliver mail is for a person to judge.',
  }),

  defineRule<{ length: number }>({
    id: 'CONTACT-POSTCODE-MAINLAND',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '大陆地区邮政编码为6位',
    summary: 'A mainland candidate\'s postcode is 6 digits.',
    message: '大陆地区邮政编码为{length}位数字。',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 邮政编码`, quote: '大陆地区为 6 位' }],
    profiles: { base: { length: 6 } },
    note: '"大陆地区" is read as the candidate\'s origin; mainland postcodes are digits.',
    check: {
      subject: 'candidate',
      path: 'postcode',
      applies: (c) => isMainland(c) && entered(c.postcode),
      schema: (p) => z.string().regex(new RegExp(`^\\d{${p.length}}$`)),
    },
    cases: (p) => [
      { name: `${p.length} digits`, value: '430022'.slice(0, p.length), expected: 'accept' },
      { name: `${p.length - 1} digits`, value: '430022'.slice(0, p.length - 1), expected: 'reject' },
      { name: `${p.length + 1} digits`, value: '4300221'.slice(0, p.length + 1), expected: 'reject' },
      { name: 'letter', value: '43002A', expected: 'reject' },
    ],
  }),

  defineRule<{ min: number; max: number }>({
    id: 'CONTACT-POSTCODE-OTHER',
    level: 'must',
    area: 'contact',
    stage: 'personal-info',
    title: '非大陆地区邮政编码3到6位',
    summary: 'A Hong Kong, Macau, Taiwan or foreign candidate\'s postcode has 3 to 6 letters or digits.',
    message: '非大陆地区邮政编码最短{min}位，最长不得超过{max}位。',
    sources: [{ seed: SEEDS.national, section: `${TABLE} / 邮政编码`, quote: '非大陆地区最短 3 位, 最长不得超过 6 位' }],
    profiles: { base: { min: 3, max: 6 } },
    note: '"非大陆地区" is read as the candidate\'s origin; letters are allowed since postcodes abroad have them (the seed gives lengths only).',
    check: {
      subject: 'candidate',
      path: 'postcode',
      applies: (c) => !isMainland(c) && entered(c.postcode),
      schema: (p) => z.string().regex(new RegExp(`^[A-Za-z0-9]{${p.min},${p.max}}$`)),
    },
    cases: (p) => [
      { name: `${p.min} characters`, base: 'hong-kong', value: '9990777'.slice(0, p.min), expected: 'accept' },
      { name: `${p.max} characters`, base: 'hong-kong', value: '9990777'.slice(0, p.max), expected: 'accept' },
      { name: `${p.min - 1} characters`, base: 'hong-kong', value: '9990777'.slice(0, p.min - 1), expected: 'reject' },
      { name: `${p.max + 1} characters`, base: 'foreign', value: '2000123'.slice(0, p.max + 1), expected: 'reject' },
      { name: 'letters and digits', base: 'foreign', value: 'K1A0B1', expected: 'accept' },
      { name: 'space', base: 'foreign', value: 'K1A 0B1', expected: 'reject' },
    ],
  }),
]
