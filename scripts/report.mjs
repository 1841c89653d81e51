#!/usr/bin/env node
// npm run report [-- --reports DIR]: builds the Allure 3 report from DIR/allure-results (default
// reports/) into DIR/allure and says how to open it: it is an app that loads its data over HTTP, so
// opened as a file it only spins; `npx allure open` serves it.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'

const args = process.argv.slice(2)
const at = args.indexOf('--reports')
if (args.some((a) => a !== '--reports') && at < 0 || (at >= 0 && !args[at + 1])) {
  console.error('report: usage: npm run report [-- --reports DIR]   (DIR: the --reports of the conformance run; default reports)')
  process.exit(2)
}
const reports = at >= 0 ? args[at + 1] : 'reports'
const results = join(reports, 'allure-results')
const out = join(reports, 'allure')
if (!existsSync(results)) {
  console.error(`report: no Allure results in ${results}; run \`npm run conformance\` first (with --reports ${reports} if you gave it one)`)
  process.exit(1)
}
const r = spawnSync('npx', ['allure', 'generate', results, '-o', out, '--name', 'Baoming conformance'], { stdio: ['ignore', 'ignore', 'inherit'] })
if (r.status !== 0) {
  console.error(`report: allure generate failed (see above); the results are in ${results}`)
  process.exit(1)
}
const shown = relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out)
console.log(`Allure report: ${shown}/index.html`)
console.log(`Open it with:  npx allure open ${shown}   (it needs a web server: opened as a file it spins forever)`)
