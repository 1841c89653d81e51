import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hostWarning } from '../../src/cli/hostWarning.ts'

const BIN = new URL('../../bin/baoming.js', import.meta.url).pathname

describe('serve --host', () => {
  it('warns for an address other machines can reach, not for loopback', () => {
    expect(hostWarning('0.0.0.0', 3000)).toMatch(/^warning: listening on 0\.0\.0\.0:3000: anyone on the network can reach the site/)
    expect(hostWarning('192.168.1.20', 3000)).toMatch(/192\.168\.1\.20:3000/)
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(hostWarning(host, 3000)).toBeNull()
  })

  it('listens on 127.0.0.1 by default, prints the trainer console and its login, and no warning', async () => {
    const data = mkdtempSync(join(tmpdir(), 'bm-serve-host-'))
    const child = spawn('node', [BIN, 'serve', '--profile', 'hubei-2026', '--port', '0', '--data', data, '--start', '2026-01-15T09:00:00+08:00'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = '', err = ''
    child.stderr.on('data', (d) => { err += d })
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => { out += d; if (out.includes('logins:')) resolve() })
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)))
    })
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
    rmSync(data, { recursive: true, force: true })
    expect(out).toMatch(/at http:\/\/127\.0\.0\.1:\d+/)
    expect(out).toMatch(/trainer console: http:\/\/127\.0\.0\.1:\d+\/admin \(admin \/ Admin12345\)/)
    expect(out).toContain('clock: running from 2026-01-15T09:00:00+08:00')
    expect(err).not.toContain('warning')
  }, 120_000)
})
