import { z } from 'zod'
import { PROFILES, PROFILE_IDS, ProfileId, profileChain, type Profile } from './profiles.ts'
import { SEED_FILES } from './seeds.ts'
import type { SubjectKind, SubjectOf } from './subjects.ts'

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
 * Per-profile parameters. `base` applies to every profile without an override; an override on a
 * profile also applies to the profiles that extend it. `null` means "not applicable here".
 */
export interface ProfileSpec<P> {
  base: P | null
  overrides?: Partial<Record<ProfileId, P | null>>
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

/** The rule's parameters under a profile, walking the profile chain; null when not applicable. */
export function paramsFor<P>(rule: RuleDef<P, SubjectKind>, profile: ProfileId): P | null {
  const overrides = rule.profiles.overrides ?? {}
  for (const id of profileChain(profile)) {
    if (id in overrides) return (overrides[id] ?? null) as P | null
  }
  return rule.profiles.base
}

/** Profiles under which the rule applies. */
export function profilesOf(rule: AnyRule): ProfileId[] {
  return PROFILE_IDS.filter((p) => paramsFor(rule, p) !== null)
}

export function ctxFor(profile: ProfileId, refDate?: string): Ctx {
  const p = PROFILES[profile]
  return { profile: p, refDate: refDate ?? `${p.examYear}-01-15` }
}

/** The rule's boundary cases under a profile. */
export function casesFor(rule: AnyRule, profile: ProfileId, ctx: Ctx = ctxFor(profile)): Case[] {
  const params = paramsFor(rule, profile)
  if (params === null || !rule.cases) return []
  return typeof rule.cases === 'function' ? rule.cases(params, ctx) : rule.cases
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
    }),
  ),
})
export type RuleMeta = z.infer<typeof RuleMeta>
