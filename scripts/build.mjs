#!/usr/bin/env node
// Builds the CLI to plain JavaScript in dist/cli (one chunk per command, loaded lazily): `baoming`
// then starts in about 0.2 s of CPU instead of the 1 s tsx takes to load ~200 TypeScript modules.
// bin/baoming.js runs dist/cli when it is newer than every source file, else the sources with tsx.
// Run by `npm run build`, by setup (`npm test`, `npm run conformance`) and before `npm pack`.
import { build } from 'esbuild'
import { existsSync, renameSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
// Built aside and swapped in, so a CLI starting meanwhile (tests run beside `npm pack`) finds a whole build.
const next = `dist/cli-${process.pid}`
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir: next,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  logLevel: 'warning',
})
const old = `${root}dist/cli-old-${process.pid}`
if (existsSync(`${root}dist/cli`)) renameSync(`${root}dist/cli`, old)
renameSync(`${root}${next}`, `${root}dist/cli`)
rmSync(old, { recursive: true, force: true })
if (!process.argv.includes('--quiet')) console.log('[build] dist/cli: the CLI as plain JavaScript')
