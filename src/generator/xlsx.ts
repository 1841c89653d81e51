import writeXlsxFile from 'write-excel-file/node'
import type { Cell, Sheet } from './spreadsheet.ts'

/** A cell as write-excel-file takes it: codes as text cells with the text format '@', so Excel and WPS keep every digit. */
function xlsxCell(c: Cell) {
  if (typeof c === 'object') return { value: c.text, type: String, format: '@' }
  if (c === '') return null
  return typeof c === 'string' ? { value: c, type: String } : { value: c }
}

/** Writes the sheets to an .xlsx file: a bold, frozen header row on each. */
export async function writeXlsx(sheets: readonly Sheet[], file: string): Promise<void> {
  await writeXlsxFile(sheets.map((s) => ({
    sheet: s.name,
    data: [s.headers.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })), ...s.rows.map((r) => r.map(xlsxCell))],
    columns: s.headers.map((h) => ({ width: Math.min(40, Math.max(10, h.length + 2)) })),
    stickyRowsCount: 1,
  }))).toFile(file)
}
