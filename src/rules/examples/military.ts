import type { Candidate } from '../candidate.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'

/** An active-duty army doctor: resident ID (Hubei 2022: 军队考生须使用身份证报名), 本人身份, military medicine. */
export function military(ctx: Ctx): Candidate {
  const base = freshGraduate(ctx)
  return {
    ...base,
    username: 'liqiang01',
    name: '李强',
    pinyin: 'li qiang',
    email: 'liqiang@example.com',
    serviceStatus: '军队及武警干部',
    work: { ...base.work, unitType: '军队医疗机构', affiliation: '军队' },
    application: { ...base.application, extraSubject: '军事医学' },
  }
}
