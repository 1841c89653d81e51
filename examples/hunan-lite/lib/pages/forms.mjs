import { dictionary } from '../dictionary.mjs'

// The fields of every form: API field name, the label shown, the control and its options.
// Pages render them; a refusal's field name finds its label here.
const o = dictionary.options
const opts = (list, blank) => [...(blank === undefined ? [] : [['', blank]]), ...list.map((v) => [v, v])]
const coded = (list, blank) => [...(blank === undefined ? [] : [['', blank]]), ...list.map((x) => [x.code, x.name])]
const sites = () => dictionary.regions.flatMap((r) => r.sites.map((s) => [s.code, `${r.name} ${s.name}`]))

export const FORMS = {
  register: [
    { name: 'loginName', label: '用户名' },
    { name: 'password', label: '登录密码', type: 'password', hint: '5-12位，由字母、数字组成，区分大小写' },
    { name: 'passwordAgain', label: '确认登录密码', type: 'password' },
    { name: 'securityQuestion', label: '密码找回问题' },
    { name: 'securityAnswer', label: '密码找回答案', hint: '4到30个字符' },
    { name: 'email', label: '电子邮箱' },
    { name: 'fullName', label: '考生姓名', hint: '少数民族姓名中的点输入"."，生僻字用"?"代替' },
    { name: 'homeland', label: '所属地区', type: 'select', options: () => opts(o.homelands, '请选择') },
    { name: 'nationality', label: '国籍', hint: '大陆及港澳台考生可不填（默认中国）' },
    { name: 'docType', label: '证件类型', type: 'select', options: () => opts(Object.keys(o.docTypes), '请选择') },
    { name: 'docNumber', label: '证件号码' },
    { name: 'gender', label: '性别', type: 'select', options: () => opts(o.genders, '居民身份证自动识别'), hint: '注意：注册后无法修改' },
    { name: 'birthday', label: '出生日期', hint: 'YYYY-MM-DD，居民身份证自动识别' },
    { name: 'nation', label: '民族', type: 'select', options: () => opts(o.nations, '请选择') },
    { name: 'captchaAnswer', label: '验证码' },
  ],
  login: [
    { name: 'loginName', label: '用户名' },
    { name: 'password', label: '登录密码', type: 'password' },
  ],
  recover: [
    { name: 'fullName', label: '考生姓名' },
    { name: 'docNumber', label: '证件号码' },
    { name: 'securityAnswer', label: '密码找回答案' },
    { name: 'newPassword', label: '新密码', type: 'password', hint: '5-12位，由字母、数字组成，区分大小写' },
    { name: 'newPasswordAgain', label: '新密码确认', type: 'password' },
  ],
  password: [
    { name: 'currentPassword', label: '当前密码', type: 'password' },
    { name: 'newPassword', label: '新密码', type: 'password', hint: '5-12位，由字母、数字组成，区分大小写' },
    { name: 'newPasswordAgain', label: '新密码确认', type: 'password' },
  ],
  security: [
    { name: 'currentPassword', label: '当前密码', type: 'password' },
    { name: 'securityQuestion', label: '密码找回问题' },
    { name: 'securityAnswer', label: '密码找回答案' },
    { name: 'email', label: '电子邮箱' },
  ],
  contact: [
    { name: 'mobile', label: '手机号码' },
    { name: 'homePhone', label: '家庭电话', hint: '区号-号码-分机号，如 0731-84567890' },
    { name: 'officePhone', label: '单位电话', hint: '区号-号码-分机号' },
    { name: 'email', label: '电子邮箱' },
    { name: 'address', label: '通讯地址', hint: '不超过30个汉字' },
    { name: 'zip', label: '邮编' },
  ],
  work: [
    { name: 'unitCode', label: '工作单位', type: 'select', options: () => coded(dictionary.units, '请选择工作单位') },
    { name: 'dept', label: '科室' },
    { name: 'dutyStatus', label: '在岗情况', type: 'select', options: () => opts(o.dutyStatuses, '请选择') },
    { name: 'fieldMode', label: '从事本专业情况', type: 'select', options: () => opts(o.fieldModes, '请选择') },
    { name: 'yearsInField', label: '从事本专业年限' },
    { name: 'position', label: '职务', type: 'select', options: () => opts(o.positions, '请选择') },
    { name: 'rank', label: '职称', type: 'select', options: () => opts(o.ranks, '请选择') },
    { name: 'rankSince', label: '取得年月', hint: 'YYYY-MM，可不填' },
  ],
  photo: [{ name: 'photo', label: '照片', type: 'file', hint: '小2寸白底证件照，jpg格式，小于40KB' }],
  educations: [
    { name: 'region', label: '类型', type: 'select', options: () => opts(o.eduRegions, '请选择') },
    { name: 'schoolCode', label: '学校', type: 'select', options: () => coded(dictionary.schools, '请选择学校') },
    { name: 'graduatedOn', label: '毕业年月', hint: 'YYYY-MM；师承及确有专长填“-”' },
    { name: 'eduLevel', label: '学历', type: 'select', options: () => opts(Object.keys(o.eduLevels), '请选择') },
    { name: 'studyMode', label: '学习形式', type: 'select', options: () => opts(o.studyModes, '请选择') },
    { name: 'degree', label: '学位', type: 'select', options: () => opts(o.degrees, '请选择') },
    { name: 'majorCode', label: '专业', type: 'select', options: () => coded(dictionary.majors, '请选择专业') },
    { name: 'years', label: '学制（年）' },
    { name: 'diplomaNo', label: '毕业证书编号', hint: '18位电子注册号；师承及确有专长填“-”' },
  ],
  trainings: [
    { name: 'kind', label: '培训类型', type: 'select', options: () => opts(o.trainingKinds, '请选择') },
    { name: 'major', label: '培训专业' },
    { name: 'startedOn', label: '开始时间', hint: 'YYYY-MM' },
    { name: 'result', label: '考核结果', type: 'select', options: () => opts(o.trainingResults, '请选择') },
    { name: 'practiceScope', label: '执业专业' },
    { name: 'unitName', label: '工作单位名称（参加培训时）' },
    { name: 'baseName', label: '培训基地名称' },
    { name: 'hospitalGrade', label: '医院等级', type: 'select', options: () => opts(o.hospitalGrades, '请选择') },
  ],
  certificates: [
    { name: 'certType', label: '证书类型', type: 'select', options: () => opts(o.certTypes, '请选择') },
    { name: 'certNo', label: '证书编号' },
    { name: 'issuedOn', label: '取得证书年月', hint: 'YYYY-MM' },
    { name: 'practiceRegNo', label: '执业证书注册编号' },
    { name: 'registeredOn', label: '注册年月', hint: 'YYYY-MM' },
  ],
  basic: [
    { name: 'photo', label: '照片', type: 'file', hint: '已上传的可不再上传；小2寸白底证件照，jpg格式，小于40KB' },
    { name: 'romanName', label: '拼音', hint: '姓名全拼，如 zhang wei' },
    { name: 'militaryRole', label: '本人身份', type: 'select', options: () => opts(o.militaryRoles, '无（非军队人员）'), hint: '仅军队、武警、公安单位人员填写' },
    { name: 'passNumber', label: '往来大陆通行证', hint: '外籍及港澳台人员填写' },
  ],
  education: [
    { name: 'educationId', label: '教育经历', type: 'checkboxes' },
    { name: 'trainingIds', label: '培训经历', type: 'checkboxes' },
  ],
  certificatesStep: [{ name: 'certificateIds', label: '证书', type: 'checkboxes' }],
  confirm: [
    { name: 'regionCode', label: '考区', type: 'select', options: () => coded(dictionary.regions, '请选择考区') },
    { name: 'siteCode', label: '考点', type: 'select', options: () => [['', '请选择考点'], ...sites()] },
    { name: 'extraSubject', label: '加试科目', type: 'select', options: () => opts(o.extraSubjects) },
    { name: 'attempts', label: '累计报考次数', hint: '首次报考为1' },
  ],
}

/** Labels of problems that are not on a form field. */
export const OTHER_LABELS = {
  window: '报名时间', record: '记录', application: '报名', step: '报名步骤', examCode: '考试项目', session: '登录', body: '提交内容',
  captchaAnswer: '验证码', photo: '照片', diplomaNo: '毕业证书编号', graduatedOn: '毕业年月', dutyStatus: '在岗情况', unitCode: '工作单位',
  yearsInField: '从事本专业年限', certType: '证书类型', certNo: '证书编号', issuedOn: '取得证书年月', practiceRegNo: '执业证书注册编号',
  registeredOn: '注册年月', militaryRole: '本人身份', docNumber: '证件号码',
}
