import { test, expect, ruleTags } from '../../fixtures/index.ts'
import { need } from '../../fixtures/need.ts'
import { filed, image, materials, rulesOf } from '../../fixtures/lifecycleSeed.ts'
import { ruleById } from '../../src/rules/catalogue.ts'
import { profilesOf } from '../../src/rules/rule.ts'

// A count limit must hold when the uploads arrive together: a candidate double-clicking 上传, or a
// browser retrying, sends several at once. A check made outside the transaction that stores the image
// lets them all through. The boundary table (uploads.spec.ts) sends one file at a time and cannot see it.

const RULE = ruleById('MATERIAL-IMAGE-COUNT')
const AT_ONCE = 8

test.describe(RULE.id, () => {
  test.beforeEach(({ profile }) => test.skip(!profilesOf(RULE).includes(profile), `${RULE.id} does not apply under ${profile}`))

  test(`API: ${AT_ONCE} identity images sent at once store exactly the material's count`, ruleTags([RULE.id], 'api'), async ({ target, profile }) => {
    const f = await filed(target, profile)
    const identity = (await materials(target, f)).find((m) => m.id === 'identity')!
    const max = identity.images.max!
    expect(max, 'the identity material has a fixed count').toBeLessThan(AT_ONCE)

    const answers = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => need(target, 'portal').upload(f.session, 'identity', image('identity', 6 * 1024, i))))

    const stored = answers.filter((a) => a.status === 201)
    const refused = answers.filter((a) => a.status !== 201)
    expect(stored, `${AT_ONCE} at once: ${answers.map((a) => a.status).join(', ')}`).toHaveLength(max)
    for (const a of refused) {
      expect(a.status, 'a refusal is a 4xx').toBeGreaterThanOrEqual(400)
      expect(a.status).toBeLessThan(500)
      expect(rulesOf(target, a).filter((r) => r !== null && r !== RULE.id), 'refused for no other rule').toEqual([])
    }
    const after = (await materials(target, f)).find((m) => m.id === 'identity')!
    expect(after.stored, 'images the portal lists afterwards').toHaveLength(max)
  })
})
