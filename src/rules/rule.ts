import { z } from 'zod'
import { PROFILES, PROFILE_IDS, ProfileId, profileChain, type Profile } from './profiles.ts'
import { SEED_FILES } from './seeds.ts'
import type { SubjectKind, SubjectOf } from './subjects.ts'
import type { Local } from './examples/local.ts'

export const LEVELS = ['must', 'should', 'manual'] as const
export const Level = z.enum(LEVELS)
export type Level = z.infer<typeof Level>

/** What a rule is about; the report groups by it. */
export const AREAS = [
  'account', 'identity', 'name', 'contact', 'education', 'certificate', 'application',
  'photo', 'materials', 'review', 'payment', 'schedule', 'security',
] as const
export const Area = z.enum(AREAS)
export type Area = z.infer<typeof Area>

/** When in the candidate's life the rule applies. */
export const STAGES = [
  'register', 'personal-info', 'application', 'submit', 'materials', 'review', 'payment',
] as const
export const Stage = z.enum(STAGES)
export type Stage = z.infer<typeof Stage>

/** A seed document: the file, the section and the words it says. */
export const SeedSource = z.object({
  seed: z.enum(SEED_FILES as [string, ...string[]]),
  section: z.string().min(1),
  quote: z.string().min(1),
})
export type SeedSource = z.infer<typeof SeedSource>

/** A published standard instead of a seed: the security baseline cites OWASP ASVS 5.0 requirements by ID, with their text. */
export const StandardSource = z.object({
  standard: z.literal('OWASP ASVS 5.0'),
  requirement: z.string().regex(/^V\d+\.\d+\.\d+$/, 'an ASVS requirement ID such as V5.2.1'),
  quote: z.string().min(1),
})
export type StandardSource = z.infer<typeof StandardSource>

export const Source = z.union([SeedSource, StandardSource])
export type Source = z.infer<typeof Source>

/** Whether a source is a seed document (not a standard). */
export const isSeedSource = (s: Source): s is SeedSource => 'seed' in s

/** The context every check runs in: the profile and the date "today" is. */
export interface Ctx {
  profile: Profile
  /** YYYY-MM-DD. */
  refDate: string
  /** The target's own dictionary, which the example candidates draw their unit, schools and majors from (absent: the profile's home). */
  local?: Local
}

/** One thing a check found wrong. `code` is stable data; wording comes from the rule. */
export interface Finding {
  code: string
  path?: string
  detail?: Record<string, string | number | boolean>
}

/** A finding tied to its rule: what evaluation returns. */
export interface Violation extends Finding {
  rule: string
  level: Level
  path: string
}

export type Verdict = 'accept' | 'reject'

/** A boundary case: a change to a valid base subject and the verdict a conforming system gives. */
export interface Case {
  name: string
  expected: Verdict
  /** The value put at the check's `path`. */
  value?: unknown
  /** Dot-path assignments on the base subject ('education.0.diplomaNumber'). */
  set?: Record<string, unknown>
  /** Which valid base to change: a persona for candidates, a named base for other subjects. */
  base?: string
  /**
   * Set where the profile's accepted readings disagree on this case: each reading's verdict (then
   * `expected` is the first reading's, the reference site's). Absent: every reading agrees.
   */
  readings?: Record<string, Verdict>
}

export type FindingResult = Finding | Finding[] | null | undefined | false

/** A machine check: a zod schema for the value at `path`, a predicate over the subject, or both. */
export interface Check<K extends SubjectKind, P> {
  subject: K
  /** The field the rule governs; boundary-case values are put here. */
  path?: string
  /** Whether the rule is in scope for this subject (persona, document type, …). Default: always. */
  applies?: (subject: SubjectOf<K>, params: P, ctx: Ctx) => boolean
  /** Schema the value at `path` must satisfy. */
  schema?: (params: P, ctx: Ctx) => z.ZodType
  /** Predicate over the whole subject. */
  test?: (subject: SubjectOf<K>, params: P, ctx: Ctx) => FindingResult
}

/**
 * One accepted reading of a rule's parameters, where the seeds a profile follows allow two: a target
 * following any of them conforms, and the report says which one it follows.
 */
export interface Reading<P> {
  /** Stable ID: the seed's number and section, e.g. '002-四' (the report prints `RULE=ID`). */
  id: string
  /** What a target following this reading does, in English. */
  summary: string
  source: SeedSource
  params: P
}

/**
 * Per-profile parameters. `base` applies to every profile without an override; an override on a
 * profile also applies to the profiles that extend it. `null` means "not applicable here".
 * `readings` gives a profile (and those extending it) two or more accepted readings instead of one
 * value; the first is the one the reference site enforces.
 */
export interface ProfileSpec<P> {
  base: P | null
  overrides?: Partial<Record<ProfileId, P | null>>
  readings?: Partial<Record<ProfileId, Reading<P>[]>>
}

export interface RuleDef<P = Record<string, never>, K extends SubjectKind = SubjectKind> {
  /** Stable, meaningful ID: `PHOTO-SIZE`, never a number. */
  id: string
  level: Level
  area: Area
  stage: Stage
  /** Short Chinese title. */
  title: string
  /** One-sentence English summary. */
  summary: string
  /** What the site says when it refuses (Chinese, says how to fix); `{name}` takes params and detail. */
  message?: string
  sources: Source[]
  profiles: ProfileSpec<P>
  /** Where the seeds disagree or are vague: what each profile holds and why. */
  note?: string
  check?: Check<K, P>
  cases?: Case[] | ((params: P, ctx: Ctx) => Case[])
  /** For `manual` rules: why only a person can judge it. */
  manual?: string
}

/** Identity helper that keeps a rule's parameter and subject types together. */
export function defineRule<P = Record<string, never>, K extends SubjectKind = 'candidate'>(
  def: RuleDef<P, K>,
): RuleDef<P, K> {
  return def
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleDef<any, any>

/** The parameters a profile holds for a rule: one value, several accepted readings, or null (not applicable). */
function resolve<P>(rule: RuleDef<P, SubjectKind>, profile: ProfileId): { params: P | null; readings?: Reading<P>[] } {
  const { overrides = {}, readings = {} } = rule.profiles
  for (const id of profileChain(profile)) {
    if (id in readings) return { params: readings[id]![0]!.params, readings: readings[id]! }
    if (id in overrides) return { params: (overrides[id] ?? null) as P | null }
  }
  return { params: rule.profiles.base }
}

/**
 * The rule's parameters under a profile, walking the profile chain; null when not applicable. With
 * accepted readings, the first reading's (the one the reference site enforces).
 */
export function paramsFor<P>(rule: RuleDef<P, SubjectKind>, profile: ProfileId): P | null {
  return resolve(rule, profile).params
}

/** The accepted readings a profile holds for a rule; null where it holds one value (or none). */
export function readingsFor<P>(rule: RuleDef<P, SubjectKind>, profile: ProfileId): Reading<P>[] | null {
  return resolve(rule, profile).readings ?? null
}

/** Profiles under which the rule applies. */
export function profilesOf(rule: AnyRule): ProfileId[] {
  return PROFILE_IDS.filter((p) => paramsFor(rule, p) !== null)
}

export function ctxFor(profile: ProfileId, refDate?: string): Ctx {
  const p = PROFILES[profile]
  return { profile: p, refDate: refDate ?? `${p.examYear}-01-15` }
}

const casesWith = (rule: AnyRule, params: unknown, ctx: Ctx): Case[] =>
  !rule.cases ? [] : typeof rule.cases === 'function' ? rule.cases(params, ctx) : rule.cases

/**
 * The rule's boundary cases under a profile. With accepted readings: the union of every reading's
 * cases by name; a case the readings judge differently carries `readings` (each one's verdict).
 */
export function casesFor(rule: AnyRule, profile: ProfileId, ctx: Ctx = ctxFor(profile)): Case[] {
  const readings = readingsFor(rule, profile)
  if (!readings) {
    const params = paramsFor(rule, profile)
    return params === null ? [] : casesWith(rule, params, ctx)
  }
  const byName = new Map<string, { c: Case; verdicts: Record<string, Verdict> }>()
  for (const r of readings) {
    for (const c of casesWith(rule, r.params, ctx)) {
      const seen = byName.get(c.name) ?? byName.set(c.name, { c, verdicts: {} }).get(c.name)!
      seen.verdicts[r.id] = c.expected
    }
  }
  return [...byName.values()].map(({ c, verdicts }) => {
    const agreed = readings.every((r) => verdicts[r.id] === c.expected)
    return agreed ? c : { ...c, readings: verdicts }
  })
}

/** The rule's boundary cases as one accepted reading has them (the profile's cases where it has no readings). */
export function casesForReading(rule: AnyRule, profile: ProfileId, reading: string | null, ctx: Ctx = ctxFor(profile)): Case[] {
  const r = readingsFor(rule, profile)?.find((x) => x.id === reading)
  return r ? casesWith(rule, r.params, ctx) : casesFor(rule, profile, ctx)
}

/**
 * The readings a target follows, from its verdicts on the cases the readings dispute (case name →
 * accepted or refused): those that judge every observed case as the target did.
 */
export function readingsFollowed(rule: AnyRule, profile: ProfileId, observed: Record<string, Verdict>, ctx: Ctx = ctxFor(profile)): string[] {
  const readings = readingsFor(rule, profile) ?? []
  const disputed = casesFor(rule, profile, ctx).filter((c) => c.readings)
  return readings.map((r) => r.id).filter((id) => disputed.every((c) => !(c.name in observed) || c.readings![id] === undefined || c.readings![id] === observed[c.name]))
}

/** Metadata of a rule as exported (JSON for tools): validated so the export cannot drift. */
export const RuleMeta = z.object({
  id: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'IDs are UPPER-KEBAB with at least two parts'),
  level: Level,
  area: Area,
  stage: Stage,
  title: z.string().min(2),
  summary: z.string().min(10),
  message: z.string().optional(),
  sources: z.array(Source).min(1),
  profiles: z.record(ProfileId, z.unknown()),
  /** Per profile that holds them: the accepted readings (the first is in `profiles`). */
  readings: z.partialRecord(ProfileId, z.array(z.object({ id: z.string().min(1), summary: z.string().min(1), source: SeedSource, params: z.unknown() })).min(2)).optional(),
  note: z.string().optional(),
  checkable: z.boolean(),
  subject: z.string().optional(),
  path: z.string().optional(),
  manual: z.string().optional(),
  cases: z.array(
    z.object({
      profile: ProfileId,
      name: z.string(),
      expected: z.enum(['accept', 'reject']),
      value: z.unknown().optional(),
      set: z.record(z.string(), z.unknown()).optional(),
      base: z.string().optional(),
      readings: z.record(z.string(), z.enum(['accept', 'reject'])).optional(),
    }),
  ),
})
export type RuleMeta = z.infer<typeof RuleMeta>
