import {
  AFFILIATIONS, CERTIFICATE_TYPES, EDUCATION_LEVELS, EDUCATION_REGIONS, EXTRA_SUBJECTS, ID_TYPES, ORIGINS,
  SERVICE_STATUSES, SEXES, STUDY_FORMS, TRAINING_KINDS, TRAINING_RESULTS, UNIT_TYPES, VERIFICATION_KINDS, WORK_STATUSES,
} from '../../rules/vocabulary.ts'
import type { FormDef } from './field.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import { workStatusOptions } from '../../rules/checks/workStatus.ts'

// Every form of the national platform as data: the pages render them, the API parses them, and
// validation takes the Candidate paths of their fields to pick the catalogue rules that apply.

const ym = 'YYYY-MM，如 2009-06'

/** 注册: the account and the basic information fixed at registration (seed 002, 附: 网上报名表填写说明). */
export const registerForm: FormDef = {
  id: 'register', title: '用户注册', root: '',
  fields: [
    { path: 'username', label: '用户名', input: 'text', hint: '注册成功后用户名不能更改', autocomplete: 'username' },
    { path: 'password', label: '登录密码', input: 'password', hint: '5-12位，由字母、数字组成，区分大小写', autocomplete: 'new-password' },
    { path: 'recoveryQuestion', label: '密码找回问题', input: 'text' },
    { path: 'recoveryAnswer', label: '密码找回答案', input: 'text', hint: '4到30个字符' },
    { path: 'origin', label: '考生来源', input: 'select', options: ORIGINS },
    { path: 'idType', label: '证件类型', input: 'select', options: ID_TYPES },
    { path: 'idNumber', label: '证件编号', input: 'text', hint: '不得有空格、标点符号' },
    { path: 'idValidUntil', label: '证件有效期至', input: 'text', hint: 'YYYY-MM-DD 或 长期' },
    { path: 'name', label: '姓名', input: 'text', hint: '与有效证件一致；少数民族姓名中的点输入“.”，生僻字用“?”代替' },
    { path: 'pinyin', label: '姓名拼音', input: 'text' },
    { path: 'sex', label: '性别', input: 'select', options: SEXES, hint: '居民身份证由系统自动识别' },
    { path: 'birthDate', label: '出生日期', input: 'date', hint: '居民身份证由系统自动识别' },
    { path: 'ethnicity', label: '民族', input: 'text' },
    { path: 'nationality', label: '国籍', input: 'text' },
    { path: 'email', label: '电子邮件', input: 'text', autocomplete: 'email' },
  ],
}

/** 联系方式. */
export const contactForm: FormDef = {
  id: 'contact', title: '联系方式', root: '',
  fields: [
    { path: 'mobile', label: '手机号码', input: 'text', autocomplete: 'tel' },
    { path: 'homePhone', label: '家庭联系电话', input: 'text', hint: '区号-电话号码-分机号(选填)' },
    { path: 'workPhone', label: '单位电话', input: 'text', hint: '区号-电话号码-分机号(选填)' },
    { path: 'email', label: '电子邮件', input: 'text', autocomplete: 'email' },
    { path: 'address', label: '联系地址', input: 'text', hint: '省、市、区、街道、门牌号' },
    { path: 'postcode', label: '邮政编码', input: 'text' },
  ],
}

/** The 在岗情况 choices of a profile (the form's static list holds every profile's names). */
export function workChoices(profile: ProfileId): Record<string, readonly { value: string; label: string }[]> {
  return { status: workStatusOptions(profile).map((o) => ({ value: o, label: o })) }
}

/** 工作情况. */
export const workForm: FormDef = {
  id: 'work', title: '工作情况', root: 'work',
  fields: [
    { path: 'status', label: '在岗情况', input: 'select', options: WORK_STATUSES },
    { path: 'unit', label: '工作单位名称', input: 'lookup-unit', hint: '输入拼音首字母检索，如 bjxhyy' },
    { path: 'unitDivision', label: '工作单位所在行政区划代码', input: 'text', hint: '6位数字' },
    { path: 'unitType', label: '机构类型', input: 'select', options: UNIT_TYPES },
    { path: 'affiliation', label: '单位隶属', input: 'select', options: AFFILIATIONS },
    { path: 'post', label: '科室/岗位', input: 'text' },
    { path: 'monthsInPost', label: '从事本岗位月数', input: 'int' },
    { path: 'title', label: '职称', input: 'text' },
    { path: 'titleDate', label: '取得职称年月', input: 'month', hint: ym },
  ],
}

/** 教育经历 (one record). */
export const educationForm: FormDef = {
  id: 'education', title: '教育经历', root: 'education.#',
  fields: [
    { path: 'region', label: '类型', input: 'select', options: EDUCATION_REGIONS },
    { path: 'level', label: '学历', input: 'select', options: EDUCATION_LEVELS },
    { path: 'studyForm', label: '学习形式', input: 'select', options: STUDY_FORMS, optional: true },
    { path: 'school', label: '毕业学校', input: 'lookup-school', hint: '输入拼音首字母检索，如 bjdx' },
    { path: 'major', label: '毕业专业', input: 'text' },
    { path: 'lengthYears', label: '学制（年）', input: 'int' },
    { path: 'enrolled', label: '入学年月', input: 'month', hint: ym },
    { path: 'graduation', label: '毕业年月', input: 'month', hint: `${ym}；师承或确有专长填“-”` },
    { path: 'diplomaNumber', label: '毕业证书编号', input: 'text', hint: '18位电子注册号；当年毕业研究生、师承可不填' },
    { path: 'degree', label: '学位', input: 'text' },
    { path: 'verification.kind', label: '学历验证材料', input: 'select', options: VERIFICATION_KINDS, optional: true },
    { path: 'verification.code', label: '在线验证码', input: 'text', hint: '学信网《教育部学历证书电子注册备案表》或学籍在线验证报告的验证码' },
  ],
}

/** 培训经历 (one record). */
export const trainingForm: FormDef = {
  id: 'training', title: '培训经历', root: 'training.#',
  fields: [
    { path: 'kind', label: '培训类型', input: 'select', options: TRAINING_KINDS },
    { path: 'major', label: '培训专业', input: 'text' },
    { path: 'start', label: '开始时间', input: 'month', hint: ym },
    { path: 'result', label: '考核结果', input: 'select', options: TRAINING_RESULTS },
    { path: 'unit', label: '工作单位名称（参加培训时）', input: 'text' },
    { path: 'base', label: '培训基地名称', input: 'text' },
  ],
}

/** 证书情况 (one record). */
export const certificateForm: FormDef = {
  id: 'certificate', title: '证书情况', root: 'certificates.#',
  fields: [
    { path: 'type', label: '证书类型', input: 'select', options: CERTIFICATE_TYPES },
    { path: 'certNumber', label: '资格证书编号', input: 'text' },
    { path: 'issued', label: '发证年月', input: 'month', hint: ym },
    { path: 'registrationNumber', label: '执业证书注册编号', input: 'text' },
    { path: 'registered', label: '注册年月', input: 'month', hint: ym },
    { path: 'scope', label: '执业范围', input: 'text', hint: '如 内科专业' },
  ],
}

/** Wizard step 2, 基本情况: what the candidate adds to the fixed basic information. */
export const basicForm: FormDef = {
  id: 'basic', title: '基本情况', root: '',
  fields: [
    { path: 'serviceStatus', label: '本人身份', input: 'select', options: SERVICE_STATUSES, optional: true, hint: '仅限单位隶属为军队、武警、公安的考生填写' },
    { path: 'mainlandPass', label: '往来大陆通行证号码', input: 'text', hint: '台港澳考生填写' },
  ],
}

/** Wizard step 6, 确认: exam area and site, extra subject, cumulative attempts. */
export const confirmForm: FormDef = {
  id: 'confirm', title: '确认考区及考点', root: 'application',
  fields: [
    { path: 'area', label: '报考考区', input: 'select' },
    { path: 'site', label: '报考考点', input: 'select' },
    { path: 'extraSubject', label: '加试科目', input: 'select', options: EXTRA_SUBJECTS },
    { path: 'attempts', label: '累计报考次数', input: 'int', hint: '相同级别、相同类别的报考次数累计，含本次；首次报考为1' },
    { path: 'freshGraduate', label: '应届毕业生', input: 'boolean' },
    { path: 'skillsExempt', label: '实践技能考试免考', input: 'boolean', hint: '技能免考考生一样需进行网报' },
  ],
}

/** The personal-information groups that are plain forms (education etc. are record lists). */
export const PERSONAL_FORMS = [contactForm, workForm] as const
/** Record lists of personal information, by Candidate array. */
export const RECORD_FORMS = { education: educationForm, training: trainingForm, certificates: certificateForm } as const
export type RecordKind = keyof typeof RECORD_FORMS
export const RECORD_KINDS = Object.keys(RECORD_FORMS) as RecordKind[]
/** Database kind of each record list. */
export const RECORD_DB_KIND: Record<RecordKind, 'education' | 'training' | 'certificate'> = { education: 'education', training: 'training', certificates: 'certificate' }
