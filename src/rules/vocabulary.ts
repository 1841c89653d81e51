// Closed vocabularies of the registration forms, in the words the seeds and the forms use.
// Data only: rules, the generator and the site all read these lists.

/** 证件类型 (seed 002, 附: 网上报名表填写说明, 证件类型). */
export const ID_TYPES = [
  '居民身份证', '军官证', '警官证', '文职干部证', '士兵(官)证', '军队学员证',
  '台湾往来大陆通行证', '台湾身份证', '香港往来大陆通行证', '香港身份证',
  '澳门往来大陆通行证', '澳门身份证', '外籍护照',
] as const

/** Where the candidate comes from: decides the name, mobile and postcode formats. */
export const ORIGINS = ['大陆', '香港', '澳门', '台湾', '外籍'] as const

export const SEXES = ['男', '女'] as const

/** 本人身份 (seed 002, 附: 本人身份): only for units under the army, armed police or public security. */
export const SERVICE_STATUSES = [
  '军队及武警干部', '军队及武警士官', '军队及武警部队聘用地方人员',
  '公安部所属边防、消防、警卫现役干部', '公安部所属边防、消防、警卫现役士官', '公安部所属边防、消防、警卫部队聘用地方人员',
] as const
/** The four active-duty values ("现役军人请在第1、2、4、5项中选择其中一项"). */
export const ACTIVE_DUTY_STATUSES = [SERVICE_STATUSES[0], SERVICE_STATUSES[1], SERVICE_STATUSES[3], SERVICE_STATUSES[4]] as const

/**
 * 单位隶属: 地方 and the units that may fill 本人身份 (军队, 武警, 公安), then the levels seed 004 maps
 * units to (湘雅医院属于中央;其他省直医院属于省级;市直医院属于市;…), which decide Hunan's 省直考点.
 */
export const AFFILIATIONS = ['地方', '军队', '武警', '公安', '中央', '省级', '市', '区县', '街道', '乡镇', '村(居)委会'] as const

/** 在岗情况 (seed 002); Hunan 2025 names the graduate-student option 研究生(在读). */
export const WORK_STATUSES = ['试用期', '在职', '当年毕业研究生', '研究生(在读)'] as const

/** 机构类型 of the work unit, as far as rules need it. */
export const UNIT_TYPES = ['医院', '乡镇卫生院', '村卫生室', '社区卫生服务中心', '个人诊所', '疾病预防控制中心', '军队医疗机构', '其他医疗机构'] as const

/** 报考学历. */
export const EDUCATION_LEVELS = [
  '博士研究生', '硕士研究生', '本科长学制', '本科', '专科', '中专', '传统医学师承或确有专长人员', '无学历',
] as const
export const GRADUATE_LEVELS = ['博士研究生', '硕士研究生'] as const

/** 学习形式. */
export const STUDY_FORMS = ['普通全日制', '成人教育', '自学考试', '网络教育', '师承'] as const

/** 类型 of an education record. */
export const EDUCATION_REGIONS = ['大陆', '港澳台', '国外'] as const

/** 学历真实性证明材料 that carry an online verification code (学信网). */
export const VERIFICATION_KINDS = ['教育部学籍在线验证报告', '教育部学历证书电子注册备案表'] as const

/** 培训经历 类型. */
export const TRAINING_KINDS = ['住院医师规范化培训', '全科医师培训', '其他培训'] as const
export const TRAINING_RESULTS = ['已通过', '未通过', '未考核'] as const

/** 证书类型 (seed 002 §二 5; seed 004 第十步 adds 执业医师 for 西学中). */
export const CERTIFICATE_TYPES = ['执业助理医师', '执业助理医师(乡镇)', '执业医师'] as const

/** 考试类别 and 级别 (seed 002 FAQ 3; seed 004 第四步). */
export const CATEGORIES = ['临床', '口腔', '公共卫生', '中医', '中西医结合', '乡村全科'] as const
export const LEVELS = ['执业', '助理'] as const

/** 加试科目: none, military medicine, or the two 短线医学专业 subjects. */
export const EXTRA_SUBJECTS = ['无', '军事医学', '儿科', '院前急救'] as const

export const PHOTO_FORMATS = ['jpeg', 'png', 'gif', 'bmp', 'webp', 'unknown'] as const
export const PHOTO_BACKGROUNDS = ['白色', '蓝色', '红色', '其他'] as const
