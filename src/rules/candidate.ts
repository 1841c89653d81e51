import { z } from 'zod'
import {
  AFFILIATIONS, CATEGORIES, CERTIFICATE_TYPES, EDUCATION_LEVELS, EDUCATION_REGIONS, EXTRA_SUBJECTS, ID_TYPES,
  ORIGINS, PHOTO_BACKGROUNDS, PHOTO_FORMATS, SERVICE_STATUSES, SEXES, STUDY_FORMS, TRAINING_KINDS,
  TRAINING_RESULTS, UNIT_TYPES, VERIFICATION_KINDS, WORK_STATUSES,
} from './vocabulary.ts'

// The shape of a candidate's data as the national platform holds it. The shape is loose on
// purpose (plain strings): whether a value is *valid* is the catalogue's job, rule by rule, so that
// one bad field yields one violation with its rule ID, not a parse error.

export const EducationRecord = z.object({
  region: z.enum(EDUCATION_REGIONS),
  level: z.enum(EDUCATION_LEVELS),
  studyForm: z.enum(STUDY_FORMS).or(z.literal('')),
  school: z.string(),
  /** 毕业学校所在地区 (seed 002: 毕业学校名称及所在地区): province-level division code; optional. */
  schoolArea: z.string().optional(),
  major: z.string(),
  /** 学制 in years; null where there is none (师承, 无学历). */
  lengthYears: z.number().int().nullable(),
  /** 入学年月 YYYY-MM ('' when unknown). */
  enrolled: z.string(),
  /** 毕业年月 YYYY-MM, or '-' (Hunan's convention for 师承/确有专长), or '' (not yet graduated). */
  graduation: z.string(),
  /** 毕业证书编号: the 18-digit electronic registration number, '-' or ''. */
  diplomaNumber: z.string(),
  degree: z.string(),
  /** Used for this application (勾选). */
  selected: z.boolean(),
  verification: z
    .object({ kind: z.enum(VERIFICATION_KINDS), code: z.string(), issuedOn: z.string() })
    .nullable(),
})
export type EducationRecord = z.infer<typeof EducationRecord>

export const TrainingRecord = z.object({
  kind: z.enum(TRAINING_KINDS),
  major: z.string(),
  start: z.string(),
  result: z.enum(TRAINING_RESULTS),
  unit: z.string(),
  base: z.string(),
  selected: z.boolean(),
})
export type TrainingRecord = z.infer<typeof TrainingRecord>

export const Certificate = z.object({
  type: z.enum(CERTIFICATE_TYPES),
  /** 资格证书编号. */
  certNumber: z.string(),
  /** 发证年月 YYYY-MM. */
  issued: z.string(),
  /** 执业证书注册编号. */
  registrationNumber: z.string(),
  /** 注册年月 YYYY-MM, as the national form takes it (seed 002: 输入的年月信息格式为 YYYY-MM). */
  registered: z.string(),
  /** 执业范围, e.g. 内科专业, 儿科专业, 院前急救. */
  scope: z.string(),
  selected: z.boolean(),
})
export type Certificate = z.infer<typeof Certificate>

export const Work = z.object({
  status: z.enum(WORK_STATUSES),
  unit: z.string(),
  /** 6-digit administrative division code of the unit. */
  unitDivision: z.string(),
  unitType: z.enum(UNIT_TYPES),
  affiliation: z.enum(AFFILIATIONS),
  /** 科室 / 岗位, e.g. 儿科, 院前急救, 内科. */
  post: z.string(),
  /** Months worked in the post (for 乡村全科: 满一年). */
  monthsInPost: z.number().int(),
  title: z.string(),
  /** 取得职称年月 YYYY-MM or ''. */
  titleDate: z.string(),
})
export type Work = z.infer<typeof Work>

export const Application = z.object({
  /** 考试编码: exam year + 3-digit exam code, e.g. 2026110. */
  examCode: z.string(),
  /** 考区: province-level division code (6 digits). */
  area: z.string(),
  /** 考点: prefecture-level division code (6 digits). */
  site: z.string(),
  extraSubject: z.enum(EXTRA_SUBJECTS),
  /** 累计报考次数: same level and category, this one included. */
  attempts: z.number().int(),
  /** 应届毕业生. */
  freshGraduate: z.boolean(),
  /** Skills exam exempt (技能免考). */
  skillsExempt: z.boolean(),
})
export type Application = z.infer<typeof Application>

export const Photo = z.object({
  format: z.enum(PHOTO_FORMATS),
  fileName: z.string(),
  bytes: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  background: z.enum(PHOTO_BACKGROUNDS),
  /** Passed and saved by 医考报名照片检测工具. */
  checkedByTool: z.boolean(),
  /** Date the photo was taken, YYYY-MM-DD. */
  takenOn: z.string(),
})
export type Photo = z.infer<typeof Photo>

export const Candidate = z.object({
  username: z.string(),
  password: z.string(),
  recoveryQuestion: z.string(),
  recoveryAnswer: z.string(),

  origin: z.enum(ORIGINS),
  idType: z.enum(ID_TYPES),
  idNumber: z.string(),
  /** ID expiry YYYY-MM-DD, or '长期'. */
  idValidUntil: z.string(),
  name: z.string(),
  pinyin: z.string(),
  sex: z.enum(SEXES),
  /** YYYY-MM-DD. */
  birthDate: z.string(),
  ethnicity: z.string(),
  nationality: z.string(),
  /** 往来大陆通行证 number, for Hong Kong, Macau and Taiwan residents. */
  mainlandPass: z.string(),
  /** 本人身份, '' when not in a military, armed-police or public-security unit. */
  serviceStatus: z.enum(SERVICE_STATUSES).or(z.literal('')),

  mobile: z.string(),
  homePhone: z.string(),
  workPhone: z.string(),
  email: z.string(),
  address: z.string(),
  postcode: z.string(),

  work: Work,
  education: z.array(EducationRecord),
  training: z.array(TrainingRecord),
  certificates: z.array(Certificate),
  application: Application,
  photo: Photo,

  /** A sanction on record (禁考期): no application until this date (YYYY-MM-DD), or null. */
  banUntil: z.string().nullable(),
  /** Hubei: the probation declaration (试用期申报) is done. */
  probationDeclared: z.boolean(),
})
export type Candidate = z.infer<typeof Candidate>
