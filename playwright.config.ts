import { defineConfig, devices, type ReporterDescription } from '@playwright/test'
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './scripts/browser.mjs'
import { PROFILE_IDS, type ProfileId } from './src/rules/profiles.ts'
import type { ConformanceOptions } from './fixtures/options.ts'

// Playwright's own Chromium when it is downloaded; else the system's (Debian's /usr/bin/chromium),
// launched with the flags an offline, sandboxed machine needs.
const browser = findBrowser()
const launchOptions = browser?.kind === 'system' ? { executablePath: browser.path, args: SYSTEM_CHROMIUM_ARGS } : {}

// `baoming conformance` sets these; the specs only see them as options (profile, adapter, targetURL).
const env = process.env
const profiles = (env.BAOMING_PROFILES ? env.BAOMING_PROFILES.split(',') : [...PROFILE_IDS]) as ProfileId[]
const options = { adapter: env.BAOMING_ADAPTER ?? '', targetURL: env.BAOMING_BASE_URL ?? '', expectedFailuresFile: env.BAOMING_EXPECTED_FAILURES ?? 'conformance.expected-failures.json' }
const reports = env.BAOMING_REPORTS ?? 'reports'

const reporter: ReporterDescription[] = [
  ['list'],
  ['html', { outputFolder: `${reports}/playwright-html`, open: 'never' }],
  ['junit', { outputFile: `${reports}/junit.xml` }],
  ['blob', { outputDir: `${reports}/blob` }],
  ['allure-playwright', { resultsDir: `${reports}/allure-results`, detail: false, suiteTitle: false }],
  ['./src/report/reporter.ts', { outputDir: reports, expectedFailures: options.expectedFailuresFile, ...(env.BAOMING_BASE_URL ? { target: env.BAOMING_BASE_URL } : {}) }],
]

export default defineConfig<ConformanceOptions>({
  testDir: 'specs',
  outputDir: `${reports}/test-results`,
  fullyParallel: true,
  forbidOnly: Boolean(env.CI),
  retries: 0,
  workers: 2,
  reporter,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'smoke', grep: /@smoke/ },
    // One project per profile, named by its ID: it runs the tests tagged for the profile.
    ...profiles.map((profile) => ({ name: profile, grep: new RegExp(`@profile:${profile}(\\s|$)`), use: { profile, ...options } })),
  ],
})
