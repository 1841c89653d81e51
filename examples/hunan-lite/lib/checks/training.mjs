import { dictionary } from '../dictionary.mjs'
import { isYearMonth, text } from './formats.mjs'

// 培训经历 (seed 004 第九步; seed 002 二.4: 住院医师规范化培训).
export const RESIDENCY = '住院医师规范化培训'
const HUNAN_KINDS = [RESIDENCY, '全科医师培训']

/** Checks one training record; answers it as stored. */
export function checkTraining(input, problems) {
  const r = Object.fromEntries(['kind', 'major', 'startedOn', 'result', 'practiceScope', 'unitName', 'baseName', 'hospitalGrade'].map((k) => [k, text(input[k])]))
  const { options } = dictionary
  if (!options.trainingKinds.includes(r.kind)) problems.add('kind', '请选择培训类型')
  // seed 004 第九步 填写情形2: 仅限本人参加全科医师培训、规范化医师培训的经历
  else if (!HUNAN_KINDS.includes(r.kind)) problems.add('kind', '培训经历仅限填写本人参加的全科医师培训、住院医师规范化培训经历')
  if (r.major === '') problems.add('major', '请填写结业证上的培训专业名称')
  if (!isYearMonth(r.startedOn)) problems.add('startedOn', '开始时间须填写，格式为 YYYY-MM（如 2021-09）')
  if (!options.trainingResults.includes(r.result)) problems.add('result', '请选择考核结果')
  // seed 004 第九步 填写规范: 考核结果选已通过,未通过的就不要写了
  else if (r.result !== '已通过') problems.add('result', '考核结果请选“已通过”；未通过的培训经历不要填写')
  if (r.hospitalGrade !== '' && !options.hospitalGrades.includes(r.hospitalGrade)) problems.add('hospitalGrade', '请从列表中选择医院等级')
  return r
}
