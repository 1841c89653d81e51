import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'

// The sharded CI path of docs/ci.md, run here: four shards of a small grep, their blobs merged into
// one conformance report, against one unsharded run of the same tests. A seeded defect makes one
// rule fail, so the comparison covers a fail as well as passes. About two minutes on 2 cores.
const ROOT = new URL('../../', import.meta.url).pathname
const BIN = join(ROOT, 'bin/baoming.js')
const GREP = '@rule:(PHOTO-SIZE|ID-AGE-MAX|ID-CHECK-DIGIT|NAME-MAINLAND-LENGTH) .*@api'
const tmp = mkdtempSync(join(tmpdir(), 'baoming-shards-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const conformance = (reports: string, ...more: string[]) =>
  spawnSync('node', [BIN, 'conformance', '--grep', GREP, '--defects', 'age-76-accepted', '--workers', '1', '--no-preflight', '--reports', reports, ...more], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 })

/** Per rule that any test judged: its verdict and its tests' titles and outcomes. */
const verdicts = (file: string) => {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { profile: string; rules: { id: string; verdict: string; tests: { title: string; outcome: string }[] }[] }
  return { profile: r.profile, rules: r.rules.filter((x) => x.tests.length).map((x) => ({ id: x.id, verdict: x.verdict, tests: x.tests.map((t) => `${t.title}: ${t.outcome}`) })) }
}

it('four shards merged give the verdicts of one run', { timeout: 900_000 }, () => {
  const one = join(tmp, 'one')
  expect(conformance(one).status).toBe(1) // the seeded defect fails ID-AGE-MAX
  const blobs = join(tmp, 'all-blobs')
  mkdirSync(blobs)
  for (let i = 1; i <= 4; i++) {
    const shard = join(tmp, `shard-${i}`)
    conformance(shard, '--shard', `${i}/4`)
    for (const f of readdirSync(join(shard, 'blob'))) copyFileSync(join(shard, 'blob', f), join(blobs, `shard-${i}-${f}`))
  }
  expect(readdirSync(blobs)).toHaveLength(4)
  const merged = join(tmp, 'merged')
  const m = spawnSync('npx', ['playwright', 'merge-reports', '--reporter=./src/report/reporter.ts', blobs], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BAOMING_REPORTS: merged } })
  expect(m.status, m.stderr).toBe(0)
  const single = verdicts(join(one, 'conformance-hubei-2026.json'))
  expect(single.rules.map((r) => r.id).sort()).toEqual(['ID-AGE-MAX', 'ID-CHECK-DIGIT', 'NAME-MAINLAND-LENGTH', 'PHOTO-SIZE'])
  expect(single.rules.find((r) => r.id === 'ID-AGE-MAX')?.verdict).toBe('fail')
  expect(verdicts(join(merged, 'conformance-hubei-2026.json'))).toEqual(single)
})
