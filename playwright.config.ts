import { defineConfig, type ReporterDescription } from '@playwright/test'
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './scripts/browser.mjs'
import { PROFILE_IDS, type ProfileId } from './src/rules/profiles.ts'
import type { ConformanceOptions } from './fixtures/options.ts'
import { CONTEXT_OPTIONS } from './fixtures/contextOptions.ts'
import { parseDefectList } from './src/site/defects/switchOn.ts'
import { baselinePlan, killPlan, type KillProject } from './src/site/defects/killPlan.ts'
import { readFileSync } from 'node:fs'

// Playwright's own Chromium when it is downloaded; else the system's (Debian's /usr/bin/chromium),
// launched with the flags an offline, sandboxed machine needs.
const browser = findBrowser()
const launchOptions = browser?.kind === 'system' ? { executablePath: browser.path, args: SYSTEM_CHROMIUM_ARGS } : {}

// `baoming conformance` sets these; the specs only see them as options (profile, adapter, targetURL).
const env = process.env
const profiles = (env.BAOMING_PROFILES ? env.BAOMING_PROFILES.split(',') : [...PROFILE_IDS]) as ProfileId[]
const options = { adapter: env.BAOMING_ADAPTER ?? '', targetURL: env.BAOMING_BASE_URL ?? '', expectedFailuresFile: env.BAOMING_EXPECTED_FAILURES ?? 'conformance.expected-failures.json', referenceFile: env.BAOMING_REFERENCE ?? '', defects: parseDefectList(env.BAOMING_DEFECTS ?? '') }
const reports = env.BAOMING_REPORTS ?? 'reports'

const reporter: ReporterDescription[] = [
  ['list'],
  ['html', { outputFolder: `${reports}/playwright-html`, open: 'never' }],
  ['junit', { outputFile: `${reports}/junit.xml` }],
  ['blob', { outputDir: `${reports}/blob` }],
  ['allure-playwright', { resultsDir: `${reports}/allure-results`, detail: false, suiteTitle: false }],
  ['./src/report/reporter.ts', { outputDir: reports, expectedFailures: options.expectedFailuresFile, security: env.BAOMING_NO_SECURITY !== '1', ...(env.BAOMING_BASE_URL ? { target: env.BAOMING_BASE_URL } : {}) }],
]

// Each defect's project runs its rules' tests with the defect on; a baseline project per profile runs the same tests without it.
const defectProjects = (plan: KillProject[]) => [
  ...baselinePlan(plan).map((b) => ({ name: b.name, grep: b.grep, use: { ...options, profile: b.profile, defects: [] } })),
  ...plan.map((k) => ({ name: k.name, grep: k.grep, use: { ...options, profile: k.profile, ...(k.siteSource ? { defects: [], siteSource: k.siteSource } : { defects: [k.defect] }) } })),
]

export default defineConfig<ConformanceOptions>({
  testDir: 'specs',
  outputDir: `${reports}/test-results`,
  fullyParallel: true,
  forbidOnly: Boolean(env.CI),
  retries: 0,
  // A target outside the suite is shared and persistent, and its clock is global: one worker unless told otherwise.
  workers: env.BAOMING_WORKERS ? Number(env.BAOMING_WORKERS) : options.adapter ? 1 : 2,
  reporter,
  use: {
    ...CONTEXT_OPTIONS,
    launchOptions,
    // A failing test keeps its trace (actions, network, console) and a screenshot as evidence. DOM
    // snapshots after every action (`--dom-snapshots`) and screencast frames are left out by default:
    // recording them for every passing test cost about a fifth of the suite's CPU.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: env.BAOMING_DOM_SNAPSHOTS === '1', sources: false },
    screenshot: 'only-on-failure',
  },
  // `npm run defects` sets BAOMING_DEFECT_RUN: one project per seeded defect, running its rules' tests under its profile.
  // `defects --fresh` sets BAOMING_FRESH_PLAN: a JSON kill plan of drawn defects, each a patched site.
  projects: env.BAOMING_FRESH_PLAN ? defectProjects(JSON.parse(readFileSync(env.BAOMING_FRESH_PLAN, 'utf8')).map((k: KillProject) => ({ ...k, grep: new RegExp(k.grep as unknown as string) })))
    : env.BAOMING_DEFECT_RUN ? defectProjects(killPlan(parseDefectList(env.BAOMING_DEFECT_RUN), reports)) : [
    // The reference site's own browser tests (src/site/e2e): smoke journeys through its pages.
    { name: 'smoke', testDir: 'src/site/e2e', grep: /@smoke/ },
    // The reference site as a training target: a trainee from scratch to 已缴费 per portal profile, the class of five.
    { name: 'classroom', testDir: 'src/site/e2e', grep: /@classroom/ },
    // docs/trainer-guide.md's screenshots (`npm run screenshots`).
    { name: 'trainer-guide', testDir: 'src/site/e2e', grep: /@trainer-guide/ },
    // The README's screenshots (`npm run screenshots`), from the default profile's pages and the last report.
    { name: 'docs', testDir: 'src/site/e2e', grep: /@docs/, use: { profile: 'hubei-2026', ...options } },
    // One project per profile, named by its ID: it runs the tests tagged for the profile.
    ...profiles.map((profile) => ({ name: profile, grep: new RegExp(`@profile:${profile}(\\s|$)`), use: { profile, ...options } })),
  ],
})
