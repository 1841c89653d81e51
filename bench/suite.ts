// npm run bench:suite — what the conformance suite's inner loops cost on this machine: a page load of
// the reference site in the configured Chromium (with Baoming's flags, and without its extra disabled
// features); one call of the site's JSON API from the harness (in process, over HTTP past MSW, and
// through MSW's interceptor as a plain fetch would go); and a whole enrolment through the reference
// adapter (register to 提交报名) in process and over HTTP. CPU per operation counts Chromium's
// processes too.
import { chromium } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { findBrowser, PLAYWRIGHT_DISABLED_FEATURES, SYSTEM_CHROMIUM_ARGS } from '../scripts/browser.mjs'
import { startReferenceSite } from '../fixtures/adapters/reference/startReferenceSite.ts'
import { SiteClient } from '../src/site/client/siteClient.ts'
import { inProcess } from '../src/site/client/transports.ts'
import { referenceTarget } from '../fixtures/adapters/referenceSite.ts'
import { makeUnique, uniqueCandidate } from '../fixtures/unique.ts'
import { candidateExample } from '../src/rules/examples.ts'
import { ctxFor } from '../src/rules/rule.ts'

const PAGES = ['/register', '/login', '/']
const LOADS = Number(process.env.BENCH_LOADS ?? 40)
const CALLS = Number(process.env.BENCH_CALLS ?? 500)
const ENROLMENTS = Number(process.env.BENCH_ENROLMENTS ?? 100)

/** CPU milliseconds used so far by every running Chromium process (from /proc; 0 where there is none). */
function chromiumCpuMs(): number {
  let ticks = 0
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chrom')) continue
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch { /* the process ended meanwhile */ }
  }
  return ticks * 10 // USER_HZ is 100 on Linux
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000

async function pageLoads(url: string, label: string, args: string[]) {
  const found = findBrowser()
  if (!found) throw new Error('no Chromium found: run `node scripts/setup.mjs` first')
  const browser = await chromium.launch(found.kind === 'system' ? { executablePath: found.path, args } : { args })
  const page = await (await browser.newContext({ baseURL: url })).newPage()
  for (const path of PAGES) {
    await page.goto(path)
    const c0 = chromiumCpuMs(), n0 = process.cpuUsage(), t0 = performance.now()
    for (let i = 0; i < LOADS; i++) await page.goto(path)
    const wall = (performance.now() - t0) / LOADS
    console.log(`  ${label.padEnd(34)} ${path.padEnd(10)} ${wall.toFixed(1).padStart(6)} ms wall  ${((chromiumCpuMs() - c0) / LOADS).toFixed(1).padStart(6)} ms Chromium CPU  ${(cpuMs(process.cpuUsage(n0)) / LOADS).toFixed(1).padStart(5)} ms Node CPU`)
  }
  await browser.close()
}

async function apiCalls(label: string, call: () => Promise<unknown>, times = CALLS) {
  for (let i = 0; i < Math.min(50, times); i++) await call()
  const n0 = process.cpuUsage(), t0 = performance.now()
  for (let i = 0; i < times; i++) await call()
  console.log(`  ${label.padEnd(34)} ${((performance.now() - t0) / times).toFixed(2).padStart(6)} ms wall  ${(cpuMs(process.cpuUsage(n0)) / times).toFixed(2).padStart(6)} ms CPU`)
}

const ref = await startReferenceSite('hubei-2026')
try {
  console.log(`Browser: ${findBrowser()?.path}; ${LOADS} loads of each page after one warm-up`)
  await pageLoads(ref.url, "Baoming's flags", SYSTEM_CHROMIUM_ARGS)
  await pageLoads(ref.url, "Playwright's features only", [...SYSTEM_CHROMIUM_ARGS.filter((a) => !a.startsWith('--disable-features=')), `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`])
  console.log(`JSON API: GET /api/captcha, ${CALLS} calls, with the in-process mocks (MSW) listening`)
  const local = ref.client()
  const http = new SiteClient(ref.url)
  await apiCalls('SiteClient (in process)', () => local.call('GET', '/api/captcha'))
  await apiCalls('SiteClient (HTTP, past MSW)', () => http.call('GET', '/api/captcha'))
  await apiCalls('global fetch (through MSW)', async () => (await fetch(`${ref.url}/api/captcha`)).json())
  console.log(`Enrolment of a fresh graduate through the reference adapter, register to 提交报名, ${ENROLMENTS} times`)
  const graduate = candidateExample('fresh-graduate', ctxFor('hubei-2026'))
  // Each run its own people: the second starts from a graduate born ten days later (other ID numbers).
  for (const [label, site, base] of [['in process', ref, graduate], ['over HTTP', { ...ref, client: () => new SiteClient(ref.url) }, uniqueCandidate(graduate, 5000)]] as const) {
    const target = referenceTarget(site, 'hubei-2026')
    let blocks = 0
    const unique = makeUnique(() => blocks++)
    await apiCalls(label, async () => {
      const e = await target.api.enrol(unique(base))
      if (e.refused) throw new Error(`the example was refused: ${JSON.stringify(e.refused)}`)
    }, ENROLMENTS)
  }
} finally {
  await ref.close()
}
