#!/usr/bin/env node
// Fresh-machine set-up, run before `npm test` and `npm run conformance`. Uses only Node built-ins:
// it must work before node_modules exists. Says what it did, or what the user must do.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const quiet = process.argv.includes('--quiet')
const say = (line) => console.log(`[setup] ${line}`)
const fail = (lines) => {
  for (const line of lines) console.error(`[setup] ${line}`)
  process.exit(1)
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 19)) {
    fail([`Node ${process.versions.node} is too old: Baoming needs Node 20.19 or newer (22 and 24 work too).`,
      'Install a newer Node (for example with nvm: `nvm install 22`) and run the command again.'])
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts })
  return r.status === 0
}

/** Installs packages when node_modules is missing or older than package.json / package-lock.json. */
function ensurePackages() {
  const marker = join(root, 'node_modules', '.package-lock.json')
  const lock = join(root, 'package-lock.json')
  const manifest = join(root, 'package.json')
  const installedAt = existsSync(marker) ? statSync(marker).mtimeMs : 0
  const wantedAt = Math.max(statSync(manifest).mtimeMs, existsSync(lock) ? statSync(lock).mtimeMs : 0)
  if (installedAt >= wantedAt) {
    if (!quiet) say('packages: up to date')
    return
  }
  const ci = existsSync(lock) && installedAt === 0
  say(`packages: ${installedAt === 0 ? 'node_modules is missing' : 'package.json or the lock file changed'}; running npm ${ci ? 'ci' : 'install'}`)
  const ok = run('npm', [ci ? 'ci' : 'install', '--no-audit', '--no-fund'], { shell: process.platform === 'win32' })
  if (!ok) fail(['npm could not install the packages (see its output above).',
    'Check that the npm registry is reachable (`npm ping`), then run the command again.'])
  say('packages: installed')
}

function fontsPresent() {
  if (process.platform !== 'linux') return true
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' })
  return r.status === 0 && r.stdout.trim().length > 0
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
}

function aptInstall(pkgs) {
  say(`browser: installing Debian packages ${pkgs.join(' ')} with apt-get (running as root)`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  return run('apt-get', ['update', '-qq'], { env }) && run('apt-get', ['install', '-y', '-qq', ...pkgs], { env })
}

/** Finds Chromium: Playwright's own, else the system's, else tries to install one. */
async function ensureBrowser() {
  const { findBrowser } = await import('./browser.mjs')
  let found = findBrowser()
  if (!found) {
    say('browser: no Chromium found; trying `npx playwright install chromium`')
    run('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore' })
    found = findBrowser()
    if (!found && canApt()) {
      aptInstall(['chromium', 'chromium-headless-shell', 'fonts-noto-cjk'])
      found = findBrowser()
    }
  } else if (found.kind === 'system' && !found.path.includes('headless-shell') && !process.env.BAOMING_CHROMIUM && canApt()) {
    // Full Chromium runs headless pages at about twice the CPU of its headless shell.
    if (aptInstall(['chromium-headless-shell'])) found = findBrowser()
    else say('browser: could not install chromium-headless-shell; the suite runs with full Chromium (slower)')
  }
  if (!found) {
    fail(['browser: no Chromium could be found or installed.',
      'Do one of these, then run the command again:',
      '  - `npx playwright install chromium` (needs access to Playwright\'s download host), or',
      '  - on Debian/Ubuntu: `sudo apt-get install chromium chromium-headless-shell fonts-noto-cjk`, or',
      '  - set BAOMING_CHROMIUM=/path/to/chromium.'])
  }
  if (!quiet) say(`browser: using ${found.kind === 'playwright' ? "Playwright's own Chromium" : 'the system Chromium'} at ${found.path}`)
  if (!fontsPresent()) {
    if (canApt() && aptInstall(['fonts-noto-cjk']) && fontsPresent()) say('fonts: installed fonts-noto-cjk')
    else say('fonts: no Chinese font found; screenshots will show boxes. Install fonts-noto-cjk to fix.')
  }
}

/** Builds the CLI to plain JavaScript (scripts/build.mjs): it starts in a fifth of the time. */
function buildCli() {
  if (!run('node', ['scripts/build.mjs', '--quiet'])) fail(['could not build the CLI (see above); `./bin/baoming.js` still runs from the sources'])
  if (!quiet) say('cli: built dist/cli')
}

checkNode()
ensurePackages()
buildCli()
if (!process.argv.includes('--no-browser')) await ensureBrowser()
