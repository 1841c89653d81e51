import type { Candidate, Certificate } from '../candidate.ts'
import { addMonths } from '../checks/dates.ts'
import { isYearMonth, selectedEducation, type EducationLevel } from '../checks/education.ts'
import { examOf } from '../exams.ts'
import { defineRule, type Ctx, type Source } from '../rule.ts'
import { SEEDS } from '../seeds.ts'

const CERT_STEP = '二、考试报名 / 5. 选择证书'
const FAQ_4 = '五、常见问题说明 / 二、4'
const HUNAN_CERT = '第十步,证书情况'
const HALF_WIDTH: Source = { seed: SEEDS.national, section: '附: 网上报名表填写说明 / 考生姓名', quote: '(注:所有手工填写内容均须为半角)' }

type CertField = 'certNumber' | 'issued' | 'registrationNumber' | 'registered'

/** Findings for every ticked certificate that breaks a predicate, at the certificate's own path. */
function certFindings(c: Candidate, bad: (x: Certificate) => boolean, code: string, field: CertField) {
  return c.certificates.flatMap((x, i) => (x.selected && bad(x) ? [{ code, path: `certificates.${i}.${field}` }] : []))
}
const hasSelected = (c: Candidate) => c.certificates.some((x) => x.selected)
const examLevel = (c: Candidate) => examOf(c.application.examCode)?.level
const selectedLevel = (c: Candidate) => selectedEducation(c)?.level

/** The fields of a ticked certificate: what each is, where the seeds say so, and its format. */
const FIELDS: {
  field: CertField
  key: string
  label: string
  sources: Source[]
  format: { title: string; summary: string; message: string; test: (v: string) => boolean; sources: Source[]; level: 'must' | 'should'; note?: string; good: (ctx: Ctx) => string; bad: { name: string; value: string }[] }
}[] = [
  {
    field: 'certNumber', key: 'NUMBER', label: '资格证书编号',
    sources: [
      { seed: SEEDS.national, section: CERT_STEP, quote: '证书编号为执业助理医师资格证上的编号。' },
      { seed: SEEDS.hunan2025, section: HUNAN_CERT, quote: '2.证书编号:填写医师资格证的证书编号;' },
    ],
    format: {
      title: '资格证书编号只含半角字母和数字', summary: 'The qualification certificate number has half-width letters and digits only: no spaces or punctuation.',
      message: '资格证书编号不得有空格、标点符号，请按《医师资格证书》上的编号填写。', level: 'should',
      test: (v) => /^[A-Za-z0-9]+$/.test(v), sources: [HALF_WIDTH],
      note: 'Seed 002 forbids spaces and punctuation in the other numbers of the form (毕业证书编号, 注册登记号); for this one it says only "资格证上的编号". The profile holds the same, as a should.',
      good: (ctx) => `${ctx.profile.examYear - 5}2420103210001234567`,
      bad: [{ name: 'space inside', value: '2021242010 3210001234567' }, { name: 'hyphen inside', value: '2021242010-3210001234567' }],
    },
  },
  {
    field: 'issued', key: 'ISSUED', label: '发证年月',
    sources: [
      { seed: SEEDS.national, section: CERT_STEP, quote: '发证年月为执业助理医师资格证书的颁发年月(格式为 YYYY-MM)' },
      { seed: SEEDS.hunan2025, section: HUNAN_CERT, quote: '3.取得证书年月:打开证书如实填写;' },
    ],
    format: {
      title: '发证年月格式为 YYYY-MM', summary: 'The certificate\'s issue month is YYYY-MM with the hyphen and a real month.',
      message: '发证年月格式应为 YYYY-MM（如 2005-03），请按《医师资格证书》填写。', level: 'must',
      test: isYearMonth,
      sources: [
        { seed: SEEDS.national, section: '附: 网上报名表填写说明 / 获得执业助理医师年月', quote: '填写获得执业助理医师资格证书年月。格式为 YYYY-MM' },
        { seed: SEEDS.national, section: FAQ_4, quote: '(即《医师资格证书》中的发证年月格式如:2005-03)' },
      ],
      good: (ctx) => `${ctx.profile.examYear - 5}-12`,
      bad: [{ name: 'slash', value: '2020/12' }, { name: 'no separator', value: '202012' }, { name: 'full date', value: '2020-12-01' }, { name: 'month 13', value: '2020-13' }],
    },
  },
  {
    field: 'registrationNumber', key: 'REGISTRATION-NUMBER', label: '执业证书注册编号',
    sources: [
      { seed: SEEDS.national, section: CERT_STEP, quote: '注册编号为执业证书上的注册号码,,注意与资格证书区分开。' },
      { seed: SEEDS.national, section: FAQ_4, quote: '"执业助理医师 注册登记号"(即《医师执业证书》中的注册登记号码)' },
      { seed: SEEDS.hunan2025, section: HUNAN_CERT, quote: '4.执业证书注册编号:注册后的执业医师的证书编号;' },
    ],
    format: {
      title: '执业证书注册编号只含半角字母和数字', summary: 'The practice registration number has half-width letters and digits only: no spaces or punctuation.',
      message: '执业证书注册编号不得有空格、标点符号，请按《医师执业证书》填写。', level: 'must',
      test: (v) => /^[A-Za-z0-9]+$/.test(v), sources: [HALF_WIDTH],
      note: 'Seed 002\'s form table says the 注册登记号 must be entered correctly without spaces or punctuation, but OCR garbled that row (不得右穴枚 标占符号), so the half-width rule of the same table is quoted.',
      good: () => '242010320220034',
      bad: [{ name: 'space inside', value: '2420103 20220034' }, { name: 'full-width digits', value: '２４２０１０３２０２２００３４' }],
    },
  },
  {
    field: 'registered', key: 'REGISTERED', label: '注册年月',
    sources: [
      { seed: SEEDS.national, section: CERT_STEP, quote: '注册年月为执业证书上的注册年月,注意与资格证书区分开' },
      { seed: SEEDS.hunan2025, section: HUNAN_CERT, quote: '5.注册年月:打开证书如实填写。' },
    ],
    format: {
      title: '注册年月格式为 YYYY-MM', summary: 'The practice registration month (注册年月) is YYYY-MM with the hyphen and a real month, as every month field of the national form.',
      message: '注册年月格式应为 YYYY-MM（如 2020-03），请按《医师执业证书》上的注册年月填写。', level: 'must',
      test: isYearMonth,
      sources: [
        { seed: SEEDS.national, section: CERT_STEP, quote: '注册年月为执业证书上的注册年月,注意与资格证书区分开' },
        { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '输入的年月信息格式为 YYYY-MM,中间需要加横杠。' },
        { seed: SEEDS.hunan2025, section: HUNAN_CERT, quote: '5.注册年月:打开证书如实填写。' },
      ],
      note: 'Every profile enters certificates on the national form, whose field is a month (seeds 002, 004). The Hebei notice dates its waiting periods to the day (2020-08-18); a month decides them except in the cut-off month itself, which CERT-WAIT-* leaves to the reviewer (the certificate image).',
      good: (ctx) => `${ctx.profile.examYear - 4}-03`,
      bad: [{ name: 'full date', value: '2020-03-10' }, { name: 'no separator', value: '202003' }, { name: 'month 13', value: '2020-13' }, { name: 'slash', value: '2020/03' }],
    },
  },
]

const requiredRules = FIELDS.map((f) => defineRule({
  id: `CERT-${f.key}-REQUIRED`,
  level: 'must',
  area: 'certificate',
  stage: 'application',
  title: `勾选的执业助理医师证书须填写${f.label}`,
  summary: `A ticked certificate has its ${f.field} filled in.`,
  message: `请填写${f.label}（助理升执业考生必须填写证书信息）。`,
  sources: [...f.sources, { seed: SEEDS.hunan2025, section: HUNAN_CERT, quote: '情况1:助理升执业考生必须填写' }],
  profiles: { base: {} },
  check: {
    subject: 'candidate',
    path: `certificates.0.${f.field}`,
    applies: hasSelected,
    test: (c) => certFindings(c, (x) => x[f.field] === '', 'missing', f.field),
  },
  cases: [
    { name: 'filled in', base: 'assistant-upgrade-zhuanke', expected: 'accept' },
    { name: 'no certificate (fresh graduate)', expected: 'accept' },
    { name: 'empty', base: 'assistant-upgrade-zhuanke', value: '', expected: 'reject' },
  ],
}))

const formatRules = FIELDS.map((f) => defineRule({
  id: `CERT-${f.key}-FORMAT`,
  level: f.format.level,
  area: 'certificate',
  stage: 'application',
  title: f.format.title,
  summary: f.format.summary,
  message: f.format.message,
  sources: f.format.sources,
  profiles: { base: {} },
  note: f.format.note,
  check: {
    subject: 'candidate',
    path: `certificates.0.${f.field}`,
    applies: (c) => c.certificates.some((x) => x.selected && x[f.field] !== ''),
    test: (c) => certFindings(c, (x) => x[f.field] !== '' && !f.format.test(x[f.field]), 'format', f.field),
  },
  cases: (_p, ctx) => [
    { name: 'well formed', base: 'assistant-upgrade-zhuanke', value: f.format.good(ctx), expected: 'accept' },
    ...f.format.bad.map((b) => ({ ...b, base: 'assistant-upgrade-zhuanke', expected: 'reject' as const })),
  ],
}))

/** Waiting periods after first registration by education level: Hebei 2022 dates them, other profiles count years back. */
const WAITS: { key: string; level: EducationLevel; yearsBefore: number; hebei: string; base: string }[] = [
  { key: 'ZHUANKE', level: '专科', yearsBefore: 2, hebei: '2020-08-18', base: 'assistant-upgrade-zhuanke' },
  { key: 'ZHONGZHUAN', level: '中专', yearsBefore: 5, hebei: '2017-08-18', base: 'assistant-upgrade-zhongzhuan' },
]
type WaitParams = { yearsBefore: number; monthDay: string } | { date: string }
const cutoff = (p: WaitParams, ctx: Ctx) => ('date' in p ? p.date : `${ctx.profile.examYear - p.yearsBefore}-${p.monthDay}`)
/** A registration month is decided against a day-precise cut-off unless it is the cut-off's own month (the reviewer reads the certificate). */
const cutoffMonth = (p: WaitParams, ctx: Ctx) => cutoff(p, ctx).slice(0, 7)

const waitRules = WAITS.map((w) => defineRule<WaitParams>({
  id: `CERT-WAIT-${w.key}`,
  level: 'must',
  area: 'certificate',
  stage: 'application',
  title: `${w.level}学历执业助理医师报考执业医师须在规定日期前注册`,
  summary: `A ${w.level}-educated assistant practitioner applying for the practising level registered on or before the cut-off (${w.yearsBefore} years before the exam; Hebei 2022: ${w.hebei}); the form gives a month, so a month after the cut-off's is refused and the cut-off's own month is left to the reviewer.`,
  message: `${w.level}学历毕业的执业助理医师须于{cutoff}（含）前首次注册，方可报考执业医师。`,
  sources: [
    { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (一)', quote: '专科学历毕业的须于2020年8月18日（含）前注册，中专学历毕业的于2017年8月18日（含）前注册，方可报考2022年医师资格考试' },
    { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (一)', quote: '须按取得执业助理医师执业证书时间计算连续工作时间' },
  ],
  profiles: { base: { yearsBefore: w.yearsBefore, monthDay: '08-18' }, overrides: { 'hebei-shijiazhuang-2022': { date: w.hebei } } },
  note: `Only the Hebei 2022 notice dates it: ${w.level} registered on or before ${w.hebei} for the 2022 exam. The other profiles generalise it as the same day (08-18) ${w.yearsBefore} years before the exam year, which reproduces Hebei's date for 2022 (the 2014 eligibility rules ask ${w.level} graduates for ${w.yearsBefore} years of practice after registration). Seeds 000/001/002/004 require the certificate but give no date. The national form's 注册年月 is a month (CERT-REGISTERED-FORMAT): a month before the cut-off's month passes, a later month is refused, and a registration in the cut-off's month itself (2020-08 for 2020-08-18) is accepted here and left to the reviewer, who reads the day on the certificate image.`,
  check: {
    subject: 'candidate',
    path: 'certificates.0.registered',
    applies: (c) => examLevel(c) === '执业' && selectedLevel(c) === w.level && c.certificates.some((x) => x.selected && isYearMonth(x.registered)),
    test: (c, p, ctx) => c.certificates.flatMap((x, i) => x.selected && isYearMonth(x.registered) && x.registered > cutoffMonth(p, ctx)
      ? [{ code: 'too-late', path: `certificates.${i}.registered`, detail: { cutoff: cutoff(p, ctx) } }] : []),
  },
  cases: (p, ctx) => [
    { name: 'registered years before', base: w.base, expected: 'accept' },
    { name: 'registered the month before the cut-off', base: w.base, value: addMonths(cutoff(p, ctx), -1).slice(0, 7), expected: 'accept' },
    { name: 'registered in the cut-off month (the reviewer decides the day)', base: w.base, value: cutoffMonth(p, ctx), expected: 'accept' },
    { name: 'registered the month after the cut-off', base: w.base, value: addMonths(cutoff(p, ctx), 1).slice(0, 7), expected: 'reject' },
  ],
}))

export const certificateRules = [
  defineRule({
    id: 'CERT-TYPE-ELIGIBLE',
    level: 'must',
    area: 'certificate',
    stage: 'application',
    title: '证书类型须为“执业助理医师”（“执业助理医师(乡镇)”不具备报考资格）',
    summary: 'A ticked certificate is of an eligible type: 执业助理医师 (Hunan also 执业医师 for 西学中); 执业助理医师(乡镇) is never eligible.',
    message: '证书类型请选择“执业助理医师”，“执业助理医师(乡镇)”类型不具备报考资格。',
    sources: [
      { seed: SEEDS.national, section: CERT_STEP, quote: '证书类型注意选择为"执业助理医师"("执业助理医师(乡镇)"类型不具备报考资格)' },
      { seed: SEEDS.hunan2025, section: HUNAN_CERT, quote: '1.证书类型:选择助理医师或执业医师【含西学中人员】;' },
    ],
    profiles: { base: { types: ['执业助理医师'] }, overrides: { 'national-2025': { types: ['执业助理医师', '执业医师'] } } },
    note: 'Seed 002 names only 执业助理医师; Hunan 2025 adds 执业医师 for 西学中 (Western-medicine doctors applying in a TCM category), so 执业医师 is accepted there and refused elsewhere.',
    check: {
      subject: 'candidate',
      path: 'certificates.0.type',
      applies: hasSelected,
      test: (c, p) => c.certificates.flatMap((x, i) => x.selected && !p.types.includes(x.type) ? [{ code: 'type', path: `certificates.${i}.type` }] : []),
    },
    cases: (p) => [
      { name: '执业助理医师', base: 'assistant-upgrade-zhuanke', expected: 'accept' },
      { name: '执业助理医师(乡镇)', base: 'assistant-upgrade-zhuanke', value: '执业助理医师(乡镇)', expected: 'reject' },
      { name: '执业医师 (西学中)', base: 'assistant-upgrade-zhuanke', value: '执业医师', expected: p.types.includes('执业医师') ? 'accept' : 'reject' },
      { name: '执业助理医师(乡镇), not ticked', base: 'assistant-upgrade-zhuanke', set: { 'certificates.1': { type: '执业助理医师(乡镇)', certNumber: '1', issued: '2010-01', registrationNumber: '1', registered: '2010-03', scope: '内科专业', selected: false } }, expected: 'accept' },
    ],
  }),

  defineRule({
    id: 'CERT-REQUIRED-FOR-UPGRADE',
    level: 'must',
    area: 'certificate',
    stage: 'application',
    title: '助理升执业考生须提供执业助理医师证书',
    summary: 'A candidate applying for a practising-level exam with a ticked 中专 record (Hebei and the 2025 platform: also 专科, i.e. every assistant upgrading) ticks a 执业助理医师 certificate.',
    message: '以{levelsText}学历报考执业医师须在证书情况中添加并勾选“执业助理医师”证书。',
    sources: [
      { seed: SEEDS.national, section: CERT_STEP, quote: '用户若以中专学历报考执业等级考试科目,需要提供"执业助理医师"证明,其他情况此环节可以直接跳过。' },
      { seed: SEEDS.hebei2022, section: '附件1 / 三、(三)', quote: '大专、中专学历已取得执业助理医师报考执业医师者上传材料' },
      { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (一)', quote: '专科学历毕业的须于2020年8月18日（含）前注册' },
      { seed: SEEDS.hunan2025, section: HUNAN_CERT, quote: '情况1:助理升执业考生必须填写' },
    ],
    profiles: {
      base: { levels: ['中专'], levelsText: '中专' },
      overrides: {
        'hebei-shijiazhuang-2022': { levels: ['中专', '专科'], levelsText: '中专、专科' },
        'national-2025': { levels: ['中专', '专科'], levelsText: '中专、专科' },
      },
    },
    note: 'Seed 002 asks only 中专 candidates for the certificate ("其他情况此环节可以直接跳过"); the Hebei notice treats 专科 the same (a registration cut-off for 专科, materials for 大专、中专 assistant practitioners); seed 004 (the 2025 platform) says "情况1:助理升执业考生必须填写", every assistant upgrading. A 中专 or 专科 graduate reaches 执业 only as an assistant practitioner (CERT-WAIT-*), so the ticked record\'s level identifies the upgrade. National, Hubei follow seed 002; Hebei and national-2025 (hence hunan-2025) require it of 专科 too: 004 is the later and more specific statement, and 002\'s "其他情况" is read as candidates who are not upgrading.',
    check: {
      subject: 'candidate',
      path: 'certificates',
      applies: (c, p) => examLevel(c) === '执业' && p.levels.includes(selectedLevel(c) ?? ''),
      test: (c) => hasSelected(c) ? null : { code: 'missing' },
    },
    cases: (p) => [
      { name: '中专 with certificate', base: 'assistant-upgrade-zhongzhuan', expected: 'accept' },
      { name: '中专 without certificate', base: 'assistant-upgrade-zhongzhuan', value: [], expected: 'reject' },
      { name: '中专 with the certificate not ticked', base: 'assistant-upgrade-zhongzhuan', set: { 'certificates.0.selected': false }, expected: 'reject' },
      { name: '专科 without certificate', base: 'assistant-upgrade-zhuanke', value: [], expected: p.levels.includes('专科') ? 'reject' : 'accept' },
      { name: '本科 without certificate', expected: 'accept' },
    ],
  }),

  ...requiredRules,
  ...formatRules,

  defineRule({
    id: 'CERT-REGISTERED-AFTER-ISSUED',
    level: 'should',
    area: 'certificate',
    stage: 'application',
    title: '执业注册不早于取得资格证书',
    summary: 'The registration month is not before the qualification certificate\'s issue month.',
    message: '注册日期早于资格证书发证年月，请注意区分《医师资格证书》与《医师执业证书》后重新填写。',
    sources: [
      { seed: SEEDS.national, section: CERT_STEP, quote: '注册年月为执业证书上的注册年月,注意与资格证书区分开' },
    ],
    profiles: { base: {} },
    note: 'No seed states the order in words; registration (执业注册) presupposes the qualification, and seed 002 warns that the two certificates are confused. Level should: an issue month printed late is possible.',
    check: {
      subject: 'candidate',
      path: 'certificates.0.registered',
      applies: (c) => c.certificates.some((x) => x.selected && isYearMonth(x.registered) && isYearMonth(x.issued)),
      test: (c) => c.certificates.flatMap((x, i) => x.selected && isYearMonth(x.registered) && isYearMonth(x.issued) && x.registered < x.issued
        ? [{ code: 'before-issue', path: `certificates.${i}.registered` }] : []),
    },
    cases: (_p, ctx) => {
      const issued = `${ctx.profile.examYear - 5}-12`
      return [
        { name: 'registered the year after', base: 'assistant-upgrade-zhuanke', expected: 'accept' },
        { name: 'registered in the issue month', base: 'assistant-upgrade-zhuanke', value: issued, expected: 'accept' },
        { name: 'registered the month before', base: 'assistant-upgrade-zhuanke', value: `${issued.slice(0, 4)}-11`, expected: 'reject' },
      ]
    },
  }),

  ...waitRules,

  defineRule({
    id: 'CERT-SHORT-LINE-SCOPE',
    level: 'must',
    area: 'certificate',
    stage: 'application',
    title: '执业助理医师申请短线加试，执业范围须为院前急救或儿科',
    summary: 'An assistant practitioner taking a 短线 extra subject has that subject (院前急救 or 儿科) as the 执业范围 of the ticked certificate (Hebei).',
    message: '执业助理医师申请{subject}加试的，助理医师执业证书的执业范围必须为{subject}。',
    sources: [
      { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (五)', quote: '执业助理医师报考执业医师，助理医师执业证书的执业范围必须为院前急救、儿科' },
    ],
    profiles: { base: null, overrides: { 'hebei-shijiazhuang-2022': {} } },
    note: 'Only Hebei 2022 judges assistant practitioners by 执业范围 (the others by post, APP-SHORT-LINE-POST). The profile requires the scope to name the chosen subject, since a 短线 qualification is limited to that subject (seed 002 FAQ 二.14).',
    check: {
      subject: 'candidate',
      path: 'certificates.0.scope',
      applies: (c) => hasSelected(c) && ['儿科', '院前急救'].includes(c.application.extraSubject),
      test: (c) => c.certificates.flatMap((x, i) => x.selected && !x.scope.includes(c.application.extraSubject)
        ? [{ code: 'scope', path: `certificates.${i}.scope`, detail: { subject: c.application.extraSubject } }] : []),
    },
    cases: [
      { name: '院前急救 scope, 院前急救 subject', base: 'short-line-emergency', expected: 'accept' },
      { name: '内科专业 scope', base: 'short-line-emergency', value: '内科专业', expected: 'reject' },
      { name: '儿科专业 scope, 院前急救 subject', base: 'short-line-emergency', value: '儿科专业', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'CERT-RURAL-GENERAL-CATEGORY',
    level: 'must',
    area: 'certificate',
    stage: 'application',
    title: '乡村全科执业助理医师只可报考临床或中医类别执业医师',
    summary: 'A holder of a 乡村全科 assistant certificate applies only for the 临床 or 中医 practising exam (Hebei).',
    message: '取得乡村全科执业助理医师资格的人员，只可报考临床或中医类别执业医师。',
    sources: [
      { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (二)', quote: '取得乡村全科执业助理医师资格的人员，在学历、专业、注册年限等符合国家医师资格考试报名资格相关规定的条件下，可以报考临床或中医类别执业医师' },
    ],
    profiles: { base: null, overrides: { 'hebei-shijiazhuang-2022': { categories: ['临床', '中医'] } } },
    note: 'Only Hebei 2022 states it. The certificate model has no 乡村全科 type: the profile recognises the certificate by its 执业范围 naming 乡村全科.',
    check: {
      subject: 'candidate',
      path: 'application.examCode',
      applies: (c) => c.certificates.some((x) => x.selected && x.scope.includes('乡村全科')),
      test: (c, p) => {
        const exam = examOf(c.application.examCode)
        return exam && exam.level === '执业' && p.categories.includes(exam.category) ? null : { code: 'category' }
      },
    },
    cases: (_p, ctx) => [
      { name: '临床执业', base: 'assistant-upgrade-zhuanke', set: { 'certificates.0.scope': '乡村全科' }, expected: 'accept' },
      { name: '口腔执业', base: 'assistant-upgrade-zhuanke', set: { 'certificates.0.scope': '乡村全科' }, value: `${ctx.profile.examYear}120`, expected: 'reject' },
      { name: '临床助理', base: 'assistant-upgrade-zhuanke', set: { 'certificates.0.scope': '乡村全科' }, value: `${ctx.profile.examYear}210`, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'CERT-FIRST-REGISTRATION-PROOF',
    level: 'manual',
    area: 'certificate',
    stage: 'review',
    title: '注册变更导致注册时间不满足年限的，须提供首次执业注册证明',
    summary: 'Where a change of registration makes the certificate\'s date too late, the candidate proves the first registration date; a reviewer judges the proof.',
    sources: [
      { seed: SEEDS.national, section: '三、现场确认 / (五)', quote: '如在执 业注册过程中有变更记录,导致注册时间不满足报考年限的,须提供首次执业注册证明' },
      { seed: SEEDS.hebei2022, section: '三、审核所提交的材料 / (一)', quote: '执业助理医师执业期间有变更记录，导致注册时间不满足报考年限的需上传首次执业注册证明' },
      { seed: SEEDS.hubei2026, section: '二、(五)', quote: '首次注册时间与执业证书不一致，或系统未查到执业助理医师注册信息的，请到所在市级卫生行政部门核实确认并上传《执业证书首次注册证明》' },
    ],
    profiles: { base: {} },
    manual: 'Whether a stamped proof of first registration establishes an earlier date is for the reviewer; the form holds only the date the candidate enters.',
  }),

  defineRule({
    id: 'CERT-REGISTRY-MATCH',
    level: 'manual',
    area: 'certificate',
    stage: 'review',
    title: '证书编号、发证日期、执业证书编号、注册时间与执业注册库一致',
    summary: 'The certificate number, issue date, registration number and date agree with the practitioner registry.',
    sources: [
      { seed: SEEDS.hubei2022, section: '三、现场审核 / (三) 修改网报信息 / 3', quote: '报名点将对证书编号、获得日期，执业证书编号、注册时间进行核验' },
      { seed: SEEDS.hunan2025, section: '二、网报注意', quote: '10.助理证书信息已实行联网核验' },
    ],
    profiles: { base: {} },
    manual: 'The registry is an external service (mocks/ fakes it); the form data alone cannot show a match, and a failed automatic check goes to the city health authority for a person to confirm.',
  }),
  defineRule({
    id: 'CERT-REQUIRED-XIXUEZHONG',
    level: 'manual',
    area: 'certificate',
    stage: 'application',
    title: '西学中考生必须填写证书情况',
    summary: 'On the 2025 platform (seed 004, Hunan) a 西学中 candidate (a practising doctor of Western medicine applying in the TCM category) fills in the certificate step with the 执业医师 certificate.',
    sources: [
      { seed: SEEDS.hunan2025, section: '四、网报流程 / 第十步，证书情况', quote: '情况2:西学中考生必须填写' },
      { seed: SEEDS.hunan2025, section: '四、网报流程 / 第十步，证书情况', quote: '1.证书类型:选择助理医师或执业医师【含西学中人员】;' },
    ],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Hunan 2025 (seed 004) only; that 执业医师 certificates are eligible there is CERT-TYPE-ELIGIBLE.',
    manual: 'Being 西学中 is not a field of the application; a reviewer knows it from the certificate and the education, so the form alone cannot show the certificate is missing.',
  }),
]
