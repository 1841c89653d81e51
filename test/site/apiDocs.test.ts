import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { apiDocs } from '../../src/site/api/apiDocs.ts'

test('docs/api.md is generated from the endpoint table (run: npx tsx src/site/api/writeApiDocs.ts)', () => {
  expect(readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8')).toBe(apiDocs())
})
