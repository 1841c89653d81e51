import type { TestDetails } from '@playwright/test'
import { ruleTags } from '../../fixtures/index.ts'
import { notApplicable } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import type { TargetSecurity } from '../../fixtures/security.ts'

/** The details of a security baseline test: its rules' tags plus @security (what `conformance --no-security` leaves out). */
export function securityTags(ids: readonly string[], kind: 'ui' | 'api'): TestDetails {
  const d = ruleTags(ids, kind)
  return { ...d, tag: [...[d.tag ?? []].flat(), '@security'] }
}

/** The target's security capability; without one the test says not-applicable and skips. */
export function securityOf(target: Target): TargetSecurity {
  return target.security ?? notApplicable('the adapter has no security capability (Target.security, fixtures/security.ts)')
}
