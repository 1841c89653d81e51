import type { Candidate } from '../candidate.ts'
import type { Ctx } from '../rule.ts'
import { freshGraduate } from './freshGraduate.ts'

/** A candidate whose given name has a character missing from the font, entered as one '?'. */
export function rareCharacter(ctx: Ctx): Candidate {
  return { ...freshGraduate(ctx), username: 'wangyanming', name: '王?明', pinyin: 'wang yan ming', email: 'wangyanming@example.com' }
}
