import type { Candidate } from './candidate.ts'
import type { ProfileId } from './profiles.ts'
import type { Ctx } from './rule.ts'
import { PersonaId } from './personas.ts'
import { freshGraduate } from './examples/freshGraduate.ts'
import { hongKong } from './examples/hongKong.ts'
import { macau } from './examples/macau.ts'
import { taiwan } from './examples/taiwan.ts'
import { foreign } from './examples/foreign.ts'
import { minorityName } from './examples/minorityName.ts'
import { rareCharacter } from './examples/rareCharacter.ts'
import { military } from './examples/military.ts'
import { probationDoctor } from './examples/probationDoctor.ts'
import { assistantUpgradeZhuanke } from './examples/assistantUpgradeZhuanke.ts'
import { assistantUpgradeZhongzhuan } from './examples/assistantUpgradeZhongzhuan.ts'
import { graduateStudent } from './examples/graduateStudent.ts'
import { longProgramme } from './examples/longProgramme.ts'
import { zhuanshengben } from './examples/zhuanshengben.ts'
import { threePlusTwo } from './examples/threePlusTwo.ts'
import { shicheng } from './examples/shicheng.ts'
import { ruralGeneral } from './examples/ruralGeneral.ts'
import { shortLineEmergency, shortLinePediatrics } from './examples/shortLine.ts'
import { localise } from './examples/local.ts'

/** Builds a persona's example under a context; `admittedBy` lists the profiles that admit it (default: all). */
export type ExampleBuilder = ((ctx: Ctx) => Candidate) & { admittedBy?: readonly ProfileId[] }

/**
 * Hand-written valid candidates, one per persona that boundary cases start from. They are the
 * catalogue's known-good vectors: a test proves each passes every rule of every profile that admits it.
 */
export const EXAMPLES: Partial<Record<PersonaId, ExampleBuilder>> = {
  'fresh-graduate': freshGraduate,
  'hong-kong': hongKong,
  macau,
  taiwan,
  foreign,
  'minority-name': minorityName,
  'rare-character': rareCharacter,
  military,
  'probation-doctor': probationDoctor,
  'assistant-upgrade-zhuanke': assistantUpgradeZhuanke,
  'assistant-upgrade-zhongzhuan': assistantUpgradeZhongzhuan,
  'graduate-student': graduateStudent,
  'long-programme': longProgramme,
  zhuanshengben,
  'three-plus-two': threePlusTwo,
  shicheng,
  'rural-general': ruralGeneral,
  'short-line-pediatrics': shortLinePediatrics,
  'short-line-emergency': shortLineEmergency,
}

/** The valid example candidate of a persona under a context (default: fresh-graduate), in the target's dictionary when the context has one. */
export function candidateExample(persona: string | undefined, ctx: Ctx): Candidate {
  const id = PersonaId.parse(persona ?? 'fresh-graduate')
  const build = EXAMPLES[id]
  if (!build) throw new Error(`no example candidate for persona "${id}": add one in src/rules/examples/`)
  if (build.admittedBy && !build.admittedBy.includes(ctx.profile.id)) throw new Error(`persona "${id}" is not admitted under ${ctx.profile.id}: choose another base`)
  const c = build(ctx)
  return ctx.local ? localise(c, ctx.local, ctx.profile.id, ctx.profile.examArea?.code ?? null) : c
}
