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
}

const N = SEEDS.national
const H22 = SEEDS.hubei2022
const H26 = SEEDS.hubei2026
const HB = SEEDS.hebei2022
const HN = SEEDS.hunan2025

/** A statement as a row holds it: the seed, the section, the words. */
type Quote = [seed: Source['seed'], section: string, quote: string]
/** A disagreement as the table holds it. */
type Row = [topic: string, model: Model, profiles: ProfileId[], rules: string[], quotes: [Quote, Quote, ...Quote[]], resolution: string]

const ROWS: Row[] = [
  [
    'When the pay button appears', 'readings', ['national', 'national-2025', 'hunan-2025'], ['PAY-OPENS'],
    [
      [N, '二、现场确认', '考生在考点打印的《医师资格考 试报名暨授予医师资格申请表》上签字确认后,办理交费手续'],
      [N, '四、网上缴费', '考生可在完成 报名信息填报之后,在已报考栏目中出现"缴费"按钮'],
    ],
    'Readings 002-二 (after on-site confirmation, the reference site) and 002-四 (once the application is submitted); Hunan (004) says only 报名成功最终以网上缴费为准 and inherits both. Hubei 2022/2026 (000: 完成国网和省网报名后) and Hebei (003: 考区复审通过后) hold one value each.',
  ],
  [
    'A graduate candidate\'s lower education record', 'readings', ['national-2025', 'hunan-2025'], ['EDU-GRADUATE-LOWER-RECORD'],
    [
      [N, '二、考试报名 / 4. 教育经历和培训经历', '以研究生学历报考的考生,除选择研究生一级的教育经历之外,还应补 充相应本科/专科的教育经历情况(但不用勾选)。'],
      [HN, '第八步,教育经历', '1.只填写并选择一个符合《2014版医师报名规定》的学历;'],
    ],
    'national-2025 (hence hunan-2025) accepts reading 004-八 (only the qualifying record; the reference site) and 002-二.4 (the 本科/专科 record added, not ticked). The other profiles follow 002.',
  ],
  [
    'Who must enter the assistant certificate', 'profile-values', ['national', 'national-2025', 'hunan-2025', 'hebei-shijiazhuang-2022'], ['CERT-REQUIRED-FOR-UPGRADE'],
    [
      [N, '二、考试报名 / 5. 选择证书', '用户若以中专学历报考执业等级考试科目,需要提供"执业助理医师"证明,其他情况此环节可以直接跳过。'],
      [HN, '第十步,证书情况', '情况1:助理升执业考生必须填写'],
      [HB, '附件1 / 三、(三)', '大专、中专学历已取得执业助理医师报考执业医师者上传材料'],
    ],
    'national and Hubei: 中专 (002). national-2025, hunan-2025 and Hebei: 中专 and 专科, every assistant upgrading (a 中专 or 专科 graduate reaches 执业 only as an assistant); 004 is the later, more specific statement of the same step.',
  ],
  [
    'Registration month against day-precise cut-offs', 'one-value', ['hebei-shijiazhuang-2022'], ['CERT-REGISTERED-FORMAT', 'CERT-WAIT-ZHUANKE', 'CERT-WAIT-ZHONGZHUAN'],
    [
      [N, '一、完善个人信息 / 填写注意事项', '输入的年月信息格式为 YYYY-MM,中间需要加横杠。'],
      [HB, '三、审核所提交的材料 / (一)', '专科学历毕业的须于2020年8月18日（含）前注册，中专学历毕业的于2017年8月18日（含）前注册'],
    ],
    'The form takes a month (注册年月, YYYY-MM) everywhere. A month before the cut-off\'s month passes, a later one is refused, and the cut-off\'s own month (2020-08, 2017-08) is accepted and left to the reviewer, who reads the day on the certificate image.',
  ],
  [
    'When material images lock', 'one-value', ['hubei-2026', 'hebei-shijiazhuang-2022'], ['REVIEW-SUBMIT-LOCKS-ALL', 'MATERIAL-UPLOAD-LOCKED'],
    [
      [H26, '三、(二) 4 删除并重新上传图片', '注意：如考生已被审核，则上传的图片将被锁定，考生无法修改图片。'],
      [H26, '三、(二) 5 提交电子资料', '注意：提交后，考生界面会显示上报完成，内容已锁定的提示（锁定即无法自行修改上传材料），表示上传成功。'],
      [HB, '二、(四) 删除并重新上传图片', '注意：如考生已“提交审核”或在审核期间，则上传的图片将被锁定，考生无法修改。'],
    ],
    'Images stay editable after upload and lock at 提交审核. Seed 001 also says they lock once reviewed; a file is reviewed only after it was submitted, so locking at 提交审核 satisfies both statements, and Hebei (003) names 提交审核 itself.',
  ],
  [
    'Which 中医 (师承/确有专长) certificate counts', 'profile-values', ['hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022'], ['MATERIAL-REQUIRED-SHICHENG-CERTIFICATE'],
    [
      [H22, '二、(三) 4 ⑥', '传统医学师承或确有专长人员只需上传《传统医学医术确有专长证书》'],
      [H26, '二、(七) 2', '须提交《传统医学师承出师证书》或《传统医学医术确有专长证书》'],
      [HB, '附件1 三 (五)', '《传统医学师承出师证书》或《传统医学医术确有专长证书》（2021年8月31日前取得）'],
    ],
    'Each portal profile carries its own seed\'s list in the material\'s row (src/rules/materials.ts): Hubei 2022 names only the 确有专长 certificate, Hubei 2026 either certificate, Hebei either if obtained before 2021-08-31. Which certificate an image shows is a reviewer\'s judgement; the machine checks that the material is required and uploaded.',
  ],
  [
    'The title of the HMT/foreign internship form (实习 or 实现)', 'one-value', ['hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022'], ['MATERIAL-REQUIRED-HMT-INTERNSHIP-FORM'],
    [
      [H22, '二、(一) 3', '还需上传《台湾、香港、澳门居民参加国家医师资格考试实现申请审核表》'],
      [H26, '二、(七) 1', '须提交相关行政部门盖章版的《台湾、香港、澳门居民参加国家医师资格考试实习申请审核表》'],
    ],
    '实现 in seed 000 is read as a slip for 实习 (seeds 001 and 002 name the 实习申请审核表). The harness judges a material by its kind, never by the title\'s wording, so a portal showing either title conforms.',
  ],
  [
    'What replaces a lost diploma', 'profile-values', ['hubei-2026', 'hebei-shijiazhuang-2022'], ['MATERIAL-REPLACEMENT-DIPLOMA'],
    [
      [H26, '二、(二)', '毕业证书遗失的，大专学历及以上的可以联系毕业学校出具“毕业证明书”代替毕业证书，中专学历的可以使用省级教育行政部门出具的“学历证明书”代替。'],
      [HB, '三、(六)', '可以提供由原学校补办的教育部门统一制式的“毕业证明书”或“学历证明书”，其他证明无效'],
    ],
    'Hubei 2026: the school\'s 毕业证明书 for 大专 and above, the provincial education department\'s 学历证明书 for 中专. Hebei: either, and no other proof. A reviewer reads the document; the rule is manual, with both statements.',
  ],
  [
    'The names of the probation and practice-period proofs', 'one-value', ['national', 'hebei-shijiazhuang-2022'], ['MATERIAL-REQUIRED-PROBATION-CERTIFICATE'],
    [
      [N, '三、现场确认 / (四)', '考生试用(或实习)机构出具的《医师资格考试试用期考核证明》'],
      [HB, '三、(四)', '《试用期考核合格证明》仅考试当年有效'],
      [HB, '三、(四)', '执业助理医师申报执业医师的上传《执业助理医师报考执业医师执业期满考核证明》即可'],
    ],
    'The same documents under different names (试用期考核证明 / 试用期考核合格证明; 执业期考核证明 / 执业期满考核证明). The material kinds carry one label each; the harness never judges a portal by the title\'s wording.',
  ],
  [
    'What counts as registration complete', 'one-value', ['national', 'hubei-2022', 'hubei-2026', 'national-2025', 'hunan-2025'], ['PAY-UNPAID-WITHDRAWN', 'REVIEW-SUBMIT-NOTICE'],
    [
      [N, '五、常见问题说明 / 一、1', '考生须完成网上报名、现场资格审核并按规定缴纳考试费后方完成报名的全部内容'],
      [HN, '第十二步 / 打印步骤 2', '打印完成后,表示网上报名成功'],
      [HN, '二、网报注意 14', '报名成功最终以网上缴费为准'],
      [H22, '一、网上报名程序', '未上传相关证件及证明材料、未缴费均视为无效报名'],
    ],
    'Two milestones, not two readings: 网上报名成功 is the printed success notice (004, 002 步骤 5); registration as a whole completes with payment (002 FAQ, 004 注意 14; Hubei also needs the uploaded materials). An unpaid file at the deadline is withdrawn (PAY-UNPAID-WITHDRAWN).',
  ],
  [
    'How a wrong registration is corrected', 'one-value', ['national', 'national-2025', 'hunan-2025', 'hubei-2022'], ['REVIEW-NO-EDIT-AFTER-SUBMIT', 'ID-BASIC-INFO-FIXED'],
    [
      [N, '五、常见问题说明 / 三', '在需要修改的报名下方点击"重新报考",然后再重新报名'],
      [HN, '错误重报', '1.若发现网报信息有误,请点击重新报考,按照上述流程修改错误信息;'],
      [HN, '二、网报注意 6', '6.网报结束后无法修改个人信息'],
      [H22, '三、(二)', '考生需修改国网和省网内容的联系报名点进行修改'],
    ],
    'During the window: re-register (重新报考), since a submitted application is not edited; 个人信息 stays editable until the window closes (004). After it: the 考点/报名点 corrects (000), and basic information only through staff (002; 004: only 国家卫健委).',
  ],
  [
    'The number of wizard steps', 'readings', ['national', 'national-2025', 'hunan-2025'], ['APP-WIZARD-STEPS'],
    [
      [N, '二、考试报名', '在完成报名的过程中可以通过页面右上方的导航按钮"上一步""下一步" 来实现各个步骤的跳转。'],
      [N, '五、常见问题说明 / 二', '在报名的第七步确认时,在表中选院前急救或儿科加'],
      [HN, '第八步,教育经历', '第八步,教育经历'],
      [HN, '第九步,培训经历', '第九步,培训经历'],
    ],
    'Seed 002\'s step bar shows six steps (education and training together, OCR: "1 选择报考 … ④ 教育及培训 … 6 确认") while its FAQ speaks of "报名的第七步确认"; seed 004 walks 教育经历 and 培训经历 as separate steps: seven from choosing the exam to 提交确认 (the notice, 第五步, is APP-NOTICE-AGREE). national holds 002\'s six titles (the only list 002 gives); national-2025 (hence hunan-2025) accepts readings 002-二 (six) and 004-四 (seven), and the pages spec reports which the target\'s step bar follows (src/rules/pageView.ts WIZARD_STEPS).',
  ],
  [
    'Dictionary field colours', 'one-value', ['national'], ['APP-DICTIONARY-COLOURS'],
    [
      [N, '一、完善个人信息 / 填写注意事项', '显示红色表示您未输入信息;显示灰色表示您选择的内容存在系统中并可以使用。'],
      [N, '五、常见问题说明 / 二', '如果工作单位文本框显示黄色表示您输 入的工作单位没有收录在网站工作单位字典中'],
    ],
    'Three colours, not two: red not entered, grey in the dictionary, yellow typed but not in the dictionary; the first statement (the school field) leaves out the yellow case the FAQ adds. APP-DICTIONARY-COLOURS holds all three.',
  ],
  [
    'Training experience (培训经历)', 'profile-values', ['national', 'national-2025', 'hunan-2025'], ['EDU-TRAINING-RESIDENCY-SELECTED', 'EDU-TRAINING-KIND', 'EDU-TRAINING-RESULT-PASSED', 'EDU-TRAINING-CERTIFIED-ONLY'],
    [
      [N, '二、考试报名 / 4. 教育经历和培训经历', '医考报名中除住院医师规范化培训类型的培训经历之外可不予勾选。'],
      [HN, '第九步,培训经历', '填写情形1:仅限持有助理证或执业医师证的医师填写,无助理证的考生不需要填写;'],
      [HN, '第九步,培训经历', '特别说明:培训经历填不填写都不影响考试和注册,完全不影响。'],
    ],
    'national: a 住院医师规范化培训 record the candidate has is ticked (EDU-TRAINING-RESIDENCY-SELECTED, should; 002 collects it). national-2025 (hence hunan-2025) adds 004\'s limits: only 规培 and 全科 training, only 已通过, only for certificate holders (EDU-TRAINING-KIND, -RESULT-PASSED, -CERTIFIED-ONLY; the last a should, since 004 also says 填不填写都不影响). No rule requires a training record under either.',
  ],
  [
    'Portal authorisation: once per account or every session', 'readings', ['hubei-2022', 'hubei-2026', 'hebei-shijiazhuang-2022'], ['MATERIAL-PORTAL-AUTHORISE'],
    [
      [H26, '三、(一) 2 激活用户', '首次登陆考生使用考试报名系统的账号进行授权，授权完成后即可进入报名材料上传界面。'],
      [H26, '三、(一) 2 授权访问', '即将使用医学考试中心考生服务系统账号登陆'],
      [HB, '附件2 一 2', '页面自动跳转至国家医学考试（河北）考生服务系统，考生使用考试报名系统的账号进行授权，授权完成后即可进入报名材料上传界面。'],
    ],
    'Seed 001 puts the authorisation at 首次登陆 under the heading 激活用户 (a one-time activation: later sessions enter directly) and draws it as the portal\'s login form (授权访问, 授权登录: a new session logs in through it); it never says what a later session does. Hubei 2022 and 2026 accept readings 001-授权访问 (every new session authorises; the reference site) and 001-激活用户 (the account\'s first login only), and the portal spec reports which the target follows. Hebei (003) gives the same sentence without 首次登陆, as the step every entry from 上传相关材料 passes: every session authorises. Under both readings a session of an account that never authorised, or that answered the form wrongly, is refused.',
  ],
]

/** A disagreement from its row. */
const disagreement = ([topic, model, profiles, rules, quotes, resolution]: Row): Disagreement => {
  const [first, second, ...more] = quotes.map(([seed, section, quote]) => ({ seed, section, quote }))
  return { topic, profiles, model, rules, quotes: [first!, second!, ...more], resolution }
}

export const DISAGREEMENTS: Disagreement[] = ROWS.map(disagreement)
