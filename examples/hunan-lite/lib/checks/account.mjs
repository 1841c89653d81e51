import { isHalfWidth } from './formats.mjs'

// 账号 (seed 002 附: 登录密码, 密码找回提示, 密码找回答案; 安全设置).

/** Letters and digits, 5 to 12, case sensitive. */
export const passwordProblem = (pw) => (/^[A-Za-z0-9]{5,12}$/.test(pw) ? null : '密码须为5到12位，由字母、数字组成（区分大小写）')

/** Checks the security question and answer. */
export function checkSecurity(question, answer, problems) {
  if (question === '') problems.add('securityQuestion', '请设置密码找回问题')
  else if (!isHalfWidth(question)) problems.add('securityQuestion', '密码找回问题须为半角字符，请关闭全角输入')
  if (!isHalfWidth(answer)) problems.add('securityAnswer', '密码找回答案须为半角字符，请关闭全角输入')
  else if ([...answer].length < 4 || [...answer].length > 30) problems.add('securityAnswer', '密码找回答案应为4到30个字符')
}
