import { Command, InvalidArgumentError } from 'commander'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { NAMED_DEFECTS } from '../../site/defects/registry.ts'
import { OUTSIDE_DEFECTS } from '../../site/defects/outside.ts'
import { defectsNamed } from '../../site/defects/switchOn.ts'
import { parseDefects } from '../../site/defects/parseDefects.ts'
import { judgeDefects, testsOfJsonReport } from '../../report/defects.ts'
import { defectsHtml } from '../../report/defectsHtml.ts'
import { PACKAGE_ROOT as ROOT } from '../../packageRoot.ts'
import { parseInteger } from '../options.ts'
import { scratchDirOf, scratchSite } from '../../site/defects/patch.ts'
import { freshRun } from './freshRun.ts'


interface Opts { outside?: boolean; only?: string[]; reports: string; workers?: number; list?: boolean; fresh?: number; breaking: number; maxDraws: number }

/** `baoming defects` (`npm run defects`): every seeded defect against the tests of the rules it breaks, in one Playwright run. */
export function defectsCommand(): Command {
  return new Command('defects')
    .description('Switch on each seeded defect in the reference site, run the tests of the rules it breaks, and write the kill matrix')
    .option('--only <names>', 'only these defects, comma-separated', parseDefects)
    .option('--list', 'list the defects and the rules they break, run nothing')
    .option('--outside', 'the defects written from outside the suite (patches of the site; a measure, not in npm test)')
    .option('--workers <n>', 'parallel workers', parseInteger('--workers', 1, 64))
    .option('--reports <dir>', 'where defects.json and defects.html go', 'reports')
    .option('--fresh <seed>', 'draw defects at random from the grammar of small site changes (a long run: docs/defects.md)', parseInteger('--fresh', 0, 2 ** 31 - 1))
    .option('--breaking <n>', 'with --fresh: how many rule-breaking defects to draw', parseInteger('--breaking', 1, 500), 20)
    .option('--max-draws <n>', 'with --fresh: stop drawing after this many', parseInteger('--max-draws', 1, 5000), 200)
    .addHelpText('after', `
Each defect runs as its own Playwright project (its profile, --grep for its rules' tags); a baseline project per
profile runs the same tests without any defect, and only a test that fails with the defect and passes without it
counts as a kill. Exits 1 when any defect survives.

Examples:
  npm run defects
  npx baoming defects --only no-lock-after-submit,age-76-accepted
  npx baoming defects --list
  npm run defects -- --outside          the 31 defects written from outside the suite
  npm run defects -- --fresh 1342        drawn defects: kill rate with its 95% interval, reports/defects-fresh.json`)
    .action(async (o: Opts) => {
      if (o.fresh !== undefined) {
        if (o.only || o.list) throw new InvalidArgumentError('--fresh draws its own defects: leave out --only and --list')
        process.exitCode = await freshRun({ seed: o.fresh, want: o.breaking, maxDraws: o.maxDraws, reports: o.reports, workers: o.workers })
        return
      }
      const defects = o.only ? defectsNamed(o.only) : o.outside ? [...OUTSIDE_DEFECTS] : [...NAMED_DEFECTS]
      if (o.list) {
        for (const d of defects) console.log(`${d.name.padEnd(38)} ${d.profiles[0]!.padEnd(24)} ${d.rules.join(', ')}`)
        return
      }
      const reports = resolve(o.reports)
      const work = join(reports, 'defects-run')
      rmSync(work, { recursive: true, force: true })
      mkdirSync(work, { recursive: true })
      // A patch defect runs a patched copy of src/site, made here once for its project's workers.
      for (const d of defects) if (d.patch) scratchSite(scratchDirOf(work, d.name), d.patch)
      const json = join(work, 'results.json')
      const env = {
        ...process.env,
        BAOMING_DEFECT_RUN: defects.map((d) => d.name).join(','),
        BAOMING_REPORTS: work,
        PLAYWRIGHT_JSON_OUTPUT_FILE: json,
        PLAYWRIGHT_JSON_OUTPUT_NAME: json,
      }
      const args = ['playwright', 'test', '--reporter=dot,json', '--trace=off']
      if (o.workers) args.push(`--workers=${o.workers}`)
      const started = Date.now()
      spawnSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] })
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      rmSync(join(work, 'sites'), { recursive: true, force: true })
      if (!existsSync(json)) throw new Error(`Playwright wrote no results (${json}); did it start?`)
      const results = judgeDefects(defects, testsOfJsonReport(JSON.parse(readFileSync(json, 'utf8'))))
      mkdirSync(reports, { recursive: true })
      writeFileSync(join(reports, 'defects.json'), `${JSON.stringify(results, null, 2)}\n`)
      writeFileSync(join(reports, 'defects.html'), defectsHtml(results, new Date().toISOString()))
      const survived = results.filter((r) => !r.killed)
      console.log(`\nSeeded defects (${seconds} s): ${results.length - survived.length} killed, ${survived.length} survived of ${results.length}`)
      for (const r of survived) console.log(`  survived: ${r.defect} (${r.rules.join(', ')} under ${r.profile}): ${r.reason}`)
      console.log(`${join(reports, 'defects.json')}  ${join(reports, 'defects.html')}`)
      process.exitCode = survived.length ? 1 : 0
    })
}
