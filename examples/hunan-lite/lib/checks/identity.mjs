import { dictionary } from '../dictionary.mjs'
import { ageOn, isRealDate, text } from './formats.mjs'
import { documentNumberProblem, residentIdFacts } from './idNumber.mjs'
import { nameProblem } from './name.mjs'

// 基本信息, fixed at registration (seed 002 一.1; 附: 证件类型, 性别, 出生日期, 民族; seed 004 第六步).
const MILITARY_DOCS = ['军官证', '警官证', '文职干部证', '士兵(官)证', '军队学员证']
const AGE_ON = `${dictionary.session.year}-12-31`

/** Checks the identity part of the registration form; answers the basic info as stored. */
export function checkIdentity(input, problems) {
  const { options } = dictionary
  const b = Object.fromEntries(['fullName', 'homeland', 'nationality', 'docType', 'docNumber', 'gender', 'birthday', 'nation'].map((k) => [k, text(input[k])]))
  if (!options.homelands.includes(b.homeland)) problems.add('homeland', '请选择考生所属地区')
  const mainland = b.homeland === '大陆'
  const nameIssue = nameProblem(b.fullName, mainland)
  if (nameIssue) problems.add('fullName', nameIssue)

  const docHome = options.docTypes[b.docType]
  if (!docHome) problems.add('docType', '请选择证件类型')
  else if (b.homeland && docHome !== b.homeland) problems.add('docType', '证件类型与所属地区不符：大陆考生选居民身份证，港澳台考生选对应身份证，外籍考生选外籍护照')
  else if (b.docType.endsWith('往来大陆通行证')) problems.add('docType', '港澳台考生请使用港澳台身份证报考，通行证号码在报名时填写在“往来大陆通行证”一栏')
  else if (MILITARY_DOCS.includes(b.docType)) problems.add('docType', '部队考生如已持有居民身份证，请使用居民身份证号报名')

  const numberIssue = documentNumberProblem(b.docType, b.docNumber)
  if (numberIssue) problems.add('docNumber', numberIssue)

  if (b.docType === '居民身份证' && !numberIssue) {
    // 当证件类型为大陆身份证时,性别和出生日期由系统自动识别
    const facts = residentIdFacts(b.docNumber)
    if (b.gender !== '' && b.gender !== facts.gender) problems.add('gender', '性别与身份证号码不一致（第17位奇数为男、偶数为女）')
    if (b.birthday !== '' && b.birthday !== facts.birthday) problems.add('birthday', '出生日期与身份证号码不一致')
    Object.assign(b, facts)
  } else if (b.docType !== '居民身份证') {
    if (!options.genders.includes(b.gender)) problems.add('gender', '请选择性别')
    if (!isRealDate(b.birthday)) problems.add('birthday', '请按 YYYY-MM-DD 填写真实的出生日期')
  }
  if (isRealDate(b.birthday) && !problems.has('birthday') && !problems.has('docNumber')) {
    const age = ageOn(b.birthday, AGE_ON)
    if (age < 18) problems.add('birthday', `考生须年满十八岁（以${AGE_ON}计算）`)
    if (age > 75) problems.add('birthday', `考生年龄不得超过七十五岁（以${AGE_ON}计算）`)
  }
  if (b.docType === '外籍护照' && b.nation === '') b.nation = '其它'
  if (!options.nations.includes(b.nation)) problems.add('nation', '请从下拉菜单中选择民族')
  else if (b.docType === '外籍护照' && b.nation !== '其它') problems.add('nation', '证件类型为外籍护照时，民族为“其它”')
  if (b.nationality === '') b.nationality = b.homeland === '外籍' ? '' : '中国'
  if (b.homeland === '外籍' && b.nationality === '') problems.add('nationality', '请填写国籍')
  return b
}
