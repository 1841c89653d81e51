import { test, expect } from '../../fixtures/index.ts'
import { filed, image, materials } from '../../fixtures/lifecycleSeed.ts'
import { has, need, notApplicable } from '../../fixtures/need.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { ctxFor } from '../../src/rules/rule.ts'
import { securityOf, securityTags } from './securityOf.ts'

// The security baseline, IDOR: every operation the adapter's surface exposes on a candidate's file
// (records, the application's steps, material images and files, the payment), tried with another
// candidate's session and with none, is refused; the owner's notice is not another candidate's to read.

test('SEC-IDOR: another candidate and an anonymous caller are refused every resource of a candidate\'s file', securityTags(['SEC-IDOR'], 'api'), async ({ target, profile }) => {
  const security = securityOf(target)
  if (!target.surface) notApplicable('the adapter describes no surface (Target.surface): no resources to try')
  const portal = has(target, 'portal')
  const owner = await filed(target, profile, { enter: portal })
  const named = portal ? (await materials(target, owner)).find((m) => m.required)!.id : undefined
  if (named) expect((await need(target, 'portal').upload(owner.session, named, image(named))).status).toBe(201)
  const stranger = await target.api.enrol(target.unique(candidateExample(undefined, ctxFor(profile))), { until: 'start' })
  const ops = target.surface!.operations.filter((op) => op.kind !== 'review' && op.kind !== 'material')
  expect(ops.length, 'the surface exposes resources').toBeGreaterThan(0)
  for (const op of ops) {
    for (const [who, session] of [['another candidate', stranger.session], ['anonymous', null]] as const) {
      const answer = await op.perform(session, owner, { material: named })
      expect(answer.status, `${op.kind} ${op.name} (${op.via}) by ${who}`).toBeGreaterThanOrEqual(400)
    }
  }
  expect(await security.noticeHtml(stranger.session!, owner.applicationId), 'the owner\'s notice shown to another candidate').not.toContain(owner.c.idNumber)
})
