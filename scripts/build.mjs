#!/usr/bin/env node
// Builds the CLI to plain JavaScript in dist/cli (one chunk per command, loaded lazily): `baoming`
// then starts in about 0.2 s of CPU instead of the 1 s tsx takes to load ~200 TypeScript modules.
// bin/baoming.js runs dist/cli when it is newer than every source file, else the sources with tsx.
// Run by `npm run build`, by setup (`npm test`, `npm run conformance`) and before `npm pack`.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
rmSync(`${root}dist/cli`, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  logLevel: 'warning',
})
if (!process.argv.includes('--quiet')) console.log('[build] dist/cli: the CLI as plain JavaScript')
