// npm run bench:generator — generator throughput on one core (no files), and the time and peak
// RSS of streaming 1,000,000 candidates to NDJSON through `baoming generate` (temp file, deleted).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCandidate } from '../src/generator/index.ts'

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000)

function throughput(): number {
  for (let i = 0; i < 5_000; i++) generateCandidate({ seed: i, profile: 'hubei-2026' }) // warm-up
  const n = 100_000
  const t = performance.now()
  let sink = 0
  for (let i = 0; i < n; i++) sink += generateCandidate({ seed: i, profile: 'hubei-2026' }).candidate.idNumber.length
  const s = (performance.now() - t) / 1000
  if (sink === 0) throw new Error('unreachable')
  return n / s
}

function stream(): { seconds: number; peakMB: number; fileMB: number } {
  const dir = mkdtempSync(join(tmpdir(), 'baoming-bench-'))
  const out = join(dir, 'candidates.ndjson')
  try {
    const bin = new URL('../bin/baoming.js', import.meta.url).pathname
    const t = performance.now()
    // GNU time's %M is the child's peak resident set in KB.
    const r = spawnSync('/usr/bin/time', ['-f', '%M', 'node', bin, 'generate', '--count', String(COUNT), '--seed', '1', '--profile', 'hubei-2026', '--out', out], { encoding: 'utf8' })
    const seconds = (performance.now() - t) / 1000
    if (r.status !== 0) throw new Error(`generate failed: ${r.stderr}`)
    const peakKB = Number(r.stderr.trim().split('\n').at(-1))
    return { seconds, peakMB: peakKB / 1024, fileMB: statSync(out).size / 1024 / 1024 }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const perSecond = throughput()
console.log(`candidates per second (one core, no files): ${Math.round(perSecond).toLocaleString('en')}  (target ≥ 25,000)`)
const s = stream()
console.log(`streamed ${COUNT.toLocaleString('en')} candidates to NDJSON (${s.fileMB.toFixed(0)} MB) in ${s.seconds.toFixed(1)} s; peak RSS ${s.peakMB.toFixed(0)} MB  (target < 200 MB)`)
