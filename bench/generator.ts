// npm run bench:generator — generator throughput on one core (no files), and the time and peak
// RSS of streaming 1,000,000 candidates to NDJSON through `baoming generate` (temp file, deleted).
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

const perSecond = throughput()
console.log(`candidates per second (one core, no files): ${Math.round(perSecond.wall).toLocaleString('en')} by wall clock, ${Math.round(perSecond.cpu).toLocaleString('en')} per CPU-second  (target ≥ 25,000)`)
const here = (p: string) => new URL(p, import.meta.url).pathname
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
