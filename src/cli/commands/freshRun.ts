import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PACKAGE_ROOT } from '../../packageRoot.ts'
import { drawOrder } from '../../site/defects/grammar.ts'
import { scratchSite } from '../../site/defects/patch.ts'
import { baselineOf, projectOf, rulesGrep, type KillProject } from '../../site/defects/killPlan.ts'
import { brokenRules, type TourResult } from '../../site/defects/tour.ts'
import { testsOfJsonReport } from '../../report/defects.ts'
import { freshReport, type FreshDefect } from '../../report/defectsFresh.ts'
import type { ProfileId } from '../../rules/profiles.ts'

const ROOT = PACKAGE_ROOT + '/'
const PROFILE: ProfileId = 'hubei-2026'

const TOUR_MAIN = join(PACKAGE_ROOT, 'src/site/defects/tourMain.ts')

/** Tours several sites at once, each in its own process (the tour is CPU-bound; a process each shares the cores). */
async function tours(entries: string[], dir: string, data: { seeded?: string; keepSeeded?: string } = {}): Promise<TourResult[]> {
  return Promise.all(entries.map((entry, i) => new Promise<TourResult>((done) => {
    const out = join(dir, `tour-${i}.json`)
    const child = spawn(process.execPath, ['--import', 'tsx', TOUR_MAIN, entry, out, data.seeded ?? '', data.keepSeeded ?? ''], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', () => done(existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as TourResult) : { crashed: 'the tour process wrote nothing' }))
  })))
}

/**
 * `baoming defects --fresh SEED`: draws changes from the grammar (src/site/defects/grammar.ts) in the
 * seed's order, applies each to a scratch copy of the site and tours it (src/site/defects/tour.ts):
 * a change that makes a probe of a catalogue rule see something else than on the shipped site breaks
 * that rule. Draws until `want` breaking defects (or `maxDraws`), then runs the suite's tests of each
 * one's broken rules against its patched site, in one Playwright run with a baseline. Writes
 * reports/defects-fresh.json and prints the kill rate with its 95% interval.
 */
export async function freshRun(o: { seed: number; want: number; maxDraws: number; reports: string; workers?: number; parallel?: number }): Promise<number> {
  const reports = resolve(o.reports)
  const work = join(reports, 'defects-fresh-run')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const started = Date.now()
  // The shipped site's tour seeds the demo population once; every patched site starts from a copy of it.
  const seeded = join(work, 'seeded')
  const [shipped] = await tours([join(ROOT, 'src/site/createSite.ts')], work, { keepSeeded: seeded })
  if (!shipped || 'crashed' in shipped) throw new Error(`the rule tour does not run on the shipped site: ${shipped && 'crashed' in shipped ? shipped.crashed : ''}`)
  const defects: FreshDefect[] = []
  const plan: KillProject[] = []
  const order = drawOrder(o.seed)
  const parallel = o.parallel ?? 6
  // In the seed's order, a batch at a time, until enough break a rule (the last batch is kept whole).
  while (plan.length < o.want && defects.length < Math.min(o.maxDraws, order.length)) {
    const batch = order.slice(defects.length, Math.min(defects.length + parallel, o.maxDraws))
    const names = batch.map((_, i) => `fresh-${defects.length + i + 1}`)
    const entries = batch.map((m, i) => scratchSite(join(work, 'sites', names[i]!), [m.patch]))
    const results = await tours(entries, join(work, 'sites'), { seeded })
    batch.forEach((m, i) => {
      const name = names[i]!
      const result = results[i]!
      const mutation = { id: m.id, production: m.production, file: m.file, line: m.line, before: m.before, after: m.after }
      if ('crashed' in result) {
        defects.push({ name, mutation, verdict: 'crashed', rules: [], crash: result.crashed })
      } else {
        const broken = brokenRules(shipped.probes, result.probes)
        defects.push({ name, mutation, verdict: broken.rules.length ? 'breaking' : 'equivalent', rules: broken.rules, probes: broken.probes })
        if (broken.rules.length) plan.push({ name: projectOf(name), defect: name, profile: PROFILE, rules: broken.rules, grep: rulesGrep(PROFILE, broken.rules), siteSource: entries[i]! })
      }
      const d = defects.at(-1)!
      console.log(`${name.padEnd(9)} ${d.verdict.padEnd(10)} ${m.id}${d.rules.length ? `  breaks ${d.rules.join(', ')}` : d.crash ? `  (${d.crash})` : ''}`)
      if (d.verdict !== 'breaking') rmSync(join(work, 'sites', name), { recursive: true, force: true })
    })
  }
  const tourSeconds = Math.round((Date.now() - started) / 1000)
  console.log(`\n${defects.length} drawn, ${plan.length} breaking (rule tour: ${tourSeconds} s); running the tests of their rules…`)
  const planFile = join(work, 'plan.json')
  writeFileSync(planFile, JSON.stringify(plan.map((k) => ({ ...k, grep: k.grep.source }))))
  const json = join(work, 'results.json')
  const killStarted = Date.now()
  if (plan.length) {
    const env = { ...process.env, BAOMING_FRESH_PLAN: planFile, BAOMING_REPORTS: work, PLAYWRIGHT_JSON_OUTPUT_FILE: json, PLAYWRIGHT_JSON_OUTPUT_NAME: json }
    const args = ['playwright', 'test', '--reporter=dot,json', '--trace=off', ...(o.workers ? [`--workers=${o.workers}`] : [])]
    spawnSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] })
    if (!existsSync(json)) throw new Error(`Playwright wrote no results (${json}); did it start?`)
    const tests = testsOfJsonReport(JSON.parse(readFileSync(json, 'utf8')))
    const baseline = new Map(tests.filter((t) => t.project === baselineOf(PROFILE)).map((t) => [t.id, t]))
    for (const d of defects.filter((x) => x.verdict === 'breaking')) {
      const killers = tests.filter((t) => t.project === projectOf(d.name) && t.failed && baseline.get(t.id) && !baseline.get(t.id)!.failed)
      d.killed = killers.length > 0
      d.by = killers.map((t) => t.id)
    }
  }
  const report = freshReport(o.seed, PROFILE, defects, { tour: tourSeconds, kill: Math.round((Date.now() - killStarted) / 1000) })
  rmSync(join(work, 'sites'), { recursive: true, force: true })
  writeFileSync(join(reports, 'defects-fresh.json'), `${JSON.stringify(report, null, 2)}\n`)
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  console.log(`\nFresh defects, seed ${o.seed}: ${report.drawn} drawn, ${report.breaking} breaking a catalogue rule, ${report.killed} killed: ${pct(report.rate)} (95% interval ${pct(report.interval[0])} to ${pct(report.interval[1])})`)
  for (const d of defects.filter((x) => x.verdict === 'breaking' && !x.killed)) console.log(`  survived: ${d.name} ${d.mutation.id} (${d.rules.join(', ')}): ${d.mutation.before} → ${d.mutation.after || '(line removed)'}`)
  console.log(join(reports, 'defects-fresh.json'))
  return report.breaking < 20 ? 1 : 0
}
