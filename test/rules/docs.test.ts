import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { catalogueMarkdown } from '../../src/rules/export.ts'

it('docs/rules.md is in step with the code (run `npm run rules:export` to refresh it)', () => {
  const onDisk = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')
  expect(onDisk === catalogueMarkdown(RULES), 'docs/rules.md is stale: run `npm run rules:export`').toBe(true)
})
