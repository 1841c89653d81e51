import { paramsFor } from '../../rules/rule.ts'
import type { SiteContext } from '../siteContext.ts'

/** The params of a rule the site enforces under its profile, or null when the rule is off here (or dropped). */
export function ruleParams<P = Record<string, unknown>>(site: SiteContext, id: string): P | null {
  const rule = site.rules.find((r) => r.id === id)
  return rule ? (paramsFor(rule, site.profile.id) as P | null) : null
}

/** True when the site enforces this rule under its profile. */
export const ruleApplies = (site: SiteContext, id: string): boolean => ruleParams(site, id) !== null
