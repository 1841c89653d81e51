import { z } from 'zod'
import type { Candidate } from '../candidate.ts'
import { addDays } from '../checks/addDays.ts'
import { isYearMonth, selectedCertificate, selectedEducation, SHICHENG } from '../checks/education.ts'
import { GRADUATE_STATUSES, WORK_STATUS_OPTIONS, graduateStatus, isGraduateStatus } from '../checks/workStatus.ts'
import { PROVINCIAL_SITES, type ProvincialSite } from '../checks/provincialSites.ts'
import { examOf } from '../exams.ts'
import { defineRule, type Ctx } from '../rule.ts'
import { SEEDS } from '../seeds.ts'
import { ACTIVE_DUTY_STATUSES, GRADUATE_LEVELS } from '../vocabulary.ts'

const FORM = '附: 网上报名表填写说明'
const AREA_STEP = '二、考试报名 / 6. 选择考区及考点'
const HUNAN_SUBMIT = '第十一步,提交确认'
const HUNAN_WORK = '第七步,工作情况'
const SHORT_LINE = ['儿科', '院前急救']

/** Province-level division codes (GB/T 2260): the 考区 a candidate can choose. */
const PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])0000$/
const y = (ctx: Ctx) => ctx.profile.examYear
const isShortLine = (c: Candidate) => SHORT_LINE.includes(c.application.extraSubject)
const isActiveDuty = (c: Candidate) => (ACTIVE_DUTY_STATUSES as readonly string[]).includes(c.serviceStatus)
/** The 考区 this profile admits: its own, or any when the profile has none (national). */
const ownArea = (c: Candidate, ctx: Ctx) => PROVINCE.test(c.application.area) && (!ctx.profile.examArea || c.application.area === ctx.profile.examArea.code)
const siteInArea = (c: Candidate) => /^\d{6}$/.test(c.application.site) && c.application.site !== c.application.area && c.application.site.slice(0, 2) === c.application.area.slice(0, 2)
const prefectureOf = (division: string) => `${division.slice(0, 4)}00`
const otherProvinceSite = (area: string) => `${Number(area.slice(0, 2)) + 1}0100`

export const applicationRules = [
  defineRule({
    id: 'APP-EXAM-CODE-FORMAT',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '考试编码为7位数字（年份+3位考试代码）',
    summary: 'The exam code is seven digits: the exam year and a three-digit exam code.',
    message: '考试编码应为7位数字（考试年份+3位类别代码，如 2014110），请重新选择报考项目。',
    sources: [{ seed: SEEDS.national, section: '二、考试报名 / 1. 选择报考类别', quote: '考试编码: 2014110' }],
    profiles: { base: {} },
    check: { subject: 'candidate', path: 'application.examCode', schema: () => z.string().regex(/^\d{7}$/) },
    cases: (_p, ctx) => [
      { name: 'year + 110', value: `${y(ctx)}110`, expected: 'accept' },
      { name: 'six digits', value: `${y(ctx)}11`, expected: 'reject' },
      { name: 'eight digits', value: `${y(ctx)}1100`, expected: 'reject' },
      { name: 'hyphen', value: `${y(ctx)}-110`, expected: 'reject' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-EXAM-CODE-YEAR',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '考试编码的年份为本次考试年份',
    summary: 'The exam code starts with the profile\'s exam year.',
    message: '所选报考项目不是{examYear}年的考试，请重新选择。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名 / 1. 选择报考类别', quote: '考试编码: 2014110' },
      { seed: SEEDS.hebei2022, section: '附件 image6', quote: '2021110' },
    ],
    profiles: { base: {} },
    note: 'The year is profile.examYear (national 2026, Hubei 2022/2026, Hebei 2022, Hunan 2025). Seed 003\'s screenshot shows a 2021 code inside the 2022 notice: a picture from the year before, not a rule.',
    check: {
      subject: 'candidate',
      path: 'application.examCode',
      applies: (c) => /^\d{7}$/.test(c.application.examCode),
      test: (c, _p, ctx) => c.application.examCode.slice(0, 4) === String(y(ctx)) ? null : { code: 'year', detail: { examYear: y(ctx) } },
    },
    cases: (_p, ctx) => [
      { name: 'exam year', value: `${y(ctx)}110`, expected: 'accept' },
      { name: 'the year before', value: `${y(ctx) - 1}110`, expected: 'reject' },
      { name: 'the year after', value: `${y(ctx) + 1}110`, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-EXAM-CODE-KNOWN',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '考试代码对应一个考试类别和级别',
    summary: 'The three-digit exam code names a category × level that exists (乡村全科 only at the assistant level).',
    message: '考试代码不存在，请在报考项目列表中按类别和级别重新选择。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名 / 1. 选择报考类别', quote: '110 临床执业医师(仅供' },
      { seed: SEEDS.national, section: '四、网上缴费', quote: '2014150 中西医结合执业医师' },
      { seed: SEEDS.hunan2025, section: '第四步,选择考试项目', quote: '3.【类别】选【临床】【口腔】【中医/中西医】【公卫】或【乡村】' },
    ],
    profiles: { base: {} },
    note: 'Codes 110, 120 and 150 are in seed 002; the others (130, 140, 210-250, 260 乡村全科助理) are assumed, see src/rules/exams.ts.',
    check: {
      subject: 'candidate',
      path: 'application.examCode',
      applies: (c) => /^\d{7}$/.test(c.application.examCode),
      test: (c) => examOf(c.application.examCode) ? null : { code: 'unknown' },
    },
    cases: (_p, ctx) => [
      { name: '110 临床执业', value: `${y(ctx)}110`, expected: 'accept' },
      { name: '120 口腔执业', value: `${y(ctx)}120`, expected: 'accept' },
      { name: '150 中西医结合执业', value: `${y(ctx)}150`, expected: 'accept' },
      { name: '160 (none)', value: `${y(ctx)}160`, expected: 'reject' },
      { name: '000', value: `${y(ctx)}000`, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-SHICHENG-TCM',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '师承或确有专长人员只可报考中医类别',
    summary: 'A candidate applying with a 传统医学师承或确有专长 record chooses a 中医 exam.',
    message: '以传统医学师承或确有专长报考的，只可报考中医类别。',
    sources: [
      { seed: SEEDS.national, section: '三、现场确认 / (七)', quote: '报考传统医学师承或确有专长类别医师资格考试的,还须提交《传统医学师承出师证书》或《传统医学医术确有专长证书》。' },
      { seed: SEEDS.hebei2022, section: '附件1 / 三、(五)', quote: '报考确有专长执业助理医师者上传材料' },
    ],
    profiles: { base: {} },
    note: '传统医学 is the 中医 category (which includes 民族医); seed 002 treats 师承/确有专长 as a category of its own within it.',
    check: {
      subject: 'candidate',
      path: 'application.examCode',
      applies: (c) => selectedEducation(c)?.level === SHICHENG && Boolean(examOf(c.application.examCode)),
      test: (c) => examOf(c.application.examCode)!.category === '中医' ? null : { code: 'category' },
    },
    cases: (_p, ctx) => [
      { name: '中医助理', base: 'shicheng', expected: 'accept' },
      { name: '中医执业', base: 'shicheng', value: `${y(ctx)}140`, expected: 'accept' },
      { name: '临床助理', base: 'shicheng', value: `${y(ctx)}210`, expected: 'reject' },
      { name: '中西医结合助理', base: 'shicheng', value: `${y(ctx)}250`, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-AREA-FORMAT',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '考区为省级行政区',
    summary: 'The exam area is a province-level division (a 6-digit code ending in 0000).',
    message: '请在下拉列表中选择报考考区（省级）。',
    sources: [{ seed: SEEDS.national, section: `${FORM} / 报考考区`, quote: '在下拉列表中选择本人所在地或工作单位所在的考区。' }],
    profiles: { base: {} },
    check: { subject: 'candidate', path: 'application.area', schema: () => z.string().regex(PROVINCE) },
    cases: (_p, ctx) => {
      const area = ctx.profile.examArea?.code ?? '110000'
      return [
        { name: 'province code', value: area, expected: 'accept' },
        { name: 'prefecture code', value: `${area.slice(0, 2)}0100`, expected: 'reject' },
        { name: 'four digits', value: area.slice(0, 4), expected: 'reject' },
        { name: 'no such province', value: '990000', expected: 'reject' },
        { name: 'not chosen', value: '', expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'APP-AREA-IS-PROFILE',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '考区为本考区',
    summary: 'Under a regional profile, the exam area is that region (湖北省, 河北省, 湖南省).',
    message: '报考考区应选择{name}。',
    sources: [
      { seed: SEEDS.hunan2025, section: HUNAN_SUBMIT, quote: '1.考区:湖南省;' },
      { seed: SEEDS.hubei2022, section: '一、网上报名程序 / (二) 省网上传材料', quote: '选择“湖北”考区的考生在国网提交报名信息后' },
      { seed: SEEDS.hebei2022, section: '二、报名流程 / (一) 材料上传', quote: '登录国家医学考试（河北）考生服务系统上传相关报名材料' },
    ],
    profiles: {
      base: null,
      overrides: { 'hubei-2022': { name: '湖北省' }, 'hebei-shijiazhuang-2022': { name: '河北省' }, 'hunan-2025': { name: '湖南省' } },
    },
    note: 'The national platform lets a candidate choose any area; each regional profile describes its own area\'s candidates, so there the area is profile.examArea.',
    check: {
      subject: 'candidate',
      path: 'application.area',
      applies: (c) => PROVINCE.test(c.application.area),
      test: (c, _p, ctx) => c.application.area === ctx.profile.examArea!.code ? null : { code: 'other-area' },
    },
    cases: (_p, ctx) => [
      { name: 'own area', value: ctx.profile.examArea!.code, expected: 'accept' },
      { name: '北京市', value: '110000', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-SITE-IN-AREA',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '考点属于所选考区',
    summary: 'The exam site is a division inside the chosen exam area (not the area itself).',
    message: '报考考点须为所选考区内的考点，请重新选择。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 报考考点`, quote: '在下拉列表中选择本人所在地或工作单位所在的考点。' },
      { seed: SEEDS.national, section: '二、考试报名', quote: '考区: 北京市 考点: 东城区' },
      { seed: SEEDS.hubei2022, section: '五、(一) 报名考点选择', quote: '原“同济医学院考点”已合并至武汉考点' },
    ],
    profiles: { base: {} },
    note: 'Seed 002 shows 东城区 as a 考点 of 北京市, so a site may be a prefecture or a district: the profile only requires the code to lie inside the area. Judged only when the area itself is valid for the profile. Hubei\'s merged 同济医学院 site is no division code, so it cannot be chosen: its candidates choose 武汉 (420100).',
    check: {
      subject: 'candidate',
      path: 'application.site',
      applies: (c, _p, ctx) => ownArea(c, ctx),
      test: (c) => siteInArea(c) ? null : { code: 'outside-area' },
    },
    cases: (_p, ctx) => {
      const area = ctx.profile.examArea?.code ?? '110000'
      return [
        { name: 'site in the area', expected: 'accept' },
        { name: 'site in another province', value: otherProvinceSite(area), expected: 'reject' },
        { name: 'the area itself', value: area, expected: 'reject' },
        { name: 'five digits', value: area.slice(0, 5), expected: 'reject' },
      ]
    },
  }),

  defineRule<{ provincial: ProvincialSite | null }>({
    id: 'APP-SITE-WORK-UNIT',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '考点为工作（试用）单位所在地州市',
    summary: 'The exam site is the prefecture of the work or probation unit (Hubei: no cross-site registration; Hunan: the unit\'s prefecture, and the 省直 site for provincial and central hospitals).',
    message: '报考考点应为工作（试用）单位对应的考点（{site}），不得跨考点报名。',
    sources: [
      { seed: SEEDS.hubei2022, section: '五、相关提示 / (一) 报名考点选择', quote: '考生（含部队考生）根据试用机构所在地对应考点进行报考，不得跨考点报名考试' },
      { seed: SEEDS.hunan2025, section: HUNAN_SUBMIT, quote: '2.考点:工作单位所在地州市;' },
      ...PROVINCIAL_SITES['430000']!.sources,
    ],
    profiles: { base: null, overrides: { 'hubei-2022': { provincial: null }, 'hunan-2025': { provincial: PROVINCIAL_SITES['430000']! } } },
    note: 'Seed 002 allows the site of residence or of the work unit, and Hebei states nothing, so the rule applies to Hubei and Hunan only. Hunan: "省直医院考生请选择省直考点,切记" with 004\'s 单位隶属 mapping (湘雅医院属于中央;其他省直医院属于省级): a unit whose 单位隶属 is 中央 or 省级 takes the 省直考点 (439900 here), every other unit its prefecture. Judged only when the site lies in the area (APP-SITE-IN-AREA judges the rest).',
    check: {
      subject: 'candidate',
      path: 'application.site',
      applies: (c) => siteInArea(c) && /^\d{6}$/.test(c.work.unitDivision),
      test: (c, p) => {
        const site = p.provincial?.affiliations.includes(c.work.affiliation) ? p.provincial.code : prefectureOf(c.work.unitDivision)
        return c.application.site === site ? null : { code: 'not-unit-site', detail: { site } }
      },
    },
    cases: (p, ctx) => {
      const prefix = ctx.profile.examArea!.code.slice(0, 2)
      return [
        { name: 'the unit\'s prefecture', expected: 'accept' },
        { name: 'township unit in the same prefecture', base: 'rural-general', expected: 'accept' },
        { name: 'another prefecture of the province', value: `${prefix}0200`, expected: 'reject' },
        ...(p.provincial ? [
          { name: '省级 hospital at the 省直考点', value: p.provincial.code, set: { 'work.affiliation': '省级' }, expected: 'accept' as const },
          { name: '中央 hospital (湘雅) at the 省直考点', value: p.provincial.code, set: { 'work.affiliation': '中央' }, expected: 'accept' as const },
          { name: '省级 hospital at its prefecture', set: { 'work.affiliation': '省级' }, expected: 'reject' as const },
          { name: '市 hospital at the 省直考点', value: p.provincial.code, set: { 'work.affiliation': '市' }, expected: 'reject' as const },
        ] : []),
      ]
    },
  }),

  defineRule({
    id: 'APP-ATTEMPTS-MIN',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '累计报考次数至少为1（默认1）',
    summary: 'The cumulative attempt count (same level and category, this one included) is a whole number of at least 1; a first attempt is 1.',
    message: '累计报考次数至少为1（首次报考为1），请重新填写。',
    sources: [
      { seed: SEEDS.national, section: AREA_STEP, quote: '首次报 考考生可不予填写,默认次数为1' },
      { seed: SEEDS.national, section: AREA_STEP, quote: '累计报考次数为相同级别,相同类别的报考次数累计。' },
    ],
    profiles: { base: {} },
    check: { subject: 'candidate', path: 'application.attempts', schema: () => z.number().int().min(1) },
    cases: [
      { name: 'first attempt (default)', value: 1, expected: 'accept' },
      { name: 'third attempt', value: 3, expected: 'accept' },
      { name: 'zero', value: 0, expected: 'reject' },
      { name: 'negative', value: -1, expected: 'reject' },
      { name: 'fraction', value: 1.5, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-WORK-STATUS-OPTIONS',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '在岗情况为本考区下拉菜单中的选项',
    summary: 'The 在岗情况 is one of the profile\'s options; the graduate-student option is 当年毕业研究生 nationally and 研究生(在读) in Hunan 2025.',
    message: '在岗情况请从下拉菜单中选择：{optionsText}。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 在岗情况`, quote: '(1)请在下拉菜单中选择在岗情况:试用期、在职、当年毕业研究生' },
      { seed: SEEDS.hunan2025, section: HUNAN_WORK, quote: '2.在岗情况一栏中,以研究生学历报考且本人为2024年毕业的应届研究生,此处选择为“研究生(在读)”;' },
      { seed: SEEDS.hunan2025, section: HUNAN_WORK, quote: '8.在岗情况:研究生选研究生在读,应届毕业生选试用期,其他选在职。' },
    ],
    profiles: {
      base: { options: WORK_STATUS_OPTIONS.national!, optionsText: WORK_STATUS_OPTIONS.national!.join('、') },
      overrides: { 'national-2025': { options: WORK_STATUS_OPTIONS['national-2025']!, optionsText: WORK_STATUS_OPTIONS['national-2025']!.join('、') } },
    },
    note: 'The seeds name the graduate-student option differently: seed 002 当年毕业研究生, Hunan 2025 研究生(在读) (for the same national platform, perhaps a later label). Each profile accepts only its own name; the table is src/rules/checks/workStatus.ts.',
    check: {
      subject: 'candidate',
      path: 'work.status',
      test: (c, p) => (p.options as readonly string[]).includes(c.work.status) ? null : { code: 'option' },
    },
    cases: (p) => {
      const other = GRADUATE_STATUSES.find((s) => !p.options.includes(s))!
      return [
        { name: '试用期', expected: 'accept' },
        { name: '在职', value: '在职', expected: 'accept' },
        { name: 'own graduate-student option', base: 'graduate-student', expected: 'accept' },
        { name: `graduate student choosing ${other}`, base: 'graduate-student', value: other, expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'APP-GRADSTUDENT-STATUS-LEVEL',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '在岗情况选“当年毕业研究生”者须以研究生（或长学制）学历报考',
    summary: 'A candidate whose 在岗情况 is the graduate-student option applies with a 硕士, 博士 or 本科长学制 record.',
    message: '在岗情况为“{graduateOption}”的考生，须勾选研究生（或长学制）学历报考。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名 / 3. 工作情况', quote: '在岗情况一项中,以研究生学历报考的考生应注意,若本人为当年毕业 研究生,尚未获取毕业证书,此处需要选择为"当年毕业研究生"。' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 一、5', quote: '在读硕士研究生、博士研究生或长学制考生参加医师资格考试如何填写网上报名 信息' },
    ],
    profiles: { base: { graduateOption: graduateStatus('national') }, overrides: { 'national-2025': { graduateOption: graduateStatus('national-2025') } } },
    note: 'The option is for those applying with the 研究生 record they will obtain this year; seed 002 FAQ 一.5 treats 长学制 students the same way, so 本科长学制 is admitted too. Option names per profile as in APP-WORK-STATUS-OPTIONS.',
    check: {
      subject: 'candidate',
      path: 'work.status',
      applies: (c) => isGraduateStatus(c.work.status) && Boolean(selectedEducation(c)),
      test: (c) => ['博士研究生', '硕士研究生', '本科长学制'].includes(selectedEducation(c)!.level) ? null : { code: 'level' },
    },
    cases: (p) => [
      { name: '硕士 student', base: 'graduate-student', expected: 'accept' },
      { name: '长学制 student', base: 'long-programme', expected: 'accept' },
      { name: '本科 graduate choosing the graduate option', value: p.graduateOption, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-WORK-UNIT-REQUIRED',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '工作单位（在校研究生为实习单位）必填',
    summary: 'The work unit is filled in; a graduate student gives the internship unit.',
    message: '请选择工作单位（在校研究生请选择实习单位），如检索不到请先申请增补。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 工作单位名称`, quote: '(2)对于在校研究生,请选择或填写实习单位名称。' },
      { seed: SEEDS.hunan2025, section: HUNAN_WORK, quote: '1.工作单位:在系统里面进行选择,如果没有请先增补。' },
    ],
    profiles: { base: {} },
    check: { subject: 'candidate', path: 'work.unit', schema: () => z.string().min(1) },
    cases: [
      { name: 'unit chosen', expected: 'accept' },
      { name: 'graduate student\'s internship unit', base: 'graduate-student', expected: 'accept' },
      { name: 'empty', value: '', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-WORK-UNIT-CHARS',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '工作单位名称不得有空格、标点符号',
    summary: 'A work unit name has no spaces or punctuation.',
    message: '工作单位名称不得有空格、标点符号，请从单位列表中选择。',
    sources: [{ seed: SEEDS.national, section: `${FORM} / 工作单位名称`, quote: '(2)对于在校研究生,请选择或填写实习单位名称。(不得有空格、标点符号)' }],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'work.unit',
      applies: (c) => c.work.unit !== '',
      test: (c) => /[\s\p{P}\p{S}]/u.test(c.work.unit) ? { code: 'punctuation' } : null,
    },
    cases: [
      { name: 'plain name', value: '北京协和医院', expected: 'accept' },
      { name: 'space inside', value: '北京协和 医院', expected: 'reject' },
      { name: 'full-width brackets', value: '北京协和医院（东院）', expected: 'reject' },
      { name: 'half-width brackets', value: '北京协和医院(东院)', expected: 'reject' },
      { name: 'trailing full stop', value: '北京协和医院。', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-MILITARY-ONLY-ACTIVE',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '只有现役军人才能加试军事医学',
    summary: 'Only an active-duty candidate (本人身份 items 1, 2, 4, 5) takes the military medicine extra subject; hired civilians and local candidates may not.',
    message: '只有现役军人才能申请参加军事医学考试，请将加试科目改为“无”。',
    sources: [
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、12', quote: '只有现役军人才能申请参加军事医学考试' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、12', quote: '地方考生和军队、武警及公安部所属边防、 消防和警卫现役机构聘用的地方人员不能参加军事医学考试。' },
      { seed: SEEDS.national, section: `${FORM} / 本人身份`, quote: '现役军人请在第1、2、4、5项中选择其中一项,聘用人员请在第3、6项中选择一项。' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'application.extraSubject',
      applies: (c) => c.application.extraSubject === '军事医学',
      test: (c) => isActiveDuty(c) ? null : { code: 'not-active-duty' },
    },
    cases: [
      { name: 'active-duty officer', base: 'military', expected: 'accept' },
      { name: 'local candidate', value: '军事医学', expected: 'reject' },
      { name: 'hired civilian in an army unit', base: 'military', set: { serviceStatus: '军队及武警部队聘用地方人员' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-MILITARY-REQUIRED-FOR-ACTIVE',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '现役军人须加试军事医学',
    summary: 'An active-duty candidate of an army, armed-police or public-security unit chooses military medicine as the extra subject.',
    message: '现役军人须在加试科目中选择“军事医学”。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名 / 2. 基本情况', quote: '现役军人(需要加考军事医学)人员需要准确填写"本人身份"一项' },
      { seed: SEEDS.national, section: `${FORM} / 加试科目`, quote: '现役军人在下拉列表中选择"军事医学"' },
    ],
    profiles: { base: {} },
    note: 'Seed 002 says active-duty candidates 需要加考 military medicine, and elsewhere (FAQ 二.12) that only they 能申请 it; the profile reads both: required for them, refused for others (APP-MILITARY-ONLY-ACTIVE). Judged only where the 本人身份 matches a military unit (the identity rules judge a mismatch).',
    check: {
      subject: 'candidate',
      path: 'application.extraSubject',
      applies: (c) => isActiveDuty(c) && ['军队', '武警', '公安'].includes(c.work.affiliation),
      test: (c) => c.application.extraSubject === '军事医学' ? null : { code: 'missing' },
    },
    cases: [
      { name: 'active duty with 军事医学', base: 'military', expected: 'accept' },
      { name: 'active duty without extra subject', base: 'military', value: '无', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-SHORT-LINE-CATEGORY',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '儿科、院前急救加试仅限报考临床执业医师',
    summary: 'The 儿科 and 院前急救 extra subjects go only with the 临床执业 exam.',
    message: '短线医学专业加试（{subject}）仅限报考临床执业医师的考生。',
    sources: [
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、14', quote: '报考临床执业医师且在院前急救或儿科岗位的考生可以申请参加短线医学专业加试' },
      { seed: SEEDS.national, section: `${FORM} / 加试科目`, quote: '在儿科岗位工作且符合报考临床执业医师资格的人员在下拉列表中分别 选择"儿科"' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'application.examCode',
      applies: (c) => isShortLine(c) && Boolean(examOf(c.application.examCode)),
      test: (c) => {
        const exam = examOf(c.application.examCode)!
        return exam.category === '临床' && exam.level === '执业' ? null : { code: 'category', detail: { subject: c.application.extraSubject } }
      },
    },
    cases: (_p, ctx) => [
      { name: '临床执业 with 院前急救', base: 'short-line-emergency', expected: 'accept' },
      { name: '临床助理 with 院前急救', base: 'short-line-emergency', value: `${y(ctx)}210`, expected: 'reject' },
      { name: '口腔执业 with 院前急救', base: 'short-line-emergency', value: `${y(ctx)}120`, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-SHORT-LINE-POST',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '短线加试考生须在相应岗位（儿科、院前急救）工作',
    summary: 'A candidate taking the 儿科 or 院前急救 extra subject works in that post (Hebei: assistant practitioners are judged by 执业范围 instead).',
    message: '申请{subject}加试的考生须在{subject}岗位工作，请核对科室/岗位。',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 加试科目`, quote: '在院前急救岗位工作且符合报考临床执业医师资格的人员在下拉列表中 选择"院前急救"' },
      { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (五)', quote: '报考执业医师的试用期岗位必须是院前急救、儿科' },
      { seed: SEEDS.hunan2025, section: HUNAN_SUBMIT, quote: '3.加试考生仅限于在儿科和院前急救专业执业的考生' },
    ],
    profiles: { base: { assistantsByScope: false }, overrides: { 'hebei-shijiazhuang-2022': { assistantsByScope: true } } },
    note: 'Seed 002 and Hunan judge every candidate by post; Hebei 2022 judges the probation post of first-time candidates but the 执业范围 of assistant practitioners (CERT-SHORT-LINE-SCOPE), so there candidates with a ticked certificate are out of scope here.',
    check: {
      subject: 'candidate',
      path: 'work.post',
      applies: (c, p) => isShortLine(c) && !(p.assistantsByScope && Boolean(selectedCertificate(c))),
      test: (c) => c.work.post.includes(c.application.extraSubject) ? null : { code: 'post', detail: { subject: c.application.extraSubject } },
    },
    cases: (p) => [
      { name: '儿科 post, 儿科 subject', base: 'probation-doctor', set: { 'application.extraSubject': '儿科', 'work.post': '儿科' }, expected: 'accept' },
      { name: '内科 post, 儿科 subject', base: 'probation-doctor', set: { 'application.extraSubject': '儿科' }, expected: 'reject' },
      { name: '院前急救 post, 院前急救 subject', base: 'short-line-emergency', expected: 'accept' },
      { name: 'assistant in a 内科 post with 院前急救 scope', base: 'short-line-emergency', value: '内科', expected: p.assistantsByScope ? 'accept' : 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-SHORT-LINE-NOT-FRESH',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '上年毕业的应届生不能参加短线医学专业加试',
    summary: 'A candidate who graduated the year before the exam (应届, Hebei 2022: 2021 graduates) may not take a 短线 extra subject.',
    message: '{graduated}年毕业的应届生不能参加短线医学专业加试，请将加试科目改为“无”。',
    sources: [{ seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (五)', quote: '2021年毕业的应届生不能参加短线医学专业加试。' }],
    profiles: { base: null, overrides: { 'hebei-shijiazhuang-2022': { yearsBefore: 1 } } },
    note: 'Only Hebei 2022 refuses it; seed 002 admits any clinical practising candidate in those posts, so the other profiles admit fresh graduates. "2021年毕业" for the 2022 exam is read as the year before the exam, by the ticked record\'s graduation month.',
    check: {
      subject: 'candidate',
      path: 'application.extraSubject',
      applies: (c) => isShortLine(c) && isYearMonth(selectedEducation(c)?.graduation ?? ''),
      test: (c, p, ctx) => Number(selectedEducation(c)!.graduation.slice(0, 4)) === y(ctx) - p.yearsBefore
        ? { code: 'fresh-graduate', detail: { graduated: y(ctx) - p.yearsBefore } } : null,
    },
    cases: (p, ctx) => {
      const pd = { 'application.extraSubject': '儿科', 'work.post': '儿科' }
      return [
        { name: 'graduated two years before', base: 'probation-doctor', set: pd, expected: 'accept' },
        { name: 'fresh graduate', base: 'probation-doctor', set: { ...pd, 'education.0.enrolled': `${y(ctx) - p.yearsBefore - 5}-09`, 'education.0.graduation': `${y(ctx) - p.yearsBefore}-06` }, expected: 'reject' },
      ]
    },
  }),

  defineRule({
    id: 'APP-RURAL-UNIT-TYPE',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '乡村全科执业助理医师考生须在乡镇卫生院或村卫生室工作',
    summary: 'A 乡村全科 candidate works in a township health centre or a village clinic; community health centres and private clinics are not eligible.',
    message: '报考乡村全科执业助理医师须在乡镇卫生院或村卫生室工作，社区卫生服务中心和个人诊所不符合报考条件。',
    sources: [
      { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (二)', quote: '1.已在乡镇卫生院或村卫生室工作满一年且考核合格' },
      { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (二)', quote: '试用机构为社区卫生服务中心和个人诊所的不符合乡村全科执业助理医师报考条件' },
    ],
    profiles: { base: { unitTypes: ['乡镇卫生院', '村卫生室'] } },
    note: 'Only the Hebei notice spells it out, but it quotes the national document (国卫办医函〔2016〕226号), so every profile applies it.',
    check: {
      subject: 'candidate',
      path: 'work.unitType',
      applies: (c) => examOf(c.application.examCode)?.category === '乡村全科',
      test: (c, p) => p.unitTypes.includes(c.work.unitType) ? null : { code: 'unit-type' },
    },
    cases: [
      { name: '乡镇卫生院', base: 'rural-general', expected: 'accept' },
      { name: '村卫生室', base: 'rural-general', value: '村卫生室', expected: 'accept' },
      { name: '社区卫生服务中心', base: 'rural-general', value: '社区卫生服务中心', expected: 'reject' },
      { name: '个人诊所', base: 'rural-general', value: '个人诊所', expected: 'reject' },
      { name: '医院', base: 'rural-general', value: '医院', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-RURAL-MONTHS',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '乡村全科考生须在乡镇卫生院或村卫生室工作满一年',
    summary: 'A 乡村全科 candidate has worked at least 12 months in the township or village unit.',
    message: '报考乡村全科执业助理医师须在乡镇卫生院或村卫生室工作满一年（{minMonths}个月）。',
    sources: [{ seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (二)', quote: '1.已在乡镇卫生院或村卫生室工作满一年且考核合格' }],
    profiles: { base: { minMonths: 12 } },
    note: 'As APP-RURAL-UNIT-TYPE: stated by Hebei after the national document, applied everywhere. 满一年 = 12 whole months.',
    check: {
      subject: 'candidate',
      path: 'work.monthsInPost',
      applies: (c) => examOf(c.application.examCode)?.category === '乡村全科',
      schema: (p) => z.number().int().min(p.minMonths),
    },
    cases: (p) => [
      { name: 'exactly a year', base: 'rural-general', value: p.minMonths, expected: 'accept' },
      { name: 'one month short', base: 'rural-general', value: p.minMonths - 1, expected: 'reject' },
      { name: 'just started', base: 'rural-general', value: 0, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-PROBATION-DECLARED',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '湖北考区考生须先完成试用期申报（部队考生除外）',
    summary: 'In Hubei a candidate completes the probation declaration before registering; army and armed-police candidates are exempt.',
    message: '湖北考区考生须先完成试用期申报，再进行网上报名。',
    sources: [
      { seed: SEEDS.hubei2022, section: '一、网上报名程序', quote: '湖北考区考生须先完成试用期申报后，登陆国家医学考试网' },
      { seed: SEEDS.hubei2022, section: '一、网上报名程序 / (1)', quote: '部队考生可直接进行国网、省网申报。' },
    ],
    profiles: { base: null, overrides: { 'hubei-2022': {} } },
    note: 'A Hubei step (2022; seed 001 for 2026 still speaks of 预报名 and the probation information), not in the other seeds. 部队考生 = unit affiliation 军队 or 武警.',
    check: {
      subject: 'candidate',
      path: 'probationDeclared',
      applies: (c) => !['军队', '武警'].includes(c.work.affiliation),
      schema: () => z.literal(true),
    },
    cases: [
      { name: 'declared', value: true, expected: 'accept' },
      { name: 'army candidate, not declared', base: 'military', value: false, expected: 'accept' },
      { name: 'not declared', value: false, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-BAN',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '禁考期内不能报名',
    summary: 'A candidate under a ban (禁考期) ending after the reference date cannot apply.',
    message: '您在禁考期内（至{banUntil}），无法参加本次考试。',
    sources: [
      { seed: SEEDS.hunan2025, section: '第四步,选择考试项目', quote: '1.如果该考生在禁考期内则会显示无法参加本次考试;' },
      { seed: SEEDS.hebei2022, section: '二、报名流程 / (二) 线上审核', quote: '取消当年考试资格，并取消自下一年度起两年内参加医师资格考试资格' },
    ],
    profiles: { base: {} },
    note: 'banUntil is the last day of the ban read as exclusive: on banUntil itself the candidate may apply again.',
    check: {
      subject: 'candidate',
      path: 'banUntil',
      applies: (c) => c.banUntil !== null,
      test: (c, _p, ctx) => c.banUntil! > ctx.refDate ? { code: 'banned', detail: { banUntil: c.banUntil! } } : null,
    },
    cases: (_p, ctx) => [
      { name: 'no ban', value: null, expected: 'accept' },
      { name: 'ban ends today', value: ctx.refDate, expected: 'accept' },
      { name: 'ban ends tomorrow', value: addDays(ctx.refDate, 1), expected: 'reject' },
      { name: 'two-year ban', value: `${y(ctx) + 1}-12-31`, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-GRADSTUDENT-IN-PROVINCE',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '毕业当年报考的研究生仅限本省院校',
    summary: 'A graduate student applying in the graduation year studies at a school of the profile\'s province (Hebei: out-of-province graduate students are not accepted).',
    message: '毕业当年以研究生学历报考的，仅限{name}内院校，外省应届研究生不予受理。',
    sources: [{ seed: SEEDS.hebei2022, section: '附件1 / 三、(一) 研究生学历报考执业医师者上传材料', quote: '1.毕业当年报考的（仅限河北省内院校，外省应届研究生不予受理报名申请）' }],
    profiles: { base: null, overrides: { 'hebei-shijiazhuang-2022': { name: '河北省' } } },
    note: 'Only Hebei 2022 restricts it; the school\'s province is the record\'s schoolArea (seed 002: 毕业学校名称及所在地区). schoolArea is optional in the model (added for this rule), so a record that does not state it is not judged; a site that knows the school from its dictionary should judge it.',
    check: {
      subject: 'candidate',
      path: 'education.0.schoolArea',
      applies: (c) => isGraduateStatus(c.work.status) && (GRADUATE_LEVELS as readonly string[]).includes(selectedEducation(c)?.level ?? '') && Boolean(selectedEducation(c)!.schoolArea),
      test: (c, _p, ctx) => selectedEducation(c)!.schoolArea === ctx.profile.examArea!.code ? null : { code: 'out-of-province' },
    },
    cases: [
      { name: 'school in the province', base: 'graduate-student', expected: 'accept' },
      { name: 'school in Beijing', base: 'graduate-student', value: '110000', expected: 'reject' },
      { name: 'school area not stated', base: 'graduate-student', value: '', expected: 'accept' },
    ],
  }),

  defineRule({
    id: 'APP-TITLE-DATE-FORMAT',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '取得职称年月格式为 YYYY-MM',
    summary: 'The title date, where given, is YYYY-MM with the hyphen.',
    message: '获取职称年月格式应为 YYYY-MM（如 2008-03）。',
    sources: [
      { seed: SEEDS.national, section: '二、考试报名 / 3. 工作情况', quote: '需要注意获取职称年月的格式 YYYY-MM 如 2008-03。' },
      { seed: SEEDS.hunan2025, section: HUNAN_WORK, quote: '13.取得年月:不填写。' },
    ],
    profiles: { base: {} },
    note: 'Hunan 2025 advises leaving it empty; empty is accepted everywhere, a filled value must be YYYY-MM.',
    check: {
      subject: 'candidate',
      path: 'work.titleDate',
      applies: (c) => c.work.titleDate !== '',
      test: (c) => isYearMonth(c.work.titleDate) ? null : { code: 'format' },
    },
    cases: [
      { name: 'empty', value: '', expected: 'accept' },
      { name: '2008-03', value: '2008-03', expected: 'accept' },
      { name: '2008.03', value: '2008.03', expected: 'reject' },
      { name: '2008-3', value: '2008-3', expected: 'reject' },
      { name: '200803', value: '200803', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-AREA-RESIDENCE-OR-WORK',
    level: 'manual',
    area: 'application',
    stage: 'review',
    title: '考区、考点为本人所在地或工作单位所在地',
    summary: 'The area and site are where the candidate lives or works (household registration, or the probation unit when it is in another province).',
    sources: [
      { seed: SEEDS.national, section: `${FORM} / 报考考区`, quote: '在下拉列表中选择本人所在地或工作单位所在的考区。' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 一、6', quote: '试用机构与户籍所在地跨省分离的, 由试用机构推荐,可在试用机构所在地报名参加考试。' },
    ],
    profiles: { base: {} },
    manual: 'Residence (户籍) is not on the form and the probation unit\'s recommendation is a document; the reviewer judges them. The machine-checkable part under Hubei and Hunan is APP-SITE-WORK-UNIT.',
  }),

  defineRule({
    id: 'APP-SHORT-LINE-PUBLICITY',
    level: 'manual',
    area: 'application',
    stage: 'review',
    title: '短线加试须本人申请、承诺、签订协议并经公示',
    summary: 'A 短线 extra-subject candidate applies in person, signs an undertaking and agreement, and is publicly announced before taking it.',
    sources: [
      { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (五)', quote: '须由考生本人提出申请，并作出承诺，签订协议，经公示后方能参加加试' },
      { seed: SEEDS.hubei2026, section: '二、(七) 其他人员证明 5', quote: '申请短线医学专业加试的考生需提交《医师资格考试短线医学专业加试申请表》加盖试用机构公章后原件上传' },
    ],
    profiles: { base: {} },
    manual: 'The signed, stamped application form and the announcement are documents a reviewer judges.',
  }),

  defineRule({
    id: 'APP-RURAL-ASSESSMENT',
    level: 'manual',
    area: 'application',
    stage: 'review',
    title: '乡村全科考生工作满一年且考核合格',
    summary: 'A 乡村全科 candidate\'s year in the township or village unit was assessed as passed.',
    sources: [{ seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (二)', quote: '1.已在乡镇卫生院或村卫生室工作满一年且考核合格' }],
    profiles: { base: {} },
    manual: 'The assessment is a stamped certificate (试用期考核合格证明) a reviewer reads; the form holds only the months (APP-RURAL-MONTHS).',
  }),

  defineRule({
    id: 'APP-PROBATION-CHANGE-REAPPROVED',
    level: 'manual',
    area: 'application',
    stage: 'application',
    title: '试用期信息在试用期平台修改，经试用单位审核后生效',
    summary: 'In Hubei the portal shows the probation data declared beforehand; it is changed only on the probation platform, approved by the probation unit, and reaches the registration system 24 hours after the change (2026).',
    sources: [
      { seed: SEEDS.hubei2022, section: '二、(一) 试用期考核合格证明', quote: '若须修改内容，需进入“试用期平台”，再经试用单位审核后方能重新进入报名系统' },
      { seed: SEEDS.hubei2026, section: '二、(六) 部队人员试用期', quote: '非部队考生的试用期信息修改，考生需联系所在单位在“湖北省卫生健康委基础资源管理系统”进行修改，修改完成 24 小时后报名系统生效' },
    ],
    profiles: { base: null, overrides: { 'hubei-2022': {} } },
    note: 'Hubei only (2022 names the 试用期平台, 2026 the 基础资源管理系统 and the 24-hour delay; 2026 inherits). The declaration itself is APP-PROBATION-DECLARED.',
    manual: 'The change and its approval happen in the province\'s probation system, another system than the registration site; the harness cannot drive it or wait out its 24 hours through a target\'s adapter.',
  }),

  defineRule({
    id: 'APP-SKILLS-RESULT-CARRIED',
    level: 'manual',
    area: 'application',
    stage: 'application',
    title: '国家实践技能考试基地合格成绩2年有效，仍须网上报名',
    summary: 'A skills-exam pass at a national skills base stays valid for two years: the candidate still registers online and skips the on-site review; no other result carries over.',
    sources: [
      { seed: SEEDS.national, section: '五、常见问题说明 / 一、7', quote: '在国家实践技能考试基地考试的考生,成绩合格者,成绩2年有效' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 一、7', quote: '其他考生实践技能考试成绩不能带入到下一年度' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 四', quote: '2021年须网上报名,可直接参加医学综合考试,无需进行现场审核' },
      { seed: SEEDS.hebei2022, section: '一、网上报名 / (一)', quote: '仍须通过网上报名，方可参加2022年医学综合考试' },
      { seed: SEEDS.hunan2025, section: '二、网报注意', quote: '2.技能免考考生一样需进行网报' },
    ],
    profiles: { base: {} },
    manual: 'Whether a pass was earned at a national skills base, and when, is held by the national centre; the application carries no such field. The fee it spares is PAY-EXEMPT-NO-SKILLS-FEE.',
  }),
]
