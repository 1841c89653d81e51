// Finds a Chromium for Playwright: its own download first, then the system's. Dependency-free.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Chromium features Playwright switches off (its `chromiumSwitches`), mirrored here because Chromium
 * honours only the last `--disable-features` on its command line: ours must carry Playwright's list
 * too. test/browser/flags.test.ts fails when Playwright's own list changes.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
]

/**
 * RenderDocument gives every navigation a new render frame (and often a new renderer): about a third
 * of Chromium's CPU per page load of the reference site, and the suite loads pages a thousand times.
 */
export const BAOMING_DISABLED_FEATURES = ['RenderDocument']

/** Flags for a system Chromium in a sandboxed, offline machine (see README: troubleshooting). */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BAOMING_DISABLED_FEATURES].join(',')}`,
]

/**
 * Where a system Chromium may be, best first. Debian's chromium-headless-shell is the old headless
 * mode Playwright itself runs headless tests in: half the CPU of full Chromium per page load.
 */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

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
