import { RULES } from '../../rules/catalogue.ts'
import { paramsFor } from '../../rules/rule.ts'
import type { SiteContext } from '../siteContext.ts'
import { Refusal } from '../validation/fieldError.ts'

/** Whether some catalogue rule of this profile governs a Candidate path (e.g. probationDeclared). */
export function profileGoverns(site: SiteContext, path: string): boolean {
  return RULES.some((r) => r.check?.subject === 'candidate' && r.check.path === path && paramsFor(r, site.profile.id) !== null)
}

/**
 * 试用期申报 (Hubei, seed 000): the declaration the profile requires before applying. The provincial
 * declaration system itself is outside the seeds; the site records that the candidate completed it.
 */
export function declareProbation(site: SiteContext, userId: number): void {
  if (!profileGoverns(site, 'probationDeclared')) throw Refusal.of('not-required', '本考区无需进行试用期申报。', 404)
  site.candidates.savePersonal(userId, { ...site.candidates.personal(userId), probationDeclared: true }, site.nowIso())
}
