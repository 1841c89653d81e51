import { spawnSync } from 'node:child_process'
import { expect, test } from 'vitest'

// scripts/security-repro.sh replays issue 15's reproductions with curl against `baoming serve`; run here so it cannot rot.

test('every reproduction of issue 15, replayed with curl against baoming serve, is refused', () => {
  const run = spawnSync('bash', ['scripts/security-repro.sh'], { encoding: 'utf8', timeout: 240_000, env: { ...process.env, REPRO_START_S: '150' } })
  const out = run.stdout + run.stderr
  expect(out).not.toContain('NOT REFUSED')
  expect(run.status, out).toBe(0)
  expect(out.match(/^## \d+\./gm)).toHaveLength(12)
  expect(out.match(/✓ refused:/g)!.length).toBeGreaterThanOrEqual(25)
  expect(out).toContain('every reproduction was refused')
}, 260_000)
