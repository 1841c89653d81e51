import { dictionary } from '../dictionary.mjs'
import { isHalfWidth, isYearMonth, text } from './formats.mjs'

// 证书情况 (seed 004 第十步; seed 002 二、5. 选择证书, FAQ 二.4). Fields may stay empty in 个人信息;
// a certificate ticked for an application must have them all (checked by the wizard).
export const CERT_FIELDS = { certNo: '证书编号', issuedOn: '取得证书年月', practiceRegNo: '执业证书注册编号', registeredOn: '注册年月' }

/** Checks one certificate record; answers it as stored. */
export function checkCertificate(input, problems) {
  const r = Object.fromEntries(['certType', ...Object.keys(CERT_FIELDS)].map((k) => [k, text(input[k])]))
  if (!dictionary.options.certTypes.includes(r.certType)) problems.add('certType', '请选择证书类型')
  for (const k of ['certNo', 'practiceRegNo']) {
    if (r[k] !== '' && (!isHalfWidth(r[k]) || !/^[A-Za-z0-9]+$/.test(r[k]))) problems.add(k, `${CERT_FIELDS[k]}不得有空格、标点符号`)
  }
  for (const k of ['issuedOn', 'registeredOn']) {
    if (r[k] !== '' && !isYearMonth(r[k])) problems.add(k, `${CERT_FIELDS[k]}格式应为 YYYY-MM（如 2005-03）`)
  }
  if (isYearMonth(r.issuedOn) && isYearMonth(r.registeredOn) && r.registeredOn < r.issuedOn) {
    problems.add('registeredOn', '注册年月早于取得证书年月，请注意区分《医师资格证书》与《医师执业证书》')
  }
  return r
}
