import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// docs/adapters.md shows the minimal adapter; docs/minimal-adapter.ts is the same text, `tsc -p .`
// type-checks it against the contract (tsconfig includes docs/*.ts), and this test runs it: the
// conformance command through it against the example target (a server of its own, clock frozen inside
// the window), on rules it can judge and rules that need what it does not declare. About a minute.

const ROOT = new URL('../../', import.meta.url).pathname
const GREP = '@rule:(ACCOUNT-|NAME-(MAINLAND|RARE|PINYIN)|SCHED-|PAY-OPENS|REVIEW-ONLY-REVIEWERS|REVIEW-RECORD-CHECK-MARK)'
const tmp = mkdtempSync(join(tmpdir(), 'baoming-minimal-'))
let server: ChildProcess
let url = ''

beforeAll(async () => {
  server = spawn(process.execPath, ['examples/hunan-lite/server.mjs', '--port', '0', '--now', '2025-01-15T10:00:00+08:00', '--captcha-answer', '8888'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  url = ((await createInterface({ input: server.stdout! })[Symbol.asyncIterator]().next()).value as string).trim()
})
afterAll(() => {
  server?.kill('SIGTERM')
  rmSync(tmp, { recursive: true, force: true })
})

interface RuleVerdict { id: string; verdict: string; tests: { title: string; outcome: string; reason?: string }[] }

describe('the minimal adapter in docs/adapters.md', () => {
  it('is docs/minimal-adapter.ts word for word (so the type check covers what the docs show)', () => {
    const doc = readFileSync(join(ROOT, 'docs/adapters.md'), 'utf8')
    const section = doc.slice(doc.indexOf('## A minimal adapter'))
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1]
    expect(block).toBe(readFileSync(join(ROOT, 'docs/minimal-adapter.ts'), 'utf8'))
  })

  it('runs: against the example target it passes what it can judge, and what it does not declare is not-applicable', { timeout: 300_000 }, () => {
    const run = spawnSync('node', [join(ROOT, 'bin/baoming.js'), 'conformance', '--adapter', 'docs/minimal-adapter.ts', '--base-url', url, '--profile', 'hunan-2025',
      '--grep', GREP, '--workers', '1', '--no-security', '--expected-failures', 'examples/hunan-lite/no-expected-failures.json', '--reports', tmp], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 })
    expect(run.status, run.stdout.slice(-3000) + run.stderr).toBe(0)
    const report = JSON.parse(readFileSync(join(tmp, 'conformance-hunan-2025.json'), 'utf8')) as { summary: Record<string, number>; rules: RuleVerdict[] }
    const judged = report.rules.filter((r) => r.tests.length > 0)
    const verdict = (prefix: string) => [...new Set(judged.filter((r) => r.id.startsWith(prefix)).map((r) => r.verdict))]
    expect(report.summary.fail).toBe(0)
    expect(report.summary.error).toBe(0)
    // Judged through its API and its pages, and passed.
    expect(verdict('ACCOUNT-')).toEqual(['pass'])
    expect(verdict('NAME-')).toEqual(['pass'])
    expect(judged.filter((r) => r.verdict === 'pass').length).toBeGreaterThanOrEqual(15)
    // No clock, review or payment declared: those rules are not-applicable, each test saying why.
    const reasons = (prefix: string) => [...new Set(judged.filter((r) => r.id.startsWith(prefix)).flatMap((r) => r.tests.map((t) => `${r.verdict}: ${t.reason}`)))]
    expect(reasons('SCHED-')).toEqual(['not-applicable: the target has no settable clock'])
    expect(reasons('PAY-')).toEqual(['not-applicable: the target has no online payment'])
    expect(reasons('REVIEW-')).toEqual(['not-applicable: the target has no online review'])
  })
})
