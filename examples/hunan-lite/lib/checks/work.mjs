import { dictionary, unitByCode } from '../dictionary.mjs'
import { isYearMonth, text } from './formats.mjs'

// 工作情况 (seed 004 第七步; seed 002 二.3, 附: 在岗情况, 工作单位名称).

/** Checks the work form; answers it as stored. */
export function checkWork(input, problems) {
  const w = Object.fromEntries(['unitCode', 'dept', 'dutyStatus', 'fieldMode', 'yearsInField', 'position', 'rank', 'rankSince'].map((k) => [k, text(input[k])]))
  const { options } = dictionary
  if (!unitByCode(w.unitCode)) problems.add('unitCode', '请选择工作单位（在校研究生请选择实习单位），如检索不到请先申请增补')
  if (!options.dutyStatuses.includes(w.dutyStatus)) problems.add('dutyStatus', `在岗情况请选择：${options.dutyStatuses.join('、')}`)
  if (w.yearsInField !== '' && !/^\d{1,2}$/.test(w.yearsInField)) problems.add('yearsInField', '从事本专业年限请填写整数年')
  if (w.fieldMode !== '' && !options.fieldModes.includes(w.fieldMode)) problems.add('fieldMode', '请从列表中选择从事本专业情况')
  if (w.position !== '' && !options.positions.includes(w.position)) problems.add('position', '请从列表中选择职务')
  if (w.rank !== '' && !options.ranks.includes(w.rank)) problems.add('rank', '请从列表中选择职称')
  if (w.rankSince !== '' && !isYearMonth(w.rankSince)) problems.add('rankSince', '取得年月格式应为 YYYY-MM（如 2008-03），可不填')
  w.yearsInField = w.yearsInField === '' ? null : Number(w.yearsInField)
  return w
}
