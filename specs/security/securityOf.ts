import type { TestDetails } from '@playwright/test'
import { test, ruleTags } from '../../fixtures/index.ts'
import type { Target } from '../../fixtures/adapter.ts'
import type { TargetSecurity } from '../../fixtures/security.ts'
import { NOT_APPLICABLE } from '../../src/report/blame.ts'

/** The details of a security baseline test: its rules' tags plus @security (what `conformance --no-security` leaves out). */
export function securityTags(ids: readonly string[], kind: 'ui' | 'api'): TestDetails {
  const d = ruleTags(ids, kind)
  return { ...d, tag: [...[d.tag ?? []].flat(), '@security'] }
}

/** The target's security capability; without one the test says not-applicable and skips. */
export function securityOf(target: Target): TargetSecurity {
  if (!target.security) {
    test.info().annotations.push({ type: NOT_APPLICABLE, description: 'the adapter has no security capability (Target.security, fixtures/security.ts)' })
    test.skip(true, 'no security capability')
  }
  return target.security!
}
