import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, describe, expect, it } from 'vitest'

// The generator's data as a spreadsheet user opens it: ID numbers, phones, postcodes and codes stay
// text (Excel shows a bare 420882199001011234 as 4.20882E+17 and drops its last digits).
const BIN = new URL('../../bin/baoming.js', import.meta.url).pathname
const tmp = mkdtempSync(join(tmpdir(), 'baoming-sheet-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const generate = (...args: string[]) => spawnSync('node', [BIN, 'generate', '--seed', '7', '--profile', 'hubei-2026', ...args], { encoding: 'utf8', timeout: 60_000 })
const records = generate('--count', '40').stdout.trimEnd().split('\n').map((l) => JSON.parse(l))

describe('CSV for Excel and WPS', () => {
  it('writes ID numbers, mobiles, postcodes and diploma numbers as ="…" text, and numbers as numbers', () => {
    const r = generate('--count', '40', '--format', 'csv')
    expect(r.status).toBe(0)
    const lines = r.stdout.split('\r\n')
    const c = records[0].candidate
    expect(c.idNumber).toMatch(/^\d{17}[\dX]$/)
    expect(lines[1]).toContain(`"=""${c.idNumber}"""`)
    expect(lines[1]).toContain(`"=""${c.mobile}"""`)
    expect(lines[1]).toContain(`"=""${c.postcode}"""`)
    expect(lines[1]!.startsWith('7,hubei-2026,')).toBe(true) // the seed stays a number
  })
})

describe('--format xlsx', () => {
  const file = join(tmp, 'candidates.xlsx')
  const made = generate('--count', '40', '--format', 'xlsx', '--out', file)
  const read = readXlsxFile(file)

  it('has a candidates sheet and one sheet per record list, with Chinese and English headers', async () => {
    expect(made.status).toBe(0)
    const sheets = await read
    expect(sheets.map((s) => s.sheet)).toEqual(['考生 candidates', '学历 education', '培训 training', '证书 certificates'])
    const [candidates, education] = sheets
    expect(candidates!.data[0]).toContain('证件编号 idNumber')
    expect(candidates!.data[0]).toContain('手机号码 mobile')
    expect(candidates!.data[0]).not.toContain('education')
    expect(education!.data[0]!.slice(0, 3)).toEqual(['种子 seed', '序号 index', '类型 region'])
    expect(candidates!.data).toHaveLength(1 + records.length)
    expect(education!.data).toHaveLength(1 + records.reduce((n, r) => n + r.candidate.education.length, 0))
  })

  it('reads back ID numbers, mobiles and postcodes as the very text generated, numbers as numbers', async () => {
    const [candidates, education] = await read
    const head = candidates!.data[0]!
    const col = (key: string) => head.findIndex((h) => String(h).endsWith(` ${key}`))
    for (const [i, r] of records.entries()) {
      const row = candidates!.data[i + 1]!
      expect(row[col('seed')]).toBe(r.seed)
      expect(row[col('idNumber')]).toBe(r.candidate.idNumber)
      expect(row[col('mobile')]).toBe(r.candidate.mobile)
      expect(row[col('postcode')]).toBe(r.candidate.postcode || null)
      expect(row[col('photo.bytes')]).toBe(r.candidate.photo.bytes)
    }
    const diplomas = education!.data.slice(1).map((row) => row[education!.data[0]!.indexOf('毕业证书编号 diplomaNumber')])
    expect(diplomas).toEqual(records.flatMap((r) => r.candidate.education.map((e: { diplomaNumber: string }) => e.diplomaNumber || null)))
    expect(diplomas.some((d) => typeof d === 'string' && /^\d{18}$/.test(d))).toBe(true)
  })

  it('stores codes as text cells with the text format @', () => {
    const unzip = spawnSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml', 'xl/styles.xml'], { encoding: 'utf8' })
    expect(unzip.status).toBe(0)
    const style = /<xf numFmtId="(\d+)" applyNumberFormat="1">/.exec(unzip.stdout)
    expect(unzip.stdout).toMatch(new RegExp(`<numFmt numFmtId="${style?.[1]}" formatCode="@"/>`))
    expect(unzip.stdout).toMatch(/<c r="P2" s="\d+" t="s">/) // P: 证件编号 idNumber, a shared string
  })

  it('needs --out', () => {
    const r = generate('--count', '2', '--format', 'xlsx')
    expect(r.status).not.toBe(0)
    expect(r.stderr.trim()).toBe('error: --format xlsx writes a file: give --out FILE.xlsx')
  })
})
