#!/usr/bin/env node
// A seeded random sample of the mutation run: `npm run mutation:sample [-- --lines 120 --seed 1]`.
//
// The whole run (`npm run mutation`) makes about 6,400 testable mutants of src/rules and src/generator;
// on a 2-core machine Stryker estimates some 20 hours. This picks lines of code at random (seeded, so a
// run can be repeated), lets Stryker mutate only those lines with the same config, and prints the
// score with a 95% interval. Lines are the sampling unit: the interval is widened by the design
// effect of taking every mutant of a line together.

import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { lines: { type: 'string', default: '120' }, seed: { type: 'string', default: '1' } } })
const wanted = Number(values.lines)
const seed = Number(values.seed)
if (!Number.isInteger(wanted) || wanted < 1 || !Number.isInteger(seed)) {
  console.error('mutation:sample: --lines must be a whole number of at least 1 and --seed a whole number, e.g. --lines 120 --seed 1')
  process.exit(2)
}

// The files `npm run mutation` mutates (stryker.config.mjs): src/rules and src/generator without their data.
const EXCLUDED = [/^src\/rules\/seeds\.ts$/, /^src\/rules\/examples\//, /^src\/generator\/data\//]
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]))
const files = ['src/rules', 'src/generator'].flatMap(walk).map((f) => relative('.', f)).filter((f) => f.endsWith('.ts') && !EXCLUDED.some((x) => x.test(f))).sort()

// Lines with code on them (not blank, not only a comment).
const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((text, i) => (/^\s*($|\/\/|\/\*|\*)/.test(text) ? [] : [`${f}:${i + 1}-${i + 1}`])))

// mulberry32: a small seeded generator, so the same seed samples the same lines.
let state = seed >>> 0
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pool = [...lines]
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1))
  ;[pool[i], pool[j]] = [pool[j], pool[i]]
}
const sample = pool.slice(0, Math.min(wanted, pool.length))
console.log(`mutation:sample: ${sample.length} of ${lines.length} lines of code in ${files.length} files (seed ${seed})`)

// The config's reporters write reports/mutation/{mutation.json,index.html}.
const out = 'reports/mutation'
const run = spawnSync('npx', ['stryker', 'run', '--mutate', sample.join(','), '--reporters', 'progress,json,html'], { stdio: 'inherit' })
if (run.status !== 0) process.exit(run.status ?? 1)

// Score by line (cluster sample): killed + timeout count as detected; no coverage counts as survived.
const report = JSON.parse(readFileSync(`${out}/mutation.json`, 'utf8'))
const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])
const byLine = new Map()
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants) {
    if (!DETECTED.has(m.status) && !UNDETECTED.has(m.status)) continue
    const key = `${file}:${m.location.start.line}`
    const c = byLine.get(key) ?? { detected: 0, total: 0 }
    c.total++
    if (DETECTED.has(m.status)) c.detected++
    byLine.set(key, c)
  }
}
const clusters = [...byLine.values()]
const n = clusters.reduce((s, c) => s + c.total, 0)
if (n === 0) {
  console.log('mutation:sample: the sampled lines made no testable mutants; sample more lines (--lines).')
  process.exit(1)
}
const detected = clusters.reduce((s, c) => s + c.detected, 0)
const p = detected / n
// Ratio estimator over clusters: var(p) ≈ Σ (d_i − p·m_i)² / (k(k−1) m̄²).
const k = clusters.length
const mean = n / k
const variance = k > 1 ? clusters.reduce((s, c) => s + (c.detected - p * c.total) ** 2, 0) / (k * (k - 1) * mean * mean) : 0
const half = 1.96 * Math.sqrt(variance)
const pct = (x) => `${(100 * x).toFixed(1)}%`
const survivors = Object.entries(report.files).flatMap(([file, { mutants }]) => mutants.filter((m) => UNDETECTED.has(m.status)).map((m) => `  ${m.status.padEnd(10)} ${file}:${m.location.start.line} ${m.mutatorName}: ${(m.replacement ?? '').slice(0, 60)}`))
console.log(`\nmutation:sample: ${detected} of ${n} testable mutants detected on ${k} lines: score ${pct(p)} (95% interval ${pct(Math.max(0, p - half))} to ${pct(Math.min(1, p + half))})`)
if (survivors.length) console.log(`undetected:\n${survivors.join('\n')}`)
console.log(`report: ${out}/index.html`)
