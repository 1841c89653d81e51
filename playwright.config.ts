import { defineConfig, devices } from '@playwright/test'
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './scripts/browser.mjs'

// Playwright's own Chromium when it is downloaded; else the system's (Debian's /usr/bin/chromium),
// launched with the flags an offline, sandboxed machine needs.
const browser = findBrowser()
const launchOptions = browser?.kind === 'system' ? { executablePath: browser.path, args: SYSTEM_CHROMIUM_ARGS } : {}

export default defineConfig({
  testDir: 'specs',
  outputDir: 'reports/test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [
    ['list'],
    ['html', { outputFolder: 'reports/playwright-html', open: 'never' }],
    ['junit', { outputFile: 'reports/junit.xml' }],
  ],
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
  ],
})
