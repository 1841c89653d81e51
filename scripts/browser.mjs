// Finds a Chromium for Playwright: its own download first, then the system's. Dependency-free.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

/** Flags for a system Chromium in a sandboxed, offline machine (see README: troubleshooting). */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Returns Playwright's own Chromium path when it is downloaded, else undefined. */
export function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-core')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

/** Returns { kind: 'playwright' | 'system', path } or undefined when no browser is present. */
export function findBrowser() {
  const own = playwrightChromium()
  if (own) return { kind: 'playwright', path: own }
  const env = process.env.BAOMING_CHROMIUM
  if (env && existsSync(env)) return { kind: 'system', path: env }
  const system = SYSTEM_CHROMIUM_PATHS.find((p) => existsSync(p))
  return system ? { kind: 'system', path: system } : undefined
}
