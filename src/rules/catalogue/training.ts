import type { TrainingRecord } from '../candidate.ts'
import { isYearMonth } from '../checks/education.ts'
import { defineRule } from '../rule.ts'
import { SEEDS } from '../seeds.ts'

// Training records (培训经历): the national guide (002) collects 住院医师规范化培训 and has only that
// kind ticked; Hunan's guide (004) narrows what is entered at all. Generated candidates carry no
// training record, so these rules judge only records a test or a candidate adds.

const NATIONAL_STEP = '二、考试报名 / 4. 教育经历和培训经历'
const HUNAN_STEP = '四、网报流程 / 第九步，培训经历'
const RESIDENCY = '住院医师规范化培训'
// Training cases sit on an assistant (who holds a certificate), so Hunan's EDU-TRAINING-CERTIFIED-ONLY stays satisfied.
const CERTIFIED = 'assistant-upgrade-zhuanke'

/** A complete, valid training record to put in boundary cases. */
const record = (over: Partial<TrainingRecord> = {}): TrainingRecord => ({
  kind: RESIDENCY, major: '内科', start: '2021-09', result: '已通过', unit: '华中科技大学同济医学院附属协和医院', base: '华中科技大学同济医学院附属协和医院', selected: true, ...over,
})

export const trainingRules = [
  defineRule({
    id: 'EDU-TRAINING-START-FORMAT',
    level: 'must',
    area: 'education',
    stage: 'personal-info',
    title: '培训经历的开始时间（年月）必填，格式为 YYYY-MM',
    summary: 'Every training record has a start month (开始时间(年月), marked required on the form) in YYYY-MM.',
    message: '培训经历的开始时间须填写，格式为 YYYY-MM（如 2021-09）。',
    sources: [
      { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '输入的年月信息格式为 YYYY-MM,中间需要加横杠' },
      { seed: SEEDS.national, section: NATIONAL_STEP, quote: '*开始时间(年月): 1998-09' },
      { seed: SEEDS.hunan2025, section: HUNAN_STEP, quote: '开始时间:以培训通知书或结业证书的开始时间为准' },
    ],
    profiles: { base: {} },
    check: {
      subject: 'candidate',
      path: 'training.0.start',
      applies: (c) => c.training.length > 0,
      test: (c) => c.training.flatMap((t, i) => (isYearMonth(t.start) ? [] : [t.start ? { code: 'bad-format', path: `training.${i}.start`, detail: { value: t.start } } : { code: 'missing', path: `training.${i}.start` }])),
    },
    cases: [
      { name: 'a record starting 2021-09', base: CERTIFIED, set: { 'training.0': record() }, expected: 'accept' },
      { name: 'start month empty', base: CERTIFIED, set: { 'training.0': record({ start: '' }) }, expected: 'reject' },
      { name: 'start without the dash (202109)', base: CERTIFIED, set: { 'training.0': record({ start: '202109' }) }, expected: 'reject' },
      { name: 'start as a day (2021-09-01)', base: CERTIFIED, set: { 'training.0': record({ start: '2021-09-01' }) }, expected: 'reject' },
      { name: 'month 13', base: CERTIFIED, set: { 'training.0': record({ start: '2021-13' }) }, expected: 'reject' },
      { name: 'no training record at all', expected: 'accept' },
    ],
  }),

  defineRule({
    id: 'EDU-TRAINING-RESIDENCY-SELECTED',
    level: 'should',
    area: 'education',
    stage: 'application',
    title: '住院医师规范化培训经历应勾选用于报考',
    summary: 'A 住院医师规范化培训 record the candidate has is ticked for the application; other training need not be.',
    message: '请勾选您的住院医师规范化培训经历（其他培训经历可不勾选）。',
    sources: [
      { seed: SEEDS.national, section: NATIONAL_STEP, quote: '针对医学 考试加入了对"住院医师规范化培训"经历的信息收集要求' },
      { seed: SEEDS.national, section: NATIONAL_STEP, quote: '医考报名中除住院医师规范化培训类型的培训经历之外可不予勾选' },
    ],
    profiles: { base: {} },
    note: '"除…之外可不予勾选" makes ticking every other kind optional and implies the 规培 record is ticked; the level is should, as the seed words it as a collection of information rather than a condition of entry.',
    check: {
      subject: 'candidate',
      path: 'training.0.selected',
      applies: (c) => c.training.some((t) => t.kind === RESIDENCY),
      test: (c) => c.training.flatMap((t, i) => (t.kind === RESIDENCY && !t.selected ? [{ code: 'residency-not-selected', path: `training.${i}.selected` }] : [])),
    },
    cases: [
      { name: '规培 record ticked', base: CERTIFIED, set: { 'training.0': record() }, expected: 'accept' },
      { name: '规培 record not ticked', base: CERTIFIED, set: { 'training.0': record({ selected: false }) }, expected: 'reject' },
      { name: '全科 training not ticked', base: CERTIFIED, set: { 'training.0': record({ kind: '全科医师培训', selected: false }) }, expected: 'accept' },
    ],
  }),

  defineRule({
    id: 'EDU-TRAINING-KIND',
    level: 'must',
    area: 'education',
    stage: 'personal-info',
    title: '培训经历仅限全科医师培训、规范化医师培训',
    summary: 'On the 2025 platform (seed 004, Hunan) only 全科医师培训 and 住院医师规范化培训 are entered as training records.',
    message: '培训经历仅限填写本人参加的全科医师培训、规范化医师培训经历。',
    sources: [{ seed: SEEDS.hunan2025, section: HUNAN_STEP, quote: '填写情形2:仅限本人参加全科医师培训、规范化医师培训的经历' }],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Only Hunan 2025 (seed 004) limits the kinds entered; the national guide (002) collects 规培 and lets other kinds be entered unticked.',
    check: {
      subject: 'candidate',
      path: 'training.0.kind',
      applies: (c) => c.training.length > 0,
      test: (c) => c.training.flatMap((t, i) => (t.kind === '其他培训' ? [{ code: 'kind-not-allowed', path: `training.${i}.kind`, detail: { kind: t.kind } }] : [])),
    },
    cases: [
      { name: '住院医师规范化培训', base: CERTIFIED, set: { 'training.0': record() }, expected: 'accept' },
      { name: '全科医师培训', base: CERTIFIED, set: { 'training.0': record({ kind: '全科医师培训' }) }, expected: 'accept' },
      { name: '其他培训', base: CERTIFIED, set: { 'training.0': record({ kind: '其他培训', selected: false }) }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-TRAINING-RESULT-PASSED',
    level: 'must',
    area: 'education',
    stage: 'personal-info',
    title: '培训经历的考核结果只填“已通过”',
    summary: 'On the 2025 platform (seed 004, Hunan) a training record is entered only with the result 已通过; failed or unassessed training is left out.',
    message: '培训经历的考核结果请选“已通过”；未通过的培训经历不要填写。',
    sources: [{ seed: SEEDS.hunan2025, section: HUNAN_STEP, quote: '考核结果:选已通过,未通过的就不要写了' }],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Only Hunan 2025 (seed 004) says so; the national form (002) offers 未考核 as a result (its screenshot shows "*考核结果: 未考核"), so the rule does not apply elsewhere.',
    check: {
      subject: 'candidate',
      path: 'training.0.result',
      applies: (c) => c.training.length > 0,
      test: (c) => c.training.flatMap((t, i) => (t.result === '已通过' ? [] : [{ code: 'not-passed', path: `training.${i}.result`, detail: { result: t.result } }])),
    },
    cases: [
      { name: '已通过', base: CERTIFIED, set: { 'training.0': record() }, expected: 'accept' },
      { name: '未通过', base: CERTIFIED, set: { 'training.0': record({ result: '未通过' }) }, expected: 'reject' },
      { name: '未考核', base: CERTIFIED, set: { 'training.0': record({ result: '未考核' }) }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'EDU-TRAINING-CERTIFIED-ONLY',
    level: 'should',
    area: 'education',
    stage: 'application',
    title: '培训经历仅限持有助理证或执业医师证的医师填写',
    summary: 'On the 2025 platform (seed 004, Hunan) only a candidate holding an assistant or practising certificate enters training records.',
    message: '培训经历仅限持有助理证或执业医师证的医师填写；无助理证的考生不需要填写。',
    sources: [{ seed: SEEDS.hunan2025, section: HUNAN_STEP, quote: '填写情形1:仅限持有助理证或执业医师证的医师填写,无助理证的考生不需要填写' }],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Hunan 2025 (seed 004) only; the same passage adds "培训经历填不填写都不影响考试和注册", so the level is should: a system that keeps such a record does not harm the application.',
    check: {
      subject: 'candidate',
      path: 'training',
      applies: (c) => c.training.length > 0,
      test: (c) => (c.certificates.some((x) => x.type !== '执业助理医师(乡镇)') ? null : { code: 'no-certificate', detail: { records: c.training.length } }),
    },
    cases: [
      { name: 'assistant with a 规培 record', base: CERTIFIED, set: { 'training.0': record() }, expected: 'accept' },
      { name: 'fresh graduate with a 规培 record', set: { 'training.0': record() }, expected: 'reject' },
      { name: 'fresh graduate without training', expected: 'accept' },
    ],
  }),

  defineRule({
    id: 'EDU-TRAINING-MATCHES-CERTIFICATE',
    level: 'manual',
    area: 'education',
    stage: 'personal-info',
    title: '培训经历按结业证、培训通知书如实填写',
    summary: 'On the 2025 platform (seed 004, Hunan) the training major is the one on the completion certificate, the start is the date on the notice or certificate, and the unit is the one the candidate worked at while training.',
    sources: [
      { seed: SEEDS.hunan2025, section: HUNAN_STEP, quote: '培训专业:请填写结业证上的专业名称' },
      { seed: SEEDS.hunan2025, section: HUNAN_STEP, quote: '开始时间:以培训通知书或结业证书的开始时间为准' },
      { seed: SEEDS.hunan2025, section: HUNAN_STEP, quote: '工作单位名称:填写培训的时候工作单位,不是培训单位' },
    ],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Only Hunan 2025 (seed 004) says what each training field is taken from.',
    manual: 'The certificate and notice are paper documents; whether the form agrees with them is a reviewer\'s reading.',
  }),
]
