import { dictionary, majorByCode, schoolByCode, SHICHENG_SCHOOL } from '../dictionary.mjs'
import { isHalfWidth, isYearMonth, text } from './formats.mjs'

// 教育经历 (seed 004 第八步; seed 002 附: 报考学历, 毕业年月, 毕业证书编号, FAQ 二.3 and 二.6).
export const SHICHENG = '传统医学师承或确有专长人员'
export const NONE = '无学历'
/** Levels a candidate may still be studying for (在读研究生, 长学制). */
export const IN_SCHOOL_LEVELS = ['博士研究生', '硕士研究生', '本科长学制']
const HIGHER = ['博士研究生', '硕士研究生', '本科长学制', '本科', '专科']
/** 学制 a level has (years). */
const LENGTHS = { 博士研究生: [3, 4, 5], 硕士研究生: [2, 3], 本科长学制: [7, 8], 本科: [2, 3, 4, 5], 专科: [2, 3, 5], 中专: [2, 3, 4] }

/** Checks one education record; answers the record as stored. */
export function checkEducation(input, problems) {
  const r = {
    region: text(input.region), schoolCode: text(input.schoolCode), graduatedOn: text(input.graduatedOn),
    eduLevel: text(input.eduLevel), studyMode: text(input.studyMode), degree: text(input.degree),
    majorCode: text(input.majorCode), years: text(input.years), diplomaNo: text(input.diplomaNo),
  }
  const { options } = dictionary
  if (!options.eduRegions.includes(r.region)) problems.add('region', '请选择教育类型（大陆、港澳台、国外）')
  if (!(r.eduLevel in options.eduLevels)) problems.add('eduLevel', '请选择学历')
  const shicheng = r.eduLevel === SHICHENG, none = r.eduLevel === NONE
  if (shicheng) {
    if (r.schoolCode !== SHICHENG_SCHOOL) problems.add('schoolCode', '师承或确有专长人员的学校请选择“师承及确有专长”')
    if (r.graduatedOn !== '-') problems.add('graduatedOn', '师承或确有专长人员的毕业年月请填写横杠“-”')
    if (r.diplomaNo !== '-') problems.add('diplomaNo', '师承或确有专长人员的毕业证书编号请填写横杠“-”')
  } else if (!none) {
    const school = schoolByCode(r.schoolCode)
    if (!school || school.code === SHICHENG_SCHOOL) problems.add('schoolCode', '请选择毕业学校（可输入拼音首字母检索）')
    if (r.graduatedOn === '') problems.add('graduatedOn', '请填写毕业年月，格式为 YYYY-MM（如 2009-06）')
    else if (!isYearMonth(r.graduatedOn)) problems.add('graduatedOn', '毕业年月格式应为 YYYY-MM，中间需要加横杠（如 2009-06）')
    checkDiplomaNo(r, problems)
  } else if (r.graduatedOn !== '' && r.graduatedOn !== '-' && !isYearMonth(r.graduatedOn)) {
    problems.add('graduatedOn', '毕业年月格式应为 YYYY-MM，中间需要加横杠（如 2009-06）')
  }
  if (!shicheng && !none && !majorByCode(r.majorCode)) problems.add('majorCode', '请选择毕业专业（可使用拼音首字母或关键字检索）')
  if (r.majorCode !== '' && !majorByCode(r.majorCode)) problems.add('majorCode', '请从专业列表中选择毕业专业')
  if (!none && !options.studyModes.includes(r.studyMode)) problems.add('studyMode', '请选择学习形式')
  if (r.degree !== '' && !options.degrees.includes(r.degree)) problems.add('degree', '请从列表中选择学位')
  if (LENGTHS[r.eduLevel] && !LENGTHS[r.eduLevel].includes(Number(r.years))) problems.add('years', `学制与所选学历不符，${r.eduLevel}学制为${LENGTHS[r.eduLevel].join('、')}年`)
  if (!LENGTHS[r.eduLevel] && r.years !== '') problems.add('years', '师承、无学历不填写学制')
  r.years = r.years === '' ? null : Number(r.years)
  return r
}

function checkDiplomaNo(r, problems) {
  const n = r.diplomaNo
  // 在读研究生、长学制: the number may stay empty until the record is ticked (then 在岗情况 decides)
  if (n === '') {
    if (!IN_SCHOOL_LEVELS.includes(r.eduLevel) && r.region === '大陆') problems.add('diplomaNo', '请填写毕业证书编号')
    return
  }
  if (!isHalfWidth(n) || !/^[A-Za-z0-9]+$/.test(n)) return problems.add('diplomaNo', '毕业证书编号不得有空格、标点符号')
  if (r.region !== '大陆') return
  if (!/^\d+$/.test(n)) return problems.add('diplomaNo', '毕业证书编号必须输入数字')
  if (!HIGHER.includes(r.eduLevel)) return
  const electronic = !isYearMonth(r.graduatedOn) || r.graduatedOn >= '2001-01'
  // FAQ 二.3: numbers shorter than 17 digits are typed from the left; 二.6: the 18-digit number
  if (electronic && n.length < 17) problems.add('diplomaNo', '毕业证书编号应填写毕业证书上的18位电子注册号')
  else if (n.length > 18) problems.add('diplomaNo', '毕业证书编号不能超过18位')
}
