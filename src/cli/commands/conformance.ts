import { Command, Option } from 'commander'
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { PROFILE_IDS, type ProfileId } from '../../rules/profiles.ts'
import type { ConformanceReport } from '../../report/conformance.ts'
import { consoleSummary } from '../../report/consoleSummary.ts'
import { loadExpectedFailures } from '../../report/expectedFailures.ts'
import { parseInteger, parseProfile, parseShard } from '../options.ts'
import { PACKAGE_ROOT as ROOT } from '../../packageRoot.ts'
import { UsageError } from '../usageError.ts'
import { oneLine } from '../oneLine.ts'
import { preflight, PreflightError } from '../preflight.ts'
import { parseDefects } from '../../site/defects/parseDefects.ts'
import { readReferenceFile } from '../../../fixtures/reference.ts'

/**
 * The default profile: hubei-2026 is the seed with the whole lifecycle (national platform, provincial
 * materials portal with locking, return for correction, payment), so its run exercises the most rules.
 */
export const DEFAULT_PROFILE: ProfileId = 'hubei-2026'

const EXPECTED_FAILURES = 'conformance.expected-failures.json'
const REFERENCE_ADAPTER = join(ROOT, 'fixtures', 'adapters', 'referenceSite.ts')

interface Opts {
  profile?: ProfileId
  allProfiles?: boolean
  baseUrl?: string
  adapter?: string
  expectedFailures: string
  reference?: string
  grep?: string
  repeatEach?: number
  shard?: string
  workers?: number
  reports: string
  defects?: string[]
  domSnapshots?: boolean
  preflight: boolean
  /** False with --no-security: the security baseline is neither run nor reported. */
  security: boolean
}

/** The expected-failures file: a file named on the command line must exist, and name only rules of the catalogue. */
async function checkExpectedFailures(file: string, named: boolean): Promise<void> {
  if (!existsSync(file)) {
    if (named) throw new UsageError(`--expected-failures ${file} not found; give an existing file or leave the option out`)
    return
  }
  let declared: string[]
  try {
    declared = Object.keys(loadExpectedFailures(file))
  } catch (err) {
    throw new UsageError(oneLine(err))
  }
  const { RULES } = await import('../../rules/catalogue.ts')
  const known = new Set(RULES.map((r) => r.id))
  const unknown = declared.filter((id) => !known.has(id))
  if (unknown.length) throw new UsageError(`${file} names rules the catalogue does not have: ${unknown.join(', ')}; fix the IDs (npx baoming rules lists them)`)
}

/** A path as the user would type it: relative when under the current folder. */
function shown(path: string): string {
  const r = relative(process.cwd(), path)
  return r && !r.startsWith('..') ? r : path
}

/** The reports folder, created and writable, or one line saying why not. */
function reportsFolder(dir: string): string {
  const reports = resolve(dir)
  try {
    mkdirSync(reports, { recursive: true })
    accessSync(reports, constants.W_OK)
  } catch (err) {
    throw new UsageError(`cannot write --reports ${dir}: ${oneLine(err)}`)
  }
  return reports
}

export function conformanceCommand(): Command {
  const cmd: Command = new Command('conformance')
    .description('Run the conformance suite against the reference site (default) or your system (--base-url, --adapter) and write the reports')
    .option('-p, --profile <profile>', `profile to check (${PROFILE_IDS.join(', ')}); default ${DEFAULT_PROFILE}`, parseProfile)
    .option('--all-profiles', 'check every profile, one Playwright project each')
    .option('--base-url <url>', 'base URL of the system under test (with --adapter)')
    .option('--adapter <module>', 'adapter module for your system, TypeScript or JavaScript (see docs/adapters.md); default: the reference site, started per worker')
    .option('--expected-failures <file>', 'declared deviations, keyed by rule ID', EXPECTED_FAILURES)
    .option('--reference <file>', "your system's exam year, 考区/考点, units, schools and majors as JSON, in place of the adapter's reference() (docs/adapters.md)")
    .option('-g, --grep <pattern>', 'only tests matching, e.g. @rule:PHOTO-SIZE')
    .addOption(new Option('--repeat-each <n>', 'run each test n times (flakiness check)').argParser(parseInteger('--repeat-each', 1, 100)))
    .option('--shard <i/n>', 'run one shard; merge the blob reports with `npx playwright merge-reports` (docs/ci.md)', parseShard)
    .addOption(new Option('--workers <n>', 'parallel workers').argParser(parseInteger('--workers', 1, 64)))
    .option('--reports <dir>', 'where the reports go', 'reports')
    .option('--defects <names>', 'switch on seeded defects in the reference site, comma-separated (docs/defects.md)', parseDefects)
    .option('--dom-snapshots', "keep DOM snapshots in a failing test's trace (the run takes about a fifth longer)")
    .option('--no-security', 'leave out the security baseline (安全基线, OWASP ASVS 5.0 rules) for teams that test it elsewhere')
    .option('--no-preflight', 'skip the check that the adapter loads, the target answers and a login works')
    .addHelpText('after', `
Before the suite runs, a preflight loads the adapter, checks that the target answers and that a freshly
registered account can log in; when any of that fails it says so in one line, exits 3 and reports nothing.

Examples:
  npm run conformance                                   reference site, profile ${DEFAULT_PROFILE}
  npx baoming conformance --profile hebei-shijiazhuang-2022
  npx baoming conformance --all-profiles
  npx baoming conformance --grep @rule:PHOTO-SIZE
  npx baoming conformance --no-security                 without the security baseline (安全基线)
  npx baoming conformance --grep @rule:ID-AGE-MAX --defects age-76-accepted   (a seeded defect on: expect failures)
  npx baoming conformance --base-url https://my.site --adapter ./my-adapter.ts --profile hunan-2025`)
    .action(async (o: Opts) => {
      if (o.profile && o.allProfiles) throw new UsageError('give --profile or --all-profiles, not both')
      if (o.baseUrl && !o.adapter) throw new UsageError('--base-url needs --adapter: the specs reach your system through an adapter module (docs/adapters.md)')
      if (o.defects?.length && o.adapter) throw new UsageError('--defects switches defects on in the reference site; it does not apply with --adapter')
      if (o.adapter && !existsSync(resolve(o.adapter))) throw new UsageError(`adapter module ${o.adapter} not found; give the path of your adapter (docs/adapters.md)`)
      await checkExpectedFailures(o.expectedFailures, cmd.getOptionValueSource('expectedFailures') !== 'default')
      if (o.reference) {
        try { readReferenceFile(o.reference) } catch (err) { throw new UsageError((err as Error).message) }
      }
      const profiles: ProfileId[] = o.allProfiles ? [...PROFILE_IDS] : [o.profile ?? DEFAULT_PROFILE]
      const reports = reportsFolder(o.reports)
      for (const p of profiles) rmSync(join(reports, `conformance-${p}.json`), { force: true })
      if (o.preflight) {
        for (const profile of profiles) {
          try {
            await preflight({ adapter: o.adapter ? resolve(o.adapter) : REFERENCE_ADAPTER, profile, baseURL: o.baseUrl })
          } catch (err) {
            if (!(err instanceof PreflightError)) throw err
            console.error(`baoming: preflight (${profile}): ${err.message}`)
            process.exitCode = 3
            return
          }
        }
      }
      rmSync(join(reports, 'allure-results'), { recursive: true, force: true })
      const args = ['playwright', 'test', ...profiles.map((p) => `--project=${p}`)]
      if (o.grep) args.push('--grep', o.grep)
      if (!o.security) args.push('--grep-invert', '@security')
      if (o.repeatEach) args.push(`--repeat-each=${o.repeatEach}`)
      if (o.shard) args.push(`--shard=${o.shard}`)
      if (o.workers) args.push(`--workers=${o.workers}`)
      const env = {
        ...process.env,
        BAOMING_PROFILES: profiles.join(','),
        BAOMING_ADAPTER: o.adapter ? resolve(o.adapter) : '',
        BAOMING_BASE_URL: o.baseUrl ?? '',
        BAOMING_EXPECTED_FAILURES: resolve(o.expectedFailures),
        BAOMING_REFERENCE: o.reference ? resolve(o.reference) : '',
        BAOMING_REPORTS: reports,
        BAOMING_DEFECTS: (o.defects ?? []).join(','),
        BAOMING_DOM_SNAPSHOTS: o.domSnapshots ? '1' : '',
        BAOMING_NO_SECURITY: o.security ? '' : '1',
        // Installed as a package, the harness's own TypeScript is under node_modules, which Playwright does not compile: tsx does.
        ...(ROOT.includes('/node_modules/') && { NODE_OPTIONS: [process.env.NODE_OPTIONS, '--import tsx'].filter(Boolean).join(' ') }),
      }
      const started = Date.now()
      const run = spawnSync('npx', args, { cwd: ROOT, env, stdio: 'inherit' })
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      console.log(`\nConformance (${seconds} s, target ${o.baseUrl ?? (o.adapter ? `adapter ${o.adapter}` : 'reference site')}):`)
      let failing = 0
      for (const p of profiles) {
        const file = join(reports, `conformance-${p}.json`)
        if (!existsSync(file)) {
          console.log(`${p}: no report (did the run start? see Playwright's output above)`)
          failing++
          continue
        }
        const s = consoleSummary(JSON.parse(readFileSync(file, 'utf8')) as ConformanceReport, shown(file))
        failing += s.failing
        for (const l of s.lines) console.log(l)
      }
      console.log(`Playwright HTML: ${shown(join(reports, 'playwright-html', 'index.html'))} · JUnit: ${shown(join(reports, 'junit.xml'))} · Allure: npm run report${o.reports === 'reports' ? '' : ` -- --reports ${o.reports}`}`)
      process.exitCode = run.status === 0 && failing === 0 ? 0 : 1
    })
  return cmd
}
