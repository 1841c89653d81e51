import { defineConfig } from '@playwright/test'

// The blame machinery end to end (test/report/blameRun.test.ts): synthetic specs, the conformance reporter.
const here = (f: string) => new URL(f, import.meta.url).pathname
export default defineConfig({
  testDir: '.',
  outputDir: `${process.env.BAOMING_REPORTS}/test-results`,
  workers: 1,
  retries: 0,
  reporter: [['../../../src/report/reporter.ts', { outputDir: process.env.BAOMING_REPORTS, expectedFailures: here('none.json') }]],
  projects: [
    { name: 'up', grepInvert: /@down/, use: { profile: 'national', adapter: here('upAdapter.ts') } as never },
    { name: 'down', grep: /@down/, use: { profile: 'national', adapter: here('downAdapter.ts') } as never },
  ],
})
