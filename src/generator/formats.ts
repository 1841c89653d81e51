import { stringify } from 'csv-stringify/sync'
import { Candidate } from '../rules/candidate.ts'
import type { CandidateRecord } from './generateCandidate.ts'

// Output formats of `generate`: NDJSON (one record a line), a JSON array written element by
// element, and CSV for Excel (UTF-8 with BOM, CRLF; nested objects flattened, lists as JSON cells).

export const FORMATS = ['ndjson', 'json', 'csv'] as const
export type Format = (typeof FORMATS)[number]

export interface Writer {
  head: string
  row: (r: CandidateRecord, i: number) => string
  tail: string
}

const RECORD_COLUMNS = ['seed', 'profile', 'persona', 'refDate', 'generatorVersion', 'verdict', 'rules', 'edgeRule', 'edgeCase'] as const
const OBJECT_FIELDS = ['work', 'application', 'photo'] as const

/** CSV columns: record fields, then candidate fields in schema order, objects as dotted columns. */
export const CSV_COLUMNS: readonly string[] = [
  ...RECORD_COLUMNS,
  ...Object.keys(Candidate.shape).flatMap((k) =>
    (OBJECT_FIELDS as readonly string[]).includes(k)
      ? Object.keys((Candidate.shape[k as (typeof OBJECT_FIELDS)[number]]).shape).map((s) => `${k}.${s}`)
      : [k]),
]

function csvRow(r: CandidateRecord): unknown[] {
  const c = r.candidate as unknown as Record<string, unknown>
  const fixed = [r.seed, r.profile, r.persona, r.refDate, r.generatorVersion, r.expected.verdict, r.expected.rules.join(';'), r.edge?.rule ?? '', r.edge?.case ?? '']
  return [...fixed, ...CSV_COLUMNS.slice(RECORD_COLUMNS.length).map((col) => {
    const [k, s] = col.split('.') as [string, string | undefined]
    const v = s ? (c[k] as Record<string, unknown> | null)?.[s] : c[k]
    return v !== null && typeof v === 'object' ? JSON.stringify(v) : v ?? ''
  })]
}

/** How each format writes its head, each record and its tail. */
export function writerFor(format: Format): Writer {
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
