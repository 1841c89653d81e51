import { Candidate } from '../rules/candidate.ts'
import { PERSONAL_FORMS, RECORD_FORMS, basicForm, confirmForm, registerForm, type RecordKind } from '../site/forms/forms.ts'
import type { CandidateRecord } from './generateCandidate.ts'

// The generator's records as spreadsheet rows: one sheet of candidates (nested objects as dotted
// columns) and one sheet per record list (education, training, certificates), each row keyed by the
// candidate's seed. Headers are Chinese and English; the Chinese words are the forms' own labels.

/** A cell: text, number or boolean; `text` marks a code that a spreadsheet must keep as typed (ID numbers, phones, postcodes). */
export type Cell = string | number | boolean | { text: string }

/** One sheet: its name, the column keys and headers, and its rows. */
export interface Sheet { name: string; columns: readonly string[]; headers: readonly string[]; rows: Cell[][] }

const RECORD_COLUMNS = ['seed', 'profile', 'persona', 'refDate', 'generatorVersion', 'verdict', 'rules', 'edgeRule', 'edgeCase'] as const
const OBJECT_FIELDS = ['work', 'application', 'photo'] as const
const LISTS = ['education', 'training', 'certificates'] as const satisfies readonly RecordKind[]

/** Chinese labels of the columns no form labels (the record's own fields, and fields set outside the forms). */
const OWN_LABELS: Record<string, string> = {
  seed: '种子', profile: '地区配置', persona: '考生类型', refDate: '参照日期', generatorVersion: '生成器版本',
  verdict: '预期结论', rules: '违反规则', edgeRule: '边界规则', edgeCase: '边界用例', index: '序号',
  'application.examCode': '报考类别代码', banUntil: '禁考期至', probationDeclared: '试用期申报',
  'photo.format': '照片格式', 'photo.fileName': '照片文件名', 'photo.bytes': '照片大小（字节）', 'photo.width': '照片宽度（像素）',
  'photo.height': '照片高度（像素）', 'photo.background': '照片背景', 'photo.checkedByTool': '经照片检测工具检测', 'photo.takenOn': '拍摄日期',
  selected: '报名时选用', schoolArea: '毕业学校所在地区', 'verification.issuedOn': '验证材料出具日期',
}

/** Column path → the label its form shows (`work.unit` → 工作单位名称; `education.verification.code` → 在线验证码). */
const FORM_LABELS: Record<string, string> = Object.fromEntries([
  ...[registerForm, ...PERSONAL_FORMS, basicForm, confirmForm].flatMap((f) => f.fields.map((x) => [f.root ? `${f.root}.${x.path}` : x.path, x.label])),
  ...LISTS.flatMap((list) => RECORD_FORMS[list].fields.map((x) => [`${list}.${x.path}`, x.label])),
])

/** The header of a column: its Chinese label and its key, e.g. `证件编号 idNumber`. */
export function header(key: string, list?: string): string {
  const zh = FORM_LABELS[list ? `${list}.${key}` : key] ?? OWN_LABELS[key] ?? OWN_LABELS[key.split('.').at(-1)!]
  if (!zh) throw new Error(`no Chinese label for column ${key}: add it to OWN_LABELS`)
  return `${zh} ${key}`
}

/** Whether a spreadsheet would turn this text into a number or a date and lose what it says: an ID number, a phone, a postcode, a code, a year-month. */
export function isCode(v: unknown): v is string {
  return typeof v === 'string' && (/^\d+[Xx]?$/.test(v) || /^\d{4}-\d{2}$/.test(v))
}

const cell = (v: unknown): Cell =>
  v === null || v === undefined ? '' : isCode(v) ? { text: v } : typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean)

type Schema = { shape?: Record<string, unknown>; unwrap?: () => Schema }
/** The fields of an object schema, or of a nullable one (`verification`); undefined for any other schema. */
const fieldsOf = (s: unknown): Record<string, unknown> | undefined => (s as Schema).shape ?? (s as Schema).unwrap?.().shape

/** Columns of an object schema, nested objects as dotted columns (`verification.kind`). */
function columnsOf(shape: Record<string, unknown>, nested: readonly string[]): string[] {
  return Object.keys(shape).flatMap((k) => (nested.includes(k) ? Object.keys(fieldsOf(shape[k])!).map((s) => `${k}.${s}`) : [k]))
}

const get = (o: Record<string, unknown>, col: string) => col.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], o)

/** The candidates sheet's columns: the record's fields, then the candidate's in schema order (record lists on their own sheets). */
export const CANDIDATE_COLUMNS: readonly string[] = [
  ...RECORD_COLUMNS,
  ...columnsOf(Candidate.shape, OBJECT_FIELDS).filter((c) => !(LISTS as readonly string[]).includes(c)),
]

/** The CSV's columns: the candidates sheet's, with the record lists as JSON cells after the candidate fields. */
export const CSV_COLUMNS: readonly string[] = [
  ...RECORD_COLUMNS,
  ...columnsOf(Candidate.shape, OBJECT_FIELDS),
]

const LIST_COLUMNS = Object.fromEntries(LISTS.map((list) => {
  const element = (Candidate.shape[list] as unknown as { element: { shape: Record<string, unknown> } }).element.shape
  const nested = Object.keys(element).filter((k) => fieldsOf(element[k]))
  return [list, ['seed', 'index', ...columnsOf(element, nested)]]
})) as Record<(typeof LISTS)[number], string[]>

/** One record's row under the given columns. */
export function recordRow(r: CandidateRecord, columns: readonly string[]): Cell[] {
  const own: Record<string, unknown> = {
    seed: r.seed, profile: r.profile, persona: r.persona, refDate: r.refDate, generatorVersion: r.generatorVersion,
    verdict: r.expected.verdict, rules: r.expected.rules.join(';'), edgeRule: r.edge?.rule ?? '', edgeCase: r.edge?.case ?? '',
  }
  const c = r.candidate as unknown as Record<string, unknown>
  return columns.map((col) => cell(col in own ? own[col] : get(c, col)))
}

/** Builds the sheets of an export one record at a time. */
export class Sheets {
  private readonly candidates: Cell[][] = []
  private readonly lists = Object.fromEntries(LISTS.map((l) => [l, [] as Cell[][]])) as Record<(typeof LISTS)[number], Cell[][]>

  add(r: CandidateRecord): void {
    this.candidates.push(recordRow(r, CANDIDATE_COLUMNS))
    for (const list of LISTS) {
      r.candidate[list].forEach((item, index) => {
        const o = { ...(item as object), seed: r.seed, index: index + 1 } as Record<string, unknown>
        this.lists[list].push(LIST_COLUMNS[list].map((col) => cell(get(o, col))))
      })
    }
  }

  /** The sheets: 考生 candidates, then 学历 education, 培训 training, 证书 certificates. */
  sheets(): Sheet[] {
    const names: Record<(typeof LISTS)[number], string> = { education: '学历 education', training: '培训 training', certificates: '证书 certificates' }
    return [
      { name: '考生 candidates', columns: CANDIDATE_COLUMNS, headers: CANDIDATE_COLUMNS.map((c) => header(c)), rows: this.candidates },
      ...LISTS.map((list) => ({ name: names[list], columns: LIST_COLUMNS[list], headers: LIST_COLUMNS[list].map((c) => header(c, list)), rows: this.lists[list] })),
    ]
  }
}
