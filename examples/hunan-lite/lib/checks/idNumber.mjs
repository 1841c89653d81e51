import { readFileSync } from 'node:fs'
import { isHalfWidth } from './formats.mjs'

// 证件号码 (seed 002, 附: 身份证明号码): per document type; resident IDs follow GB 11643.
const divisions = new Set(JSON.parse(readFileSync(new URL('../../data/divisions.json', import.meta.url), 'utf8')))
const provinces = new Set([...divisions].map((c) => c.slice(0, 2)))

/** Length limits of the non-resident documents: [min, max] (max null: no upper limit). */
const LENGTHS = {
  香港身份证: [8, 9, '香港身份证号码须为8位或9位'],
  澳门身份证: [8, 8, '澳门身份证号码须为8位'],
  台湾身份证: [10, 10, '台湾身份证号码须为10位'],
  香港往来大陆通行证: [11, 11, '港澳往来大陆通行证号码须为11位'],
  澳门往来大陆通行证: [11, 11, '港澳往来大陆通行证号码须为11位'],
  台湾往来大陆通行证: [10, 10, '台湾往来大陆通行证号码须为10位'],
  外籍护照: [6, null, '外籍护照号码不少于6位'],
}

/** The pass a resident of Hong Kong, Macau or Taiwan enters in 往来大陆通行证. */
export const PASS_OF = { 香港: '香港往来大陆通行证', 澳门: '澳门往来大陆通行证', 台湾: '台湾往来大陆通行证' }

/** Birth date (YYYY-MM-DD) and gender a resident ID number encodes. */
export function residentIdFacts(id) {
  const b = id.slice(6, 14)
  return { birthday: `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}`, gender: Number(id[16]) % 2 === 1 ? '男' : '女' }
}

function realYmd(b) {
  const y = Number(b.slice(0, 4)), m = Number(b.slice(4, 6)), d = Number(b.slice(6, 8))
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The problem with a document number of a type, or null. */
export function documentNumberProblem(type, value) {
  if (value === '') return '请填写证件号码'
  if (!isHalfWidth(value)) return '证件号码须为半角字符，请关闭全角输入'
  if (/[^A-Za-z0-9\u4e00-\u9fa5]/u.test(value)) return '证件号码不得有空格、标点符号（包括长连接号、短连接号）'
  if (type === '居民身份证') return residentIdProblem(value)
  const limits = LENGTHS[type]
  if (limits && (value.length < limits[0] || (limits[1] !== null && value.length > limits[1]))) return limits[2]
  return null
}

function residentIdProblem(id) {
  if (id.length !== 18) return '身份证号码须为18位（原15位身份证号已停用）'
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号码前17位须为数字，最后一位为数字或大写X'
  if (!provinces.has(id.slice(0, 2))) return '身份证号码前两位不是有效的省级行政区划代码'
  if (!divisions.has(id.slice(0, 6))) return '身份证号码前六位不是有效的行政区划代码，请到发证公安机关确认'
  if (!realYmd(id.slice(6, 14))) return '身份证号码中的出生日期不存在'
  return null
}
