import { z } from 'zod'
import { Candidate } from '../../src/rules/candidate.ts'
import { PersonaId } from '../../src/rules/personas.ts'
import { ProfileId } from '../../src/rules/profiles.ts'

/** The NDJSON line contract of issue 3: record fields plus the candidate of src/rules/candidate.ts. */
export const CandidateRecord = z.object({
  seed: z.number().int().nonnegative(),
  profile: ProfileId,
  persona: PersonaId,
  refDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  generatorVersion: z.string().min(1),
  expected: z.object({ verdict: z.enum(['accept', 'reject']), rules: z.array(z.string()), readings: z.record(z.string(), z.enum(['accept', 'reject'])).optional() }),
  candidate: Candidate,
})
