import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Every error of the CLI as a user meets it: one line on stderr saying what is wrong and what to do,
// no stack trace, a non-zero exit; and a closed pipe ends quietly.
const BIN = new URL('../../bin/baoming.js', import.meta.url).pathname
const tmp = mkdtempSync(join(tmpdir(), 'baoming-cli-'))
const run = (...args: string[]) => spawnSync('node', [BIN, ...args], { encoding: 'utf8', timeout: 60_000, cwd: tmp })

let busy: Server
let busyPort = 0
beforeAll(async () => {
  busy = createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => busy.once('listening', resolve))
  busyPort = (busy.address() as { port: number }).port
})
afterAll(() => {
  busy.close()
  rmSync(tmp, { recursive: true, force: true })
})

/** A file whose path cannot be a folder: writing under it fails for any user, root included. */
const aFile = join(tmp, 'a-file')
writeFileSync(aFile, 'x')
writeFileSync(join(tmp, 'unknown.json'), JSON.stringify({ 'PHOTO-SIZE': { reason: 'our cap is 40 KB' }, 'NO-SUCH-RULE': { reason: 'a typo' } }))
writeFileSync(join(tmp, 'reference.json'), JSON.stringify({ examYear: 2025, units: [{ name: '长沙市中心医院', division: '430103', type: '三甲医院', affiliation: '市' }] }))

describe('CLI errors are one line with what to do', () => {
  it.each([
    ['serve --port abc', ['serve', '--port', 'abc'], /port must be a whole number from 0 to 65535/],
    ['serve on a busy port', () => ['serve', '--port', String(busyPort), '--data', join(tmp, 'data')], /EADDRINUSE.*choose another --port/],
    ['serve --now yesterday', ['serve', '--now', 'yesterday'], /--now .*date-time with its offset, e\.g\. 2026-01-15T10:00:00\+08:00/],
    ['conformance --shard 5/4', ['conformance', '--shard', '5/4'], /--shard .*i\/n with 1 ≤ i ≤ n/],
    ['generate --out under a file', () => ['generate', '--count', '3', '--out', join(aFile, 'c.csv')], /cannot write --out .*a-file\/c\.csv: .*fix the path/],
    ['generate --out a folder', () => ['generate', '--count', '3', '--out', tmp], /cannot write --out .*EISDIR.*give a file name/],
    ['conformance --reports under a file', () => ['conformance', '--reports', join(aFile, 'r')], /cannot write --reports .*fix the path/],
    ['a missing expected-failures file', ['conformance', '--expected-failures', 'missing.json'], /--expected-failures missing\.json not found; give an existing file/],
    ['an expected-failures file naming unknown rules', ['conformance', '--expected-failures', 'unknown.json'], /unknown\.json names rules the catalogue does not have: NO-SUCH-RULE; fix the IDs/],
    ['a missing adapter', ['conformance', '--adapter', './nowhere.ts'], /adapter module \.\/nowhere\.ts not found/],
    ['a missing reference file', ['conformance', '--reference', 'nowhere.json'], /reference file nowhere\.json not found; give an existing file/],
    ['a reference file with a unit type the seed forms do not have', ['conformance', '--reference', 'reference.json'], /reference file reference\.json: units\.0\.type: Invalid option: .*"医院".*; fix it/],
  ])('%s', (_, args, message) => {
    const r = run(...(typeof args === 'function' ? args() : args))
    expect(r.status).not.toBe(0)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('ends quietly when the reader closes the pipe (rules | head)', () => {
    const r = spawnSync('bash', ['-c', `node ${BIN} rules | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8' })
    expect(r.stdout.trim()).toBe('status 0')
    expect(r.stderr).toBe('')
  })

  it('ends quietly when the reader of a long generate closes the pipe', () => {
    const r = spawnSync('bash', ['-c', `node ${BIN} generate --count 100000 | head -n 2 > /dev/null; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 60_000 })
    expect(r.stdout.trim()).toBe('status 0')
    expect(r.stderr).toBe('')
  })
})

describe('preflight', () => {
  it('a target that is down gives one line, exit 3, and no conformance report at all', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer().listen(0, '127.0.0.1')
    await new Promise((resolve) => probe.once('listening', resolve))
    const port = (probe.address() as { port: number }).port
    await new Promise((resolve) => probe.close(resolve))
    const adapter = join(tmp, 'down-adapter.ts')
    writeFileSync(adapter, `import type { AdapterModule } from '${new URL('../../fixtures/adapter.ts', import.meta.url).pathname}'
import { createTarget as reference } from '${new URL('../../fixtures/adapters/referenceSite.ts', import.meta.url).pathname}'
// The reference adapter's shape, pointed at a base URL where nothing listens.
export const createTarget: AdapterModule['createTarget'] = async (o) => ({ ...(await reference(o)), url: o.baseURL! })
`)
    const r = run('conformance', '--adapter', adapter, '--base-url', `http://127.0.0.1:${port}`, '--reports', 'down-reports')
    expect(r.status).toBe(3)
    expect(r.stderr.trim().split('\n')).toEqual([`baoming: preflight (hubei-2026): the target at http://127.0.0.1:${port} does not answer; start it or check --base-url (connect ECONNREFUSED 127.0.0.1:${port})`])
    expect(existsSync(join(tmp, 'down-reports', 'conformance-hubei-2026.json'))).toBe(false)
    expect(existsSync(join(tmp, 'down-reports', 'conformance.json'))).toBe(false)
  })

  it('an adapter that does not load gives one line and exit 3', () => {
    const adapter = join(tmp, 'broken-adapter.ts')
    writeFileSync(adapter, 'export const createTarget = 42\n')
    const r = run('conformance', '--adapter', adapter, '--reports', 'broken-reports')
    expect(r.status).toBe(3)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/preflight \(hubei-2026\): adapter .*broken-adapter\.ts does not load; fix the module \(docs\/adapters\.md\) \(adapter .* exports no createTarget function/)
  })
})
