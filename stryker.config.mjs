// Mutation testing of the rules catalogue and the generator (`npm run mutation`; `-- --mutate 'src/rules/checks/**/*.ts'` for a part).
// @stryker-mutator 9.x: version 10 needs Node 22 and the project supports Node 20.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/rules/**/*.ts',
    'src/generator/**/*.ts',
    // Data, not logic: the seeds' text tables and the generator's dictionaries.
    '!src/rules/seeds.ts',
    '!src/rules/examples/**',
    '!src/generator/data/**',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  ignoreStatic: true,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  // Only what the rules' and generator's tests need goes into the sandbox (reports and site data change under other runs).
  ignorePatterns: ['/reports', '/data', '/specs', '/bench', 'test-results', 'playwright-report'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
