import type { PersonaId } from '../rules/personas.ts'
import type { ProfileId } from '../rules/profiles.ts'
import { edgeCases } from './edgeCases.ts'
import { generateCandidate, type CandidateRecord } from './generateCandidate.ts'

export interface RecordsOptions {
  seed: number
  profile: ProfileId
  /** Default with --edge: every edge case once; else required. */
  count?: number
  persona?: PersonaId
  edge?: boolean
  rule?: string
  refDate?: string
}

/**
 * The records of one `generate` run, lazily: record i of a valid run has seed S+i, so
 * `--seed S+i --count 1` rebuilds it alone; edge runs go round the catalogue's cases, round r with seed S+r.
 */
export function* records(o: RecordsOptions): Generator<CandidateRecord> {
  if (!o.edge) {
    for (let i = 0; i < (o.count ?? 1); i++) {
      yield generateCandidate({ seed: (o.seed + i) >>> 0, profile: o.profile, persona: o.persona, refDate: o.refDate })
    }
    return
  }
  const wanted = o.count ?? Infinity
  let n = 0
  for (let round = 0; n < wanted; round++) {
    const cases = edgeCases({ profile: o.profile, rule: o.rule, seed: (o.seed + round) >>> 0, refDate: o.refDate })
      .filter((r) => !o.persona || r.persona === o.persona)
    if (cases.length === 0) return
    for (const r of cases) {
      if (n++ >= wanted) return
      yield r
    }
    if (o.count === undefined) return
  }
}
