import { inspectPhoto } from '../../src/site/photo/inspectPhoto.ts'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CandidateRecord } from './recordSchema.ts'

// The CLI as a user runs it: node bin/baoming.js generate …
const BIN = new URL('../../bin/baoming.js', import.meta.url).pathname
const run = (...args: string[]) => spawnSync('node', [BIN, 'generate', ...args], { encoding: 'utf8' })
const tmp = mkdtempSync(join(tmpdir(), 'baoming-gen-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('baoming generate', () => {
  it('writes NDJSON records with the documented fields, byte-identical for the same arguments', () => {
    const a = run('--count', '25', '--seed', '42', '--profile', 'hubei-2026')
    expect(a.status).toBe(0)
    expect(run('--count', '25', '--seed', '42', '--profile', 'hubei-2026').stdout).toBe(a.stdout)
    const lines = a.stdout.trimEnd().split('\n').map((l) => CandidateRecord.parse(JSON.parse(l)))
    expect(lines).toHaveLength(25)
    expect(lines.map((r) => r.seed)).toEqual(Array.from({ length: 25 }, (_, i) => 42 + i))
  })

  it('rebuilds one record from its seed alone', () => {
    const all = run('--count', '10', '--seed', '500', '--profile', 'hunan-2025').stdout.trimEnd().split('\n')
    const one = run('--count', '1', '--seed', '507', '--profile', 'hunan-2025').stdout.trimEnd()
    expect(one).toBe(all[7])
  })

  it('writes a JSON array and an Excel CSV (BOM, CRLF) to --out', () => {
    const json = join(tmp, 'c.json'), csv = join(tmp, 'c.csv')
    expect(run('--count', '5', '--persona', 'minority-name', '--format', 'json', '--out', json).status).toBe(0)
    const arr = JSON.parse(readFileSync(json, 'utf8'))
    expect(arr).toHaveLength(5)
    expect(arr.every((r: { persona: string }) => r.persona === 'minority-name')).toBe(true)
    expect(run('--count', '5', '--format', 'csv', '--out', csv).status).toBe(0)
    const text = readFileSync(csv, 'utf8')
    expect(text.startsWith('\uFEFFseed,profile,persona')).toBe(true)
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(6)
  })

  it('writes edge cases with their expected verdicts', () => {
    const r = run('--edge', '--rule', 'PHOTO-SIZE', '--profile', 'hubei-2026')
    expect(r.status).toBe(0)
    const recs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(recs.length).toBeGreaterThan(2)
    expect(recs.some((x) => x.expected.verdict === 'reject' && x.expected.rules[0] === 'PHOTO-SIZE')).toBe(true)
    expect(recs.every((x) => x.edge.rule === 'PHOTO-SIZE')).toBe(true)
  })

  it('writes each record\'s ID photo with --with-files', () => {
    const out = join(tmp, 'f.ndjson')
    expect(run('--count', '2', '--out', out, '--with-files').status).toBe(0)
    const recs = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
    const files = readdirSync(`${out}.files`).sort()
    expect(files).toHaveLength(2)
    expect(statSync(join(`${out}.files`, files[0]!)).size).toBe(recs[0].candidate.photo.bytes)
  })

  it('--with-files writes photos the site reads as checked by the photo-check tool when the record says so', async () => {
    const out = join(tmp, 'tool.ndjson')
    expect(run('--count', '2', '--profile', 'hubei-2026', '--out', out, '--with-files').status).toBe(0)
    const recs = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
    const files = readdirSync(`${out}.files`).sort()
    for (const [i, rec] of recs.entries()) {
      const bytes = readFileSync(join(`${out}.files`, files[i]!))
      expect(rec.candidate.photo.checkedByTool).toBe(true)
      const seen = await inspectPhoto(bytes, files[i]!, '2026-01-15')
      expect([seen.checkedByTool, seen.bytes]).toEqual([true, rec.candidate.photo.bytes])
    }
  })

  it.each([
    [['--count', 'abc'], /--count must be a whole number/],
    [['--count', '3', '--profile', 'mars'], /unknown profile "mars"/],
    [['--count', '3', '--persona', 'pirate'], /unknown persona "pirate"/],
    [['--count', '3', '--format', 'xml'], /unknown format "xml"/],
    [[], /--count is required/],
    [['--count', '1', '--with-files'], /--with-files needs --out/],
    [['--edge', '--rule', 'NO-SUCH-RULE'], /no rule "NO-SUCH-RULE"/],
  ])('refuses %j with a clear message and a non-zero exit', (args, message) => {
    const r = run(...args)
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
  })

  it('has examples in --help', () => {
    const help = execFileSync('node', [BIN, 'generate', '--help'], { encoding: 'utf8' })
    expect(help).toMatch(/Examples:/)
    expect(help).toMatch(/--with-files/)
  })
})
