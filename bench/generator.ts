// npm run bench:generator — generator throughput on one core (no files); `baoming generate` against
// Python Faker (ssn + name + phone, Debian's python3-fake-factory) on 200,000 records each, startup
// included, in the same run; and the time and peak RSS of streaming 1,000,000 candidates to NDJSON
// through `baoming generate` (temp files, deleted).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCandidate } from '../src/generator/index.ts'

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000)

/** Records per second by wall clock and by this process's CPU time (robust when other work shares the cores). */
function throughput(): { wall: number; cpu: number } {
  for (let i = 0; i < 5_000; i++) generateCandidate({ seed: i, profile: 'hubei-2026' }) // warm-up
  const n = 100_000
  const t = performance.now()
  const c = process.cpuUsage()
  let sink = 0
  for (let i = 0; i < n; i++) sink += generateCandidate({ seed: i, profile: 'hubei-2026' }).candidate.idNumber.length
  const s = (performance.now() - t) / 1000
  const u = process.cpuUsage(c)
  if (sink === 0) throw new Error('unreachable')
  return { wall: n / s, cpu: n / ((u.user + u.system) / 1e6) }
}

/** Runs a streaming command under GNU time; its %M is the child's peak resident set in KB. */
function stream(command: string, args: string[], nodeOptions = ''): { seconds: number; peakMB: number; fileMB: number } {
  const dir = mkdtempSync(join(tmpdir(), 'baoming-bench-'))
  const out = join(dir, 'candidates.ndjson')
  try {
    const t = performance.now()
    const r = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args.map((a) => a.replace('{out}', out))], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: nodeOptions } })
    const seconds = (performance.now() - t) / 1000
    if (r.status !== 0) throw new Error(`generate failed: ${r.stderr}`)
    const peakKB = Number(r.stderr.trim().split('\n').at(-1))
    return { seconds, peakMB: peakKB / 1024, fileMB: statSync(out).size / 1024 / 1024 }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Wall-clock seconds and CPU seconds (user + system) of one command writing `{out}` in a temp folder. */
function timed(command: string, args: string[]): { seconds: number; cpu: number } | string {
  const dir = mkdtempSync(join(tmpdir(), 'baoming-bench-'))
  try {
    const t = performance.now()
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', command, ...args.map((a) => a.replace('{out}', join(dir, 'out')))], { encoding: 'utf8' })
    const seconds = (performance.now() - t) / 1000
    if (r.status !== 0) return r.stderr.trim().split('\n').at(-2) ?? `exit ${r.status}`
    const [user, sys] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number)
    return { seconds, cpu: user! + sys! }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A python3 that has Faker, or undefined. */
function pythonWithFaker(): string | undefined {
  return ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import faker'], { stdio: 'ignore' }).status === 0)
}

const here = (p: string) => new URL(p, import.meta.url).pathname
const VERSUS = Number(process.env.BENCH_VERSUS_COUNT ?? 200_000)
const python = pythonWithFaker()
const cli = timed(here('../bin/baoming.js'), ['generate', '--count', String(VERSUS), '--seed', '1', '--profile', 'hubei-2026', '--out', '{out}'])
if (typeof cli === 'string') throw new Error(`baoming generate failed: ${cli}`)
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en')
console.log(`npx baoming generate: ${VERSUS.toLocaleString('en')} whole candidates in ${cli.seconds.toFixed(1)} s, startup included: ${rate(VERSUS, cli.seconds)}/s (${rate(VERSUS, cli.cpu)} per CPU-second)`)
if (!python) {
  console.log('Python Faker: not installed, no comparison. Install it with `sudo apt-get install python3-fake-factory` (Debian/Ubuntu) and run again.')
} else {
  const py = timed(python, [here('./faker3.py'), String(VERSUS), '{out}'])
  if (typeof py === 'string') {
    console.log(`Python Faker: failed (${py}); no comparison`)
  } else {
    console.log(`Python Faker (${python}, zh_CN ssn + name + phone): ${VERSUS.toLocaleString('en')} records in ${py.seconds.toFixed(1)} s, startup included: ${rate(VERSUS, py.seconds)}/s (${rate(VERSUS, py.cpu)} per CPU-second)`)
    console.log(`baoming generate is ${(py.seconds / cli.seconds).toFixed(1)}× Python Faker's rate by wall clock, ${(py.cpu / cli.cpu).toFixed(1)}× per CPU-second  (target ≥ 4×)`)
  }
}

const perSecond = throughput()
console.log(`candidates per second (one core, no files): ${Math.round(perSecond.wall).toLocaleString('en')} by wall clock, ${Math.round(perSecond.cpu).toLocaleString('en')} per CPU-second  (target ≥ 25,000)`)
// The live set stays under 30 MB (flat after a full GC); without caps V8 lets garbage pile up
// before collecting, so the heap caps below are what "bounded memory" means in practice.
const CAPS = '--max-old-space-size=96 --max-semi-space-size=2'
const GENERATOR = ['--import', 'tsx', here('./streamCandidates.ts'), '{out}', String(COUNT)]
const CLI = ['generate', '--count', String(COUNT), '--seed', '1', '--profile', 'hubei-2026', '--out', '{out}']
// The bin runs as an executable, as `npx baoming` does, so its shebang's V8 flags apply.
const runs = [
  ['generator stream, heap capped', 'node', GENERATOR, CAPS],
  ['npx baoming generate (the bin as installed)', here('../bin/baoming.js'), CLI, ''],
] as const
for (const [label, command, args, caps] of runs) {
  const s = stream(command, [...args], caps)
  console.log(`${label}: ${COUNT.toLocaleString('en')} candidates to NDJSON (${s.fileMB.toFixed(0)} MB) in ${s.seconds.toFixed(1)} s (${Math.round(COUNT / s.seconds).toLocaleString('en')}/s); peak RSS ${s.peakMB.toFixed(0)} MB  (target < 200 MB)${caps ? ` [NODE_OPTIONS=${caps}]` : ''}`)
}
