import { PERSONA_IDS, type PersonaId } from '../../rules/personas.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import { assistants } from './assistants.ts'
import type { Builder } from './builder.ts'
import { graduates } from './graduates.ts'
import { overseas } from './overseas.ts'
import { special } from './special.ts'

/** Every persona's builder, one family module each. */
export const BUILDERS = { ...graduates, ...assistants, ...special, ...overseas } as Record<PersonaId, Builder>

for (const id of PERSONA_IDS) if (!BUILDERS[id]) throw new Error(`persona "${id}" has no builder in src/generator/personas/`)

/** Personas a profile admits. Every seed's profile admits every persona today; a profile that does not would be listed here. */
const NOT_ADMITTED: Partial<Record<ProfileId, readonly PersonaId[]>> = {}

export function personasOf(profile: ProfileId): readonly PersonaId[] {
  const out = NOT_ADMITTED[profile] ?? []
  return PERSONA_IDS.filter((p) => !out.includes(p))
}
