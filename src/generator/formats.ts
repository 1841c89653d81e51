import { stringify } from 'csv-stringify/sync'
import type { CandidateRecord } from './generateCandidate.ts'
import { CSV_COLUMNS, recordRow, type Cell } from './spreadsheet.ts'

// Output formats of `generate`: NDJSON (one record a line), a JSON array written element by
// element, CSV for Excel and WPS (UTF-8 with BOM, CRLF; nested objects flattened, lists as JSON cells,
// codes as text), and xlsx (src/generator/xlsx.ts).

export const FORMATS = ['ndjson', 'json', 'csv', 'xlsx'] as const
export type Format = (typeof FORMATS)[number]
/** The formats written as a stream of text; xlsx is written whole at the end (src/generator/xlsx.ts). */
export type TextFormat = Exclude<Format, 'xlsx'>

export interface Writer {
  head: string
  row: (r: CandidateRecord, i: number) => string
  tail: string
}

export { CSV_COLUMNS }

// A code as an Excel text formula ="…": Excel and WPS open a CSV's bare 420882199001011234 as 4.20882E+17 and lose the last digits.
const csvCell = (c: Cell) => (typeof c === 'object' ? `="${c.text}"` : c)
const csvRow = (r: CandidateRecord) => recordRow(r, CSV_COLUMNS).map(csvCell)

/** How each format writes its head, each record and its tail. */
export function writerFor(format: TextFormat): Writer {
  switch (format) {
    case 'ndjson':
      return { head: '', row: (r) => `${JSON.stringify(r)}\n`, tail: '' }
    case 'json':
      return { head: '[\n', row: (r, i) => `${i ? ',\n' : ''}${JSON.stringify(r)}`, tail: '\n]\n' }
    case 'csv':
      return {
        head: '\uFEFF' + stringify([CSV_COLUMNS as string[]], { record_delimiter: 'windows' }),
        row: (r) => stringify([csvRow(r)], { record_delimiter: 'windows', cast: { boolean: (b) => (b ? 'true' : 'false') } }),
        tail: '',
      }
  }
}
