import type { ProfileId } from '../../rules/profiles.ts'
import { defectsNamed } from './switchOn.ts'
import { scratchDirOf, siteSourceOf } from './patch.ts'

/** One defect's kill run: the profile it runs under and the tests that must catch it (its rules' tests under that profile). */
export interface KillProject {
  name: string; defect: string; profile: ProfileId; rules: readonly string[]; grep: RegExp
  /** A patch defect: the patched copy of the site its workers start (made by the kill run under its reports folder). */
  siteSource?: string
}

/** The Playwright project name of a defect's kill run. */
export const projectOf = (defect: string): string => `defect:${defect}`

/** Tests tagged with the profile and with any of the rules (tags are part of what `grep` matches). */
export function rulesGrep(profile: ProfileId, rules: readonly string[]): RegExp {
  return new RegExp(`^(?=[\\s\\S]*@profile:${profile}(\\s|$))(?=[\\s\\S]*@rule:(${rules.join('|')})(\\s|$))`)
}

/** The kill projects of these defects: each under its first profile, grepping its rules' tests; a patch defect runs its scratch site under `reports`. */
export function killPlan(names: readonly string[], reports = 'reports'): KillProject[] {
  return defectsNamed(names).map((d) => ({
    name: projectOf(d.name), defect: d.name, profile: d.profiles[0]!, rules: d.rules, grep: rulesGrep(d.profiles[0]!, d.rules),
    ...(d.patch && { siteSource: siteSourceOf(scratchDirOf(reports, d.name)) }),
  }))
}

/** The project that runs, without any defect, every test the kill projects of a profile run: a test that fails here kills nothing. */
export const baselineOf = (profile: ProfileId): string => `baseline:${profile}`

/** One baseline project per profile of the kill plan, grepping the union of its defects' rules. */
export function baselinePlan(plan: readonly KillProject[]): { name: string; profile: ProfileId; grep: RegExp }[] {
  const byProfile = new Map<ProfileId, Set<string>>()
  for (const k of plan) for (const r of k.rules) byProfile.set(k.profile, (byProfile.get(k.profile) ?? new Set()).add(r))
  return [...byProfile].map(([profile, rules]) => ({ name: baselineOf(profile), profile, grep: rulesGrep(profile, [...rules].sort()) }))
}
