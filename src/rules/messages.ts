import { ruleById } from './catalogue.ts'
import { paramsFor } from './rule.ts'
import type { ProfileId } from './profiles.ts'
import type { Violation } from './rule.ts'

function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m))
}

/** The Chinese message a site shows for a violation: the rule's message, filled from params and detail. */
export function messageZh(v: Violation, profile: ProfileId): string {
  const rule = ruleById(v.rule)
  const params = (paramsFor(rule, profile) ?? {}) as Record<string, unknown>
  return fill(rule.message ?? rule.title, { ...params, ...v.detail })
}

/** The English line a report or CLI prints for a violation. */
export function lineEn(v: Violation): string {
  const rule = ruleById(v.rule)
  const detail = v.detail ? ` (${Object.entries(v.detail).map(([k, val]) => `${k}: ${val}`).join(', ')})` : ''
  return `${v.rule} [${v.path || '-'}] ${rule.summary}${detail}`
}
