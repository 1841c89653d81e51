import type { Candidate, EducationRecord } from '../candidate.ts'
import { addDays } from '../checks/addDays.ts'
import { addMonths, isIsoDate, monthsBetween } from '../checks/dates.ts'
import {
  HIGHER_LEVELS, IN_SCHOOL_LEVELS, NO_SCHOOL_LEVELS, SHICHENG, inSchool, isYearMonth, recordFindings, selectedEducation,
  type EducationLevel,
} from '../checks/education.ts'
import { graduateStatus, isGraduateStatus } from '../checks/workStatus.ts'
import { candidateExample } from '../examples.ts'
import { defineRule, type Ctx } from '../rule.ts'
import { SEEDS } from '../seeds.ts'
import { GRADUATE_LEVELS } from '../vocabulary.ts'

const FORM = '附: 网上报名表填写说明'
const EDU_STEP = '二、考试报名 / 4. 教育经历和培训经历'
const HUNAN_EDU = '第八步,教育经历'

type Rec = EducationRecord
const needsSchool = (r: Rec) => !NO_SCHOOL_LEVELS.includes(r.level)
const isShicheng = (r: Rec) => r.level === SHICHENG
/** A '-' a 师承 record carries as Hunan's blank mark: judged by EDU-SHICHENG-BLANK-MARK alone. */
const dashOnShicheng = (r: Rec, v: string) => isShicheng(r) && v === '-'
const isMainlandHigher = (r: Rec) => r.region === '大陆' && HIGHER_LEVELS.includes(r.level)
/** The record's graduation month, or undefined when it is not a valid YYYY-MM. */
const gradMonth = (r: Rec) => (isYearMonth(r.graduation) ? r.graduation : undefined)
const y = (ctx: Ctx) => ctx.profile.examYear

/** 学制 (years) each 报考学历 may have; null: no programme (师承, 无学历). */
const LENGTHS: Record<EducationLevel, readonly (number | null)[]> = {
  博士研究生: [3, 4, 5],
  硕士研究生: [2, 3],
  本科长学制: [7, 8],
  本科: [2, 3, 4, 5],
  专科: [2, 3, 5],
  中专: [2, 3, 4],
  传统医学师承或确有专长人员: [null],
  无学历: [null],
}
const lengthFits = (r: Rec) => LENGTHS[r.level].includes(r.lengthYears)

/** Whether a record may leave the diploma number empty (seed 002 and FAQ 一.5, 二.3). */
const diplomaOptional = (c: Candidate, r: Rec) => !needsSchool(r) || inSchool(c, r) || r.region !== '大陆'

/** The 专升本 本科 record: a ticked 本科 of two or three years. */
const zhuanshengbenRecord = (c: Candidate) => {
  const r = selectedEducation(c)
  return r && r.level === '本科' && (r.lengthYears === 2 || r.lengthYears === 3) ? r : undefined
}

const withoutLevel = (c: Candidate, level: EducationLevel) => c.education.filter((r) => r.level !== level)

export const educationRules = [
  defineRule({
    id: 'EDU-ONE-SELECTED',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '报名须勾选且只勾选一条教育经历',
    summary: 'Exactly one education record is ticked as the one this application uses.',
    message: '请在教育经历中勾选且只勾选一条用于本次报考的学历（其他学历可保留但不勾选）。',
    sources: [
      { seed: SEEDS.national, section: EDU_STEP, quote: '用户需要选择用于报考的教育经历和培训经历内容,勾选相关经历条目的左 上角选择框完成选择。' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '1.只填写并选择一个符合《2014版医师报名规定》的学历;' },
    ],
    profiles: { base: {} },
    note: 'Hunan 2025 says to fill in and tick only one record; seed 002 has graduate students add their 本科/专科 record without ticking it. The profile reads both as "exactly one ticked"; Hunan\'s "only fill one" is not enforced, or the graduate students of seed 002 could not apply there.',
    check: {
      subject: 'candidate',
      path: 'education.0.selected',
      test: (c) => {
        const n = c.education.filter((r) => r.selected).length
        return n === 1 ? null : { code: n === 0 ? 'none-selected' : 'several-selected', detail: { selected: n } }
      },
    },
    cases: [
      { name: 'one record ticked', expected: 'accept' },
      { name: 'graduate student: 硕士 ticked, 本科 not', base: 'graduate-student', expected: 'accept' },
      { name: 'no record ticked', value: false, expected: 'reject' },
      { name: 'both records ticked', base: 'graduate-student', set: { 'education.1.selected': true }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-ONE-PER-LEVEL',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '同一学历层次的学历只能填写一个',
    summary: 'At most one education record per level (Hubei).',
    message: '同一学历层次的学历只能填写一个，请删除重复的学历记录。',
    sources: [{ seed: SEEDS.hubei2022, section: '二、具体操作 / (三) 学历证明核验 / 4上传要求', quote: '①同一学历层次的学历，只能填写一个。' }],
    profiles: { base: null, overrides: { 'hubei-2022': {} } },
    note: 'Only the Hubei manual (2022, inherited by 2026) states it, for the provincial upload site; the other seeds let a candidate add records freely, so the rule does not apply there.',
    check: {
      subject: 'candidate',
      path: 'education',
      test: (c) => {
        const levels = c.education.map((r) => r.level)
        const dup = levels.find((l, i) => levels.indexOf(l) !== i)
        return dup ? { code: 'duplicate-level', detail: { level: dup } } : null
      },
    },
    cases: (_p, ctx) => {
      const fg = candidateExample('fresh-graduate', ctx).education[0]!
      return [
        { name: 'one 本科 record', expected: 'accept' },
        { name: '硕士 and 本科 records', base: 'graduate-student', expected: 'accept' },
        { name: 'two 本科 records', set: { 'education.1': { ...fg, selected: false, school: '华中科技大学' } }, expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'EDU-SCHOOL-REQUIRED',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '毕业学校必填（师承、无学历除外）',
    summary: 'Every education record names its school, except 师承/确有专长 and 无学历 records.',
    message: '请选择毕业学校（可输入拼音首字母检索）。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 报考学历`, quote: '当选择"传统医学师承或确有专长人员"与"无学历(含无正规学历和 无学历)"时,无须填写毕业学校及毕业年月。' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'education.0.school',
      applies: (c) => c.education.some(needsSchool),
      test: (c) => recordFindings(c, needsSchool, (r) => r.school.trim() === '', 'missing', 'school'),
    },
    cases: [
      { name: 'school chosen', expected: 'accept' },
      { name: '师承 without a school (Hunan: \'-\')', base: 'shicheng', expected: 'accept' },
      { name: 'empty school', value: '', expected: 'reject' },
      { name: 'unticked 本科 record without school', base: 'graduate-student', set: { 'education.1.school': '' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-MAJOR-REQUIRED',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '毕业专业必填',
    summary: 'Every education record with a school names its major (师承 and 无学历 records are exempt).',
    message: '请选择毕业专业（可使用拼音首字母或关键字检索）。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 毕业专业`, quote: '可使用拼音首字母或关键字进行检索。' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '8.专业:系统内搜索查找与毕业证上专业完全一致的专业' },
    ],
    profiles: { base: {} },
    note: 'The seeds list 毕业专业 as a field of every record but state no exemption; the profile exempts the records that need no school (师承, 无学历), as those have no 毕业专业 on a diploma.',
    check: {
      subject: 'candidate',
      path: 'education.0.major',
      applies: (c) => c.education.some(needsSchool),
      test: (c) => recordFindings(c, needsSchool, (r) => r.major.trim() === '', 'missing', 'major'),
    },
    cases: [
      { name: 'major chosen', expected: 'accept' },
      { name: 'empty major', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-STUDY-FORM-REQUIRED',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '学习形式必填（无学历除外）',
    summary: 'Every education record has a study form, except a 无学历 record.',
    message: '请选择学习形式（普通全日制、成人教育、自学考试等）。',
    sources: [{ seed: SEEDS.national, section: `${FORM} / 学习形式`, quote: '当选择"无学历(含无正规学历和无学历)"时,无须填写此项。' }],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'education.0.studyForm',
      applies: (c) => c.education.some((r) => r.level !== '无学历'),
      test: (c) => recordFindings(c, (r) => r.level !== '无学历', (r) => r.studyForm === '', 'missing', 'studyForm'),
    },
    cases: [
      { name: '普通全日制', expected: 'accept' },
      { name: '成人教育', value: '成人教育', expected: 'accept' },
      { name: '无学历 without a study form', base: 'shicheng', set: { 'education.0.level': '无学历', 'education.0.studyForm': '', 'education.0.school': '', 'education.0.graduation': '', 'education.0.diplomaNumber': '' }, expected: 'accept' },
      { name: 'no study form', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-GRADUATION-REQUIRED',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '毕业年月必填（师承、无学历除外）',
    summary: 'Every education record has a graduation month, except 师承/确有专长 and 无学历 records.',
    message: '请填写毕业年月，格式为 YYYY-MM（如 2009-06）。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 报考学历`, quote: '当选择"传统医学师承或确有专长人员"与"无学历(含无正规学历和 无学历)"时,无须填写毕业学校及毕业年月。' },
      { seed: SEEDS.national, section: `${FORM} / 毕业年月`, quote: '需手工输入。' },
    ],
    profiles: { base: {} },
    note: 'A graduate or 长学制 student graduating in the exam year enters the expected graduation month (needed for EDU-GRADSTUDENT-THIS-YEAR); the seeds exempt only the diploma number for them.',
    check: {
      subject: 'candidate',
      path: 'education.0.graduation',
      applies: (c) => c.education.some(needsSchool),
      test: (c) => recordFindings(c, needsSchool, (r) => r.graduation === '', 'missing', 'graduation'),
    },
    cases: [
      { name: 'graduation month given', expected: 'accept' },
      { name: '师承 without a graduation month (Hunan: \'-\')', base: 'shicheng', expected: 'accept' },
      { name: 'empty graduation month', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-GRADUATION-FORMAT',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '毕业年月格式为 YYYY-MM',
    summary: 'A graduation month, where given, is YYYY-MM with the hyphen and a real month.',
    message: '毕业年月格式应为 YYYY-MM，中间需要加横杠（如 2009-06）。',
    sources: [
      { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '输入的年月信息格式为 YYYY-MM,中间需要加横杠。' },
      { seed: SEEDS.national, section: `${FORM} / 毕业年月`, quote: '(如毕业年月为 2009 年 6 月应填写为 2009−06)' },
    ],
    profiles: { base: {} },
    note: 'The form table prints the hyphen as U+2212 (−); the profile requires the ASCII hyphen the 填写注意事项 describe (中间需要加横杠) and refuses the minus sign.',
    check: {
      subject: 'candidate',
      path: 'education.0.graduation',
      applies: (c) => c.education.some((r) => r.graduation !== ''),
      test: (c) => recordFindings(c, (r) => r.graduation !== '' && !dashOnShicheng(r, r.graduation), (r) => !isYearMonth(r.graduation), 'format', 'graduation'),
    },
    cases: (_p, ctx) => [
      { name: 'YYYY-MM', value: `${y(ctx) - 1}-06`, expected: 'accept' },
      { name: 'slash', value: `${y(ctx) - 1}/06`, expected: 'reject' },
      { name: 'no separator', value: `${y(ctx) - 1}06`, expected: 'reject' },
      { name: 'one-digit month', value: `${y(ctx) - 1}-6`, expected: 'reject' },
      { name: 'month 13', value: `${y(ctx) - 1}-13`, expected: 'reject' },
      { name: 'full date', value: `${y(ctx) - 1}-06-30`, expected: 'reject' },
      { name: 'minus sign instead of hyphen', value: `${y(ctx) - 1}−06`, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-ENROLMENT-FORMAT',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '入学年月格式为 YYYY-MM',
    summary: 'An enrolment month, where given, is YYYY-MM with the hyphen and a real month.',
    message: '入学年月格式应为 YYYY-MM，中间需要加横杠（如 2016-09）。',
    sources: [{ seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '输入的年月信息格式为 YYYY-MM,中间需要加横杠。' }],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'education.0.enrolled',
      applies: (c) => c.education.some((r) => r.enrolled !== ''),
      test: (c) => recordFindings(c, (r) => r.enrolled !== '', (r) => !isYearMonth(r.enrolled), 'format', 'enrolled'),
    },
    cases: (_p, ctx) => [
      { name: 'YYYY-MM', value: `${y(ctx) - 6}-09`, expected: 'accept' },
      { name: 'not given', value: '', expected: 'accept' },
      { name: 'dot', value: `${y(ctx) - 6}.09`, expected: 'reject' },
      { name: 'month 00', value: `${y(ctx) - 6}-00`, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-GRADUATION-AFTER-ENROLMENT',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '毕业年月晚于入学年月',
    summary: 'Where both months are given, graduation comes after enrolment.',
    message: '毕业年月应晚于入学年月，请核对后重新填写。',
    sources: [{ seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '9.学制:填写与毕业证一致的就读年限' }],
    profiles: { base: {} },
    note: 'No seed states it in words; it follows from 学制 being the years of study between the two months.',
    check: {
      subject: 'candidate',
      path: 'education.0.graduation',
      applies: (c) => c.education.some((r) => isYearMonth(r.enrolled) && isYearMonth(r.graduation)),
      test: (c) => recordFindings(c, (r) => isYearMonth(r.enrolled) && isYearMonth(r.graduation), (r) => r.graduation <= r.enrolled, 'not-after-enrolment', 'graduation'),
    },
    cases: (_p, ctx) => {
      const fg = candidateExample('fresh-graduate', ctx).education[0]!
      return [
        { name: 'after enrolment', expected: 'accept' },
        { name: 'same month as enrolment', value: fg.enrolled, expected: 'reject' },
        { name: 'a year before enrolment', value: `${Number(fg.enrolled.slice(0, 4)) - 1}-06`, expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'EDU-LENGTH-BY-LEVEL',
    level: 'should',
    area: 'education',
    stage: 'application',
    title: '学制与学历层次相符',
    summary: 'The programme length (学制) is one the education level has; 师承 and 无学历 records have none.',
    message: '学制与所选学历不符，请按毕业证书填写就读年限。',
    sources: [
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '9.学制:填写与毕业证一致的就读年限' },
      { seed: SEEDS.national, section: EDU_STEP, quote: '学制: 七年制' },
    ],
    profiles: { base: { lengths: LENGTHS } },
    note: 'The seeds give no table of lengths; the profile assumes the usual Chinese programmes: 中专 2-4, 专科 2 (the 专科 part of 3+2), 3 or 5 (五年制), 本科 4-5 or 2-3 (专升本), 本科长学制 7-8, 硕士 2-3, 博士 3-5, none for 师承 and 无学历. Level should: a real programme outside this table is possible.',
    check: {
      subject: 'candidate',
      path: 'education.0.lengthYears',
      test: (c) => recordFindings(c, () => true, (r) => !lengthFits(r), 'length', 'lengthYears'),
    },
    cases: [
      { name: '本科 five years', value: 5, expected: 'accept' },
      { name: '本科长学制 eight years', base: 'long-programme', value: 8, expected: 'accept' },
      { name: '本科 six years', value: 6, expected: 'reject' },
      { name: '本科 one year', value: 1, expected: 'reject' },
      { name: '本科 without 学制', value: null, expected: 'reject' },
      { name: '本科长学制 five years', base: 'long-programme', value: 5, expected: 'reject' },
      { name: '师承 with a 学制', base: 'shicheng', value: 3, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-LENGTH-MATCHES-DATES',
    level: 'should',
    area: 'education',
    stage: 'application',
    title: '学制与入学、毕业年月相符',
    summary: 'Enrolment to graduation spans the programme length, within a tolerance of six months either way.',
    message: '入学年月到毕业年月的时间与学制（{years}年）不符，请核对。',
    sources: [{ seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '9.学制:填写与毕业证一致的就读年限' }],
    profiles: { base: { toleranceMonths: 6 } },
    note: 'Tolerance assumed: programmes start in September and end in June or July (a 5-year 本科 spans 57-58 months), and some students finish a term early or late; six months either way covers these without admitting a wrong 学制.',
    check: {
      subject: 'candidate',
      path: 'education.0.graduation',
      test: (c, p) => c.education.flatMap((r, i) => {
        if (!isYearMonth(r.enrolled) || !isYearMonth(r.graduation) || r.graduation <= r.enrolled || !lengthFits(r) || r.lengthYears === null) return []
        const span = monthsBetween(r.enrolled, r.graduation)
        return Math.abs(span - r.lengthYears * 12) > p.toleranceMonths
          ? [{ code: 'span', path: `education.${i}.graduation`, detail: { years: r.lengthYears, months: span } }] : []
      }),
    },
    cases: (p, ctx) => {
      const fg = candidateExample('fresh-graduate', ctx).education[0]!
      const at = (months: number) => addMonths(`${fg.enrolled}-01`, months).slice(0, 7)
      return [
        { name: 'exactly five years', value: at(60), expected: 'accept' },
        { name: 'at the lower tolerance', value: at(60 - p.toleranceMonths), expected: 'accept' },
        { name: 'one month under the tolerance', value: at(60 - p.toleranceMonths - 1), expected: 'reject' },
        { name: 'at the upper tolerance', value: at(60 + p.toleranceMonths), expected: 'accept' },
        { name: 'one month over the tolerance', value: at(60 + p.toleranceMonths + 1), expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'EDU-DIPLOMA-REQUIRED',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '毕业证书编号必填（在校研究生、长学制在读、师承、无学历除外）',
    summary: 'Mainland records carry a diploma number, except 师承/无学历 records and the ticked record of a graduate or long-programme student graduating this year (在岗情况 = the graduate-student option).',
    message: '请填写毕业证书编号；当年毕业研究生须在在岗情况中选择“{graduateOption}”后方可不填。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 毕业证书编号`, quote: '(2)在校研究生、无学历或师承人员,可不填写毕业证书编号。' },
      { seed: SEEDS.national, section: EDU_STEP, quote: '当年毕业研究生可不用输入毕业证书编号(注意在工作情况一组的在岗 情况中应选择"当年毕业研究生")' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 一、5', quote: '在毕业证书编号一栏不填写' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、3', quote: '对"硕博连读"或"师承类"考生,"毕业证书编号"不必填写。' },
    ],
    profiles: { base: { graduateOption: graduateStatus('national') }, overrides: { 'national-2025': { graduateOption: graduateStatus('national-2025') } } },
    note: 'Who is 在校: the profile ties it to the ticked 硕士/博士/本科长学制 record of a candidate whose 在岗情况 is the graduate-student option (当年毕业研究生; Hunan 2025: 研究生(在读)), as seed 002 ties the exemption to that option. 硕博连读 students are read as 在读 graduate students and covered by the same exemption. Non-mainland records are left to the 留学认证 report (EDU-NONMAINLAND-CERTIFICATION).',
    check: {
      subject: 'candidate',
      path: 'education.0.diplomaNumber',
      applies: (c) => c.education.some((r) => !diplomaOptional(c, r)),
      test: (c) => recordFindings(c, (r) => !diplomaOptional(c, r), (r) => r.diplomaNumber === '', 'missing', 'diplomaNumber'),
    },
    cases: [
      { name: 'number given', expected: 'accept' },
      { name: 'graduate student graduating this year, none', base: 'graduate-student', expected: 'accept' },
      { name: '长学制 student graduating this year, none', base: 'long-programme', expected: 'accept' },
      { name: '师承, none (Hunan: \'-\')', base: 'shicheng', expected: 'accept' },
      { name: 'empty number', value: '', expected: 'reject' },
      { name: 'graduate student who chose 在职, none', base: 'graduate-student', set: { 'work.status': '在职' }, expected: 'reject' },
      { name: 'graduate student: the 本科 record without a number', base: 'graduate-student', set: { 'education.1.diplomaNumber': '' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-DIPLOMA-NO-PUNCTUATION',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '毕业证书编号不得有空格、标点符号',
    summary: 'A diploma number has no spaces, punctuation or full-width characters: half-width letters and digits only.',
    message: '毕业证书编号不得有空格、标点符号，请按毕业证书上的编号重新填写。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 毕业证书编号`, quote: '(1) 按相应学历毕业证上的证书编码填写。(不得有空格、标点符号)' },
      { seed: SEEDS.national, section: `${FORM} / 考生姓名`, quote: '(注:所有手工填写内容均须为半角)' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'education.0.diplomaNumber',
      applies: (c) => c.education.some((r) => r.diplomaNumber !== ''),
      test: (c) => recordFindings(c, (r) => r.diplomaNumber !== '' && !dashOnShicheng(r, r.diplomaNumber), (r) => !/^[A-Za-z0-9]+$/.test(r.diplomaNumber), 'punctuation', 'diplomaNumber'),
    },
    cases: (_p, ctx) => {
      const n = candidateExample('fresh-graduate', ctx).education[0]!.diplomaNumber
      return [
        { name: 'digits', value: n, expected: 'accept' },
        { name: 'space inside', value: `${n.slice(0, 9)} ${n.slice(9, 17)}`, expected: 'reject' },
        { name: 'hyphen inside', value: `${n.slice(0, 9)}-${n.slice(9, 17)}`, expected: 'reject' },
        { name: 'full-width digits', value: n.slice(0, 16) + '１２', expected: 'reject' },
        { name: "'-' on a 本科 record", value: '-', expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'EDU-DIPLOMA-DIGITS',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '大陆毕业证书编号必须为数字',
    summary: 'A mainland diploma number consists of digits only.',
    message: '毕业证书编号必须输入数字，请核对毕业证书后重新填写。',
    sources: [{ seed: SEEDS.national, section: '五、常见问题说明 / 二、3', quote: '且 证书编号必须输入数字。' }],
    profiles: { base: {} },
    note: 'Applies to mainland records whose number is already letters and digits only (EDU-DIPLOMA-NO-PUNCTUATION judges the rest); diplomas from outside the mainland may carry letters.',
    check: {
      subject: 'candidate',
      path: 'education.0.diplomaNumber',
      applies: (c) => c.education.some((r) => r.region === '大陆' && /^[A-Za-z0-9]+$/.test(r.diplomaNumber)),
      test: (c) => recordFindings(c, (r) => r.region === '大陆' && /^[A-Za-z0-9]+$/.test(r.diplomaNumber), (r) => !/^\d+$/.test(r.diplomaNumber), 'not-digits', 'diplomaNumber'),
    },
    cases: (_p, ctx) => {
      const n = candidateExample('fresh-graduate', ctx).education[0]!.diplomaNumber
      return [
        { name: 'digits', value: n, expected: 'accept' },
        { name: 'a letter among the digits', value: `${n.slice(0, 17)}X`, expected: 'reject' },
        { name: 'letters only', value: 'ABCDEFGHIJKLMNOPQR', expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'EDU-DIPLOMA-LENGTH',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '高等学历毕业证书编号填写18位电子注册号',
    summary: 'A mainland 专科-or-higher diploma number from 2001 on is the 18-digit electronic registration number; earlier diplomas may be shorter.',
    message: '毕业证书编号应填写毕业证书上的{length}位电子注册号，请核对后重新填写。',
    sources: [
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、6', quote: '网上报名时,毕业证书编号填写18位电子注册号。' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、3', quote: '毕业证书编号指考生毕业证书上的统一编号,不足17位的由左向右逐一填写' },
      { seed: SEEDS.hubei2026, section: '二、(二) 毕业证书相关材料 / 学历认证报告 1', quote: '未在学信网在线认证的专科及以上学历（如 2001 年以前学历、成人、自考等）' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '(特别注意:大专和本科学历编号填写错误审核时学信网会报错)' },
    ],
    profiles: { base: { length: 18, electronicSince: '2001-01' } },
    note: 'Seed 002 contradicts itself: FAQ 二.6 says to enter the 18-digit electronic registration number, FAQ 二.3 says numbers shorter than 17 digits are typed from the left. The profile reconciles them by date: electronic registration (学信网) covers diplomas from 2001 on (seed 001 names 2001 年以前学历 as not registered online), so those need exactly 18 digits; a diploma graduated before 2001 keeps its own, shorter number (1-18 digits). A record without a valid graduation month is held to 18. 中专 and non-mainland diplomas have no electronic registration number and are not judged here.',
    check: {
      subject: 'candidate',
      path: 'education.0.diplomaNumber',
      applies: (c) => c.education.some((r) => isMainlandHigher(r) && /^\d+$/.test(r.diplomaNumber)),
      test: (c, p) => c.education.flatMap((r, i) => {
        if (!isMainlandHigher(r) || !/^\d+$/.test(r.diplomaNumber)) return []
        const old = gradMonth(r) !== undefined && gradMonth(r)! < p.electronicSince
        const ok = old ? r.diplomaNumber.length <= p.length : r.diplomaNumber.length === p.length
        return ok ? [] : [{ code: 'length', path: `education.${i}.diplomaNumber`, detail: { length: p.length, actual: r.diplomaNumber.length } }]
      }),
    },
    cases: (p, ctx) => {
      const n = candidateExample('fresh-graduate', ctx).education[0]!.diplomaNumber
      return [
        { name: '18 digits', value: n, expected: 'accept' },
        { name: '17 digits', value: n.slice(0, p.length - 1), expected: 'reject' },
        { name: '19 digits', value: `${n}0`, expected: 'reject' },
        { name: 'the 8-digit serial number instead', value: n.slice(0, 8), expected: 'reject' },
        { name: '1999 diploma with a 12-digit number', set: { 'education.0.enrolled': '1994-09', 'education.0.graduation': '1999-07', 'education.0.diplomaNumber': '104860199912' }, expected: 'accept' },
        { name: 'December 2000 diploma with 17 digits', set: { 'education.0.enrolled': '1995-09', 'education.0.graduation': '2000-12', 'education.0.diplomaNumber': n.slice(0, 17) }, expected: 'accept' },
        { name: 'January 2001 diploma with 17 digits', set: { 'education.0.enrolled': '1996-01', 'education.0.graduation': '2001-01', 'education.0.diplomaNumber': n.slice(0, 17) }, expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'EDU-SHICHENG-BLANK-MARK',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '师承/确有专长人员的学校、毕业年月、证书编号按考区约定留空',
    summary: 'A 师承/确有专长 record leaves school, graduation month and diploma number blank the profile\'s way: empty nationally, a \'-\' in Hunan.',
    message: '师承或确有专长人员的学校、毕业年月、毕业证书编号{how}。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 报考学历`, quote: '当选择"传统医学师承或确有专长人员"与"无学历(含无正规学历和 无学历)"时,无须填写毕业学校及毕业年月。' },
      { seed: SEEDS.national, section: `${FORM} / 毕业证书编号`, quote: '(1) 按相应学历毕业证上的证书编码填写。(不得有空格、标点符号)' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '2.师承或专长人员:在学校中选择师承及确有专长,毕业年月及毕业证书编号处都填写横杠“-”即可;' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '10.毕业证书编号:填写毕业证书上的编号,师承及确有专长填“-”' },
    ],
    profiles: {
      base: { mark: '', how: '无须填写，请留空（不要填写“-”等符号）' },
      overrides: { 'national-2025': { mark: '-', how: '请填写横杠“-”' } },
    },
    note: 'The seeds disagree: seed 002 says 师承 candidates need not fill school and graduation month (无须填写) and forbids punctuation in the number, so a \'-\' is refused and the fields stay empty; Hunan 2025 has them write \'-\' in school, graduation month and number, so there an empty field is refused. Only blank-looking values (\'\' or \'-\') are judged here; a real month or number is judged by the format rules.',
    check: {
      subject: 'candidate',
      path: 'education.0.graduation',
      applies: (c) => c.education.some(isShicheng),
      test: (c, p) => c.education.flatMap((r, i) => !isShicheng(r) ? [] : (['school', 'graduation', 'diplomaNumber'] as const)
        .filter((f) => (r[f] === '' || r[f] === '-') && r[f] !== p.mark)
        .map((f) => ({ code: 'blank-mark', path: `education.${i}.${f}`, detail: { mark: p.mark || 'empty' } }))),
    },
    cases: (p) => {
      const other = p.mark === '-' ? '' : '-'
      return [
        { name: `all fields blank as ${p.mark || 'empty'}`, base: 'shicheng', expected: 'accept' },
        { name: `graduation month as ${other || 'empty'}`, base: 'shicheng', value: other, expected: 'reject' },
        { name: `diploma number as ${other || 'empty'}`, base: 'shicheng', set: { 'education.0.diplomaNumber': other }, expected: 'reject' },
        { name: `school as ${other || 'empty'}`, base: 'shicheng', set: { 'education.0.school': other }, expected: 'reject' },
      ]
    },
  }),

  defineRule<{ lowerRecord: boolean }>({
    id: 'EDU-GRADUATE-LOWER-RECORD',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '以研究生学历报考的还应填写本科/专科教育经历',
    summary: 'A candidate applying with a 硕士/博士 record also lists a 本科, 本科长学制 or 专科 record (not ticked).',
    message: '以研究生学历报考的考生，还应补充相应本科/专科的教育经历（不用勾选）。',
    sources: [
      { seed: SEEDS.national, section: EDU_STEP, quote: '以研究生学历报考的考生,除选择研究生一级的教育经历之外,还应补 充相应本科/专科的教育经历情况(但不用勾选)。' },
      { seed: SEEDS.hubei2026, section: '二、(四) 补充学历相关材料', quote: '研究生学历，要求同时上传研究生和本科等学历材料' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '1.只填写并选择一个符合《2014版医师报名规定》的学历;' },
    ],
    profiles: {
      base: { lowerRecord: true },
      readings: {
        'national-2025': [
          { id: '004-八', summary: 'only the one qualifying record is entered and ticked; the lower record may be left out', source: { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '1.只填写并选择一个符合《2014版医师报名规定》的学历;' }, params: { lowerRecord: false } },
          { id: '002-二.4', summary: 'the 本科/专科 record is added too, not ticked', source: { seed: SEEDS.national, section: EDU_STEP, quote: '以研究生学历报考的考生,除选择研究生一级的教育经历之外,还应补 充相应本科/专科的教育经历情况(但不用勾选)。' }, params: { lowerRecord: true } },
        ],
      },
    },
    note: 'The seeds of the 2025 platform disagree: seed 002 has a graduate candidate add the 本科/专科 record too (not ticked); seed 004 (the 2025 platform seen from Hunan) says to enter and tick only the one qualifying record. national-2025 (and hunan-2025) accept both readings: a target that refuses a 硕士-only file follows 002, one that accepts it follows 004 (the reference site follows 004 there). The other profiles follow 002.',
    check: {
      subject: 'candidate',
      path: 'education',
      applies: (c, p) => p.lowerRecord && (GRADUATE_LEVELS as readonly string[]).includes(selectedEducation(c)?.level ?? ''),
      test: (c) => c.education.some((r) => ['本科', '本科长学制', '专科'].includes(r.level)) ? null : { code: 'no-lower-record' },
    },
    cases: (p, ctx) => {
      const gs = candidateExample('graduate-student', ctx)
      return [
        { name: '硕士 and 本科', base: 'graduate-student', expected: 'accept' },
        { name: '硕士 only', base: 'graduate-student', value: [gs.education[0]], expected: p.lowerRecord ? 'reject' : 'accept' },
      ]
    },
  }),

  defineRule({
    id: 'EDU-ZHUANSHENGBEN-BOTH',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '专升本考生须同时填写专科学历',
    summary: 'A 专升本 candidate (ticked 本科 of two or three years) also lists the 专科 record; in Hebei only for 本科 enrolment from September 2015.',
    message: '专升本学历报考的考生须同时填写专科学历{since}。',
    sources: [
      { seed: SEEDS.hubei2022, section: '二、具体操作 / (三) 学历证明核验 / 4上传要求', quote: '③以“全日制专升本”学历报考的考生需要同时上传专科毕业证和本科毕业证。' },
      { seed: SEEDS.hubei2026, section: '二、(四) 补充学历相关材料', quote: '是指专升本的本科学历，要求同时上传专科和本科学历材料' },
      { seed: SEEDS.hebei2022, section: '附件1 / 三、(二) 本科学历报考执业医师者上传材料', quote: '如果本科学历为专升本的且为2015年9月1日以后入学的，另须提交专科毕业证书和本科学位证书审核' },
    ],
    profiles: {
      base: null,
      overrides: { 'hubei-2022': { enrolledFrom: null, since: '' }, 'hebei-shijiazhuang-2022': { enrolledFrom: '2015-09', since: '（2015年9月1日以后入学的专升本）' } },
    },
    note: 'Hubei (2022, 2026) asks every 专升本 candidate for both diplomas; Hebei 2022 only when the 本科 was entered on or after 2015-09-01 (an enrolment month of 2015-09 or later); the national guide and Hunan say nothing. The national form has no 专升本 flag: the profile takes a ticked 本科 record of two or three years as 专升本 (a full 本科 is 4-5 years).',
    check: {
      subject: 'candidate',
      path: 'education',
      applies: (c, p) => {
        const r = zhuanshengbenRecord(c)
        return Boolean(r) && (p.enrolledFrom === null || (isYearMonth(r!.enrolled) && r!.enrolled >= p.enrolledFrom))
      },
      test: (c) => c.education.some((r) => r.level === '专科') ? null : { code: 'no-zhuanke-record' },
    },
    cases: (p, ctx) => {
      const zsb = candidateExample('zhuanshengben', ctx)
      const benke = zsb.education[1]!
      const cases = [
        { name: '专科 and 本科', base: 'zhuanshengben', expected: 'accept' as const },
        { name: '本科 only', base: 'zhuanshengben', value: [benke], expected: 'reject' as const },
      ]
      if (p.enrolledFrom === null) return cases
      const at = (enrolled: string) => [{ ...benke, enrolled, graduation: `${Number(enrolled.slice(0, 4)) + 2}-07` }]
      return [
        ...cases,
        { name: '本科 only, entered August 2015', base: 'zhuanshengben', value: at('2015-08'), expected: 'accept' as const },
        { name: '本科 only, entered September 2015', base: 'zhuanshengben', value: at('2015-09'), expected: 'reject' as const },
      ]
    },
  }),

  defineRule({
    id: 'EDU-THREE-PLUS-TWO-BOTH',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '3+2 学制专科须同时填写中专学历',
    summary: 'A 3+2 candidate (ticked two-year 专科) also lists the 中专 record (Hubei 2026).',
    message: '3+2 学制专科学历报考的考生须同时填写中专学历。',
    sources: [{ seed: SEEDS.hubei2026, section: '二、(四) 补充学历相关材料', quote: '3+2 学制专科学历，要求同时上传中专、专科材料' }],
    profiles: { base: null, overrides: { 'hubei-2026': {} } },
    note: 'Only Hubei 2026 states it. The form has no 3+2 flag: the profile takes a ticked 专科 record of two years as the 专科 part of 3+2.',
    check: {
      subject: 'candidate',
      path: 'education',
      applies: (c) => selectedEducation(c)?.level === '专科' && selectedEducation(c)?.lengthYears === 2,
      test: (c) => c.education.some((r) => r.level === '中专') ? null : { code: 'no-zhongzhuan-record' },
    },
    cases: (_p, ctx) => [
      { name: '中专 and 专科', base: 'three-plus-two', expected: 'accept' },
      { name: '专科 only', base: 'three-plus-two', value: [candidateExample('three-plus-two', ctx).education[1]], expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-GRADSTUDENT-THIS-YEAR',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '当年毕业研究生的毕业年月在考试当年',
    summary: 'A candidate whose 在岗情况 is the graduate-student option graduates in the exam year.',
    message: '在岗情况为“{graduateOption}”的考生，所选学历的毕业年月应在{year}年（考试当年）。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名 / 3. 工作情况', quote: '若本人为当年毕业 研究生,尚未获取毕业证书,此处需要选择为"当年毕业研究生"。' },
      { seed: SEEDS.hunan2025, section: '第七步,工作情况', quote: '以研究生学历报考且本人为2024年毕业的应届研究生,此处选择为“研究生(在读)”' },
    ],
    profiles: { base: { graduateOption: graduateStatus('national') }, overrides: { 'national-2025': { graduateOption: graduateStatus('national-2025') } } },
    note: 'Seed 002 says 当年毕业 (graduating in the exam year). Hunan 2025\'s guide says "2024年毕业的应届研究生" for the 2025 exam, most likely a year not updated from the 2024 guide (its own text says it was rewritten from 2024\'s); the profile holds the exam year there too and names the option 研究生(在读).',
    check: {
      subject: 'candidate',
      path: 'education.0.graduation',
      applies: (c) => isGraduateStatus(c.work.status) && IN_SCHOOL_LEVELS.includes(selectedEducation(c)?.level ?? '无学历') && isYearMonth(selectedEducation(c)!.graduation),
      test: (c, _p, ctx) => Number(selectedEducation(c)!.graduation.slice(0, 4)) === ctx.profile.examYear ? null
        : { code: 'not-this-year', detail: { year: ctx.profile.examYear } },
    },
    cases: (_p, ctx) => [
      { name: 'graduates in June of the exam year', base: 'graduate-student', expected: 'accept' },
      { name: 'graduated the year before', base: 'graduate-student', set: { 'education.0.enrolled': `${y(ctx) - 4}-09`, 'education.0.graduation': `${y(ctx) - 1}-06` }, expected: 'reject' },
      { name: 'graduates the year after', base: 'graduate-student', set: { 'education.0.enrolled': `${y(ctx) - 2}-09`, 'education.0.graduation': `${y(ctx) + 1}-06` }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-VERIFICATION-REQUIRED',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '专科及以上学历须提供学信网学历真实性证明及在线验证码',
    summary: 'Every mainland 专科-or-higher record graduated from 2001 on carries a 学信网 report (学籍在线验证报告 or 学历证书电子注册备案表) with its verification code (Hubei).',
    message: '请为该学历选择学历真实性证明材料（教育部学籍在线验证报告或学历证书电子注册备案表）并填写在线验证码。',
    sources: [
      { seed: SEEDS.hubei2022, section: '二、具体操作 / (三) 学历证明核验 / 1', quote: '选择自己的学历 ，然后选择对应的学历真实性证明材料。' },
      { seed: SEEDS.hubei2022, section: '二、具体操作 / (三) 学历证明核验 / 1', quote: '填写在线验证码完成学历验证' },
      { seed: SEEDS.hubei2026, section: '二、(二) 毕业证书相关材料 / 学历认证报告 1', quote: '上传 6 个月内有效的《教育部学籍在线验证报告》或《教育部学历证书电子注册备案表》，验证标识码清晰可查验' },
      { seed: SEEDS.hubei2026, section: '二、(二) 毕业证书相关材料 / 学历认证报告 1', quote: '未在学信网在线认证的专科及以上学历（如 2001 年以前学历、成人、自考等）' },
    ],
    profiles: { base: null, overrides: { 'hubei-2022': { since: '2001-01' } } },
    note: 'Hubei (2022 and 2026) asks for the 学信网 report and its code for each record; seed 002 (section 六) only explains how to obtain the 备案表 for the on-site review, and Hebei and Hunan ask for no code, so the rule applies to Hubei only. Records graduated before 2001 are not registered online (seed 001) and are verified another way; 中专 is never on 学信网.',
    check: {
      subject: 'candidate',
      path: 'education.0.verification',
      applies: (c, p) => c.education.some((r) => isMainlandHigher(r) && (gradMonth(r) ?? '9999') >= p.since),
      test: (c, p) => recordFindings(c, (r) => isMainlandHigher(r) && (gradMonth(r) ?? '9999') >= p.since, (r) => r.verification === null, 'missing', 'verification'),
    },
    cases: [
      { name: '备案表 with code', expected: 'accept' },
      { name: '中专 record without report', base: 'assistant-upgrade-zhongzhuan', expected: 'accept' },
      { name: '1999 diploma without report', set: { 'education.0.enrolled': '1994-09', 'education.0.graduation': '1999-07', 'education.0.diplomaNumber': '104860199912', 'education.0.verification': null }, expected: 'accept' },
      { name: 'no report', value: null, expected: 'reject' },
      { name: 'graduate student: 本科 record without report', base: 'graduate-student', set: { 'education.1.verification': null }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-VERIFICATION-CODE-FORMAT',
    level: 'should',
    area: 'education',
    stage: 'application',
    title: '学信网在线验证码为16位大写字母或数字',
    summary: 'A 学信网 online verification code is 16 upper-case letters or digits.',
    message: '在线验证码应为报告上的16位验证码（大写字母或数字），请核对后重新填写。',
    sources: [{ seed: SEEDS.hubei2022, section: '二、具体操作 / (三) 学历证明核验 / 1', quote: '填写在线验证码完成学历验证' }],
    profiles: { base: null, overrides: { 'hubei-2022': { length: 16 } } },
    note: 'The seeds give no format; the profile assumes the 16-character upper-case code that 学信网 prints on both reports. Level should for that reason. Hubei only, like EDU-VERIFICATION-REQUIRED.',
    check: {
      subject: 'candidate',
      path: 'education.0.verification.code',
      applies: (c) => c.education.some((r) => r.verification !== null),
      test: (c, p) => c.education.flatMap((r, i) => r.verification && !new RegExp(`^[A-Z0-9]{${p.length}}$`).test(r.verification.code)
        ? [{ code: 'format', path: `education.${i}.verification.code` }] : []),
    },
    cases: [
      { name: '16 characters', value: 'A7K2M9Q4T8W3X6Z1', expected: 'accept' },
      { name: '15 characters', value: 'A7K2M9Q4T8W3X6Z', expected: 'reject' },
      { name: '17 characters', value: 'A7K2M9Q4T8W3X6Z12', expected: 'reject' },
      { name: 'lower case', value: 'a7k2m9q4t8w3x6z1', expected: 'reject' },
      { name: 'space inside', value: 'A7K2M9Q4 T8W3X6Z', expected: 'reject' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-VERIFICATION-ISSUED-DATE',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '学信网报告的生成日期为有效日期且不晚于当日',
    summary: 'A 学信网 report\'s issue date is a real YYYY-MM-DD date not after the reference date.',
    message: '学历真实性证明材料的生成日期无效，请核对报告上的日期。',
    sources: [{ seed: SEEDS.hubei2026, section: '二、(二) 毕业证书相关材料 / 学历认证报告 1', quote: '上传 6 个月内有效的《教育部学籍在线验证报告》或《教育部学历证书电子注册备案表》' }],
    profiles: { base: null, overrides: { 'hubei-2022': {} } },
    note: 'Hubei only, like EDU-VERIFICATION-REQUIRED; a report cannot be dated after the day it is entered.',
    check: {
      subject: 'candidate',
      path: 'education.0.verification.issuedOn',
      applies: (c) => c.education.some((r) => r.verification !== null),
      test: (c, _p, ctx) => c.education.flatMap((r, i) => r.verification && !(isIsoDate(r.verification.issuedOn) && r.verification.issuedOn <= ctx.refDate)
        ? [{ code: 'date', path: `education.${i}.verification.issuedOn` }] : []),
    },
    cases: (_p, ctx) => [
      { name: 'issued today', value: ctx.refDate, expected: 'accept' },
      { name: 'issued tomorrow', value: addDays(ctx.refDate, 1), expected: 'reject' },
      { name: 'slashes', value: ctx.refDate.replaceAll('-', '/'), expected: 'reject' },
      { name: 'not a calendar date', value: `${y(ctx)}-02-30`, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-VERIFICATION-VALID',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '学信网报告须在6个月有效期内',
    summary: 'A 学信网 report was issued no more than six months before the reference date (Hubei 2026).',
    message: '学历真实性证明材料已超过{months}个月有效期，请在学信网延长有效期或重新生成后再填写。',
    sources: [
      { seed: SEEDS.hubei2026, section: '二、(二) 毕业证书相关材料 / 学历认证报告 1', quote: '上传 6 个月内有效的《教育部学籍在线验证报告》或《教育部学历证书电子注册备案表》' },
      { seed: SEEDS.national, section: '六、医师资格报名学历认证怎么弄? / 第五步 2', quote: '一次可以延期6个月' },
    ],
    profiles: { base: null, overrides: { 'hubei-2026': { months: 6 } } },
    note: 'Hubei 2026 requires a report valid for six months; Hubei 2022 gives no validity; seed 002 says the candidate extends a report by up to six months at a time (its validity is chosen, not fixed), so nationally there is nothing to check against the issue date. Boundary: issued exactly six months before the reference date is valid, one day earlier is not.',
    check: {
      subject: 'candidate',
      path: 'education.0.verification.issuedOn',
      applies: (c, _p, ctx) => c.education.some((r) => r.verification && isIsoDate(r.verification.issuedOn) && r.verification.issuedOn <= ctx.refDate),
      test: (c, p, ctx) => c.education.flatMap((r, i) => r.verification && isIsoDate(r.verification.issuedOn) && r.verification.issuedOn < addMonths(ctx.refDate, -p.months)
        ? [{ code: 'expired', path: `education.${i}.verification.issuedOn` }] : []),
    },
    cases: (p, ctx) => {
      const limit = addMonths(ctx.refDate, -p.months)
      const dayBefore = addDays(limit, -1)
      return [
        { name: 'issued a month ago', expected: 'accept' },
        { name: 'issued exactly six months ago', value: limit, expected: 'accept' },
        { name: 'six months and one day ago', value: dayBefore, expected: 'reject' },
        { name: 'a year ago', value: addMonths(ctx.refDate, -12), expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'EDU-DEGREE-FULLTIME',
    level: 'should',
    area: 'education',
    stage: 'application',
    title: '全日制本科及以上学历须填写学位',
    summary: 'A graduated full-time 本科-or-higher mainland record names its degree (Hubei 2026).',
    message: '全日制本科及以上学历须填写学位，并上传学位证书。',
    sources: [
      { seed: SEEDS.hubei2026, section: '二、(三) 学位证书', quote: '全日制本科及以上学历必须提供学位证书、学位认证报告' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '7.学位:如实填写与本次报考对应的学位证书情况' },
    ],
    profiles: { base: null, overrides: { 'hubei-2026': {} } },
    note: 'Hubei 2026 requires the degree certificate of full-time 本科 and above (a material); the profile also expects the 学位 field of such a record filled. Records still being studied for (no diploma number) are exempt. Level should: the form rule is inferred from the material rule.',
    check: {
      subject: 'candidate',
      path: 'education.0.degree',
      applies: (c) => c.education.some((r) => isFulltimeDegreeRecord(r)),
      test: (c) => recordFindings(c, isFulltimeDegreeRecord, (r) => r.degree.trim() === '', 'missing', 'degree'),
    },
    cases: [
      { name: '医学学士', expected: 'accept' },
      { name: '专科 without degree', base: 'assistant-upgrade-zhuanke', expected: 'accept' },
      { name: 'in-school 长学制 without degree', base: 'long-programme', expected: 'accept' },
      { name: 'no degree', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-GRADUATE-DEGREE-TYPE',
    level: 'must',
    area: 'education',
    stage: 'application',
    title: '研究生学位须标明专业型/学术型',
    summary: 'A 硕士/博士 record\'s degree says whether it is a professional (专业学位) or academic (学术学位) degree (Hubei 2026).',
    message: '研究生学位需标明专业型/学术型（如“临床医学硕士专业学位”）。',
    sources: [{ seed: SEEDS.hubei2026, section: '二、(三) 学位证书', quote: '研究生学位需标明专业型/学术型研究生' }],
    profiles: { base: null, overrides: { 'hubei-2026': {} } },
    note: 'Only Hubei 2026 states it. Read on the 学位 field: it must contain 专业 or 学术 (科学学位 is the older name of 学术学位 and counts). An empty degree is left to EDU-DEGREE-FULLTIME.',
    check: {
      subject: 'candidate',
      path: 'education.0.degree',
      applies: (c) => c.education.some((r) => isGraduateRecord(r) && r.degree !== ''),
      test: (c) => recordFindings(c, (r) => isGraduateRecord(r) && r.degree !== '', (r) => !/专业|学术|科学学位/.test(r.degree), 'type', 'degree'),
    },
    cases: [
      { name: '临床医学硕士专业学位', base: 'graduate-student', expected: 'accept' },
      { name: '医学硕士学术学位', base: 'graduate-student', value: '医学硕士学术学位', expected: 'accept' },
      { name: '医学硕士 without type', base: 'graduate-student', value: '医学硕士', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-NONMAINLAND-CERTIFICATION',
    level: 'manual',
    area: 'education',
    stage: 'review',
    title: '非大陆学历须提交教育部留学服务中心学历认证书',
    summary: 'A non-mainland education record is backed by the Ministry of Education\'s 留学认证 report (国外学历学位认证书).',
    sources: [
      { seed: SEEDS.national, section: '三、现场确认 / (三)', quote: '非大陆学历考生还须提交教育部留学认证中心出具的《国外学历学位认证书》' },
      { seed: SEEDS.hubei2026, section: '二、(二) 毕业证书相关材料 / 学历认证报告 3', quote: '考生须提交教育部留学认证中心出具的《国外学历学位认证书》' },
      { seed: SEEDS.hebei2022, section: '五、注意事项 4', quote: '取得国外医学学历学位的考生，除上传学历学位证书外尚须上传教育部留学服务认证中心的学历认证报告书' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '注意港澳台及境外学历需要国家留学认证中心的认证报告' },
    ],
    profiles: { base: {} },
    manual: 'The form has no field for the 认证书; it is a document the reviewer reads (its number and holder against the record). Whether it is uploaded at all is a materials rule.',
  }),

  defineRule({
    id: 'EDU-ZHONGZHUAN-CERTIFICATION',
    level: 'manual',
    area: 'education',
    stage: 'review',
    title: '中专学历须经省级教育行政部门学历认证',
    summary: 'A 中专 diploma, which 学信网 does not cover, is verified by the provincial education authority; the reviewer reads that report and the diploma\'s steel seal.',
    sources: [
      { seed: SEEDS.hebei2022, section: '五、注意事项 5', quote: '凡持中专学历报考者，须上传带有清晰完整钢印的毕业证书正面照及反面照，并同时上传省级教育行政部门出具的学历认证报告' },
      { seed: SEEDS.national, section: '六、医师资格报名学历认证怎么弄? / 中专学历如何认证?', quote: '中专学历无法在线认证,只能到当地指定的学历认证机构进行人工认证' },
    ],
    profiles: { base: {} },
    manual: 'No online code exists for 中专; only a reviewer can judge the provincial report and whether the steel seal is clear and complete.',
  }),

  defineRule({
    id: 'EDU-RECORD-MATCHES-DIPLOMA',
    level: 'manual',
    area: 'education',
    stage: 'review',
    title: '所选学历信息与毕业证书、上传材料一致',
    summary: 'The ticked record (school, major as printed, graduation month as the issue date, 学制, number) matches the diploma and the uploaded materials.',
    sources: [
      { seed: SEEDS.hebei2022, section: '五、注意事项 3', quote: '考生网上填报信息必须与上传材料一致。' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '3.毕业年月:请按照报名毕业证书的颁发日期填写' },
      { seed: SEEDS.hunan2025, section: HUNAN_EDU, quote: '8.专业:系统内搜索查找与毕业证上专业完全一致的专业' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、8', quote: '在毕业学校下拉菜单中选择合并后的院校名称。' },
    ],
    profiles: { base: {} },
    manual: 'Comparing the entered record with the image of the diploma (and a merged school\'s new name with the old one printed on it) needs a person; 学信网 verification of the number is EDU-VERIFICATION-REQUIRED.',
  }),

  defineRule({
    id: 'EDU-PORTAL-RECORDS',
    level: 'manual',
    area: 'education',
    stage: 'materials',
    title: '省网学历信息可修改、删除；历史考生选择“已核实学历库”',
    summary: 'In Hubei\'s portal education records are added, edited and deleted; a returning candidate picks the 已核实学历库 and, applying in the same direction, uploads no education material.',
    sources: [
      { seed: SEEDS.hubei2022, section: '二、(三) 2 修改学历信息', quote: '如需对学历进行修改或删除，请点击原学历后“修改”和“删除”重新填写' },
      { seed: SEEDS.hubei2022, section: '二、(三) 3 历史考生', quote: '在湖北考区报考的历史考生请选择“已核实学历库”' },
      { seed: SEEDS.hubei2022, section: '二、(三) 3 历史考生', quote: '此时若考生报考方向不变，则无需考生上传任何学历材料' },
    ],
    profiles: { base: null, overrides: { 'hubei-2022': {} } },
    note: 'Hubei 2022 (seed 000) only; 2026 inherits it.',
    manual: 'The 已核实学历库 is the province\'s record of earlier candidates, which no target exposes to the harness; the edit and delete buttons are the portal page\'s structure.',
  }),
]

function isGraduateRecord(r: Rec): boolean {
  return (GRADUATE_LEVELS as readonly string[]).includes(r.level)
}

function isFulltimeDegreeRecord(r: Rec): boolean {
  return r.region === '大陆' && r.studyForm === '普通全日制' && ['本科', ...IN_SCHOOL_LEVELS].includes(r.level) && r.diplomaNumber !== ''
}
