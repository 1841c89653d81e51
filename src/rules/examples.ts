import type { Candidate } from './candidate.ts'
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

/**
 * Hand-written valid candidates, one per persona that boundary cases start from. They are the
 * catalogue's known-good vectors: a test proves each passes every rule of every profile that admits it.
 */
export const EXAMPLES: Partial<Record<PersonaId, (ctx: Ctx) => Candidate>> = {
  'fresh-graduate': freshGraduate,
  'hong-kong': hongKong,
  macau,
  taiwan,
  foreign,
  'minority-name': minorityName,
  'rare-character': rareCharacter,
  military,
}

/** The valid example candidate of a persona under a context (default: fresh-graduate). */
export function candidateExample(persona: string | undefined, ctx: Ctx): Candidate {
  const id = PersonaId.parse(persona ?? 'fresh-graduate')
  const build = EXAMPLES[id]
  if (!build) throw new Error(`no example candidate for persona "${id}": add one in src/rules/examples/`)
  return build(ctx)
}
