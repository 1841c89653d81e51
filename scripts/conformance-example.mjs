#!/usr/bin/env node
// npm run conformance:example: the suite under hunan-2025 against the example target (examples/hunan-lite),
// through its adapter (which starts a server per worker), reports under reports/example/. Then the
// check that makes it a test: exactly the planted deviations (deviations.json) are `fail`, nothing else.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const reports = 'reports/example'
const env = {
  ...process.env,
  BAOMING_ADAPTER: 'examples/hunan-lite/adapter.ts',
  BAOMING_PROFILES: 'hunan-2025',
  BAOMING_REPORTS: reports,
  BAOMING_EXPECTED_FAILURES: 'examples/hunan-lite/no-expected-failures.json',
  // Each worker has its own server (and clock): two workers are safe.
  BAOMING_WORKERS: process.env.BAOMING_WORKERS ?? '2',
}
// The planted deviations fail, so Playwright's exit code is not the verdict: the report is.
spawnSync('npx', ['playwright', 'test', '--project', 'hunan-2025', ...process.argv.slice(2)], { stdio: 'inherit', env })

const file = `${reports}/conformance-hunan-2025.json`
if (!existsSync(file)) {
  console.error(`conformance:example: no report at ${file}: the run did not get as far as writing it (see the output above)`)
  process.exit(1)
}
const report = JSON.parse(readFileSync(file, 'utf8'))
const planted = JSON.parse(readFileSync('examples/hunan-lite/deviations.json', 'utf8')).sort()
const failing = report.rules.filter((r) => r.verdict === 'fail').map((r) => r.id).sort()
console.log(`example target under hunan-2025: ${Object.entries(report.summary).map(([v, n]) => `${v} ${n}`).join(', ')}`)
const missed = planted.filter((id) => !failing.includes(id))
const unfair = failing.filter((id) => !planted.includes(id))
if (missed.length) console.error(`planted deviations not reported as fail: ${missed.join(', ')}`)
if (unfair.length) console.error(`rules reported as fail that the example does not break: ${unfair.join(', ')}`)
if (report.summary.error) console.error(`rules the suite could not judge (error): ${report.rules.filter((r) => r.verdict === 'error').map((r) => r.id).join(', ')}`)
process.exit(missed.length || unfair.length || report.summary.error ? 1 : 0)
