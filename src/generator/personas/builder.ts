import type { Candidate } from '../../rules/candidate.ts'
import type { PersonaId } from '../../rules/personas.ts'
import type { Draw } from '../derive/draw.ts'

/** Builds one valid candidate of a persona from a record's draw. */
export type Builder = (d: Draw) => Candidate
export type Builders = Partial<Record<PersonaId, Builder>>
