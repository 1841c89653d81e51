import type { Candidate, EducationRecord } from './candidate.ts'
import { buildResidentId } from './checks/residentId.ts'
import { HOMES } from './examples/home.ts'
import { diplomaNo } from './examples/records.ts'
import type { ProfileId } from './profiles.ts'
import { SEEDS, type SeedFile } from './seeds.ts'
import { ACTIVE_DUTY_STATUSES } from './vocabulary.ts'

// The materials of the provincial portal (省网) as data: per profile, which materials exist, who
// must upload them, how many images each takes. Rules, the generator and the reference site read it.

/**
 * What the materials data assumes where the seeds are silent or disagree (reported with the catalogue).
 */
export const MATERIALS_ASSUMPTIONS: readonly string[] = [
  'national and hunan-2025 have no provincial materials portal: seed 002 lists paper materials for on-site confirmation (现场审核材料) and seed 004 describes only the national wizard. materialsFor returns null there (portal not applicable), not an empty list.',
  'Identity images: Hubei 2022 says only 上传相关证件 and assumes the front-and-back pair (2); Hubei 2026 §二(一) says 正反面 (2) but its portal screenshot adds the hand-held photo, and the profile follows the portal (3); Hebei 附件1 一 asks for 3.',
  'Hubei 2026 names no material for 本科长学制 students in school (only for 研究生毕业当年); such a candidate is asked for identity only, and a reviewer asks for more by returning the file.',
  'Hebei 附件1 三 (七) leaves Hong Kong, Macau, Taiwan and foreign candidates to "有关文件"; the profile asks them for the internship approval form of the national list (seed 002 现场确认 (四)) on top of their education-based list.',
  'Hebei exempts military hospitals, 三级甲等 hospitals and CDCs from the licence duplicate; the candidate data has no hospital grade, so only military units and CDCs are exempt.',
  'A record counts as held (diploma to upload) when it has a graduation date and a diploma number: students in their graduation year have neither.',
  'Materials a candidate uploads only when a reviewer or a failed online check asks (首次注册证明, 身份信息佐证材料, 其他) are listed as optional for everyone.',
]

/** Formats the portal accepts, decided from the file's content ("jpg/jpeg/png格式"). */
export const MATERIAL_FORMATS = ['jpeg', 'png'] as const

/** Material IDs: stable across profiles; a profile lists the ones its portal shows. */
export const MATERIAL_IDS = [
  'identity', 'identity-supporting', 'diploma', 'verification-report', 'foreign-degree-certification',
  'degree', 'degree-verification-report', 'supplementary-education', 'license-copy', 'probation-certificate',
  'assistant-certificate', 'assistant-license', 'practice-period-proof', 'first-registration-proof',
  'supervisor-certificate', 'commitment-letter', 'student-status-proof', 'student-card', 'practice-certificate',
  'professional-degree-proof', 'short-line-application', 'short-line-publicity', 'hmt-internship-form',
  'shicheng-certificate', 'military-approval', 'other',
] as const
export type MaterialId = (typeof MATERIAL_IDS)[number]

/** Chinese titles as the portal lists them. */
export const MATERIAL_TITLES: Record<MaterialId, string> = {
  identity: '身份证明',
  'identity-supporting': '身份信息佐证材料',
  diploma: '毕业证书',
  'verification-report': '学历认证报告',
  'foreign-degree-certification': '国外学历学位认证书',
  degree: '学位证书',
  'degree-verification-report': '学位认证报告',
  'supplementary-education': '补充学历相关材料',
  'license-copy': '《医疗机构执业许可证》副本',
  'probation-certificate': '试用期考核合格证明',
  'assistant-certificate': '执业助理医师资格证书',
  'assistant-license': '执业助理医师执业证书',
  'practice-period-proof': '执业助理医师报考执业医师执业期考核证明',
  'first-registration-proof': '执业证书首次注册证明',
  'supervisor-certificate': '带教老师执业证书及资格证书',
  'commitment-letter': '应届医学专业毕业生医师资格考试报考承诺书',
  'student-status-proof': '学籍证明（在读研究生证明）',
  'student-card': '学生证',
  'practice-certificate': '临床实践满一年证明',
  'professional-degree-proof': '专业学位研究生证明',
  'short-line-application': '医师资格考试短线医学专业加试申请表',
  'short-line-publicity': '短线医学专业加试公示证明',
  'hmt-internship-form': '台港澳居民/外籍人员实习申请审核表',
  'shicheng-certificate': '传统医学师承出师证书或确有专长证书',
  'military-approval': '团级以上政治部门同意报考证明',
  other: '其他',
}

// --- Candidate situations: named predicates, so the tables below stay data --------------------

const GRADUATE_LEVELS = ['博士研究生', '硕士研究生']
const BACHELOR_PLUS = ['本科', '本科长学制', ...GRADUATE_LEVELS]
const selected = (c: Candidate): EducationRecord | undefined => c.education.find((e) => e.selected) ?? c.education[0]
const hasLevel = (c: Candidate, level: string) => c.education.some((e) => e.level === level)
/** A record the candidate holds a diploma for: students in their graduation year have no diploma number yet. */
const graduated = (e: EducationRecord) => e.graduation !== '' && e.graduation !== '-' && e.diplomaNumber !== '' && e.diplomaNumber !== '-'

/** Candidate situations the seeds name, as predicates over the candidate's data. */
export const SITUATIONS = {
  always: (): boolean => true,
  /** 本科长学制 student applying during the programme (no diploma yet). */
  longProgramme: (c: Candidate): boolean => selected(c)?.level === '本科长学制' && !graduated(selected(c)!),
  /** 当年毕业研究生 / 研究生(在读) other than long-programme students: no diploma for the level applied with yet. */
  graduateStudent: (c: Candidate): boolean =>
    (c.work.status === '当年毕业研究生' || c.work.status === '研究生(在读)') && !SITUATIONS.longProgramme(c),
  student: (c: Candidate): boolean => SITUATIONS.graduateStudent(c) || SITUATIONS.longProgramme(c),
  /** 应届毕业生 who is not a graduate student (those have their own list). */
  freshGraduate: (c: Candidate): boolean => c.application.freshGraduate && !SITUATIONS.student(c),
  shicheng: (c: Candidate): boolean => selected(c)?.level === '传统医学师承或确有专长人员',
  /** Holds a diploma to show: a graduated record that is not 师承. */
  hasDiploma: (c: Candidate): boolean => c.education.some((e) => graduated(e) && e.level !== '传统医学师承或确有专长人员'),
  mainlandDiploma: (c: Candidate): boolean => c.education.some((e) => graduated(e) && e.region === '大陆' && e.level !== '传统医学师承或确有专长人员'),
  foreignEducation: (c: Candidate): boolean => c.education.some((e) => e.region !== '大陆'),
  zhongzhuan: (c: Candidate): boolean => selected(c)?.level === '中专',
  fullTimeBachelorPlus: (c: Candidate): boolean => {
    const e = selected(c)
    return !!e && BACHELOR_PLUS.includes(e.level) && e.studyForm === '普通全日制' && graduated(e)
  },
  graduatedGraduateLevel: (c: Candidate): boolean => GRADUATE_LEVELS.includes(selected(c)?.level ?? '') && !SITUATIONS.student(c),
  /** Several education records used together: 专升本, 研究生 + 本科, 3+2. */
  supplementaryEducation: (c: Candidate): boolean =>
    (hasLevel(c, '专科') && hasLevel(c, '本科')) || (hasLevel(c, '中专') && hasLevel(c, '专科'))
    || (GRADUATE_LEVELS.some((l) => hasLevel(c, l)) && hasLevel(c, '本科')),
  /** Hebei: 专升本 whose 本科 began on or after 2015-09-01. */
  lateZhuanshengben: (c: Candidate): boolean =>
    hasLevel(c, '专科') && c.education.some((e) => e.level === '本科' && e.enrolled >= '2015-09'),
  assistantUpgrade: (c: Candidate): boolean => c.certificates.some((x) => x.selected && x.type === '执业助理医师'),
  /** Goes through the probation year (Hebei lists 试用期考核合格证明 for them). */
  probation: (c: Candidate): boolean => !SITUATIONS.student(c) && !SITUATIONS.assistantUpgrade(c),
  nonMainland: (c: Candidate): boolean => c.origin !== '大陆',
  military: (c: Candidate): boolean => (ACTIVE_DUTY_STATUSES as readonly string[]).includes(c.serviceStatus),
  shortLine: (c: Candidate): boolean => c.application.extraSubject === '儿科' || c.application.extraSubject === '院前急救',
  /** Hebei: units other than military hospitals and CDCs show their licence (三甲 cannot be told from the data). */
  licensedUnit: (c: Candidate): boolean => !SITUATIONS.student(c) && c.work.unitType !== '军队医疗机构' && c.work.unitType !== '疾病预防控制中心',
  /** Hebei lists 本科毕业证书 for long-programme students too (附件1 三 (一) 2). */
  hebeiDiploma: (c: Candidate): boolean => (SITUATIONS.hasDiploma(c) && !SITUATIONS.graduateStudent(c)) || SITUATIONS.longProgramme(c),
  hebeiDegree: (c: Candidate): boolean => SITUATIONS.graduatedGraduateLevel(c) || SITUATIONS.lateZhuanshengben(c),
  hebeiCommitment: (c: Candidate): boolean => SITUATIONS.freshGraduate(c) || SITUATIONS.graduateStudent(c),
  hubei2022Diploma: (c: Candidate): boolean => SITUATIONS.hasDiploma(c) && !SITUATIONS.student(c),
  hubei2022Degree: (c: Candidate): boolean => SITUATIONS.graduatedGraduateLevel(c),
  hubei2022Zhuanshengben: (c: Candidate): boolean => c.education.some((e) => e.level === '本科' && e.studyForm === '普通全日制') && hasLevel(c, '专科'),
  hubei2026Diploma: (c: Candidate): boolean => SITUATIONS.hasDiploma(c),
  /** Never required: uploaded only when the candidate's case calls for it (optional in the list). */
  never: (): boolean => false,
} satisfies Record<string, (c: Candidate) => boolean>
export type Situation = keyof typeof SITUATIONS

/**
 * The fresh graduate made a 硕士 graduate of 2020 in post after the probation year (Hubei 2022 asks
 * them for 学位证书): four years older (the ID follows, Hubei home), the ticked 硕士 record with its
 * diploma number and the 本科 record under it, not ticked (EDU-GRADUATE-LOWER-RECORD), each with the
 * 学制 of its level (EDU-LENGTH-BY-LEVEL) and a 学信网 report. Dates are for exam year 2022, as the
 * other witnesses' are.
 */
const GRADUATED_MASTER_2022: Record<string, unknown> = {
  birthDate: '1994-05-12',
  idNumber: buildResidentId(HOMES['hubei-2022'].idRegion, '1994-05-12', '男', 123),
  'work.status': '在职',
  'work.monthsInPost': 18,
  'application.freshGraduate': false,
  'education.0': {
    region: '大陆', level: '硕士研究生', studyForm: '普通全日制', school: '华中科技大学', schoolArea: '420000', major: '内科学',
    lengthYears: 3, enrolled: '2017-09', graduation: '2020-06', diplomaNumber: diplomaNo('10487', 2020, '硕士研究生', 1318),
    degree: '临床医学硕士专业学位', selected: true,
    verification: { kind: '教育部学历证书电子注册备案表', code: 'H4T9K2W7Q3M8X5N1', issuedOn: '2021-12-15' },
  },
  'education.1': {
    region: '大陆', level: '本科', studyForm: '普通全日制', school: '武汉大学', schoolArea: '420000', major: '临床医学',
    lengthYears: 5, enrolled: '2012-09', graduation: '2017-06', diplomaNumber: diplomaNo('10486', 2017, '本科', 4521),
    degree: '医学学士', selected: false,
    verification: { kind: '教育部学历证书电子注册备案表', code: 'R6D3P8K2V5N9T4B7', issuedOn: '2021-12-15' },
  },
}

/**
 * Changes to the fresh-graduate example that put a candidate into a situation: boundary cases use
 * them to build a candidate who needs a material (dot paths as in Case.set).
 */
export const SITUATION_WITNESSES: Partial<Record<Situation, Record<string, unknown>>> = {
  graduateStudent: { 'work.status': '当年毕业研究生', 'application.freshGraduate': true },
  student: { 'work.status': '当年毕业研究生', 'application.freshGraduate': true },
  longProgramme: { 'education.0.level': '本科长学制', 'education.0.graduation': '', 'education.0.diplomaNumber': '', 'work.status': '研究生(在读)' },
  freshGraduate: { 'application.freshGraduate': true },
  shicheng: { 'education.0.level': '传统医学师承或确有专长人员', 'education.0.graduation': '-', 'education.0.diplomaNumber': '-', 'education.0.studyForm': '师承' },
  foreignEducation: { 'education.0.region': '国外' },
  zhongzhuan: { 'education.0.level': '中专', 'education.0.lengthYears': 3, 'education.0.studyForm': '普通全日制', 'education.0.degree': '' },
  supplementaryEducation: { 'education.1': { region: '大陆', level: '专科', studyForm: '普通全日制', school: '湖北中医药高等专科学校', major: '临床医学', lengthYears: 3, enrolled: '2012-09', graduation: '2015-06', diplomaNumber: '', degree: '', selected: false, verification: null } },
  lateZhuanshengben: { 'education.0.enrolled': '2016-09', 'education.1': { region: '大陆', level: '专科', studyForm: '普通全日制', school: '湖北中医药高等专科学校', major: '临床医学', lengthYears: 3, enrolled: '2013-09', graduation: '2016-06', diplomaNumber: '', degree: '', selected: false, verification: null } },
  hubei2022Zhuanshengben: { 'education.1': { region: '大陆', level: '专科', studyForm: '普通全日制', school: '湖北中医药高等专科学校', major: '临床医学', lengthYears: 3, enrolled: '2012-09', graduation: '2015-06', diplomaNumber: '', degree: '', selected: false, verification: null } },
  graduatedGraduateLevel: { 'education.0.level': '硕士研究生', 'education.0.degree': '医学硕士', 'work.status': '在职', 'application.freshGraduate': false },
  hubei2022Degree: GRADUATED_MASTER_2022,
  hebeiDegree: { 'education.0.level': '硕士研究生', 'education.0.degree': '医学硕士', 'work.status': '在职', 'application.freshGraduate': false },
  assistantUpgrade: { 'application.freshGraduate': false, 'work.status': '在职', certificates: [{ type: '执业助理医师', certNumber: '201842110420103199503150012', issued: '2018-12', registrationNumber: '110420100001234', registered: '2019-03', scope: '内科专业', selected: true }] },
  nonMainland: { origin: '香港' },
  military: { serviceStatus: '军队及武警干部', 'work.affiliation': '军队', 'work.unitType': '军队医疗机构' },
  shortLine: { 'application.extraSubject': '儿科', 'work.post': '儿科', 'application.freshGraduate': false },
}

/**
 * Witnesses written for one profile's exam year and home (dates, ID region): candidate pools that put
 * every example into every situation (fixtures/submitCase.ts) use them under these profiles only.
 */
export const WITNESS_PROFILES: Partial<Record<Situation, readonly ProfileId[]>> = {
  hubei2022Degree: ['hubei-2022'],
}

// --- The lists per profile ------------------------------------------------------------------

/** How many images a material takes: a fixed count (min = max) or a range; max null = no stated limit. */
export interface ImageCount { min: number; max: number | null }

export interface MaterialSource { seed: SeedFile; section: string; quote: string }

/** One material as a profile's portal lists it. */
export interface MaterialEntry {
  id: MaterialId
  /** Who must upload it; materials with `required: false` may be uploaded by anyone it concerns. */
  when: Situation
  /** Marked * (必须上传) for the candidates `when` selects. */
  required: boolean
  images: ImageCount
  /** The instruction the portal or notice gives, quoted. */
  instructions: string
  source: MaterialSource
}

/** A material that applies to one candidate, resolved for a profile. */
export interface Material extends MaterialEntry {
  title: string
  formats: readonly (typeof MATERIAL_FORMATS)[number][]
}

const ONE_OR_MORE: ImageCount = { min: 1, max: null }
const H22 = SEEDS.hubei2022
const H26 = SEEDS.hubei2026
const HB = SEEDS.hebei2022

type Row = [MaterialId, Situation, boolean, ImageCount, SeedFile, string, string]

/**
 * The materials per profile: [id, who, required, images, seed, section, quoted instruction].
 * `null`: the profile has no provincial materials portal (materials are shown on site instead).
 */
const ROWS: Record<ProfileId, Row[] | null> = {
  national: null,
  'national-2025': null,
  'hunan-2025': null,
  'hubei-2022': [
    ['identity', 'always', true, { min: 2, max: 2 }, H22, '一、网上报名程序', '考生按要求上传相关证件、证明材料等原件彩色扫描件'],
    ['identity-supporting', 'never', false, ONE_OR_MORE, H22, '二、(三) 1 (4)', '毕业证和资格证书等与现有身份信息不符的考生，需提供身份信息佐证材料'],
    ['probation-certificate', 'military', true, ONE_OR_MORE, H22, '二、(一) 2', '部队考生报名，须上传团级以上有关学历、试用期考核合格证明'],
    ['hmt-internship-form', 'nonMainland', true, ONE_OR_MORE, H22, '二、(一) 3', '港澳台居民除完成试用期申报外，还需上传《台湾、香港、澳门居民参加国家医师资格考试实现申请审核表》'],
    ['diploma', 'hubei2022Diploma', true, ONE_OR_MORE, H22, '二、(三) 1 (2)', '填写在线验证码完成学历验证，并上传毕业证书'],
    ['verification-report', 'hubei2022Diploma', true, ONE_OR_MORE, H22, '二、(三) 1 (2)', '选择自己的学历 ，然后选择对应的学历真实性证明材料'],
    ['student-status-proof', 'student', true, ONE_OR_MORE, H22, '二、(三) 4 ②', '以应届生报考的只需上传学校证明'],
    ['supplementary-education', 'hubei2022Zhuanshengben', true, ONE_OR_MORE, H22, '二、(三) 4 ③', '以“全日制专升本”学历报考的考生需要同时上传专科毕业证和本科毕业证'],
    ['degree', 'hubei2022Degree', true, ONE_OR_MORE, H22, '二、(三) 4 ④', '硕士以上学历考生，需上传学历和学位证书'],
    ['shicheng-certificate', 'shicheng', true, ONE_OR_MORE, H22, '二、(三) 4 ⑥', '传统医学师承或确有专长人员只需上传《传统医学医术确有专长证书》'],
    ['assistant-certificate', 'assistantUpgrade', true, ONE_OR_MORE, H22, '二、(四) 2', '在省网需按提示要求上传《助理医师资格证书》'],
    ['assistant-license', 'assistantUpgrade', true, ONE_OR_MORE, H22, '二、(四) 2', '《助理医师执业证书》'],
    ['first-registration-proof', 'never', false, ONE_OR_MORE, H22, '二、(四) 3', '若国网自动校验不成功，请到所在市级卫生行政部门核实确认并在省网上传证明'],
  ],
  'hubei-2026': [
    ['identity', 'always', true, { min: 3, max: 3 }, H26, '三、(四) 截图 身份证明', '请上传与报名信息一致的有效身份证件正反面照片（外国护照需上传信息页与封页），本人手持身份证内容一面照片'],
    ['diploma', 'hubei2026Diploma', true, ONE_OR_MORE, H26, '二、(二)', '符合报考类别要求，与报名信息相一致的毕业证书、学历认证报告 2 类图片'],
    ['verification-report', 'mainlandDiploma', true, ONE_OR_MORE, H26, '二、(二) 1', '上传 6 个月内有效的《教育部学籍在线验证报告》或《教育部学历证书电子注册备案表》'],
    ['foreign-degree-certification', 'foreignEducation', true, ONE_OR_MORE, H26, '二、(二) 3', '考生须提交教育部留学认证中心出具的《国外学历学位认证书》'],
    ['degree', 'fullTimeBachelorPlus', true, ONE_OR_MORE, H26, '二、(三)', '全日制本科及以上学历必须提供学位证书、学位认证报告'],
    ['degree-verification-report', 'fullTimeBachelorPlus', true, ONE_OR_MORE, H26, '二、(三)', '全日制本科及以上学历必须提供学位证书、学位认证报告'],
    ['supplementary-education', 'supplementaryEducation', true, ONE_OR_MORE, H26, '二、(四)', '是指专升本的本科学历，要求同时上传专科和本科学历材料'],
    ['student-status-proof', 'graduateStudent', true, ONE_OR_MORE, H26, '二、(四)', '研究生毕业当年以研究生学历报考者，要求同时上传学校出具的学籍证明'],
    ['student-card', 'graduateStudent', true, ONE_OR_MORE, H26, '二、(七) 4', '《在读研究生证明》（标明学位类型）、《学生证》'],
    ['practice-certificate', 'graduateStudent', true, ONE_OR_MORE, H26, '二、(七) 4', '《临床实践训练经历满一年证明及个人承诺书》'],
    ['assistant-certificate', 'assistantUpgrade', true, ONE_OR_MORE, H26, '二、(五)', '须提交执业助理医师《医师资格证书》、《医师执业证书》原件'],
    ['assistant-license', 'assistantUpgrade', true, ONE_OR_MORE, H26, '二、(五)', '其中《医师执业证书》信息须将所有执业注册记录完整上传'],
    ['first-registration-proof', 'never', false, ONE_OR_MORE, H26, '二、(五)', '请到所在市级卫生行政部门核实确认并上传《执业证书首次注册证明》'],
    ['probation-certificate', 'military', true, ONE_OR_MORE, H26, '二、(六)', '部队考生须提交试用期考核证明'],
    ['license-copy', 'military', true, ONE_OR_MORE, H26, '二、(六)', '试用机构《医疗机构执业许可证》副本复印件并加盖医疗机构公章'],
    ['supervisor-certificate', 'military', true, ONE_OR_MORE, H26, '二、(六)', '带教老师执业证书复印件'],
    ['military-approval', 'military', true, ONE_OR_MORE, H26, '二、(六)', '团级以上政治部门同意报考证明的材料照片'],
    ['hmt-internship-form', 'nonMainland', true, ONE_OR_MORE, H26, '二、(七) 1', '台、港、澳和外籍考生须提交相关行政部门盖章版的《台湾、香港、澳门居民参加国家医师资格考试实习申请审核表》'],
    ['shicheng-certificate', 'shicheng', true, ONE_OR_MORE, H26, '二、(七) 2', '须提交《传统医学师承出师证书》或《传统医学医术确有专长证书》'],
    ['commitment-letter', 'freshGraduate', true, ONE_OR_MORE, H26, '二、(七) 3', '应届毕业生须填写《应届医学专业毕业生医师资格考试报考承诺书》'],
    ['short-line-application', 'shortLine', true, ONE_OR_MORE, H26, '二、(七) 5', '申请短线医学专业加试的考生需提交《医师资格考试短线医学专业加试申请表》加盖试用机构公章后原件上传'],
  ],
  'hebei-shijiazhuang-2022': [
    ['identity', 'always', true, { min: 3, max: 3 }, HB, '附件1 一', '考生需上传与报名相一致的有效身份证件正反面照片及本人手持身份证内容一面照片'],
    ['license-copy', 'licensedUnit', true, ONE_OR_MORE, HB, '附件1 二', '考生需上传与网报相一致的试用机构执业许可证副本，包含信息页、诊疗科目页'],
    ['diploma', 'hebeiDiploma', true, ONE_OR_MORE, HB, '附件1 三 (二)', '有效身份证明；毕业证书；《试用期考核合格证明》'],
    ['verification-report', 'zhongzhuan', true, ONE_OR_MORE, HB, '五、5', '同时上传省级教育行政部门出具的学历认证报告'],
    ['foreign-degree-certification', 'foreignEducation', true, ONE_OR_MORE, HB, '五、4', '尚须上传教育部留学服务认证中心的学历认证报告书'],
    ['degree', 'hebeiDegree', true, ONE_OR_MORE, HB, '附件1 三 (一) 3', '毕业证书、学位证书'],
    ['supplementary-education', 'lateZhuanshengben', true, ONE_OR_MORE, HB, '附件1 三 (二)', '如果本科学历为专升本的且为2015年9月1日以后入学的，另须提交专科毕业证书和本科学位证书审核'],
    ['probation-certificate', 'probation', true, ONE_OR_MORE, HB, '附件1 三 (二)', '《试用期考核合格证明》'],
    ['assistant-certificate', 'assistantUpgrade', true, ONE_OR_MORE, HB, '附件1 三 (三)', '《执业助理医师资格证书》'],
    ['assistant-license', 'assistantUpgrade', true, ONE_OR_MORE, HB, '附件1 三 (三)', '《执业助理医师执业证书》'],
    ['practice-period-proof', 'assistantUpgrade', true, ONE_OR_MORE, HB, '附件1 三 (三)', '《执业助理医师报考执业医师执业期考核证明》'],
    ['first-registration-proof', 'never', false, ONE_OR_MORE, HB, '三、(一)', '导致注册时间不满足报考年限的需上传首次执业注册证明'],
    ['supervisor-certificate', 'always', true, ONE_OR_MORE, HB, '附件1 三', '带教老师执业证书及资格证书'],
    ['student-card', 'student', true, ONE_OR_MORE, HB, '附件1 三 (一) 1', '有效身份证明；学生证'],
    ['practice-certificate', 'student', true, ONE_OR_MORE, HB, '附件1 三 (一) 1', '研究生院开具的临床或公共卫生实践满一年考核合格证明'],
    ['professional-degree-proof', 'longProgramme', true, ONE_OR_MORE, HB, '附件1 三 (一) 2', '专业学位研究生证明各1份'],
    ['commitment-letter', 'hebeiCommitment', true, ONE_OR_MORE, HB, '三、(四)', '2021年毕业的考生需提供“应届医学专业毕业生医师资格考试报考承诺书”'],
    ['short-line-application', 'shortLine', true, ONE_OR_MORE, HB, '三、(五)', '考生须上传《医师资格考试短线医学专业加试申请表》及公示证明'],
    ['short-line-publicity', 'shortLine', true, ONE_OR_MORE, HB, '三、(五)', '考生须上传《医师资格考试短线医学专业加试申请表》及公示证明'],
    ['shicheng-certificate', 'shicheng', true, ONE_OR_MORE, HB, '附件1 三 (五)', '《传统医学师承出师证书》或《传统医学医术确有专长证书》'],
    ['hmt-internship-form', 'nonMainland', true, ONE_OR_MORE, SEEDS.national, '三、现场确认 (四)', '台、港、澳和外籍考生还须提交《台湾、香港、澳门居民参加国家医师资格考试 实习申请审核表》'],
    ['other', 'never', false, ONE_OR_MORE, HB, '五、6', '如上传材料需要修订、补充等，可在“其他”栏目内上传'],
  ],
}

/** Hebei: a 中专 diploma is shown front and back ("毕业证书正面照及反面照"). */
const MIN_IMAGES: Partial<Record<ProfileId, Partial<Record<MaterialId, (c: Candidate) => number>>>> = {
  'hebei-shijiazhuang-2022': { diploma: (c) => (SITUATIONS.zhongzhuan(c) ? 2 : 1) },
}

function entry([id, when, required, images, seed, section, quote]: Row): MaterialEntry {
  return { id, when, required, images, instructions: quote, source: { seed, section, quote } }
}

/** Every material a profile's portal lists (all candidates), or null when the profile has no portal. */
export function portalMaterials(profile: ProfileId): MaterialEntry[] | null {
  return ROWS[profile]?.map(entry) ?? null
}

/** The entry of one material in a profile's portal, or undefined when the portal does not list it. */
export function materialEntry(profile: ProfileId, id: string): MaterialEntry | undefined {
  return portalMaterials(profile)?.find((m) => m.id === id)
}

/**
 * The materials a candidate is asked for under a profile: required ones whose situation applies,
 * plus the optional ones every candidate may add. Null: the profile has no materials portal.
 */
export function materialsFor(candidate: Candidate, profile: ProfileId): Material[] | null {
  const all = portalMaterials(profile)
  if (!all) return null
  return all
    .filter((m) => !m.required || SITUATIONS[m.when](candidate))
    .map((m) => {
      const min = MIN_IMAGES[profile]?.[m.id]?.(candidate)
      const images = min ? { min, max: m.images.max } : m.images
      return { ...m, images, title: MATERIAL_TITLES[m.id], formats: MATERIAL_FORMATS }
    })
}

/** The required materials of a candidate, each at its minimum image count: a complete file. */
export function completeUploads(candidate: Candidate, profile: ProfileId): Record<string, number> {
  return Object.fromEntries((materialsFor(candidate, profile) ?? []).filter((m) => m.required).map((m) => [m.id, m.images.min]))
}
