import type { AnyRule } from '../../rules/rule.ts'
import { DEFECTS, defectNamed, type Defect } from './registry.ts'

/** A defect name the registry does not know; the message lists the names it does. */
export class UnknownDefectError extends Error {
  constructor(readonly unknown: readonly string[]) {
    super(`unknown defect${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known defects:\n  ${DEFECTS.map((d) => d.name).join('\n  ')}`)
  }
}

/** The defects of these names, refusing unknown ones. */
export function defectsNamed(names: readonly string[]): Defect[] {
  const unknown = names.filter((n) => !defectNamed(n))
  if (unknown.length) throw new UnknownDefectError(unknown)
  return names.map((n) => defectNamed(n)!)
}

/** `a,b` (the `--defects` option, the BAOMING_DEFECTS variable) as names; blanks ignored. */
export const parseDefectList = (list: string): string[] => list.split(',').map((s) => s.trim()).filter(Boolean)

/** The rule list a site with these defects switched on enforces: the catalogue bent by each rule-level defect. */
export function rulesWithDefects(rules: readonly AnyRule[], names: readonly string[]): readonly AnyRule[] {
  return defectsNamed(names).reduce<readonly AnyRule[]>((acc, d) => (d.bend ? d.bend(acc) : acc), rules)
}
