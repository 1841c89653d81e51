import { Command, Option } from 'commander'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PROFILE_IDS, type ProfileId } from '../../rules/profiles.ts'
import { VERDICTS, type ConformanceReport } from '../../report/conformance.ts'
import { loadExpectedFailures } from '../../report/expectedFailures.ts'
import { parseInteger, parseProfile } from '../options.ts'
import { UsageError } from '../main.ts'
import { parseDefects } from '../../site/defects/parseDefects.ts'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/**
 * The default profile: hubei-2026 is the seed with the whole lifecycle (national platform, provincial
 * materials portal with locking, return for correction, payment), so its run exercises the most rules.
 */
export const DEFAULT_PROFILE: ProfileId = 'hubei-2026'

interface Opts {
  profile?: ProfileId
  allProfiles?: boolean
  baseUrl?: string
  adapter?: string
  expectedFailures: string
  grep?: string
  repeatEach?: number
  shard?: string
  workers?: number
  reports: string
  defects?: string[]
  domSnapshots?: boolean
}

/** One line per profile: counts per verdict, then where the reports are. */
function summary(reports: string, profiles: readonly ProfileId[]): { lines: string[]; failing: number } {
  const lines: string[] = []
  let failing = 0
  for (const p of profiles) {
    const file = join(reports, `conformance-${p}.json`)
    if (!existsSync(file)) {
      lines.push(`${p}: no report (did the run start?)`)
      failing++
      continue
    }
    const r = JSON.parse(readFileSync(file, 'utf8')) as ConformanceReport
    failing += r.summary.fail + r.summary['unexpected-pass'] + (r.summary.error ?? 0)
    lines.push(`${p}: ${VERDICTS.map((v) => `${v} ${r.summary[v] ?? 0}`).join(' · ')}`)
    // An error is not the target's fault: say what kept the suite from judging (first few rules).
    const errors = r.rules.filter((x) => x.verdict === 'error')
    for (const x of errors.slice(0, 10)) lines.push(`  error ${x.id}: ${(x.reasons ?? []).join('; ') || 'the test could not judge it'}`)
    if (errors.length > 10) lines.push(`  … ${errors.length - 10} more rules in error (see the report)`)
    lines.push(`  ${file}  ${file.replace(/\.json$/, '.html')}`)
  }
  return { lines, failing }
}

export function conformanceCommand(): Command {
  return new Command('conformance')
    .description('Run the conformance suite against the reference site (default) or your system (--base-url, --adapter) and write the reports')
    .option('-p, --profile <profile>', `profile to check (${PROFILE_IDS.join(', ')}); default ${DEFAULT_PROFILE}`, parseProfile)
    .option('--all-profiles', 'check every profile, one Playwright project each')
    .option('--base-url <url>', 'base URL of the system under test (with --adapter)')
    .option('--adapter <module>', 'adapter module for your system (see docs/adapters.md); default: the reference site, started per worker')
    .option('--expected-failures <file>', 'declared deviations, keyed by rule ID', 'conformance.expected-failures.json')
    .option('-g, --grep <pattern>', 'only tests matching, e.g. @rule:PHOTO-SIZE')
    .addOption(new Option('--repeat-each <n>', 'run each test n times (flakiness check)').argParser(parseInteger('--repeat-each', 1, 100)))
    .option('--shard <i/n>', 'run one shard; merge the blob reports with `npx playwright merge-reports`')
    .addOption(new Option('--workers <n>', 'parallel workers').argParser(parseInteger('--workers', 1, 64)))
    .option('--reports <dir>', 'where the reports go', 'reports')
    .option('--defects <names>', 'switch on seeded defects in the reference site, comma-separated (docs/defects.md)', parseDefects)
    .option('--dom-snapshots', "keep DOM snapshots in a failing test's trace (the run takes about a fifth longer)")
    .addHelpText('after', `
Examples:
  npm run conformance                                   reference site, profile ${DEFAULT_PROFILE}
  npx baoming conformance --profile hebei-shijiazhuang-2022
  npx baoming conformance --all-profiles
  npx baoming conformance --grep @rule:PHOTO-SIZE
  npx baoming conformance --grep @rule:ID-AGE-MAX --defects age-76-accepted   (a seeded defect on: expect failures)
  npx baoming conformance --base-url https://my.site --adapter ./my-adapter.ts --profile hunan-2025`)
    .action((o: Opts) => {
      if (o.profile && o.allProfiles) throw new UsageError('give --profile or --all-profiles, not both')
      if (o.baseUrl && !o.adapter) throw new UsageError('--base-url needs --adapter: the specs reach your system through an adapter module (docs/adapters.md)')
      if (o.defects?.length && o.adapter) throw new UsageError('--defects switches defects on in the reference site; it does not apply with --adapter')
      if (o.adapter && !existsSync(resolve(o.adapter))) throw new UsageError(`adapter module ${o.adapter} not found`)
      loadExpectedFailures(o.expectedFailures) // fails early on a malformed file
      const profiles: ProfileId[] = o.allProfiles ? [...PROFILE_IDS] : [o.profile ?? DEFAULT_PROFILE]
      const reports = resolve(o.reports)
      for (const p of profiles) rmSync(join(reports, `conformance-${p}.json`), { force: true })
      rmSync(join(reports, 'allure-results'), { recursive: true, force: true })
      const args = ['playwright', 'test', ...profiles.map((p) => `--project=${p}`)]
      if (o.grep) args.push('--grep', o.grep)
      if (o.repeatEach) args.push(`--repeat-each=${o.repeatEach}`)
      if (o.shard) args.push(`--shard=${o.shard}`)
      if (o.workers) args.push(`--workers=${o.workers}`)
      const env = {
        ...process.env,
        BAOMING_PROFILES: profiles.join(','),
        BAOMING_ADAPTER: o.adapter ? resolve(o.adapter) : '',
        BAOMING_BASE_URL: o.baseUrl ?? '',
        BAOMING_EXPECTED_FAILURES: resolve(o.expectedFailures),
        BAOMING_REPORTS: reports,
        BAOMING_DEFECTS: (o.defects ?? []).join(','),
        BAOMING_DOM_SNAPSHOTS: o.domSnapshots ? '1' : '',
      }
      const started = Date.now()
      const run = spawnSync('npx', args, { cwd: ROOT, env, stdio: 'inherit' })
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      const { lines, failing } = summary(reports, profiles)
      console.log(`\nConformance (${seconds} s, target ${o.baseUrl ?? 'reference site'}):`)
      for (const l of lines) console.log(l)
      console.log(`Playwright HTML: ${join(reports, 'playwright-html', 'index.html')} · JUnit: ${join(reports, 'junit.xml')} · Allure: npm run report`)
      process.exitCode = run.status === 0 && failing === 0 ? 0 : 1
    })
}
