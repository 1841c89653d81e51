import { Command } from 'commander'
import { once } from 'node:events'
import { createWriteStream, mkdirSync, openSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Writable } from 'node:stream'
import { FORMATS, writerFor, type Format, type TextFormat } from '../../generator/formats.ts'
import { materialFile } from '../../generator/images/materialFile.ts'
import { records } from '../../generator/records.ts'
import type { CandidateRecord } from '../../generator/generateCandidate.ts'
import { PERSONA_IDS, type PersonaId } from '../../rules/personas.ts'
import type { ProfileId } from '../../rules/profiles.ts'
import { isIsoDate } from '../../rules/checks/dates.ts'
import { parseChoice, parseInteger, parseProfile } from '../options.ts'
import { oneLine } from '../oneLine.ts'
import { UsageError } from '../usageError.ts'

/** Excel's sheet holds 1,048,576 rows, the header included. */
const XLSX_MAX_ROWS = 1_048_575

interface GenerateOpts {
  count?: number
  seed: number
  profile: ProfileId
  persona?: PersonaId
  edge?: boolean
  rule?: string
  refDate?: string
  format: Format
  out?: string
  withFiles?: boolean
}

/** Writes in chunks of about 64 KB and waits for 'drain' when the stream is full (bounded memory). */
class Chunked {
  private buf = ''
  constructor(private readonly stream: Writable) {}
  async write(s: string): Promise<void> {
    this.buf += s
    if (this.buf.length >= 65536) await this.flush()
  }
  async flush(): Promise<void> {
    if (!this.buf) return
    const ok = this.stream.write(this.buf)
    this.buf = ''
    if (!ok) await once(this.stream, 'drain')
  }
}

/** A progress bar on stderr, only on a terminal and only for long runs. */
function progress(total: number | undefined): (done: number) => void {
  if (!process.stderr.isTTY || !total || total < 10_000) return () => {}
  let shown = -1
  return (done) => {
    const pct = Math.floor((done / total) * 100)
    if (pct === shown) return
    shown = pct
    const bar = '#'.repeat(Math.floor(pct / 4)).padEnd(25, ' ')
    process.stderr.write(`\r[${bar}] ${pct}% ${done}/${total}${done >= total ? '\n' : ''}`)
  }
}

/** The record's ID photo as a real JPEG of the size the record says, next to the output file. */
function writePhoto(dir: string, r: CandidateRecord, i: number): boolean {
  const p = r.candidate.photo
  try {
    const f = p.bytes === 0
      ? materialFile({ material: 'photo', bytes: 0, hostile: 'empty' })
      : materialFile({ material: 'photo', bytes: p.bytes, width: p.width, height: p.height, variant: r.seed, checkedByTool: p.checkedByTool && p.format === 'jpeg' })
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}-${r.seed}-photo.jpg`), f.data)
    return true
  } catch (err) {
    if (err instanceof RangeError) return false // an edge record's size or dimensions no JPEG can have
    throw err
  }
}

/** The --out file, opened now so that a path the user cannot write is one line before any work (1 MB buffer: generating goes on while a write is under way). */
function openOut(out: string, filesDir: string | undefined): Writable {
  try {
    mkdirSync(filesDir ?? dirname(out), { recursive: true })
    return createWriteStream(out, { fd: openSync(out, 'w'), highWaterMark: 1 << 20 })
  } catch (err) {
    throw new UsageError(`cannot write --out ${out}: ${oneLine(err)}`)
  }
}

/** --format xlsx: the records as sheets (candidates, education, training, certificates), written whole at the end. */
async function writeSpreadsheet(o: GenerateOpts, stream: Writable, filesDir: string | undefined): Promise<void> {
  const [{ Sheets }, { writeXlsx }] = await Promise.all([import('../../generator/spreadsheet.ts'), import('../../generator/xlsx.ts')])
  stream.destroy() // opened only to check the path; the library writes the file
  const sheets = new Sheets()
  const tick = progress(o.count)
  let i = 0
  for (const r of records({ ...o })) {
    sheets.add(r)
    if (filesDir) writePhoto(filesDir, r, i)
    tick(++i)
  }
  await writeXlsx(sheets.sheets(), o.out!)
}

export function generateCommand(): Command {
  const cmd = new Command('generate')
    .description('Generate synthetic candidates (valid ones, or edge cases that break exactly one rule) as NDJSON, JSON or CSV')
    .option('-n, --count <n>', 'how many records (with --edge: default one per boundary case)', parseInteger('--count', 1, 100_000_000))
    .option('-s, --seed <s>', 'seed of the first record; record i has seed S+i', parseInteger('--seed', 0, 0xffffffff), 1)
    .option('-p, --profile <profile>', 'regional profile', parseProfile, 'national')
    .option('--persona <persona>', 'only this persona (default: drawn from each seed)', parseChoice(PERSONA_IDS, 'persona'))
    .option('--edge', 'boundary cases of the catalogue instead of valid candidates')
    .option('--rule <id>', 'with --edge: only this rule\'s cases')
    .option('--ref-date <date>', 'the "today" of the records, YYYY-MM-DD (default: 15 January of the exam year)')
    .option('-f, --format <format>', 'ndjson, json, csv (UTF-8 with BOM; ID numbers, phones and codes as text for Excel and WPS) or xlsx (one sheet per record list; needs --out)', parseChoice(FORMATS, 'format'), 'ndjson')
    .option('-o, --out <path>', 'write to this file instead of stdout')
    .option('--with-files', 'with --out: also write each record\'s ID photo (a real JPEG of its size) to <out>.files/')
    .addHelpText('after', `
Examples:
  npx baoming generate --count 100 --seed 42 --profile hubei-2026 > candidates.ndjson
  npx baoming generate --count 10 --persona hong-kong --format json
  npx baoming generate --count 1 --seed 1234 --profile hunan-2025    # rebuild the record whose seed is 1234
  npx baoming generate --edge --profile hebei-shijiazhuang-2022 --format csv --out edge.csv
  npx baoming generate --count 500 --profile hubei-2026 --format xlsx --out candidates.xlsx
  npx baoming generate --edge --rule PHOTO-SIZE --profile hubei-2026
  npx baoming generate --count 1000000 --out big.ndjson               # streams; progress on a terminal`)
    .action(async (o: GenerateOpts) => {
      if (!o.edge && o.count === undefined) cmd.error('error: --count is required (or use --edge for the boundary cases)', { exitCode: 2 })
      if (o.rule && !o.edge) cmd.error('error: --rule only applies with --edge', { exitCode: 2 })
      if (o.withFiles && !o.out) cmd.error('error: --with-files needs --out (the files go next to the output)', { exitCode: 2 })
      if (o.refDate !== undefined && !isIsoDate(o.refDate)) cmd.error(`error: --ref-date must be a date YYYY-MM-DD, got "${o.refDate}"`, { exitCode: 2 })
      if (o.rule) {
        const { ruleById } = await import('../../rules/catalogue.ts')
        try { ruleById(o.rule) } catch (e) { cmd.error(`error: ${(e as Error).message}`, { exitCode: 2 }) }
      }
      if (o.format === 'xlsx') {
        if (!o.out) cmd.error('error: --format xlsx writes a file: give --out FILE.xlsx', { exitCode: 2 })
        if ((o.count ?? 0) > XLSX_MAX_ROWS) cmd.error(`error: an xlsx sheet holds at most ${XLSX_MAX_ROWS.toLocaleString('en')} records; lower --count or use --format csv`, { exitCode: 2 })
      }
      const filesDir = o.withFiles && o.out ? `${o.out}.files` : undefined
      const stream: Writable = o.out ? openOut(o.out, filesDir) : process.stdout
      if (o.format === 'xlsx') return writeSpreadsheet(o, stream, filesDir)
      const out = new Chunked(stream)
      const writer = writerFor(o.format as TextFormat)
      const tick = progress(o.count)
      let i = 0, skipped = 0
      await out.write(writer.head)
      for (const r of records({ ...o })) {
        await out.write(writer.row(r, i))
        if (filesDir && !writePhoto(filesDir, r, i)) skipped++
        tick(++i)
      }
      await out.write(writer.tail)
      await out.flush()
      if (o.out) {
        stream.end()
        await once(stream, 'finish')
      }
      if (skipped) process.stderr.write(`baoming generate: ${skipped} edge record(s) have a photo size no JPEG can have; no file written for them\n`)
    })
  return cmd
}
