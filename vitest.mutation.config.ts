import { defineConfig } from 'vitest/config'

// The tests Stryker runs against mutants of src/rules and src/generator: the catalogue's and the
// generator's own (no site, no browser). MUTATION_FAST=1 leaves out the slow whole-catalogue and
// generator suites (isolation: 19 s, generator: 80 s per mutant covering them) for quick runs on a part.
const slow = process.env.MUTATION_FAST ? ['test/rules/isolation.test.ts', 'test/generator/**'] : []

export default defineConfig({
  test: {
    include: ['test/rules/**/*.test.ts', 'test/generator/**/*.test.ts', 'test/mutation/**/*.test.ts'],
    exclude: ['test/generator/cli.test.ts', ...slow],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
  },
})
