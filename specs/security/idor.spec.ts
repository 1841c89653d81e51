import { test, expect } from '../../fixtures/index.ts'
import { filed, image, materials } from '../../fixtures/lifecycleSeed.ts'
import { need, notApplicable } from '../../fixtures/need.ts'
import type { ResourceKind } from '../../fixtures/surface.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxOf } from '../../fixtures/reference.ts'
import { securityOf, securityTags } from './securityOf.ts'

// The security baseline, IDOR: every operation the adapter's surface exposes on a candidate's file
// (records, the application's steps, material images and files, the payment), tried with another
// candidate's session and with none, is refused; the owner's notice is not another candidate's to read.
// One test per group of resources: a group whose capability the target lacks is not applicable, the others still run.

/** The resource groups of a candidate's file and the capability each needs (uploads and reviews are the matrix's). */
const GROUPS: { what: string; kinds: readonly ResourceKind[]; needs?: 'portal' | 'payment' }[] = [
  { what: 'records and the application\'s steps', kinds: ['record', 'application'] },
  { what: 'material images and files', kinds: ['material-image', 'material-file'], needs: 'portal' },
  { what: 'the payment', kinds: ['payment'], needs: 'payment' },
]

for (const group of GROUPS) {
  test(`SEC-IDOR: another candidate and an anonymous caller are refused ${group.what} of a candidate's file`, securityTags(['SEC-IDOR'], 'api'), async ({ target, profile }) => {
    if (!target.surface) notApplicable('the adapter describes no surface (Target.surface): no resources to try')
    if (group.needs) need(target, group.needs)
    const ops = target.surface.operations.filter((op) => group.kinds.includes(op.kind))
    if (ops.length === 0) notApplicable(`the adapter's surface exposes no ${group.kinds.join(', ')} operations`)
    const owner = await filed(target, profile, { enter: group.needs === 'portal' })
    let named: string | undefined
    if (group.needs === 'portal') {
      named = (await materials(target, owner)).find((m) => m.required)!.id
      expect((await need(target, 'portal').upload(owner.session, named, image(named))).status).toBe(201)
    }
    const stranger = await target.api.enrol(target.unique(candidateExample(undefined, ctxOf(target))), { until: 'start' })
    for (const op of ops) {
      for (const [who, session] of [['another candidate', stranger.session], ['anonymous', null]] as const) {
        const answer = await op.perform(session, owner, { material: named })
        expect(answer.status, `${op.kind} ${op.name} (${op.via}) by ${who}`).toBeGreaterThanOrEqual(400)
      }
    }
  })
}

test('SEC-IDOR: a candidate\'s notice is not shown to another candidate', securityTags(['SEC-IDOR'], 'api'), async ({ target, profile }) => {
  const security = securityOf(target)
  const owner = await filed(target, profile, { enter: false })
  const stranger = await target.api.enrol(target.unique(candidateExample(undefined, ctxOf(target))), { until: 'start' })
  expect(await security.noticeHtml(stranger.session!, owner.applicationId), 'the owner\'s notice shown to another candidate').not.toContain(owner.c.idNumber)
})
