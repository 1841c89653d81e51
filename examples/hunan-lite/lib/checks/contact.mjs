import { isHalfWidth, text } from './formats.mjs'

// 联系方式 (seed 002 附: 家庭联系电话, 单位电话, 手机号码, 电子邮件, 联系地址, 邮政编码).

function phoneProblem(value, label) {
  if (!/^\d+-\d+(-\d+)?$/.test(value)) return `${label}格式为：长途区号-电话号码-分机号（分机号选填）`
  const [area, number] = value.split('-')
  if (area.length < 3 || area.length > 5) return `${label}的长途区号应为3至5位`
  if (number.length < 6 || number.length > 8) return `${label}的电话号码应为6至8位`
  return null
}

/** Problems of the contact form; `mainland` decides the mobile and postcode formats. */
export function checkContact(input, mainland, problems) {
  const v = Object.fromEntries(['mobile', 'homePhone', 'officePhone', 'email', 'address', 'zip'].map((k) => [k, text(input[k])]))
  for (const [k, label] of [['mobile', '手机号码'], ['homePhone', '家庭电话'], ['officePhone', '单位电话'], ['email', '电子邮箱'], ['address', '通讯地址'], ['zip', '邮编']]) {
    if (!isHalfWidth(v[k])) problems.add(k, `${label}须为半角字符，请关闭全角输入`)
  }
  if (v.mobile !== '' && !problems.has('mobile')) {
    if (!/^\d+$/.test(v.mobile)) problems.add('mobile', '手机号码只能填写数字，不要加"+"、空格或"-"')
    else if (v.mobile.startsWith('0')) problems.add('mobile', '手机号码第一位不能为0')
    else if (mainland && v.mobile.length !== 11) problems.add('mobile', '手机号码须为11位数字')
    else if (!mainland && (v.mobile.length < 6 || v.mobile.length > 11)) problems.add('mobile', '非大陆地区手机号码应为6到11位')
  }
  for (const [k, label] of [['homePhone', '家庭电话'], ['officePhone', '单位电话']]) {
    if (v[k] !== '' && !problems.has(k)) {
      const p = phoneProblem(v[k], label)
      if (p) problems.add(k, p)
    }
  }
  checkEmail(v.email, problems)
  // counts the Chinese characters of the address ("不超过30个汉字")
  if ([...v.address].filter((ch) => /\p{Script=Han}/u.test(ch)).length > 30) problems.add('address', '通讯地址不能超过30个汉字')
  if (v.zip !== '' && !problems.has('zip')) {
    if (mainland && !/^\d{6}$/.test(v.zip)) problems.add('zip', '大陆地区邮政编码为6位数字')
    if (!mainland && !/^[A-Za-z0-9]{3,6}$/.test(v.zip)) problems.add('zip', '非大陆地区邮政编码为3到6位字母或数字')
  }
  return v
}

/** E-mail: required, 5 to 60 characters, local@dotted.domain. */
export function checkEmail(email, problems, field = 'email') {
  if (problems.has(field)) return
  if (email === '') problems.add(field, '请填写电子邮箱')
  else if (!isHalfWidth(email)) problems.add(field, '电子邮箱须为半角字符，请关闭全角输入')
  else if (email.length < 5 || email.length > 60) problems.add(field, '电子邮箱长度应为5到60个字符')
  else if (!/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(email)) problems.add(field, '电子邮箱格式不正确，例如 zhangwei@example.com')
}
