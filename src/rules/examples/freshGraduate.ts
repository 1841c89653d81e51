import type { Candidate } from '../candidate.ts'
import { buildResidentId } from '../checks/residentId.ts'
import { addMonths } from '../checks/dates.ts'
import type { Ctx } from '../rule.ts'
import { HOMES } from './home.ts'

/** A mainland 应届 本科 graduate applying for 临床执业医师: the default base of boundary cases. */
export function freshGraduate(ctx: Ctx): Candidate {
  const y = ctx.profile.examYear
  const home = HOMES[ctx.profile.id]
  return {
    username: 'zhangwei01',
    password: 'Abc12345',
    recoveryQuestion: '能被2整除的最小自然数',
    recoveryAnswer: '阳光小学',
    origin: '大陆',
    idType: '居民身份证',
    idNumber: buildResidentId(home.idRegion, `${y - 24}-03-15`, '男', 123),
    idValidUntil: `${y + 6}-03-15`,
    name: '张伟',
    pinyin: 'zhang wei',
    sex: '男',
    birthDate: `${y - 24}-03-15`,
    ethnicity: '汉族',
    nationality: '中国',
    mainlandPass: '',
    serviceStatus: '',
    mobile: '13812345678',
    homePhone: `${home.areaCode}-87654321`,
    workPhone: `${home.areaCode}-82711234-8001`,
    email: 'zhangwei@example.com',
    address: home.address,
    postcode: home.postcode,
    work: {
      status: '试用期', unit: home.unit, unitDivision: home.division, unitType: '医院', affiliation: '地方',
      post: '内科', monthsInPost: 12, title: '', titleDate: '',
    },
    education: [{
      region: '大陆', level: '本科', studyForm: '普通全日制', school: '武汉大学', major: '临床医学', lengthYears: 5,
      enrolled: `${y - 6}-09`, graduation: `${y - 1}-06`, diplomaNumber: `10486151${y - 1}000123`.slice(0, 18),
      degree: '医学学士', selected: true,
      verification: { kind: '教育部学历证书电子注册备案表', code: 'A7K2M9Q4T8W3X6Z1', issuedOn: addMonths(ctx.refDate, -1) },
    }],
    training: [],
    certificates: [],
    application: {
      examCode: `${y}110`, area: home.area, site: home.site, extraSubject: '无', attempts: 1,
      freshGraduate: true, skillsExempt: false,
    },
    photo: {
      format: 'jpeg', fileName: 'photo.jpg', bytes: 20 * 1024, width: 390, height: 567, background: '白色',
      checkedByTool: true, takenOn: addMonths(ctx.refDate, -1),
    },
    banUntil: null,
    probationDeclared: true,
  }
}
