#!/usr/bin/env -S node --max-semi-space-size=2
// Entry point of the `baoming` CLI. Runs the built CLI (dist/cli, `npm run build`) when it is newer
// than every source file, else the TypeScript sources through tsx, so an edit takes effect at once.
// A 2 MB semi-space keeps streaming commands (generate: 1M records) near 150 MB RSS; with V8's default
// short-lived garbage piles up to ~240 MB before it is collected.
import { existsSync, readdirSync, statSync } from 'node:fs'

const root = new URL('../', import.meta.url)
const built = new URL('dist/cli/main.js', root)

/** The newest modification time of the TypeScript files the CLI is built from. */
function newestSource() {
  let newest = 0
  for (const dir of ['src', 'mocks', 'fixtures']) {
    for (const f of readdirSync(new URL(dir, root), { recursive: true })) {
      if (f.endsWith('.ts')) newest = Math.max(newest, statSync(new URL(`${dir}/${f}`, root)).mtimeMs)
    }
  }
  return newest
}

let main
if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) {
  // A build being swapped in this very moment (`npm run build`): the sources serve as well.
  ({ main } = await import(built.href).catch(() => ({})))
}
if (!main) {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/cli/main.ts'))
}
process.exitCode = await main(process.argv)
