#!/usr/bin/env -S node --max-semi-space-size=2 --optimize-for-size
// Entry point of the `baoming` CLI: runs the TypeScript sources through tsx (no build step).
// The V8 flags keep streaming commands (generate: 1M records) near 125 MB RSS; with V8's defaults
// short-lived garbage piles up to ~240 MB before it is collected.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv)
