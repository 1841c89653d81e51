import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFECTS } from '../../src/site/defects/registry.ts'
import { applyPatch, PatchError, scratchSite } from '../../src/site/defects/patch.ts'

// Patch defects change a scratch copy of the site; a patch whose text moved must fail loudly, never apply silently.

const dirs: string[] = []
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })

describe('patch defects', () => {
  it.each(DEFECTS.filter((d) => d.patch).map((d) => [d.name, d]))('%s applies to the site as it is now, and changes it', (_n, d) => {
    const texts = new Map<string, string>()
    for (const p of d.patch!) {
      const before = texts.get(p.file) ?? readFileSync(join('src/site', p.file), 'utf8')
      const after = applyPatch(before, p)
      expect(after).not.toBe(before)
      texts.set(p.file, after)
    }
  })

  it('refuses a patch whose text is gone or ambiguous', () => {
    expect(() => applyPatch('a b', { file: 'x.ts', find: 'c', replace: 'd' })).toThrow(PatchError)
    expect(() => applyPatch('a a', { file: 'x.ts', find: 'a', replace: 'd' })).toThrow(/more than once/)
  })

  it('makes a scratch site: src/site copied and patched, the shipped file untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bm-scratch-'))
    dirs.push(dir)
    const d = DEFECTS.find((x) => x.name === 'deadline-withdraws-paid')!
    const entry = scratchSite(join(dir, 'site'), d.patch!)
    expect(existsSync(entry)).toBe(true)
    const file = 'lifecycle/runDeadlines.ts'
    expect(readFileSync(join(dir, 'site/src/site', file), 'utf8')).toContain(d.patch![0]!.replace)
    expect(readFileSync(join('src/site', file), 'utf8')).not.toContain(d.patch![0]!.replace)
  })

  // A copy whose imports outside src/site do not resolve would fail every test, a false kill for every patch defect.
  it('makes a scratch site whose modules load: what it imports from the rest of src resolves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bm-scratch-'))
    dirs.push(dir)
    const entry = scratchSite(join(dir, 'site'), [])
    expect(typeof (await import(pathToFileURL(entry).href)).createSite).toBe('function')
  }, 60_000)
})
