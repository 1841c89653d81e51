import type { ProfileId } from './profiles.ts'
import type { SeedSource as Source } from './rule.ts'
import { SEEDS } from './seeds.ts'

// Where the seeds a profile follows say different things, and how the catalogue models it. Rules
// with accepted readings (`profiles.readings`) are listed here too, so this is the one list a reader
// (docs/rules.md, "Where the seeds disagree") and a test walk. Every quote is checked word for word.

/**
 * How a disagreement is modelled: `readings` (a target following either conforms, the report says
 * which), `profile-values` (one value per profile, each from its own seed), or `one-value` (one value
 * that every statement allows, or a stage each statement names, written down).
 */
export const MODELS = ['readings', 'profile-values', 'one-value'] as const
export type Model = (typeof MODELS)[number]

/** One disagreement between seeds (or inside one), with the statements that disagree. */
export interface Disagreement {
  topic: string
  /** The profiles whose seeds carry it. */
  profiles: ProfileId[]
  model: Model
  /** The catalogue rules that carry it; empty where no rule can check it yet. */
  rules: string[]
  /** The statements, each quoted word for word from its seed. */
  quotes: [Source, Source, ...Source[]]
  /** What each profile holds and why. */
  resolution: string
  /** Per-profile values for a rule still to be written (the wizard's steps). */
  values?: Partial<Record<ProfileId, readonly string[]>>
}

const N = SEEDS.national
const H22 = SEEDS.hubei2022
const H26 = SEEDS.hubei2026
const HB = SEEDS.hebei2022
const HN = SEEDS.hunan2025

/** The wizard's steps: seed 002 draws six; seed 004 (the 2025 platform) walks seven after the notice, 教育经历 and 培训经历 apart. */
export const WIZARD_STEPS: Partial<Record<ProfileId, readonly string[]>> = {
  national: ['选择报考', '基本情况', '工作情况', '教育及培训', '证书', '确认'],
  'national-2025': ['选择考试项目', '基本情况', '工作情况', '教育经历', '培训经历', '证书情况', '提交确认'],
}

export const DISAGREEMENTS: Disagreement[] = [
  {
    topic: 'When the pay button appears',
    profiles: ['national', 'national-2025', 'hunan-2025'],
    model: 'readings',
    rules: ['PAY-OPENS'],
    quotes: [
      { seed: N, section: '二、现场确认', quote: '考生在考点打印的《医师资格考 试报名暨授予医师资格申请表》上签字确认后,办理交费手续' },
      { seed: N, section: '四、网上缴费', quote: '考生可在完成 报名信息填报之后,在已报考栏目中出现"缴费"按钮' },
    ],
    resolution: 'Readings 002-二 (after on-site confirmation, the reference site) and 002-四 (once the application is submitted); Hunan (004) says only 报名成功最终以网上缴费为准 and inherits both. Hubei 2022/2026 (000: 完成国网和省网报名后) and Hebei (003: 考区复审通过后) hold one value each.',
  },
  {
    topic: 'A graduate candidate\'s lower education record',
    profiles: ['national-2025', 'hunan-2025'],
    model: 'readings',
    rules: ['EDU-GRADUATE-LOWER-RECORD'],
    quotes: [
      { seed: N, section: '二、考试报名 / 4. 教育经历和培训经历', quote: '以研究生学历报考的考生,除选择研究生一级的教育经历之外,还应补 充相应本科/专科的教育经历情况(但不用勾选)。' },
      { seed: HN, section: '第八步,教育经历', quote: '1.只填写并选择一个符合《2014版医师报名规定》的学历;' },
    ],
    resolution: 'national-2025 (hence hunan-2025) accepts reading 004-八 (only the qualifying record; the reference site) and 002-二.4 (the 本科/专科 record added, not ticked). The other profiles follow 002.',
  },
  {
    topic: 'Who must enter the assistant certificate',
    profiles: ['national', 'national-2025', 'hunan-2025', 'hebei-shijiazhuang-2022'],
    model: 'profile-values',
    rules: ['CERT-REQUIRED-FOR-UPGRADE'],
    quotes: [
      { seed: N, section: '二、考试报名 / 5. 选择证书', quote: '用户若以中专学历报考执业等级考试科目,需要提供"执业助理医师"证明,其他情况此环节可以直接跳过。' },
      { seed: HN, section: '第十步,证书情况', quote: '情况1:助理升执业考生必须填写' },
      { seed: HB, section: '附件1 / 三、(三)', quote: '大专、中专学历已取得执业助理医师报考执业医师者上传材料' },
    ],
    resolution: 'national and Hubei: 中专 (002). national-2025, hunan-2025 and Hebei: 中专 and 专科, every assistant upgrading (a 中专 or 专科 graduate reaches 执业 only as an assistant); 004 is the later, more specific statement of the same step.',
  },
  {
    topic: 'Registration month against day-precise cut-offs',
    profiles: ['hebei-shijiazhuang-2022'],
    model: 'one-value',
    rules: ['CERT-REGISTERED-FORMAT', 'CERT-WAIT-ZHUANKE', 'CERT-WAIT-ZHONGZHUAN'],
    quotes: [
      { seed: N, section: '一、完善个人信息 / 填写注意事项', quote: '输入的年月信息格式为 YYYY-MM,中间需要加横杠。' },
      { seed: HB, section: '三、审核所提交的材料 / (一)', quote: '专科学历毕业的须于2020年8月18日（含）前注册，中专学历毕业的于2017年8月18日（含）前注册' },
    ],
    resolution: 'The form takes a month (注册年月, YYYY-MM) everywhere. A month before the cut-off\'s month passes, a later one is refused, and the cut-off\'s own month (2020-08, 2017-08) is accepted and left to the reviewer, who reads the day on the certificate image.',
  },
  {
    topic: 'When material images lock',
    profiles: ['hubei-2026', 'hebei-shijiazhuang-2022'],
    model: 'one-value',
    rules: ['REVIEW-SUBMIT-LOCKS-ALL', 'MATERIAL-UPLOAD-LOCKED'],
    quotes: [
      { seed: H26, section: '三、(二) 4 删除并重新上传图片', quote: '注意：如考生已被审核，则上传的图片将被锁定，考生无法修改图片。' },
      { seed: H26, section: '三、(二) 5 提交电子资料', quote: '注意：提交后，考生界面会显示上报完成，内容已锁定的提示（锁定即无法自行修改上传材料），表示上传成功。' },
      { seed: HB, section: '二、(四) 删除并重新上传图片', quote: '注意：如考生已“提交审核”或在审核期间，则上传的图片将被锁定，考生无法修改。' },
    ],
    resolution: 'Images stay editable after upload and lock at 提交审核. Seed 001 also says they lock once reviewed; a file is reviewed only after it was submitted, so locking at 提交审核 satisfies both statements, and Hebei (003) names 提交审核 itself.',
  },
  {
    topic: 'Which 中医 (师承/确有专长) certificate counts',
    profiles: ['hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022'],
    model: 'profile-values',
    rules: ['MATERIAL-REQUIRED-SHICHENG-CERTIFICATE'],
    quotes: [
      { seed: H22, section: '二、(三) 4 ⑥', quote: '传统医学师承或确有专长人员只需上传《传统医学医术确有专长证书》' },
      { seed: H26, section: '二、(七) 2', quote: '须提交《传统医学师承出师证书》或《传统医学医术确有专长证书》' },
      { seed: HB, section: '附件1 三 (五)', quote: '《传统医学师承出师证书》或《传统医学医术确有专长证书》（2021年8月31日前取得）' },
    ],
    resolution: 'Each portal profile carries its own seed\'s list in the material\'s row (src/rules/materials.ts): Hubei 2022 names only the 确有专长 certificate, Hubei 2026 either certificate, Hebei either if obtained before 2021-08-31. Which certificate an image shows is a reviewer\'s judgement; the machine checks that the material is required and uploaded.',
  },
  {
    topic: 'The title of the HMT/foreign internship form (实习 or 实现)',
    profiles: ['hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022'],
    model: 'one-value',
    rules: ['MATERIAL-REQUIRED-HMT-INTERNSHIP-FORM'],
    quotes: [
      { seed: H22, section: '二、(一) 3', quote: '还需上传《台湾、香港、澳门居民参加国家医师资格考试实现申请审核表》' },
      { seed: H26, section: '二、(七) 1', quote: '须提交相关行政部门盖章版的《台湾、香港、澳门居民参加国家医师资格考试实习申请审核表》' },
    ],
    resolution: '实现 in seed 000 is read as a slip for 实习 (seeds 001 and 002 name the 实习申请审核表). The harness judges a material by its kind, never by the title\'s wording, so a portal showing either title conforms.',
  },
  {
    topic: 'What replaces a lost diploma',
    profiles: ['hubei-2026', 'hebei-shijiazhuang-2022'],
    model: 'profile-values',
    rules: ['MATERIAL-REPLACEMENT-DIPLOMA'],
    quotes: [
      { seed: H26, section: '二、(二)', quote: '毕业证书遗失的，大专学历及以上的可以联系毕业学校出具“毕业证明书”代替毕业证书，中专学历的可以使用省级教育行政部门出具的“学历证明书”代替。' },
      { seed: HB, section: '三、(六)', quote: '可以提供由原学校补办的教育部门统一制式的“毕业证明书”或“学历证明书”，其他证明无效' },
    ],
    resolution: 'Hubei 2026: the school\'s 毕业证明书 for 大专 and above, the provincial education department\'s 学历证明书 for 中专. Hebei: either, and no other proof. A reviewer reads the document; the rule is manual, with both statements.',
  },
  {
    topic: 'The names of the probation and practice-period proofs',
    profiles: ['national', 'hebei-shijiazhuang-2022'],
    model: 'one-value',
    rules: ['MATERIAL-REQUIRED-PROBATION-CERTIFICATE'],
    quotes: [
      { seed: N, section: '三、现场确认 / (四)', quote: '考生试用(或实习)机构出具的《医师资格考试试用期考核证明》' },
      { seed: HB, section: '三、(四)', quote: '《试用期考核合格证明》仅考试当年有效' },
      { seed: HB, section: '三、(四)', quote: '执业助理医师申报执业医师的上传《执业助理医师报考执业医师执业期满考核证明》即可' },
    ],
    resolution: 'The same documents under different names (试用期考核证明 / 试用期考核合格证明; 执业期考核证明 / 执业期满考核证明). The material kinds carry one label each; the harness never judges a portal by the title\'s wording.',
  },
  {
    topic: 'What counts as registration complete',
    profiles: ['national', 'hubei-2022', 'hubei-2026', 'national-2025', 'hunan-2025'],
    model: 'one-value',
    rules: ['PAY-UNPAID-WITHDRAWN', 'REVIEW-SUBMIT-NOTICE'],
    quotes: [
      { seed: N, section: '五、常见问题说明 / 一、1', quote: '考生须完成网上报名、现场资格审核并按规定缴纳考试费后方完成报名的全部内容' },
      { seed: HN, section: '第十二步 / 打印步骤 2', quote: '打印完成后,表示网上报名成功' },
      { seed: HN, section: '二、网报注意 14', quote: '报名成功最终以网上缴费为准' },
      { seed: H22, section: '一、网上报名程序', quote: '未上传相关证件及证明材料、未缴费均视为无效报名' },
    ],
    resolution: 'Two milestones, not two readings: 网上报名成功 is the printed success notice (004, 002 步骤 5); registration as a whole completes with payment (002 FAQ, 004 注意 14; Hubei also needs the uploaded materials). An unpaid file at the deadline is withdrawn (PAY-UNPAID-WITHDRAWN).',
  },
  {
    topic: 'How a wrong registration is corrected',
    profiles: ['national', 'national-2025', 'hunan-2025', 'hubei-2022'],
    model: 'one-value',
    rules: ['REVIEW-NO-EDIT-AFTER-SUBMIT', 'ID-BASIC-INFO-FIXED'],
    quotes: [
      { seed: N, section: '五、常见问题说明 / 三', quote: '在需要修改的报名下方点击"重新报考",然后再重新报名' },
      { seed: HN, section: '错误重报', quote: '1.若发现网报信息有误,请点击重新报考,按照上述流程修改错误信息;' },
      { seed: HN, section: '二、网报注意 6', quote: '6.网报结束后无法修改个人信息' },
      { seed: H22, section: '三、(二)', quote: '考生需修改国网和省网内容的联系报名点进行修改' },
    ],
    resolution: 'During the window: re-register (重新报考), since a submitted application is not edited; 个人信息 stays editable until the window closes (004). After it: the 考点/报名点 corrects (000), and basic information only through staff (002; 004: only 国家卫健委).',
  },
  {
    topic: 'The number of wizard steps',
    profiles: ['national', 'national-2025', 'hunan-2025'],
    model: 'profile-values',
    rules: ['APP-WIZARD-STEPS'],
    quotes: [
      { seed: N, section: '二、考试报名', quote: '在完成报名的过程中可以通过页面右上方的导航按钮"上一步""下一步" 来实现各个步骤的跳转。' },
      { seed: N, section: '五、常见问题说明 / 二', quote: '在报名的第七步确认时,在表中选院前急救或儿科加' },
      { seed: HN, section: '第八步,教育经历', quote: '第八步,教育经历' },
      { seed: HN, section: '第九步,培训经历', quote: '第九步,培训经历' },
    ],
    resolution: 'Seed 002\'s step bar shows six steps (education and training together, OCR: "1 选择报考 … ④ 教育及培训 … 6 确认") while its FAQ speaks of "报名的第七步确认"; seed 004 walks 教育经历 and 培训经历 as separate steps: seven from choosing the exam to 提交确认. national holds six, national-2025 seven (WIZARD_STEPS). APP-WIZARD-STEPS is manual and judges the order, which every seed agrees on; a machine check of the count takes these values.',
    values: WIZARD_STEPS,
  },
  {
    topic: 'Dictionary field colours',
    profiles: ['national'],
    model: 'one-value',
    rules: ['APP-DICTIONARY-COLOURS'],
    quotes: [
      { seed: N, section: '一、完善个人信息 / 填写注意事项', quote: '显示红色表示您未输入信息;显示灰色表示您选择的内容存在系统中并可以使用。' },
      { seed: N, section: '五、常见问题说明 / 二', quote: '如果工作单位文本框显示黄色表示您输 入的工作单位没有收录在网站工作单位字典中' },
    ],
    resolution: 'Three colours, not two: red not entered, grey in the dictionary, yellow typed but not in the dictionary; the first statement (the school field) leaves out the yellow case the FAQ adds. APP-DICTIONARY-COLOURS holds all three.',
  },
  {
    topic: 'Training experience (培训经历)',
    profiles: ['national', 'national-2025', 'hunan-2025'],
    model: 'profile-values',
    rules: ['EDU-TRAINING-RESIDENCY-SELECTED', 'EDU-TRAINING-KIND', 'EDU-TRAINING-RESULT-PASSED', 'EDU-TRAINING-CERTIFIED-ONLY'],
    quotes: [
      { seed: N, section: '二、考试报名 / 4. 教育经历和培训经历', quote: '医考报名中除住院医师规范化培训类型的培训经历之外可不予勾选。' },
      { seed: HN, section: '第九步,培训经历', quote: '填写情形1:仅限持有助理证或执业医师证的医师填写,无助理证的考生不需要填写;' },
      { seed: HN, section: '第九步,培训经历', quote: '特别说明:培训经历填不填写都不影响考试和注册,完全不影响。' },
    ],
    resolution: 'national: a 住院医师规范化培训 record the candidate has is ticked (EDU-TRAINING-RESIDENCY-SELECTED, should; 002 collects it). national-2025 (hence hunan-2025) adds 004\'s limits: only 规培 and 全科 training, only 已通过, only for certificate holders (EDU-TRAINING-KIND, -RESULT-PASSED, -CERTIFIED-ONLY; the last a should, since 004 also says 填不填写都不影响). No rule requires a training record under either.',
  },
]
