import type { Candidate } from '../candidate.ts'
import type { ExampleBuilder } from '../examples.ts'
import { PROFILE_IDS } from '../profiles.ts'
import type { Ctx } from '../rule.ts'
import { assistantUpgradeZhuanke } from './assistantUpgradeZhuanke.ts'
import { freshGraduate } from './freshGraduate.ts'

/** A fresh graduate on probation in a 儿科 post taking the 儿科 短线加试; Hebei 2022 refuses fresh graduates this. */
export const shortLinePediatrics: ExampleBuilder = Object.assign(
  (ctx: Ctx): Candidate => {
    const base = freshGraduate(ctx)
    return {
      ...base,
      work: { ...base.work, post: '儿科' },
      application: { ...base.application, extraSubject: '儿科' },
    }
  },
  { admittedBy: PROFILE_IDS.filter((p) => p !== 'hebei-shijiazhuang-2022') },
)

/** A 执业助理医师 in 院前急救 (post and 执业范围) applying for 临床执业 with the 院前急救 短线加试. */
export function shortLineEmergency(ctx: Ctx): Candidate {
  const base = assistantUpgradeZhuanke(ctx)
  return {
    ...base,
    work: { ...base.work, post: '院前急救' },
    certificates: base.certificates.map((c) => ({ ...c, scope: '院前急救' })),
    application: { ...base.application, extraSubject: '院前急救' },
  }
}
