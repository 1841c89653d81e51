import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { notApplicable, resetClock } from '../../fixtures/need.ts'
import { rulesOf } from '../../fixtures/lifecycleSeed.ts'
import { refusedForAny } from '../../fixtures/refusal.ts'
import { FILE_STATES } from '../../fixtures/surface.ts'
import { attempt, lockCases, lockExpectation, MUTATING } from './design.ts'
import { imageCounts, ownerIn, PORTAL_PROFILES } from './seedState.ts'

// Locks and states, generated: every mutating operation the target's surface has (API and page
// routes alike) is tried by the owner in every file state, and must be refused where the catalogue
// locks it and accepted where it does not. One step per attempt, blaming the rule of that attempt.

test.afterEach(async ({ target }) => resetClock(target))

// The rules the whole matrix speaks for, per state (tags: the kill run and the report find them).
const rulesIn = (state: (typeof FILE_STATES)[number]) => [...new Set(MUTATING.flatMap((k) => ['upload', 'delete', 'update', 'step:basic'].flatMap((n) => [...(lockExpectation(k, n as never, state, 'named')?.rules ?? []), ...(lockExpectation(k, n as never, state, 'other')?.rules ?? [])])))].sort()

for (const state of FILE_STATES) {
  test(`API and pages: every mutating operation of the owner in a ${state} file`, ruleTags(rulesIn(state), 'api', PORTAL_PROFILES), async ({ target, profile, checkRule }) => {
    if (!target.surface) notApplicable('the adapter describes no surface (Target.surface)')
    const o = await ownerIn(target, profile, state)
    for (const { op, which, expect: e } of lockCases(target.surface.operations, state)) {
      const material = which === 'named' ? o.named : o.other
      await checkRule(e.rules[0]!, async () => {
        const before = await imageCounts(target, o.f)
        const answer = await op.perform(o.f.session, o.f, { material })
        const label = `${attempt(op, state === 'returned' ? `${which} material` : undefined)} in a ${state} file`
        if (e.outcome === 'refused') {
          // A 4xx (a 5xx is no answer to the user) that names one of the lock's rules where it names any.
          expect(refusedForAny(target, answer, e.rules), `${label}: refused for ${e.rules.join(' or ')} (got ${answer.status}, naming ${rulesOf(target, answer).join(', ') || 'none'})`).toBe(true)
        } else {
          expect(answer.status, `${label}: accepted`).toBeLessThan(400)
        }
        if (op.kind === 'material' || op.kind === 'material-image') {
          const change = e.outcome === 'refused' ? 0 : op.kind === 'material' ? 1 : -1
          expect((await imageCounts(target, o.f))[material]!, `${label}: images stored`).toBe(before[material]! + change)
        }
      })
    }
  })
}
