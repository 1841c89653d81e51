import { dictionary } from '../dictionary.mjs'
import { isYearMonth, text } from './formats.mjs'

// 培训经历 (seed 004 第九步; seed 002 二.4: 住院医师规范化培训).

/** Checks one training record; answers it as stored. */
export function checkTraining(input, problems) {
  const r = Object.fromEntries(['kind', 'major', 'startedOn', 'result', 'practiceScope', 'unitName', 'baseName', 'hospitalGrade'].map((k) => [k, text(input[k])]))
  const { options } = dictionary
  if (!options.trainingKinds.includes(r.kind)) problems.add('kind', '请选择培训类型')
  if (r.major === '') problems.add('major', '请填写结业证上的培训专业名称')
  if (!isYearMonth(r.startedOn)) problems.add('startedOn', '开始时间格式应为 YYYY-MM（如 2021-09）')
  if (!options.trainingResults.includes(r.result)) problems.add('result', '请选择考核结果')
  if (r.hospitalGrade !== '' && !options.hospitalGrades.includes(r.hospitalGrade)) problems.add('hospitalGrade', '请从列表中选择医院等级')
  return r
}
