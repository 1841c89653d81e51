import { describe, expect, test } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { startReferenceSite } from '../../fixtures/adapters/reference/startReferenceSite.ts'

// Its own file: the in-process mocks of another site in the same worker would be stopped with this one.
describe('createSite({ defects }) switches them on', () => {
  test('the worker fixture passes them through: the site enforces the bent rules and knows the seam switches', async () => {
    const site = await startReferenceSite('national', ['age-76-accepted', 'edit-after-submit'])
    try {
      expect(site.site.defects.has('edit-after-submit')).toBe(true)
      expect(site.site.rules).not.toBe(RULES)
      expect(site.site.rules.find((r) => r.id === 'ID-AGE-MAX')).not.toBe(RULES.find((r) => r.id === 'ID-AGE-MAX'))
    } finally {
      await site.close()
    }
  })
})

