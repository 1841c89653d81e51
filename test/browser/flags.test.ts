import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BAOMING_DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES, SYSTEM_CHROMIUM_ARGS } from '../../scripts/browser.mjs'

// Chromium keeps only the last --disable-features it is given, so the system Chromium's flag carries
// Playwright's own list as well as ours. These tests fail when the installed Playwright's list moves.

/** The JavaScript files of the installed playwright-core. */
function playwrightCoreFiles(): string[] {
  const lib = join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'lib')
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => {
    const p = join(d, n)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.js') ? [p] : []
  })
  return walk(lib)
}

/** The feature names in Playwright's `disabledFeatures = [...]` (comments and `.filter(Boolean)` aside). */
function playwrightDisabledFeatures(): string[] {
  for (const file of playwrightCoreFiles()) {
    const text = readFileSync(file, 'utf8')
    const m = /disabledFeatures\s*=\s*\[([\s\S]*?)\]/.exec(text)
    if (!m) continue
    const body = m[1]!.replace(/\/\/.*$/gm, '')
    return [...body.matchAll(/["']([A-Za-z0-9]+)["']/g)].map((x) => x[1]!)
  }
  throw new Error('playwright-core has no disabledFeatures list: see how this Playwright version passes --disable-features')
}

describe('the system Chromium flags', () => {
  it("mirror Playwright's own disabled features exactly", () => {
    expect(new Set(PLAYWRIGHT_DISABLED_FEATURES)).toEqual(new Set(playwrightDisabledFeatures()))
  })

  it('pass one --disable-features carrying both lists', () => {
    const flags = SYSTEM_CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='))
    expect(flags).toHaveLength(1)
    expect(flags[0]!.slice('--disable-features='.length).split(',')).toEqual([...PLAYWRIGHT_DISABLED_FEATURES, ...BAOMING_DISABLED_FEATURES])
  })
})
