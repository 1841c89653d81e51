import type { Candidate } from '../rules/candidate.ts'
import { PERSONA_IDS, type PersonaId } from '../rules/personas.ts'
import { PROFILES, type ProfileId } from '../rules/profiles.ts'
import { ctxFor, type Verdict } from '../rules/rule.ts'
import type { Draw } from './derive/draw.ts'
import { BUILDERS, personasOf } from './personas/index.ts'
import { fakerFor, isSeed, mix } from './random.ts'
import { GENERATOR_VERSION } from './version.ts'

/** One generated record: the candidate, the verdict a conforming site gives it, and what rebuilds it. */
export interface CandidateRecord {
  seed: number
  profile: ProfileId
  persona: PersonaId
  refDate: string
  generatorVersion: string
  /** `readings`: where the profile accepts two readings of the case's rule and they disagree, each one's verdict (`verdict` is the first's). */
  expected: { verdict: Verdict; rules: string[]; readings?: Record<string, Verdict> }
  candidate: Candidate
  /** Edge records only: the boundary case applied to the base. */
  edge?: { rule: string; case: string; base: 'generated' | 'rebased' }
}

/** A deep partial of the candidate: objects are merged, arrays and scalars replaced. */
export type Overrides = { [K in keyof Candidate]?: Candidate[K] extends unknown[] ? Candidate[K] : Candidate[K] extends object | null ? Partial<Candidate[K]> : Candidate[K] }

export interface GenerateOptions {
  seed: number
  profile: ProfileId
  /** Default: drawn from the seed among the personas the profile admits. */
  persona?: PersonaId
  /** Default: the profile's usual "today" (15 January of the exam year). */
  refDate?: string
  overrides?: Overrides
}

/** The persona a seed picks when none is asked for. */
export function personaFor(seed: number, profile: ProfileId): PersonaId {
  const list = personasOf(profile)
  return list[mix(seed, 1) % list.length]!
}

/** Builds one valid candidate record; pure: the same options always give the same record. */
export function generateCandidate(opts: GenerateOptions): CandidateRecord {
  if (!isSeed(opts.seed)) throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${opts.seed}`)
  const profile = PROFILES[opts.profile]
  if (!profile) throw new RangeError(`unknown profile "${opts.profile}"`)
  const persona = opts.persona ?? personaFor(opts.seed, opts.profile)
  const build = BUILDERS[persona]
  if (!build) throw new RangeError(`unknown persona "${persona}"`)
  if (!personasOf(opts.profile).includes(persona)) throw new RangeError(`persona "${persona}" does not apply under ${opts.profile}`)
  const refDate = opts.refDate ?? ctxFor(opts.profile).refDate
  const d: Draw = { f: fakerFor(opts.seed, PERSONA_IDS.indexOf(persona)), profile, refDate, year: profile.examYear }
  let candidate = build(d)
  if (opts.overrides) candidate = merge(candidate, opts.overrides)
  return {
    seed: opts.seed, profile: opts.profile, persona, refDate, generatorVersion: GENERATOR_VERSION,
    expected: { verdict: 'accept', rules: [] }, candidate,
  }
}

function merge<T>(base: T, patch: unknown): T {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch) || base === null || typeof base !== 'object') return patch as T
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [k, v] of Object.entries(patch)) out[k] = v === undefined ? out[k] : merge(out[k], v)
  return out as T
}
