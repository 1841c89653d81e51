import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'

// Baoming as a team uses it from its own repository: `npm pack` of this repo, installed with
// `npm install --save-dev` in an empty project outside it, a TypeScript adapter written there
// (typed by `baoming/adapter`), and `npx baoming conformance --adapter ./adapter.ts` on a small grep.
// About 2 minutes on 2 cores (pack with its build and types, install from the npm cache, one run).
const ROOT = new URL('../../', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'baoming-scratch-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000) // a whole node_modules
const sh = (cmd: string, args: string[], cwd = scratch) => spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000 })

const ADAPTER = `import type { AdapterModule, Target } from 'baoming/adapter'
import { createTarget as reference } from 'baoming/reference-adapter'

// This project's "system" is Baoming's reference site, reached through its adapter.
export const createTarget: AdapterModule['createTarget'] = async (o) => {
  const target: Target = await reference(o)
  return target
}
`

it('installs from a packed tarball in an empty project, and runs a TypeScript adapter written there', { timeout: 600_000 }, () => {
  const pack = sh('npm', ['pack', '--pack-destination', scratch], ROOT)
  expect(pack.status, pack.stderr).toBe(0)
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))!
  // No "type": "module": the adapter loads all the same.
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }))
  // Dependencies come from the npm cache the repo's own install filled; install scripts are skipped
  // (better-sqlite3 would build from source: minutes), so its native binding is copied from the repo's.
  const install = sh('npm', ['install', '--save-dev', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', `./${tarball}`])
  expect(install.status, install.stderr).toBe(0)
  const binding = 'node_modules/better-sqlite3/build/Release'
  mkdirSync(join(scratch, binding), { recursive: true })
  copyFileSync(join(ROOT, binding, 'better_sqlite3.node'), join(scratch, binding, 'better_sqlite3.node'))
  expect(JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8')).devDependencies.baoming).toMatch(/baoming-.*\.tgz$/)

  writeFileSync(join(scratch, 'adapter.ts'), ADAPTER)
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true }, files: ['adapter.ts'] }))
  const tsc = sh('node', [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'])
  expect(tsc.stdout + tsc.stderr).toBe('')

  expect(execFileSync('npx', ['baoming', 'rules', '--profile', 'hubei-2026'], { cwd: scratch, encoding: 'utf8', maxBuffer: 64 << 20 })).toContain('"PHOTO-SIZE"')
  const run = sh('npx', ['baoming', 'conformance', '--adapter', './adapter.ts', '--grep', '@rule:PHOTO-SIZE .*@api', '--workers', '1'])
  expect(run.status, run.stdout + run.stderr).toBe(0)
  expect(run.stdout).toMatch(/hubei-2026: pass 1 · fail 0/)
  const report = JSON.parse(readFileSync(join(scratch, 'reports', 'conformance-hubei-2026.json'), 'utf8')) as { rules: { id: string; verdict: string; tests: { file: string }[] }[] }
  const photo = report.rules.find((r) => r.id === 'PHOTO-SIZE')!
  expect(photo.verdict).toBe('pass')
  expect(photo.tests[0]!.file).toBe('specs/photo/boundaries.spec.ts') // the package's own spec, run from node_modules
})
