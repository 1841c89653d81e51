import { defineConfig } from 'vitest/config'

// The tests Stryker runs against mutants of src/rules and src/generator: the catalogue's and the generator's own (no site, no browser).
export default defineConfig({
  test: {
    include: ['test/rules/**/*.test.ts', 'test/generator/**/*.test.ts', 'test/mutation/**/*.test.ts'],
    exclude: ['test/generator/cli.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
  },
})
